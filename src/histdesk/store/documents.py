"""Documents with their structure: posts of a thread, a source with its bibliography."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from histdesk.errors import InputError
from histdesk.model import BibEntry, Document, ParsedDocument, Post, Source
from histdesk.store.rows import from_json, now, to_json


def has_document(conn: sqlite3.Connection, sha256: str) -> int | None:
    """The id of the stored document with this content hash, or None."""
    row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return row["id"] if row is not None else None


def find_version(conn: sqlite3.Connection, name: str, kind: str, episode: str | None) -> int | None:
    """The id of an earlier version of a document: same file name, kind and episode."""
    row = conn.execute(
        "SELECT id FROM documents WHERE name = ? AND kind = ? AND episode IS ? ORDER BY id DESC",
        (name, kind, episode),
    ).fetchone()
    return row["id"] if row is not None else None


def delete_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Remove a document; its posts, source and extracted rows go with it (ON DELETE CASCADE)."""
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def insert_document(conn: sqlite3.Connection, parsed: ParsedDocument, episode: str | None) -> int:
    """Insert the document row and its posts and source; returns the new id.

    InputError when the same content is already stored (the sha256 is unique)."""
    existing = has_document(conn, parsed.sha256)
    if existing is not None:
        raise InputError(
            f"{parsed.name} is already in the workspace as document {existing}; nothing to do"
        )
    cur = conn.execute(
        "INSERT INTO documents (name, kind, sha256, text, episode, title, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (parsed.name, parsed.kind, parsed.sha256, parsed.text, episode, parsed.title, now()),
    )
    doc_id = cur.lastrowid
    for post in parsed.posts:
        _insert_post(conn, doc_id, post)
    if parsed.source is not None:
        _insert_source(conn, doc_id, parsed.source)
    return doc_id


def _insert_post(conn: sqlite3.Connection, doc_id: int, p: Post) -> None:
    conn.execute(
        'INSERT INTO posts (document, number, author, kind, likes, start, "end", text, '
        "created_at, reply_to, handles, credits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_id, p.number, p.author, p.kind, p.likes, p.start, p.end, p.text, p.created_at,
         p.reply_to, to_json(p.handles), to_json(p.credits)),
    )


def _insert_source(conn: sqlite3.Connection, doc_id: int, s: Source) -> None:
    cur = conn.execute(
        "INSERT INTO sources (document, title, work, edition, year, caveat, provenance, "
        "body_start, body_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_id, s.title, s.work, s.edition, s.year, s.caveat, s.provenance,
         s.body_start, s.body_end),
    )
    for position, b in enumerate(s.bibliography, start=1):
        conn.execute(
            "INSERT INTO bib_entries (source, position, author, title, edition, volume, place, "
            "year, pages, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cur.lastrowid, position, b.author, b.title, b.edition, b.volume, b.place, b.year,
             b.pages, b.text),
        )


def read_documents(conn: sqlite3.Connection, episode: str | None = None) -> list[Document]:
    """Documents in id order; only those ingested for `episode` when given."""
    sql = "SELECT id, name, kind, sha256, text, episode, title FROM documents"
    rows = conn.execute(sql + " WHERE episode = ? ORDER BY id", (episode,)) if episode else (
        conn.execute(sql + " ORDER BY id")
    )
    return [Document(**dict(r)) for r in rows]


def read_posts(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> list[tuple[int, Post]]:
    """(document id, post) in document then post-number order; posts carry their store id."""
    rows = conn.execute(
        f"SELECT * FROM posts WHERE document IN ({_marks(doc_ids)}) ORDER BY document, number, id",
        tuple(doc_ids),
    )
    return [(r["document"], _post(r)) for r in rows]


def read_sources(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> list[tuple[int, Source]]:
    """(document id, source with its bibliography in written order)."""
    rows = conn.execute(
        f"SELECT * FROM sources WHERE document IN ({_marks(doc_ids)}) ORDER BY id",
        tuple(doc_ids),
    ).fetchall()
    return [(r["document"], _source(r, _bibliography(conn, r["id"]))) for r in rows]


def _bibliography(conn: sqlite3.Connection, source_id: int) -> tuple[BibEntry, ...]:
    rows = conn.execute(
        "SELECT text, author, title, edition, volume, place, year, pages FROM bib_entries "
        "WHERE source = ? ORDER BY position",
        (source_id,),
    )
    return tuple(BibEntry(**dict(r)) for r in rows)


def _post(r: sqlite3.Row) -> Post:
    return Post(
        number=r["number"], text=r["text"], start=r["start"], end=r["end"], author=r["author"],
        kind=r["kind"], likes=r["likes"], created_at=r["created_at"], reply_to=r["reply_to"],
        handles=from_json(r["handles"]), credits=from_json(r["credits"]), id=r["id"],
    )


def _source(r: sqlite3.Row, bibliography: tuple[BibEntry, ...]) -> Source:
    return Source(
        title=r["title"], work=r["work"], edition=r["edition"], year=r["year"],
        caveat=r["caveat"], provenance=r["provenance"], body_start=r["body_start"],
        body_end=r["body_end"], bibliography=bibliography, id=r["id"],
    )


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))
