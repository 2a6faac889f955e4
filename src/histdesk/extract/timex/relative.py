"""Relative and quantified expressions -> TIMEX3: deictic words, "the following year",
weekdays, clock times, durations, "two years later", sets ("every week", "annually").

Deictic expressions ("this year", "yesterday", "ago") count from `Anchor.deictic()`;
anaphoric ones ("that year", "the next day", "later") from `Anchor.anaphoric()`.
"""

from __future__ import annotations

import re

from histdesk.extract.timex import lexicon as lx
from histdesk.extract.timex.anchor import Anchor, Point
from histdesk.extract.timex.patterns import Candidate
from histdesk.extract.timex.tense import deadline_ahead, looks_future
from histdesk.extract.timex.values import (
    Reading,
    day_of,
    mod_of,
    month_of,
    number_of,
    weekday_of,
    year_of,
)

_WORD_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "these days": "PRESENT_REF", "present day": "PRESENT_REF", "present-day": "PRESENT_REF",
    "the present": "PRESENT_REF", "current": "PRESENT_REF", "the past": "PAST_REF", "recently": "PAST_REF",
    "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "in the past": "PAST_REF", "the future": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}
_DAY_WORDS = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}
_UNIT_CODES = {"day": "D", "night": "D", "week": "W", "weekend": "W", "month": "M", "year": "Y",
               "fiscal year": "Y", "decade": "DE", "quarter": "Q", "century": "CE"}


def rel_kind(rel: str) -> tuple[int, bool]:
    """(offset, anaphoric) for a relative word: "last" (-1, deictic), "the following" (+1, anaphoric)."""
    words = rel.lower().split()
    head = words[-1] if words else ""
    the = words[:1] == ["the"] or words[:1] == ["that"]
    if head in ("this", "current", "present", "latest") or (words[:1] == ["earlier"] or words[:1] == ["later"]):
        return 0, bool(words[1:2] in (["that"], ["in"]))
    if head in ("same", "that", "those"):
        return 0, True
    if head in ("last", "past"):
        return -1, False
    if head in ("previous", "preceding", "prior"):
        return -1, True
    if head in ("next", "coming", "upcoming"):
        return 1, the and head == "next"
    if head in ("following", "ensuing", "succeeding"):
        return 1, True
    return 0, True


def _at(base: Point | None, unit: str, offset: int) -> str | None:
    """The value of the unit-sized period `offset` units from `base`, or None if too coarse."""
    if base is None:
        return None
    if unit == "Q":
        if base.month is None:
            return None
        index = base.year * 4 + (base.month - 1) // 3 + offset
        return f"{Point(index // 4).iso()}-Q{index % 4 + 1}"
    moved = base.shift(unit, offset)
    if moved is None:
        return None
    if unit == "D":
        return moved.iso()
    if unit == "W":
        return moved.week()
    if unit == "M":
        return moved.iso()
    if unit == "DE":
        return Point(moved.year).iso()[:-1]
    if unit == "CE":
        return Point(moved.year).iso()[:-2]
    return Point(moved.year).iso()


def _blank(unit: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}.get(unit, "XXXX")


def rel_century(c: Candidate, anchor: Anchor) -> list[Reading]:
    offset, anaphoric = rel_kind(c.groups.get("rel") or "this")
    base = anchor.anaphoric() if anaphoric else anchor.deictic()
    value = _at(base, "CE", offset) or "XX"
    return [Reading(c.start, c.end, "DATE", value, mod_of(c.groups.get("pos")))]


def _reading(c: Candidate, type_: str, value: str, mod: str | None = None, base: Point | None = None, point: Point | None = None) -> list[Reading]:
    return [Reading(c.start, c.end, type_, value, mod, base.iso() if base else None, point, year_given=False)]


