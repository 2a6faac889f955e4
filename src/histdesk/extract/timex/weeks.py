"""Ordinal weeks of a year or a month: "the third week of 1924" -> "1924-W03".

A week of a year is that ISO week. A week of a month has no ISO number of its own, so the
choice made here (kept simple) is the ISO week holding the month's day 7*(n-1)+1: "the first
week of May 1924" is the ISO week of 1 May 1924 ("1924-W18"), "the second" that of 8 May;
"the last week" is the ISO week of the first of its last seven days. Without a year the anchor's is used.
"""

from __future__ import annotations

import calendar
import datetime as dt

from histdesk.extract.timex import lexicon as lx
from histdesk.extract.timex.anchor import Anchor, Point
from histdesk.extract.timex.patterns import Candidate
from histdesk.extract.timex.values import Reading, month_of, year_of


def _ordinal(word: str) -> int:
    word = word.lower()
    return int(word[0]) if word[0].isdigit() else lx.ORDINAL_WORDS[word]


def _week_of_month(year: int, month: int, n: int) -> str | None:
    last = calendar.monthrange(year, month)[1]
    day = last - 6 if n < 0 else 7 * (n - 1) + 1
    if day > last:
        return None
    iso_year, week, _ = dt.date(year, month, day).isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def _week_of_year(year: int, n: int) -> str | None:
    weeks = dt.date(year, 12, 28).isocalendar()[1]  # 28 December always lies in the last ISO week
    week = weeks if n < 0 else n
    return f"{year:04d}-W{week:02d}" if 1 <= week <= weeks else None


def _weekof(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """One DATE at week precision; [] when the year is unknown, BC, or the week does not exist."""
    g = c.groups
    n = _ordinal(g["ord"])
    written = year_of(g.get("year") or g.get("year2"), None)
    base = anchor.anaphoric() if anchor.narrative else anchor.deictic()
    year = written if written is not None else (base.year if base else None)
    if year is None or year < 1:
        return []
    value = _week_of_month(year, month_of(g["month"]), n) if g.get("month") else _week_of_year(year, n)
    if value is None:
        return []
    if written is None:  # counted from the anchor: it names no new point of the story
        return [Reading(c.start, c.end, "DATE", value, None, base.iso(), None, year_given=False)]
    month = month_of(g.get("month"))
    return [Reading(c.start, c.end, "DATE", value, point=Point(year, month) if month else Point(year))]


HANDLERS = {"weekof": _weekof}
