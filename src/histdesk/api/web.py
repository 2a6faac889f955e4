"""Calls only the web desk needs (an upload by name, the desk page in one read)."""

from __future__ import annotations

from dataclasses import dataclass

from histdesk.api._common import IngestResult, TimelineRow, _workspace
from histdesk.api.ingest import _ingest_docs
from histdesk.api.views import episode_view, timeline_rows
from histdesk.config import Settings
from histdesk.model import EpisodeView, Finding


def ingest_upload(
    settings: Settings, name: str, data: bytes, episode: str, as_kind: str | None = None
) -> IngestResult:
    """`ingest_paths` for one uploaded file, stored under the name the user gave it (a
    temporary path would otherwise become the document's name and citation)."""
    from histdesk.ingest import read_document

    with _workspace(settings) as ws:
        ep = ws.get_episode(episode)
        return _ingest_docs(ws, [read_document(name, data, as_kind=as_kind)], ep)[0]


@dataclass(frozen=True)
class Desk:
    """One read of an episode for the desk page: the view, its findings, the timeline rows
    and the brief's inline SVG chart (markup: `report.chart` escapes every text in it)."""

    view: EpisodeView
    findings: list[Finding]
    timeline: list[TimelineRow]
    chart: str


def desk(settings: Settings, code: str) -> Desk:
    """Everything the desk shows, from one episode view and one run of the checks."""
    from histdesk.check.registry import run_checks as run
    from histdesk.report.brief import assemble
    from histdesk.report.html import chart_for

    view = episode_view(settings, code)
    findings = run(view)
    rows = timeline_rows(view)
    return Desk(view, findings, rows, chart_for(assemble(view, findings)) if rows else "")


def ingest_uploads(
    settings: Settings, files: list[tuple[str, bytes]], episode: str, as_kind: str | None = None
) -> list[IngestResult]:
    """`ingest_paths` for one upload of several files (a Discourse t.json and its posts.json
    pages join into ONE document). The files are written under their own base names into a
    temporary folder and passed one by one, so each document, and a joined topic, is named
    after its (first) file, never after a temporary path; read errors quote the name too."""
    import tempfile
    from pathlib import Path

    from histdesk.errors import UnreadableFileError
    from histdesk.ingest import read_paths

    names = _upload_names([name for name, _data in files])
    with _workspace(settings) as ws:
        ep = ws.get_episode(episode)
        stem = Path(names[0]).stem if names else "upload"
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / stem
            folder.mkdir()
            paths = [folder / name for name in names]
            for path, (_name, data) in zip(paths, files):
                path.write_bytes(data)
            try:
                docs = read_paths(paths, as_kind=as_kind)
            except UnreadableFileError as exc:
                raise UnreadableFileError(str(exc).replace(f"{folder}/", "")) from None
        return _ingest_docs(ws, docs, ep)


def _upload_names(given: list[str]) -> list[str]:
    """Base names only (no folders), made distinct: a second "posts.json" is "posts-2.json"."""
    from pathlib import PurePosixPath

    seen: set[str] = set()
    out = []
    for raw in given:
        base = PurePosixPath(raw.replace("\\", "/")).name.strip(" .") or "upload.txt"
        stem, dot, ext = base.rpartition(".") if "." in base else (base, "", "")
        name, n = base, 1
        while name.casefold() in seen:
            n += 1
            name = f"{stem}-{n}{dot}{ext}"
        seen.add(name.casefold())
        out.append(name)
    return out


def citation(view, document: int | None, offset: int) -> str:
    """How the brief cites a span ("post 2 (@Ann)", a source's title, a file name), so the
    desk's figures and implied values cite exactly as the brief does."""
    from histdesk.report.citations import citation_for

    return citation_for(view, document, offset)
