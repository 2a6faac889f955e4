import sqlite3

import pytest

from histdesk.errors import WorkspaceError
from histdesk.store import open_workspace
from histdesk.store.connection import connect
from histdesk.store.migrations import MIGRATIONS, Migration, applied, migrate, statements


def test_new_workspace_is_wal_with_foreign_keys_and_versioned(tmp_path):
    with open_workspace(tmp_path / "a.db") as ws:
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert ws.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert applied(ws.conn) == [m.name for m in MIGRATIONS]


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "a.db"
    open_workspace(path).close()
    conn = connect(path)
    assert migrate(conn, path) == []
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    conn.close()
    with open_workspace(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_plain_readable_tables(tmp_path):
    with open_workspace(tmp_path / "a.db") as ws:
        names = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master")}
    for table in ("episodes", "documents", "posts", "sources", "bib_entries", "timexes",
                  "figures", "mentions", "entities", "judgements", "events", "event_entities",
                  "status_history", "migrations"):
        assert table in names


def test_failing_migration_changes_nothing(tmp_path):
    path = tmp_path / "a.db"
    open_workspace(path).close()
    bad = Migration("0002_bad", statements(
        "CREATE TABLE extra (x INTEGER)", "INSERT INTO no_such_table VALUES (1)"))
    conn = connect(path)
    with pytest.raises(WorkspaceError, match="migration 0002_bad failed.*unchanged"):
        migrate(conn, path, (*MIGRATIONS, bad))
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
    assert applied(conn) == [m.name for m in MIGRATIONS]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_a_later_migration_applies_once(tmp_path):
    path = tmp_path / "a.db"
    open_workspace(path).close()
    more = (*MIGRATIONS, Migration("0002_note", statements("ALTER TABLE episodes ADD note TEXT")))
    conn = connect(path)
    assert migrate(conn, path, more) == ["0002_note"]
    assert migrate(conn, path, more) == []
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()


def test_text_file_is_refused_with_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not a database\n" * 50)
    with pytest.raises(WorkspaceError) as err:
        open_workspace(path)
    assert str(err.value) == (
        f"{path} is not a SQLite database; pass another --db path or move the file away")


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cats (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError, match="not a histdesk workspace.*--db"):
        open_workspace(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["cats"]
    conn.close()


def test_newer_workspace_is_refused(tmp_path):
    path = tmp_path / "a.db"
    open_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations (name, applied_at) VALUES ('9999_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError, match="newer histdesk.*upgrade"):
        open_workspace(path)


def test_empty_sqlite_file_becomes_a_workspace(tmp_path):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with open_workspace(path) as ws:
        assert ws.list_episodes() == []


def test_directory_is_refused_with_the_fix(tmp_path):
    with pytest.raises(WorkspaceError) as err:
        open_workspace(tmp_path)
    fix = f"pass a file path such as {tmp_path}/histdesk.db"
    assert str(err.value) == f"{tmp_path} is a directory; {fix}"


def test_missing_parent_directories_are_created(tmp_path):
    with open_workspace(tmp_path / "new" / "dir" / "ws.db") as ws:
        assert ws.list_episodes() == []
