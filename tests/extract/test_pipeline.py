"""The spaCy pipeline with histdesk's components, on the real model (session fixture)."""

from histdesk.extract.pipeline import Segment, extract_segments, versions

POST = (
    "I finished these notes today. In 1921 the sailors of Kronstadt rose against the Bolsheviks. "
    "That spring the Tenth Congress adopted the tax in kind. More than 1,000 sailors died."
)


def test_pipeline_runs_our_components_without_the_parser(nlp):
    assert {"histdesk_timex", "histdesk_figures", "senter", "ner"} <= set(nlp.pipe_names)
    assert "parser" not in nlp.pipe_names
    assert set(versions()) == {"pipeline", "timex", "figures", "model"}


def test_a_dated_post_reads_deixis_at_its_date_and_the_story_at_its_own(nlp):
    (ext,) = extract_segments(nlp, [Segment(POST, "2023-03-20", 1921)])
    values = {t.text: t.value for t in ext.timexes}
    assert values["today"] == "2023-03-20"
    assert values["That spring"] == "1921-SP"
    assert [e.date for e in ext.events] == ["1921", "1921-SP"]  # forum time makes no event
    assert [(f.text, f.qualifier) for f in ext.figures] == [("Tenth", None), ("1,000", "more than")]
    assert all(POST[t.start : t.end] == t.text for t in ext.timexes)
    assert any(m.text == "Kronstadt" for m in ext.mentions)


ENTRY = (
    "Dunkirk Evacuation\n\n"
    "the withdrawal by sea of Allied troops from the beaches of Dunkirk between May 26 and June 4, 1940."
)


def test_a_verbless_entry_opening_is_an_event_but_its_heading_is_not(nlp):
    (ext,) = extract_segments(nlp, [Segment(ENTRY, None, 1940)])
    assert [(e.date, e.text[:15]) for e in ext.events] == [("1940-05-26/1940-06-04", "the withdrawal ")]


def test_a_call_or_intent_post_makes_no_event(nlp):
    text = "I wrote my dissertation on the 1940 campaign and would like to write this one."
    (ext,) = extract_segments(nlp, [Segment(text, None, 1940, makes_events=False)])
    assert ext.timexes and ext.events == ()
