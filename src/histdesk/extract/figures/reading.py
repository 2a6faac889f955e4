"""Reading the words around a number: its qualifier and what it counts (`of`).

The `of` heuristic, kept short on purpose so figures can be compared across texts:

* a count's `of` is the head noun phrase after it: up to four content words, "and" and "of"
  allowed inside ("poor and middle peasants", "members of the party"); it stops at other
  prepositions, punctuation, auxiliaries and relatives ("applications were ..." ->
  "applications"). A participle right after the noun is kept as a reduced relative
  ("persons admitted") unless an object follows it ("workers joined the party" -> "workers")
  or the verb cannot be passive ("died", "fled").
* a count with nothing counted after it reads the noun before it, in its own clause:
  "Confederate losses about 28,000", "a force of 9,000", "casualties for the week were 700"
  (`counted_before`); a body of men losing ("the X army lost 500 men, and the Y army about
  400") counts the body's losses ("Y losses").
* a percentage reads the group it is a share of ("of party members") and the property the
  share has ("were workers"): `of` is "workers among party members", or either part alone.
  "of whom 92.4 percent" takes the group from the count just before it, and a bare
  percentage after another in the same sentence ("and in May, 60 percent") inherits its
  `of` (both resolved in `scan.py`, which sees the neighbouring figures).
"""

from __future__ import annotations

import re

from histdesk.extract.figures.lexicon import (
    DETERMINERS,
    POST_QUALIFIERS,
    PREDICATE_VERBS,
    QUALIFIERS,
    RELATIVE_BASES,
    STOP_WORDS,
)

