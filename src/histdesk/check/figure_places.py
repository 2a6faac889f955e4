"""Figures placed in their text: sentence, post and the words around them.

Both figure checks reason about figures "in the same sentence or the next one, in the same
post", about the words next to a figure ("were submitted", "admitted") and about what a
share is of ("workers among party members"). This module computes those once per view.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from histdesk.check.cite import post_at, sentences
from histdesk.model import EpisodeView, Figure

_DETERMINERS = frozenset("the a an those these".split())
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# (day, month, year) of each date a text mentions: "27 May", "May 31, 1940", "May 1924", "1924".
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})(?:\s+(?P<d2>\d{{1,2}})(?![\d,.]\d))?)"
    rf"(?:,?\s+(?P<y1>{_YEAR}))?\b|\b(?P<y2>{_YEAR})\b"
)
_NAME = re.compile(r"(?<=[\s(“\"])([A-Z][a-z’'-]{2,})")
# A figure's clause ends at these: "7,669 on 27 May, but on 31 May the figure reached 68,014".
_CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:but|while|whereas|although|though|yet)\b|\s+but\s+")
# What a count is a count of beyond its noun: a rate, a stretch of time, a place.
_RATE = re.compile(
    r"\b(?:a|per|each|every)\s+(day|night|week|month|year)\b|\b(daily|nightly|weekly|monthly|yearly|annual(?:ly)?)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(?:on|in|during|by|over)\s+the\s+((?:first|second|third|last|final|next|same|opening)\s+"
    r"(?:day|night|week|month|year)s?)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?i:at|in|near|off|outside|around)\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


@dataclass(frozen=True)
class Placed:
    """A figure with its document, sentence index, post number and local context.

    `context` runs from the previous figure (or the sentence start) to the next figure (or
    the sentence end), lower-cased: the words that belong to this figure and no other.
    """

    figure: Figure
    document: int
    sentence: int
    post: int | None
    context: str
    after: str = ""  # lower-cased text from the figure's end to the next figure or sentence end
    dates: frozenset[tuple[str | None, str | None, str | None]] = frozenset()  # (day, month, year)
    names: frozenset[str] = frozenset()  # capitalised words of its sentence
    scope: frozenset[str] = frozenset()  # "per day", "the first day", "dated to a day", "at Dunkirk"
    clause: tuple[str, str] = ("", "")  # lower-cased words of its clause before and after it

    def near(self, other: Placed) -> bool:
        """Same document and post, same or adjacent sentence."""
        return (
            self.document == other.document
            and self.post == other.post
            and abs(self.sentence - other.sentence) <= 1
        )


def place(view: EpisodeView) -> list[Placed]:
    """Every figure of the view that has a document, in document then text order."""
    texts = {doc.id: doc.text for doc in view.documents}
    placed: list[Placed] = []
    for doc_id, text in texts.items():
        figures = sorted(
            (f for f in view.figures if f.document == doc_id and f.end <= len(text)),
            key=lambda f: f.start,
        )
        spans = list(sentences(text))
        starts = [s for s, _ in spans]
        for index, figure in enumerate(figures):
            sentence = max(0, bisect_right(starts, figure.start) - 1)
            s_start, s_end = spans[sentence] if spans else (0, len(text))
            left = max(s_start, figures[index - 1].end if index else 0)
            right = min(s_end, figures[index + 1].start if index + 1 < len(figures) else s_end)
            post = post_at(view, doc_id, figure.start)
            c_start, c_end = clause_bounds(text, s_start, s_end, figure.start, figure.end)
            before, after = text[max(left, c_start) : figure.start], text[figure.end : min(right, c_end)]
            dates = nearest_date(before, after)
            placed.append(
                Placed(
                    figure,
                    doc_id,
                    sentence,
                    post.number if post else None,
                    text[left : max(right, figure.end)].lower(),
                    text[figure.end : max(right, figure.end)].lower(),
                    dates,
                    names_in(text[s_start:s_end]),
                    scope_of(f"{before} # {after}", dates),
                    (before.lower(), after.lower()),
                )
            )
    return placed


def clause_bounds(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence [s_start, s_end) holding the span [start, end)."""
    left, right = s_start, s_end
    for match in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def scope_of(clause: str, dates: frozenset) -> frozenset[str]:
    """What narrows a count beyond its noun: a rate, a stretch of time, a day, a place.

    Two counts of one noun with different scopes ("7,669 on 27 May" and "338,226 in all",
    "40,000 prisoners at Dunkirk" and "1.8 million prisoners") are not the same count.
    """
    months = {m for _, m, _ in dates_in(clause) if m}
    tags = {f"per {m.group(1) or m.group(2)}".lower() for m in _RATE.finditer(clause)}
    tags |= {f"the {m.group(1)}".lower() for m in _PERIOD.finditer(clause)}
    tags |= {f"at {m.group(1)}" for m in _PLACE.finditer(clause) if m.group(1).split()[0] not in months}
    if any(day for day, _, _ in dates):
        tags.add("dated to a day")
    return frozenset(tags)


