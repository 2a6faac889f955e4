"""Reading extracted items back as model objects, with `document` set and document offsets."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from histdesk.model import Event, Figure, Mention, Timex


def _where(doc_ids: Sequence[int] | None, alias: str = "") -> tuple[str, tuple]:
    """A WHERE clause limiting rows to `doc_ids` (None: every document)."""
    if doc_ids is None:
        return "", ()
    return f" WHERE {alias}document IN ({', '.join('?' * len(doc_ids))})", tuple(doc_ids)


def read_timexes(conn: sqlite3.Connection, doc_ids: Sequence[int] | None) -> list[Timex]:
    where, args = _where(doc_ids)
    rows = conn.execute(f'SELECT * FROM timexes{where} ORDER BY document, start, "end", id', args)
    return [_timex(r) for r in rows]


def read_figures(conn: sqlite3.Connection, doc_ids: Sequence[int] | None) -> list[Figure]:
    where, args = _where(doc_ids)
    rows = conn.execute(f"SELECT * FROM figures{where} ORDER BY document, start, id", args)
    return [
        Figure(start=r["start"], end=r["end"], text=r["text"], value=r["value"], unit=r["unit"],
               qualifier=r["qualifier"], of=r["of"], document=r["document"])
        for r in rows
    ]


def read_mentions(conn: sqlite3.Connection, doc_ids: Sequence[int] | None) -> list[Mention]:
    where, args = _where(doc_ids)
    rows = conn.execute(f"SELECT * FROM mentions{where} ORDER BY document, start, id", args)
    return [_mention(r) for r in rows]


def read_events(conn: sqlite3.Connection, doc_ids: Sequence[int] | None) -> list[Event]:
    """Events with their timex and their mentions (each carrying its entity id, if merged)."""
    where, args = _where(doc_ids, "e.")
    rows = conn.execute(
        "SELECT e.*, t.start AS t_start, t.\"end\" AS t_end, t.text AS t_text, t.type AS t_type, "
        "t.value AS t_value, t.mod AS t_mod, t.anchor AS t_anchor "
        f"FROM events e LEFT JOIN timexes t ON t.id = e.timex{where} "
        "ORDER BY e.document, e.start, e.id",
        args,
    ).fetchall()
    return [_event(r, _event_mentions(conn, r["id"])) for r in rows]


def _event_mentions(conn: sqlite3.Connection, event_id: int) -> tuple[Mention, ...]:
    rows = conn.execute(
        "SELECT m.* FROM event_mentions em JOIN mentions m ON m.id = em.mention "
        "WHERE em.event = ? ORDER BY m.start, m.id",
        (event_id,),
    )
    return tuple(_mention(r) for r in rows)


def _event(r: sqlite3.Row, mentions: tuple[Mention, ...]) -> Event:
    timex = None
    if r["timex"] is not None:
        timex = Timex(start=r["t_start"], end=r["t_end"], text=r["t_text"], type=r["t_type"],
                      value=r["t_value"], mod=r["t_mod"], anchor=r["t_anchor"],
                      document=r["document"])
    return Event(start=r["start"], end=r["end"], text=r["text"], date=r["date"], timex=timex,
                 mentions=mentions, document=r["document"])


def _timex(r: sqlite3.Row) -> Timex:
    return Timex(start=r["start"], end=r["end"], text=r["text"], type=r["type"],
                 value=r["value"], mod=r["mod"], anchor=r["anchor"], document=r["document"])


def _mention(r: sqlite3.Row) -> Mention:
    return Mention(start=r["start"], end=r["end"], text=r["text"], type=r["type"],
                   document=r["document"], entity=r["entity"])
