"""Ranges: "Jan. 29–31, 1924", "between 18 and 31 December 1925", "1914-18",
"February 15 to May 15". Each range is read as two ends; the ends borrow what they lack
(year, month, era) from each other. `tag(ranges=True)` joins them into one DATE whose value
is "start/end"; `ranges=False` keeps the two ends as separate timexes (TimeML gold style).
"""

from __future__ import annotations

import re
from dataclasses import replace

from histdesk.extract.timex.anchor import Anchor, Point
from histdesk.extract.timex.patterns import Candidate
from histdesk.extract.timex.values import Reading, day_of, month_of, year_of

_CONNECTOR = re.compile(r"\s*(?:–|—|-|to|through|thru|until|till|and|or)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _month_range(c: Candidate, anchor: Anchor) -> list[Reading]:
    """"May–June 1940", "December to March 1941": two months sharing the year written last
    (the first end falls in the year before when its month comes later)."""
    g, spans = c.groups, c.groups["_spans"]
    m1, m2 = month_of(g["month"]), month_of(g["month2"])
    year = year_of(g.get("year"))
    base = anchor.for_month(c.start) if year is None else None
    year2 = year if year is not None else (base.year if base else None)
    if year2 is None or m1 == m2:
        return []
    p1, p2 = Point(year2 - (m1 > m2), m1), Point(year2, m2)
    given = year is not None
    return [
        Reading(c.start, spans["month"][1], "DATE", p1.iso(), point=p1, pair=True, year_given=given, lead=c.start),
        Reading(spans["month2"][0], c.end, "DATE", p2.iso(), point=p2, year_given=given),
    ]


def explicit_range(c: Candidate, anchor: Anchor) -> list[Reading]:
    """The two ends of a range matched by one rule (day, month and year ranges)."""
    if c.rule == "mrange":
        return _month_range(c, anchor)
    g, spans = c.groups, c.groups["_spans"]
    if c.rule == "yrange":
        first = year_of(g["year"], g.get("era"))
        raw2 = g["year2"]
        if len(raw2) == 2:
            raw2 = g["year"][:-2] + raw2
        second = year_of(raw2, g.get("era"))
        p1, p2 = Point(first), Point(second)
        split1, split2 = spans["year"][1], spans["year2"][0]
        given = True
    else:
        month = month_of(g["month"])
        year = year_of(g.get("year"), g.get("era"))
        given = year is not None
        if year is None:
            base = anchor.implicit()
            year = base.year if base else None
        d1, d2 = day_of(g["day"]), day_of(g["day2"])
        if d1 >= d2 or d2 > 31:
            return []
        p1, p2 = Point(year, month, d1), Point(year, month, d2)
        split1, split2 = spans["day"][1], spans["day2"][0]
    start = spans["day"][0] if g.get("between") else c.start
    if year_of(g.get("year")) is None and c.rule != "yrange" and p1.year is None:
        return [
            Reading(start, split1, "DATE", f"XXXX-{p1.month:02d}-{p1.day:02d}", pair=True, year_given=False, lead=c.start),
            Reading(split2, c.end, "DATE", f"XXXX-{p2.month:02d}-{p2.day:02d}", year_given=False),
        ]
    return [
        Reading(start, split1, "DATE", p1.iso(), point=p1, pair=True, year_given=given, lead=c.start),
        Reading(split2, c.end, "DATE", p2.iso(), point=p2, year_given=given),
    ]


def _point(value: str) -> Point | None:
    """A reading's point; "XXXX-03-01" (year still unknown) reads as year 0 for joining."""
    if value.startswith("XXXX-"):
        return Point.parse("0000" + value[4:])
    return Point.parse(value)


def _joinable(text: str, a: Reading, b: Reading) -> bool:
    if a.type != "DATE" or b.type != "DATE" or a.pair or "/" in a.value or "/" in b.value:
        return False
    if a.mod or b.mod or not _CONNECTOR.fullmatch(text[a.end : b.start]):
        return False
    pa, pb = _point(a.value), _point(b.value)
    if pa is None or pb is None or (pa.month is None) != (pb.month is None):
        return False
    gap = text[a.end : b.start].strip().lower()
    if gap in ("and", "or"):
        return bool(_BETWEEN.search(text[max(0, a.start - 12) : a.start]))
    return True


def link_ranges(text: str, readings: list[Reading]) -> list[Reading]:
    """Mark adjacent date pairs joined by a range connector, borrowing the year across."""
    out = list(readings)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _joinable(text, a, b):
            continue
        pa, pb = _point(a.value), _point(b.value)
        if pb.year == 0:
            continue
        if not a.year_given and b.year_given:
            pa = Point(pb.year, pa.month, pa.day)
            if pa.month and pb.month and pa.month > pb.month:
                pa = Point(pb.year - 1, pa.month, pa.day)
        between = _BETWEEN.search(text[max(0, a.start - 12) : a.start])
        lead = a.start - len(between.group(0)) if between else a.start
        out[i] = replace(a, value=pa.iso(), point=pa, pair=True, lead=lead)
    return out


def join_ranges(readings: list[Reading]) -> list[Reading]:
    """Fold each marked pair into one interval reading spanning both ends."""
    out: list[Reading] = []
    skip = False
    for i, r in enumerate(readings):
        if skip:
            skip = False
            continue
        if r.pair and i + 1 < len(readings):
            nxt = readings[i + 1]
            out.append(replace(r, start=r.lead if r.lead is not None else r.start, end=nxt.end,
                               value=f"{r.value}/{nxt.value}", pair=False, point=nxt.point))
            skip = True
        else:
            out.append(r)
    return out
