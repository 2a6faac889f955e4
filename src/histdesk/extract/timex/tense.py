"""Which way an underspecified date points: the clause's tense, read from cue words.

News omits the year of "Monday", "in March", "Nov. 3"; whether the reporter means the one
before or after the document date is carried by the verb ("will meet Monday", "planned to
leave Thursday" vs "said Monday"). Without a parser we read the clause that leads up to the
expression: a modal, a plan or schedule word, or "as soon as" there makes it forward-looking.
Forward-looking years ("planned for 1976", "delayed until 1958") are also what narrative
anchoring must not move to.
"""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"(?:\b(?:will|won't|shall|would|going\s+to|plans?\s+to|planned|planning|scheduled|"
    r"(?<!-)expected|expects?|set\s+to|due|is\s+to|are\s+to|was\s+to|were\s+to|as\s+soon\s+as|as\s+early\s+as|"
    r"effective|intends?|intended|aims?\s+to|hopes?\s+to|promised|postponed\s+until|delayed\s+until|"
    r"deadline|payable|next|upcoming|forthcoming)\b|'ll\b)",
    re.IGNORECASE,
)
_FORWARD_YEAR = re.compile(
    r"\b(?:until|till|lasted|lasting|planned|scheduled|expected|due|deadline|promised|postponed|"
    r"delayed|would|will|was\s+to|were\s+to|intended|aimed|hoped)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"(?<=[a-z0-9)])[.!?]\s|[,;:]\s|\n|\"|``|''")  # "P. Davison" ends nothing
_REACH = 90  # characters of the leading clause that are read


def clause_before(text: str, start: int) -> str:
    """The part of the sentence/clause before `start`, at most `_REACH` characters."""
    window = text[max(0, start - _REACH) : start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def looks_future(text: str, start: int, end: int) -> bool:
    """True when the clause leading to text[start:end] is forward-looking. A possessive
    ("Wednesday's ruling") names a known event, so it is never forward-looking."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    return _FUTURE.search(clause_before(text, start)) is not None


_TOWARD = re.compile(r"\b(?:by|through|thru|until|till|before|from\s+now\s+until)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-)?$", re.IGNORECASE)


def leans_future(text: str, start: int) -> bool:
    """A deadline preposition ("by February", "through January") points at a date that may
    lie ahead; callers take the coming one only when it is near."""
    return _TOWARD.search(text[max(0, start - 30) : start]) is not None


def forward_year(text: str, start: int) -> bool:
    """True for a date named as a target rather than as the story's time: "delayed until
    1958", "planned for 1976", "lasted until the fall of Budapest in February 1945"."""
    return _FORWARD_YEAR.search(clause_before(text, start)) is not None



# "had signed in 1918", "as in 1918", "ever since 1995", "the 1918 armistice": looks back
_PERFECT = re.compile(r"\b(?:had|hadn't)\s+(?:[\w-]+\s+){0,8}$", re.IGNORECASE)
_RETRO = re.compile(r"\b(?:as\s+(?:in|of)|since|first\s+[\w-]+\s+in)\s+$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:[\w-]+\s+){0,3}$")  # "In 1943,", "By late 1943", a heading


def opens_sentence(text: str, start: int) -> bool:
    """True when a date leads its sentence or line ("In 1943, ...", "1872: A new treaty"):
    the narration moves on to it rather than glancing at it from inside a clause."""
    return _OPENING.search(text[max(0, start - 60) : start]) is not None


def retrospective(text: str, start: int, end: int, bare_year: bool) -> bool:
    """True for a date its clause looks back at: a past perfect ("had signed ... on 11
    November 1918"); for a bare year also "as in 1918", "since 1995", "the 1918 armistice"."""
    before = clause_before(text, start)
    if _PERFECT.search(before):
        return True
    if not bare_year:
        return False
    if _ATTRIBUTIVE.search(before):
        return _NOUN_AFTER.match(text, end) is not None
    return _RETRO.search(before) is not None


def deadline_ahead(text: str, start: int, end: int) -> bool:
    """A weekday after a deadline preposition ("return by noon Saturday") lies ahead,
    unless a past perfect looks back at it ("had filed reports by Wednesday")."""
    return leans_future(text, start) and not retrospective(text, start, end, bare_year=False)
