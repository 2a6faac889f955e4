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
