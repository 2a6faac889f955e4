"""A forum thread pasted as plain text -> posts with offsets, a header and post kinds.

Shape: a title line (episode code then title), `Author:` and `Status:` lines, the call for
research, then posts. A post ends at two or more blank lines, or at a "N Like(s)" line
(which sets `likes` and is not post text); the title line repeated after the header opens
the first research post. The header block (the Author/Status lines and the call) is post 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from histdesk.ingest.authors import infer_authors
from histdesk.ingest.episode import handles, header_from, is_header_line, split_code
from histdesk.ingest.kinds import annotate
from histdesk.model import ParsedDocument, Post

_LIKES = re.compile(r"^\s*(\d+)\s+Likes?\s*$", re.I)
_HEADER_LOOKAHEAD = 4  # lines after the title in which Author:/Status: mark a header


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # end of the line's text without trailing whitespace
    text: str  # stripped


@dataclass
class _Open:
    start: int
    end: int


def parse_thread(name: str, text: str, sha: str) -> ParsedDocument:
    """Parse a pasted thread; any text parses (at worst into blank-line separated posts)."""
    lines = _lines(text)
    title_line = _title_line(lines)
    body = [ln for ln in lines if ln is not title_line]
    spans = _segment(body, title_line.text if title_line else None)
    posts = [_post(text, i + 1, s, e, likes) for i, (s, e, likes) in enumerate(spans)]
    title = title_line.text if title_line else None
    posts = infer_authors(annotate(posts, title))
    return ParsedDocument(
        name=name,
        kind="thread",
        text=text,
        sha256=sha,
        posts=tuple(posts),
        header=header_from(title, posts[0].text if posts else ""),
        title=title,
    )


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _title_line(lines: list[_Line]) -> _Line | None:
    """The first non-blank line when it carries an episode code or heads a header block."""
    content = [ln for ln in lines if ln.text]
    if not content:
        return None
    first = content[0]
    if is_header_line(first.text):
        return None
    following = content[1 : 1 + _HEADER_LOOKAHEAD]
    if split_code(first.text)[0] or any(is_header_line(ln.text) for ln in following):
        return first
    return None


def _segment(lines: list[_Line], title: str | None) -> list[tuple[int, int, int]]:
    """(start, end, likes) of each post, by blank-line runs, like lines and the title."""
    spans: list[tuple[int, int, int]] = []
    cur: _Open | None = None
    blanks = 0
    for line in lines:
        if not line.text:
            blanks += 1
            continue
        likes = _LIKES.match(line.text)
        if likes:
            if cur:
                spans.append((cur.start, cur.end, int(likes.group(1))))
                cur = None
            elif spans and spans[-1][2] == 0:
                spans[-1] = (spans[-1][0], spans[-1][1], int(likes.group(1)))
        elif cur and (blanks >= 2 or (title is not None and line.text == title)):
            spans.append((cur.start, cur.end, 0))
            cur = _Open(line.start, line.end)
        elif cur:
            cur.end = line.end
        else:
            cur = _Open(line.start, line.end)
        blanks = 0
    if cur:
        spans.append((cur.start, cur.end, 0))
    return spans


def _post(text: str, number: int, start: int, end: int, likes: int) -> Post:
    body = text[start:end]
    return Post(number=number, text=body, start=start, end=end, likes=likes, handles=handles(body))
