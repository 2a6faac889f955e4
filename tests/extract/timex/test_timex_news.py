"""News-mode rules added in timex-2: tense decides the direction of year-less dates and
weekdays, results news compares "a year ago" with the quarter in focus, TimeML extents."""

from __future__ import annotations

import pytest

from histdesk.extract.timex import tag

DCT = "1997-10-29"  # a Wednesday


def _values(text: str, dct: str = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, ranges=False, timeml=True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mill was sold in March to a rival.", [("March", "1997-03")]),
        ("The board will meet in March to decide.", [("March", "1998-03")]),
        ("The loan must be repaid by January.", [("January", "1998-01")]),
        ("Dividends are payable Nov. 20 to holders.", [("Nov. 20", "1997-11-20")]),
        ("Ms. Ortiz, 61 years old, will succeed J. K. Brandt Feb. 1.", [("Feb. 1", "1998-02-01")]),
    ],
)
def test_year_less_dates_follow_the_tense_of_their_clause(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("The minister resigned Monday.", "1997-10-27"),
        ("The minister is expected to resign Monday.", "1997-11-03"),
        ("Talks could resume as soon as Friday, aides said.", "1997-10-31"),
        ("Aides fought over Monday's ruling, which they would appeal.", "1997-10-27"),
        ("Tenants can go back to the flats by noon Saturday, the landlord said.", "1997-11-01T12:00"),
        ("The clerks must file the forms by Monday.", "1997-11-03"),
        ("The clerks had filed the forms by Monday, the audit found.", "1997-10-27"),
    ],
)
def test_weekdays_look_ahead_only_in_forward_clauses(text, value):
    assert _values(text)[0][1] == value


def test_a_year_ago_is_the_quarter_in_focus_one_year_back():
    text = ("Acme earned $4 million in the third quarter, up from $3 million a year ago. "
            "In the year-ago quarter, sales were flat, and year-earlier costs were higher. "
            "The 1996 period had a charge.")
    assert _values(text) == [
        ("the third quarter", "1997-Q3"), ("a year ago", "1996-Q3"),
        ("the year-ago quarter", "1996-Q3"), ("year-earlier", "1996-Q3"), ("The 1996 period", "1996-Q3"),
    ]


def test_a_year_ago_without_a_quarter_stays_a_year():
    assert _values("Prices were lower a year ago.") == [("a year ago", "1996")]


def test_this_years_quarter_and_the_weekend_just_past():
    assert _values("Net for this year's second quarter rose. Over the weekend, he resigned.") == [
        ("this year's second quarter", "1997-Q2"), ("the weekend", "1997-W43-WE"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He quit ten days before the merger.", ("ten days", "DURATION", "P10D")),
        ("Stocks rose in the near future.", ("the near future", "DATE", "FUTURE_REF")),
        ("Sales for the full year fell.", ("the full year", "DATE", "1997")),
        ("Cash will be tight at year-end.", ("year-end", "DATE", "1997")),
        ("Shops close on Thanksgiving Day.", ("Thanksgiving Day", "DATE", "1997-11-27")),
        ("Crews worked all through last night.", ("last night", "TIME", "1997-10-28TNI")),
        ("It was built in nineteen ninety-two.", ("nineteen ninety-two", "DATE", "1992")),
        ("Taxes will fall in coming quarters.", ("coming quarters", "DATE", "FUTURE_REF")),
    ],
)
def test_news_forms_recognised_in_timex_2(text, expected):
    found = tag(text, DCT, ranges=False, timeml=True)
    assert [(t.text, t.type, t.value) for t in found] == [expected]


def test_fractions_and_discourse_now_are_not_timexes():
    assert tag("Iraq imports three-quarters of its grain.", DCT) == []
    assert tag("Now, the question is who pays.", DCT) == []
