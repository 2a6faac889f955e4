"""What every part of the facade shares: result types and opening the workspace."""

from __future__ import annotations

from dataclasses import dataclass

from histdesk.config import Settings


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did: the stored document id, whether it was new, and which earlier
    version of the same file it replaced (or, for known content, the episode holding it)."""

    document: int
    name: str
    kind: str
    created: bool
    counts: dict
    replaced: int | None = None
    episode: str | None = None
    notes: tuple[str, ...] = ()  # what the reader wants the user to know (missing posts)


@dataclass(frozen=True)
class TimelineRow:
    date: str
    mod: str | None
    text: str
    citation: str
    document: int
    start: int
    end: int
    entities: tuple[str, ...]


def _workspace(settings: Settings, create: bool = False):
    """The workspace; only calls that create something (an episode) may create the file."""
    from histdesk.store.workspace import open_workspace

    return open_workspace(settings.db_path, create=create)
