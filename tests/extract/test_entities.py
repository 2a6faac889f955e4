"""Mention spans from a Doc and type correction, on texts written for these tests."""

from __future__ import annotations

import pytest
import spacy
from conftest import doc_with, seed_path
from spacy.tokens import Doc

from histdesk.extract.entities import fix_types, mentions_from_doc
from histdesk.extract.names import load_gazetteer
from histdesk.model import Mention, Timex

BLANK = spacy.blank("en")


def found(doc: Doc) -> list[tuple[str, str]]:
    mentions = mentions_from_doc(doc)
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)
    return [(m.text, m.type) for m in mentions]


def at(text: str, name: str, typ: str, nth: int = 0, document: int = 1) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, typ, document=document)


def types(mentions: list[Mention]) -> dict[str, str]:
    return {m.text: m.type for m in mentions}


def test_spans_lose_article_possessive_handles_and_non_entities():
    text = "After the Red Guard’s march in 1921, the Volga Committee met. @Spartak replied."
    doc = doc_with(
        text,
        [("Red Guard’s", "ORG"), ("1921", "DATE"), ("the Volga Committee", "ORG"),
         ("@Spartak", "ORG")],
    )
    assert found(doc) == [("Red Guard", "ORG"), ("Volga Committee", "ORG")]


def test_acronyms_are_found_without_the_model():
    text = "Men of the PSR (Left) and the KPD, SPD joined the RSDLP(b). THE END OF IT. Book XIV."
    assert found(BLANK(text)) == [
        ("PSR (Left)", "ORG"), ("KPD", "ORG"), ("SPD", "ORG"), ("RSDLP(b)", "ORG")
    ]


def test_an_acronym_cuts_a_model_span_it_breaks():
    text = "The Bureau of the KPD(B) met. Rabochaya KPSS printed it."
    doc = doc_with(text, [("The Bureau of the KPD(B", "ORG"), ("Rabochaya KPSS", "PERSON")])
    assert found(doc) == [("Bureau", "ORG"), ("KPD(B)", "ORG"), ("KPSS", "ORG")]


def test_plural_qualifier_joins_an_org_but_an_alias_does_not():
    text = "He left the Workers Party (Maximalists) for the Grain Board (Zernotrest)."
    ents = [("the Workers Party", "ORG"), ("Maximalists", "NORP"), ("the Grain Board", "ORG")]
    doc = doc_with(text, ents)
    assert found(doc) == [("Workers Party (Maximalists)", "ORG"), ("Grain Board", "ORG")]


def test_possessive_inside_a_span_is_cut_only_for_a_known_possessor():
    text = "Orlov’s Return was printed twice. Orlov wrote it for the People’s Commissariat."
    doc = doc_with(
        text, [("Orlov’s Return", "ORG"), ("Orlov", "PERSON"), ("People’s Commissariat", "ORG")]
    )
    assert found(doc) == [("Orlov", "ORG"), ("Orlov", "PERSON"), ("People’s Commissariat", "ORG")]


def test_untagged_proper_nouns_become_mentions():
    words = ["Young", "members", "of", "the", "Zemlya", "met", "Ivan", "Orlov", "."]
    tags = ["JJ", "NNS", "IN", "DT", "NNP", "VBD", "NNP", "NNP", "."]
    doc = Doc(BLANK.vocab, words=words, tags=tags, sent_starts=[True] + [False] * 8)
    assert found(doc) == [("Zemlya", "ORG"), ("Ivan Orlov", "PERSON")]


def test_fix_types_by_agreement_morphology_and_person_and_place_cues():
    text = (
        "Orlovsky and Petrenko became rivals. Orlovsky, the head of the guild, lived in "
        "Tarnograd. Petrenko stayed in Tarnograd."
    )
    mentions = [
        at(text, "Orlovsky", "GPE"), at(text, "Petrenko", "GPE"), at(text, "Orlovsky", "GPE", 1),
        at(text, "Tarnograd", "PERSON"), at(text, "Petrenko", "PERSON", 1),
        at(text, "Tarnograd", "GPE", 1),
    ]
    fixed = fix_types(mentions, {1: text})
    assert [m.type for m in fixed] == ["PERSON", "PERSON", "PERSON", "GPE", "PERSON", "GPE"]
    assert [(m.start, m.end) for m in fixed] == [(m.start, m.end) for m in mentions]


