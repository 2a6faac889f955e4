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
from datetime import date

# season -> (first month, last month, last month falls in the next year)
_SEASONS = {"SP": (3, 5, False), "SU": (6, 8, False), "FA": (9, 11, False), "WI": (12, 2, True)}
_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}
_CYCLE_YEARS, _CYCLE_DAYS = 400, 146097  # the Gregorian calendar repeats every 400 years

_YEARISH = re.compile(r"^(\d{1,4})(X*)$")
_YEAR = re.compile(r"^(\d{4})((?:-.*)?)$")
_ASTRONOMICAL = re.compile(r"^-(\d{4})((?:-\d{2}){0,2})$")
_IN_YEAR = re.compile(r"^(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI|Q[1-4]|H[12]))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")


def day_number(year: int, month: int, day: int) -> int:
    """The serial number of a day: `date.toordinal()` for AD days, continued backwards
    through BC on the astronomical axis (year 0 is 1 BC, -48 is 49 BC), proleptic Gregorian.

    Raises ValueError for impossible days, as `date` does.
    """
    cycles = (1 - year) // _CYCLE_YEARS + 1 if year < 1 else 0
    return date(year + cycles * _CYCLE_YEARS, month, day).toordinal() - cycles * _CYCLE_DAYS


EARLIEST_DAY = day_number(-9998, 1, 1)  # 1 January 9999 BC, the open end of "before ..."
LATEST_DAY = date.max.toordinal()  # the open end of "after ..."


@dataclass(frozen=True)
class DateRange:
    """The earliest and latest day a date value can mean, both inclusive, as `day_number`s
    (plain ints, so BC and AD days compare in calendar order)."""

    earliest: int
    latest: int

    def overlaps(self, other: DateRange) -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest


def parse_value(value: str, mod: str | None = None) -> DateRange | None:
    """The day range of a TIMEX3 DATE value, or None when it cannot be placed.

    BC values are TimeML's "BC0049-01-10", "BC0044", "BC004" (the 40s BC, 49..40 BC) and
    "BC00" (the 1st century BC, 100..1 BC); astronomical ISO "-0048-01-10" is read too.
    `mod` is the timex's modifier: BEFORE/AFTER (and ON_OR_ variants) open the range toward
    the past or future; START/MID/END keep it whole, since "the end of 1923" still lies in 1923.
    """
    value = (value or "").strip()
    if "/" in value[1:]:
        cut = value.index("/", 1)
        first, last = _single(value[:cut]), _single(value[cut + 1 :])
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
    """Open the range for BEFORE/AFTER; the open side stops at EARLIEST_DAY/LATEST_DAY."""
    if mod == "BEFORE":
        return DateRange(EARLIEST_DAY, max(EARLIEST_DAY, found.earliest - 1))
    if mod == "ON_OR_BEFORE":
        return DateRange(min(EARLIEST_DAY, found.earliest), found.latest)
    if mod == "AFTER":
        return DateRange(min(LATEST_DAY, found.latest + 1), LATEST_DAY)
    if mod == "ON_OR_AFTER":
        return DateRange(found.earliest, max(LATEST_DAY, found.latest))
    return found


def _single(value: str) -> DateRange | None:
    """One value without "/"; a time part ("T10:00", "TMO") only narrows within the day."""
    value = value.split("T", 1)[0] if re.match(r"^(?:BC|-)?\d{4}-\d{2}-\d{2}T", value) else value
    try:
        if value.startswith("BC"):
            return _before_christ(value[2:])
        return _calendar_range(value)
    except ValueError:  # impossible dates such as 1924-02-30 or year 0
        return None


def _calendar_range(value: str) -> DateRange | None:
    if m := _WEEK.match(value):
        return _week(int(m[1]), int(m[2]), m[3])
    if m := _ASTRONOMICAL.match(value):
        return _in_year(-int(m[1]), m[2])
    if m := _YEAR.match(value):
        return _in_year(int(m[1]), m[2]) if int(m[1]) >= 1 else None
    if m := _YEARISH.match(value):
        return _yearish(m[1], m[2])
    return None


def _before_christ(rest: str) -> DateRange | None:
    """"0049-01-10" (49 BC is astronomical -48) or the shorter decade/century/millennium."""
    if m := _YEAR.match(rest):
        return _in_year(1 - int(m[1]), m[2]) if int(m[1]) >= 1 else None
    if not (m := _YEARISH.match(rest)) or len(m[1] + m[2]) > 4:
        return None
    digits = m[1]
    scale = 10 ** (4 - len(digits))
    if scale == 10:  # "BC004": the 40s BC, 49..40 BC
        first_bc, last_bc = max(1, int(digits) * 10), int(digits) * 10 + 9
    else:  # "BC00": the 1st century BC, 100..1 BC; "BC0": the 1st millennium BC
        first_bc, last_bc = int(digits) * scale + 1, (int(digits) + 1) * scale
    return DateRange(day_number(1 - last_bc, 1, 1), day_number(1 - first_bc, 12, 31))


def _in_year(year: int, rest: str) -> DateRange | None:
    """A year (astronomical) and what follows it: "", "-05", "-05-21", "-SU", "-Q2"."""
    if not (m := _IN_YEAR.match(rest)):
        return None
    if m[3]:
        return _subyear(year, m[3])
    if m[2]:
        day = day_number(year, int(m[1]), int(m[2]))
        return DateRange(day, day)
    if m[1]:
        month = int(m[1])
        return DateRange(day_number(year, month, 1), day_number(year, month, _last_day(year, month)))
    return DateRange(day_number(year, 1, 1), day_number(year, 12, 31))


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
    return DateRange(day_number(first, 1, 1), day_number(last, 12, 31))


def _subyear(year: int, part: str) -> DateRange:
    if part in _SEASONS:
        first, last, wraps = _SEASONS[part]
        end_year = year + 1 if wraps else year
        return DateRange(day_number(year, first, 1), day_number(end_year, last, _last_day(end_year, last)))
    first, last = _QUARTERS[part]
    return DateRange(day_number(year, first, 1), day_number(year, last, _last_day(year, last)))


def _week(year: int, week: int, day: str | None) -> DateRange:
    if day == "WE":
        return DateRange(_iso(year, week, 6), _iso(year, week, 7))
    if day:
        one = _iso(year, week, int(day))
        return DateRange(one, one)
    return DateRange(_iso(year, week, 1), _iso(year, week, 7))


def _iso(year: int, week: int, weekday: int) -> int:
    return date.fromisocalendar(year, week, weekday).toordinal()


def _last_day(year: int, month: int) -> int:
    """Days in the month; BC years borrow the leap rule through the 400-year cycle."""
    return calendar.monthrange(year % _CYCLE_YEARS + _CYCLE_YEARS, month)[1]
