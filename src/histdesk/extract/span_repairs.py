"""Repairs to entity spans that a small model cuts in the wrong place.

Each function takes the text and (start, end, label) spans and returns repaired spans; none
needs spaCy, so each is tested on strings. `entities.mentions_from_doc` applies them:
- `split_of_person`: "Workers' Group of Ivan Orlov" is a body and its leader, two mentions;
- `join_ordinals`: an ordinal the model labelled apart ("Tenth" + "Assembly") rejoins;
- `join_of`: "Second Assembly" + "of the" + "Grain Board" is one body when the head names one;
- `quoted_titles`: a name inside a short quoted title ("On Grain Taxes") takes the title;
- `join_particles`: "Charles" + "de Gaulle", "Île" + "d'Yeu": a particle joins a name;
- `join_designators`: "Army Group" + "A": a letter or number closes a body's name;
- `join_adjacent_persons`: "Marshal Philippe" + "Pétain" across one space is one name;
- `join_initials`: "U. S." + "Grant": initials the model left out open the name.
"""

from __future__ import annotations

import re

from histdesk.extract.initials import PARTICLES, parse_person
from histdesk.extract.names import is_acronym, shape_votes

Span = tuple[int, int, str]

_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_ORDINAL = re.compile(r"^(?:[A-Z][a-z]+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th)|First|Second|Third)$")
_OF_BETWEEN = re.compile(r"^\s+of(?:\s+the)?\s+$")
_OPEN, _CLOSE = "\"“«", "\"”»"
TITLE_WORDS = 12
_PARTICLE = "|".join(sorted(PARTICLES))
_NAME_WORD = r"[A-Z][\w’'-]*"
# One or more particles and the capitalised word they lead to: " de Gaulle", " d'Yeu",
# " van der Lubbe", " de l'Air".
_ELIDED_WORD = rf"[dl][’']{_NAME_WORD}"
_PARTICLE_TAIL = re.compile(
    rf"(?:\s+(?:(?:{_PARTICLE})\s+)+(?:{_ELIDED_WORD}|{_NAME_WORD})|\s+{_ELIDED_WORD})+"
)
# A capital letter, a roman numeral or a small number closing a body's name ("Army Group
# A", "Corps II", "Group 4"); "I" before a lower-case word is the pronoun.
_DESIGNATOR = re.compile(r" (?:(?!I [a-z])[A-Z]|[IVX]{2,4}|\d{1,2})(?![\w’'.-])(?!,\d)")


def _org_like(name: str) -> bool:
    return shape_votes(name).get("ORG", 0.0) > 0


def _person_like(name: str, label: str) -> bool:
    """A full person name: given names and a surname, and evidence beyond capital letters
    (the model called the whole span a person, or initials or a surname ending)."""
    parsed = parse_person(name)
    if parsed is None or not parsed.given:
        return False
    return label == "PERSON" or shape_votes(name).get("PERSON", 0.0) >= 1.5


def split_of_person(text: str, spans: list[tuple[int, int, str, int]]):
    """Cut 'Head of Given Surname' into the head (ORG) and the person (PERSON) when the
    head names a body and the tail is a person's name; other spans pass unchanged."""
    out = []
    for start, end, label, rank in spans:
        cut = None
        for match in _OF.finditer(text, start, end):
            head, tail = text[start : match.start()], text[match.end() : end]
            if _org_like(head) and _person_like(tail, label):
                cut = match
        if cut is None:
            out.append((start, end, label, rank))
            continue
        out += [(start, cut.start(), "ORG", rank), (cut.end(), end, "PERSON", rank)]
    return out


def join_ordinals(text: str, spans: list[Span], ordinals: list[tuple[int, int]]) -> list[Span]:
    """A span right after an ordinal word ('Tenth', '7th') and one space starts at it."""
    before = {end + 1: start for start, end in ordinals if _ORDINAL.match(text[start:end])}
    out = []
    for start, end, label in spans:
        if start in before and text[start - 1] == " " and text[start : start + 1].isupper():
            start = before[start]
        out.append((start, end, label))
    return out


