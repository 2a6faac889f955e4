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
# (month, year) of each date a text mentions: "May 1924", "1924", "May".
_DATE = re.compile(
    rf"\b(?:({_MONTH})\s+(?:\d{{1,2}},?\s+)?)?(1[0-9]{{3}}|20[0-9]{{2}})\b|\b({_MONTH})\b"
)
_NAME = re.compile(r"(?<=[\s(“\"])([A-Z][a-z’'-]{2,})")


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
    dates: frozenset[tuple[str | None, str | None]] = frozenset()  # (month, year) it is dated by
    names: frozenset[str] = frozenset()  # capitalised words of its sentence

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
            placed.append(
                Placed(
                    figure,
                    doc_id,
                    sentence,
                    post.number if post else None,
                    text[left : max(right, figure.end)].lower(),
                    text[figure.end : max(right, figure.end)].lower(),
                    dates_in(text[left : figure.start]) or dates_in(text[figure.end : right]),
                    names_in(text[s_start:s_end]),
                )
            )
    return placed


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


def dates_in(text: str) -> frozenset[tuple[str | None, str | None]]:
    """The (month, year) of every date `text` mentions: what can tell two figures apart.

    A figure is dated by the dates in its own clause: the text since the previous figure,
    else the text up to the next one ("in January 1924 44 percent ... and in May 1924, 60").
    """
    return frozenset((m.group(1) or m.group(3), m.group(2)) for m in _DATE.finditer(text))


def dates_compatible(left: frozenset, right: frozenset) -> bool:
    """True unless both are dated and no date of one can be a date of the other."""
    if not left or not right:
        return True
    return any(
        (m1 is None or m2 is None or m1 == m2) and (y1 is None or y2 is None or y1 == y2)
        for m1, y1 in left
        for m2, y2 in right
    )


def names_in(sentence: str) -> frozenset[str]:
    """Capitalised words not opening the sentence and not months: who the figure is about."""
    months = {m or "" for m, _ in dates_in(sentence)}
    return frozenset(_NAME.findall(sentence)) - months
