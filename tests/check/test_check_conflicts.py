from dataclasses import replace

from viewbuilder import event, mention, source, thread, view

from histdesk.check.conflicts import check_conflicts, main_verb
from histdesk.model import Document, Event, Timex


def _events(thread_sentence, thread_date, source_date="1921-03-18"):
    doc, posts = thread(thread_sentence)
    src_doc, src = source("The admiral resigned on March 18, 1921, in protest.", "Almanac")
    events = [
        event(doc, thread_sentence, thread_date, mentions=(mention(doc, "admiral", entity=4),)),
        event(src_doc, "The admiral resigned on March 18, 1921, in protest.", source_date,
              mentions=(mention(src_doc, "admiral", entity=4),)),
    ]
    return view(doc, src_doc, posts=posts, sources=[src], events=events)


def test_fires_when_the_same_event_has_disjoint_dates():
    [found] = check_conflicts(_events("The admiral resigned in 1922 after the mutiny.", "1922"))
    assert found.code == "timeline.conflict"
    assert found.data == {"dates": ["1922", "1921-03-18"], "verb": "resign"}
    assert "settled" not in found.message
    assert [e.label for e in found.evidence] == ["post 1", "Almanac"]


def test_quiet_when_dates_overlap_or_verbs_differ():
    assert check_conflicts(_events("The admiral resigned in 1921 after the mutiny.", "1921")) == []
    assert check_conflicts(_events("The admiral returned in 1922 after the mutiny.", "1922")) == []


def test_main_verb():
    assert main_verb("Lenin died on January 21.") == "dy"
    assert main_verb("The United front was planned in 1923.") == "plan"
    assert main_verb("A hundred delegates came.") == "came"
    assert main_verb("In 1922 nothing.") is None


PAGE = ("Rebel troops entered Vilna on 10 October 1920, and a week later, on 17 October 1920, "
        "General Kowal came to the castle of Trakai.")


def _dated(doc, sentence, when, value, names=("Rebel", "Vilna", "Kaunas", "Kowal", "Trakai")):
    """An event of `sentence` resting on the date text `when`, with the names it contains."""
    start = doc.text.index(sentence)
    at = doc.text.index(when, start)
    found = tuple(mention(doc, n, entity=i, occurrence=doc.text[:start].count(n))
                  for i, n in enumerate(names) if n in sentence)
    timex = Timex(at, at + len(when), when, "DATE", value, document=doc.id)
    return Event(start, start + len(sentence), sentence, value, timex, found, doc.id)


def _vilna(posts: dict[str, tuple[str, str]], page: str = PAGE,
           page_dates=(("10 October 1920", "1920-10-10"), ("17 October 1920", "1920-10-17"))):
    """A thread of `posts` (text -> (date text, value)) and an HTML page with `page_dates`."""
    doc, placed = thread(*posts)
    html = Document(3, "vilna.html", "html", "3" * 64, page + "\n")
    events = [_dated(doc, text, when, value) for text, (when, value) in posts.items()]
    events += [_dated(html, page, when, value) for when, value in page_dates]
    return view(doc, html, posts=placed, events=events)


def test_the_clause_around_the_date_is_compared_and_the_correction_settles_it():
    built = _vilna({
        "Rebel troops entered Vilna on 9 October.": ("9 October", "1920-10-09"),
        "Small fix: the Rebel troops entered Vilna on 10 October, not on the 9th.": ("10 October", "1920-10-10"),
    })
    rejected = next(e for e in built.events if "9th" in e.text)
    rejected = _dated(built.documents[0], rejected.text, "the 9th", "1920-10-09")
    built = replace(built, events=(*built.events, rejected))  # the date a correction rejects
    [found] = check_conflicts(built)
    assert found.data["dates"] == ["1920-10-09", "1920-10-10", "1920-10-10"]
    assert found.data["settled"] == "1920-10-10"
    assert found.message.endswith("the thread settled on 1920-10-10 (post 2)")
    assert [e.label for e in found.evidence] == ["post 1", "post 2", "vilna.html"]


def test_quiet_for_other_objects_or_an_identical_copy():
    assert check_conflicts(_vilna({"Rebel troops entered Kaunas on 9 October.": ("9 October", "1920-10-09")})) == []
    copy = "Rebel troops entered Vilna on 9 October, after a short fight."
    built = _vilna({copy: ("9 October", "1920-10-09")}, page=copy, page_dates=(("9 October", "1920-10-08"),))
    assert check_conflicts(built) == []


def _fort(thread_text, thread_when, thread_value, source_text, source_when, source_value, names):
    """A post and a source each telling one dated clause, with `names` as mentions."""
    doc, posts = thread(thread_text)
    src_doc, src = source(source_text, "Gazetteer")
    events = [_dated(doc, thread_text, thread_when, thread_value, names),
              _dated(src_doc, source_text, source_when, source_value, names)]
    return view(doc, src_doc, posts=posts, sources=[src], events=events)


def test_fires_when_an_object_is_the_other_sides_undergoing_subject():
    built = _fort("Colonel Brandt yielded Fort Ardent to Okafor on 9 May 1811.", "9 May 1811", "1811-05-09",
                  "Fort Ardent yielded to the rebels on 8 May 1811.", "8 May 1811", "1811-05-08",
                  ("Brandt", "Fort Ardent", "Okafor"))
    [found] = check_conflicts(built)
    assert found.data == {"dates": ["1811-05-09", "1811-05-08"], "verb": "yield"}


def test_quiet_when_the_shared_name_is_an_active_subject_with_its_own_object():
    built = _fort("Colonel Brandt yielded Fort Ardent to Okafor on 9 May 1811.", "9 May 1811", "1811-05-09",
                  "Okafor yielded the bridge on 8 May 1811.", "8 May 1811", "1811-05-08",
                  ("Brandt", "Fort Ardent", "Okafor"))
    assert check_conflicts(built) == []


def test_unnamed_subject_word_may_be_a_capitalised_name():
    built = _fort("Colonel Brandt yielded Fort Ardent to Okafor on 9 May 1811.", "9 May 1811", "1811-05-09",
                  "Ardent yielded to the rebels on 8 May 1811.", "8 May 1811", "1811-05-08",
                  ("Brandt", "Okafor"))
    built = replace(built, events=(built.events[0], replace(built.events[1], mentions=())))
    # the post names "Fort Ardent" only as plain text, the source's bare "Ardent" is a word
    assert check_conflicts(built) == []
    doc = built.documents[0]
    named = replace(built.events[0], mentions=(*built.events[0].mentions, mention(doc, "Ardent")))
    [found] = check_conflicts(replace(built, events=(named, built.events[1])))
    assert found.data["verb"] == "yield"


def test_a_negated_date_is_no_claim():
    built = _fort("Colonel Brandt yielded the fort on 9 May 1811, not on 8 May 1811.", "8 May 1811",
                  "1811-05-08", "Colonel Brandt yielded the fort on 9 May 1811.", "9 May 1811", "1811-05-09",
                  ("Brandt",))
    assert check_conflicts(built) == []
    quoted = _fort("Colonel Brandt yielded the fort on 8 May 1811, as I wrote.", "8 May 1811",
                   "1811-05-08", "Colonel Brandt yielded the fort on 9 May 1811.", "9 May 1811", "1811-05-09",
                   ("Brandt",))
    assert len(check_conflicts(quoted)) == 1
