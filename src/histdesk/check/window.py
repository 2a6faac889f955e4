"""`window.outside`: events dated wholly outside the episode's window.

An episode covers a stretch of history; research often runs past it ("I got carried away").
An event is outside only when no day it can mean falls in the window, so "1924" and "May
1924" stay inside a 1924 window while "1925" and "December 1925" do not. Undatable values
(unknown year, PRESENT_REF) are skipped, never flagged, and so is a date its own sentence
negates ("on 28 June, not on 27 June"): the writer rejects it, so it is no claim.
"""

from __future__ import annotations

import re

from histdesk.check.cite import evidence
from histdesk.check.codes import DOCS, WINDOW_OUTSIDE
from histdesk.check.registry import check
from histdesk.check.timevalue import DateRange, parse_value, parse_window
from histdesk.model import EpisodeView, Event, Finding


_NEGATED = re.compile(r"\b(?:not|rather than|instead of)\s+(?:on\s+|in\s+|of\s+)?(?:the\s+)?$", re.IGNORECASE)


def negated(event: Event) -> bool:
    """True when the words just before the event's date reject it ("not on June 27")."""
    if not (event.timex and event.timex.text):
        return False
    return bool(_NEGATED.search(event.text[: max(0, event.timex.start - event.start)]))


def event_range(event: Event) -> DateRange | None:
    """The day range of an event's date, honouring its timex's modifier."""
    return parse_value(event.date, event.timex.mod if event.timex else None)


def outside_window(event: Event, window: DateRange) -> bool:
    """True when the event's date can be placed and shares no day with `window`."""
    found = event_range(event)
    return found is not None and not found.overlaps(window)


@check(WINDOW_OUTSIDE, doc=DOCS[WINDOW_OUTSIDE])
def check_window(view: EpisodeView) -> list[Finding]:
    """One finding per event whose date lies wholly outside the episode window."""
    window = parse_window(view.episode.window)
    if window is None:
        return []
    findings = []
    for event in view.events:
        if event.document is None or negated(event) or not outside_window(event, window):
            continue
        cited = evidence(view, event.document, event.start, event.end)
        findings.append(
            Finding(
                WINDOW_OUTSIDE,
                view.episode.code,
                f"{event.date} is outside the episode window "
                f"{view.episode.window[0]}..{view.episode.window[1]}",
                (cited,),
                {"date": event.date, "window": list(view.episode.window)},
            )
        )
    return findings
