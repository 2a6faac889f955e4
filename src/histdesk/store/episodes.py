"""Episodes and their status history."""

from __future__ import annotations

import sqlite3

from histdesk.errors import InputError, UnknownEpisodeError
from histdesk.model import STATUSES, Episode
from histdesk.store.rows import from_json, now, to_json


def add_episode(conn: sqlite3.Connection, episode: Episode, by: str) -> None:
    """Insert a new episode (inside the caller's write). InputError if the code exists."""
    _check_status(episode.status)
    if _exists(conn, episode.code):
        raise InputError(
            f"episode {episode.code!r} already exists; "
            f'change it with: histdesk episode set "{episode.code}"'
        )
    start, end = episode.window
    conn.execute(
        "INSERT INTO episodes (code, title, authors, status, window_start, window_end) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (episode.code, episode.title, to_json(episode.authors), episode.status, start, end),
    )
    _record_status(conn, episode.code, episode.status, by)


def update_episode(conn: sqlite3.Connection, code: str, changes: dict, by: str) -> Episode:
    """Apply the non-None `changes` (title, authors, status, window); a new status is also
    appended to the history. Returns the updated episode."""
    old = get_episode(conn, code)
    if changes.get("status") is not None:
        _check_status(changes["status"])
    values = {k: v for k, v in changes.items() if v is not None}
    new = Episode(
        code=code,
        title=values.get("title", old.title),
        authors=tuple(values.get("authors", old.authors)),
        status=values.get("status", old.status),
        window=tuple(values.get("window", old.window)),
    )
    conn.execute(
        "UPDATE episodes SET title = ?, authors = ?, status = ?, window_start = ?, "
        "window_end = ? WHERE code = ?",
        (new.title, to_json(new.authors), new.status, new.window[0], new.window[1], code),
    )
    if new.status != old.status:
        _record_status(conn, code, new.status, by)
    return new


def get_episode(conn: sqlite3.Connection, code: str) -> Episode:
    """The episode with `code`; UnknownEpisodeError if there is none."""
    row = conn.execute("SELECT * FROM episodes WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise UnknownEpisodeError(code)
    return _episode(row)


def list_episodes(conn: sqlite3.Connection) -> list[Episode]:
    return [_episode(r) for r in conn.execute("SELECT * FROM episodes ORDER BY code")]


def status_history(conn: sqlite3.Connection, code: str) -> list[tuple[str, str, str]]:
    """(status, at, by) for the episode, oldest first."""
    rows = conn.execute(
        'SELECT status, "at", "by" FROM status_history WHERE episode = ? ORDER BY id', (code,)
    )
    return [(r["status"], r["at"], r["by"]) for r in rows]


def _episode(row: sqlite3.Row) -> Episode:
    return Episode(
        code=row["code"],
        title=row["title"],
        authors=from_json(row["authors"]),
        status=row["status"],
        window=(row["window_start"], row["window_end"]),
    )


def _exists(conn: sqlite3.Connection, code: str) -> bool:
    return conn.execute("SELECT 1 FROM episodes WHERE code = ?", (code,)).fetchone() is not None


def _record_status(conn: sqlite3.Connection, code: str, status: str, by: str) -> None:
    conn.execute(
        'INSERT INTO status_history (episode, status, "at", "by") VALUES (?, ?, ?, ?)',
        (code, status, now(), by),
    )


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise InputError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")
