"""Which reader a text needs, judged by its content (never by its file extension)."""

from __future__ import annotations

import re

from histdesk.ingest.article import COPYRIGHT, PROVENANCE
from histdesk.ingest.bibliography import is_bibliographic
from histdesk.ingest.episode import has_code, is_header_line

_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)
_TAGS = re.compile(r"</(?:p|div|body|html|article|section|h[1-6]|li|table)\s*>", re.I)
_LIKES_LINE = re.compile(r"^\s*\d+\s+Likes?\s*$", re.I | re.M)
_TOP_LINES = 8


def sniff(text: str) -> str:
    """One of "discourse" (any JSON), "html", "thread", "source" or "text"."""
    head = text.lstrip()
    if head[:1] in ("{", "["):
        return "discourse"
    if _HTML.match(head) or (head.startswith("<") and len(_TAGS.findall(head)) >= 2):
        return "html"
    top = [line.strip() for line in text.split("\n") if line.strip()][:_TOP_LINES]
    if any(is_header_line(line) for line in top) or _LIKES_LINE.search(text):
        return "thread"
    if any(PROVENANCE.search(line) for line in top[1:6]) or _reads_as_reference(text):
        return "source"
    if top and has_code(top[0]) and text.count("\n\n\n") >= 2:
        return "thread"
    return "text"


def _reads_as_reference(text: str) -> bool:
    """A copyright line with bibliography lines just above it, at the end of the text."""
    tail = [line.strip() for line in text.rstrip().split("\n")[-8:] if line.strip()]
    if not tail or not COPYRIGHT.search(tail[-1]):
        return False
    return sum(is_bibliographic(line) for line in tail[:-1]) >= 2
