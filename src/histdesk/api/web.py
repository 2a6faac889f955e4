"""Calls only the web desk needs (an upload by name, the chart on its own)."""

from __future__ import annotations

from histdesk.api._common import IngestResult, _workspace
from histdesk.api.ingest import _ingest_docs
from histdesk.api.views import episode_view
from histdesk.config import Settings


def ingest_upload(
    settings: Settings, name: str, data: bytes, episode: str, as_kind: str | None = None
) -> IngestResult:
    """`ingest_paths` for one uploaded file, stored under the name the user gave it (a
    temporary path would otherwise become the document's name and citation)."""
    from histdesk.ingest import read_document

    with _workspace(settings) as ws:
        ep = ws.get_episode(episode)
        return _ingest_docs(ws, [read_document(name, data, as_kind=as_kind)], ep)[0]


def timeline_chart(settings: Settings, code: str) -> str:
    """The brief's inline SVG timeline chart, for the desk page. It is markup: `report.chart`
    escapes every text inside it, so a page may insert it unescaped."""
    from histdesk.check.registry import run_checks as run
    from histdesk.report.brief import assemble
    from histdesk.report.html import chart_for

    view = episode_view(settings, code)
    return chart_for(assemble(view, run(view)))
