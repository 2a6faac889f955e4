"""Span repairs on strings: of-splits, ordinals, of-joins and quoted titles."""

from __future__ import annotations

from histdesk.extract.span_repairs import join_of, join_ordinals, quoted_titles, split_of_person


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
