"""`figures.implied` and `figures.conflict`: what figures imply, and where they disagree.

Three general readings of figures near each other (same or adjacent sentence, one post):

* a count with an outcome word ("admitted", "killed") beside a larger count with a request
  word ("applications", "submitted") gives the share; a bound on either side bounds it
  ("more than 350,000 applied" makes the share an upper bound);
* a share of a group applied to a count of that group gives a count ("241,600 admitted, of
  whom 92.4 percent were workers" -> about 223,238 workers);
* a share moving from p1 to p2 of a group while n newcomers joined, a share q of whom has
  the property, gives the group's size before: p1*N + q*n = p2*(N + n), assuming nobody left.

A conflict is two figures across documents or posts with the same unit and the same `of`
(normalised phrase, so same head noun and modifiers), about the same names, with no date
telling them apart, that differ by more than a tolerance their qualifiers allow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from histdesk.check.cite import evidence
from histdesk.check.figure_places import Placed, dates_compatible, normalise, place, share_parts
from histdesk.check.codes import DOCS, FIGURES_CONFLICT, FIGURES_IMPLIED
from histdesk.check.registry import check
from histdesk.model import EpisodeView, Evidence, Finding, Figure


# participle -> forms that say a count is the outcome of a selection
_OUTCOMES = {
    "admitted": r"admi(?:t|ts|tted|tting|ssions?)", "accepted": r"accept(?:s|ed|ing|ance)?",
    "approved": r"approv(?:e|es|ed|ing|al)", "granted": r"grant(?:s|ed|ing)?",
    "elected": r"elect(?:s|ed|ing|ion)?", "enrolled": r"enrol(?:s|led|ling|ment)?",
    "killed": r"kill(?:s|ed|ing)?", "executed": r"execut(?:e|ed|ing|ions?)",
    "arrested": r"arrest(?:s|ed|ing)?", "convicted": r"convict(?:s|ed|ing|ions?)",
    "released": r"releas(?:e|ed|ing)", "rejected": r"reject(?:s|ed|ing|ions?)",
    "recruited": r"recruit(?:s|ed|ing)?", "appointed": r"appoint(?:s|ed|ing)?",
    "deported": r"deport(?:s|ed|ing|ations?)", "shot": r"shot", "captured": r"captur(?:e|ed|ing)",
    "wounded": r"wounded", "imprisoned": r"imprison(?:s|ed|ing|ment)?",
    "sentenced": r"sentenc(?:e|ed|ing)",
}  # fmt: skip
_OUTCOME = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _OUTCOMES.items()) + r")\b")
_REQUEST = re.compile(
    r"\b(?:submit\w*|appli\w*|apply\w*|request\w*|petition\w*|candida\w*|nominat\w*|"
    r"nominees?|filed|received|sought|volunteer\w*)\b"
)
_ENTRY = re.compile(
    r"\b(?:admi(?:t\w*|ssions?)|accept\w*|enrol\w*|join\w*|recruit\w*|enlist\w*|new members?)\b"
)
_BETWEEN_PARTS = re.compile(r"\s*(?:out\s+of|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}")
# Qualifiers that make a figure a lower bound (the true value is at least it) or an upper one.
_LOWER = frozenset(
    "more than|over|at least|upwards of|in excess of|well over|just over|no fewer than|"
    "no less than|not less than|greater than".split("|")
)
_UPPER = frozenset(
    "fewer than|less than|up to|at most|under|just under|no more than|not more than|"
    "as many as".split("|")
)


@dataclass(frozen=True)
class Implied:
    """One derived quantity: what it is, its value, the figures it rests on."""

    what: str
    value: float
    inputs: tuple[Placed, ...]
    bound: str | None = None  # "upper", "lower" or "approximate"
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@check(FIGURES_IMPLIED, doc=DOCS[FIGURES_IMPLIED])
def check_implied(view: EpisodeView) -> list[Finding]:
    """What nearby figures imply: a share, a derived count, a group size."""
    placed = place(view)
    applied = applied_counts(placed)
    found = [*shares(placed), *applied, *group_sizes(placed, applied)]
    return [_finding(view, item) for item in found]


def shares(placed: list[Placed]) -> list[Implied]:
    """Outcome count over a larger request count nearby ("241,600 of 350,000 admitted")."""
    found = []
    for part, whole in _pairs(placed, lambda p: p.figure.unit is None):
        if not part.near(whole) or part.figure.value >= whole.figure.value:
            continue
        outcome = _OUTCOME.search(part.context)
        linked = whole.figure.start > part.figure.end and _BETWEEN_PARTS.fullmatch(part.after)
        same = bool(whole.figure.of) and normalise(part.figure.of) == normalise(whole.figure.of)
        if not linked and not (outcome and (same or _REQUEST.search(whole.context))):
            continue
        if outcome and _OUTCOME.search(whole.context) and not _REQUEST.search(whole.context):
            continue  # both are outcomes ("1,000 killed and 3,000 wounded"): no whole
        outcome = outcome or (_OUTCOME.search(whole.after) if linked else None)
        verb = outcome.lastgroup if outcome else "counted"
        what = f"share of {whole.figure.of or 'the larger count'} {verb}"
        value = round(part.figure.value / whole.figure.value, 4)
        found.append(Implied(what, value, (part, whole), _share_bound(part, whole)))
    return found


def applied_counts(placed: list[Placed]) -> list[Implied]:
    """A share of a group applied to the nearest earlier count of that group."""
    found = []
    candidates: dict[int, list[Placed]] = {}
    for count, share in _pairs(placed, lambda p: p.figure.unit in (None, "%")):
        if count.figure.unit is None and share.figure.unit == "%":
            if count.figure.end <= share.figure.start:
                group = share_parts(share.figure)[1]
                if group and normalise(count.figure.of) == group:
                    candidates.setdefault(id(share), []).append(count)
    for share in placed:
        if id(share) not in candidates:
            continue
        prop = share_parts(share.figure)[0]
        count = max(candidates[id(share)], key=lambda p: (p.document, p.figure.start))
        value = round(count.figure.value * share.figure.value / 100)
        what = f"{_prop_text(share.figure) or 'share'} among {count.figure.of}"
        bound = "approximate" if count.figure.qualifier else None
        found.append(Implied(what, value, (count, share), bound, {"property": prop}))
    return found


def group_sizes(placed: list[Placed], applied: list[Implied]) -> list[Implied]:
    """The size N of a group before newcomers joined, from its share moving p1 -> p2."""
    found = []
    for first, second in _pairs(placed, lambda p: p.figure.unit == "%"):
        prop, group = share_parts(first.figure)
        if not prop or share_parts(second.figure) != (prop, group) or not first.near(second):
            continue
        if second.figure.start < first.figure.start:
            continue  # p1 -> p2 in the order the text tells it
        p1, p2 = first.figure.value / 100, second.figure.value / 100
        for item in applied:
            count, share = item.inputs
            if item.extra.get("property") != prop or not _ENTRY.search(count.context):
                continue
            if not (share.near(first) or share.near(second)) or p1 == p2:
                continue
            n, q = count.figure.value, share.figure.value / 100
            size = n * (q - p2) / (p2 - p1)
            if size <= 0:
                continue
            what = (
                f"size of {first.figure.of.partition(' among ')[2]} before the "
                f"{count.figure.of} joined, implied by {first.figure.value:g}% -> "
                f"{second.figure.value:g}% {_prop_text(first.figure)}"
            )
            found.append(Implied(what, round(size), (first, second, count, share), "approximate"))
    return found


def _prop_text(figure: Figure) -> str:
    """The property of a share as written: "workers" of "workers among party members"."""
    prop, sep, _ = (figure.of or "").partition(" among ")
    return prop if sep else ""


def _pairs(placed: list[Placed], keep) -> list[tuple[Placed, Placed]]:
    """Ordered pairs (a, b), a != b, of kept figures near each other (both orders).

    Figures are bucketed by (document, post, sentence), so only neighbouring buckets are
    paired: linear in the number of figures for ordinary texts.
    """
    buckets: dict[tuple, list[Placed]] = {}
    for p in placed:
        if keep(p):
            buckets.setdefault((p.document, p.post, p.sentence), []).append(p)
    pairs = []
    for (doc, post, sentence), members in buckets.items():
        nearby = [q for s in (sentence - 1, sentence, sentence + 1)
                  for q in buckets.get((doc, post, s), ())]  # fmt: skip
        pairs.extend((a, b) for a in members for b in nearby if a is not b)
    return pairs


def _share_bound(part: Placed, whole: Placed) -> str | None:
    """A lower-bounded whole or upper-bounded part caps the share; the reverse floors it."""
    votes = set()
    for placed, flip in ((part, False), (whole, True)):
        qualifier = placed.figure.qualifier
        if qualifier in _LOWER:
            votes.add("upper" if flip else "lower")
        elif qualifier in _UPPER:
            votes.add("lower" if flip else "upper")
        elif qualifier:
            votes.add("approximate")
    return votes.pop() if len(votes) == 1 else ("approximate" if votes else None)


def _finding(view: EpisodeView, item: Implied) -> Finding:
    cited = tuple(_cite(view, p) for p in item.inputs)
    bound = {"upper": " (at most)", "lower": " (at least)", "approximate": " (about)"}
    shown = f"{item.value:.2f}" if item.value < 1 else f"{item.value:,.0f}"
    quoted = ", ".join(_quote(p.figure) for p in item.inputs)
    data = {"what": item.what, "value": item.value, "inputs": [p.figure.value for p in item.inputs]}
    if item.bound:
        data["bound"] = item.bound
    message = f"{item.what}: {shown}{bound.get(item.bound or '', '')}, from {quoted}"
    return Finding(FIGURES_IMPLIED, view.episode.code, message, cited, data)


def _cite(view: EpisodeView, placed: Placed) -> Evidence:
    return evidence(view, placed.document, placed.figure.start, placed.figure.end)


def _quote(figure: Figure) -> str:
    """"more than 350,-000 applications": the figure as a reader would quote it."""
    noun = figure.of if figure.unit is None else None
    return " ".join(x for x in (figure.qualifier, figure.text, noun) if x)


@check(FIGURES_CONFLICT, doc=DOCS[FIGURES_CONFLICT])
def check_conflict(view: EpisodeView) -> list[Finding]:
    """Two documents or posts give different figures for the same thing."""
    groups: dict[tuple[str | None, str], list[Placed]] = {}
    for placed in place(view):
        figure = placed.figure
        if figure.of and figure.unit != "ordinal":
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
    """Different dates, or different names in the two sentences: not the same thing."""
    if not dates_compatible(a.dates, b.dates):
        return True
    return bool(a.names and b.names and not a.names & b.names)


def _disagree(a: Figure, b: Figure) -> bool:
    """Values further apart than the unit's tolerance, and not reconciled by a bound."""
    for bounded, other in ((a, b), (b, a)):
        if bounded.qualifier in _LOWER and other.value >= bounded.value:
            return False
        if bounded.qualifier in _UPPER and other.value <= bounded.value:
            return False
    rough = any(q and q not in _LOWER | _UPPER for q in (a.qualifier, b.qualifier))
    gap = abs(a.value - b.value)
    if a.unit == "%":
        return gap > (5 if rough else 2)
    if a.unit == "years":
        return gap > (1 if rough else 0)
    return gap / max(abs(a.value), abs(b.value)) > (0.15 if rough else 0.05)


def _conflict(view: EpisodeView, a: Placed, b: Placed) -> Finding:
    left, right = _cite(view, a), _cite(view, b)
    message = (
        f"{a.figure.of}: {_quote(a.figure)} ({left.label}) vs {_quote(b.figure)} ({right.label})"
    )
    data = {
        "what": a.figure.of,
        "unit": a.figure.unit,
        "values": [a.figure.value, b.figure.value],
        "qualifiers": [a.figure.qualifier, b.figure.qualifier],
    }
    return Finding(FIGURES_CONFLICT, view.episode.code, message, (left, right), data)
