"""Opening the workspace file and the one way to write to it.

Every write goes through `write(conn)`: one `BEGIN IMMEDIATE` transaction that takes the write
lock up front (a deferred BEGIN could fail half-way when it upgrades to a write lock), commits
when the block ends and rolls back on any exception, so a failed write changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from histdesk.errors import WorkspaceError

DEFAULT_BUSY_TIMEOUT_MS = 5000


def connect(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN ourselves) with WAL, foreign keys and a
    busy timeout. Raises WorkspaceError when the file is not a SQLite database."""
    if path.is_dir():
        raise WorkspaceError(f"{path} is a directory; pass a file path such as {path}/histdesk.db")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_ms / 1000)
    except (OSError, sqlite3.Error) as exc:
        message = f"cannot open workspace {path}: {exc}; pass another --db path"
        raise WorkspaceError(message) from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise WorkspaceError(
            f"{path} is not a SQLite database; pass another --db path or move the file away"
        ) from exc
    return conn


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One BEGIN IMMEDIATE transaction: COMMIT on success, ROLLBACK on any exception.

    Raises WorkspaceError when another writer holds the lock longer than the busy timeout;
    nothing has been written then."""
    if conn.in_transaction:
        raise RuntimeError("nested write: a write transaction is already open")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _busy(conn, exc) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction, so a view assembled from many SELECTs sees one state of the file."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def _busy(conn: sqlite3.Connection, exc: sqlite3.OperationalError) -> Exception:
    if "locked" in str(exc) or "busy" in str(exc):
        name = _db_name(conn)
        return WorkspaceError(
            f"workspace {name} is locked by another writer; wait for it to finish and retry"
        )
    return exc


def _db_name(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return row["file"] if row is not None else "?"
