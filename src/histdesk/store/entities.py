"""Canonical entities and the judgements behind them.

Rule-made clustering is replaced wholesale on each `save_entities`; user judgements are never
deleted. History is kept: `judgements()` gives, per unordered pair of names, the latest user
judgement if there is one, else the latest rule judgement.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from histdesk.errors import InputError
from histdesk.model import Entity, Judgement, Mention
from histdesk.store.read_extractions import read_mentions
from histdesk.store.rows import from_json, now, to_json

VERDICTS = ("same", "different", "undecided")


def save_entities(
    conn: sqlite3.Connection, entities: Sequence[Entity], judgements: Sequence[Judgement]
) -> None:
    """Replace every entity and rule judgement (inside the caller's write). Entity ids are the
    caller's; an entity's mentions are linked to stored mentions by (document, start, end),
    mentions that match nothing stored are skipped. User judgements given here are appended
    unless already stored."""
    conn.execute("UPDATE mentions SET entity = NULL WHERE entity IS NOT NULL")
    conn.execute("DELETE FROM entities")
    for entity in entities:
        conn.execute(
            "INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)",
            (entity.id, entity.name, entity.type, to_json(entity.aliases)),
        )
        for m in entity.mentions:
            conn.execute(
                'UPDATE mentions SET entity = ? WHERE document = ? AND start = ? AND "end" = ?',
                (entity.id, m.document, m.start, m.end),
            )
    conn.execute("DELETE FROM judgements WHERE decided_by NOT LIKE 'user:%'")
    stored = set(judgement_history(conn))
    for j in judgements:
        if j not in stored:
            add_judgement(conn, j)


def add_judgement(conn: sqlite3.Connection, j: Judgement) -> None:
    """Append one judgement; InputError for an unknown verdict or a blank name."""
    if j.verdict not in VERDICTS:
        raise InputError(f"unknown verdict {j.verdict!r}; use one of: {', '.join(VERDICTS)}")
    if not j.left.strip() or not j.right.strip():
        raise InputError("a judgement needs two non-empty names; give both LEFT and RIGHT")
    conn.execute(
        'INSERT INTO judgements ("left", "right", verdict, decided_by, reason, decided_at) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        (j.left, j.right, j.verdict, j.decided_by, j.reason, now()),
    )


def judgement_history(conn: sqlite3.Connection) -> list[Judgement]:
    """Every stored judgement, oldest first."""
    rows = conn.execute(
        'SELECT "left", "right", verdict, decided_by, reason FROM judgements ORDER BY id'
    )
    return [Judgement(**dict(r)) for r in rows]


def effective_judgements(conn: sqlite3.Connection) -> list[Judgement]:
    """One judgement per unordered pair: the latest user one wins over any rule one."""
    best: dict[frozenset[str], Judgement] = {}
    for j in judgement_history(conn):
        pair = frozenset((j.left, j.right))
        held = best.get(pair)
        if held is None or is_user(j) or not is_user(held):
            best[pair] = j
    return list(best.values())


def is_user(j: Judgement) -> bool:
    return j.decided_by.startswith("user:")


def read_entities(conn: sqlite3.Connection, doc_ids: Sequence[int] | None) -> list[Entity]:
    """Entities with their mentions; with `doc_ids`, only entities mentioned in those
    documents and only those mentions."""
    by_entity: dict[int, list[Mention]] = {}
    for m in read_mentions(conn, doc_ids):
        if m.entity is not None:
            by_entity.setdefault(m.entity, []).append(m)
    rows = conn.execute("SELECT id, name, type, aliases FROM entities ORDER BY id")
    return [
        Entity(id=r["id"], name=r["name"], type=r["type"], aliases=from_json(r["aliases"]),
               mentions=tuple(by_entity.get(r["id"], ())))
        for r in rows
        if doc_ids is None or r["id"] in by_entity
    ]
