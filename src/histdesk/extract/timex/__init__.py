"""Rule-based TIMEX3 tagger: `tag(text, dct)` -> list of `Timex` with character offsets.

Pure Python regexes compiled once at import (`patterns.py`), normalised against an `Anchor`
(`anchor.py`) that carries the document date and the story's last explicit date. The spaCy
pipe lives in `component.py` and is registered when that module is imported.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from histdesk.extract.timex.anchor import Anchor, Point
from histdesk.extract.timex.calendar_note import calendar_notes, mask_notes
from histdesk.extract.timex.deixis import deictic_readings, is_deictic, story_anchored
from histdesk.extract.timex.names import EVENT, event_start, event_year, name_kind
from histdesk.extract.timex.normalize import normalize
from histdesk.extract.timex.patterns import Candidate, find_candidates
from histdesk.extract.timex.ranges import join_ranges, link_ranges
from histdesk.extract.timex.restate import appositive, negated
from histdesk.extract.timex.tense import forward_year, opens_sentence, retrospective
from histdesk.extract.timex.values import Reading
from histdesk.model import Timex

TAGGER_VERSION = "timex-10"

_EXPLICIT_YEAR = re.compile(r"(?<![\d$.,])(1\d{3}|20\d{2})(?![\d%,])")
_DAY_WORDS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b")
_PERIOD_RULES = ("quarter", "relunit", "thequarter")  # what sets the period "a year ago" compares with
# a date restating the one before in the other calendar: "25 October (7 November)", ", i.e. 7 November"
_RESTATED = re.compile(r"\s*,?\s*(?:[(\[]|i\.\s?e\.,?|that\s+is,?)\s*")
_GLANCE_RULES = ("unitrel", "relunit", "relpod", "duration", "bare")  # relative, counted from the story
_STORY_YEARS = 8  # distinct explicit years that make a text a story (news rarely has more than 7)
_FAR_YEARS = 30  # a median year this far from the dct, with no "yesterday"/weekdays, too


def is_narrative(text: str, dct: Point | None) -> bool:
    """A text is a narrative when it has no dct, names many distinct years, or its years lie
    far from the dct while it never says "yesterday" or a weekday (news habits)."""
    if dct is None:
        return True
    years = [int(y) for y in _EXPLICIT_YEAR.findall(text)]
    if len(set(years)) >= _STORY_YEARS:
        return True
    far = bool(years) and abs(statistics.median(years) - dct.year) > _FAR_YEARS
    return far and _DAY_WORDS.search(text) is None


def make_anchor(text: str, dct: str | None, narrative: bool | None, fallback_year: int | None) -> Anchor:
    """The starting anchor: dct point, narrative mode, and the fallback reference year.
    `narrative=True` with a dct is a dated narrative: deixis counts from the dct, and the story
    starts at `fallback_year`, else at the dct, until it names a date (`deixis.py`)."""
    point = Point.parse(dct)
    mode = is_narrative(text, point) if narrative is None else narrative
    dated = narrative is True and point is not None
    ref = Point(fallback_year) if fallback_year is not None else (None if mode and not dated else point)
    return Anchor(dct=point, ref=ref, narrative=mode, deixis_at_dct=dated)


def readings(text: str, anchor: Anchor) -> list[Reading]:
    """Normalise every candidate left to right, moving the anchor past explicit dates (not
    past a date that restates the previous one in the other calendar or in apposition, nor
    past a denied one: `restate.py`)."""
    out: list[Reading] = []
    last_end, prev = -1, None
    for cand in find_candidates(text):
        anchor = anchor.unfocused_after(cand.start)
        restated, last_end = _RESTATED.fullmatch(text, last_end, cand.start) is not None, cand.end
        if anchor.deixis_at_dct and is_deictic(cand, text, anchor):
            out.extend(deictic_readings(cand, text, anchor))  # the writer's time: the story stays
            continue
        if name_kind(text, cand.start, cand.end, cand.rule, cand.groups) == EVENT:
            out.extend(_event_name(cand, text, anchor))  # "the October Revolution": the story stays
            continue
        for reading in normalize(cand, text, anchor):
            reading = appositive(text, prev, reading, cand.rule) or reading
            out.append(story_anchored(reading, cand, anchor) if anchor.deixis_at_dct else reading)
            if not negated(text, reading.start):
                anchor = _advance(text, anchor, reading, cand.rule, restated)
                if prev is not None and prev.pair and reading.point is not None and prev.point is not None:
                    anchor = anchor.spanning(prev.point, reading.point)  # "July 1–3, 1863"
            prev = reading
    return out


def _advance(text: str, anchor: Anchor, reading: Reading, rule: str, restated: bool) -> Anchor:
    """The anchor after `reading`: moved to its point unless the text glances back at it,
    restates the date before it, or names it as a target; a quarter becomes the period."""
    if _glances_back(text, anchor, reading):
        anchor = anchor.noted(reading.point, reading.end)  # "that year" may still mean it
    elif not restated and not _looks_back(anchor, reading, rule):
        target = anchor.narrative and reading.year_given and forward_year(text, reading.start)
        anchor = anchor.moved_to(reading.point, reading.end, target)
    if rule in _PERIOD_RULES:
        anchor = anchor.focused(reading.value, reading.end)
    return anchor


def _event_name(cand: Candidate, text: str, anchor: Anchor) -> list[Reading]:
    """An event named after its time keeps its temporal word, without "the" ("the <Spring>
    Offensive"); the name refers to the event, so the story's date does not move. A year
    after the name dates it ("the Spring Offensive of 1918")."""
    start, year = event_start(text, cand.start, cand.end), event_year(text, cand.end)
    if year is not None:
        anchor = Anchor(dct=anchor.dct, ref=Point(year), narrative=True, deixis_at_dct=anchor.deixis_at_dct)
    found = normalize(cand, text, anchor)
    return [replace(story_anchored(r, cand, anchor) if anchor.deixis_at_dct else r, start=start) for r in found]


def _looks_back(anchor: Anchor, reading: Reading, rule: str) -> bool:
    """A story glancing back stays where it was. Only a year the text names moves a narrative
    to an earlier year ("the previous year", "two years ago" do not); a relative glance at an
    earlier day, week or month ("the day before", "the previous week", "two days earlier")
    does not move it either, so "that evening" after it is still the story's day."""
    ref, point = anchor.ref, reading.point
    if not anchor.narrative or reading.year_given or None in (ref, point):
        return False
    return point.year < ref.year or (rule in _GLANCE_RULES and point.before(ref))


def _glances_back(text: str, anchor: Anchor, reading: Reading) -> bool:
    """A date the text names only in retrospect does not become the story's time: one before
    the story's point in a past perfect or a "since"/"as in" clause, and a bare year before
    the story's year inside a sentence told at day precision ("on 22 June, in the carriage
    used in 1918, ... on 25 June" stays in June 1940). A year leading its sentence or a
    heading ("In 1918, ...", "1918: ...") narrates forward and moves the story."""
    ref, point = anchor.ref, reading.point
    if not anchor.narrative or None in (ref, point) or not point.before(ref):
        return False
    bare = point.month is None
    if retrospective(text, reading.start, reading.end, bare):
        return True
    return anchor.tells_days(reading.start) and bare and point.year < ref.year and not opens_sentence(text, reading.start)


def tag(
    text: str,
    dct: str | None = None,
    *,
    narrative: bool | None = None,
    fallback_year: int | None = None,
    ranges: bool = True,
    timeml: bool = False,
) -> list[Timex]:
    """Find and normalise the temporal expressions of `text`.

    `dct` is the document creation date ("YYYY-MM-DD"); `narrative=None` decides the mode
    from the text; `fallback_year` anchors underspecified dates before any explicit one.
    With `ranges=True` a range is one DATE whose value is "start/end"; with `ranges=False`
    its two ends come out as separate timexes (as TimeML gold data tags them).
    `timeml=True` writes values in the TimeML gold conventions (decades "192", not "192X");
    the evaluator calls `tag(text, dct, ranges=False, timeml=True)`.
    """
    plain = mask_notes(text)
    found = link_ranges(plain, readings(plain, make_anchor(plain, dct, narrative, fallback_year)))
    if ranges:
        found = join_ranges(found)
    else:
        found = [replace(r, pair=False) for r in found]
    return [Timex(r.start, r.end, text[r.start : r.end], r.type, _decade_style(r.value, timeml), r.mod, r.anchor) for r in found]


_DECADE = re.compile(r"(?:BC)?\d{3}")


def _decade_style(value: str, timeml: bool) -> str:
    """Decades are "192X" for histdesk (the issue's form) and "192" in TimeML gold data."""
    if timeml:
        return value
    return "/".join(v + "X" if _DECADE.fullmatch(v) else v for v in value.split("/"))


__all__ = ["TAGGER_VERSION", "Anchor", "Point", "calendar_notes", "tag", "is_narrative"]