def test_fix_types_renaming_makes_both_names_places():
    text = "From then on Karlsville, the town of mills, would be renamed Novomir."
    mentions = [at(text, "Karlsville", "PERSON"), at(text, "Novomir", "PERSON")]
    assert types(fix_types(mentions, {1: text})) == {"Karlsville": "GPE", "Novomir": "GPE"}


def test_fix_types_org_and_kin_and_coordination_cues():
    text = (
        "He joined the Grain Syndicate (GRASY) early. The widow of Orlov, Tamsin, wrote. "
        "Mirov, Gale and Orlovsky were friends."
    )
    mentions = [
        at(text, "Grain Syndicate", "PERSON"), at(text, "GRASY", "ORG"),
        at(text, "Orlov", "PERSON"), at(text, "Tamsin", "GPE"),
        at(text, "Mirov", "PERSON"), at(text, "Gale", "GPE"), at(text, "Orlovsky", "PERSON"),
    ]
    fixed = types(fix_types(mentions, {1: text}))
    assert fixed["Grain Syndicate"] == "ORG"
    assert fixed["Tamsin"] == "PERSON"
    assert fixed["Gale"] == "PERSON"


def test_gazetteer_outweighs_the_model_and_can_be_replaced(tmp_path):
    text = "Berlin was cold that winter."
    mentions = [at(text, "Berlin", "PERSON")]
    assert fix_types(mentions, {1: text})[0].type == "GPE"
    custom = tmp_path / "gaz.tsv"
    custom.write_text("# mine\nBerlin\tORG\n", encoding="utf-8")
    assert fix_types(mentions, {1: text}, load_gazetteer(custom))[0].type == "ORG"
    assert fix_types(mentions, {1: text}, {})[0].type == "PERSON"


def test_packaged_gazetteer_is_small_and_well_formed(tmp_path):
    gazetteer = load_gazetteer()
    assert gazetteer["moscow"] == "GPE" and gazetteer["united nations"] == "ORG"
    assert 50 < len(gazetteer) < 1000
    bad = tmp_path / "bad.tsv"
    bad.write_text("Rome\tCITY\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        load_gazetteer(bad)


def test_seed_article_mentions_include_acronyms_and_komsomol(nlp):
    text = seed_path("000").read_text(encoding="utf-8")
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("histdesk")]):
        names = {m.text: m.type for m in mentions_from_doc(nlp(text))}
    assert names["RCP(B)"] == names["RCP (Bolshevik)"] == names["Komsomol"] == "ORG"
    assert "Party" in names and "pp" not in names


def test_spans_lose_a_leading_a_or_an_and_trailing_lower_case_words():
    text = "Then a Grain Council met an Orlov Committee; the Zemlya half of it and A Tale came."
    doc = doc_with(text, [("a Grain Council", "ORG"), ("an Orlov Committee", "ORG"),
                          ("Zemlya half", "EVENT"), ("A Tale", "PERSON")])
    assert found(doc) == [("Grain Council", "ORG"), ("Orlov Committee", "ORG"),
                          ("Zemlya", "EVENT"), ("A Tale", "PERSON")]


def test_lower_case_nouns_and_lone_adjectives_before_a_noun_are_not_names():
    words = ["the", "zemstvos", "and", "russian", "men", "held", "Green", "land", "and", "Green",
             "."]
    tags = ["DT", "NNS", "CC", "JJ", "NNS", "VBD", "JJ", "NN", "CC", "NNP", "."]
    doc = Doc(BLANK.vocab, words=words, tags=tags, sent_starts=[True] + [False] * 10)
    labels = {"zemstvos": "NORP", "russian": "NORP", "Green": "GPE"}
    doc.ents = [doc.char_span(t.idx, t.idx + len(t), label=labels[t.text])
                for t in doc if t.text in labels]
    assert found(doc) == [("russian", "NORP"), ("Green", "GPE")]
    assert doc.text.index("Green", 40) == found_start(doc, "Green")


def found_start(doc: Doc, name: str) -> int:
    return next(m.start for m in mentions_from_doc(doc) if m.text == name)


def test_a_body_led_by_a_person_is_two_mentions():
    text = "Then the Grain Faction of Pavel Orlovsky broke away."
    doc = doc_with(text, [("the Grain Faction of Pavel Orlovsky", "PERSON")])
    assert found(doc) == [("Grain Faction", "ORG"), ("Pavel Orlovsky", "PERSON")]


