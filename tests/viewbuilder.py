"""Build small EpisodeViews by hand from texts the tests write (imported by check/report tests).

A thread is a list of post texts joined by blank lines, so offsets are real; events,
figures and mentions are located by searching their text in the document.
"""

from __future__ import annotations

from histdesk.model import (
    BibEntry,
    Document,
    Entity,
    Episode,
    EpisodeView,
    Event,
    Figure,
    Mention,
    Post,
    Source,
    Timex,
)

EPISODE = Episode("1924 01", "A test episode", ("Ann", "Bo"), "In Research", ("1924-01-01", "1924-12-31"))


def thread(*posts: str | tuple[str, dict], doc_id: int = 1) -> tuple[Document, list[tuple[int, Post]]]:
    """A thread document; each post is its text or (text, Post keyword arguments)."""
    text, placed = "", []
    for number, item in enumerate(posts, start=1):
        body, extra = (item, {}) if isinstance(item, str) else item
        start = len(text)
        text += body + "\n\n"
        placed.append((doc_id, Post(number, body, start, start + len(body), **extra)))
    return Document(doc_id, f"thread{doc_id}.txt", "thread", "0" * 64, text), placed


def source(text: str, title: str = "A Reference", caveat: str | None = None, doc_id: int = 2,
           bibliography: tuple[BibEntry, ...] = ()) -> tuple[Document, tuple[int, Source]]:
    doc = Document(doc_id, f"source{doc_id}.txt", "source", "1" * 64, text)
    src = Source(title, caveat=caveat, body_start=0, body_end=len(text), bibliography=bibliography)
    return doc, (doc_id, src)


def mention(doc: Document, surface: str, type_: str = "PERSON", entity: int | None = None,
            occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, type_, doc.id, entity)


def event(doc: Document, sentence: str, date: str, mod: str | None = None,
          mentions: tuple[Mention, ...] = ()) -> Event:
    start = doc.text.index(sentence)
    timex = Timex(start, start, "", "DATE", date, mod, document=doc.id)
    return Event(start, start + len(sentence), sentence, date, timex, mentions, doc.id)


def figure(doc: Document, text: str, value: float, of: str | None = None, unit: str | None = None) -> Figure:
    start = doc.text.index(text)
    return Figure(start, start + len(text), text, value, unit, None, of, doc.id)


def entity(id_: int, name: str, type_: str, mentions: list[Mention], aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(id_, name, type_, tuple(mentions), aliases)


def view(*documents: Document, episode: Episode = EPISODE, posts=(), sources=(), events=(),
         figures=(), entities=()) -> EpisodeView:
    return EpisodeView(episode, tuple(documents), tuple(posts), tuple(sources), (),
                       tuple(figures), tuple(events), tuple(entities))
