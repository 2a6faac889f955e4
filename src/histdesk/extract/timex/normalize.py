"""Calendar rules -> TIMEX3 values: explicit dates, months, years, decades, centuries,
seasons, quarters and day ranges, resolved against an `Anchor` when the year is missing.

`normalize(candidate, text, anchor)` returns the `Reading`s of one match (two for a range:
the first marked `pair`). Relative expressions are delegated to `relative.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from histdesk.extract.timex import lexicon as lx
from histdesk.extract.timex import relative
from histdesk.extract.timex.anchor import Anchor, Point
from histdesk.extract.timex.named_days import roman_day
from histdesk.extract.timex.patterns import Candidate
from histdesk.extract.timex.tense import leans_future, looks_future
from histdesk.extract.timex.values import Reading, day_of, mod_of, month_of, year_of

_REL_YEAR_OFFSETS = {"that": 0, "the same": 0, "this": 0, "the following": 1, "the next": 1,
                     "next": 1, "the previous": -1, "last": -1}


_AHEAD_MONTHS = 2  # a year-less date this close ahead of the dct is the coming one
_DEADLINE_MONTHS = 6  # ... or this close after "by"/"through"/"until"


def _news_year(base: Point, month: int | None, day: int | None, future: int) -> int:
    """The year news means by a date without one: the coming occurrence when the clause looks
    forward or the date is just ahead of the dct, else the latest one on or before the dct
    (reporters mostly look back: "In March, the company said ...")."""
    if month is None or base.month is None or (day is None and month == base.month):
        return base.year  # "by the end of November" written in November is this November
    past = base.year if (month, day or 0) <= (base.month, base.day or 31) else base.year - 1
    ahead = past + 1
    now = base.year * 12 + base.month
    gap_ahead, gap_past = ahead * 12 + month - now, now - (past * 12 + month)
    if future > 1 or (future and gap_ahead <= _DEADLINE_MONTHS) or (gap_ahead <= _AHEAD_MONTHS and gap_ahead < gap_past):
        return ahead
    return past


def _year(g: dict, anchor: Anchor, key: str = "year", month: int | None = None, at: int = 0,
          day: int | None = None, future: int = 0) -> tuple[int | None, bool]:
    """The year a match names, else the one its "of that year" or its anchor implies."""
    explicit = year_of(g.get(key), g.get("era"))
    if explicit is not None:
        return explicit, True
    ofrel = g.get("ofrel")
    if ofrel:
        words = " ".join(ofrel.lower().split()[:-1])
        base = anchor.anaphoric() if words in ("the following", "the next", "the previous") else anchor.deictic()
        base = anchor.that_year(at) if words in ("that", "the same") else base
        if base is not None:
            moved = base.shift("Y", _REL_YEAR_OFFSETS.get(words, 0))
            return (moved.year if moved else None), False
        return None, False
    base = anchor.for_month(at) if month is not None and at else anchor.implicit()
    if base is None:
        return None, False
    return (base.year if anchor.narrative else _news_year(base, month, day, future)), False


def _future(text: str, c: Candidate) -> int:
    """2 when the clause looks forward, 1 after a deadline preposition, else 0."""
    return 2 if looks_future(text, c.start, c.end) else int(leans_future(text, c.start))


def _fmt(year: int | None, rest: str = "") -> str:
    if year is None:
        return "XXXX" + rest
    return Point(year).iso() + rest


def _pod_suffix(g: dict) -> str:
    pod = g.get("pod")
    return lx.PARTS_OF_DAY.get(pod.lower(), "") if pod else ""


def _simple(c: Candidate, type_: str, value: str, mod: str | None, point: Point | None, given: bool, anchor: Anchor) -> list[Reading]:
    if mod in ("H1", "H2"):
        value, mod = f"{value}-{mod}", None
    used = None if given or point is None else (anchor.implicit().iso() if anchor.implicit() else None)
    return [Reading(c.start, c.end, type_, value, mod, used, point, year_given=given)]


def _date(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    month, day = month_of(g["month"]), day_of(g["day"])
    future = _future(text, c)
    year, given = _year(g, anchor, month=month, at=c.start, day=day, future=future)
    if day is None or month is None or day > 31:
        return []
    pod = (_pod_suffix(g) or _overnight(g, day)) if anchor.narrative else ""  # news values the day (see _weekday)
    value = _fmt(year, f"-{month:02d}-{day:02d}") + pod
    point = Point(year, month, day) if year is not None else None
    return _simple(c, "TIME" if pod else "DATE", value, mod_of(g.get("pos")), point, given, anchor)


def _roman(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """"the Ides of March, 44 BC": a Roman named day is that day of the month (`roman_day`)."""
    day = roman_day(c.groups["roman"], month_of(c.groups["month"]))
    return _date(replace(c, groups={**c.groups, "day": str(day)}), text, anchor)


def _overnight(g: dict, day: int) -> str:
    """"13/14 May" is the night from the 13th to the 14th: TimeML values a night by the day
    it begins on ("1940-05-13TNI")."""
    second = day_of(g.get("night2"))
    return "TNI" if second is not None and (second == day + 1 or (second == 1 and day >= 28)) else ""


def _ordinal_day(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """"on the 13th": that day of the month in focus (the story's, or the dct's in news)."""
    day = day_of(c.groups["day"])
    base = anchor.for_month(c.start) if anchor.narrative else anchor.implicit()
    if base is None or base.month is None:
        return [Reading(c.start, c.end, "DATE", f"XXXX-XX-{day:02d}", year_given=False)]
    point = Point(base.year, base.month, day)
    if point.date() is None:
        return []
    return [Reading(c.start, c.end, "DATE", point.iso(), None, base.iso(), point, year_given=False)]


def _month(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    month = month_of(g["month"])
    rel = (g.get("rel") or "").lower()
    if rel in ("this", "last", "next") and anchor.deictic() is not None:
        base = anchor.deictic()
        year = base.year
        if rel == "last" and base.month is not None and month >= base.month:
            year -= 1
        elif rel == "next" and base.month is not None and month <= base.month:
            year += 1
        given = False
    else:
        year, given = _year(g, anchor, month=month, at=c.start, future=_future(text, c))
    point = Point(year, month) if year is not None else None
    return _simple(c, "DATE", _fmt(year, f"-{month:02d}"), mod_of(g.get("pos")), point, given, anchor)


def _year_rule(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    year = year_of(c.groups["year"], c.groups.get("era"))
    mod = "APPROX" if c.groups.get("approx") else mod_of(c.groups.get("pos"))
    return _simple(c, "DATE", Point(year).iso(), mod, Point(year), True, anchor)


def _decade(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    raw = g["decade"].lower()
    if raw[0].isdigit():
        digits = raw[:3]
    elif raw.startswith("'"):
        digits = f"19{raw[1]}"
    else:
        tens = {"twen": 2, "thir": 3, "for": 4, "fif": 5, "six": 6, "seven": 7, "eigh": 8, "nine": 9}
        ten = next(v for k, v in tens.items() if raw.startswith(k))
        base = anchor.anaphoric()
        century = (abs(base.year) // 100) if base else 19
        digits = f"{century:02d}{ten}"
    bc = bool(g.get("era") and "B" in g["era"].upper())
    value = ("BC" + digits.zfill(3)) if bc else digits.zfill(3)
    return _simple(c, "DATE", value, mod_of(g.get("pos")), None, True, anchor)


def _century(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    bc = bool(g.get("era") and "B" in g["era"].upper())
    if g.get("cent"):
        raw = g["cent"].lower()
        number = day_of(raw) or lx.ORDINAL_WORDS.get(raw)
        value = ("BC" if bc else "") + f"{number - 1:02d}"
        return _simple(c, "DATE", value, mod_of(g.get("pos")), None, True, anchor)
    return relative.rel_century(c, anchor)


def _late_in_year(point: Point | None) -> bool:
    return point is not None and point.month is not None and point.month >= 10


def _season(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    code = lx.SEASONS[g["season"].lower()]
    rel = (g.get("rel") or "").lower().split()
    year, given = _year(g, anchor, at=c.start)
    if rel and rel[-1] in ("last", "next", "this", "past", "coming") and not g.get("year"):
        base = anchor.deictic() if rel[0] != "the" else anchor.anaphoric()
        if base is not None:
            year = base.year + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel[-1], 0)
    elif rel and rel[-1] in ("following", "previous", "preceding") and year is not None:
        year += 1 if rel[-1] == "following" else -1
    elif code == "WI" and not given and anchor.narrative and _late_in_year(anchor.ref) and year is not None:
        year += 1  # after an autumn date "the winter" is the one that runs into the next year
    # "the spring of 1918" moves a 1917 story on; "a high in summer 2007" compared back does not
    ahead = given and (anchor.ref is None or year >= anchor.ref.year)
    point = Point(year) if ahead else None
    return _simple(c, "DATE", _fmt(year, f"-{code}"), mod_of(g.get("pos")), point, given, anchor)


_HALF_OF = re.compile(r"\bof\b|\d|fiscal|\byear['’]s", re.IGNORECASE)  # "the first half of 1940", "the 1989 first half"


def _quarter(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[g["q"].lower()]
    half = g["qh"].lower() == "half"
    if half and (q > 2 or not _HALF_OF.search(text, c.start, c.end)):
        return []  # "the second half" of a post, a match or a book is no time without its year
    given = bool(g.get("year") or g.get("year2"))
    year = year_of(g.get("year") or g.get("year2"))
    if year is None:
        year, given = _year(g, anchor, month=None if half else 3 * q - 1)
        rel = (g.get("rel") or g.get("yrel") or "").lower()
        if ("last" in rel or "previous" in rel) and year is not None:
            year -= 1
        elif "next" in rel and g.get("yrel") and year is not None:
            year += 1
    suffix = f"-H{q}" if half else f"-Q{q}"
    start = c.start
    if re.search(r"\w-quarter", text[c.start : c.end]):  # adjectival "its third-quarter profit"
        lead = re.match(r"(?:the|its|their|that|this)\s+", text[c.start : c.end], re.IGNORECASE)
        start += lead.end() if lead else 0
    return [Reading(start, c.end, "DATE", _fmt(year, suffix), year_given=given)]


def _iso(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    value = c.groups["iso"]
    if "T" in value:
        return [Reading(c.start, c.end, "TIME", value, point=Point.parse(value))]
    return [Reading(c.start, c.end, "DATE", value, point=Point.parse(value))]


def _numeric(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    month, day, year = int(g["m"]), int(g["d"]), int(g["y"])
    if month > 12 and day <= 12:
        month, day = day, month
    if month > 12 or day > 31 or month == 0 or day == 0:
        return []
    if year < 100:
        year += 1900 if year > 30 else 2000
    point = Point(year, month, day)
    return [Reading(c.start, c.end, "DATE", point.iso(), point=point)]


_DISPATCH = {
    "iso": _iso, "numeric": _numeric, "date_md": _date, "date_dm": _date, "month": _month,
    "year": _year_rule, "year3": _year_rule, "decade": _decade, "century": _century, "season": _season,
    "quarter": _quarter, "dayord": _ordinal_day, "roman": _roman,
}


def normalize(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """The readings of one candidate; [] when its pieces do not make a date."""
    handler = _DISPATCH.get(c.rule)
    if handler is not None:
        return handler(c, text, anchor)
    if c.rule in ("drange_md", "drange_dm", "yrange", "mrange"):
        from histdesk.extract.timex.ranges import explicit_range

        return explicit_range(c, anchor)
    return relative.normalize_relative(c, text, anchor)
