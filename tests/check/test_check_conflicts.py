from viewbuilder import event, mention, source, thread, view

from histdesk.check.conflicts import check_conflicts, main_verb


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
    assert [e.label for e in found.evidence] == ["post 1", "Almanac"]


def test_quiet_when_dates_overlap_or_verbs_differ():
    assert check_conflicts(_events("The admiral resigned in 1921 after the mutiny.", "1921")) == []
    assert check_conflicts(_events("The admiral returned in 1922 after the mutiny.", "1922")) == []


def test_main_verb():
    assert main_verb("Lenin died on January 21.") == "dy"
    assert main_verb("The United front was planned in 1923.") == "plan"
    assert main_verb("A hundred delegates came.") == "came"
    assert main_verb("In 1922 nothing.") is None
