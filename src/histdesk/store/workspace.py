"""The workspace: one SQLite file holding episodes, documents and what was found in them.

    with open_workspace(Path("histdesk.db")) as ws:
        ws.add_episode(Episode("1924 01", "A title"))
        doc_id = ws.save_document(parsed, "1924 01", DocumentExtraction(segments, versions))
        view = ws.episode_view("1924 01")

Each write method is one BEGIN IMMEDIATE transaction; reads that assemble several tables run
in one read transaction so they see a single state of the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from histdesk.errors import WorkspaceError
from histdesk.model import Document, Entity, Episode, EpisodeView, Judgement, Mention
from histdesk.model import ParsedDocument
from histdesk.store import documents, episodes
from histdesk.store import entities as entity_store
from histdesk.store.connection import DEFAULT_BUSY_TIMEOUT_MS, connect, snapshot, write
from histdesk.store.extractions import as_document_extraction, insert_extraction
from histdesk.store.migrations import migrate
from histdesk.store.read_extractions import read_mentions
from histdesk.store.views import episode_view


def open_workspace(
    path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, create: bool = True
) -> Workspace:
    """Open (creating and migrating if needed) the workspace at `path`.

    WorkspaceError when the file is not SQLite, is another application's database, or was
    made by a newer histdesk; and, with `create=False`, when there is no file (commands that
    only read, or that need an episode, never leave an empty workspace behind)."""
    path = Path(path)
    if not create and not path.exists():
        raise WorkspaceError(
            f"no workspace at {path}; create one with: histdesk --db {path} episode add CODE TITLE"
        )
    conn = connect(path, busy_timeout_ms)
    try:
        migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return Workspace(conn, path)


class Workspace:
    """A connection to one workspace file; use as a context manager or call `close()`."""

    def __init__(self, conn, path: Path):
        self.conn = conn
        self.path = path

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # Episodes -------------------------------------------------------------------------------

    def add_episode(self, episode: Episode, by: str = "user") -> None:
        """InputError if the code exists (the message names `histdesk episode set`)."""
        with write(self.conn):
            episodes.add_episode(self.conn, episode, by)

    def update_episode(self, code: str, title: str | None = None,
                       authors: Sequence[str] | None = None, status: str | None = None,
                       window: tuple[str, str] | None = None, by: str = "user") -> Episode:
        """Change the given fields; a status change is appended to the status history."""
        changes = {"title": title, "authors": authors, "status": status, "window": window}
        with write(self.conn):
            return episodes.update_episode(self.conn, code, changes, by)

    def get_episode(self, code: str) -> Episode:
        return episodes.get_episode(self.conn, code)

    def list_episodes(self) -> list[Episode]:
        return episodes.list_episodes(self.conn)

    def status_history(self, code: str) -> list[tuple[str, str, str]]:
        return episodes.status_history(self.conn, code)

    # Documents ------------------------------------------------------------------------------

    def has_document(self, sha256: str) -> int | None:
        return documents.has_document(self.conn, sha256)

    def find_version(self, name: str, kind: str, episode: str | None) -> int | None:
        return documents.find_version(self.conn, name, kind, episode)

    def save_document(self, parsed: ParsedDocument, episode: str | None, extraction=None,
                      versions: Mapping[str, str] | None = None, replaces: int | None = None) -> int:
        """Store the document, its posts, source, bibliography and every extracted item in ONE
        transaction and return its id; on any failure nothing is stored.

        `extraction` is a DocumentExtraction, a sequence of (offset, Extraction) pairs, or None;
        `versions` (see DocumentExtraction) names the extractors. UnknownEpisodeError for an
        unknown episode; InputError if the same content is already stored. `replaces` names
        an earlier version of the document, removed in the same transaction."""
        ex = as_document_extraction(extraction, versions)
        with write(self.conn):
            if episode is not None:
                episodes.get_episode(self.conn, episode)
            if replaces is not None:
                documents.delete_document(self.conn, replaces)
            doc_id = documents.insert_document(self.conn, parsed, episode)
            insert_extraction(self.conn, doc_id, parsed.text, ex)
        return doc_id

    def list_documents(self, episode: str | None = None) -> list[Document]:
        return documents.read_documents(self.conn, episode)

    def texts(self) -> dict[int, str]:
        """Document id -> document text, for every stored document."""
        return {r["id"]: r["text"] for r in self.conn.execute("SELECT id, text FROM documents")}

    def all_mentions(self) -> list[Mention]:
        """Every stored mention, document offsets, `document` and (if merged) `entity` set."""
        return read_mentions(self.conn, None)

    # Entities and judgements ----------------------------------------------------------------

    def save_entities(self, found: Sequence[Entity], judgements: Sequence[Judgement]) -> None:
        """Replace rule-made clustering in one transaction; user judgements are kept."""
        with write(self.conn):
            entity_store.save_entities(self.conn, found, judgements)

    def add_judgement(self, judgement: Judgement) -> None:
        """Record a (user) decision; the latest user judgement on a pair wins."""
        with write(self.conn):
            entity_store.add_judgement(self.conn, judgement)

    def judgements(self, history: bool = False) -> list[Judgement]:
        """Effective judgements (one per pair), or every one ever stored with history=True."""
        if history:
            return entity_store.judgement_history(self.conn)
        return entity_store.effective_judgements(self.conn)

    def entities(self) -> list[Entity]:
        with snapshot(self.conn):
            return entity_store.read_entities(self.conn, None)

    # Views ----------------------------------------------------------------------------------

    def episode_view(self, code: str) -> EpisodeView:
        """UnknownEpisodeError if the episode does not exist."""
        with snapshot(self.conn):
            return episode_view(self.conn, code)
