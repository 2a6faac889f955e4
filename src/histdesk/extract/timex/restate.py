"""Dates that say no more than where the story already is, or deny a date: neither moves it.

- Apposition: "on July 4, 1863, the day after the charge" — an event-anchored relative set
  off by a comma right after a day-precise date restates that date. It keeps its extent
  ("the day after", as TimeML tags "ten days before the vote") and takes the date's value,
  as the WikiWars gold values "1962, four days after the vote" by the date it restates.
- Negation: "on June 28, not on June 27" — the denied date stays a timex (its value is what
  the text says), but the story does not go there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from histdesk.extract.timex.values import Reading

_COMMA = re.compile(r"\s*,\s*")
_EVENT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|[A-Z]\w*)\b")  # "the day after <the charge>"
_RELATIVE_RULES = ("unitrel",)  # "the day after", "the week before"
# "not on June 27" denies the date; "not until June 27", "not before" assert a time
_NOT = re.compile(r"\b(?:not|never)\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$", re.IGNORECASE)
_LOOKBACK = 20  # characters before a date searched for its negation


def appositive(text: str, prev: Reading | None, reading: Reading, rule: str) -> Reading | None:
    """`reading` valued as the date it restates when it is an event-anchored relative in
    apposition to the day-precise `prev` ("July 4, 1863, the day after Pickett's Charge");
    its point is None, so the story stays at `prev`. None when it is no such apposition."""
    if rule not in _RELATIVE_RULES or prev is None or prev.point is None or prev.point.day is None:
        return None
    if _COMMA.fullmatch(text, prev.end, reading.start) is None or _EVENT_AFTER.match(text, reading.end) is None:
        return None
    return replace(reading, type=prev.type, value=prev.value, mod=None, anchor=prev.value, point=None)


def negated(text: str, start: int) -> bool:
    """True for a date the text denies ("not on June 27", "never in 1862")."""
    return _NOT.search(text[max(0, start - _LOOKBACK) : start]) is not None
