"""Dated events: a sentence, one resolved date in it, and the entity mentions it contains.

An event is only as good as its date, so only DATE and TIME timexes whose value pins a calendar
position (a year, month, day, season, quarter, a time of a day, or an interval of them) make
events; durations, sets, PRESENT_REF and year-less values such as XXXX-01-21 do not. A
question states no event ("what happened in May 1940?"), and a negated date none either
("on June 28, not on June 27"). A sentence with two such
dates makes two events, each resting on its own timex; two timexes of one value make one.
"""

from __future__ import annotations

import re

from histdesk.model import Event, Mention, Timex

_POINT = r"(?:BC|-)?\d{2,4}[\dX]*(?:-[\dA-Z]{1,3}){0,2}(?:T[\dA-Z:]+)?"  # BC0049-01-10 too
_NEGATED = re.compile(r"\bnot\s+(?:on\s+|in\s+|at\s+|until\s+)?(?:the\s+)?$", re.I)
_CALENDAR = re.compile(rf"^{_POINT}(?:/{_POINT})?$")


def is_calendar_value(value: str) -> bool:
    """True for values that place something on the calendar ("1924-05", "192X", intervals)."""
    return bool(value) and not value.startswith("X") and bool(_CALENDAR.match(value))


def events_from(
    text: str,
    sentences: list[tuple[int, int]],
    timexes: tuple[Timex, ...],
    mentions: tuple[Mention, ...],
    dct: str | None = None,
) -> list[Event]:
    """One Event per (sentence, calendar DATE timex in it), with the sentence's mentions.

    A timex resolved against `dct` (a post's own date: "the episode was published today")
    is forum time, not history, and makes no event. A sentence told of "he" or "she" with
    no person named in it also involves the person it most likely means (`_antecedent`).
    """
    events = []
    for start, end in sentences:
        dated = _dated(text, start, end, timexes, dct)
        if not dated or text[start:end].rstrip().endswith("?"):
            continue
        inside = tuple(m for m in mentions if start <= m.start and m.end <= end)
        inside += _antecedent(text, start, end, inside, mentions)
        lead, trail = _strip(text, start, end)
        seen: set[str] = set()
        for timex in _most_precise(dated):
            if timex.value in seen:  # "two days later, on February 28": one event
                continue
            seen.add(timex.value)
            events.append(Event(lead, trail, text[lead:trail], timex.value, timex, inside))
    return events


def _dated(text: str, start: int, end: int, timexes, dct: str | None) -> list[Timex]:
    return [
        t
        for t in timexes
        if t.type in ("DATE", "TIME")
        and start <= t.start < end
        and is_calendar_value(t.value)
        and not (dct and t.anchor == dct)
        and not _NEGATED.search(text[max(start, t.start - 20) : t.start])
    ]


_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")


def _antecedent(text, start, end, inside, mentions) -> tuple[Mention, ...]:
    """For "In 1922, he was appointed ...": the last person named, not in the possessive
    ("Lenin's illness" describes, it is not who acts), within 300 characters before."""
    if any(m.type == "PERSON" for m in inside) or not _PRONOUN.search(text, start, end):
        return ()
    before = [
        m for m in mentions
        if m.type == "PERSON" and start - 300 <= m.start and m.end <= start
        and not _POSSESSIVE_AFTER.match(text[m.end : m.end + 2])
    ]
    return (max(before, key=lambda m: m.start),) if before else ()


def _most_precise(dated: list[Timex]) -> list[Timex]:
    """Drop a date that another date of the sentence refines: "four days later, at 20:17 on
    July 20" is one event at 1969-07-20T20:17, not a second one at 1969-07-20."""
    values = [t.value for t in dated]
    return [
        t for t in dated
        if not any(v != t.value and "/" not in v and v.startswith(t.value) for v in values)
    ]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace off a sentence span so quotes cite exactly the sentence."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
