"""Entity mentions from a spaCy `Doc`; their types are corrected by `entity_types.fix_types`.

`mentions_from_doc` takes the model's entities and repairs their spans (leading "the",
possessives, @handles, spans broken by an acronym), then adds what a small model misses:
acronyms such as "RCP(B)" or "RCP (Bolshevik)", an organisation's parenthetical qualifier
("... Party (Bolsheviks)") and proper nouns outside any entity ("the Komsomol"); see
`span_repairs` for the joins ("Gerd von Rundstedt", "Army Group A"). A person's title is cut
from the name ("General Maurice Gamelin"), and a mention that is only a title, a month or a
weekday, or that lies inside a date, is dropped.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from histdesk.extract.coded_names import coded_names
from histdesk.extract.entity_types import fix_types
from histdesk.extract.initials import parse_person, title_words
from histdesk.extract.names import is_acronym, name_key
from histdesk.extract.orphans import orphans as _orphans
from histdesk.extract.span_repairs import (
    common_word,
    cut_span,
    join_adjacent_persons,
    join_designators,
    join_initials,
    join_nicknames,
    join_of,
    join_ordinals,
    join_particles,
    mid_sentence,
    quoted_titles,
    split_of_person,
)
from histdesk.model import Mention

__all__ = ["KEPT_TYPES", "fix_types", "mentions_from_doc"]

KEPT_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC"})
_ACRONYM_SPAN = re.compile(r"(?<![\w@’'])[A-Z][A-Za-z]*[A-Z](?:\s?\([A-Za-z][a-z]*\))?(?!\w)")
_NOT_ACRONYMS = frozenset("OK TV AM PM AD BC BCE CE PS NB FAQ LOL IMO IMHO BTW AKA".split())
_QUALIFIER = re.compile(r"\s?\([A-Z][a-z]+s\)")  # "Party (Bolsheviks)": part of the name
_TRAILING = re.compile(r"(?:[\s,;:(\-–—]|\b(?:of|the|and|in|for|at|to)\b)+$")
_LEADING = re.compile(r"^(?:the|The|THE|an?)\s+")
_LEADING_CAPITAL_A = re.compile(r"^An?\s+")  # "A Provisional Committee", not "A Orlov"
# "Kronstadt half", "Baltic Fleet sailors"; an elided particle ("de l'Air") is no tail.
_LOWER_TAIL = re.compile(r"(?:\s+(?![dl][’'][A-Z])[a-z][\w’'-]*)+$")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday ides nones kalends calends".split()
)
# Era markers lie beside a year, never inside a name ("49 BC Caesar crossed").
_ERA = re.compile(r"^(?:(?:BCE|BC|CE|AD|B\.C\.E?\.?|A\.D\.?)\s+)+|(?:\s+(?:BCE|BC|CE|AD))+$")
_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest midwest".split()
)
_DATE_LABELS = frozenset({"DATE", "TIME"})
# Model labels whose spans never hide a proper noun from `_orphans` ("Operation Dynamo"
# as a PRODUCT is still a name to find).
_TRANSPARENT = frozenset({"PRODUCT"})
_NATIONALITY = re.compile(r"(?:an|ish|ese|ic|i)$")  # lower-case "russian" is still a NORP
_ENDING_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_INNER_POSSESSIVE = re.compile(r"['’]s\s")
_OF_THE = re.compile(r"\s(?:of|for|in)(?:\s+the)?\s*$")


def mentions_from_doc(doc: Doc) -> list[Mention]:
    """Entity mentions of `doc` (types in `KEPT_TYPES`), offsets into `doc.text`, sorted.

    Acronyms and qualified names win over the model's spans they overlap; a model span
    broken by one keeps its longest remaining part. Dates, numbers and @handles are dropped.
    """
    text = doc.text
    model = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    strong = _acronyms(text, model) + _qualified(text, model) + _coded(text, model)
    kept = [(s, e, label, 1) for (s, e), label in model.items() if label in KEPT_TYPES]
    kept = split_of_person(text, kept)
    heads = {
        name_key(text[s:e]) for s, e, _, _ in kept if not _INNER_POSSESSIVE.search(text[s:e])
    }
    every = [(s, e, label, 1) for (s, e), label in model.items() if label not in _TRANSPARENT]
    spans = _resolve(text, strong + kept + _orphans(doc, strong + every))
    ordinals = [span for span, label in model.items() if label == "ORDINAL"]
    dates = _dates(doc, model)
    spans = [span for span in spans if not _dated(text, span[0], span[1], dates)]
    spans = join_adjacent_persons(text, join_designators(text, join_particles(text, spans)))
    spans = join_initials(text, spans)
    spans = quoted_titles(text, join_of(text, join_ordinals(text, spans, ordinals)))
    spans = join_nicknames(text, spans)
    found = {}
    for start, end, label in spans:
        trimmed = cut_span(text, start, end)
        trimmed = trimmed and _trim(text, *trimmed, heads, label)
        trimmed = trimmed and _untitled(text, *trimmed, label)
        if trimmed and _plausible(doc, *trimmed, label) and not _dated(text, *trimmed, dates):
            found[trimmed] = Mention(trimmed[0], trimmed[1], text[slice(*trimmed)], label)
    return _untitled_episode(text, [found[key] for key in sorted(found)])


# A thread's heading line: the episode code and title ("1929 10 The Wall Street Crash").
_EPISODE_LINE = re.compile(r"^\d{3,4}\s+\d{1,2}\s+\S.*$", re.MULTILINE)


def _untitled_episode(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions on an episode heading line are kept only when the body names them too:
    the title alone says what the thread is about, not what it mentions."""
    lines = [m.span() for m in _EPISODE_LINE.finditer(text)]
    inside = [any(s <= m.start < e for s, e in lines) for m in mentions]
    body = {name_key(m.text) for m, head in zip(mentions, inside) if not head}
    return [m for m, head in zip(mentions, inside) if not head or name_key(m.text) in body]


