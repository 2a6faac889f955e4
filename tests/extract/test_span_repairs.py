"""Span repairs on strings: of-splits, ordinals, of-joins and quoted titles."""

from __future__ import annotations

from histdesk.extract.span_repairs import (
    join_adjacent_persons,
    join_designators,
    join_initials,
    join_of,
    join_ordinals,
    join_particles,
    quoted_titles,
    split_of_person,
)


def span(text: str, sub: str, label: str) -> tuple[int, int, str]:
    start = text.index(sub)
    return (start, start + len(sub), label)


def texts(text: str, spans) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label, *_ in spans]


def test_a_body_of_a_person_splits_into_the_body_and_the_person():
    text = "the Grain Faction of Pavel Orlovsky and the Third Brigade of V. I. Gorin met the "
    text += "University of Santa Clara and the Order of Ivan Gorin"
    spans = [(*span(text, s, label), 1) for s, label in (
        ("Grain Faction of Pavel Orlovsky", "ORG"), ("Third Brigade of V. I. Gorin", "ORG"),
        ("University of Santa Clara", "ORG"), ("Order of Ivan Gorin", "ORG"))]
    assert texts(text, split_of_person(text, spans)) == [
        ("Grain Faction", "ORG"), ("Pavel Orlovsky", "PERSON"), ("Third Brigade", "ORG"),
        ("V. I. Gorin", "PERSON"), ("University of Santa Clara", "ORG"),
        ("Order of Ivan Gorin", "ORG"),
    ]


def test_an_ordinal_rejoins_the_name_it_begins():
    text = "The Ninth Assembly met; the fifth Assembly did not; the 12th Brigade left."
    ordinals = [span(text, w, "ORDINAL")[:2] for w in ("Ninth", "fifth", "12th")]
    spans = [span(text, "Assembly", "ORG"), (text.rindex("Assembly"), text.rindex("Assembly") + 8,
             "ORG"), span(text, "Brigade", "ORG")]
    assert texts(text, join_ordinals(text, spans, ordinals)) == [
        ("Ninth Assembly", "ORG"), ("Assembly", "ORG"), ("12th Brigade", "ORG")
    ]


def test_a_body_of_a_written_out_body_joins_and_keeps_the_inner_one():
    text = "The Ninth Assembly of the Grain Union met the Plenum of the GRU and Orlov of the Union."
    spans = [span(text, "Ninth Assembly", "ORG"), span(text, "Grain Union", "ORG"),
             span(text, "Plenum", "ORG"), span(text, "GRU", "ORG"), span(text, "Orlov", "PERSON"),
             (text.rindex("Union"), text.rindex("Union") + 5, "ORG")]
    assert texts(text, join_of(text, spans)) == [
        ("Ninth Assembly of the Grain Union", "ORG"), ("Grain Union", "ORG"), ("Plenum", "ORG"),
        ("GRU", "ORG"), ("Orlov", "PERSON"), ("Union", "ORG"),
    ]


def test_a_name_inside_a_quoted_title_takes_the_title():
    text = (
        'The decree “On Grain Taxes” passed. She wrote “Orlov spoke at length.” The '
        'Grain Board said “Grain Board” twice; the pamphlet "Zemlya" sold.'
    )
    spans = [span(text, "Grain Taxes", "ORG"), span(text, "Orlov", "PERSON"),
             (text.index("Grain Board", 80), text.index("Grain Board", 80) + 11, "ORG"),
             span(text, "Zemlya", "GPE")]
    assert texts(text, quoted_titles(text, spans)) == [
        ("On Grain Taxes", "WORK_OF_ART"), ("Orlov", "PERSON"), ("Grain Board", "ORG"),
        ("Zemlya", "WORK_OF_ART"),
    ]


def test_particles_join_a_name_and_a_designator_closes_a_body():
    text = "Henri de Brissac took the Île d'Orval; the Garde de l'Est and Army Group C held."
    spans = [span(text, "Henri", "PERSON"), span(text, "Brissac", "PERSON"),
             span(text, "Île", "GPE"), span(text, "Garde", "ORG"), span(text, "Army Group", "ORG")]
    joined = join_designators(text, join_particles(text, spans))
    assert texts(text, joined) == [
        ("Henri de Brissac", "PERSON"), ("Île d'Orval", "GPE"), ("Garde de l'Est", "ORG"),
        ("Army Group C", "ORG"),
    ]
    text = "The Grain Board I joined and the Corps 4 men and the Party 2,400 strong."
    spans = [span(text, "Grain Board", "ORG"), span(text, "Corps", "ORG"),
             span(text, "Party", "ORG")]
    assert texts(text, join_designators(text, spans)) == [
        ("Grain Board", "ORG"), ("Corps 4", "ORG"), ("Party", "ORG")]


def test_two_person_spans_one_space_apart_are_one_name():
    text = "Marshal Otto Lenz met Anna, Karl Weiss."
    spans = [span(text, "Marshal Otto", "PERSON"), span(text, "Lenz", "PERSON"),
             span(text, "Anna", "PERSON"), span(text, "Karl Weiss", "PERSON")]
    assert texts(text, join_adjacent_persons(text, spans)) == [
        ("Marshal Otto Lenz", "PERSON"), ("Anna", "PERSON"), ("Karl Weiss", "PERSON")]


def test_an_event_head_of_a_place_is_one_event():
    text = "after the Siege of Tarvos and the Battle of the Grain Board"
    spans = [span(text, "Siege", "ORG"), span(text, "Tarvos", "GPE"),
             span(text, "Battle", "ORG"), span(text, "Grain Board", "ORG")]
    assert ("Siege of Tarvos", "EVENT") in texts(text, join_of(text, spans))


def test_initials_before_a_name_open_it():
    text = "Later, T. J. Harlow rode north and J. Penn followed. The U.S. Mint stood."
    spans = [span(text, "J. Harlow", "PERSON"), span(text, "Penn", "PERSON"),
             span(text, "Mint", "GPE")]
    assert texts(text, join_initials(text, spans)) == [
        ("T. J. Harlow", "PERSON"), ("J. Penn", "PERSON"), ("Mint", "GPE")]


def test_a_body_of_a_place_is_one_org_and_the_place_stays_a_place():
    text = "The Legion of Upper Varna marched; the Bank of Ostrel paid."
    spans = [span(text, "Legion", "ORG"), span(text, "Upper Varna", "PERSON"),
             span(text, "Bank", "ORG"), span(text, "Ostrel", "GPE")]
    assert texts(text, join_of(text, spans)) == [
        ("Legion of Upper Varna", "ORG"), ("Upper Varna", "GPE"),
        ("Bank of Ostrel", "ORG"), ("Ostrel", "GPE")]


def test_a_quoted_title_ending_in_a_full_stop_is_one_work():
    from histdesk.extract.span_repairs import quoted_titles

    text = "It adopted the resolution “On Sending Delegates From the Fleet into the Soviets.” Then it rose."
    spans = [(text.index("Sending"), text.index("Sending") + 16, "ORG"), (text.index("Fleet"), text.index("Fleet") + 5, "ORG")]
    got = {(text[s:e], label) for s, e, label in quoted_titles(text, spans)}
    assert got == {("On Sending Delegates From the Fleet into the Soviets", "WORK_OF_ART")}