def test_fix_types_places_by_administrative_nouns_despite_a_surname_ending():
    text = "Unrest in Tarkov province grew, and the Tarkov rising followed; the Gorin revolt too."
    mentions = [at(text, "Tarkov", "PERSON"), at(text, "Tarkov", "PERSON", 1),
                at(text, "Gorin", "PERSON")]
    assert types(fix_types(mentions, {1: text})) == {"Tarkov": "GPE", "Gorin": "PERSON"}


def test_fix_types_periodicals_works_and_works_of_industry():
    text = (
        "The rebels printed a newspaper, Zarnitsa. Later Volna, their own weekly, reported it. "
        "His memoir Orlovsky Nights sold well. Men of the Gorin plant struck; “On Bread” passed."
    )
    mentions = [at(text, "Zarnitsa", "PERSON"), at(text, "Volna", "PERSON"),
                at(text, "Orlovsky Nights", "PERSON"), at(text, "Gorin", "PERSON"),
                at(text, "On Bread", "WORK_OF_ART")]
    assert types(fix_types(mentions, {1: text})) == {
        "Zarnitsa": "ORG", "Volna": "ORG", "Orlovsky Nights": "WORK_OF_ART", "Gorin": "FAC",
        "On Bread": "WORK_OF_ART",
    }


def test_titles_are_cut_from_person_names_and_a_lone_title_is_dropped():
    text = (
        "General Anton Weiss told the Prime Minister that Marshal Otto Lenz and General "
        "Motors agreed."
    )
    doc = doc_with(text, [("General Anton Weiss", "PERSON"), ("Prime Minister", "PERSON"),
                          ("Marshal Otto Lenz", "ORG"), ("General Motors", "ORG")])
    assert found(doc) == [("Anton Weiss", "PERSON"), ("Otto Lenz", "ORG"),
                          ("General Motors", "ORG")]


def test_months_weekdays_and_names_inside_dates_are_dropped():
    text = "On 3 May Lenz left; on Friday he wrote. Black Monday 1929 came."
    doc = doc_with(text, [("May", "PERSON"), ("Lenz", "PERSON"), ("Friday", "PERSON"),
                          ("Black Monday", "EVENT")])
    doc.user_data["histdesk.timexes"] = [Timex(40, 57, "Black Monday 1929", "DATE", "1929")]
    assert found(doc) == [("Lenz", "PERSON")]


def test_untagged_names_keep_their_particles_and_a_sentence_may_open_with_one():
    words = ["Operation", "Kestrel", "began", "under", "Karl", "von", "Brandis", "."]
    tags = ["NNP", "NNP", "VBD", "IN", "NNP", "NNP", "NNP", "."]
    doc = Doc(BLANK.vocab, words=words, tags=tags, sent_starts=[True] + [False] * 7)
    assert found(doc) == [("Operation Kestrel", "PERSON"), ("Karl von Brandis", "PERSON")]


def test_fix_types_place_cues_of_motion_crossing_and_landforms():
    text = (
        "The column crossed the Varne at Lessay, then sailed for Tarvos. Men were evacuated "
        "from Port Sable and held the Orvanne coast. The Danes landed on Kessa and Brim, the "
        "Swedes on Holm."
    )
    names = ("Varne", "Lessay", "Tarvos", "Port Sable", "Orvanne", "Kessa", "Brim", "Holm")
    mentions = [at(text, name, "PERSON" if i % 2 else "ORG") for i, name in enumerate(names)]
    fixed = types(fix_types(mentions, {1: text}, gazetteer={}))
    assert {n: fixed[n] in ("GPE", "LOC") for n in names} == dict.fromkeys(names, True)
    assert fixed["Varne"] == "LOC" and fixed["Lessay"] == "GPE"


