from dataclasses import replace

from viewbuilder import event, thread, view

from histdesk.check.window import check_window

TEXT = (
    "The old man died on March 3, 1924, after a long illness.",
    "By 1925 the council had been dissolved. In May 1924 the letters were read aloud. "
    "The congress met between 18 and 31 December 1925.",
)


def _run(specs, window=("1924-01-01", "1924-12-31")):
    doc, posts = thread(*TEXT)
    events = [event(doc, sentence, date, mod) for sentence, date, mod in specs]
    built = view(doc, posts=posts, events=events)
    return check_window(replace(built, episode=replace(built.episode, window=window)))


def test_fires_for_dates_wholly_after_the_window():
    found = _run([
        ("By 1925 the council had been dissolved.", "1925", None),
        ("The congress met between 18 and 31 December 1925.", "1925-12-18/1925-12-31", None),
    ])
    assert [f.data["date"] for f in found] == ["1925", "1925-12-18/1925-12-31"]
    assert found[0].code == "window.outside"
    assert found[0].evidence[0].label == "post 2"
    assert found[0].evidence[0].quote == "By 1925 the council had been dissolved."


def test_quiet_for_dates_inside_or_overlapping_or_unplaceable():
    found = _run([
        ("The old man died on March 3, 1924, after a long illness.", "1924-01-21", None),
        ("In May 1924 the letters were read aloud.", "1924-05", None),
        ("By 1925 the council had been dissolved.", "192X", None),
        ("The congress met between 18 and 31 December 1925.", "XXXX-12", None),
    ])
    assert found == []


def test_end_of_previous_year_is_outside_and_no_window_means_no_findings():
    spec = [("The old man died on March 3, 1924, after a long illness.", "1923", "END")]
    assert len(_run(spec)) == 1
    assert _run(spec, window=("", "")) == []


def test_a_date_the_sentence_negates_is_never_outside():
    from histdesk.model import Event, Timex

    doc, posts = thread("The diet met on 4 March 1924, not on 4 March 1925.", "The diet met in 1925.")
    sentence = "The diet met on 4 March 1924, not on 4 March 1925."
    at = doc.text.index("4 March 1925")
    negated = Event(0, len(sentence), sentence, "1925-03-04",
                    Timex(at, at + 12, "4 March 1925", "DATE", "1925-03-04", document=doc.id), (), doc.id)
    plain = event(doc, "The diet met in 1925.", "1925")
    built = replace(view(doc, posts=posts, events=[negated, plain]),
                    episode=replace(view(doc).episode, window=("1924-01-01", "1924-12-31")))
    assert [f.data["date"] for f in check_window(built)] == ["1925"]
