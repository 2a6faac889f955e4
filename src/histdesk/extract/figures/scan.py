"""The scanner: every figure of a text in three regex passes and one resolving pass.

Ages ("at the age of 53") and ordinals of assemblies and centuries ("14th Party Congress")
are found first and claim their characters; then one pass over plain numbers (digits,
spaced year digits, number words) reads scale, currency, percent, qualifier and `of` around
each. Numbers inside dates, times and references (`blocks.py`) and bare years are skipped.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_right
from dataclasses import replace

from histdesk.extract.figures.blocks import MONTH, Blocks
from histdesk.extract.figures.fractions import fraction_spans
from histdesk.extract.figures.lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DETERMINERS,
    IRREGULAR_PLURALS,
    MEASURES,
    ORDINAL_HEADS,
    QUALIFIERS,
    SCALES,
    STOP_WORDS,
    TIME_UNITS,
    YEAR_PREPOSITIONS,
)
from histdesk.extract.figures.neighbours import Draft, resolve
from histdesk.extract.figures.numbers import (
    ORDINAL_WORDS_PATTERN,
    WORDS_PATTERN,
    digits_value,
    ordinal_word_value,
    roman_value,
    words_value,
)
from histdesk.extract.figures.reading import (
    counted_before,
    noun_phrase,
    partitive,
    post_qualifier,
    qualifier_before,
    relative_before,
    share_reading,
    subject_property,
)
from histdesk.model import Figure

_DIGITS = (
    r"(?<![\w.,/:])(?<![A-Za-z]-)"  # not inside a word, a decimal, a time or a name ("F-16")
    r"(?:\d{1,3}(?:(?:,-?|[\u00a0\u202f])\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)"
)
_SPACED_YEAR = r"(?<![\w,.])[12] \d \d \d(?![\w]| \d)"
_NUMBER = re.compile(rf"(?P<spaced>{_SPACED_YEAR})|(?P<digits>{_DIGITS})")
# The first-letter lookahead lets the engine skip most positions cheaply (measured 2.5x).
_WORDS = re.compile(rf"(?=[aAhHzZoOtTfFsSeEnNbBmM])(?P<words>(?i:{WORDS_PATTERN}))")
# Cheap anchors: the precise age and ordinal patterns run only in a window around them.
_AGE_ANCHOR = re.compile(r"\b(?:[Aa]ged?|AGED?|old)\b")
_HEAD_ANCHOR = re.compile("|".join(f"[{h[0].upper()}{h[0]}]{h[1:5]}" for h in ORDINAL_HEADS))
_AGE_NUM = rf"(\d{{1,3}}|{WORDS_PATTERN})"
_AGE = re.compile(
    rf"(?i:\b(?:the\s+)?age\s+of\s+{_AGE_NUM}(?![\w,.]\d)|\baged\s+{_AGE_NUM}\b"
    rf"|\b{_AGE_NUM}[\s-]+years?[\s-]+old\b|\b{_AGE_NUM}\s+years\s+of\s+age\b)"
)
_HEAD = "|".join(h[:-1] + "(?:y|ies)" if h.endswith("y") else h + "(?:e?s)?" for h in ORDINAL_HEADS)
_HEAD_PHRASE = rf"((?:[A-Z][\w’'-]*[ \t]+){{0,3}}?(?i:{_HEAD}))\b"
_ORDINAL = re.compile(
    rf"\b(?P<num>\d{{1,3}})(?:st|nd|rd|th)[\s-]+{_HEAD_PHRASE}"
    rf"|(?P<word>(?i:{ORDINAL_WORDS_PATTERN}))[\s-]+{_HEAD_PHRASE}"
    rf"|\b(?P<roman>[MDCLXVI]+)[ \t]+{_HEAD_PHRASE}"
)
# The ordinal token itself: "14th", "Fifteenth", "twenty-first", "XIII".
_ORDINAL_TOKEN = re.compile(r"\w+(?:-(?:first|second|third|[a-z]+th))?", re.I)
_SCALE_AFTER = re.compile(r"[\s-]+(" + "|".join(SCALES) + r")\b", re.I)
_PERCENT_AFTER = re.compile(r"\s?%|\s*(?i:per[\s-]?cent\b|pct\b\.?|percentage\s+points?\b)")
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|£|€|¥|₽)\s?$")
_CURRENCY_AFTER = re.compile(
    r"\s+(" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.I
)
_MEASURE_AFTER = re.compile(
    r"(?:[\s-]+|\s*(?=°))(" + "|".join(re.escape(u) for u in sorted(MEASURES, key=len, reverse=True))
    + r")(?![\w²])",
    re.I,
)
_MEASURE_CODES = {word.lower(): code for word, code in MEASURES.items()}
_POUNDS_AFTER = re.compile(r"[\s-]+pounds\b(?!\s+sterling)(?P<of>\s+of\b)?", re.I)
_WEIGHING = re.compile(r"(?i)\b(?:weigh\w*|heav\w*|load\w*|cargo|payload)\b[^.!?\n]*$")
# A capitalised word just before a number, on the same line: "Apollo 11", "Luna 15".
_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][A-Za-z’'-]*)[ \t]+$")
# Words that open a sentence before a count without naming anything ("Perhaps 600 died").
_OPENERS = frozenset("perhaps maybe another total totals still already even just now today".split())
_NOT_NAME_WORDS = STOP_WORDS | DETERMINERS | {w for q in QUALIFIERS for w in q.split()}
_TIME_AFTER = re.compile(r"[\s-]+(?:" + "|".join(TIME_UNITS) + r")\b", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z]+|\()\.?[\s-]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][\"“”’)]*)\s*[\"“(]?$")
# "the 1st century BC": a century's ordinal is part of a date, claimed but no figure.
_DATE_ORDINAL = re.compile(r"(?i)centur(?:y|ies)$")
_RANGE_NEXT = re.compile(r"\s*(?:–|—|-|to|and|or)\s*(?:[$£€¥₽]\s?)?\d")
_DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_MONTH_BEFORE = re.compile(MONTH + r"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?$")


def find_figures(text: str) -> list[Figure]:
    """Every figure in `text`, in order, offsets into `text` (see the package docstring)."""
    blocks = Blocks(text)
    fractions = _fractions(text)
    claimed = sorted([*_ages(text), *_ordinals(text)], key=lambda f: f.start)
    drafts = [Draft(f) for f in claimed if f.of is None or not _DATE_ORDINAL.match(f.of)]
    claimed = sorted([*claimed, *(d.figure for d in fractions)], key=lambda f: f.start)
    drafts.extend(fractions)
    starts = [f.start for f in claimed]
    ends = [f.end for f in claimed]
    last_end = 0
    numbers = heapq.merge(_NUMBER.finditer(text), _WORDS.finditer(text), key=lambda m: m.start())
    for match in numbers:
        if match.start() < last_end or _claimed(starts, ends, match.start(), match.end()):
            continue
        draft = _read_number(text, match, blocks)
        if draft is not None:
            drafts.append(draft)
            last_end = draft.figure.end
    drafts.sort(key=lambda d: d.figure.start)
    return resolve(text, drafts)


def _claimed(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    index = bisect_right(starts, end - 1) - 1
    return index >= 0 and ends[index] > start


def _windows(text: str, anchor: re.Pattern, pattern: re.Pattern, before: int, after: int):
    """Non-overlapping matches of `pattern` within windows around the matches of `anchor`."""
    last_end = 0
    for hit in anchor.finditer(text):
        lo = max(last_end, hit.start() - before)
        for match in pattern.finditer(text, lo, min(len(text), hit.end() + after)):
            if match.start() >= last_end:
                last_end = match.end()
                yield match


def _ages(text: str) -> list[Figure]:
    figures = []
    for match in _windows(text, _AGE_ANCHOR, _AGE, 40, 40):
        group = next(i for i in range(1, 5) if match.group(i) is not None)
        surface = match.group(group)
        if surface[0].isdigit():
            value = float(surface)
        elif (parsed := words_value(surface)) is None:
            continue
        else:
            value = parsed[0]
        figures.append(Figure(match.start(), match.end(), match.group(), value, "years", of="age"))
    return figures


def _fractions(text: str) -> list[Draft]:
    """Written fractions ("two thirds of the tonnage") as shares, read like "N percent"."""
    drafts = []
    for start, end, value in fraction_spans(text):
        figure = Figure(start, end, text[start:end], value, "%", qualifier_before(text, start))
        group, prop, _ = share_reading(text, end)
        drafts.append(Draft(figure, group, prop, relative_before(text, start)))
    return drafts


def _ordinals(text: str) -> list[Figure]:
    figures = []
    for match in _windows(text, _HEAD_ANCHOR, _ORDINAL, 90, 12):
        if match.group("num"):
            value, start = float(match.group("num")), match.start("num")
        elif match.group("word"):
            value, start = float(ordinal_word_value(match.group("word"))), match.start("word")
        else:
            roman, start = match.group("roman"), match.start("roman")
            before = text[max(0, start - 4) : start].lower()
            if (number := roman_value(roman)) is None or (len(roman) < 2 and before != "the "):
                continue
            value = float(number)
        head = match.group(2) or match.group(4) or match.group(6)
        surface_end = _ORDINAL_TOKEN.match(text, start).end()
        figures.append(
            Figure(start, surface_end, text[start:surface_end], value, "ordinal", of=head.strip())
        )
    return figures


def _read_number(text: str, match: re.Match, blocks: Blocks) -> Draft | None:
    """The figure a plain number match makes, or None when it is a date, year, time or ref."""
    start, end, value = _core(match)
    if value is None or blocks.covers(start, end):
        return None
    scaled = match.lastgroup == "words"
    if not scaled and (scale := _SCALE_AFTER.match(text, end)):
        value, end, scaled = value * SCALES[scale.group(1).lower()], scale.end(), True
    if not math.isfinite(value):
        return None  # a digit run too long for a float ("999…9" of a scan): no count
    unit, start, end = _unit(text, start, end)
    if unit is None and _TIME_AFTER.match(text, end):
        return None  # a duration: the timex tagger's
    qualifier = qualifier_before(text, start)
    after_qualifier, after = post_qualifier(text, end)
    qualifier = qualifier or after_qualifier
    figure = Figure(start, end, text[start:end], value, unit, qualifier)
    if unit == "%":
        group, prop, _ = share_reading(text, after)
        prop = prop or subject_property(text, start)
        return Draft(figure, group, prop, relative_before(text, start))
    definite = bool(_DEFINITE_BEFORE.search(text, max(0, start - 5), start))
    of = noun_phrase(text, after, definite)[0] or partitive(text, after)[0]
    if not (scaled or unit or qualifier) and _in_name(text, start, end, of):
        return None
    if of is None and unit is None and not _RANGE_NEXT.match(text, end):
        of = counted_before(text, start)
    if not scaled and qualifier is None and unit is None and _is_year(text, match, of):
        return None
    return Draft(replace(figure, of=of))


def _unit(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """(unit, start, end) of a number with its currency, percent or measure around it.
    "pounds" is a weight before "of" or after a weighing word, else money."""
    unit = None
    if symbol := _CURRENCY_BEFORE.search(text, max(0, start - 4), start):
        unit, start = CURRENCY_SYMBOLS[symbol.group(1)], symbol.start()
    if percent := _PERCENT_AFTER.match(text, end):
        return "%", start, percent.end()
    if currency := _CURRENCY_AFTER.match(text, end):
        return CURRENCY_WORDS[currency.group(1).lower()], start, currency.end()
    if pounds := _POUNDS_AFTER.match(text, end):
        if unit is None and (pounds.group("of") or _WEIGHING.search(text, max(0, start - 60), start)):
            return "lb", start, pounds.end() - len(pounds.group("of") or "")
        return unit or "GBP", start, pounds.end() - len(pounds.group("of") or "")
    if unit is None and (measure := _MEASURE_AFTER.match(text, end)):
        return _MEASURE_CODES[measure.group(1).lower()], start, measure.end()
    return unit, start, end


def _in_name(text: str, start: int, end: int, of: str | None) -> bool:
    """A number right after a capitalised name word ("Apollo 11 lifted off", "Luna 15,") is
    part of the name, unless a counted plural follows it. The word may open the sentence,
    but then it must not be a function word or an -ly adverb ("Perhaps 600 died")."""
    word = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if not word or word.group(1)[-2:-1] in "’'":
        return False  # "Kornilov's 3,000": a possessive owns the count
    lower = word.group(1).lower()
    if lower in _NOT_NAME_WORDS or lower in _OPENERS or lower.endswith("ly"):
        return False
    return not (of and _plural(of.split()[0]))


def _core(match: re.Match) -> tuple[int, int, float | None]:
    """(start, end, value) of the number itself; value None for a lone "one" or "a"."""
    start, end, surface = match.start(), match.end(), match.group()
    if match.lastgroup != "words":
        return start, end, digits_value(surface)
    parsed = words_value(surface)
    if parsed is None:
        return start, end, None
    value, offset, stop = parsed
    if value == 1 and surface[offset:stop].lower() == "one":
        return start, end, None  # "one of the few", "in one country": not a count
    if surface[offset].isupper() and not _SENTENCE_START.search(match.string, 0, start + offset):
        return start, end, None  # "Bermuda Hundred", "the Thirty Years War": part of a name
    return start + offset, start + stop, value


def _is_year(text: str, match: re.Match, of: str | None) -> bool:
    """A bare 1000-2099 integer is a year unless it counts something outside a date phrase."""
    surface = match.group()
    if not re.fullmatch(r"1\d{3}|20\d{2}|[12] \d \d \d", surface):
        return False
    if of is None or not any(_plural(w) for w in of.split(" of ")[0].split()):
        return True  # "the 1926 census", "1905 uprising": a year used as a modifier
    if _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
    return bool(word) and (word.group(1) == "(" or word.group(1).lower() in YEAR_PREPOSITIONS)


def _plural(word: str) -> bool:
    """A common noun in the plural: lower case, and -s (not -ss) or an irregular plural."""
    if not word.islower():
        return False
    return word in IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith("ss"))
