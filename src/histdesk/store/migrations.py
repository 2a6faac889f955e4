"""Named, transactional migrations (after simonw/sqlite-utils `migrations.py`).

Each migration runs in its own BEGIN IMMEDIATE transaction together with its row in the
`migrations` table and the bump of `PRAGMA user_version`, so a failing migration changes
nothing and a half-migrated file cannot exist. Applied names are re-read inside the
transaction, so two processes opening a new file at once migrate it once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from histdesk.errors import WorkspaceError
from histdesk.store.connection import write
from histdesk.store.schema import INITIAL

MIGRATIONS_DDL = """CREATE TABLE IF NOT EXISTS migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"""


@dataclass(frozen=True)
class Migration:
    """A named step; `apply` runs inside the migration's transaction and must not commit."""

    name: str
    apply: Callable[[sqlite3.Connection], None]


def statements(*sql: str) -> Callable[[sqlite3.Connection], None]:
    """A migration body that runs `sql` statements in order."""

    def run(conn: sqlite3.Connection) -> None:
        for stmt in sql:
            conn.execute(stmt)

    return run


MIGRATIONS: tuple[Migration, ...] = (Migration("0001_initial", statements(*INITIAL)),)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of applied migrations, in order; [] when the table does not exist yet."""
    if not _has_table(conn, "migrations"):
        return []
    return [r["name"] for r in conn.execute("SELECT name FROM migrations ORDER BY id")]


def migrate(
    conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS
) -> list[str]:
    """Apply every pending migration; returns the names applied now (idempotent: [] again).

    Raises WorkspaceError when the file is some other SQLite database or was made by a newer
    histdesk, and when a migration fails (nothing of that migration is kept)."""
    ensure_histdesk(conn, path, migrations)
    done: list[str] = []
    for migration in migrations:
        with write(conn):
            if migration.name in applied(conn):
                continue
            _apply_one(conn, path, migration, position=len(applied(conn)) + 1)
        done.append(migration.name)
    return done


def ensure_histdesk(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration]) -> None:
    """Refuse a database that has tables but no histdesk migrations, or unknown ones."""
    try:
        names = applied(conn)
    except sqlite3.OperationalError:  # a "migrations" table of some other tool
        names = []
    known = {m.name for m in migrations}
    if not names and _user_tables(conn):
        raise WorkspaceError(
            f"{path} is a SQLite database but not a histdesk workspace (no histdesk migrations); "
            "pass another --db path"
        )
    unknown = [n for n in names if n not in known]
    if unknown:
        raise WorkspaceError(
            f"{path} was migrated by a newer histdesk ({unknown[0]}); upgrade histdesk to open it"
        )


def _apply_one(conn: sqlite3.Connection, path: Path, migration: Migration, position: int) -> None:
    conn.execute(MIGRATIONS_DDL)
    try:
        migration.apply(conn)
    except sqlite3.Error as exc:
        raise WorkspaceError(
            f"migration {migration.name} failed on {path}: {exc}; the file is unchanged"
        ) from exc
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (migration.name, now))
    conn.execute(f"PRAGMA user_version = {int(position)}")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%'"
    )
    return [r["name"] for r in rows]
