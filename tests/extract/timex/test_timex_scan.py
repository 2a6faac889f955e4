"""timex-3: rules run only near their trigger words (scan.py) yet find exactly what a full
scan finds, and the news/narrative rules added with it."""

from __future__ import annotations

from histdesk.extract.timex import tag
from histdesk.extract.timex.patterns import RULES, TRIGGERS
from histdesk.extract.timex.scan import token_index, trigger_starts, windowed_finditer

DCT = "1997-10-28"
TEXT = (
    "Sales for the year ended Sept. 30 rose, and for the year they fell. The very early part of the\n"
    "following decade, last Oct. 23, at 5 p.m. EST Nov. 9 and at noon Thursday, daily and twice a week;\n"
    "in 1914-18, the 1920s, the twenties, some three days later, Thanksgiving Day, mid-1990s, 843, "
    "the nineteenth century, the night of 3 May 1905, Monday morning, recently, the year two thousand."
)


def test_windowed_scan_equals_full_scan():
    index = token_index(TEXT)
    for name, rx in RULES:
        full = [m.span() for m in rx.finditer(TEXT)]
        fast = [m.span() for m in windowed_finditer(rx, TEXT, trigger_starts(index, TRIGGERS[name]))]
        assert fast == full, name


def values(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, ranges=False, timeml=True)]


def test_the_year_ended_is_a_duration_and_the_year_is_this_one():
    assert values("Net rose in the year ended June 30.")[0] == ("the year", "DURATION", "P1Y")
    assert values("For the year, volume was flat.") == [("the year", "DATE", "1997")]


def test_news_weekday_with_part_of_day_is_valued_as_the_day():
    assert values("Rebels attacked Sunday night.") == [("Sunday night", "DATE", "1997-10-26")]


def test_past_holiday_and_clock_with_date():
    assert values("The boy was found Thanksgiving Day.", "2000-01-07") == [("Thanksgiving Day", "DATE", "1999-11-25")]
    assert values("The offer expires at 5 p.m. EST Nov. 9.") == [("5 p.m. EST Nov. 9", "TIME", "1997-11-09T17:00")]


def test_colon_after_day_and_quoted_titles():
    assert values("The paper said on Monday, Oct. 27: ...") == [("Monday, Oct. 27", "DATE", "1997-10-27")]
    assert values('He spoke on ABC\'s "This Week With David Brinkley" show.') == []
    assert values("Sales rose from 633.8 million.") == []


def test_narrative_glance_back_does_not_move_the_story():
    text = "In May 1942 the army attacked, regaining what it lost the previous year. In June, it stopped."
    assert values(text, None)[-1] == ("June", "DATE", "1942-06")
