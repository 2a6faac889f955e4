"""Names that end in a number or a code ("Launch Complex 39A", "Luna 15", "Saturn V") and
ships ("USS Hornet"): one span each, typed FAC after a facility word, ORG after a body's word,
else PRODUCT (spaCy's label for objects and vehicles). Split from `span_repairs.py`.
"""

from __future__ import annotations

import re

from histdesk.extract.names import shape_votes

_SHIP = re.compile(
    r"(?<![\w’'-])(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|RMS|SS|SMS|MV) [A-Z][\w’'-]+"
    r"(?: (?:[A-Z][\w’'-]+|[IVX]+|\d+)(?![\w’'-]))*"
)
# Capitalised words closed by a designator: a number or code ("Luna 15", "Launch Complex
# 39A") or one capital letter ("a Saturn V"); a decimal or a year is no designator.
_CODED = re.compile(
    r"(?<![\w’'-])((?:[A-Z][a-z][\w’'-]* ){1,4})(\d{1,3}[A-Z]?|[A-Z]\d?)(?![\w’'-])(?![.,:]\d)"
)
_NOT_NAMES = frozenset(
    """the a an on in at by to of and or but for from with while when after before during
    nothing this that these those his her its their our my chapter page figure fig table
    vol volume part no number section post episode article item step line verse act scene
    book room note""".split()
)
_MONTHS_AFTER = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_FAC_HEADS = re.compile(
    r"\b(?:Complex|Pad|Stand|Site|Station|Base|Center|Centre|Field|Airfield|Building|Hangar|Dock"
    r"|Pier|Terminal|Tower|Gate|Range|Facility|Laboratory|Plant|Reactor|Bunker)\s*$"
)


def coded_names(text: str, calendar: frozenset[str]) -> list[tuple[int, int, str, int]]:
    """Rule spans (rank 0) for ship names and names closed by a designator, typed FAC
    after a facility head ("Launch Complex 39A"), ORG after a body's head ("Army Group
    A"), else PRODUCT. Dates ("July 16") and references ("Chapter 3") are not names."""
    out = [(m.start(), m.end(), "PRODUCT", 0) for m in _SHIP.finditer(text)]
    for match in _CODED.finditer(text):
        words = match[1].split()
        while words and words[0].casefold() in _NOT_NAMES:
            words.pop(0)
        last = words[-1].casefold() if words else ""
        if not words or {last, last[:-1]} & (_NOT_NAMES | calendar):
            continue
        start = match.end(1) - len(" ".join(words)) - 1
        code = match[2]
        article = re.search(r"\b(?:a|an|the)\s+$", text[max(0, start - 5) : start], re.IGNORECASE)
        if _MONTHS_AFTER.match(text, match.end()) or (code.isalpha() and not article):
            continue
        name = " ".join(words)
        label = "FAC" if _FAC_HEADS.search(name) else "ORG" if shape_votes(name).get("ORG", 0.0) > 0 else "PRODUCT"
        out.append((start, match.end(), label, 0))
    return out
