"""The spaCy pipe stores spans with the timex attributes, on a blank pipeline."""

from __future__ import annotations

import spacy

import histdesk.extract.timex.component  # noqa: F401  (registers the pipe)


def test_component_sets_spans_with_values_from_user_data():
    nlp = spacy.blank("en")
    nlp.add_pipe("histdesk_timex")
    doc = nlp.make_doc("The congress opened on May 5 and closed in June 1925.")
    doc.user_data["fallback_year"] = 1925
    doc = nlp(doc)
    got = [(s.text, s._.timex_type, s._.timex_value) for s in doc.spans["timex"]]
    assert got == [("May 5", "DATE", "1925-05-05"), ("June 1925", "DATE", "1925-06")]


def test_versioned_factory_name_is_registered():
    nlp = spacy.blank("en")
    nlp.add_pipe("histdesk_timex_v1")
    doc = nlp("It rained yesterday.")
    assert [s.text for s in doc.spans["timex"]] == ["yesterday"]


def test_component_records_old_style_notes():
    nlp = spacy.blank("en")
    nlp.add_pipe("histdesk_timex")
    doc = nlp("The fleet mutinied on 1 March 1921 (O.S.) and again in May.")
    assert [(s.text, s._.timex_calendar) for s in doc.spans["timex"]] == [("1 March 1921", "O.S."), ("May", None)]
