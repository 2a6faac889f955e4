"""`timeline.conflict`: two documents or posts giving incompatible dates for one event.

"The same event" is judged conservatively: the same non-empty set of entities and the same
main verb (its first past-tense-looking word, crudely stemmed so "died"/"dies" agree). The
dates conflict only when their day ranges share no day, so "1924" and "January 1924" agree.
Events from one post are never compared with each other: a post may tell a story twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from histdesk.check.cite import evidence, post_at
from histdesk.check.codes import DOCS, TIMELINE_CONFLICT
from histdesk.check.registry import check
from histdesk.check.variants import normal_form
from histdesk.check.window import event_range
from histdesk.model import EpisodeView, Event, Finding

_IRREGULAR = frozenset(
    "became began born broke came chose drew fell fled fought gave grew held knew led left lost "
    "made met ran rose sent set spoke stood struck swore took went won wrote".split()
)
_NOT_VERBS = frozenset("hundred sacred naked wicked indeed kindred beloved aged need feed seed shed bred".split())
_WORD = re.compile(r"[A-Za-z]+")


def main_verb(sentence: str) -> str | None:
    """A crude stem of the sentence's first lowercase past-tense-looking word."""
    for word in _WORD.findall(sentence):
        if not word.islower() or word in _NOT_VERBS:
            continue
        if word in _IRREGULAR:
            return word
        if len(word) >= 4 and word.endswith("ed"):
            return _stem(word)
    return None


def _stem(word: str) -> str:
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return stem


def _key(event: Event) -> tuple[frozenset, str] | None:
    entities = frozenset(
        m.entity if m.entity is not None else normal_form(m.text).casefold() for m in event.mentions
    )
    verb = main_verb(event.text)
    return (entities, verb) if entities and verb else None


def _origin(view: EpisodeView, event: Event) -> tuple:
    post = post_at(view, event.document, event.start) if event.document is not None else None
    return (event.document, post.number if post else None)


def _conflicting(view: EpisodeView, group: list[Event]) -> bool:
    for left, right in combinations(group, 2):
        a, b = event_range(left), event_range(right)
        if a and b and not a.overlaps(b) and _origin(view, left) != _origin(view, right):
            return True
    return False


@check(TIMELINE_CONFLICT, doc=DOCS[TIMELINE_CONFLICT])
def check_conflicts(view: EpisodeView) -> list[Finding]:
    """One finding per event told with incompatible dates in different places."""
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for event in view.events:
        key = _key(event)
        if key and event.document is not None:
            groups[key].append(event)
    findings = []
    for (_entities, verb), group in groups.items():
        if len(group) < 2 or not _conflicting(view, group):
            continue
        cited = tuple(evidence(view, e.document, e.start, e.end) for e in group)
        dates = [e.date for e in group]
        places = ", ".join(f"{e.date} in {c.label}" for e, c in zip(group, cited))
        findings.append(
            Finding(TIMELINE_CONFLICT, view.episode.code,
                    f"the same event ({verb}) is dated differently: {places}",
                    cited, {"dates": dates, "verb": verb})
        )
    return findings
