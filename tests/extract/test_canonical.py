"""Choosing an entity's shown name: corrections reach full names, long forms, full given names."""

from __future__ import annotations

from collections import Counter

from histdesk.extract.canonical import canonical_name, correct


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