def join_particles(text: str, spans: list[Span]) -> list[Span]:
    """A span followed by lower-case particles and a capitalised word takes them in
    ('Charles' + ' de Gaulle'); spans inside what it takes in are absorbed."""
    out: list[Span] = []
    for start, end, label in sorted(spans):
        if out and start < out[-1][1]:
            continue
        match = _PARTICLE_TAIL.match(text, end)
        out.append((start, match.end() if match else end, label))
    return out


def join_designators(text: str, spans: list[Span]) -> list[Span]:
    """An ORG whose name names a body ('Army Group') takes a closing letter or number."""
    out = []
    for start, end, label in spans:
        match = _DESIGNATOR.match(text, end)
        if match and label == "ORG" and _org_like(text[start:end]):
            end = match.end()
        out.append((start, end, label))
    return out


def join_adjacent_persons(text: str, spans: list[Span]) -> list[Span]:
    """Two PERSON spans one space apart are one name ('Marshal Philippe' + 'Pétain',
    'Lord' + 'Gort'): the model cut it, a writer never runs two names together."""
    out: list[Span] = []
    for start, end, label in sorted(spans):
        if out and label == out[-1][2] == "PERSON" and text[out[-1][1] : start] == " ":
            out[-1] = (out[-1][0], end, label)
            continue
        out.append((start, end, label))
    return out


_LEADING_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?)+$")


def join_initials(text: str, spans: list[Span]) -> list[Span]:
    """A name right after initials ('U. S.' + 'Grant', 'J.' + 'Smith') starts at the first
    initial; a span holding them already is unchanged."""
    out = []
    for start, end, label in spans:
        match = _LEADING_INITIALS.search(text, max(0, start - 12), start)
        if match and text[start : start + 1].isupper() and label in ("PERSON", "ORG"):
            start = match.start()
        out.append((start, end, label))
    return out


def join_of(text: str, spans: list[Span]) -> list[Span]:
    """'A of (the) B' as one ORG when A's head names a body ('Assembly', 'Committee') and B
    is an organisation written out, or as one EVENT when A's head names an event ('Battle',
    'Siege') and B a place; B stays a mention of its own, nested in the joined one (the
    text names both). An acronym B stays apart ('... of the RCP(B)')."""
    out: list[Span] = []
    previous: Span | None = None
    for start, end, label in sorted(spans):
        if previous is not None and _OF_BETWEEN.match(text[previous[1] : start]):
            joined = _joined_label(text[previous[0] : previous[1]], text[start:end], label)
            if joined:
                out[-1] = (previous[0], end, joined)
            if joined == "ORG" and label != "ORG":  # "Army of Northern Virginia": a place
                label = "GPE"
        previous = (start, end, label)
        out.append(previous)
    return sorted(out)


# A body named after a place or person: "Army of Northern Virginia", "Bank of England".
_BODY_HEAD = re.compile(
    r"\b(?:Army|Armies|Corps|Division|Department|Council|Bank|Church|University|Academy"
    r"|Diocese|Ministry|Court|House|Order|Society|Fleet|Legion)$"
)


def _joined_label(head: str, tail: str, tail_label: str) -> str | None:
    if is_acronym(tail):
        return None
    if tail_label == "ORG" and _org_like(head):
        return "ORG"
    if tail_label in ("GPE", "LOC", "PERSON", "NORP") and _BODY_HEAD.search(head):
        return "ORG"
    if tail_label in ("GPE", "LOC") and shape_votes(head).get("EVENT", 0.0) > 0:
        return "EVENT"
    return None


DOCUMENT_NOUNS = (
    r"resolution|decree|law|act|treaty|book|novel|poem|play|film|article|essay|pamphlet"
    r"|manifesto|appeal|speech|report|letter|memoir|study|song|opera|newspaper|journal"
    r"|magazine|entitled|titled|called"
)
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{DOCUMENT_NOUNS})\s*,?\s*$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"^(?:[A-Z0-9][\w’'-]*|of|the|and|on|in|into|from|over|under|against|a|an|to|for|at|with|by)$")


