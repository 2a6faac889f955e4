"""Quantities of time -> TIMEX3: durations ("four days", "several weeks", "the past few
years"), shifted dates ("two years later", "a decade ago") and sets ("every week", "annually").
"""

from __future__ import annotations

import re

from histdesk.extract.timex import lexicon as lx
from histdesk.extract.timex.anchor import Anchor, Point
from histdesk.extract.timex.patterns import Candidate
from histdesk.extract.timex.relative import shifted
from histdesk.extract.timex.values import Reading, fmt_number, number_of

# unit -> (duration letters, multiplier, calendar unit used when shifting a date)
_DUR = {
    "second": ("S", 1, None), "minute": ("M", 1, None), "hour": ("H", 1, None),
    "day": ("D", 1, "D"), "night": ("D", 1, "D"), "week": ("W", 1, "W"), "weekend": ("D", 2, "D"),
    "fortnight": ("W", 2, "W"), "month": ("M", 1, "M"), "quarter": ("Q", 1, "M"),
    "season": ("X", 1, None), "year": ("Y", 1, "Y"), "decade": ("Y", 10, "DE"),
    "century": ("Y", 100, "CE"), "millennium": ("Y", 1000, None),
}
_VAGUE_DUR = {"decade": "PXDE", "century": "PXCE", "millennium": "PXML"}
_VAGUE_WORDS = ("a few", "several", "few", "many", "a couple of", "couple of", "numerous", "some", "countless", "the next few")
_BACKWARD = ("ago", "earlier", "before", "previously")
_FORWARD = ("later", "after", "afterwards", "afterward", "hence", "from now")


_NUMW = "|".join(w for w in lx.NUMBER_WORDS if " " not in w and w not in ("a", "an", "half"))
# an amount, then at most three words of what is counted, right before "a day": a rate, not a span
_AMOUNT_BEFORE = re.compile(
    rf"(?:\d(?:[\d,.]*\d)?%?|\b(?:{_NUMW}|dozens|hundreds|thousands|millions)\b)(?:\s+(?!(?:in|on|at|for|within|after|before|about|over|than|by|to)\b)[\w$£€%-]+){{0,3}}\s+$",
    re.IGNORECASE,
)


def _unit(word: str) -> str:
    low = word.lower()
    return lx.UNIT_PLURALS.get(low, low)


def duration_value(count: float | None, unit: str) -> str:
    letters, mult, _ = _DUR[unit]
    time_part = "T" if unit in ("second", "minute", "hour") else ""
    if count is None:
        return _VAGUE_DUR.get(unit) or f"P{time_part}X{letters}"
    if unit == "quarter":
        return f"P{fmt_number(count)}Q"
    return f"P{time_part}{fmt_number(count * mult)}{letters}"


def _year_before(period: str) -> str:
    return f"{int(period[:4]) - 1:04d}{period[4:]}"


