"""The regex grammar of temporal expressions, compiled once at import.

Each rule is a named regex whose named groups (`month`, `day`, `year`, `pos`, `rel`, `num`,
`unit`, ...) are read by `normalize.py`. `find_candidates` runs every rule and keeps the
longest, leftmost, non-overlapping matches; `vetoes.py` removes readings that are not
temporal ("May" the verb, "1500 soldiers"). Spans never start with "in"/"on"/"at"/"by".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from histdesk.extract.timex import lexicon as lx
from histdesk.extract.timex.scan import (
    DIGIT,
    token_index,
    trigger_starts,
    trigger_words,
    windowed_finditer,
)
from histdesk.extract.timex.vetoes import veto


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _cased(words) -> str:
    forms = [f for w in words for f in (w.capitalize(), w.upper())]
    return _alt(forms)


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in lx.MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?P<month>(?-i:{_cased(_FULL_MONTHS)})\b|(?-i:{_cased(_ABBR_MONTHS)})(?:\.|\b))"
MONTH2 = MONTH.replace("?P<month>", "?P<month2>")
_FULL_DAYS = [w for w in lx.WEEKDAYS if len(w) > 4]
WEEKDAY = rf"(?P<weekday>(?-i:{_cased(_FULL_DAYS)})\b|(?-i:Mon|Tues?|Wed|Thu|Thurs?|Fri)\.)"
DAY = r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?!\d|:\d)"
DAY2 = DAY.replace("?P<day>", "?P<day2>")
ERA = r"(?-i:B\.\s?C\.(?:\s?E\.)?|BCE?\b|A\.\s?D\.|AD\b|CE\b|B\.C\.E\.)"
_Y4 = r"(?<![\d$£€.,/:])(?<!\d[.,])(?:1\d{3}|20\d{2})(?![\d%])(?!,\d)(?!\.\d)"
_UNITW = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_WORD_YEAR = (  # spoken years in transcripts: "nineteen ninety-six", "the year two thousand"
    rf"(?:nineteen|twenty)[\s-]+(?:hundred(?:\s+and)?[\s-]+{_UNITW}\b|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-]{_UNITW}\b)?)|(?<=year\s)two\s+thousand(?:\s+(?:and\s+)?(?:{_UNITW}|ten)\b)?"
)
YEAR = rf"(?P<year>{_Y4}(?:\s?{ERA})?|{_WORD_YEAR}|(?<![\d$£€.,])\d{{1,4}}\s?(?-i:B\.\s?C\.(?:\s?E\.)?|BCE?\b|A\.\s?D\.|AD\b)|(?-i:AD|A\.D\.)\s?\d{{1,4}}\b)"
YEAR2 = YEAR.replace("?P<year>", "?P<year2>")
POS = (
    r"(?P<pos>(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|turn|"
    r"first\s+half|second\s+half|latter\s+(?:part|half)|early\s+part|later\s+part|"
    r"dawn|height|midst)(?:\s+(?:of|in)\s+(?:the\s+)?|-|\s+))"
)
REL = (
    r"(?P<rel>(?:(?:the|that|this)\s+)?(?:very\s+)?(?:same|following|next|previous|preceding|"
    r"coming|past|last|current|present|latest|upcoming|ensuing|prior|succeeding)|this|that|these|"
    r"those|earlier\s+(?:this|that|in\s+the)|later\s+(?:this|that|in\s+the))"
)
RELYEAR = r"(?P<ofrel>(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|this|last|next)\s+year)"
_NUMW = _alt(w for w in lx.NUMBER_WORDS if w not in ("a", "an", "half", "a half"))
NUMBER = (
    rf"(?:\d+(?:[.,]\d+)?|(?:{_NUMW})(?:(?:\s+|-)(?:and\s+)?(?:{_NUMW}|a\s+half))*|an?|half\s+a|one\s+and\s+a\s+half)"
)
VAGUE = r"(?:a\s+few|several|few|many|a\s+couple\s+of|couple\s+of|numerous|some|countless|the\s+next\s+few)"
UNIT_S = _alt(lx.UNITS)
UNIT_P = _alt(lx.UNIT_PLURALS)
SEASON = rf"(?P<season>{_alt(lx.SEASONS)})"
POD = r"(?P<pod>morning|afternoon|evening|night)"
QMOD = rf"(?P<qmod>{_alt(k for k in lx.QUANT_MODS if not k.startswith('the'))})"
DIR = r"(?P<dir>ago|later|earlier|before|after(?:wards?)?|previously|hence|from\s+now|long)(?![\w-])"
DECADE = r"(?P<decade>\d{3}0s|'\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)"
ORD = _alt(w for w in lx.ORDINAL_WORDS if lx.ORDINAL_WORDS[w] > 0)
CENT = rf"(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{ORD})"
PODDATE = rf"(?P<podof>(?:early\s+in\s+)?the\s+(?:early\s+|late\s+)?{POD}(?:\s+hours)?\s+of\s+)"
DEICTIC = (
    r"(?P<word>the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|centur|quarter|couple|many))|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tomorrow|"
    r"yesterday|tonight|right\s+now|now|currently|recently|nowadays|presently|at\s+present|"
    r"these\s+days|present[\s-]day|the\s+present|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short)\s+term|"
    r"recent|current|lately|"
    r"as\s+soon\s+as\s+possible|overnight)"
)
SET_ADV = r"(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|everyday)"
NIGHT2 = r"(?:/(?P<night2>[12]?\d|3[01])(?!\d))?"  # "the night of 13/14 May"
# "on the 13th", "by the 20th": a day of the story's month, after a preposition and before a
# pause or a clause's next word ("on the 20th the Germans"), not "the 20th Panzer Division"
_AFTER_PREP = "(?:" + "|".join(rf"(?<=\b{p}\s)" for p in ("on", "by", "until", "till", "from", "since", "before", "after", "of", "to", "and")) + ")"
_ORD_NEXT = r"\s*(?:[.,;:!?)]|$)|\s+(?-i:the|a|an|he|she|it|they|we|his|her|its|their|and|but|when|while|as|at|in|with|was|were|had)\b"
CLOCK_DAY = rf"(?:,?\s+(?:on\s+)?(?:{WEEKDAY}|{DEICTIC}|(?:{MONTH}\s+{DAY}\b|{DAY2}\s+{MONTH2})(?:,?\s+{YEAR})?))?"  # "00:35 on 25 June 1940"
APPROX = r"(?P<approx>about|around|approximately|roughly|circa|c\.)\s+"  # "about 1924" (TimeML: mod APPROX, in the extent)
DASH = r"\s*(?:–|—|-|to|through|until|till|and)\s*"

_SPECS = {
    "iso": r"(?P<iso>(?<!\d)\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?!\d)",
    "numeric": r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
    "drange_md": rf"(?:{POS})?{MONTH}\s+{DAY}{DASH}{DAY2}(?:(?:,\s*|\s+){YEAR})?",
    "drange_dm": rf"(?P<between>between\s+)?{DAY}{DASH}{DAY2}\s+{MONTH}(?:,?\s+{YEAR})?",
    "mrange": rf"{MONTH}(?:\s*[–—-]\s*|\s+(?:to|through|until|till)\s+){MONTH2}(?:,?\s+{YEAR})?",
    "yrange": rf"(?<![\d$.,])(?P<year>\d{{3,4}})\s*(?:–|—|-)\s*(?P<year2>\d{{2,4}})(?![\d%])(?:\s?(?P<era>{ERA}))?",
    "date_md": rf"(?:{PODDATE}|{POS})?(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}{NIGHT2}\b(?:(?:,\s*|\s+)(?:of\s+)?(?:{YEAR}|{RELYEAR}))?",
    "date_dm": rf"(?:{PODDATE}|{POS})?(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}{NIGHT2}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR}|\s+of\s+{RELYEAR})?",
    "month": rf"(?:{POS}|(?P<rel>this|last|next|that|the\s+same|the\s+following)\s+)?{MONTH}(?:(?:,\s*|\s+)(?:of\s+)?(?:{YEAR}|{RELYEAR}))?",
    "roman": rf"(?:the\s+)?(?P<roman>(?-i:Ides|Nones|Kalends|Calends))\s+of\s+{MONTH}(?:(?:,\s*|\s+){YEAR})?",
    "dayord": rf"{_AFTER_PREP}the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?={_ORD_NEXT})",
    "year": rf"(?:{POS}|(?P<fiscal>fiscal\s+(?:year\s+)?|the\s+years?\s+|FY\s?)|{APPROX})?{YEAR}",
    "weekof": rf"(?P<the>the\s+)(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week\s+of\s+(?:{MONTH}(?:,?\s+{YEAR})?|{YEAR2})",
    "decade": rf"(?:{POS}|the\s+)?{DECADE}(?:\s?(?P<era>{ERA}))?",
    "century": rf"(?:{POS}|the\s+)?(?:{CENT}|{REL})[\s-]+century(?:\s?(?P<era>{ERA}))?",
    "season": rf"(?:{POS}|{REL}\s+)?(?:the\s+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}(?:\s?[-–/]\s?(?P<ynext>\d{{2}}|\d{{4}})(?!\d))?|{RELYEAR}))?",
    "year3": r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bcirca\s)|(?<=\bc\.\s))(?P<year>[1-9]\d{2})(?=\s?[,.;:)](?!\d)|\s+(?:and|when|by|the|he|she|it|they|his|her)\b)",
    "quarter": (
        rf"(?:the\s+|{REL}\s+|(?P<yrel>this|last|next)\s+year['’]s\s+)?(?:{YEAR2}\s+)?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"[\s-]+(?:fiscal[\s-]+)?(?P<qh>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?:{YEAR}|{RELYEAR}|the\s+year))?"
    ),
    "deictic": rf"(?:{POS})?{DEICTIC}(?:\s+{POD})?",
    "relpod": rf"(?:{POS})?(?P<rel>this|that|last|the\s+next|the\s+following|the\s+same|the\s+previous|later\s+this|earlier\s+this)\s+{POD}",
    "thequarter": r"(?P<the>the\s+)(?P<unit>quarter|weekend|(?:fiscal\s+)?year)\b",
    "posunit": rf"(?:{POS}(?:the\s+)?(?P<unit>year|month|week|decade|century)|the\s+(?P<full>full|whole|entire)\s+(?P<unit3>year)|(?P<unit2>year)(?:-|['’]s\s+|\s+)(?P<yend>end))\b",
    "relunit": rf"(?:{POS})?{REL}\s+(?P<unit>day|week|weekend|month|year|decade|quarter|fiscal\s+year)\b(?:\s+(?:of\s+)?{YEAR})?",
    "unitrel": r"(?P<the>the\s+)(?P<unit>day|week|month|year|night)\s+(?P<after>before|after|following|earlier|later)\b",
    "weekday": rf"(?:{POS}|(?P<rel>last|next|this|that|this\s+past|this\s+coming|the\s+following|the\s+previous)\s+)?{WEEKDAY}(?:\s+{POD})?",
    "time": (
        rf"(?P<hour>\d{{1,2}})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?-i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM|A\.M\.|P\.M\.)(?![a-z])|o'clock)"
        rf"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC)|local\s+time))?{CLOCK_DAY}"
    ),
    "clock": rf"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC)|local\s+time))?{CLOCK_DAY}",
    "noon": (  # "one minute after midnight on May 12, 1949": one TIME on that date
        rf"(?:(?P<offn>{NUMBER})\s+minutes?\s+(?P<offdir>after|past|before|to)\s+|{POS})?(?P<noon>noon|midnight|midday)"
        rf"(?:,?\s+(?:on\s+)?{WEEKDAY}|\s+on\s+(?:the\s+)?(?:{MONTH}\s+{DAY}\b|{DAY2}\s+(?:of\s+)?{MONTH2})(?:,?\s+{YEAR})?)?"
    ),
    "duration": (
        rf"(?:{QMOD}\s+(?!the\b))?(?P<lead>(?:the|its|their|his|her)\s+(?:(?:past|last|next|first|previous|following|coming|final|remaining|"
        rf"intervening|latest|preceding)\s+)?)?(?P<num>{NUMBER}|{VAGUE})[\s-]+(?:(?:more|full|long|straight|consecutive|"
        rf"additional|further|whole|bloody)\s+)?(?P<unit>{UNIT_P}|{UNIT_S})\b(?:[\s-](?P<dir>{DIR[8:-1]})(?:\s+(?P<today>today)\b)?)?"
    ),
    "bare": rf"(?:{QMOD}\s+(?!the\b))?(?P<lead>(?:the\s+)?(?:past|last|next|following|coming|previous|recent|intervening|later|earlier|future)\s+)?(?P<unit>decades|centuries|years|quarters|months|weeks|days)\b(?:\s+(?P<dir>ago|later|earlier))?",
    "set": (
        rf"(?P<every>every|each|per)\s+(?:other\s+)?(?:(?P<num>{NUMBER})\s+)?(?P<unit>{UNIT_P}|{UNIT_S}|"
        rf"(?-i:{_cased(_FULL_DAYS)})|(?-i:{_cased(_FULL_MONTHS)})|{SEASON[12:-1]}|morning|afternoon|evening|night)\b"
    ),
    "setadv": SET_ADV,
    "yearago": (
        r"(?:the\s+(?:comparable\s+|same\s+)?)?(?P<ya>year-(?:ago|earlier))"
        r"(?:\s+(?P<noun>(?:(?:first|second|third|fourth)\s+)?quarter|period))?"
    ),
    "ordday": rf"(?P<the>the\s+)(?P<ord>{ORD}|\d{{1,2}}(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year)(?!\s+of\b)\b",
    "yearperiod": r"the\s+(?:(?P<year>(?:1[89]|20)\d\d)|(?P<latest>latest|current|same))\s+(?P<noun>quarter|period)\b",
    "times": rf"(?P<freq>once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT_S})\b",
    "holiday": rf"(?P<holiday>(?-i:{_alt(w.title() for w in [*lx.HOLIDAYS, *lx.FLOATING_HOLIDAYS])})|(?-i:D-Day))(?:,?\s+{YEAR})?",
}
_UNIT_WORDS = [*lx.UNITS, *lx.UNIT_PLURALS]
_HOLIDAY_HEADS = [name.split()[0] for name in [*lx.HOLIDAYS, *lx.FLOATING_HOLIDAYS]] + ["d"]
_TRIGGERS = {  # words (or digits) every match of a rule contains; see scan.py
    **dict.fromkeys(("iso", "numeric", "yrange", "year3", "clock", "time", "drange_dm", "dayord"), [DIGIT]),
    **dict.fromkeys(("drange_md", "date_md", "date_dm", "month", "mrange"), list(lx.MONTHS)),
    "year": [DIGIT, "nineteen", "twenty", "thousand"], "weekof": ["week"],
    "decade": [DIGIT, "twenties thirties forties fifties sixties seventies eighties nineties"],
    "century": ["century"], "season": list(lx.SEASONS), "quarter": ["quarter half"],
    "deictic": ["past yesterday today tomorrow tonight now currently recently nowadays presently",
                "present days future term recent current lately soon overnight"],
    "relpod": ["morning afternoon evening night"], "thequarter": ["quarter weekend year"],
    "posunit": ["year month week decade century end"], "relunit": ["day week weekend month year decade quarter"],
    "unitrel": ["day week month year night"], "weekday": list(lx.WEEKDAYS), "noon": ["noon midnight midday"],
    "duration": _UNIT_WORDS, "bare": ["decades centuries years quarters months weeks days"],
    "set": ["every each per"], "setadv": [SET_ADV[8:-1]], "yearago": ["year"],
    "ordday": ["day week month year"], "yearperiod": ["quarter period"], "times": ["once twice thrice times"],
    "holiday": _HOLIDAY_HEADS, "roman": ["ides nones kalends calends"],
}
TRIGGERS = {name: trigger_words(*(w for w in words if w != DIGIT)) | ({DIGIT} & set(words)) for name, words in _TRIGGERS.items()}
RULES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (name, re.compile(rf"(?<![\w-]){spec}(?![\w])", re.IGNORECASE)) for name, spec in _SPECS.items()
)


@dataclass(frozen=True)
class Candidate:
    """One rule match: where it is, which rule made it, and its named groups."""

    start: int
    end: int
    rule: str
    groups: dict

    @property
    def length(self) -> int:
        return self.end - self.start


def find_candidates(text: str) -> list[Candidate]:
    """All rule matches, vetoed, reduced to the longest leftmost non-overlapping set. Each
    rule is searched only around its trigger words (`scan.py`), which finds the same matches."""
    found: list[Candidate] = []
    index = token_index(text)
    for name, rx in RULES:
        for m in windowed_finditer(rx, text, trigger_starts(index, TRIGGERS[name])):
            if m.end() > m.start():
                cand = Candidate(m.start(), m.end(), name, {**m.groupdict(), "_spans": _spans(m)})
                if not veto(text, cand):
                    found.append(cand)
    found.sort(key=lambda c: (c.start, -c.length))
    chosen: list[Candidate] = []
    for cand in found:
        if chosen and cand.start < chosen[-1].end:
            continue
        chosen.append(cand)
    return chosen


def _spans(m: re.Match) -> dict:
    return {k: m.span(k) for k, v in m.groupdict().items() if v is not None}