def _deictic(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    word = " ".join(g["word"].lower().split())
    mod = mod_of(g.get("pos"))
    pod = lx.PARTS_OF_DAY.get((g.get("pod") or "").lower(), "")
    if word in _WORD_REFS:
        return _reading(c, "DATE", _WORD_REFS[word], mod)
    if word in ("today", "tonight") and anchor.narrative and not pod:
        return _reading(c, "DATE", "PRESENT_REF", mod)
    base = anchor.deictic()
    value = _at(base, "D", _DAY_WORDS.get(word, 0)) if base else None
    pod = pod or ("TNI" if word in ("tonight", "overnight") else "")
    point = Point.parse(value) if value else None
    return _reading(c, "TIME" if pod else "DATE", (value or "XXXX-XX-XX") + pod, mod, base, point)


def _relpod(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    offset, anaphoric = rel_kind(g["rel"])
    if g["rel"].lower() == "this":
        offset, anaphoric = 0, False
    base = anchor.anaphoric() if anaphoric else anchor.deictic()
    value = _at(base, "D", offset)
    point = Point.parse(value) if value else None  # "the following morning" moves the story on
    pod = lx.PARTS_OF_DAY[g["pod"].lower()]
    return _reading(c, "TIME", (value or "XXXX-XX-XX") + pod, mod_of(g.get("pos")), base, point)


def _relunit(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    unit_word = " ".join(g["unit"].lower().split())
    unit = _UNIT_CODES[unit_word]
    rel = " ".join(g["rel"].lower().split())
    offset, anaphoric = rel_kind(rel)
    if rel in ("the past", "the last") and unit in ("DE", "CE"):
        return _reading(c, "DURATION", "P10Y" if unit == "DE" else "P100Y")
    if unit == "Q" and rel.split()[-1] in ("this", "that", "same", "latest") and anchor.period and not anchor.narrative:
        return _reading(c, "DATE", anchor.period, mod_of(g.get("pos")), anchor.deictic())  # the quarter reported on
    if unit == "Q" and rel.split()[-1] == "latest":
        offset = -1  # "the latest quarter" is the last one reported, not the current one
    base = anchor.anaphoric() if anaphoric else anchor.deictic()
    if anaphoric and unit == "Y" and offset == 0:
        base = anchor.that_year(c.start)  # "the same year" right after a year named in passing
    value = _at(base, unit, offset) or _blank(unit)
    if unit_word == "weekend":
        value = value + "-WE" if "W" in value else value
    mod = mod_of(g.get("pos")) or ("START" if rel.startswith("earlier") else "END" if rel.startswith("later") else None)
    point = Point.parse(value) if unit in ("D", "M", "Y") else None
    return _reading(c, "DATE", value, mod, base, point)


_ENDED = re.compile(r"\s+end(?:ed|ing)\b", re.IGNORECASE)


def _thequarter(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """"the quarter", "the weekend", "the fiscal year": the current one, in news."""
    g = c.groups
    unit_word = " ".join(g["unit"].lower().split())
    if anchor.narrative:
        return []
    if unit_word.endswith("year") and _ENDED.match(text, c.end):
        return _reading(c, "DURATION", "P1Y")  # "the year ended Sept. 30": a span, its end dated apart
    offset = -1 if unit_word == "quarter" else 0  # news reports the quarter just ended
    day = anchor.deictic().date() if anchor.deictic() else None
    if unit_word == "weekend" and day is not None:  # the weekend just past, unless looking ahead
        ahead = looks_future(text, c.start, c.end)
        offset = (1 if day.weekday() >= 5 else 0) if ahead else (0 if day.weekday() >= 5 else -1)
    if unit_word == "quarter" and anchor.period:
        return _reading(c, "DATE", anchor.period, None, anchor.deictic())
    value = _at(anchor.deictic(), _UNIT_CODES[unit_word], offset) or _blank(_UNIT_CODES[unit_word])
    return _reading(c, "DATE", value + ("-WE" if unit_word == "weekend" else ""), None, anchor.deictic())


def _posunit(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """"the end of the year", "year-end", "the middle of the month": the current unit (news)
    or the story's (narrative), with the position as mod."""
    g = c.groups
    unit = _UNIT_CODES[(g.get("unit") or g.get("unit2") or g["unit3"]).lower()]
    base = anchor.ref if anchor.narrative else anchor.deictic()
    if anchor.narrative and _at(base, unit, 0) is None and anchor.dct is not None and looks_future(text, c.start, c.end):
        base = anchor.dct  # a dated post looking ahead ("I will finish by the end of the month"): the writer's
    value = _at(base, unit, 0) or _coarse(base, unit)
    mod = "END" if g.get("yend") else mod_of(g.get("pos"))
    return _reading(c, "DATE", value, mod, base)


def _coarse(base: Point | None, unit: str) -> str:
    """A story known only to its year keeps that year: "1921 ... the end of the month" -> "1921-XX"."""
    if base is not None and unit in ("M", "W") and base.month is None:
        return base.iso() + ("-XX" if unit == "M" else "-WXX")
    return _blank(unit)


def _unitrel(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    unit = _UNIT_CODES[g["unit"].lower()]
    offset = -1 if g["after"].lower() in ("before", "earlier") else 1
    base = anchor.anaphoric()
    value = _at(base, unit, offset) or _blank(unit)
    point = Point.parse(value) if unit in ("D", "M", "Y") else None
    return _reading(c, "DATE", value, None, base, point)


def _weekday(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    wanted = weekday_of(g["weekday"])
    rel = (g.get("rel") or "").lower()
    pod = lx.PARTS_OF_DAY.get((g.get("pod") or "").lower(), "")
    base = anchor.deictic() if not anchor.narrative else anchor.ref
    day = base.date() if base else None
    if day is None:
        return _reading(c, "TIME" if pod else "DATE", f"XXXX-WXX-{wanted + 1}{pod}", mod_of(g.get("pos")))
    ahead = anchor.narrative or looks_future(text, c.start, c.end) or deadline_ahead(text, c.start, c.end)
    future = any(w in rel for w in ("next", "coming", "following")) or (not rel and ahead)
    delta = (wanted - day.weekday()) % 7
    if future:
        delta = delta or (7 if rel else 0)
    else:
        delta = -((day.weekday() - wanted) % 7) if delta else 0
        if "last" in rel and delta == 0:
            delta = -7
    value = _at(base, "D", delta) or "XXXX-XX-XX"
    if not anchor.narrative:
        pod = ""  # TimeBank news values "Friday night" as the day: a DATE, the part of day unvalued
    return _reading(c, "TIME" if pod else "DATE", value + pod, mod_of(g.get("pos")), base, Point.parse(value))


def _clock_value(g: dict) -> str | None:
    hour, minute = int(g["hour"]), int(g.get("minute") or 0)
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or (ampm in ("am", "pm") and int(g["hour"]) > 12):
        return None
    return f"T{hour:02d}:{minute:02d}"


def _day_for_time(c: Candidate, text: str, anchor: Anchor) -> tuple[str, Point | None]:
    g = c.groups
    if g.get("weekday"):
        found = _weekday(c, text, anchor)[0].value
        return found, anchor.deictic()
    month, dom = g.get("month") or g.get("month2"), g.get("day") or g.get("day2")
    if month and dom:  # "5 p.m. EST Nov. 9", "9:40 p.m. on 25 October": that day, in the anchor's year
        year = year_of(g.get("year"))
        base = anchor.implicit() if year is None else Point(year)
        day = Point(base.year, month_of(month), day_of(dom)) if base else None
        return (day.iso() if day and day.date() else "XXXX-XX-XX"), base
    if g.get("word") and g["word"].lower() in _DAY_WORDS:
        base = anchor.deictic()
        return (_at(base, "D", _DAY_WORDS[g["word"].lower()]) or "XXXX-XX-XX"), base
    base = anchor.ref if anchor.narrative else anchor.deictic()
    return ((base.iso() if base and base.day else None) or "XXXX-XX-XX"), base



def _noon_value(g: dict) -> str | None:
    """Noon/midnight, shifted by "N minutes after/before". Midnight with a written date
    ("midnight on May 12") is that day's start, T00:00; alone it keeps TimeML's T24:00."""
    word = g["noon"].lower()
    dated = bool(g.get("month") or g.get("month2"))
    if not g.get("offn") and not (dated and word == "midnight"):
        return lx.PARTS_OF_DAY[word]
    minutes = (0 if word == "midnight" else 12 * 60)
    offset = number_of(g.get("offn")) if g.get("offn") else 0
    if offset is None or not float(offset).is_integer() or offset >= 12 * 60:
        return None
    minutes += int(offset) * (-1 if (g.get("offdir") or "").lower() in ("before", "to") else 1)
    if minutes < 0:  # "five minutes to midnight": the evening before that day's end
        minutes += 24 * 60
    return f"T{minutes // 60:02d}:{minutes % 60:02d}"


def _time(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    if c.rule == "noon":
        clock = _noon_value(g)
    else:
        clock = _clock_value(g)
    if clock is None:
        return []
    day, base = _day_for_time(c, text, anchor)
    return _reading(c, "TIME", day + clock, mod_of(g.get("pos")), base, Point.parse(day))  # a story's day


def normalize_relative(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """Dispatch for the relative, clock and quantity rules."""
    from histdesk.extract.timex import named_days, quantity, weeks

    handlers = {
        "deictic": _deictic, "thequarter": _thequarter, "posunit": _posunit, "relpod": _relpod, "relunit": _relunit, "unitrel": _unitrel,
        "weekday": _weekday, "time": _time, "clock": _time, "noon": _time,
    }
    handler = handlers.get(c.rule) or quantity.HANDLERS.get(c.rule) or named_days.HANDLERS.get(c.rule) or weeks.HANDLERS.get(c.rule)
    return handler(c, text, anchor) if handler else []


def shifted(base: Point | None, unit: str, amount: float) -> str | None:
    """The value `amount` whole units from `base` (for "two years later", "a week ago")."""
    if base is None or not float(amount).is_integer():
        return None
    return _at(base, unit, int(amount))
