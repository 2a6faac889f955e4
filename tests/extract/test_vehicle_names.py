"""Names closed by a designator, ship names, quoted nicknames and article-led places."""

from __future__ import annotations

import spacy
from conftest import doc_with

from histdesk.extract.coded_names import coded_names
from histdesk.extract.entities import _CALENDAR, fix_types, mentions_from_doc
from histdesk.extract.initials import parse_person
from histdesk.extract.span_repairs import join_nicknames
from histdesk.model import ENTITY_TYPES, Mention

BLANK = spacy.blank("en")


def found(doc) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions_from_doc(doc)]


def coded(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label, _ in coded_names(text, _CALENDAR)]


def test_a_designator_closes_one_name_typed_by_its_head():
    text = "Vostok 6 rose from Test Stand 7B while the Atlas D rocket waited for the Corps B."
    assert coded(text) == [
        ("Vostok 6", "PRODUCT"), ("Test Stand 7B", "FAC"), ("Atlas D", "PRODUCT"),
        ("Corps B", "ORG"),
    ]
    assert coded("They met at Firing Range 12C.") == [("Firing Range 12C", "FAC")]


def test_dates_references_decimals_and_bare_regnal_letters_are_no_designated_names():
    text = "On March 3 see Chapter 4 and Pages 12 of it; Orlov 3.5 times; George V died."
    assert coded(text) == []


def test_a_ship_prefix_makes_one_vehicle_mention_not_a_person():
    text = "The crew boarded HMS Dauntless at dawn."
    doc = doc_with(text, [("HMS", "ORG"), ("Dauntless", "PERSON")])
    assert found(doc) == [("HMS Dauntless", "PRODUCT")]
    assert "PRODUCT" in ENTITY_TYPES


def test_a_facility_with_a_code_is_not_split_at_the_code():
    text = "Rockets flew from Launch Pad 14B near the coast."
    doc = doc_with(text, [("Launch", "NORP")])
    assert found(doc) == [("Launch Pad 14B", "FAC")]


def test_a_quoted_nickname_stays_inside_the_person_name():
    text = 'The pilot Walter "Skip" Hanley flew first.'
    doc = doc_with(text, [("Walter", "PERSON"), ('Skip" Hanley', "WORK_OF_ART")])
    assert found(doc) == [('Walter "Skip" Hanley', "PERSON")]
    spans = [(10, 16, "PERSON"), (17, 23, "ORG")]
    assert join_nicknames(text, spans) == [(10, 30, "PERSON")]
    assert parse_person("Walter “Skip” Hanley") == parse_person("Walter Hanley")


def test_vehicle_nouns_and_an_article_retype_the_model_s_person_labels():
    text = "Men boarded the cruiser Kestrel and gazed at the Selene, while the Gorin revolt grew."
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "PERSON", document=1)
                for n in ("Kestrel", "Selene", "Gorin")]
    typed = {m.text: m.type for m in fix_types(mentions, {1: text}, gazetteer={})}
    assert typed == {"Kestrel": "PRODUCT", "Selene": "LOC", "Gorin": "PERSON"}
