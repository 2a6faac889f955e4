"""Choosing an entity's shown name: corrections reach full names, long forms, full given names."""

from __future__ import annotations

from collections import Counter

from histdesk.extract.canonical import canonical_name, correct, stable_ids
from histdesk.model import Entity, Mention


def choose(*forms: str, prefs: dict[str, str] | None = None) -> str:
    counts = Counter(forms)
    first = {}
    for i, form in enumerate(forms):
        first.setdefault(form, i)
    return canonical_name(counts, first, set(), prefs or {})


def test_a_corrected_surname_reaches_the_full_name():
    prefs = {"orlowski": "Orlovsky"}
    assert correct("Pavel Orlowski", prefs) == "Pavel Orlovsky"
    assert correct("Orlowski", prefs) == "Orlovsky"
    assert correct("Pavel Orlov", prefs) == "Pavel Orlov"
    assert choose("Pavel Orlowski", "Orlowski", "Orlowski", prefs=prefs) == "Pavel Orlovsky"


def test_full_given_names_beat_initials_and_a_long_form_beats_its_prefix():
    assert choose("V. I. Gorin", "Vasily Gorin", "V. I. Gorin") == "Vasily Gorin"
    assert choose("Ninth Assembly", "Ninth Assembly", "Ninth Assembly of the Grain Union") == (
        "Ninth Assembly of the Grain Union"
    )
    assert choose("Ivan Petrov", "Petrov", "Petrov") == "Ivan Petrov"


def test_forms_differing_by_diacritics_take_the_most_frequent_ties_accented():
    assert choose("Vézelin", "Vézelin", "Vezelin") == "Vézelin"
    assert choose("Vezelin", "Vezelin", "Vézelin") == "Vezelin"
    assert choose("Vezelin", "Vézelin") == "Vézelin"
    assert choose("Marc Vézelin", "Vezelin", "Vézelin", "Vézelin") == "Marc Vézelin"


def test_stable_ids_follow_the_mentions_of_the_previous_entities():
    a, b, c = (Mention(i * 10, i * 10 + 4, n, "PERSON", document=1) for i, n in
               enumerate(("Lenz", "Otto", "Weiss")))
    previous = [Entity(7, "Lenz", "PERSON", (a,)), Entity(3, "Otto", "PERSON", (b,))]
    assert stable_ids([[a, b], [c]], previous) == [3, 8]  # a tie: the lower id
    bigger = [Entity(7, "Lenz", "PERSON", (a, c)), previous[1]]
    assert stable_ids([[a, b]], bigger) == [7]
    assert stable_ids([[c], [b], [a]], previous) == [8, 3, 7]
    moved = Mention(50, 54, "Otto", "PERSON", document=1)  # re-extracted: same name key
    assert stable_ids([[moved]], previous) == [3]
    assert stable_ids([[a], [c]], []) == [1, 2]
