"""Old Style / New Style notes: "1 February (O.S.)", "25 October (Old Style) 1917", "(N.S.)".

Histories of Russia, Britain before 1752 and the Orthodox world mark Julian dates with a note.
Convention (see README.md): the value is the date as written (no Julian-to-Gregorian
conversion: the text's own calendar is what a check must compare); the note is not part of
the timex extent (TimeML tags the date, not the remark), but a note inside a date ("25 October
(O.S.) 1917") is covered because the extent must reach the year. `mask_notes` blanks the
notes so the grammar reads through them, and `calendar_notes` reports which timex carries
which note; the spaCy pipe stores it as `span._.timex_calendar`.
"""

from __future__ import annotations

import re

from histdesk.model import Timex

_NOTE = re.compile(
    r"[(\[]\s*(?P<paren>O\.\s?S\.|N\.\s?S\.|(?-i:Old|New)\s+(?-i:Style)|(?-i:Julian|Gregorian))\s*[)\]]"
    r"|,\s*(?P<bare>(?-i:Old|New)\s+(?-i:Style))\b",
    re.IGNORECASE,
)
_LEADING = re.compile(r"(?P<lead>O\.\s?S\.|N\.\s?S\.)\s*$")  # "(O.S. 30 May)": the note leads the date
_REACH = 3  # a note may follow its date after this much whitespace


def _style(note: str) -> str:
    low = note.lower().replace(" ", "")
    return "O.S." if low.startswith(("o", "julian")) else "N.S."


def mask_notes(text: str) -> str:
    """`text` with every calendar note replaced by spaces (offsets unchanged)."""
    if "S" not in text and "Julian" not in text and "Gregorian" not in text:
        return text
    return _NOTE.sub(lambda m: " " * (m.end() - m.start()), text)


def calendar_notes(text: str, timexes: list[Timex]) -> dict[int, str]:
    """{timex.start: "O.S." or "N.S."} for each timex whose extent holds a note or that a
    note directly follows; timexes without a note are left out."""
    notes = [(m.start(), _style(m.group("paren") or m.group("bare"))) for m in _NOTE.finditer(text)]
    found: dict[int, str] = {}
    for timex in timexes:
        lead = _LEADING.search(text[max(0, timex.start - 8) : timex.start])
        if lead:
            found[timex.start] = _style(lead.group("lead"))
        for at, style in notes:
            if timex.start <= at < timex.end or 0 <= at - timex.end <= _REACH:
                found[timex.start] = style
                break
    return found
