"""Vetoes: matches that look temporal but are not ("May" the verb, "1500 soldiers", ages,
"the Winter Palace", a quoted title). `veto(text, cand)` is asked for every rule match by
`patterns.find_candidates`; it reads only the text around the match and its groups.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from histdesk.extract.timex.names import NOT_TIME, name_kind

if TYPE_CHECKING:
    from histdesk.extract.timex.patterns import Candidate


_MAY_CUES = re.compile(
    r"(?:\b(?:in|of|early|late|mid|since|until|till|by|last|next|this|that|from|to|through|between|"
    r"during|before|after|and|or|until|each|every)\s+|-|–)$",
    re.IGNORECASE,
)
_NOT_YEAR_AFTER = re.compile(
    r"^\s?(?:(?!(?:the|a|an|his|her|its|their|our|these|those|this|that)\s)[a-z]+\s+)?(?:troops|soldiers|men|people|persons|casualties|prisoners|dead|killed|"
    r"wounded|tons|miles|km|kilometres|kilometers|metres|meters|feet|ships|tanks|aircraft|planes|"
    r"guns|horses|cavalry|infantry|workers|members|votes|delegates|dollars|pounds|euros|marks|"
    r"francs|rubles|yen|acres|hectares|square|strong|deaths|children|women|villages|officers|"
    r"sailors|seats|cases|units|copies|rifles|machine|hours|points|pages|words|shares|employees|"
    r"jobs|students|pp\.|p\.)\b",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:pp?\.|page|pages|vol\.|no\.|number|nos\.|paragraph|article|section|room|route|flight|about|some|over|nearly|approximately|around|least|than|of|up\s+to)\s*)$", re.IGNORECASE)


def _discourse_or_fraction(text: str, cand: Candidate, before: str) -> bool:
    """Sentence-opening "Now, ..." (with its comma) moves the argument on, not the clock; "three-quarters of
    its food" is a fraction."""
    if cand.rule == "deictic" and text[cand.start : cand.end] == "Now" and text[cand.end : cand.end + 1] == ",":
        return re.search(r"(?:^|[.!?][\"'”’]*\s+|\n)$", before) is not None
    unit = cand.groups.get("unit") or ""
    return cand.rule == "duration" and re.fullmatch(r"quarters?", unit, re.IGNORECASE) is not None and re.match(r"\s+of\b", text[cand.end :]) is not None


_TITLE_WORD = r"(?:[A-Z0-9][\w'.&-]*|of|the|and|a|an|in|on|for|to|with)"
_TITLE_OPEN = re.compile(r"(?:``|''|[\"“])(?:[A-Z][\w'.&-]*\s+)*$")
_TITLE_CLOSE = re.compile(rf"(?:\s+{_TITLE_WORD})*[.,!?]?(?:''|[\"”])")


def _in_title(text: str, cand: Candidate) -> bool:
    """A capitalised expression inside a quoted title names a work or a show, not a time:
    ``High Noon'', "This Week With David Brinkley", ''60 Minutes.''"""
    words = text[cand.start : cand.end].split()
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    before = text[max(0, cand.start - 40) : cand.start]
    return _TITLE_OPEN.search(before) is not None and _TITLE_CLOSE.match(text, cand.end) is not None


def _in_name(text: str, cand: Candidate) -> bool:
    """"the Winter Palace", "the Long March", "August Bebel" (`names.py`)."""
    return name_kind(text, cand.start, cand.end, cand.rule, cand.groups) == NOT_TIME


def _bad_month(text: str, cand: Candidate, before: str) -> bool:
    """Modal "May" and bare abbreviations ("Mar", "Jan") are not months; "last Oct. 23" is
    the date "Oct. 23" (its own rule), not the month "last Oct."."""
    g = cand.groups
    if g.get("year"):
        return False
    if not g.get("pos") and not g.get("rel") and not g.get("ofrel"):
        word = text[cand.start : cand.end]
        if word.lower().rstrip(".") in ("may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept"):
            return word != "May" or not _MAY_CUES.search(before)
    return bool(g.get("rel")) and re.match(r"\s+\d{1,2}\b", text[cand.end : cand.end + 4]) is not None