_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([A-Za-z](?:[A-Za-z’'-]*[A-Za-z])?)(?![\w-])")
# After a participle: the clause ends, or its agent follows ("persons admitted, ...").
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)!?”\"]|$|by\b)")
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+$", re.I
)
_POST_QUALIFIER = re.compile(r"\s+(" + "|".join(POST_QUALIFIERS) + r")\b", re.I)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:" + "|".join(RELATIVE_BASES) + r")\s+(?:(?:" + "|".join(re.escape(q) for q in QUALIFIERS)
    + r")\s+)?$",
    re.I,
)  # fmt: skip
_OF = re.compile(r"\s+of(?=\s)")
_COPULA = re.compile(r"\s+(?:were|was|are|is|became|become|remained|being)(?=\s)", re.I)
MAX_WORDS = 4
_QUALIFIER_ALT = "|".join(re.escape(q) for q in QUALIFIERS)
_GAPPED_NUMBER = re.compile(rf"\s+(?:(?:{_QUALIFIER_ALT})\s+)?\d")
_SUBJECT_BEFORE = re.compile(
    r"\b([A-Za-z][a-z]*)\s+(?:made\s+up|makes?\s+up|accounted\s+for|formed|comprised|represented|"
    rf"constituted)\s+(?:(?:{_QUALIFIER_ALT})\s+)?$"
)
_GAPPED_BEFORE = re.compile(rf"\band\s+([a-z]+)\s+(?:(?:{_QUALIFIER_ALT})\s+)?$")
_CLAUSE_START = re.compile(r"(?:^|[.;:!?(\n]|,)\s*(?=[^.;:!?(\n,]*$)")
_LEADERS = frozenset("and but while whereas yet or with his her their its".split()) | DETERMINERS
_MARKERS = frozenset("were was are is numbered totalled totaled reached of".split())
_BODIES = frozenset("army armies force forces side sides corps troops division divisions".split())
_LOSING = re.compile(r"\b(?:lost|losses|lose|losing)\b", re.I)


def qualifier_before(text: str, start: int) -> str | None:
    """The bound or approximation written just before `start` ("more than"), lower case."""
    match = _QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else None


def post_qualifier(text: str, end: int) -> tuple[str | None, int]:
    """A bound written after the number ("20,000 or more" -> "at least") and where it ends."""
    match = _POST_QUALIFIER.match(text, end)
    if not match:
        return None, end
    return POST_QUALIFIERS[match.group(1).lower()], match.end()


def relative_before(text: str, start: int) -> bool:
    """True when "of whom" / "among them" ... precedes `start`: the share is of a prior count."""
    return _RELATIVE_BEFORE.search(text, max(0, start - 40), start) is not None


def noun_phrase(text: str, pos: int, definite: bool = False) -> tuple[str | None, int]:
    """The short noun phrase starting after `pos` (see the module docstring) and its end.
    `definite` (the count follows "the": "the two armies collided.") reads a clause-final
    -ed word as the group's finite verb, not a reduced relative."""
    words: list[str] = []
    content = 0
    while match := _WORD.match(text, pos):
        word, lower = match.group(1), match.group(1).lower()
        if lower in STOP_WORDS or (lower in PREDICATE_VERBS):
            break
        if lower in DETERMINERS and not (words and words[-1] == "of"):
            break
        if lower not in ("and", "of") and lower not in DETERMINERS:
            if content == MAX_WORDS:
                break
            content += 1
        elif not words:
            break
        words.append(word)
        pos = match.end()
        if len(words) > 2 and words[-2].lower() == "and" and word.islower() and lower.endswith("ed"):
            del words[-2:]  # "Gauls and enslaved ...": a second verb, not a second noun
            break
        if len(words) > 1 and words[-2].lower() not in ("and", "of"):
            if lower.endswith("ing"):
                words.pop()  # "soldiers manning ...": a verb after the noun
                break
            if lower.endswith("ed"):
                if definite or not _CLAUSE_END.match(text, pos):
                    words.pop()  # "troops advanced up ...": a finite verb, not a participle
                break
    while words and words[-1].lower() in ("and", "of", *DETERMINERS):
        words.pop()
    if not words:
        return None, pos
    end = _end_of(text, words, pos)
    return " ".join(words), end


def _end_of(text: str, words: list[str], pos: int) -> int:
    """The offset just after the last kept word (words may have been dropped after it)."""
    return text.rfind(words[-1], 0, pos) + len(words[-1])


def partitive(text: str, pos: int) -> tuple[str | None, int]:
    """"20,000 of the workers" -> "workers"; nothing when a number follows "of"."""
    match = _OF.match(text, pos)
    if not match:
        return None, pos
    after = match.end()
    while (word := _WORD.match(text, after)) and word.group(1).lower() in DETERMINERS:
        after = word.end()
    return noun_phrase(text, after)


def share_reading(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """(group, property, end) after a percentage: "of party members were workers"."""
    group, end = partitive(text, pos)
    if group and group.lower().split()[0] in ("whom", "which"):
        group, end = None, pos
    if group and " and " in group and _GAPPED_NUMBER.match(text, end):
        group = group.rpartition(" and ")[0]  # "of the cargo and food about 23 percent"
        end = pos
    prop = None
    if copula := _COPULA.match(text, end):
        after = copula.end()
        while (word := _WORD.match(text, after)) and word.group(1).lower() in DETERMINERS:
            after = word.end()
        prop, end = noun_phrase(text, after)
        end = max(end, copula.end())
    elif group is None:
        prop, end = noun_phrase(text, pos)
    return group, prop, end


def subject_property(text: str, start: int) -> str | None:
    """The property a share names before it: "coal made up about 68 percent" -> "coal";
    and a gapped clause "and food about 23 percent" -> "food"."""
    low = max(0, start - 60)
    match = _SUBJECT_BEFORE.search(text, low, start) or _GAPPED_BEFORE.search(text, low, start)
    if not match or match.group(1).lower() in STOP_WORDS | DETERMINERS:
        return None
    return match.group(1)


def counted_before(text: str, start: int) -> str | None:
    """What a count with nothing after it counts, read before it in its clause (see the
    module docstring): the clause's head noun phrase, when only a prepositional tail and a
    copula, "of" or nothing stand between it and the number."""
    if match := _QUALIFIER_BEFORE.search(text, max(0, start - 24), start):
        start = match.start()
    low = max(0, start - 120)
    clause = _CLAUSE_START.search(text, low, start)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[clause.end() if clause else low : start])
    while words and words[0].lower() in _LEADERS:
        words.pop(0)
    marker = words.pop().lower() if words and words[-1].lower() in _MARKERS else None
    head = _trailing(words) if marker == "of" else _leading(words, marker is not None)
    if not head or len(head) > MAX_WORDS:
        return None
    if not (head[-1].islower() or (len(head) == 1 and head == words[:1])):
        return None
    if head[-1] in _BODIES and _LOSING.search(text, max(0, low - 80), start):
        head[-1] = "losses"
    return " ".join(head)


def _leading(words: list[str], marked: bool) -> list[str]:
    """The clause's first noun phrase; a prepositional tail after it only before a copula."""
    head = []
    for word in words:
        if word.lower() in STOP_WORDS or word.lower() in DETERMINERS:
            break
        head.append(word)
    tail = words[len(head) :]
    if (tail and not marked) or any(_verbal(w) for w in head + tail):
        return []
    return head


def _trailing(words: list[str]) -> list[str]:
    """The noun phrase just before "of" ("led a force of")."""
    head: list[str] = []
    for word in reversed(words):
        if word.lower() in STOP_WORDS or word.lower() in DETERMINERS or _verbal(word):
            break
        head.insert(0, word)
    return head


def _verbal(word: str) -> bool:
    return word.lower() in PREDICATE_VERBS or (word.islower() and word.endswith("ed"))
