"""find_figures: counts, shares, money, ages, ordinals, bounds; dates and refs are not figures."""

from __future__ import annotations

import pytest

from histdesk.extract.figures import find_figures
from tests.conftest import seed_path


def _one(text: str, surface: str):
    found = [f for f in find_figures(text) if f.text == surface]
    assert found, f"{surface!r} not found in {[f.text for f in find_figures(text)]}"
    figure = found[0]
    assert text[figure.start : figure.end] == surface
    return figure


def _surfaces(text: str) -> list[str]:
    return [f.text for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier", "of"),
    [
        ("They enrolled 12,500 landless peasants into the union.", "12,500", 12500, None, None,
         "landless peasants"),
        ("By March well over 7,-500 petitions were filed.", "7,-500", 7500, None, "well over",
         "petitions"),
        ("Some twenty thousand strikers gathered.", "twenty thousand", 20000, None, "some",
         "strikers"),
        ("The army lost two and a half million men.", "two and a half million", 2_500_000, None,
         None, "men"),
        ("In the census 1.5 million people were counted.", "1.5 million", 1_500_000, None, None,
         "people"),
        ("The loan came to $5 million in gold.", "$5 million", 5_000_000, "USD", None, None),
        ("He paid £300 for the press.", "£300", 300, "GBP", None, None),
        ("Turnout was about 44% that day.", "44%", 44, "%", "about", None),
        ("Only 3 per cent of voters abstained.", "3 per cent", 3, "%", None, "voters"),
        ("She died at the age of 71, in exile.", "the age of 71", 71, "years", None, "age"),
        ("A commander aged 39 led them.", "aged 39", 39, "years", None, "age"),
        ("The 45-year-old editor resigned.", "45-year-old", 45, "years", None, "age"),
        ("It met before the 10th Party Congress opened.", "10th", 10, "ordinal", None,
         "Party Congress"),
        ("Delegates to the Seventeenth Party Congress voted.", "Seventeenth", 17, "ordinal",
         None, "Party Congress"),
        ("The letter was read at the XII Congress of the party.", "XII", 12, "ordinal", None,
         "Congress"),
        ("Fewer than 90 deputies came; up to 400 sailors waited.", "90", 90, None, "fewer than",
         "deputies"),
        ("Nearly 3,000 delegates and at least 12 ministers.", "12", 12, None, "at least",
         "ministers"),
        ("They sent 20,000 or more workers.", "20,000", 20000, None, "at least", "workers"),
        ("The press printed 800 of the leaflets.", "800", 800, None, None, "leaflets"),
    ],
)  # fmt: skip
def test_reads_value_unit_qualifier_and_of(text, surface, value, unit, qualifier, of):
    figure = _one(text, surface)
    assert (figure.value, figure.unit, figure.qualifier, figure.of) == (value, unit, qualifier, of)


def test_share_of_a_prior_count_and_gapped_share():
    text = (
        "In 1931, 8,400 cadets graduated, of whom 61.5 percent were peasants. "
        "In March 1930 30 percent of officers were peasants and in June 1931, 45 percent."
    )
    assert _one(text, "8,400").of == "cadets graduated"
    assert _one(text, "61.5 percent").of == "peasants among cadets graduated"
    assert _one(text, "30 percent").of == "peasants among officers"
    assert _one(text, "45 percent").of == "peasants among officers"
    assert "1931" not in _surfaces(text) and "1930" not in _surfaces(text)


def test_participle_is_kept_only_where_the_clause_ends():
    assert _one("Then 900 miners joined the strike.", "900").of == "miners"
    assert _one("Then 900 miners marched up the hill.", "900").of == "miners"
    assert _one("Then 900 troops advanced up the hill.", "900").of == "troops"
    assert _one("Then 900 soldiers manning guns.", "900").of == "soldiers"
    assert _one("Then 900 miners admitted, 40 refused.", "900").of == "miners admitted"


