"""Where numbers are not figures: dates, times, references and episode codes.

The timex tagger owns dates, but figures must not report a day number ("January 21"), a
page ("pp. 534-36") or a code ("1924 01"), so the few patterns needed to see them live
here. `Blocks(text).covers(start, end)` answers for one number.
"""

from __future__ import annotations

import re

from histdesk.extract.figures.lexicon import REFERENCE_MARKERS

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?![\d.,]\d)(?!\d)"
_JOIN = r"\s*(?:–|—|-|and|to|or|&)\s*"
_REF = "|".join(sorted(REFERENCE_MARKERS, key=len, reverse=True))
_RANGE = r"(?:\d+|[ivxlcIVXLC]+)(?:\s*[–—-]\s*\d+)?"

_PATTERNS = (
    rf"\b{MONTH}\s*{_DAY}(?:{_JOIN}{_DAY})*",  # January 21, Jan. 29–31
    rf"\b{_DAY}(?:{_JOIN}{_DAY})*\s+(?:of\s+)?{MONTH}",  # 18 and 31 December
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",  # 1924-01-21, 21/01/1924
    r"\b(?:1\d|20)\d{2}\s*[–—/-]\s*\d{2,4}\b",  # 1924–25, 1970-1979
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock)",
    r"(?:^|(?<=\n))[ \t]*\d{4} \d{2}\b|\b(?:1\d|20)\d{2} 0\d\b",  # episode codes "1924 01"
    rf"(?i:\b(?:{_REF})\b\.?)\s*{_RANGE}\b(?:\s*,\s*{_RANGE}\b)*",  # pp. 534–36, vol. 2
    r"[§#№]\s*\d+",
)
_BEFORE, _AFTER = 40, 32  # characters of context a blocked span can reach around a number
_BLOCK = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))


class Blocks:
    """Answers whether a span of `text` lies in a date, time, reference or code.

    Numbers are sparse, so instead of scanning the whole text the patterns run in a small
    window around each asked span (lookbehinds and `\\b` still see the text before it).
    """

    def __init__(self, text: str) -> None:
        self._text = text

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a blocked span."""
        lo, hi = max(0, start - _BEFORE), min(len(self._text), end + _AFTER)
        for match in _BLOCK.finditer(self._text, lo, hi):
            if match.start() >= end:
                return False
            if match.end() > start:
                return True
        return False
