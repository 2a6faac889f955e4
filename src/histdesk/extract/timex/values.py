"""Reading the pieces a rule captured: years (with eras), numbers in words, days, months.

Also `Reading`, what the normaliser makes of one span, so that `normalize.py`,
`relative.py` and `ranges.py` share one shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from histdesk.extract.timex import lexicon as lx
from histdesk.extract.timex.anchor import Point


@dataclass(frozen=True)
class Reading:
    """One normalised span. `point` is set when the span names a calendar point that later
    anaphora may count from; `pair` marks the first end of a range whose second end follows;
    `year_given` says the span spelled out its own year."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    point: Point | None = None
    pair: bool = False
    year_given: bool = True
    lead: int | None = None  # where the interval starts when it includes "between"


_ERA_BC = re.compile(r"B\.?\s?C", re.IGNORECASE)


def year_of(text: str | None, era: str | None = None) -> int | None:
    """1924 for "1924", -490 for "490 BC" (or for "490" with era "BC"), 43 for "AD 43"."""
    if not text:
        return None
    digits = re.search(r"\d{1,4}", text)
    if digits is None:
        return _word_year(text)
    year = int(digits.group(0))
    if _ERA_BC.search(text) or (era and _ERA_BC.search(era)):
        return -year
    return year


def _word_year(text: str) -> int | None:
    """1996 for "nineteen ninety-six", 1905 for "nineteen hundred and five", 2001 for
    "two thousand and one" (spoken years; see `patterns._WORD_YEAR`)."""
    words = text.lower().replace("-", " ").split()
    if words[:1] in (["nineteen"], ["twenty"]) and words[1:2] != ["thousand"]:
        rest = [w for w in words[1:] if w not in ("hundred", "and")]
        tail = number_of(" ".join(rest)) if rest else 0
        return None if tail is None else lx.NUMBER_WORDS[words[0]] * 100 + int(tail)
    value = number_of(text)
    return int(value) if value else None


def number_of(text: str | None) -> float | None:
    """4 for "four" or "4", 24 for "twenty-four"/"twenty four", 1.5 for "one and a half";
    None for vague counts ("several", "a few")."""
    if not text:
        return None
    words = text.lower().replace("-", " ").split()
    if words and re.fullmatch(r"\d+(?:[.,]\d+)?", words[0]):
        return float(words[0].replace(",", "")) if "," not in words[0] or len(words[0].split(",")[1]) == 3 else float(words[0].replace(",", "."))
    total, current = 0.0, 0.0
    for word in words:
        if word in ("and",):
            continue
        if word == "half":
            current = current + 0.5 if current else 0.5
            continue
        value = lx.NUMBER_WORDS.get(word)
        if value is None:
            return None
        if value in (100, 1000):
            current = (current or 1) * value
            if value == 1000:
                total, current = total + current, 0.0
        elif word in ("a", "an") and current:
            continue
        else:
            current += value
    return total + current or None


def day_of(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    return int(digits.group(0)) if digits else None


def month_of(text: str | None) -> int | None:
    if not text:
        return None
    return lx.MONTHS.get(text.lower().rstrip("."))


def weekday_of(text: str | None) -> int | None:
    if not text:
        return None
    return lx.WEEKDAYS.get(text.lower().rstrip("."))


_POS_KEYS = (
    ("first half", "H1"), ("second half", "H2"), ("latter half", "H2"), ("early part", "START"),
    ("later part", "END"), ("latter part", "END"), ("early", "START"), ("beginning", "START"),
    ("start", "START"), ("dawn", "START"), ("turn", "START"), ("earlier", "START"),
    ("late", "END"), ("end", "END"), ("close", "END"), ("mid", "MID"), ("height", "MID"),
)


def mod_of(pos: str | None) -> str | None:
    """TimeML mod for a position word: "the end of" -> END, "mid-" -> MID, "early" -> START;
    "first half" gives the pseudo-mod H1, which callers turn into a value suffix."""
    if not pos:
        return None
    low = pos.lower()
    for key, mod in _POS_KEYS:
        if key in low:
            return mod
    return None


def fmt_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