def test_a_lone_surname_of_one_full_name_is_a_person_whatever_the_votes():
    text = "Paul Vernet spoke. Later Vernet resigned in Vernet. De Brissac and Henri de Brissac."
    mentions = [at(text, "Paul Vernet", "PERSON"), at(text, "Vernet", "ORG", 1),
                at(text, "Vernet", "GPE", 2), at(text, "De Brissac", "GPE"),
                at(text, "Henri de Brissac", "ORG")]
    fixed = types(fix_types(mentions, {1: text}, gazetteer={"henri de brissac": "PERSON"}))
    assert fixed == dict.fromkeys(["Paul Vernet", "Vernet", "De Brissac", "Henri de Brissac"],
                                  "PERSON")
    two = mentions[:3] + [Mention(0, 11, "Marie Vernet", "PERSON", document=2)]
    assert types(fix_types(two, {1: text}, gazetteer={}))["Vernet"] != "PERSON"
    kept = fix_types(mentions[:2], {1: text}, gazetteer={"vernet": "GPE"})
    assert kept[1].type == "GPE"  # the gazetteer's type stands


def test_era_markers_compass_words_and_roman_dates_are_no_names():
    text = "In 218 BC Marcellus sailed west. In the East, on the Nones of May, Varro arrived."
    doc = doc_with(text, [("BC Marcellus", "ORG"), ("East", "ORG"), ("Nones", "ORG"),
                          ("Varro", "PERSON")])
    assert found(doc) == [("Marcellus", "ORG"), ("Varro", "PERSON")]


def test_landform_and_port_names_are_places_and_latin_names_with_person_verbs_people():
    text = ("They held Gallows Ridge and Port Emmet. Later Quintus Fabius Dorso wrote; "
            "Dorso defeated Tertius and Lucian at Hadria. Lucian fled. The Russian fleet sailed.")
    mentions = [at(text, "Gallows Ridge", "PERSON"), at(text, "Port Emmet", "PERSON"),
                at(text, "Quintus Fabius Dorso", "ORG"), at(text, "Dorso", "ORG", 1),
                at(text, "Tertius", "ORG"), at(text, "Lucian", "NORP"),
                at(text, "Lucian", "GPE", 1), at(text, "Hadria", "GPE"),
                at(text, "Russian", "NORP")]
    fixed = types(fix_types(mentions, {1: text}, gazetteer={}))
    assert fixed["Gallows Ridge"] == "LOC" and fixed["Port Emmet"] == "LOC"
    people = ("Quintus Fabius Dorso", "Dorso", "Tertius", "Lucian")
    assert {n: fixed[n] for n in people} == dict.fromkeys(people, "PERSON")
    assert fixed["Hadria"] == "GPE" and fixed["Russian"] == "NORP"


def test_a_count_before_a_plural_people_name_makes_it_a_people():
    text = "The legions sold 4,000 Varnians into slavery."
    fixed = fix_types([at(text, "Varnians", "PERSON")], {1: text}, gazetteer={})
    assert fixed[0].type == "NORP"


def test_an_untagged_name_runs_on_over_a_landform_head():
    words = ["Troops", "held", "Little", "Stony", "Knob", "till", "dusk", "."]
    tags = ["NNS", "VBD", "NNP", "NNP", "NN", "IN", "NN", "."]
    doc = Doc(BLANK.vocab, words=words, spaces=[True] * 6 + [False, False], tags=tags)
    assert found(doc) == [("Little Stony Knob", "PERSON")]  # fix_types then makes it a LOC


def test_episode_heading_names_count_only_when_the_body_names_them():
    text = "1720 08 The South Sea Bubble\n\nShares of the Sea Company rose all summer."
    doc = doc_with(text, [("South Sea Bubble", "EVENT"), ("Sea Company", "ORG")])
    assert found(doc) == [("Sea Company", "ORG")]
    text = "1720 08 The South Sea Bubble\n\nThe South Sea Bubble burst in autumn."
    doc = doc_with(text, [("South Sea Bubble", "EVENT"), ("South Sea Bubble", "EVENT")])
    assert [t for t, _ in found(doc)] == ["South Sea Bubble", "South Sea Bubble"]


def test_a_span_across_a_paragraph_break_is_cut_and_a_count_dropped():
    text = "The Tulip Board\n\nAfter the sale, 12 Dutchmen left."
    doc = doc_with(text, [("Tulip Board\n\nAfter", "ORG"), ("12 Dutchmen", "NORP")])
    assert found(doc) == [("Tulip Board", "ORG"), ("Dutchmen", "NORP")]


def test_a_word_that_is_its_own_sentence_is_an_interjection_not_a_name():
    from histdesk.extract.entities import _exclamation

    text = "Phew. That was long. Then Orlov spoke."
    assert _exclamation(text, 0, 4)
    assert not _exclamation(text, text.index("Orlov"), text.index("Orlov") + 5)