@pytest.mark.parametrize(
    "text",
    [
        "The decree of March 3, 1918 and the session of 18 and 31 May 1926.",
        "Troops left Feb. 12–14, 1917 at 10:30 p.m. or 9 am.",
        "1917 03 The October Days",
        "See vol. 2, pp. 534–36 and book 1; Pages 15–19; § 4.",
        "In 1924, and again by 1927, in 1 9 2 6 it changed (1970-1979).",
        "It took four days and 3 weeks, one of the few in one country.",
        "Dated 1917-10-25 and 25/10/1917; the vote went 2:1.",
        "Figures from the 1926 census and the 1905 uprising.",
        "In 499 BC, from 490 to 479 BC (492-490 BC), in AD 622.",
        "Under Decree 17 the F-16 flew; on March 3, 1919 Lenin spoke of its 1918 highs.",
        "They held the Bermuda Hundred line.",
    ],
)
def test_dates_times_refs_codes_durations_and_lone_one_are_not_figures(text):
    assert _surfaces(text) == []


def test_spaced_year_digits_make_one_number():
    figures = find_figures("The yard built 1 9 2 4 wagons.")
    assert [(f.text, f.value) for f in figures] == [("1 9 2 4", 1924)]


def test_seed_figures_match_expected(expected):
    texts = {p: seed_path(p).read_text(encoding="utf-8") for p in ("000", "004")}
    found = {p: find_figures(t) for p, t in texts.items()}
    for item in expected["figures"]:
        matches = [f for f in found[item["file"]] if f.text == item["text"]]
        assert matches, item
        figure = matches[0]
        assert figure.value == item["value"]
        assert figure.unit == item.get("unit")
        assert figure.qualifier == item.get("qualifier")
        key = {"workers among those admitted": "workers"}.get(item["of"], item["of"])
        assert figure.of and _shares_a_word(figure.of, key), (figure.of, item["of"])


def _shares_a_word(found: str, wanted: str) -> bool:
    stems = {w.rstrip("’'s").lower() for w in wanted.replace(",", " ").split()}
    return any(w.rstrip("’'s").lower() in stems for w in found.split())


def test_a_range_shares_unit_scale_and_noun():
    text = "Losses were 20–30 percent, then 10 to 15 million people fled."
    assert [(f.text, f.value, f.unit) for f in find_figures(text)][:2] == [
        ("20", 20, "%"),
        ("30 percent", 30, "%"),
    ]
    first = _one(text, "10")
    assert (first.value, first.of) == (10_000_000, "people")


def test_a_left_out_noun_comes_from_the_count_before():
    text = "Of the 1,966 delegates, 1,108 were later arrested."
    assert _one(text, "1,108").of == "delegates"


def test_year_like_count_before_a_plural_noun_is_a_count():
    assert _one("The mill employed 1924 men.", "1924").of == "men"
    assert _surfaces("In 1924 men left.") == []


def test_spacy_component_stores_spans_with_readings():
    import spacy

    import histdesk.extract.figures_component  # noqa: F401  (registers the component)

    nlp = spacy.blank("en")
    nlp.add_pipe("histdesk_figures")
    doc = nlp("Nearly 3,000 delegates came, of whom 12 percent were women.")
    spans = doc.spans["figures"]
    assert [s.text for s in spans] == ["3,000", "12 percent"]
    assert (spans[0]._.figure_value, spans[0]._.figure_qualifier) == (3000, "nearly")
    assert (spans[1]._.figure_unit, spans[1]._.figure_of) == ("%", "women among delegates")


def test_the_counted_noun_before_a_bare_count():
    assert _one("Rebel losses for the week were about 1,400.", "1,400").of == "Rebel losses"
    assert _one("Losses were heavy, and Rebel losses about 1,400.", "1,400").of == "Rebel losses"
    assert _one("The duke brought a force of 6,000 to the river.", "6,000").of == "force"
    assert _one("The north wing lost 300 men, and the south wing army about 500.", "500").of == "south wing losses"


def test_no_counted_noun_before_when_a_verb_or_a_range_stands_between():
    assert _one("In the spring the duke defeated 6,000.", "6,000").of is None
    assert _one("The duke returned in 300.", "300").of is None
    assert _one("Rebel losses were 20–30 percent.", "20").unit == "%"


def test_century_ordinals_and_second_verbs_and_finite_verbs_after_a_definite_count():
    assert "3rd" not in _surfaces("The walls were built in the 3rd century BC.")
    assert _one("The 3rd Congress met.", "3rd").of == "Congress"
    assert _one("They seized about two thousand Frisians and burned the town.", "two thousand").of == "Frisians"
    assert _one("Soon the three fleets collided.", "three").of == "fleets"
    assert _one("Then 900 miners admitted, 40 refused.", "900").of == "miners admitted"


