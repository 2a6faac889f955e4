"""Name keys, romanisation, acronyms, declared aliases and spelling corrections."""

from __future__ import annotations

import pytest

from histdesk.extract.names import (
    acronym_key,
    acronym_of,
    aliases_in_text,
    corrections_in_text,
    name_key,
    shape_votes,
    strip_possessive,
    translit_key,
)
from histdesk.model import Mention


def mention(text: str, name: str, typ: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, typ)


def test_name_key_ignores_case_diacritics_punctuation_possessive_and_article():
    assert name_key("Lenin’s") == name_key("LENIN") == "lenin"
    assert name_key("Łódź") == "lodz"
    assert name_key("the Red Army's") == "red army"
    assert name_key("All-Union Congress") == "all union congress"


def test_strip_possessive_keeps_plural_s_names():
    assert strip_possessive("Marx's") == "Marx"
    assert strip_possessive("Engels’") == "Engels"
    assert strip_possessive("Paris") == "Paris"


@pytest.mark.parametrize(
    "a, b",
    [
        ("Feliks Dzierżyński", "Felix Dzerzhinsky"),
        ("Krupska", "Krupskaya"),
        ("Krupskaja", "Krupskaya"),
        ("Trotskii", "Trotsky"),
        ("Trotzki", "Trotsky"),
        ("Molotow", "Molotov"),
        ("Romanoff", "Romanov"),
        ("Wyszyński", "Vyshinsky"),
        ("Andrzej", "Andzhei"),
        ("Orlovskii", "Orlovsky"),
        ("Orlovskiy", "Orlovskyi"),
        ("Gorskij", "Gorsky"),
    ],
)
def test_translit_key_unifies_romanisations(a, b):
    assert translit_key(a) == translit_key(b)


@pytest.mark.parametrize("a, b", [("Lenin", "Leningrad"), ("Kamenev", "Kamenski"), ("Ivan", "Iva")])
def test_translit_key_keeps_different_names_apart(a, b):
    assert translit_key(a) != translit_key(b)


def test_acronym_of_uses_content_words_and_a_parenthetical_qualifier():
    assert acronym_of("Russian Communist Party (Bolsheviks)") == {"RCP(B)", "RCP"}
    assert acronym_of("Union of Soviet Socialist Republics") == {"USSR"}
    assert "AREC" in acronym_of("All-Russian Extraordinary Commission")
    assert acronym_of("Komsomol") == set()


@pytest.mark.parametrize(
    "text, key",
    [("RCP (Bolshevik)", "RCP(B)"), ("RCP(B)", "RCP(B)"), ("RSDLP(b)", "RSDLP(B)"),
     ("TsK", "TSK"), ("NATO", "NATO"), ("XIII", None), ("Party", None), ("A", None)],
)
def test_acronym_key_normalises_acronyms_only(text, key):
    assert acronym_key(text) == key


def test_aliases_in_text_reads_parentheses_and_known_as():
    text = (
        "Ivan Petrov (Jan Pietrow) led the State Grain Board (Gosbor) for years. "
        "The Northern Alliance, also known as the Lake League, met in spring."
    )
    mentions = [
        mention(text, "Ivan Petrov"),
        mention(text, "State Grain Board", "ORG"),
        mention(text, "Northern Alliance", "ORG"),
    ]
    assert aliases_in_text(text, mentions) == [
        ("Ivan Petrov", "Jan Pietrow"),
        ("State Grain Board", "Gosbor"),
        ("Northern Alliance", "Lake League"),
    ]


def test_aliases_in_text_ignores_dates_in_parentheses():
    text = "Maria Lenska (1880-1950) wrote poems."
    assert aliases_in_text(text, [mention(text, "Maria Lenska")]) == []


def test_corrections_with_both_forms_stated():
    text = "Just to be clear: it's Bukharin, not Bucharin. And Zhukov, not Zukov."
    assert corrections_in_text(text) == [("Bucharin", "Bukharin"), ("Zukov", "Zhukov")]


def test_corrections_find_the_wrong_form_among_near_equal_names():
    text = "Orlovska wrote to him twice. A note: Orlovskaya is really the correct way to spell it."
    assert corrections_in_text(text) == [("Orlovska", "Orlovskaya")]
    names = ["Orlovska", "Orlov", "Moscow"]
    assert corrections_in_text("Her name should be spelled Orlovskaya.", names) == [
        ("Orlovska", "Orlovskaya")
    ]


def test_corrections_ignore_unrelated_names():
    assert corrections_in_text("It's Paris, not Berlin, that he visited.") == []


def test_shape_votes_reads_surname_and_place_morphology():
    assert shape_votes("Kamenev") == {"PERSON": 1.5}
    assert shape_votes("Maria Orlovskaya") == {"PERSON": 1.5}
    assert shape_votes("Stalingrad") == {"GPE": 1.5}
    assert shape_votes("P. M. Gorlov")["PERSON"] > 2
    assert shape_votes("Central Control Commission") == {"ORG": 3.0}
    assert shape_votes("Mensheviks") == {"NORP": 1.5}
    assert shape_votes("Civil War") == {"EVENT": 2.0}


def test_corrections_read_names_with_particles():
    text = "Careful: it is Mont des Arcs, not Mont des Arts. And it's Keszler, not Keszlar."
    assert corrections_in_text(text) == [("Mont des Arts", "Mont des Arcs"), ("Keszlar", "Keszler")]


def test_initials_in_the_middle_are_a_person_and_operations_are_events():
    assert shape_votes("Harlan J. Whitcombe").get("PERSON", 0) >= 2.0
    assert shape_votes("Operation Kestrel").get("EVENT", 0) > 0
    assert shape_votes("First and Third Armies").get("ORG", 0) > 0


def test_an_explicit_negated_correction_of_one_word_names_needs_only_a_loose_bound():
    assert corrections_in_text("Note: it is Kaiser, not Caiser, in the file.") == [
        ("Caiser", "Kaiser")
    ]
    assert corrections_in_text("It is Oslo, not Bergen, they flew to.") == []


def test_company_words_make_a_name_an_organisation():
    from histdesk.extract.names import shape_votes

    assert shape_votes("Bethlehem Steel").get("ORG", 0) > 0
    assert shape_votes("General Motors").get("ORG", 0) > 0