def normalise(phrase: str | None) -> str:
    """Lower case, determiners dropped, plurals made singular: "the Workers" -> "worker"."""
    if not phrase:
        return ""
    words = [w for w in phrase.lower().replace(",", " ").split() if w not in _DETERMINERS]
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def share_parts(figure: Figure) -> tuple[str, str]:
    """(property, group) of a share's `of`, normalised: "workers among party members" ->
    ("worker", "party member"); an `of` without "among" is taken as the group."""
    of = figure.of or ""
    prop, sep, group = of.partition(" among ")
    if not sep:
        return "", normalise(of)
    return normalise(prop), normalise(group)


def dates_in(text: str) -> frozenset[tuple[str | None, str | None, str | None]]:
    """The (day, month, year) of every date `text` mentions: what can tell two figures apart.

    A figure is dated by the dates in its own clause: the text since the previous figure,
    else the text up to the next one ("in January 1924 44 percent ... and in May 1924, 60").
    """
    return frozenset(
        (m["d1"] or m["d2"], m["m1"] or m["m2"], m["y1"] or m["y2"]) for m in _DATE.finditer(text)
    )


def nearest_date(before: str, after: str) -> frozenset[tuple[str | None, str | None, str | None]]:
    """The date of the figure's clause nearest to it: the last before it or the first after.

    "rose from 7,669 on May 27 to a peak of 68,014 on May 31": each count has its own day.
    """
    last = list(_DATE.finditer(before))[-1:]
    first = next(_DATE.finditer(after), None)
    if not last and first is None:
        return frozenset()
    chosen = first
    if last and (first is None or len(before) - last[0].end() <= first.start()):
        chosen = last[0]
    return dates_in(chosen.group())


def dates_compatible(left: frozenset, right: frozenset) -> bool:
    """True unless both are dated and no date of one can be a date of the other."""
    if not left or not right:
        return True
    return any(
        all(x is None or y is None or x == y for x, y in zip(one, other))
        for one in left
        for other in right
    )


def names_in(sentence: str) -> frozenset[str]:
    """Capitalised words not opening the sentence and not months: who the figure is about."""
    months = {m or "" for _, m, _ in dates_in(sentence)}
    return frozenset(_NAME.findall(sentence)) - months


_PARTITIVE_OPEN = re.compile(r"\bof\s+(?:the|these|those)\s+$")
_PARTS_FOLLOW = re.compile(r"\b(?:among\s+(?:them|whom|these|those)|of\s+(?:whom|these|those))\b")


def partitive_parts(placed: list[Placed]) -> dict[int, Placed]:
    """id(part) -> whole for counts that split a partitive whole in its sentence: "Of the 101
    people killed, 31 were Americans and 39 were British", "101 died, among them 31 ...".
    The parts are the later counts of the sentence, each smaller, together not above it."""
    found: dict[int, Placed] = {}
    for index, whole in enumerate(placed):
        if whole.figure.unit is not None or id(whole) in found:
            continue
        if not (_PARTITIVE_OPEN.search(whole.clause[0]) or _PARTS_FOLLOW.search(whole.after)):
            continue
        parts = [
            p for p in placed[index + 1 :]
            if p.document == whole.document and p.sentence == whole.sentence
            and p.figure.unit is None and p.figure.value < whole.figure.value
        ]  # fmt: skip
        if parts and sum(p.figure.value for p in parts) <= whole.figure.value:
            found.update((id(p), whole) for p in parts)
    return found
