"""How a position in a document becomes a citation: "post 3", a source title, a file name.

Every finding and every line of the brief points back at where it came from. The label is
the post containing the offset ("post 3"; "thread_b.txt, post 3" when the episode has more
than one thread), else the source the document holds, else the document's file name (with
its title when known). An HTML page or a note is read as one research text, so its single
pseudo-post is never cited as "post 1": that would name a thread's call post. The quote is
the text of the span itself. Sentence splitting lives here too because a cited claim is,
almost always, one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from histdesk.model import WHOLE_TEXT_KINDS, Document, EpisodeView, Evidence, Post, Source


# Abbreviations after which a period does not end a sentence ("Jan. 29", "Dr. Smith").
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st jr sr vs etc "
    "e.g i.e cf vol vols pp no nos ed eds gen col lt capt prof rev approx ca fig".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*(?=\s)|\n\s*\n|\n(?=\s*[-*•\d])")


def document(view: EpisodeView, doc_id: int) -> Document | None:
    return next((d for d in view.documents if d.id == doc_id), None)


def post_at(view: EpisodeView, doc_id: int, offset: int) -> Post | None:
    """The post of document `doc_id` whose span contains `offset`, if any."""
    for owner, post in view.posts:
        if owner == doc_id and post.start <= offset < max(post.end, post.start + 1):
            return post
    return None


def source_of(view: EpisodeView, doc_id: int) -> Source | None:
    return next((s for owner, s in view.sources if owner == doc_id), None)


def label_at(view: EpisodeView, doc_id: int | None, offset: int) -> str:
    """"post N" (prefixed by the thread's name when there are several threads), else the
    source title, else the document's name, else "document N"."""
    if doc_id is None:
        return "unplaced text"
    doc = document(view, doc_id)
    if doc and doc.kind in WHOLE_TEXT_KINDS:
        return doc.cited_name
    if post := post_at(view, doc_id, offset):
        return f"{view.thread_prefix(doc)}post {post.number}"
    if source := source_of(view, doc_id):
        return source.title
    return doc.name if doc else f"document {doc_id}"


def evidence(view: EpisodeView, doc_id: int, start: int, end: int) -> Evidence:
    """Evidence quoting document `doc_id` from `start` to `end`, labelled by `label_at`."""
    doc = document(view, doc_id)
    quote = doc.text[start:end] if doc else ""
    return Evidence(doc_id, start, end, quote.strip(), label_at(view, doc_id, start))


def post_evidence(view: EpisodeView, doc_id: int, post: Post, start: int, end: int) -> Evidence:
    """Evidence for a span of a post's own text (offsets relative to `post.text`)."""
    quote = post.text[start:end].strip()
    label = label_at(view, doc_id, post.start + start)
    return Evidence(doc_id, post.start + start, post.start + end, quote, label)


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text[start:end]`, stripped, offsets into `text`.

    A period after a known abbreviation or a single initial ("P. M.") does not end one.
    """
    end = len(text) if end is None else end
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        yield from _stripped(text, cursor, match.end())
        cursor = match.end()
    yield from _stripped(text, cursor, end)


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    return len(token) == 1 or token in _ABBREVIATIONS


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
