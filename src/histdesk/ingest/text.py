"""Plain text or Markdown -> one research text (kind "text"), kept exactly as written.

Title: the first non-blank line when it is short, without Markdown's leading "#"s.
"""

from __future__ import annotations

from histdesk.ingest.episode import handles
from histdesk.model import ParsedDocument, Post

_TITLE_WORDS = 20  # a longer first line is prose, not a title


def parse_text(name: str, text: str, sha: str) -> ParsedDocument:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first.lstrip("#").strip() if len(first.split()) <= _TITLE_WORDS else None
    return one_post(name, "text", text, sha, title or None)


def one_post(name: str, kind: str, text: str, sha: str, title: str | None) -> ParsedDocument:
    """A document whose whole (stripped) text is one research post."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    posts = ()
    if end > start:
        body = text[start:end]
        posts = (Post(1, body, start, end, kind="research", handles=handles(body)),)
    return ParsedDocument(name=name, kind=kind, text=text, sha256=sha, posts=posts, title=title)
