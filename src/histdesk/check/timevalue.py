"""TIMEX3 values as day ranges: "1924-05" is 1924-05-01..1924-05-31.

A value names a stretch of the calendar at some granularity (year, month, day, season,
quarter, week, decade, century) or an interval "a/b". Comparing such stretches is what the
window and conflict checks need, so every value becomes the earliest and latest day it can
mean. Values without a calendar anchor (unknown year "XXXX-05", PRESENT_REF, durations) give
None: a check cannot place them and must skip them rather than guess.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# season -> (first month, last month, last month falls in the next year)
_SEASONS = {"SP": (3, 5, False), "SU": (6, 8, False), "FA": (9, 11, False), "WI": (12, 2, True)}
_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}

_YEARISH = re.compile(r"^(\d{1,4})(X*)$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_SUBYEAR = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")


@dataclass(frozen=True)
class DateRange:
    """The earliest and latest day a date value can mean, both inclusive."""

    earliest: date
    latest: date

    def overlaps(self, other: DateRange) -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest


def parse_value(value: str, mod: str | None = None) -> DateRange | None:
    """The day range of a TIMEX3 DATE value, or None when it cannot be placed.

    `mod` is the timex's modifier: BEFORE/AFTER (and ON_OR_ variants) open the range toward
    the past or future; START/MID/END keep it whole, since "the end of 1923" still lies in 1923.
    """
    value = (value or "").strip()
    if "/" in value:
        left, _, right = value.partition("/")
        first, last = _single(left), _single(right)
        if first is None or last is None or first.earliest > last.latest:
            return None
        found = DateRange(first.earliest, last.latest)
    else:
        found = _single(value)
    if found is None:
        return None
    return _apply_mod(found, (mod or "").upper())


def parse_window(window: tuple[str, str]) -> DateRange | None:
    """An episode window ("1924-01-01", "1924-12-31") as a range; None when unset or bad."""
    if len(window) != 2 or not window[0] or not window[1]:
        return None
    first, last = _single(window[0]), _single(window[1])
    if first is None or last is None or first.earliest > last.latest:
        return None
    return DateRange(first.earliest, last.latest)


def _apply_mod(found: DateRange, mod: str) -> DateRange:
    """Open the range for BEFORE/AFTER; at the calendar's ends (year 1, year 9999) the
    open side stops at `date.min`/`date.max` rather than overflowing."""
    if mod == "BEFORE":
        before = found.earliest - timedelta(days=1) if found.earliest > date.min else date.min
        return DateRange(date.min, before)
    if mod == "ON_OR_BEFORE":
        return DateRange(date.min, found.latest)
    if mod == "AFTER":
        after = found.latest + timedelta(days=1) if found.latest < date.max else date.max
        return DateRange(after, date.max)
    if mod == "ON_OR_AFTER":
        return DateRange(found.earliest, date.max)
    return found


def _single(value: str) -> DateRange | None:
    """One value without "/"; a time part ("T10:00", "TMO") only narrows within the day."""
    value = value.split("T", 1)[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", value) else value
    try:
        return _calendar_range(value)
    except ValueError:  # impossible dates such as 1924-02-30 or year 0
        return None


def _calendar_range(value: str) -> DateRange | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return DateRange(day, day)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return DateRange(date(year, month, 1), date(year, month, _last_day(year, month)))
    if m := _SUBYEAR.match(value):
        return _subyear(int(m[1]), m[2])
    if m := _WEEK.match(value):
        return _week(int(m[1]), int(m[2]), m[3])
    if m := _YEARISH.match(value):
        return _yearish(m[1], m[2])
    return None


def _yearish(digits: str, xs: str) -> DateRange | None:
    """"1924"; decades "192X" / "192"; centuries "19XX" / "19"; millennia "1XXX" / "1".

    Short values follow TIMEX3: "19" is the 1900s, "192" the 1920s, counted by their
    leading digits, just like the X-padded forms.
    """
    pattern = digits + xs
    if len(pattern) < 4:
        pattern = digits + "X" * (4 - len(digits))
    if len(pattern) != 4:
        return None
    first, last = int(pattern.replace("X", "0")), int(pattern.replace("X", "9"))
    if first < 1:
        return None
    return DateRange(date(first, 1, 1), date(last, 12, 31))


def _subyear(year: int, part: str) -> DateRange:
    if part in _SEASONS:
        first, last, wraps = _SEASONS[part]
        end_year = year + 1 if wraps else year
        return DateRange(date(year, first, 1), date(end_year, last, _last_day(end_year, last)))
    first, last = _QUARTERS[part]
    return DateRange(date(year, first, 1), date(year, last, _last_day(year, last)))


def _week(year: int, week: int, day: str | None) -> DateRange:
    if day == "WE":
        return DateRange(date.fromisocalendar(year, week, 6), date.fromisocalendar(year, week, 7))
    if day:
        one = date.fromisocalendar(year, week, int(day))
        return DateRange(one, one)
    return DateRange(date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]
