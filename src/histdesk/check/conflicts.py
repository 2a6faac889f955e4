"""`timeline.conflict`: two documents or posts giving incompatible dates for one event.

"The same event" is judged on the clause around each date, not the whole sentence (a long
sentence tells more than one thing): the same subject (entity, or name once plural and case
are set aside: "German troops" / "the Germans"), the same main verb (its first
past-tense-looking word, crudely stemmed so "died"/"dies" agree) and overlapping objects
(the names after the verb; none on both sides also agrees). The dates conflict only when
their day ranges share no day, so "1924" and "January 1924" agree. Events of one post are
never compared with each other (a post may tell a story twice), nor a sentence with an
identical copy of itself. When a later post corrects the date ("on 14 June, not on the
13th"), the finding says which date the thread settled on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from histdesk.check.cite import evidence, post_at
from histdesk.check.codes import DOCS, TIMELINE_CONFLICT
from histdesk.check.registry import check
from histdesk.check.variants import normal_form
from histdesk.check.window import event_range, negated
from histdesk.model import EpisodeView, Event, Finding, Mention

_IRREGULAR = frozenset(
    "became began born broke came chose drew fell fled fought gave grew held knew led left lost "
    "made met ran rose sent set spoke stood struck swore took went won wrote".split()
)
_NOT_VERBS = frozenset("hundred sacred naked wicked indeed kindred beloved aged need feed seed shed bred".split())
_WORD = re.compile(r"[A-Za-z]+")
# Where a clause of a sentence ends: "entered Paris on 14 June, and a week later ... came".
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+(?:and|but|while|whereas|although|though|when|where|after|before|which|who|until)\b"
)
_NOT_SUBJECTS = frozenset(
    "a an the was were had has have been also then later soon he she it they we i who which that "
    "this these those there on in at by of would could should might may must day week month "
    "year morning evening night time".split()
)
# "Vicksburg surrendered to Grant" / "Vicksburg was taken by Grant": the subject undergoes.
_UNDERGOES = re.compile(r"[A-Za-z]+(?:\s*[,.;]|\s*$|\s+(?:to|by|at|in|on|after|before|without)\b)")
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+$")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday gen general col colonel".split()
)
_CORRECTION = re.compile(
    r"\bnot\s+(?:on\s+|in\s+)?(?:the\s+)?\d|\bcorrect\w*|\bmistake\w*|\bwrong\b|\bactually\b|\bin fact\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Told:
    """One event as its clause tells it: who did what to whom."""

    event: Event
    subject: frozenset[str]
    verb: str
    objects: frozenset[frozenset[str]]
    origin: tuple
    undergoes: bool = False  # passive or intransitive: the subject is what the verb acts on


def main_verb(sentence: str) -> str | None:
    """A crude stem of the sentence's first lowercase past-tense-looking word."""
    found = _verb_at(sentence)
    return found[0] if found else None


def _verb_at(text: str) -> tuple[str, int] | None:
    for match in _WORD.finditer(text):
        word = match.group()
        if not word.islower() or word in _NOT_VERBS:
            continue
        if word in _IRREGULAR:
            return word, match.start()
        if len(word) >= 4 and word.endswith("ed"):
            return _stem(word), match.start()
    return None


def _stem(word: str) -> str:
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return stem


def clause_span(event: Event) -> tuple[int, int]:
    """Document offsets of the clause of the event's sentence that holds its date (the first
    clause when the date's position is unknown)."""
    at = event.timex.start - event.start if event.timex and event.timex.text else 0
    left, right = 0, len(event.text)
    for match in _CLAUSE_BREAK.finditer(event.text):
        if match.end() <= at:
            left = match.end()
        elif match.start() >= at:
            right = match.start()
            break
    return event.start + left, event.start + right


def told(view: EpisodeView, event: Event) -> Told | None:
    """Subject, verb and objects of the event's clause; None when it has no verb or subject,
    or when its date is the one a correction rejects ("on 14 June, not on the 13th")."""
    if negated(event):
        return None
    start, end = clause_span(event)
    clause = event.text[start - event.start : end - event.start]
    found = _verb_at(clause)
    if not found:
        return None
    verb, at = found
    inside = [m for m in event.mentions if start <= m.start < end]
    before = [m for m in inside if m.start < start + at]
    subject = _keys(before[0]) if before else _subject_word(clause[:at])
    if not subject:
        return None
    objects = frozenset(_keys(m) for m in inside if m.start > start + at)
    undergoes = bool(_UNDERGOES.match(clause[at:]) or _PASSIVE.search(clause[:at]))
    return Told(event, subject, verb, objects, _origin(view, event), undergoes)


