"""What relative expressions resolve against: the document date and the story's last date.

`Point` is a calendar point at year, month or day granularity (astronomical years are not
used: year -490 means 490 BC, the way historians count). `Anchor` carries the document
creation time (news mode) and the narrative reference point, which `tag` moves forward as
explicit dates pass; both are immutable and replaced, never mutated.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Point:
    """A calendar point; `month`/`day` are None when the point is coarser."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Point | None:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD" (and "BCYYYY"); None for anything else."""
        if not value:
            return None
        sign = -1 if value.startswith("BC") else 1
        parts = value[2:].split("-") if sign < 0 else value.split("T")[0].split("-")
        try:
            nums = [int(p) for p in parts[:3]]
        except ValueError:
            return None
        if not nums or len(parts[0]) != 4:
            return None
        return cls(sign * nums[0], *(nums[1:] + [None, None])[:2])

    def iso(self) -> str:
        year = f"BC{-self.year:04d}" if self.year < 0 else f"{self.year:04d}"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def date(self) -> dt.date | None:
        if self.day is None or self.year < 1:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except (ValueError, OverflowError):  # off the calendar: "25769779776 months later"
            return None

    def shift(self, unit: str, amount: int) -> Point | None:
        """Move by whole units ("D", "W", "M", "Y", "DE", "CE"); None when too coarse, or
        when days or weeks would leave the calendar ("10000 days later" from 9999)."""
        if unit in ("D", "W"):
            day = self.date()
            if day is None:
                return None
            try:
                moved = day + dt.timedelta(days=amount * (7 if unit == "W" else 1))
            except OverflowError:
                return None
            return Point(moved.year, moved.month, moved.day)
        if unit == "M":
            if self.month is None:
                return None
            index = self.year * 12 + self.month - 1 + amount
            return Point(index // 12, index % 12 + 1)
        step = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
        if step is None:
            return None
        year = self.year + amount * step
        if self.year > 0 >= year:
            year -= 1  # there is no year 0 between 1 BC and AD 1
        return Point(year)

    def before(self, other: Point) -> bool:
        """True when this whole period ends before `other` ("1917-10" is not before
        "1917-10-25", "1917-10-24" and "1917-09" are)."""
        size = 1 if self.month is None else 2 if self.day is None else 3
        return _key(self)[:size] < _key(other)[:size]

    def week(self) -> str | None:
        day = self.date()
        if day is None:
            return None
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"

    def days_in_month(self) -> int:
        return calendar.monthrange(max(self.year, 1), self.month or 1)[1]


def _key(point: Point) -> tuple[int, int, int]:
    return (point.year, point.month or 0, point.day or 0)


_FOCUS_REACH = 1500  # characters a quarter stays the period "a year ago" compares with
_NEARBY = 400  # characters within which a month-precise date still sets the year
_THAT_REACH = 200  # characters within which "that year" means a year named in passing


@dataclass(frozen=True)
class Anchor:
    """The document creation time (`dct`) and the narrative reference point (`ref`).

    `narrative` decides what deictic words mean: in news mode "this year" is the dct's year;
    in narrative mode it is the reference point's, and "now"/"today" are PRESENT_REF.
    `deixis_at_dct` marks a dated narrative (a post telling an older story): its deictic
    expressions are read against the dct instead (`deixis.py`), the rest as in a narrative.
    """

    dct: Point | None = None
    ref: Point | None = None
    narrative: bool = True
    fine: Point | None = None  # the last point with a month, and where it ended
    fine_at: int = -(10**9)
    period: str | None = None  # the reporting period in focus ("1989-Q3"), for "a year ago"
    period_at: int = 0
    deixis_at_dct: bool = False
    named: Point | None = None  # a year named in a glance back, which "that year" may mean
    named_at: int = -(10**9)
    span: tuple[Point, Point] | None = None  # the range the story is in ("July 1–3, 1863")

    def moved_to(self, point: Point | None, at: int = 0, target: bool = False) -> Anchor:
        """The anchor after an explicit date. A `target` date later than the story's point
        ("lasted until February 1945", "planned for 1976") is an excursion: it does not move
        the story. A bare year does, and overrides the last month-precise date."""
        if point is None or (target and self.ref is not None and _key(point) > _key(self.ref)):
            return self
        span = self.span
        if span is not None and not _key(span[0]) <= _key(point) <= _key(span[1]):
            span = None  # the story has left the range it was in
        if point.month is not None:
            return replace(self, ref=point, fine=point, fine_at=at, named=None, span=span)
        if self.fine is not None and self.fine.year == point.year:
            return replace(self, ref=point, named=None, span=span)
        return replace(self, ref=point, fine=None, named=None, span=span)

    def spanning(self, start: Point, end: Point) -> Anchor:
        """The story after a range: at its end (so "the following day" is the day after the
        range), with the range kept for ordinal days while the story stays inside it."""
        return replace(self, span=(start, end))

    def day_one(self) -> Point | None:
        """What "the first/second day" counts from: the start of the range the story is in
        (an ordinal day counts from a range's start), else the story's last point."""
        return self.span[0] if self.span is not None else self.anaphoric()

    def noted(self, point: Point, at: int) -> Anchor:
        """A date named in a glance back: the story stays, but "that year" right after it
        ("stalemated by 1940. In August of that year") means its year."""
        return replace(self, named=Point(point.year), named_at=at)

    def tells_days(self, at: int) -> bool:
        """True when the story is being told day by day here (a day-precise date nearby)."""
        return self.fine is not None and self.fine.day is not None and at - self.fine_at < _NEARBY

    def that_year(self, at: int) -> Point | None:
        """What "that year" / "the same year" counts from: a year just named in a glance
        back (within `_THAT_REACH` characters), else the story's point."""
        if self.named is not None and 0 <= at - self.named_at < _THAT_REACH:
            return self.named
        return self.anaphoric()

    def focused(self, value: str, at: int) -> Anchor:
        """Note a quarter or half ("1989-Q3") as the period news compares "a year ago" with."""
        if len(value) == 7 and value[:4].isdigit() and value[4:6] in ("-Q", "-H"):
            return replace(self, period=value, period_at=at)
        return self

    def unfocused_after(self, at: int) -> Anchor:
        """A focus a story has moved away from (`_FOCUS_REACH` characters on) is dropped."""
        if self.period is not None and at - self.period_at > _FOCUS_REACH:
            return replace(self, period=None)
        return self

    def for_month(self, at: int) -> Point | None:
        """The year source for "11 March" at offset `at`: a month-precise date nearby beats a
        bare year mentioned after it ("on 10 March 1975 ... planned for 1976 ... on 11 March")."""
        if self.narrative and self.fine is not None and at - self.fine_at < _NEARBY:
            return self.fine
        return self.implicit()

    def deictic(self) -> Point | None:
        """What "this/last/next" count from: the dct in news, the story's point otherwise."""
        if self.narrative or self.dct is None:
            return self.ref
        return self.dct

    def anaphoric(self) -> Point | None:
        """What "that/the same/the following" count from: the story's last point."""
        return self.ref or self.dct

    def implicit(self) -> Point | None:
        """What a date without its year ("Nov. 25", "the third quarter") takes its year from:
        the dct in news (reporters omit the current year), the story's last point otherwise."""
        if self.narrative or self.dct is None:
            return self.ref or self.dct
        return self.dct
