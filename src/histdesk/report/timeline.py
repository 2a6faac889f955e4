"""Where a TIMEX3 value sits on the brief's time axis, and the timeline's sort order.

The report layer may not import `check` (tests/test_layers.py), so it places values itself:
a value becomes a span of decimal years, [start, end). Years, months, days, ISO weeks,
quarters, halves, decades ("192X"), centuries ("19"), BC values ("BC0044-03-15", on the
astronomical axis) and intervals ("a/b") are exact; seasons
are their three months (winter runs from December into the next year). A chart zoomed to one
year needs this: "a week later" drawn as the whole year would hide the events around it.
Calendar logic that decides findings (inside or outside the window) lives in
`histdesk.check.timevalue`.
"""

from __future__ import annotations

import math
import re
from datetime import date

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_PART = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12]|W(\d{2})(?:-\w+)?)$")
# part of a year -> (first month, months covered)
_PARTS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3), "H1": (1, 6), "H2": (7, 6),
          "Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3)}
_YEARISH = re.compile(r"^(\d{1,4})(X*)$")
_BC = re.compile(r"^BC(\d{2,4})(?:-(\d{2}))?(?:-(\d{2}))?")


def span(value: str) -> tuple[float, float] | None:
    """[start, end) in decimal years (1924.0 is 1 January 1924), or None when unplaceable."""
    left, _, right = (value or "").strip().partition("/")
    first = _single(left)
    last = _single(right) if right else first
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0], last[1]


def sort_key(value: str) -> tuple[float, float, str]:
    """Oldest first by the start of the span, shorter spans first; unplaceable values last."""
    found = span(value)
    if found is None:
        return (math.inf, math.inf, value or "")
    return (found[0], found[1], value)


def _single(value: str) -> tuple[float, float] | None:
    if value.startswith("BC"):
        return _before_christ(value)
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return _fraction(day), _fraction(day) + 1 / _days_in(day.year)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            if not 1 <= month <= 12:
                return None
            return year + (month - 1) / 12, year + month / 12
    except ValueError:
        return None
    if m := _YEAR_PART.match(value):
        return _year_part(int(m[1]), m[2], m[3])
    if m := _YEARISH.match(value):
        pattern = (m[1] + m[2]).ljust(4, "X") if len(m[1] + m[2]) < 4 else m[1] + m[2]
        first, last = int(pattern.replace("X", "0")), int(pattern.replace("X", "9"))
        return (float(first), float(last + 1)) if first >= 1 else None
    return None


def _before_christ(value: str) -> tuple[float, float] | None:
    """BC values on the astronomical axis (1 BC is year 0): "BC0049-01-10", "BC0044",
    and "BC00" for a century (99 to 0 BC) or "BC004" for a decade."""
    m = _BC.match(value)
    if not m:
        return None
    digits = m[1]
    if len(digits) < 4:
        scale = 10 ** (4 - len(digits))
        first_bc = int(digits) * scale
        return float(1 - (first_bc + scale - 1)), float(2 - first_bc) if first_bc else 1.0
    year = 1 - int(digits)
    if not m[2]:
        return float(year), float(year + 1)
    start = year + (int(m[2]) - 1) / 12
    if not m[3]:
        return start, start + 1 / 12
    start += (int(m[3]) - 1) / 365
    return start, start + 1 / 365


def _year_part(year: int, part: str, week: str | None) -> tuple[float, float] | None:
    """An ISO week ("W25"), a quarter, a half or a season as a span of decimal years."""
    if week:
        try:
            monday = date.fromisocalendar(year, int(week), 1)
        except ValueError:
            return None
        return _fraction(monday), _fraction(monday) + 7 / _days_in(monday.year)
    first, months = _PARTS[part]
    start = year + (first - 1) / 12
    return start, start + months / 12


def _fraction(day: date) -> float:
    return day.year + (day.timetuple().tm_yday - 1) / _days_in(day.year)


def _days_in(year: int) -> int:
    return 366 if date(year, 12, 31).timetuple().tm_yday == 366 else 365
