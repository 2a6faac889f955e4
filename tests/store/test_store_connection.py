import sqlite3
import threading

import pytest

from histdesk.errors import WorkspaceError
from histdesk.model import Episode
from histdesk.store import open_workspace
from histdesk.store.connection import write
from store_samples import ws, docs  # noqa: F401 (fixtures)


def _locker(path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_every_write_begins_immediate(ws, docs):
    seen: list[str] = []
    ws.conn.set_trace_callback(seen.append)
    ws.update_episode("1926 03", status="In Research")
    parsed, extraction = docs.thread()
    ws.save_document(parsed, "1926 03", extraction)
    begins = [s for s in seen if s.upper().startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]
    assert seen.count("COMMIT") == 2


def test_locked_workspace_fails_cleanly_and_changes_nothing(tmp_path, docs):
    path = tmp_path / "ws.db"
    ws = open_workspace(path, busy_timeout_ms=50)
    other = _locker(path)
    with pytest.raises(WorkspaceError, match="locked by another writer; wait .* retry"):
        ws.add_episode(Episode("1926 03", "The Dock Strike"))
    other.execute("ROLLBACK")
    other.close()
    assert ws.list_episodes() == []
    assert not ws.conn.in_transaction
    ws.close()


def test_write_waits_for_the_lock_holder(tmp_path):
    path = tmp_path / "ws.db"
    ws = open_workspace(path, busy_timeout_ms=5000)
    other = _locker(path)
    threading.Timer(0.2, lambda: other.execute("COMMIT")).start()
    ws.add_episode(Episode("1926 03", "The Dock Strike"))
    assert [e.code for e in ws.list_episodes()] == ["1926 03"]
    other.close()
    ws.close()


def test_exception_inside_write_rolls_back(ws):
    with pytest.raises(ZeroDivisionError):
        with write(ws.conn):
            ws.conn.execute("DELETE FROM episodes")
            1 / 0
    assert [e.code for e in ws.list_episodes()] == ["1926 03"]
    assert not ws.conn.in_transaction


def test_nested_write_is_a_bug(ws):
    with pytest.raises(RuntimeError, match="nested write"):
        with write(ws.conn):
            with write(ws.conn):
                pass
    assert not ws.conn.in_transaction