@pytest.mark.parametrize(
    "text",
    [
        "Gemini 8 docked with its target, and later Vostok 6 flew.",
        "Nothing has been found on Probe 7, which went silent.",
        "The rocket left Pad 39A before noon.",
        "Mariner 4\n\nA flyby of Mars.",
    ],
)
def test_a_number_right_after_a_name_word_is_part_of_the_name(text):
    assert _surfaces(text) == []


def test_a_counted_plural_or_a_possessive_keeps_the_number_a_figure():
    assert _one("In Leeds 300 weavers struck.", "300").of == "weavers"
    assert _one("Perhaps 600 died that week.", "600").value == 600
    assert _one("Then Dmitri's 3,000 were gone.", "3,000").value == 3000


@pytest.mark.parametrize(
    ("text", "surface", "unit", "qualifier", "of"),
    [
        ("The crew brought back 14.2 kilograms of rock.", "14.2 kilograms", "kg", None, "rock"),
        ("They marched about 24 kilometres that day.", "24 kilometres", "km", "about", None),
        ("A 12-mile road was built.", "12-mile", "mi", None, "road"),
        ("The hull drew 9 feet of water.", "9 feet", "ft", None, "water"),
        ("The cart held 300 pounds of grain.", "300 pounds", "lb", None, "grain"),
        ("The sack weighed 40 pounds.", "40 pounds", "lb", None, None),
        ("He was fined 40 pounds.", "40 pounds", "GBP", None, None),
        ("Storms at 30 knots hit 5,000 acres.", "5,000 acres", "acre", None, None),
        ("The tank took 200 litres.", "200 litres", "l", None, None),
    ],
)  # fmt: skip
def test_units_of_measure_are_read(text, surface, unit, qualifier, of):
    figure = _one(text, surface)
    assert (figure.unit, figure.qualifier, figure.of) == (unit, qualifier, of)


def test_a_range_of_measures_shares_the_unit():
    assert [(f.text, f.unit) for f in find_figures("Roads of 20 to 30 miles.")] == [
        ("20", "mi"),
        ("30 miles", "mi"),
    ]


def test_digit_runs_too_long_for_a_float_are_no_figure():
    text = "9" * 400 + " men and 12 horses"
    assert [(f.text, f.value) for f in find_figures(text)] == [("12", 12.0)]


def _of(text: str) -> dict[str, tuple]:
    return {f.text: (f.value, f.unit, f.of) for f in find_figures(text)}


def test_episode_code_heading_is_no_figure_but_a_count_after_a_year_is():
    text = "1956 11 The Suez Affair\n\nNotes.\n\n1956 11 The Suez Affair\nIn 1956 40 ships sank."
    assert [f.text for f in find_figures(text)] == ["40"]


def test_parts_of_a_partitive_are_named_by_their_predicate_noun():
    found = _of("Of the 240 sailors lost at sea, 150 were Danes and 60 were Norwegians.")
    assert found["240"][2] == "sailors"
    assert found["150"][2] == "Danes" and found["60"][2] == "Norwegians"
    quiet = _of("Of the 500 rebels, 300 were arrested.")
    assert quiet["300"][2] == "rebels"


def test_gapped_share_clause_splits_the_coordinated_group():
    found = _of("Wheat made up 55 percent of the freight and timber roughly 30 percent.")
    assert found["55 percent"][2] == "Wheat among freight"
    assert found["30 percent"][2] == "timber among freight"
    kept = _of("Some 40 percent of the farmers and herders left.")
    assert kept["40 percent"][2] == "farmers and herders"


def test_written_fractions_are_shares():
    found = {f.text: f for f in find_figures(
        "Nearly two-thirds of the fleet was sunk, and about a quarter of the crews "
        "deserted; three quarters of voters agreed and half of the towns burned."
    )}  # fmt: skip
    assert found["two-thirds"].value == 66.7 and found["two-thirds"].unit == "%"
    assert found["two-thirds"].qualifier == "nearly"
    assert found["two-thirds"].of.endswith("fleet")
    assert (found["a quarter"].value, found["a quarter"].of) == (25, "crews")
    assert found["three quarters"].value == 75 and found["half"].value == 50
    assert "two" not in found


def test_words_like_fractions_that_are_no_shares_stay_quiet():
    text = "For a third time the Latin Quarter rose; in the first half of it, half an hour passed."
    assert [f for f in find_figures(text) if f.unit == "%"] == []
