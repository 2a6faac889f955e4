"""TempEval-3 timex scoring: strict and relaxed extent match, type/value/mod attribute F1.

The definitions follow the official TempEval-3 toolkit (`evaluate_entities.py` of
TE3-evaluation): a strict match has the same extent; a relaxed match overlaps; precision is
matches over predicted timexes, recall matches over gold timexes, both micro-averaged over
all documents; type and value accuracy are taken over the relaxed-matched pairs, and the
reported attribute F1 is accuracy × relaxed F1 (TempEval-3's "value F1").

Matching is one-to-one: each gold and each predicted timex takes part in at most one pair,
so one long prediction over two gold timexes earns one relaxed match, not two. Exact-extent
pairs are taken first, then overlapping ones greedily by end offset (optimal for intervals).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from typing import Protocol


class Span(Protocol):
    """What the scorer reads of a timex, gold or predicted (`histdesk.model.Timex` fits)."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None


@dataclass(frozen=True)
class Counts:
    """Raw counts; add them across documents and derive the scores with `metrics()`."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0  # pairs with the same extent
    relaxed: int = 0  # pairs with overlapping extents (strict ones included)
    type: int = 0  # relaxed pairs with equal type
    value: int = 0  # relaxed pairs with equal value
    mod: int = 0  # relaxed pairs with equal mod (absent equals absent)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other))))

    def metrics(self) -> dict[str, float]:
        """Strict and relaxed P/R/F1, attribute accuracies and attribute F1s (TE3 rules:
        F1 is 1 when there is neither gold nor prediction; a ratio over nothing is 0)."""
        empty = self.gold == 0 and self.predicted == 0
        out: dict[str, float] = {}
        for kind, hits in (("strict", self.strict), ("relaxed", self.relaxed)):
            p, r = _ratio(hits, self.predicted), _ratio(hits, self.gold)
            out[f"{kind}_precision"], out[f"{kind}_recall"] = p, r
            out[f"{kind}_f1"] = 1.0 if empty else _f1(p, r)
        for attr in ("type", "value", "mod"):
            accuracy = _ratio(getattr(self, attr), self.relaxed)
            out[f"{attr}_accuracy"] = accuracy
            out[f"{attr}_f1"] = 1.0 if empty else accuracy * out["relaxed_f1"]
        return out


def match(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): same extents first, then overlaps."""
    pairs: list[tuple[int, int]] = []
    by_extent: dict[tuple[int, int], list[int]] = {}
    for j, p in enumerate(predicted):
        by_extent.setdefault((p.start, p.end), []).append(j)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for i, g in enumerate(gold):
        free = by_extent.get((g.start, g.end))
        if free:
            j = free.pop(0)
            pairs.append((i, j))
            used_gold.add(i)
            used_pred.add(j)
    open_pred = sorted((j for j in range(len(predicted)) if j not in used_pred),
                       key=lambda j: (predicted[j].end, predicted[j].start))
    for i in sorted((i for i in range(len(gold)) if i not in used_gold),
                    key=lambda i: (gold[i].end, gold[i].start)):
        j = next((j for j in open_pred if _overlap(gold[i], predicted[j])), None)
        if j is not None:
            open_pred.remove(j)
            pairs.append((i, j))
    return sorted(pairs)


def score(gold: Sequence[Span], predicted: Sequence[Span]) -> Counts:
    """Counts for one document's gold and predicted timexes."""
    pairs = match(gold, predicted)
    strict = sum(1 for i, j in pairs if _same_extent(gold[i], predicted[j]))
    agree = {
        attr: sum(1 for i, j in pairs if _same(attr, gold[i], predicted[j]))
        for attr in ("type", "value", "mod")
    }
    return Counts(len(gold), len(predicted), strict, len(pairs), **agree)


def total(counts: Iterable[Counts]) -> Counts:
    """Micro-average: the sum of the documents' counts."""
    return sum(counts, Counts())


def normalise(attr_value: str | None) -> str:
    """Values compare as strings after trivial normalisation: None is "", whitespace is
    stripped. (Anything more, such as equating "1939-09" with "1939-09-XX", would hide
    tagger errors.)"""
    return (attr_value or "").strip()


def _same(attr: str, gold: Span, predicted: Span) -> bool:
    g, p = normalise(getattr(gold, attr)), normalise(getattr(predicted, attr))
    return g.upper() == p.upper() if attr == "type" else g == p


def _same_extent(a: Span, b: Span) -> bool:
    return a.start == b.start and a.end == b.end


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
