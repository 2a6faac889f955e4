"""Dated narratives: a text that carries its own date (a forum post's `created_at`) while it
tells an older story. Deictic expressions ("yesterday", "last week", "three weeks ago") speak
of the writer's time, so they resolve against the dct exactly as in news mode; anaphoric and
underspecified ones ("that spring", "March 3", "two days later") speak of the story's time.

`tag(text, dct, narrative=True)` turns this on (`Anchor.deixis_at_dct`). The choice is made
per candidate from the words its rule captured (`is_deictic`), never from its value.
"""

from __future__ import annotations

import re
from dataclasses import replace

from histdesk.extract.timex.anchor import Anchor
from histdesk.extract.timex.normalize import normalize
from histdesk.extract.timex.patterns import Candidate
from histdesk.extract.timex.relative import rel_kind
from histdesk.extract.timex.values import Reading

_STORY_WORDS = ("overnight",)  # "Overnight the river rose": the story's night, not the writer's
_NOW_WARDS = ("ago", "from now", "hence")  # counted from the moment of writing
_NOW_RELS = ("this", "last", "next")
_OF = re.compile(r"\s+of\b")  # "the last three days of the siege" are the story's
_STORY_WEEKDAY = re.compile(r"\b(?:the|that)\s+$", re.IGNORECASE)  # "on the Sunday": the story's
_UNANCHORED_RULES = ("season", "quarter", "century")  # their normalisers record no anchor


def _rel_points_at_now(rel: str | None) -> bool:
    """"this", "last", "next", "the past", "earlier this" count from now; "that", "the same",
    "the next", "the following", "the previous", "earlier that" count from the story."""
    return bool(rel) and not rel_kind(rel)[1]


def _quantity_points_at_now(cand: Candidate, text: str) -> bool:
    """"three weeks ago", "years ago", "the past few days", "recent years", "coming months"."""
    g = cand.groups
    direction = " ".join((g.get("dir") or "").lower().split())
    if direction:
        return direction in _NOW_WARDS
    lead = (g.get("lead") or "").lower().split()
    if cand.rule == "bare" and lead[-1:] in (["recent"], ["coming"], ["future"]):
        return True
    the_past = lead[:1] == ["the"] and lead[-1:] in (["past"], ["last"])  # not "his last two years"
    return the_past and _OF.match(text, cand.end) is None


def _first_word(words: str | None) -> str:
    return (words or "").lower().split(maxsplit=1)[0] if (words or "").strip() else ""


def is_deictic(cand: Candidate, text: str, anchor: Anchor | None = None) -> bool:
    """True when the candidate speaks of the writer's time rather than the story's. A bare
    weekday ("recorded on Sunday") is the post's week unless the story is being told day by
    day just before it ("On 19 May ... On Tuesday he flew"): only then is its week known."""
    g = cand.groups
    if cand.rule == "weekday" and not g.get("rel") and anchor is not None:
        return not anchor.tells_days(cand.start) and _STORY_WEEKDAY.search(text, max(0, cand.start - 8), cand.start) is None
    if _first_word(g.get("ofrel")) in _NOW_RELS:
        return True  # "March 3 of last year", "the spring of this year"
    if cand.rule in ("deictic", "time"):
        word = " ".join((g.get("word") or "").lower().split())
        return bool(word) and word not in _STORY_WORDS
    if cand.rule in ("relpod", "relunit", "century", "season", "quarter"):
        return bool(g.get("yrel")) or (not g.get("year") and _rel_points_at_now(g.get("rel")))
    if cand.rule in ("month", "weekday"):
        return _first_word(g.get("rel")) in _NOW_RELS  # "last March", "this past Tuesday"
    if cand.rule in ("duration", "bare"):
        return _quantity_points_at_now(cand, text)
    return False


def deictic_readings(cand: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """The candidate read as news reads it (against the dct, no results-news period in focus),
    each reading anchored at the dct. The story's anchor is not moved by them."""
    news = replace(anchor, narrative=False, ref=anchor.dct, fine=None, period=None)
    return [replace(r, anchor=anchor.dct.iso()) for r in normalize(cand, text, news)]


def story_anchored(reading: Reading, cand: Candidate, anchor: Anchor) -> Reading:
    """A season, quarter or century without its year says which story date gave it one."""
    resolved = reading.value[:1].isdigit() and not reading.year_given
    if reading.anchor is None and resolved and cand.rule in _UNANCHORED_RULES and anchor.anaphoric():
        return replace(reading, anchor=anchor.anaphoric().iso())
    return reading
