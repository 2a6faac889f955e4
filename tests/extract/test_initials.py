"""Person names split into given names and surname; when initials and full names agree."""

from __future__ import annotations

import pytest

from histdesk.extract.initials import (
    compatible,
    given_agree,
    initials_pairs,
    parse_person,
    surname_pairs,
    title_words,
)


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


def test_titles_are_no_part_of_a_name_and_particles_join_the_surname():
    assert title_words("Vice Admiral Otto Lenz".split()) == 2
    assert title_words("Prime Minister".split()) == 2
    assert title_words("Grand Casino".split()) == 0
    assert parse_person("General Anton Weiss") == parse_person("Anton Weiss")
    assert parse_person("Prime Minister") is None and parse_person("Minister") is None
    brissac = parse_person("Henri de Brissac")
    assert brissac.given == ("Henri",) and brissac.surname == "de Brissac"
    assert parse_person("De Brissac").given == ()
    assert brissac.surname_key == parse_person("Brissac").surname_key


def test_a_lone_surname_pairs_with_its_one_full_name_particles_aside():
    people = [("henri de brissac", "Henri de Brissac"), ("de brissac", "De Brissac"),
              ("brissac", "Brissac"), ("lenz", "Lenz"), ("otto lenz", "Otto Lenz"),
              ("anna lenz", "Anna Lenz")]
    pairs = surname_pairs(people, [])
    assert ("de brissac", "henri de brissac") in pairs and ("brissac", "henri de brissac") in pairs
    assert not [p for p in pairs if p[0] == "lenz"]  # two Lenzes: no guess
    assert ("lenz", "anna lenz") in surname_pairs(people, [("otto lenz", "anna lenz")])
