"""One test per rule family, each with a phrase of our own that made us write the rule."""

from __future__ import annotations

import pytest

from histdesk.extract.timex import TAGGER_VERSION, tag


def _one(text: str, **kw):
    found = tag(text, **kw)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.type, t.value, t.mod


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The treaty was signed on March 3, 1918.", ("March 3, 1918", "DATE", "1918-03-03", None)),
        ("He arrived on 7 November 1917 at dawn's end.", ("7 November 1917", "DATE", "1917-11-07", None)),
        ("They met in June 1941.", ("June 1941", "DATE", "1941-06", None)),
        ("Prices fell in late 1929.", ("late 1929", "DATE", "1929", "END")),
        ("By the beginning of 1930 it was over.", ("the beginning of 1930", "DATE", "1930", "START")),
        ("It grew in the 1920s.", ("the 1920s", "DATE", "192X", None)),
        ("It faded in the early 1930s.", ("the early 1930s", "DATE", "193X", "START")),
        ("the 18th century saw change", ("the 18th century", "DATE", "17", None)),
        ("Athens fell in 404 BC.", ("404 BC", "DATE", "BC0404", None)),
        ("a raid in the spring of 1920", ("the spring of 1920", "DATE", "1920-SP", None)),
        ("profits in the second quarter of 1998", ("the second quarter of 1998", "DATE", "1998-Q2", None)),
        ("a file dated 1998-02-13", ("1998-02-13", "DATE", "1998-02-13", None)),
    ],
)
def test_explicit_calendar_dates(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The siege lasted six weeks.", ("six weeks", "DURATION", "P6W", None)),
        ("It took twenty-four hours.", ("twenty-four hours", "DURATION", "PT24H", None)),
        ("for more than three years", ("more than three years", "DURATION", "P3Y", "MORE_THAN")),
        ("It went on for several months.", ("several months", "DURATION", "PXM", None)),
        ("a five-year plan", ("five-year", "DURATION", "P5Y", None)),
        ("over the past few decades", ("the past few decades", "DURATION", "PXDE", None)),
    ],
)
def test_durations(text, expected):
    assert _one(text) == expected


def test_ages_are_not_durations():
    assert tag("a 6-year-old boy and a man of 40 years old") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The paper comes out weekly.", ("weekly", "SET", "P1W", None)),
        ("They met every month.", ("every month", "SET", "P1M", None)),
        ("They voted twice a year.", ("twice a year", "SET", "P1Y", None)),
    ],
)
def test_sets(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stocks fell yesterday.", ("yesterday", "DATE", "1998-01-07", None)),
        ("He resigned last month.", ("last month", "DATE", "1997-12", None)),
        ("Sales will rise next year.", ("next year", "DATE", "1999", None)),
        ("The vote came two weeks ago.", ("two weeks ago", "DATE", "1997-W52", None)),
        ("The talks ended Tuesday.", ("Tuesday", "DATE", "1998-01-06", None)),
        ("He spoke this morning.", ("this morning", "TIME", "1998-01-08TMO", None)),
        ("The bank closed at 3 p.m.", ("3 p.m.", "TIME", "1998-01-08T15:00", None)),
        ("Rates are high now.", ("now", "DATE", "PRESENT_REF", None)),
        ("results for the fourth quarter", ("the fourth quarter", "DATE", "1997-Q4", None)),
    ],
)
def test_news_mode_resolves_against_the_dct(text, expected):
    assert _one(text, dct="1998-01-08") == expected


def test_narrative_mode_carries_the_last_explicit_date_forward():
    text = "The army crossed the river in 1812. Two years later it returned. That spring was wet. On the following day it rained."
    values = [(t.text, t.value) for t in tag(text)]
    assert values[:3] == [("1812", "1812"), ("Two years later", "1814"), ("That spring", "1814-SP")]


def test_underspecified_day_takes_the_year_of_the_story():
    text = "The strike began on 2 May 1926. On May 12 it was called off, and the following day men went back."
    values = [t.value for t in tag(text)]
    assert values == ["1926-05-02", "1926-05-12", "1926-05-13"]


def test_fallback_year_anchors_the_first_underspecified_date():
    assert [t.value for t in tag("Congress met on March 2.", fallback_year=1931)] == ["1931-03-02"]


def test_bc_years_carry_the_era_across_a_range():
    found = tag("the revolt (480-479 BC) failed", ranges=False)
    assert [(t.text, t.value) for t in found] == [("480", "BC0480"), ("479 BC", "BC0479")]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("held Mar. 4–6, 1931, in Rome", "Mar. 4–6, 1931", "1931-03-04/1931-03-06"),
        ("met between 3 and 9 June 1932 there", "between 3 and 9 June 1932", "1932-06-03/1932-06-09"),
        ("the war of 1914-18 ended", "1914-18", "1914/1918"),
        ("It ran from March 1 to April 30, 1933.", "March 1 to April 30, 1933", "1933-03-01/1933-04-30"),
    ],
)
def test_ranges_are_one_interval_by_default(text, span, value):
    assert _one(text)[:3] == (span, "DATE", value)


