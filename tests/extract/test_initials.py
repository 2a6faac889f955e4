"""Person names split into given names and surname; when initials and full names agree."""

from __future__ import annotations

import pytest

from histdesk.extract.initials import compatible, given_agree, initials_pairs, parse_person


def test_parse_person_reads_initials_inverted_and_glued_forms():
    assert parse_person("P. A. Orlov") == parse_person("Orlov, P. A.") == parse_person("P.A. Orlov")
    assert parse_person("P. A. Orlov").given == ("P.", "A.")
    assert parse_person("Orlov").given == ()
    assert parse_person("Union of Ivan Orlov") is None
    assert parse_person("P. A.") is None


@pytest.mark.parametrize(
    "a, b", [("P.", "Pavel"), ("Yu.", "Iurii"), ("Iu.", "Yury"), ("Aleksandr", "Alexander"),
             ("Nikolay", "Nikolai"), ("P.", "P")],
)
def test_given_names_agree_across_initials_and_romanisations(a, b):
    assert given_agree(a, b)


@pytest.mark.parametrize("a, b", [("P.", "Ivan"), ("Pavel", "Petr"), ("Yu.", "Ivan")])
def test_given_names_that_differ(a, b):
    assert not given_agree(a, b)


@pytest.mark.parametrize(
    "a, b",
    [("P. A. Orlovskii", "Pavel Orlovsky"), ("Pavel Andreevich Orlov", "P. Orlov"),
     ("Orlovskiy, P.", "Pavel Orlovskyi"), ("Pavel Orlov", "Pavel A. Orlov")],
)
def test_compatible_person_names(a, b):
    assert compatible(parse_person(a), parse_person(b))


@pytest.mark.parametrize(
    "a, b",
    [("P. A. Orlov", "Ivan Orlov"), ("P. A. Orlov", "P. I. Orlov"), ("Pavel Orlov", "Pavel Orlova"),
     ("Orlov", "Pavel Orlov")],
)
def test_incompatible_person_names(a, b):
    assert not compatible(parse_person(a), parse_person(b))


def test_an_initial_agreeing_with_two_different_people_pairs_with_nobody():
    people = [("a orlov", "A. Orlov"), ("anton orlov", "Anton Orlov"),
              ("andrei orlov", "Andrei Orlov"), ("v i lenko", "V. I. Lenko"),
              ("vera lenko", "Vera Lenko")]
    assert initials_pairs(people) == [("v i lenko", "vera lenko")]