def _keys(mention: Mention) -> frozenset[str]:
    """What identifies a name: its entity and its text, singular and case-folded."""
    text = normal_form(mention.text).casefold()
    text = text[:-1] if text.endswith("s") and not text.endswith("ss") else text
    return frozenset({text} | ({f"#{mention.entity}"} if mention.entity is not None else set()))


def _subject_word(text: str) -> frozenset[str]:
    """The last word before the verb that could name its subject ("The armistice was signed"
    -> "armistice"; "Vicksburg surrendered", a name the tagger missed -> "vicksburg")."""
    words = [w.casefold() for w in _WORD.findall(text)]
    words = [w for w in words if w not in _NOT_SUBJECTS and w not in _CALENDAR]
    return frozenset(words[-1:])


def _origin(view: EpisodeView, event: Event) -> tuple:
    post = post_at(view, event.document, event.start) if event.document is not None else None
    return (event.document, post.number if post else None)


def same_event(a: Told, b: Told) -> bool:
    """Same verb and the same subject with agreeing objects, or one side's object is the
    other's undergoing subject ("Pemberton surrendered Vicksburg" / "Vicksburg surrendered")."""
    if a.verb != b.verb:
        return False
    if a.subject & b.subject:
        return (not a.objects and not b.objects) or any(x & y for x in a.objects for y in b.objects)
    return _acted_on(a, b) or _acted_on(b, a)


def _acted_on(actor: Told, undergoer: Told) -> bool:
    return undergoer.undergoes and any(undergoer.subject & o for o in actor.objects)


def _disagree(a: Told, b: Told) -> bool:
    """Told in different places (not a copy of one sentence) with dates sharing no day."""
    if a.origin == b.origin or " ".join(a.event.text.split()) == " ".join(b.event.text.split()):
        return False
    left, right = event_range(a.event), event_range(b.event)
    return bool(left and right and not left.overlaps(right))


@check(TIMELINE_CONFLICT, doc=DOCS[TIMELINE_CONFLICT])
def check_conflicts(view: EpisodeView) -> list[Finding]:
    """One finding per event told with incompatible dates in different places."""
    by_verb: dict[str, list[Told]] = defaultdict(list)
    for event in view.events:
        item = told(view, event) if event.document is not None else None
        if item:
            by_verb[item.verb].append(item)
    findings = []
    for items in by_verb.values():
        for group in _groups(items):
            if any(_disagree(a, b) for a, b in combinations(group, 2)):
                findings.append(_finding(view, group))
    return findings


def _groups(items: list[Told]) -> list[list[Told]]:
    """Events joined by `same_event`, transitively, in input order."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(items)), 2):
        if same_event(items[i], items[j]):
            parent[root(j)] = root(i)
    groups: dict[int, list[Told]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[root(i)].append(item)
    return [g for g in groups.values() if len(g) > 1]


def settled(view: EpisodeView, group: list[Told]) -> Told | None:
    """The last post of the group whose clause corrects a date ("14 June, not the 13th")."""
    found = None
    for item in group:
        start, end = clause_span(item.event)
        doc = next((d for d in view.documents if d.id == item.event.document), None)
        clause = doc.text[start:end] if doc else item.event.text
        if item.origin[1] is not None and _CORRECTION.search(clause):
            if found is None or item.origin > found.origin:
                found = item
    return found


def _finding(view: EpisodeView, group: list[Told]) -> Finding:
    events = [item.event for item in group]
    cited = tuple(evidence(view, e.document, e.start, e.end) for e in events)
    places = ", ".join(f"{e.date} in {c.label}" for e, c in zip(events, cited))
    verb = group[0].verb
    data = {"dates": [e.date for e in events], "verb": verb}
    message = f"the same event ({verb}) is dated differently: {places}"
    if chosen := settled(view, group):
        label = cited[events.index(chosen.event)].label
        data["settled"] = chosen.event.date
        message += f"; the thread settled on {chosen.event.date} ({label})"
    return Finding(TIMELINE_CONFLICT, view.episode.code, message, cited, data)
