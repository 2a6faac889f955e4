"""Written fractions as shares: "two thirds of the tonnage", "about a quarter of the workforce".

A fraction is a percentage written in words, so it becomes a "%" figure (66.7, 25) with the
same group/property reading as "N percent of the ...". A singular fraction ("a third",
"one quarter", "half") needs "of" after it, else "a third time" or "a quarter mile" would
count; a plural one with a numerator ("two-thirds", "three quarters") stands alone. Halves
and quarters of hours and days are durations, not shares.
"""

from __future__ import annotations

import re

from histdesk.extract.figures.lexicon import TIME_UNITS, UNITS

_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                 "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5}  # fmt: skip
_NUMERATORS = "a|an|one|two|three|four"
_FRACTION = re.compile(
    rf"(?i:\b(?:(?P<num>{_NUMERATORS})[\s-]+)?(?P<den>halves|half|thirds?|quarters?|fourths?|fifths?)\b)"
)
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:first|second|last|other|latter|former|final)[\s-]+$")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?P<noun>[a-z]+)?")


def fraction_spans(text: str):
    """(start, end, value in percent) of each written fraction that is a share."""
    for match in _FRACTION.finditer(text):
        num, den = (match.group("num") or "").lower(), match.group("den").lower()
        after = _OF_AFTER.match(text, match.end())
        if after and (after.group("noun") or "") in TIME_UNITS:
            continue  # "half of the day", "a quarter of an hour": a duration
        if _ORDINAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "the first half of it": a part of a span, not a share
        if not num and den != "half":
            continue  # a bare "third" / "quarter" is an ordinal or a district
        numerator = 1 if num in ("", "a", "an") else UNITS[num]
        plural = den.endswith("s")
        if (numerator == 1) == plural or (not plural and not after):
            continue  # "two third", "one thirds", or a singular fraction without "of"
        value = round(100 * numerator / _DENOMINATORS[den], 1)
        yield match.start(), match.end(), value
