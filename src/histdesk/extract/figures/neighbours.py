"""What a figure takes from the figures beside it, once all of them are found.

* a share after "of whom" / "among them" is a share of the count just before it;
* a bare share after another share in the same sentence ("44 percent of members were
  workers and in May, 60 percent") inherits its `of` (gapping);
* the first number of a range ("20–30 percent", "10 to 15 million", "between 10,000 and
  15,000 people") takes the unit, scale and `of` of the second;
* a count whose noun is left out before its verb ("Of the 1,966 delegates, 1,108 were
  arrested") takes the noun of the count before it in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from histdesk.extract.figures.lexicon import SCALES
from histdesk.model import Figure

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“])|\n\s*\n")
_RANGE_JOIN = re.compile(r"\s*(?:–|—|-|to|and|or)\s*(?:[$£€¥₽]\s?)?")
_SCALE_IN = re.compile(r"\b(" + "|".join(SCALES) + r")\b", re.I)
_ELIDED_VERB = re.compile(r"\s+(?:were|was|had|have|are|is|got|later|then|also)\b", re.I)
# "Of the 101 people killed, 31 were Americans": the part's predicate noun names it.
_PREDICATE_NOUN = re.compile(r"\s+(?:were|was|are|is)\s+([A-Z][a-z]+|[a-z]+s)\b(?!\s+(?:by|to)\b)")
_PARTITIVE_OPEN = re.compile(r"(?i)\bof\s+(?:the|these|those)\s+(?:[a-z]+\s+){0,2}$")


@dataclass(frozen=True)
class Draft:
    """A figure before its neighbours are known: a share's group, property, relative flag."""

    figure: Figure
    group: str | None = None
    prop: str | None = None
    relative: bool = False


def resolve(text: str, drafts: list[Draft]) -> list[Figure]:
    """The figures of `drafts` (in text order) completed from their neighbours."""
    figures: list[Figure] = []
    for draft in drafts:
        figure = draft.figure
        if figure.unit == "%":
            figure = _share(text, draft, figures)
        elif figure.unit is None and figure.of is None:
            figure = _elided(text, figure, figures)
        figures.append(figure)
    return _ranges(text, figures)


def _share(text: str, draft: Draft, before: list[Figure]) -> Figure:
    group = draft.group
    if draft.relative and group is None:
        group = _antecedent(text, before, draft.figure.start)
    previous = before[-1] if before else None
    if group is None and draft.prop and previous and previous.unit == "%" and previous.of:
        if _same_sentence(text, previous, draft.figure):  # "and food about 23 percent"
            group = previous.of.partition(" among ")[2] or previous.of
    of = _compose(draft.prop, group)
    if of is None and previous and previous.unit == "%":
        of = previous.of if _same_sentence(text, previous, draft.figure) else None
    return replace(draft.figure, of=of)


def _elided(text: str, figure: Figure, before: list[Figure]) -> Figure:
    if not _ELIDED_VERB.match(text, figure.end):
        return figure
    of = _antecedent(text, before, figure.start)
    if of and (predicate := _predicate(text, figure, before)):
        return replace(figure, of=predicate)
    return replace(figure, of=of) if of and not of.endswith("ed") else figure


def _predicate(text: str, figure: Figure, before: list[Figure]) -> str | None:
    """The predicate noun of "N were Americans" when the whole is a partitive "Of the M Y":
    a part is named by what it is, not by the whole's noun. Verbs (-ed) are not nouns."""
    match = _PREDICATE_NOUN.match(text, figure.end)
    if not match or match.group(1).endswith(("ed", "ss")):
        return None
    for whole in reversed(before):
        if _SENTENCE_BREAK.search(text, whole.end, figure.start):
            return None
        if _PARTITIVE_OPEN.search(text, max(0, whole.start - 40), whole.start):
            return match.group(1)
    return None


def _ranges(text: str, figures: list[Figure]) -> list[Figure]:
    out = list(figures)
    for index in range(len(out) - 2, -1, -1):
        first, second = out[index], out[index + 1]
        joined = _RANGE_JOIN.fullmatch(text, first.end, second.start)
        if not joined or first.unit == "ordinal" or first.unit or first.of:
            continue
        value = first.value
        scale = _SCALE_IN.search(second.text)
        if scale and not _SCALE_IN.search(first.text) and first.value < second.value:
            value *= SCALES[scale.group(1).lower()]
        out[index] = replace(first, value=value, unit=second.unit, of=second.of)
    return out


def _antecedent(text: str, figures: list[Figure], start: int) -> str | None:
    """The `of` of the nearest count before `start` in the same sentence."""
    for figure in reversed(figures):
        if _SENTENCE_BREAK.search(text, figure.end, start):
            return None
        if figure.unit is None and figure.of:
            return figure.of
    return None


def _same_sentence(text: str, a: Figure, b: Figure) -> bool:
    return not _SENTENCE_BREAK.search(text, a.end, b.start)


def _compose(prop: str | None, group: str | None) -> str | None:
    if prop and group and prop.lower() != group.lower():
        return f"{prop} among {group}"
    return prop or group
