"""Plain text or Markdown -> research posts (kind "text"), the text kept exactly as written.

Posts are the segments later layers read one at a time, so they follow the file's own
structure: a `#` heading starts a new post (the heading line stays in it), each row of a
pipe table is a post of its own (between its outer pipes; the header and `---` rows are in
no post), and a section holding nothing but its heading is no post. A file with neither
headings nor tables is one post over its stripped text. Fenced code is never split.

Title: the first non-blank line when it is short, without Markdown's leading "#"s.
"""

from __future__ import annotations

import re

from histdesk.ingest.episode import handles
from histdesk.model import ParsedDocument, Post

_TITLE_WORDS = 20  # a longer first line is prose, not a title
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def parse_text(name: str, text: str, sha: str) -> ParsedDocument:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first.lstrip("#").strip() if len(first.split()) <= _TITLE_WORDS else None
    spans = [(s, e) for s, e in _post_spans(text) if e > s]
    posts = tuple(
        Post(i + 1, text[s:e], s, e, kind="research", handles=handles(text[s:e]))
        for i, (s, e) in enumerate(spans)
    )
    return ParsedDocument(name=name, kind="text", text=text, sha256=sha, posts=posts, title=title or None)


def one_post(name: str, kind: str, text: str, sha: str, title: str | None) -> ParsedDocument:
    """A document whose whole (stripped) text is one research post."""
    start, end = _strip(text, 0, len(text))
    posts = ()
    if end > start:
        body = text[start:end]
        posts = (Post(1, body, start, end, kind="research", handles=handles(body)),)
    return ParsedDocument(name=name, kind=kind, text=text, sha256=sha, posts=posts, title=title)


def _post_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each post: prose runs split at headings and table rows."""
    spans: list[tuple[int, int]] = []
    run: list[int] | None = None  # [start, end, content lines that are not headings]
    in_fence = False
    for start, end, line, nxt in _lines(text):
        in_fence ^= bool(_FENCE.match(line))
        row = None if in_fence else _ROW.match(line)
        if row or (not in_fence and _HEADING.match(line)):
            _close(spans, run, text)
            run = None
        if row:
            if not (_RULE.match(line) or _RULE.match(nxt)):
                spans.append(_strip(text, start + row.start(1), start + row.end(1)))
            continue
        if run is None:
            run = [start, end, 0]
        run[1] = end
        run[2] += bool(line.strip()) and not _HEADING.match(line)
    _close(spans, run, text)
    return spans


def _close(spans: list[tuple[int, int]], run: list[int] | None, text: str) -> None:
    """Keep a prose run that says more than its heading."""
    if run is not None and run[2]:
        spans.append(_strip(text, run[0], run[1]))


def _lines(text: str):
    """(start, end, line, next line) for every line of `text`."""
    raw = text.split("\n")
    pos = 0
    for i, line in enumerate(raw):
        yield pos, pos + len(line), line, raw[i + 1] if i + 1 < len(raw) else ""
        pos += len(line) + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
