"""What a thread says about its episode: the code in a title, `Author:` and `Status:` lines,
and the @handles people use to name each other.

Shared by the pasted-thread and Discourse readers, which meet the same header in different
wrappings (plain lines, or the first post's HTML).
"""

from __future__ import annotations

import re

from histdesk.model import STATUSES, Header

# "1924 01 Title", "1924-01: Title", "1924/01 - Title", "[1924 01] Title", "Episode 1924 01:
# Title": a year and a two-digit number.
_CODE_TITLE = re.compile(
    r"^\s*(?:episode\s+|ep\.?\s*)?[\[(]?(1\d{3}|20\d{2})[ \-/.](\d{2})(?!\w)[\])]?"
    r"[\s:\-–—]*(.*?)\s*$",
    re.I,
)
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?)")
_AUTHOR_LINE = re.compile(r"^[ \t]*(?:Authors?|Writers?|Written by)[ \t]*:[ \t]*(.*)$", re.I | re.M)
_STATUS_LINE = re.compile(r"^[ \t]*Status[ \t]*:[ \t]*(.*?)[ \t]*$", re.I | re.M)

# Status words as people write them, by the stem they start with -> model.STATUSES.
_STATUS_STEMS = (
    ("in research", "In Research"),
    ("research", "In Research"),
    ("script", "Writing"),
    ("writ", "Writing"),
    ("draft", "Writing"),
    ("record", "Recorded"),
    ("edit", "Recorded"),
    ("publish", "Published"),
    ("releas", "Published"),
    ("aired", "Published"),
    ("live", "Published"),
    ("plan", "Planned"),
    ("propos", "Planned"),
    ("open", "Planned"),
    ("unassigned", "Planned"),
    ("not started", "Planned"),
)


def split_code(title: str) -> tuple[str | None, str]:
    """("1924 01", "Rest of title") when the title starts with an episode code, else
    (None, title stripped). The code is normalised to "YYYY NN"."""
    match = _CODE_TITLE.match(title)
    if not match or not match.group(3):
        return None, title.strip()
    return f"{match.group(1)} {match.group(2)}", match.group(3)


def has_code(line: str) -> bool:
    """Whether a line opens with an episode code followed by a title."""
    return split_code(line)[0] is not None


def handles(text: str) -> tuple[str, ...]:
    """@handles in order of first use, without the "@"; e-mail addresses are not handles."""
    seen: dict[str, None] = {}
    for match in _HANDLE.finditer(text):
        seen.setdefault(match.group(1), None)
    return tuple(seen)


def authors_in(text: str) -> tuple[str, ...]:
    """Authors named on an `Author:` line: its @handles, or else its comma/and list."""
    match = _AUTHOR_LINE.search(text)
    if not match:
        return ()
    named = handles(match.group(1))
    if named:
        return named
    parts = re.split(r"\s*(?:,|&|\band\b)\s*", match.group(1))
    return tuple(p.strip() for p in parts if p.strip())


def status_in(text: str) -> str | None:
    """The status on a `Status:` line mapped onto model.STATUSES (None when absent/unknown)."""
    match = _STATUS_LINE.search(text)
    return map_status(match.group(1)) if match else None


def map_status(word: str) -> str | None:
    """Map a status as written ("Researching", "Scripting", "recorded") onto STATUSES."""
    low = word.strip().lower()
    for status in STATUSES:
        if low == status.lower():
            return status
    for stem, status in _STATUS_STEMS:
        if low.startswith(stem):
            return status
    return None


def is_header_line(line: str) -> bool:
    """An `Author:` or `Status:` line of a thread header."""
    return bool(_AUTHOR_LINE.match(line) or _STATUS_LINE.match(line))


def header_from(title: str | None, first_post: str) -> Header | None:
    """The episode header from a thread's title and its first post's Author/Status lines."""
    code, bare = split_code(title) if title else (None, None)
    authors, status = authors_in(first_post), status_in(first_post)
    if not (title or authors or status):
        return None
    return Header(code=code, title=bare, authors=authors, status=status)