def _untitled(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The span without a leading title ('General Maurice Gamelin' -> 'Maurice Gamelin');
    None when only a title is left ('Prime Minister'). A span the model did not call a
    person loses its title only when a full name remains ('General Motors' stays)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    n = title_words([w.group() for w in words])
    if n == 0:
        return (start, end)
    if n == len(words):
        return None
    rest = (start + words[n].start(), end)
    parsed = parse_person(text[slice(*rest)])
    return rest if label == "PERSON" or (parsed and parsed.given) else (start, end)


def _dates(doc: Doc, model: dict) -> list[tuple[int, int]]:
    """Spans of dates and times: the tagger's timexes and the model's DATE/TIME entities."""
    timexes = [(t.start, t.end) for t in doc.user_data.get("histdesk.timexes", ())]
    return timexes + [span for span, label in model.items() if label in _DATE_LABELS]


def _dated(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """A month or weekday name ("On 24 May Hitler" is no person "May"), or a span lying
    inside a date."""
    key = name_key(text[start:end])
    return key in _CALENDAR or key.split(" ")[0] in _CALENDAR - {"may", "march"} or any(
        s <= start and end <= e for s, e in dates
    )


def _acronyms(text: str, model: dict) -> list[tuple[int, int, str, int]]:
    """All-caps names with an optional parenthetical letter or word, ORG unless the model
    labelled the very same span; roman numerals and shouted phrases are skipped."""
    out = []
    for match in _ACRONYM_SPAN.finditer(text):
        word = match.group().split("(")[0].strip()
        lowers = sum(ch.islower() for ch in word)
        if not is_acronym(match.group()) or word in _NOT_ACRONYMS or lowers > len(word) - lowers:
            continue
        if _shouted(text, match.start(), match.end()):
            continue
        out.append((match.start(), match.end(), model.get(match.span(), "ORG"), 0))
    return [span for span in out if span[2] in KEPT_TYPES]


def _coded(text: str, model: dict) -> list[tuple[int, int, str, int]]:
    """`coded_names` not inside a longer model entity ("the John F. Kennedy Center")."""
    spans = coded_names(text, _CALENDAR)
    return [
        (s, e, label, rank) for s, e, label, rank in spans
        if not any(a <= s and e <= b and re.search(r"\w", _LEADING.sub("", text[a:s]) + text[e:b])
                   for a, b in model)
    ]


def _shouted(text: str, start: int, end: int) -> bool:
    """An all-caps word beside another one across a plain space ("THE END"); a list of
    acronyms ("GPU, OGPU") is punctuated and still counts."""
    before = re.search(r"([A-Za-z]+) $", text[max(0, start - 30) : start])
    after = re.match(r" ([A-Za-z]+)", text[end : end + 30])
    return any(m and len(m[1]) > 1 and m[1].isupper() for m in (before, after))


def _qualified(text: str, model: dict) -> list[tuple[int, int, str, int]]:
    """An ORG followed by a plural capitalised word in parentheses takes it into its name."""
    out = []
    for (start, end), label in model.items():
        match = _QUALIFIER.match(text, end)
        if label == "ORG" and match:
            out.append((start, match.end(), "ORG", 0))
    return out


def _resolve(text: str, spans: list) -> list[tuple[int, int, str]]:
    """Keep non-overlapping spans by rank (0 rules, 1 model, 2 orphans), longer first. A
    model span cut by a better one keeps its longest uncovered piece only when that piece
    names a body of its own ("Plenum of the Central Committee of the RCP(B)")."""
    taken: list[tuple[int, int]] = []
    out = []
    for start, end, label, rank in sorted(spans, key=lambda s: (s[3], s[0] - s[1], s[0])):
        pieces, cursor = [], start
        for s, e in sorted(taken):
            if s < end and e > cursor:
                pieces.append((cursor, s))
                cursor = max(cursor, e)
        pieces.append((cursor, end))
        pieces = [(s, e) for s, e in pieces if e > s]
        if pieces != [(start, end)]:
            pieces = [p for p in pieces if rank == 1 and _OF_THE.search(text, p[0], p[1])]
        if pieces:
            best = max(pieces, key=lambda p: p[1] - p[0])
            taken.append(best)
            out.append((*best, label))
    return out


def _trim(text: str, start: int, end: int, heads: set[str], label: str) -> tuple[int, int] | None:
    """Drop a leading article, trailing lower-case words, function words and possessive;
    cut "Lenin’s Death" to "Lenin" when the possessor is itself an entity elsewhere."""
    span = text[start:end]
    inner = _INNER_POSSESSIVE.search(span)
    if inner and name_key(span[: inner.start()]) in heads:
        span = span[: inner.start()]
    span = _ENDING_POSSESSIVE.sub("", span.rstrip())
    if label != "WORK_OF_ART":
        span = _LOWER_TAIL.sub("", span)
    span = _TRAILING.sub("", _ENDING_POSSESSIVE.sub("", span))
    lead = _LEADING.match(span) or (label != "PERSON" and _LEADING_CAPITAL_A.match(span))
    offset = lead.end() if lead else 0
    era = _ERA.match(span, offset)
    offset = era.end() if era else offset
    span = _ERA.sub("", span[offset:])
    return (start + offset, start + offset + len(span)) if span.strip() else None


def _plausible(doc: Doc, start: int, end: int, label: str) -> bool:
    """A name: no @handle, not only digits, not a lower-case common noun ("soviets"; a
    lower-case nationality passes), not a lone adjective before a noun ("in Red hands")."""
    text = doc.text
    span = text[start:end]
    if span.startswith("@") or text[start - 1 : start] == "@" or not name_key(span):
        return False
    if name_key(span) in _COMPASS or common_word(text, start, end):  # "in the West"
        return False
    if _imperative(doc, start, end) and not mid_sentence(text, span):  # "Drop your notes"
        return False
    if _exclamation(text, start, end) and not mid_sentence(text, span):  # "Ufff. It took..."
        return False
    lower_noun = label != "NORP" or not _NATIONALITY.search(span)
    if lower_noun and not any(ch.isupper() for ch in span):
        return False
    return not span.replace(" ", "").isdigit() and not _adjective(doc, start, end, label)


def _exclamation(text: str, start: int, end: int) -> bool:
    """A lone word that is its own sentence ("Ufff.", "Wow!") is an interjection, not a name."""
    opens = not text[max(0, start - 2) : start].strip() or text[start - 2 : start] in (". ", "! ", "? ")
    return " " not in text[start:end] and opens and text[end : end + 1] in (".", "!")


def _imperative(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and span[0].is_sent_start and span[0].tag_ == "VB"


def _adjective(doc: Doc, start: int, end: int, label: str) -> bool:
    span = doc.char_span(start, end)
    if label == "NORP" or span is None or len(span) != 1 or span.end >= len(doc):
        return False
    return span[0].tag_.startswith("JJ") and doc[span.end].tag_ in ("NN", "NNS")
