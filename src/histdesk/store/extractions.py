"""Extracted items (timexes, figures, mentions, events) placed into a stored document.

The extractors see one text segment at a time (a post's text, a source's body); the store
shifts their spans by the segment's offset so every stored span is a document offset, keeps
~40 characters of context either side, and records the extractor version on every row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from histdesk.model import Event, Extraction, Figure, Mention, Timex
from histdesk.store.rows import context

KINDS = ("timexes", "figures", "mentions", "events")
_SINGULAR = {"timexes": "timex", "figures": "figure", "mentions": "mention", "events": "event"}


@dataclass(frozen=True)
class DocumentExtraction:
    """What the extractors found in one document.

    `segments` holds one (offset in document text, Extraction) pair per text extracted on its
    own; `versions` names the extractors that made them, keyed by a kind from `KINDS` or its
    singular ("timex"), else "*" or "pipeline" for all kinds; a "model" entry is appended, so
    {"pipeline": "pipeline-1", "timex": "timex-1", "model": "en_x"} stores "timex-1+en_x" on
    timexes and "pipeline-1+en_x" on the rest."""

    segments: tuple[tuple[int, Extraction], ...] = ()
    versions: Mapping[str, str] = field(default_factory=dict)

    def version(self, kind: str) -> str:
        v = self.versions
        own = v.get(kind) or v.get(_SINGULAR.get(kind, kind)) or v.get("*")
        own = own or v.get("pipeline")
        model = v.get("model")
        if own and model and model != own:
            return f"{own}+{model}"
        return own or model or "unknown"


def as_document_extraction(extraction, versions: Mapping[str, str] | None = None):
    """Accept a DocumentExtraction, a sequence of (offset, Extraction) pairs, or None;
    `versions`, when given, replaces the extraction's own."""
    if extraction is None:
        extraction = DocumentExtraction()
    elif not isinstance(extraction, DocumentExtraction):
        extraction = DocumentExtraction(segments=tuple((int(o), e) for o, e in extraction))
    if versions is not None:
        extraction = DocumentExtraction(extraction.segments, dict(versions))
    return extraction


def insert_extraction(
    conn: sqlite3.Connection, doc_id: int, text: str, extraction: DocumentExtraction
) -> None:
    """Insert every segment's items. ValueError when a shifted span falls outside the text
    (an offset bug); the caller's transaction then rolls the whole document back."""
    for offset, ex in extraction.segments:
        _Segment(conn, doc_id, text, offset, extraction).insert(ex)


@dataclass
class _Segment:
    conn: sqlite3.Connection
    doc_id: int
    text: str
    offset: int
    extraction: DocumentExtraction
    timex_ids: dict[tuple[int, int], int] = field(default_factory=dict)
    mention_ids: dict[tuple[int, int, str], int] = field(default_factory=dict)

    def insert(self, ex: Extraction) -> None:
        for t in ex.timexes:
            self._timex(t)
        for f in ex.figures:
            self._figure(f)
        for m in ex.mentions:
            self._mention(m)
        for e in ex.events:
            self._event(e)

    def _span(self, start: int, end: int, kind: str) -> tuple[int, int, str, str]:
        s, e = start + self.offset, end + self.offset
        if not 0 <= s <= e <= len(self.text):
            raise ValueError(f"{kind} span {start}-{end} + offset {self.offset} is outside "
                             f"document {self.doc_id} ({len(self.text)} chars)")
        return (s, e, *context(self.text, s, e))

    def _timex(self, t: Timex) -> int:
        key = (t.start + self.offset, t.end + self.offset)
        if key not in self.timex_ids:
            self.timex_ids[key] = self._insert(
                "timexes", "type, value, mod, anchor", self._span(t.start, t.end, "timex"),
                t.text, (t.type, t.value, t.mod, t.anchor))
        return self.timex_ids[key]

    def _figure(self, f: Figure) -> None:
        span = self._span(f.start, f.end, "figure")
        self._insert("figures", 'value, unit, qualifier, "of"', span, f.text,
                     (f.value, f.unit, f.qualifier, f.of))

    def _mention(self, m: Mention) -> int:
        key = (m.start + self.offset, m.end + self.offset, m.type)
        if key not in self.mention_ids:
            self.mention_ids[key] = self._insert(
                "mentions", "type", self._span(m.start, m.end, "mention"), m.text, (m.type,))
        return self.mention_ids[key]

    def _event(self, e: Event) -> None:
        timex = self._timex(e.timex) if e.timex is not None else None
        event_id = self._insert("events", "date, timex", self._span(e.start, e.end, "event"),
                                e.text, (e.date, timex))
        for m in e.mentions:
            self.conn.execute("INSERT OR IGNORE INTO event_mentions (event, mention) VALUES (?, ?)",
                              (event_id, self._mention(m)))

    def _insert(self, table: str, columns: str, span: tuple, text: str, values: tuple) -> int:
        start, end, before, after = span
        n = columns.count(",") + 1
        cur = self.conn.execute(
            f'INSERT INTO {table} (document, start, "end", text, context_before, context_after, '
            f"extractor_version, {columns}) VALUES (?, ?, ?, ?, ?, ?, ?{', ?' * n})",
            (self.doc_id, start, end, text, before, after, self.extraction.version(table),
             *values),
        )
        return cur.lastrowid
