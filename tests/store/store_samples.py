"""Fixtures for the store tests (imported by name: the tree has one conftest.py): a fresh
workspace per test and builders for small hand-built documents (no spaCy)."""

from __future__ import annotations

import hashlib

import pytest

from histdesk.model import (
    BibEntry, Episode, Event, Extraction, Figure, Mention, ParsedDocument, Post, Source, Timex,
)
from histdesk.store import DocumentExtraction, open_workspace

POSTS = (
    "The dock strike began on March 3, 1926 in Hull, led by Mary Hale.",
    "More than 1,200 workers joined Hale within two days.",
)
ARTICLE = "Harbour Strikes\nFrom: A Dictionary of Labour, 2nd ed. (1961)\n\n" \
    "In 1926 about 40 percent of Hull dockers stopped work.\n\n" \
    "Bibliography\nSmith, J. Docks. London, 1950.\n"


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "ws.db")
    workspace.add_episode(Episode("1926 03", "The Dock Strike", ("Ann", "Bo"), "Planned",
                                  ("1926-01-01", "1926-12-31")))
    yield workspace
    workspace.close()


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def thread(name: str = "strike.txt", posts=POSTS) -> tuple[ParsedDocument, DocumentExtraction]:
    """A two-post thread and one Extraction per post, offsets relative to each post."""
    text = "\n\n".join(posts)
    parsed_posts, segments = [], []
    for number, body in enumerate(posts, start=1):
        start, end = span(text, body)
        kind = "research" if number == 1 else "reply"
        parsed_posts.append(Post(number, body, start, end, author=f"user{number}", kind=kind,
                                 likes=number - 1, handles=("Hale",), credits=()))
        segments.append((start, _extract(body)))
    parsed = ParsedDocument(name, "thread", text, _sha(text), posts=tuple(parsed_posts))
    return parsed, DocumentExtraction(tuple(segments), {"*": "test.v1", "timexes": "timex.v2"})


def article() -> tuple[ParsedDocument, DocumentExtraction]:
    body_start, body_end = span(ARTICLE, "In 1926 about 40 percent of Hull dockers stopped work.")
    bib = (BibEntry("Smith, J. Docks. London, 1950.", author="Smith, J.", title="Docks",
                    place="London", year=1950),)
    source = Source("Harbour Strikes", work="A Dictionary of Labour", edition="2nd ed.",
                    year=1961, caveat="May be dated.", body_start=body_start,
                    body_end=body_end, bibliography=bib)
    parsed = ParsedDocument("harbour.txt", "source", ARTICLE, _sha(ARTICLE), source=source)
    return parsed, DocumentExtraction(((body_start, _extract(ARTICLE[body_start:body_end])),))


def _extract(text: str) -> Extraction:
    """Tag what our little texts contain, by substring, the way an extractor would."""
    timexes, figures, mentions, events = [], [], [], []
    for part, value in (("March 3, 1926", "1926-03-03"), ("1926", "1926")):
        if part in text and not (part == "1926" and "March 3, 1926" in text):
            timexes.append(Timex(*span(text, part), part, "DATE", value))
    if "two days" in text:
        timexes.append(Timex(*span(text, "two days"), "two days", "DURATION", "P2D"))
    if "1,200" in text:
        figures.append(Figure(*span(text, "1,200"), "1,200", 1200.0, qualifier="more than",
                              of="workers"))
    if "40 percent" in text:
        figures.append(Figure(*span(text, "40 percent"), "40 percent", 40.0, unit="%"))
    for name, kind in (("Mary Hale", "PERSON"), ("Hale", "PERSON"), ("Hull", "GPE")):
        after = text.index("Mary Hale") + 9 if name == "Hale" and "Mary Hale" in text else 0
        if name in text[after:]:
            mentions.append(Mention(*span(text, name, after), name, kind))
    if timexes and timexes[0].type == "DATE":
        events.append(Event(0, len(text), text, timexes[0].value, timex=timexes[0],
                            mentions=tuple(mentions)))
    return Extraction(tuple(timexes), tuple(figures), tuple(mentions), tuple(events))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture
def docs():
    """Builders: docs.thread(name=, posts=) and docs.article(), each -> (parsed, extraction)."""
    from types import SimpleNamespace

    return SimpleNamespace(thread=thread, article=article, span=span)
