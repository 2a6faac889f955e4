"""`figures.implied`: what figures near each other (same or adjacent sentence, one post) imply.

Three general readings:

* a count with an outcome word ("admitted", "killed") beside a larger count of the same kind
  (same head noun, or a request word: "applications", "submitted") gives the share; a bound
  on either side bounds it ("more than 350,000 applied" makes the share an upper bound);
* a share of a group applied to a count of that group gives a count ("241,600 admitted, of
  whom 92.4 percent were workers" -> about 223,238 workers);
* a share moving from p1 to p2 of a group while n newcomers joined, a share q of whom has
  the property, gives the group's size before: p1*N + q*n = p2*(N + n), assuming nobody left.

The outcome and bound vocabularies and the figure's quoted form are shared with
`figure_conflicts.py` (`figures.conflict`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from histdesk.check.cite import evidence
from histdesk.check.codes import DOCS, FIGURES_IMPLIED
from histdesk.check.figure_places import (
    Placed,
    normalise,
    partitive_parts,
    place,
    share_parts,
)
from histdesk.check.registry import check
from histdesk.model import EpisodeView, Evidence, Figure, Finding

# participle -> forms that say a count is the outcome of a selection
_OUTCOMES = {
    "admitted": r"admi(?:t|ts|tted|tting|ssions?)", "accepted": r"accept(?:s|ed|ing|ance)?",
    "approved": r"approv(?:e|es|ed|ing|al)", "granted": r"grant(?:s|ed|ing)?",
    "elected": r"elect(?:s|ed|ing|ion)?", "enrolled": r"enrol(?:s|led|ling|ment)?",
    "killed": r"kill(?:s|ed|ing)?", "executed": r"execut(?:e|ed|ing|ions?)",
    "arrested": r"arrest(?:s|ed|ing)?", "convicted": r"convict(?:s|ed|ing|ions?)",
    "released": r"releas(?:e|ed|ing)", "rejected": r"reject(?:s|ed|ing|ions?)",
    "recruited": r"recruit(?:s|ed|ing)?", "appointed": r"appoint(?:s|ed|ing)?",
    "deported": r"deport(?:s|ed|ing|ations?)", "shot": r"shot",
    "captured": r"captur(?:e|ed|ing)|taken\s+prisoners?|prisoners?",
    "wounded": r"wounded", "imprisoned": r"imprison(?:s|ed|ing|ment)?",
    "sentenced": r"sentenc(?:e|ed|ing)",
}  # fmt: skip
OUTCOME = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _OUTCOMES.items()) + r")\b")
_REQUEST = re.compile(
    r"\b(?:submit\w*|appli\w*|apply\w*|request\w*|petition\w*|candida\w*|nominat\w*|"
    r"nominees?|filed|received|sought|volunteer\w*)\b"
)
_PASSIVE = re.compile(r"\b(?:were|was)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
_ENTRY = re.compile(
    r"\b(?:admi(?:t\w*|ssions?)|accept\w*|enrol\w*|join\w*|recruit\w*|enlist\w*|new members?)\b"
)
_BETWEEN_PARTS = re.compile(r"\s*(?:out\s+of|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}")
# Qualifiers that make a figure a lower bound (the true value is at least it) or an upper one.
LOWER_BOUNDS = frozenset(
    "more than|over|at least|upwards of|in excess of|well over|just over|no fewer than|"
    "no less than|not less than|greater than".split("|")
)
UPPER_BOUNDS = frozenset(
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
    split = shares(placed)
    found = [*split, *part_shares(placed, split), *applied, *group_sizes(placed, applied)]
    return [_finding(view, item) for item in found]


def shares(placed: list[Placed]) -> list[Implied]:
    """Outcome count over a larger count of the same kind nearby ("241,600 of 350,000
    admitted"): the part's noun heads the whole's, or the part is an outcome (admitted) of
    the whole's request (applications), or "X of the Y" joins them. Never part > whole."""
    found = []
    parts = partitive_parts(placed)
    for part, whole in _pairs(placed, lambda p: p.figure.unit is None):
        if not part.near(whole) or part.figure.value >= whole.figure.value:
            continue
        if id(whole) in parts and id(part) in parts:
            continue  # two parts of one whole ("31 were Americans and 39 were British")
        outcome = OUTCOME.search(part.context)
        linked = _next_to(part, whole) and _BETWEEN_PARTS.fullmatch(part.after)
        if not linked and not (outcome and _same_kind(part, whole)):
            continue
        if outcome and _parallel(whole):
            continue  # both are outcomes ("1,000 killed and 3,000 wounded"): no whole
        outcome = outcome or (OUTCOME.search(whole.after) if linked else None)
        verb = outcome.lastgroup if outcome else "counted"
        what = f"share of {whole.figure.of or 'the larger count'} {verb}"
        value = round(part.figure.value / whole.figure.value, 4)
        found.append(Implied(what, value, (part, whole), _share_bound(part, whole)))
    return found


def part_shares(placed: list[Placed], known: list[Implied]) -> list[Implied]:
    """Each part of a partitive whole over that whole ("Of the 101 people killed, 31 were
    Americans" -> 31/101), unless `shares` already gave that pair."""
    done = {(id(item.inputs[0]), id(item.inputs[1])) for item in known}
    by_id = {id(p): p for p in placed}
    found = []
    for part_id, whole in partitive_parts(placed).items():
        part = by_id[part_id]
        if (part_id, id(whole)) in done:
            continue
        what = f"share of {whole.figure.of or 'the whole'} that are {part.figure.of or 'the part'}"
        value = round(part.figure.value / whole.figure.value, 4)
        found.append(Implied(what, value, (part, whole), _share_bound(part, whole)))
    return found


def _next_to(part: Placed, whole: Placed) -> bool:
    """`whole` is the very next figure after `part` ("seven of the ten divisions")."""
    return part.document == whole.document and whole.figure.start == part.figure.end + len(part.after)


def _same_kind(part: Placed, whole: Placed) -> bool:
    """Part and whole count the same kind of thing: the same head noun (or a part without a
    noun of its own), or a request whole ("applications") for an outcome part ("admitted")."""
    if _REQUEST.search(whole.context):
        return True
    if not whole.figure.of:
        return False
    head = normalise(whole.figure.of).split()[-1]
    return not part.figure.of or normalise(part.figure.of).split()[-1] == head


def _parallel(whole: Placed) -> bool:
    """The larger count is an outcome of its own ("3,000 wounded", "taken prisoner") or has a
    passive verb of its own, not a request: a sibling category, not a whole."""
    if _REQUEST.search(whole.context):
        return False
    return bool(OUTCOME.search(whole.context) or _PASSIVE.search(whole.after))


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
        if qualifier in LOWER_BOUNDS:
            votes.add("upper" if flip else "lower")
        elif qualifier in UPPER_BOUNDS:
            votes.add("lower" if flip else "upper")
        elif qualifier:
            votes.add("approximate")
    return votes.pop() if len(votes) == 1 else ("approximate" if votes else None)


def _finding(view: EpisodeView, item: Implied) -> Finding:
    cited = tuple(cite_figure(view, p) for p in item.inputs)
    bound = {"upper": " (at most)", "lower": " (at least)", "approximate": " (about)"}
    shown = f"{item.value:.2f}" if item.value < 1 else f"{item.value:,.0f}"
    quoted = ", ".join(quote_figure(p.figure, [q.figure for q in item.inputs]) for p in item.inputs)
    data = {"what": item.what, "value": item.value, "inputs": [p.figure.value for p in item.inputs]}
    if item.bound:
        data["bound"] = item.bound
    message = f"{item.what}: {shown}{bound.get(item.bound or '', '')}, from {quoted}"
    return Finding(FIGURES_IMPLIED, view.episode.code, message, cited, data)


def cite_figure(view: EpisodeView, placed: Placed) -> Evidence:
    return evidence(view, placed.document, placed.figure.start, placed.figure.end)


def quote_figure(figure: Figure, beside: list[Figure] = ()) -> str:
    """"more than 350,-000 applications": the figure as a reader would quote it. A noun that
    starts with another quoted figure ("seven" of "ten panzer divisions") is left to it."""
    noun = figure.of if figure.unit is None else None
    if noun and any(f is not figure and noun.startswith(f.text) for f in beside):
        noun = None
    return " ".join(x for x in (figure.qualifier, figure.text, noun) if x)