# what may follow an approximate year: a pause, or a word that goes on with the clause, never a counted noun
_APPROX_YEAR_NEXT = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?-i:and|or|but|when|while|by|in|at|on|to|from|with|for|the|a|an|he|she|it|they|we|"
    r"his|her|its|their|after|before|until|as|was|were|had|onwards?)\b"
)


def _count_not_year(text: str, cand: Candidate, before: str) -> bool:
    """"1500 soldiers", "page 1923", "about 1200 men": a count or a reference, not a year."""
    g = cand.groups
    if g.get("approx"):  # "about 1924." is a year, "about 1500 soldiers" / "c. 2000 Cox News" are not
        return _APPROX_YEAR_NEXT.match(text, cand.end) is None
    if g.get("pos") or g.get("fiscal") or not g["year"].isdigit():
        return False
    year_cue = re.search(r"\b(?:in|since|until|till|by|from|during|after|before)\s+$", before, re.I)
    if not year_cue and _NOT_YEAR_AFTER.match(text[cand.end : cand.end + 30]):
        return True
    if _NOT_YEAR_BEFORE.search(before) and not re.search(r"\b(?:in|of|since|until|by)\s*$", before[-4:]):
        return _NOT_YEAR_BEFORE.search(before).group(0).strip().lower() not in ("of",) or bool(
            _NOT_YEAR_AFTER.match(text[cand.end : cand.end + 30])
        )
    return False


def _bad_duration(text: str, cand: Candidate) -> bool:
    """"a second" (the ordinal), "the 1988 quarter", "a year-earlier loss", "a night out"."""
    g = cand.groups
    unit, num = g["unit"].lower(), g["num"].lower()
    if unit.startswith("second") and num in ("a", "an"):
        return True
    if re.fullmatch(r"1[89]\d\d|20\d\d", num) and unit.startswith(("quarter", "period")):
        return True  # "the 1988 quarter" is a date ("yearperiod")
    if g.get("dir") and text[g["_spans"]["unit"][1]] == "-":
        return True  # "a year-earlier loss": the adjective is the "yearago" rule's
    if _named_compound(text, cand):
        return True
    return unit in ("night", "nights", "season", "seasons") and not num[0].isdigit() and num in ("a", "an", "some", "many")


def _named_compound(text: str, cand: Candidate) -> bool:
    """A capitalised count-unit compound before a capitalised noun names a thing ("the First
    Five-Year Plan", "the Six-Day War"); lower-case "a five-year plan" stays P5Y."""
    start = cand.groups["_spans"]["unit"][0]
    return text[start - 1 : start] == "-" and text[start].isupper() and bool(re.match(r"\s+[A-Z]", text[cand.end :]))


def _bad_year_range(g: dict) -> bool:
    """"300-400" or "1990-1850" are no year ranges; "1914-18" is."""
    lo, hi = g["year"], g["year2"]
    if not g.get("era") and (len(lo) < 4 or not (1000 <= int(lo) <= 2099)):
        return True
    if len(hi) == 4 and not (int(lo) < int(hi) <= int(lo) + 200) and not g.get("era"):
        return True
    return len(hi) == 2 and int(hi) <= int(lo[-2:])


def veto(text: str, cand: Candidate) -> bool:
    """Readings that look temporal but are not: modal "May", counts that look like years."""
    g = cand.groups
    before = text[max(0, cand.start - 24) : cand.start]
    if cand.rule == "month" and _bad_month(text, cand, before):
        return True
    if cand.rule == "year" and _count_not_year(text, cand, before):
        return True
    if cand.rule == "season" and g.get("season", "").lower() == "fall" and not (g.get("rel") or g.get("year") or g.get("pos")):
        return not re.search(r"\b(?:the|this|that|last|next|in)\s+$", before, re.IGNORECASE)
    if _discourse_or_fraction(text, cand, before) or _in_title(text, cand) or _in_name(text, cand):
        return True
    if cand.rule in ("duration", "bare") and re.match(r"[\s-]+old\b", text[cand.end : cand.end + 6]):
        return True  # ages ("a 6-year-old", "52 years old") are not timexes
    if cand.rule == "duration" and _bad_duration(text, cand):
        return True
    return cand.rule == "yrange" and _bad_year_range(g)