def test_ranges_false_gives_the_two_ends():
    found = tag("It ran from March 1 to April 30, 1933.", ranges=False)
    assert [(t.text, t.value) for t in found] == [("March 1", "1933-03-01"), ("April 30, 1933", "1933-04-30")]


def test_modal_may_and_counts_are_not_dates():
    assert tag("You may go. He had 1500 soldiers.") == []


def test_version_is_exposed():
    assert TAGGER_VERSION.startswith("timex-")


def test_a_year_before_a_determiner_or_after_in_is_still_a_year():
    # "In 1921 the sailors of Kronstadt rose": the count veto must not swallow the year.
    assert [(t.text, t.value) for t in tag("In 1921 the sailors rose.")] == [("1921", "1921")]
    assert [(t.text, t.value) for t in tag("In 1921 sailors rose.")] == [("1921", "1921")]
    assert tag("They came with 1500 fresh troops.") == []


def _all(text: str, **kw) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, **kw)]


def test_a_half_needs_its_year_or_period():
    assert _all("The second half of my essay covers the siege. The first half was dull.", fallback_year=1871) == []
    assert _all("In the first half of 1871 the siege ended.") == [("the first half of 1871", "DATE", "1871-H1")]
    assert _all("the first half of the year", dct="1998-05-04") == [("the first half of the year", "DATE", "1998-H1")]


@pytest.mark.parametrize("text", ["The city paid 2 million thalers a year.", "The mills ran 18 hours a day."])
def test_a_rate_after_an_amount_is_a_set(text):
    assert _all(text)[-1][1:] in (("SET", "P1Y"), ("SET", "P1D"))


def test_a_plain_span_stays_a_duration():
    assert _all("The siege lasted a year.") == [("a year", "DURATION", "P1Y")]
    assert _all("In 1871, a week after the vote, they left.")[-1] == ("a week", "DURATION", "P1W")


def test_an_ordinal_day_is_a_day_of_the_storys_month():
    text = "The siege began on 19 September 1870. By the 28th the forts were cut off, and on the 30th they fell."
    assert _all(text)[1:] == [("the 28th", "DATE", "1870-09-28"), ("the 30th", "DATE", "1870-09-30")]


@pytest.mark.parametrize("text", ["the 20th Infantry Division", "the 3rd Army's front", "the 5th floor"])
def test_ordinal_names_are_not_days(text):
    assert _all(f"On 2 May 1870 the general rode to {text}.") == [("2 May 1870", "DATE", "1870-05-02")]


def test_a_night_across_two_days_is_valued_by_its_first_day():
    assert _all("On the night of 3/4 August 1870 the army crossed.") == [
        ("the night of 3/4 August 1870", "TIME", "1870-08-03TNI")]


def test_a_clock_time_keeps_its_written_date():
    assert _all("The truce began at 06:15 on 4 August 1870.", fallback_year=1866) == [
        ("06:15 on 4 August 1870", "TIME", "1870-08-04T06:15")]


@pytest.mark.parametrize(
    "text, dct, value",
    [
        ("40000 weeks later", "9999-12-31", "XXXX-WXX"),
        ("9999999999 days later", "1924-01-01", "XXXX-XX-XX"),
        ("the day before", "0001-01-01", "XXXX-XX-XX"),
    ],
)
def test_shifts_off_the_calendar_stay_unresolved(text, dct, value):
    assert _one(text, dct=dct)[2] == value


def test_approximate_year_keeps_its_qualifier_as_approx():
    found = [(t.text, t.value, t.mod) for t in tag("The mill was built around 1786 and burned later.")]
    assert found == [("around 1786", "1786", "APPROX")]
    assert [(t.text, t.mod) for t in tag("She died about 1642.")] == [("about 1642", "APPROX")]


def test_approximate_count_before_a_noun_is_no_year():
    assert tag("About 1200 rebels crossed the river.") == []
    assert tag("The fleet carried around 1650 sailors.") == []


def test_end_of_the_month_in_a_story_known_only_to_its_year():
    found = tag("In 1919 the strike began. By the end of the month the mills were idle.", "2023-05-02", narrative=True)
    assert (found[-1].value, found[-1].mod) == ("1919-XX", "END")
    ahead = tag("In 1919 the strike began. I will post part two by the end of the month.", "2023-05-02", narrative=True)
    assert (ahead[-1].value, ahead[-1].mod) == ("2023-05", "END")
    news = tag("The plant will reopen by the end of the month.", "2023-05-02")
    assert (news[-1].value, news[-1].mod) == ("2023-05", "END")


def test_a_shift_far_off_the_calendar_is_unresolved_not_a_crash():
    found = tag("25769779776 month later today", "2000-01-01")
    assert all(t.value for t in found)
