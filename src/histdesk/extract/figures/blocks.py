"""Where numbers are not figures: dates, times, references and episode codes.

The timex tagger owns dates, but figures must not report a day number ("January 21",
"18 and 31 December"), a page ("pp. 534-36"), a time ("10:30") or a code ("1924 01"). Numbers
are sparse, so rather than scanning the whole text this module looks only at the words
around one number: a short walk back over the tokens before it, and anchored matches after.
"""

from __future__ import annotations

import re

from histdesk.extract.figures.lexicon import NAMED_REFERENCE_MARKERS, REFERENCE_MARKERS

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_JOIN = r"\s*(?:–|—|-|and|to|or|&)\s*"
_JOINS = frozenset("– — - and to or &".split())

_TOKENS = re.compile(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?|[–—&,-]")
# Right after a day number: more days, then the month ("18 and 31 December").
_DAY_THEN_MONTH = re.compile(rf"(?:{_JOIN}{_DAY})*\s+(?:of\s+)?{MONTH}")
# Right after any number: the rest of a numeric date, a time or a ratio ("2:1").
_DATE_OR_TIME_AFTER = re.compile(
    r"-\d{2}-\d{2}\b|[./]\d{1,2}[./]\d{2,4}\b|:\d"
    r"|(?:[.:]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock)"
)
# Right after a number: an era, maybe after a range ("499 BC", "499-493 BC", "496 and 495 BC").
_ERA_AFTER = re.compile(
    r"(?:\s*(?:–|—|-|to|and|or)\s*\d{1,4})?\s*(?:BCE?|AD|CE|B\.C\.|A\.D\.)(?![A-Za-z])"
)
# Right after a year: a year range or an episode number ("1924–25", "1924 01").
_AFTER_YEAR = re.compile(r"\s*[–—/-]\s*\d{2,4}\b| 0\d\b")
# Just before a number: the head of a numeric date, a year range, an episode code, a sign.
_BEFORE = re.compile(
    r"(?:\d{4}-(?:\d{2}-)?|(?<!\d)(?:1\d|20)\d{2}\s*[–—/-]\s*|\d{1,2}[:/.]|[§#№]\s*"
    r"|\b(?:AD|A\.D\.)\s*)$"
)
_YEARLIKE = re.compile(r"(?:1\d|20)\d{2}")
# An episode code heading a line: a year, a two-digit number, a capitalised title ("1929 10 The").
_CODE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:1\d|20)\d{2}[ \t]+$")
_TITLE_AFTER = re.compile(r"[ \t]+[A-Z“\"]")


class Blocks:
    """Answers whether a number of `text` belongs to a date, time, reference or code."""

    def __init__(self, text: str) -> None:
        self._text = text

    def covers(self, start: int, end: int) -> bool:
        """True when the number at [start, end) is part of a date, time, ref or code."""
        text, surface = self._text, self._text[start:end]
        if _DATE_OR_TIME_AFTER.match(text, end) or _BEFORE.search(text, max(0, start - 9), start):
            return True
        if _ERA_AFTER.match(text, end):
            return True
        if len(surface) <= 2 and _DAY_THEN_MONTH.match(text, end):
            return True
        if _YEARLIKE.fullmatch(surface) and _AFTER_YEAR.match(text, end):
            return True
        if surface.startswith("0") and len(surface) == 2 and _YEARLIKE.fullmatch(
            text[max(0, start - 5) : start - 1]
        ):
            return True  # the "01" of "1924 01"
        if len(surface) == 2 and _TITLE_AFTER.match(text, end) and _CODE_BEFORE.search(
            text, max(0, start - 8), start
        ):
            return True  # the "10" of a "1929 10 The Wall Street Crash" heading
        return _walk_back(text, start)


def _walk_back(text: str, start: int) -> bool:
    """A month before a chain of day numbers ("Jan. 29–31"), or a reference marker before a
    chain of numbers, ranges and commas ("pp. 534–36, 540"), reached without other words."""
    tokens = _TOKENS.findall(text, max(0, start - 40), start)
    days_only = True  # a month counts only across joined day numbers
    for token in reversed(tokens[-9:]):
        lower = token.lower().rstrip(".")
        if lower in REFERENCE_MARKERS or (lower in NAMED_REFERENCE_MARKERS and token[0].isupper()):
            return True
        if lower in MONTHS and token[0].isupper():
            return days_only
        if token[0].isdigit():
            days_only = days_only and len(token.rstrip("stndrh")) <= 2
        elif token == "," or _roman(token):
            days_only = False
        elif token not in _JOINS:
            return False
    return False


def _roman(token: str) -> bool:
    return all(c in "ivxlcIVXLC" for c in token.rstrip("."))
