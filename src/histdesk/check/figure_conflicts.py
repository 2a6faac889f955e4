"""`figures.conflict`: two documents or posts giving different figures for the same count.

The same count means the same unit and the same `of` (normalised phrase: same head noun and
modifiers) and the same scope: no date telling them apart, the same scope words in their
clauses (a rate "a day", a stretch "the first day", a day's date, a place "at Dunkirk"),
the same outcome verb ("killed" is not "taken prisoner") and no disjoint names around them.
Only then do values further apart than their qualifiers allow conflict. A daily count beside
a total, or one category beside another, is quiet.
"""

from __future__ import annotations

from itertools import combinations

from histdesk.check.codes import DOCS, FIGURES_CONFLICT
from histdesk.check.figure_places import (
    Placed,
    dates_compatible,
    normalise,
    partitive_parts,
    place,
)
from histdesk.check.figures import (
    LOWER_BOUNDS,
    OUTCOME,
    UPPER_BOUNDS,
    cite_figure,
    quote_figure,
)
from histdesk.check.registry import check
from histdesk.model import EpisodeView, Figure, Finding


@check(FIGURES_CONFLICT, doc=DOCS[FIGURES_CONFLICT])
def check_conflict(view: EpisodeView) -> list[Finding]:
    """Two documents or posts give different figures for the same thing."""
    groups: dict[tuple[str | None, str], list[Placed]] = {}
    everything = place(view)
    parts = partitive_parts(everything)  # "31 of the 101 people" is no rival total
    for placed in everything:
        figure = placed.figure
        if figure.of and figure.unit != "ordinal" and id(placed) not in parts:
            groups.setdefault((figure.unit, normalise(figure.of)), []).append(placed)
    findings, seen = [], set()
    for members in groups.values():
        for a, b in combinations(members, 2):
            values = (a.figure.value, b.figure.value)
            if (a.document, a.post) == (b.document, b.post) or (a.figure.of, values) in seen:
                continue
            if not _disagree(a.figure, b.figure) or _told_apart(a, b):
                continue
            seen.add((a.figure.of, values))
            findings.append(_conflict(view, a, b))
    return findings


def _told_apart(a: Placed, b: Placed) -> bool:
    """Not the same count: different dates, scopes (a day's count, a place, a rate), outcome
    verbs ("killed" vs "taken prisoner"), or different names in the two sentences."""
    if not dates_compatible(a.dates, b.dates) or a.scope != b.scope:
        return True
    if outcome_of(a) != outcome_of(b):
        return True
    return bool(a.names and b.names and not a.names & b.names)


def outcome_of(placed: Placed) -> str | None:
    """The outcome verb of a figure's clause ("killed", "captured"), the words after it first."""
    before, after = placed.clause
    match = OUTCOME.search(after) or _last(OUTCOME.finditer(before))
    return match.lastgroup if match else None


def _last(matches):
    found = None
    for found in matches:
        pass
    return found


def _disagree(a: Figure, b: Figure) -> bool:
    """Values further apart than the unit's tolerance, and not reconciled by a bound."""
    for bounded, other in ((a, b), (b, a)):
        if bounded.qualifier in LOWER_BOUNDS and other.value >= bounded.value:
            return False
        if bounded.qualifier in UPPER_BOUNDS and other.value <= bounded.value:
            return False
    rough = any(q and q not in LOWER_BOUNDS | UPPER_BOUNDS for q in (a.qualifier, b.qualifier))
    gap = abs(a.value - b.value)
    if a.unit == "%":
        return gap > (5 if rough else 2)
    if a.unit == "years":
        return gap > (1 if rough else 0)
    return gap / max(abs(a.value), abs(b.value)) > (0.15 if rough else 0.05)


def _conflict(view: EpisodeView, a: Placed, b: Placed) -> Finding:
    left, right = cite_figure(view, a), cite_figure(view, b)
    message = (
        f"{a.figure.of}: {quote_figure(a.figure)} ({left.label}) vs {quote_figure(b.figure)} ({right.label})"
    )
    data = {
        "what": a.figure.of,
        "unit": a.figure.unit,
        "values": [a.figure.value, b.figure.value],
        "qualifiers": [a.figure.qualifier, b.figure.qualifier],
    }
    return Finding(FIGURES_CONFLICT, view.episode.code, message, (left, right), data)
