"""Month, season, holiday and weekday words inside proper names.

A capitalised temporal word followed by more capitalised words is part of a name. What the
name is decides whether it is still a timex, as the TimeML/TIMEX2 gold data of WikiWars tags
it: an event named after its time keeps its temporal word ("the <Easter> Offensive", "the
<Autumn> Harvest Uprising", "a <February> Peace Conference"; the "the" is not in the extent),
while a place, building, firm or paper named after a season is no time at all ("the Winter
Palace", "Spring Street", "the Sunday Times"), and neither is the noun "march" in a named
march ("the Long March", "the March to the Sea") nor a first name ("August Bebel").

`name_kind(text, start, end, rule, groups)` says which: NOT_TIME (the grammar drops the
match), EVENT (kept, but it names the event rather than moving the story's date) or None.
Pure regexes over the text around the match; no parser.
"""

from __future__ import annotations

import re

from histdesk.extract.timex import lexicon as lx

NOT_TIME = "not-time"
EVENT = "event"

_PLACE_HEADS = frozenset(
    "palace palaces garden gardens street st square avenue road lane boulevard bridge gate hall "
    "house hotel park station island islands lake river hill hills mountain mountains valley bay "
    "canal theatre theater church cathedral castle corp corporation company co inc ltd times post "
    "telegraph herald review journal gazette magazine quarterly".split()
)
_EVENT_HEADS = frozenset(
    "revolution revolutions revolt rebellion rising uprising insurrection mutiny offensive "
    "campaign battle battles war fighting crisis conference congress plenum days events incident "
    "massacre putsch coup strike strikes riots agreement accord accords treaty manifesto theses "
    "election elections purge raid thaw".split()
)
_TIME_WORDS = frozenset([*lx.MONTHS, *lx.WEEKDAYS, *lx.SEASONS, "day", "eve", "night", "morning",
                         "afternoon", "evening", "of"])
_RUN = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’.-]*))+")  # the capitalised words that follow, same line
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
# prepositions that make the next word a time ("in January Soviet troops", "on Sunday Times Square")
_PREPS = frozenset(
    "in on at by since until till from to through throughout during before after between around "
    "about circa for over".split()
)
_CUES = _PREPS | {"of", "and", "or", "then", "early", "late", "mid"}  # "the end of August", "July and August"
_SINGLE = {"month": ("pos", "rel", "year", "ofrel"), "season": ("pos", "rel", "year", "ofrel", "ynext"),
           "holiday": ("year",), "weekday": ("pos", "rel", "pod")}
_NOUN_MONTHS = ("march",)  # a month word that is also a noun of events ("a march", "the Long March")
_MARCH_ON = re.compile(r"\s+(?:to|on|for|from|of|through)\s+(?:the\s+)?[A-Z]")


def _run_words(text: str, end: int) -> list[str]:
    m = _RUN.match(text, end)
    return [w.lower().rstrip(".") for w in _WORD.findall(m.group(0))[:4]] if m else []


def _word_before(text: str, start: int) -> tuple[str, bool]:
    """The word right before `start` and whether it opens its sentence or line ("" and True
    at the start of a sentence; "1" after a number)."""
    m = re.search(r"([A-Za-z][\w'’-]*|\d)[ \t]+$", text[max(0, start - 40) : start])
    if m is None:
        return "", True
    at = start - len(m.group(0))
    opens = re.search(r"(?:^|[.!?:;][\"'”’)]*\s+|\n\s*|[\"“(]\s*)$", text[max(0, at - 4) : at]) is not None
    return m.group(1), opens or at == 0


def _title_line(text: str, start: int) -> bool:
    """A heading or headline in title case says nothing by its capitals."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = _WORD.findall(text[line_start : line_end if line_end >= 0 else len(text)])
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and caps >= 0.7 * len(words)


def event_start(text: str, start: int, end: int) -> int:
    """Where the timex of an EVENT name starts: "the" is not part of it ("the <Autumn> Harvest
    Uprising", as the gold data tags it)."""
    return _word_start(text, start, end)


_OF_YEAR = re.compile(r"(?:[ \t]+[A-Z][\w'’.-]*)+\s+of\s+(1\d{3}|20\d{2})\b")


def event_year(text: str, end: int) -> int | None:
    """The year a name gives its event after the name: "the February Revolution of 1917"."""
    m = _OF_YEAR.match(text, end)
    return int(m.group(1)) if m else None


def _word_start(text: str, start: int, end: int) -> int:
    """Where the temporal word itself starts ("the Autumn" -> "Autumn")."""
    m = re.match(r"the\s+", text[start:end], re.IGNORECASE)
    return start + m.end() if m else start


def name_kind(text: str, start: int, end: int, rule: str, groups: dict) -> str | None:
    """NOT_TIME, EVENT or None for the match text[start:end] of `rule` (see module doc)."""
    if rule == "bare" and text[start].isupper() and not groups.get("lead"):
        before, opens = _word_before(text, start)
        return NOT_TIME if before[:1].isupper() and not opens else None  # "the July Days"
    if rule not in _SINGLE or any(groups.get(k) for k in _SINGLE[rule]):
        return None
    word_at = _word_start(text, start, end)
    if not text[word_at].isupper():
        return None
    run = _run_words(text, end)
    before, opens = _word_before(text, word_at)
    if run and run[0] not in _TIME_WORDS and not run[0][0].isdigit() and before.lower() not in _PREPS:
        if _PLACE_HEADS.intersection(run):
            return NOT_TIME
        if _EVENT_HEADS.intersection(run):
            return EVENT
    if rule != "month" or _title_line(text, start):
        return None
    return _month_in_name(text, text[word_at:end].lower(), end, run, before, opens)


def _month_in_name(text: str, word: str, end: int, run: list[str], before: str, opens: bool) -> str | None:
    """A first name ("August Bebel said") or a named march ("the Long March", "the March to
    the Sea"); a month after a cue word ("In January Soviet troops") stays a month."""
    low = before.lower()
    if low.isdigit():
        return None
    if word in _NOUN_MONTHS and before[:1].isupper() and not opens and low not in _CUES:
        return NOT_TIME  # "the Long March", "the epic Ice March", "General March"
    owned = low in ("the", "his", "her", "their") or low.endswith(("'s", "’s"))
    if word in _NOUN_MONTHS and owned and _MARCH_ON.match(text, end):
        return NOT_TIME  # "the March on Rome", "Sherman's March to the Sea"
    first_name = bool(run) and run[0] not in _TIME_WORDS and not run[0][0].isdigit()
    return NOT_TIME if first_name and low not in _CUES else None