def _shift_reading(c: Candidate, count: float | None, unit: str, direction: str, anchor: Anchor, mod: str | None) -> list[Reading]:
    back = direction in _BACKWARD
    if count == 1 and unit == "year" and back and anchor.period and not anchor.narrative:
        # results news compares with "a year ago": the same quarter one year back
        return [Reading(c.start, c.end, "DATE", _year_before(anchor.period), mod, anchor.period, year_given=False)]
    base = anchor.deictic() if direction == "ago" else anchor.implicit()
    if count is None:  # "a few weeks later": the gold's FUTURE_REF, anchored on the story's date
        anchored = base.iso() if base else None  # (the TIMEX2 anchor_val); the story does not move
        return [Reading(c.start, c.end, "DATE", "PAST_REF" if back else "FUTURE_REF", mod, anchored, year_given=False)]
    cal = _DUR[unit][2]
    if cal is None:
        return [Reading(c.start, c.end, "DURATION", duration_value(count, unit), mod, year_given=False)]
    sign = -1 if back else 1
    value = shifted(base, cal, sign * count)
    if c.groups.get("today") and value is not None:
        value = _same_day(base, cal, sign * count) or value
    if value is None:
        value = "PAST_REF" if direction == "ago" and base is None else {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(cal, "XXXX")
    point = Point.parse(value) if cal in ("D", "M", "Y") else None
    return [Reading(c.start, c.end, "DATE", value, mod, base.iso() if base else None, point, year_given=False)]


def _same_day(base: Point | None, cal: str, amount: float) -> str | None:
    """"Eighty years ago today": the dct's day, moved by whole years or months."""
    if base is None or base.day is None or cal not in ("Y", "M") or not float(amount).is_integer():
        return None
    moved = base.shift("Y" if cal == "Y" else "M", int(amount))
    day = Point(moved.year, moved.month or base.month, base.day)
    return day.iso() if day.date() is not None else None


def _mod(g: dict) -> str | None:
    q = g.get("qmod")
    return lx.QUANT_MODS.get(" ".join(q.lower().split())) if q else None


def _duration(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    unit = _unit(g["unit"])
    raw = " ".join(g["num"].lower().split())
    count = number_of(raw)
    vague = count is None
    direction = " ".join((g.get("dir") or "").lower().split())
    if direction in ("after", "before") and re.match(r"\s+[\w$]", text[c.end : c.end + 3]):
        # "ten days before the murder": TimeML tags the quantity; the event is no timex
        end = g["_spans"]["unit"][1]
        return [Reading(c.start, end, "DURATION", duration_value(count, unit), _mod(g), year_given=False)] if not vague or raw in _VAGUE_WORDS else []
    if direction in _BACKWARD or direction in _FORWARD:
        return _shift_reading(c, None if vague else count, unit, direction, anchor, _mod(g))
    hyphenated = "-" in text[g["_spans"]["num"][1] : g["_spans"]["unit"][0]]
    if hyphenated and g.get("lead") and len(g["lead"].split()) == 1:
        c = Candidate(g["_spans"]["num"][0], c.end, c.rule, g)  # "the two days" -> "two days"
    if vague and raw not in _VAGUE_WORDS:
        return []
    if raw in ("a", "an") and not g.get("lead") and not g.get("qmod") and _AMOUNT_BEFORE.search(text, max(0, c.start - 60), c.start):
        return [Reading(c.start, c.end, "SET", duration_value(1, unit), year_given=False)]  # "400 million francs a day"
    return [Reading(c.start, c.end, "DURATION", duration_value(count, unit), _mod(g), year_given=False)]


def _bare(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    unit = _unit(g["unit"])
    lead = " ".join((g.get("lead") or "").lower().split())
    direction = (g.get("dir") or "").lower()
    if direction:
        return _shift_reading(c, None, unit, direction, anchor, _mod(g))
    if lead in ("future", "coming"):
        return [Reading(c.start, c.end, "DATE", "FUTURE_REF", _mod(g), year_given=False)]
    if lead.endswith("recent") and unit == "year":
        return [Reading(c.start, c.end, "DATE", "PAST_REF", _mod(g), year_given=False)]
    return [Reading(c.start, c.end, "DURATION", duration_value(None, unit), _mod(g), year_given=False)]


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _year_ago(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """"the year-ago quarter", "year-earlier results": the period in focus one year back.
    The extent keeps "the ... quarter/period" only when that noun follows."""
    g = c.groups
    start = c.start if g.get("noun") else g["_spans"]["ya"][0]
    q = _QUARTERS.get((g.get("noun") or "").split()[0].lower()) if g.get("noun") else None
    base = anchor.dct or anchor.ref
    if q is not None and base is not None:
        value = f"{base.year - 1:04d}-Q{q}"
    elif anchor.period and not anchor.narrative:
        value = _year_before(anchor.period)
    else:
        value = f"{base.year - 1:04d}" if base is not None else "XXXX"
    return [Reading(start, c.end, "DATE", value, None, anchor.period, year_given=False)]


def _year_period(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """"the 1988 quarter" is the focused quarter of 1988; "the latest period" is the focus
    itself (else the quarter before the dct's, the one just reported)."""
    g = c.groups
    focus = anchor.period if not anchor.narrative else None
    if g.get("year"):
        value = f"{g['year']}{focus[4:]}" if focus else g["year"]
    elif focus:
        value = focus
    elif g["noun"].lower() == "period" or anchor.dct is None or anchor.narrative:
        return []
    else:
        index = anchor.dct.year * 4 + (anchor.dct.month - 1) // 3 - 1
        value = f"{index // 4:04d}-Q{index % 4 + 1}"
    return [Reading(c.start, c.end, "DATE", value, None, focus, year_given=bool(g.get("year")))]


_ADVERBS = {"daily": "P1D", "everyday": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
            "annually": "P1Y", "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W"}


def _set(c: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    g = c.groups
    if c.rule == "setadv":
        return [Reading(c.start, c.end, "SET", _ADVERBS[g["adv"].lower()], year_given=False)]
    word = g["unit"].lower()
    if word in lx.WEEKDAYS:
        return [Reading(c.start, c.end, "SET", f"XXXX-WXX-{lx.WEEKDAYS[word] + 1}", year_given=False)]
    if word in lx.SEASONS or word in lx.MONTHS:  # "every spring", "each July" (XXXX-07)
        period = lx.SEASONS.get(word) or f"{lx.MONTHS.get(word, 0):02d}"
        return [Reading(c.start, c.end, "SET", f"XXXX-{period}", year_given=False)]
    if word in lx.PARTS_OF_DAY:
        return [Reading(c.start, c.end, "SET", f"XXXX-XX-XX{lx.PARTS_OF_DAY[word]}", year_given=False)]
    count = number_of(g.get("num")) if g.get("num") else 1
    return [Reading(c.start, c.end, "SET", duration_value(count or 1, _unit(word)), year_given=False)]


HANDLERS = {"yearago": _year_ago, "yearperiod": _year_period, "duration": _duration, "bare": _bare, "set": _set, "setadv": _set, "times": _set}
