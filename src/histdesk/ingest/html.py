"""An HTML page -> one research text: the main text via trafilatura, else selectolax.

The page is one research text: the document carries ONE post of kind "research" spanning
the whole extracted text (so every layer can treat pages like a thread's research post),
and `title` comes from <title> (else the first <h1>).
"""

from __future__ import annotations

import logging

from histdesk.ingest.htmltext import html_to_text, title_of
from histdesk.ingest.text import one_post

log = logging.getLogger(__name__)


def parse_html(name: str, html: str, sha: str):
    """Parse a page; text is trafilatura's main text when it finds any, else the body text
    without navigation, headers, footers and sidebars."""
    text = _trafilatura_text(html) or html_to_text(html, drop_chrome=True)
    return one_post(name, "html", text, sha, title_of(html))


def _trafilatura_text(html: str) -> str:
    """Main text with paragraphs separated by a blank line; "" when trafilatura cannot run
    (it needs lxml_html_clean, which some environments lack) or finds nothing."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken optional extractor must not stop ingest
        log.debug("trafilatura unavailable: %s", exc)
        return ""
    extracted = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    paragraphs = [line.strip() for line in extracted.split("\n") if line.strip()]
    return "\n\n".join(paragraphs)