def quoted_titles(text: str, spans: list[Span]) -> list[Span]:
    """A span inside a short title-case quotation on one line becomes the whole quotation,
    labelled WORK_OF_ART, when the quotation says more than the name or follows a document
    noun ('the decree "On Grain Taxes"'); the types step weighs that label."""
    out = []
    for start, end, label in spans:
        left = max(text.rfind(q, max(0, start - 60), start) for q in _OPEN)
        rights = [r for r in (text.find(q, end, end + 60) for q in _CLOSE) if r >= 0]
        right = min(rights, default=-1)
        inner = text[left + 1 : right] if left >= 0 and right >= 0 else ""
        while inner[-1:] in (".", ",", ";", ":", "!", "?") and inner:  # “... into the Party.”
            inner, right = inner[:-1], right - 1
        longer = (left + 1, right) != (start, end)
        cue = left >= 0 and _DOCUMENT_BEFORE.search(text[max(0, left - 40) : left])
        if _title(inner) and (longer or cue):
            out.append((left + 1, right, "WORK_OF_ART"))
        else:
            out.append((start, end, label))
    return out


def _title(inner: str) -> bool:
    """Title case, no sentence punctuation or quote, at most `TITLE_WORDS` words."""
    words = inner.split()
    return (
        bool(words) and inner == inner.strip() and inner[:1].isupper()
        and len(words) <= TITLE_WORDS and all(_TITLE_WORD.match(w) for w in words)
    )


# A quoted nickname between a person's given name and surname: 'Edwin "Buzz" Aldrin'.
_NICKNAME_TAIL = re.compile(
    r"\s+[\"“‘'][A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?[\"”’']\s+[A-Z][\w’'-]+(?![\w’'-])"
)


def join_nicknames(text: str, spans: list[Span]) -> list[Span]:
    """A PERSON span followed by a quoted nickname and a surname takes both in; spans
    inside what it takes in are dropped (the model often calls '"Buzz" Aldrin' a work)."""
    out: list[Span] = []
    taken = (0, 0)
    for start, end, label in sorted(spans):
        if taken[0] <= start < taken[1]:
            continue
        match = _NICKNAME_TAIL.match(text, end) if label == "PERSON" else None
        if match:
            taken = (end, match.end())
        out.append((start, match.end() if match else end, label))
    return out


# Vehicles (ships, rockets, spacecraft) have no spaCy label of their own: they are PRODUCT
# ("objects, vehicles"), never people. A ship prefix opens one name: "USS Hornet".
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LEADING_COUNT = re.compile(r"^\d[\d,.]*\s+(?=[A-Z])")  # "39 Britons": a count, no name


def cut_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span cut at a blank line (no name runs across paragraphs) and without a leading
    count ('39 Britons' -> 'Britons'); None for the tail of a hyphenated name ('Year Plan'
    of 'Five-Year Plan'), which is no name on its own."""
    blank = _BLANK_LINE.search(text, start, end)
    end = blank.start() if blank else end
    count = _LEADING_COUNT.match(text[start:end])
    start += count.end() if count else 0
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return None
    return (start, end) if text[start:end].strip() else None


def positional(text: str, start: int) -> bool:
    """Capitalised by position: only capitalised words stand between the word and the start
    of its line or sentence ('Status: In Research', 'Drop your notes')."""
    line = max(text.rfind("\n", 0, start), *(text.rfind(p + " ", 0, start) for p in ".!?"))
    words = re.findall(r"[^\W\d_][\w’'-]*", text[line + 1 : start])
    return all(w[:1].isupper() for w in words)


def common_word(text: str, start: int, end: int) -> bool:
    """A one-word span written in lower case elsewhere in the text ('the research topic')
    and never capitalised except by position: a common noun, not a name."""
    word = text[start:end]
    if " " in word or not word[:1].isupper():
        return False
    lower = rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])"
    return bool(re.search(lower, text)) and mid_sentence(text, word) == 0


def mid_sentence(text: str, word: str) -> int:
    """How often `word` appears capitalised where its position does not capitalise it."""
    pattern = rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])"
    return sum(not positional(text, m.start()) for m in re.finditer(pattern, text))
