"""Reading the number itself: digits with scanning artefacts, number words, roman numerals.

Each reader takes the matched surface text and returns its value (or None when the text is
not a number after all), so the scanner can stay a set of regexes.
"""

from __future__ import annotations

import re

from histdesk.extract.figures.lexicon import NUMBER_WORDS, ORDINAL_WORDS, SCALES, TENS

_WORD_ALT = "|".join(sorted([*NUMBER_WORDS, *SCALES], key=len, reverse=True))
# A run of number words; "and"/"a"/"half" only inside ("two and a half million").
WORDS_PATTERN = (
    rf"\b(?:(?:a|half)[\s-]+)*(?:{_WORD_ALT})\b"
    rf"(?:(?:[\s-]+|[\s-]+and[\s-]+)(?:a[\s-]+)?(?:{_WORD_ALT}|half)\b)*"
)
_ORD_ALT = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
ORDINAL_WORDS_PATTERN = rf"\b(?:(?:{'|'.join(TENS)})[\s-])?(?:{_ORD_ALT})\b"
_TOKEN = re.compile(r"[a-z]+")
_BIG = ("hundred", *SCALES)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def digits_value(surface: str) -> float:
    """"350,-000" -> 350000.0; "1 9 2 4" -> 1924.0; "92.4" -> 92.4.

    Thousands separators, the hyphens OCR leaves after them and (no-break) spaces are
    dropped; a period is always a decimal point.
    """
    return float(re.sub(r"[,\s\u00a0\u202f-]", "", surface))


def words_value(surface: str) -> tuple[float, int, int] | None:
    """The value of a run of number words and the (start, end) characters forming it.

    "twenty thousand" -> (20000, 0, 15); "two and a half million" -> (2500000, 0, 22). An
    "and" that does not continue a compound ("one and two") ends the number; a leading "a"
    counts only before a scale ("a million", not "a three"). None when nothing is numeric.
    """
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(surface.lower())]
    total, current, start, end = 0.0, 0.0, -1, 0
    previous = ""
    for index, (token, token_start, token_end) in enumerate(tokens):
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if token == "and" and following not in ("a", "half") and previous not in _BIG:
            break
        if token == "a" and following in _BIG:
            current = current or 1.0
        elif token == "half":
            current = current + 0.5 if current and previous in ("a", "and") else 0.5
        elif token in NUMBER_WORDS:
            current += NUMBER_WORDS[token]
        elif token == "hundred":
            current = (current or 1.0) * 100
        elif token in SCALES:
            total += (current or 1.0) * SCALES[token]
            current = 0.0
        else:
            previous = token
            continue
        start = token_start if start < 0 else start
        end, previous = token_end, token
    if start < 0 or not any(t in NUMBER_WORDS or t in _BIG for t, _, _ in tokens):
        return None
    return total + current, start, end


def ordinal_word_value(surface: str) -> int:
    """"Fifteenth" -> 15, "twenty-first" -> 21."""
    tokens = _TOKEN.findall(surface.lower())
    return sum(TENS.get(t, 0) + ORDINAL_WORDS.get(t, 0) for t in tokens)


def roman_value(surface: str) -> int | None:
    """"XIII" -> 13; None when the letters are not a well-formed roman numeral."""
    if not surface or not _ROMAN.fullmatch(surface):
        return None
    values = [_ROMAN_VALUES[c] for c in surface]
    total = 0
    for index, value in enumerate(values):
        following = values[index + 1] if index + 1 < len(values) else 0
        total += -value if value < following else value
    return total
