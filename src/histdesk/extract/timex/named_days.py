"""Days named rather than dated: holidays ("Christmas", "Thanksgiving Day", "D-Day") and
ordinal days of a story ("the second day" of a battle, counted from its last date), and the
Roman calendar's named days ("the Ides of March").
"""

from __future__ import annotations

import datetime as dt
import re

from histdesk.extract.timex import lexicon as lx
from histdesk.extract.timex.anchor import Anchor, Point
from histdesk.extract.timex.patterns import Candidate
from histdesk.extract.timex.relative import _UNIT_CODES, _at, _blank, _reading
from histdesk.extract.timex.tense import looks_future
from histdesk.extract.timex.values import Reading, year_of

_AHEAD_MONTHS = 2  # as normalize's: a holiday this close ahead of the dct is the coming one


def _floating(base: Point | None, month: int, weekday: int, nth: int, earliest: int) -> str:
    """The date of a movable holiday ("the fourth Thursday of November") in `base`'s year."""
    if base is None or base.year < 1:
        return f"XXXX-{month:02d}"
    first = dt.date(base.year, month, earliest)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    if nth < 0:
        while (day + dt.timedelta(days=7)).month == month:
            day += dt.timedelta(days=7)
    else:
        day += dt.timedelta(days=7 * (nth - 1))
    return day.isoformat()


def _ordday(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """"the second day" (of a battle, a strike): counted from the start of the range the story
    is in ("fought on July 1–3"), else from its last date when it has a day, otherwise a day
    of unknown date."""
    g = c.groups
    raw = g["ord"].lower()
    number = int(re.match(r"\d+", raw).group(0)) if raw[0].isdigit() else lx.ORDINAL_WORDS.get(raw)
    unit = _UNIT_CODES[g["unit"].lower()]
    base = anchor.day_one()
    value = _at(base, unit, number - 1) if base is not None and number and number > 0 and base.day else None
    return _reading(c, "DATE", value or _blank(unit), None, base, Point.parse(value) if value else None)


_LATE_MONTHS = (3, 5, 7, 10)  # March, May, July, October: Nones on the 7th, Ides on the 15th


def roman_day(name: str, month: int) -> int:
    """The day of the month a Roman named day falls on: the Kalends are the 1st; the Nones
    the 7th and the Ides the 15th in March, May, July and October, else the 5th and 13th."""
    late = month in _LATE_MONTHS
    return {"kalends": 1, "calends": 1, "nones": 7 if late else 5}.get(name.lower(), 15 if late else 13)


def _holiday_value(name: str, base: Point | None) -> str:
    if name in lx.FLOATING_HOLIDAYS:
        return _floating(base, *lx.FLOATING_HOLIDAYS[name])
    return f"{Point(base.year).iso() if base else 'XXXX'}-{lx.HOLIDAYS[name]}"


def _holiday(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """A holiday in the year given, else the story's year; in news a year-less holiday is the
    latest one on or before the dct unless it is under `_AHEAD_MONTHS` ahead or the clause
    looks forward (as year-less months)."""
    g = c.groups
    name = " ".join(g["holiday"].lower().split())
    if name == "d-day":
        return _reading(c, "DATE", "1944-06-06")
    year = year_of(g.get("year"))
    base = Point(year) if year is not None else anchor.anaphoric()
    value = _holiday_value(name, base)
    dct = anchor.dct
    if year is None and not anchor.narrative and dct is not None and base is not None and value[:4].isdigit():
        ahead = (int(value[:4]) - dct.year) * 12 + int(value[5:7]) - (dct.month or 1)
        if value > dct.iso() and ahead > _AHEAD_MONTHS and not looks_future(text, c.start, c.end):
            base = Point(base.year - 1)
            value = _holiday_value(name, base)
    return _reading(c, "DATE", value, None, base, Point.parse(value))


HANDLERS = {"holiday": _holiday, "ordday": _ordday}
