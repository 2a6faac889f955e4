"""Bibliography lines: telling them from prose, and parsing one into a `BibEntry`.

General patterns, not a list of works: a place followed by a year ("Moscow, 1970",
"London: Penguin, 1998"), "vol."/"pp."/"ed." abbreviations and a leading "Surname, I. I."
mark a line as bibliographic; the same patterns fill the entry's fields. Authors are read
as "Surname, I. I." or Chicago's "Surname, Given[, and Given Surname]." before the title;
full given names only parse an entry, they never make prose look bibliographic. Ancient
authors are read as a single name ("Plutarch.") or a name after a praenomen initial
("Suetonius, C. Tranquillus."), only when a title still follows; a title ends before
"Trans." / "Edited by".
"""

from __future__ import annotations

import re

from histdesk.model import BibEntry

_YEAR = r"(1[5-9]\d{2}|20\d{2})"
PLACE_YEAR = re.compile(
    r"(?:^|[.:;]\s+)(?P<place>[A-Z][\w\-’']+(?:[ \-][A-Z][\w\-’']+){0,3})"
    r"(?:\s*:\s*(?P<publisher>[^,.:;]{1,80}))?,\s*" + _YEAR + r"\b"
)
VOLUME = re.compile(r"\b[Vv]ols?\.\s*(\d+(?:\s*[–\-]\s*\d+)?|[IVXLC]+(?:\s*[–\-]\s*[IVXLC]+)?)\b")
PAGES = re.compile(r"\b(?:pp?\.|[Pp]ages?)\s*(\d+(?:\s*[–\-]\s*\d+)?)")
EDITION = re.compile(
    r"\b(\d+(?:st|nd|rd|th)\s+(?:ed\.|edition)|(?:rev\.|revised|new)\s+ed\.)", re.I
)
AUTHOR = re.compile(r"^(?P<author>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?,\s+(?:[A-Z]\.\s?){1,3})")
# Chicago style: "Surname, Given[ M.]." and co-authors ", and Given Surname" before the title.
_WORD = r"[A-Z][\w’'\-]+"
_PARTICLE = r"(?:(?:de|da|di|du|van|von|der|den|la|le|ter)\s)*"
_INITIALS = r"(?:[A-Z]\.\s?){1,3}"
_GIVEN = rf"(?:{_INITIALS}|(?!(?:Vols?|Pp|Eds?|No|Book)\b){_WORD}(?:\s(?:[A-Z]\.|{_WORD}))?)"
_GIVEN_SURNAME = rf"(?:{_INITIALS}\s?|{_WORD}\s(?:[A-Z]\.\s)?){_PARTICLE}{_WORD}"
NAMES = re.compile(
    rf"^(?P<author>{_PARTICLE}{_WORD}(?:\s{_WORD})?,\s+{_GIVEN}"
    rf"(?:,\s+(?!and\b){_GIVEN_SURNAME})*(?:,?\s+(?:and|&)\s+{_GIVEN_SURNAME})?)(?=\.?\s+\S)"
)
# A Roman name after its praenomen initial ("Suetonius, C. Tranquillus.") and an ancient
# author's single name ("Plutarch. Life of Caesar."): taken only when a title still follows.
_PRAENOMEN = re.compile(rf"^(?P<author>{_WORD},\s+[A-Z]\.\s?{_WORD})(?=\.\s+[A-Z])")
_SINGLE_NAME = re.compile(rf"^(?P<author>{_WORD})(?=\.\s+[A-Z])")
_TITLE_END = re.compile(
    r"\.\s+(?:Trans\.|Tr\.|Translated\s+by|Edited\s+by|Ed\.\s+by)"
    r"|[,.]\s*(?:\d+(?:st|nd|rd|th)\s+ed\.|(?:rev\.|revised|new)\s+ed\.|vols?\.|book\b|pp?\.)"
    r"|\.\s+[Vv]ol\.",
    re.I,
)
_HEADING = re.compile(r"^(?:Bibliography|References|Literature|Sources|Further reading)\s*:?$", re.I)
_ABBREVIATED = re.compile(r"(?:^|\s)[a-z]{1,2}$")  # a title ending "g", "gg", "t"
_PROSE_WORDS = 60  # a line this long is a paragraph, whatever it cites


def is_bibliographic(line: str) -> bool:
    """Whether a line reads as a bibliography entry (or a bibliography heading)."""
    line = line.strip()
    if not line:
        return False
    if _HEADING.match(line):
        return True
    if len(line.split()) > _PROSE_WORDS:
        return False
    if PLACE_YEAR.search(line):
        return True
    marks = sum(bool(p.search(line)) for p in (VOLUME, PAGES, EDITION, AUTHOR))
    return marks >= 2 or (marks == 1 and re.search(r"\b" + _YEAR + r"\b", line) is not None)


def parse_entry(text: str) -> BibEntry | None:
    """One entry's fields; None for a heading line. Every field is optional."""
    text = text.strip()
    if _HEADING.match(text):
        return None
    author_match = _author(text)
    author = author_match.group("author").strip() if author_match else None
    rest_at = author_match.end() if author_match else 0
    place_match = PLACE_YEAR.search(text, rest_at)
    volumes = VOLUME.findall(text)
    edition = EDITION.search(text)
    pages = PAGES.search(text)
    return BibEntry(
        text=text,
        author=author,
        title=_title(text, rest_at, place_match),
        edition=edition.group(1) if edition else None,
        volume=", ".join(dict.fromkeys(volumes)) or None,
        place=place_match.group("place").strip() if place_match else None,
        year=int(place_match.group(3)) if place_match else _any_year(text),
        pages=pages.group(1) if pages else None,
    )


def _author(text: str) -> re.Match | None:
    """The longest author reading; a praenomen or single name only when a title follows."""
    found = [m for m in (AUTHOR.match(text), NAMES.match(text)) if m]
    for pattern in (_PRAENOMEN,) if found else (_SINGLE_NAME,):
        match = pattern.match(text)
        if match and _title(text, match.end(), PLACE_YEAR.search(text, match.end())):
            found.append(match)
            break
    return max(found, key=lambda m: m.end()) if found else None  # co-authors win


def _title(text: str, start: int, place_match: re.Match | None) -> str | None:
    """From after the author to the first of: edition, volume, book, pages, place."""
    end = len(text)
    stop = _TITLE_END.search(text, start)
    if stop:
        end = stop.start()
    if place_match and place_match.start() < end:
        end = place_match.start()
    title = text[start:end].strip(" ,.;:")
    if title and text[start:end + 1].rstrip().endswith(".") and _ABBREVIATED.search(title):
        title += "."  # "1921 g." (god, year): the period belongs to the abbreviation
    return title or None


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def _any_year(text: str) -> int | None:
    """The first year outside a quoted title ("Krizis 1948 g." names its subject, not its date)."""
    for candidate in (_QUOTED.sub(lambda m: " " * len(m.group()), text), text):
        match = re.search(r"\b" + _YEAR + r"\b", candidate)
        if match:
            return int(match.group(1))
    return None
