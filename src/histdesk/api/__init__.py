"""The one facade of histdesk: every command of the CLI and every page of the web desk is a
call here. It is the only module that imports every layer: ingest -> extract -> store ->
check -> report.

Each function takes `Settings` (where the workspace is) and returns model objects or text;
errors are `HistdeskError`s raised before anything is written, so a failed call leaves the
workspace exactly as it was.
"""

from __future__ import annotations

from histdesk.api._common import IngestResult, TimelineRow
from histdesk.api.episodes import (
    add_episode,
    get_episode,
    list_episodes,
    parse_window,
    set_episode,
)
from histdesk.api.extras import DEMO_EPISODE, EXAMPLES, demo, evaluate_timex
from histdesk.api.ingest import ingest_paths
from histdesk.api.views import (
    brief_format,
    build_brief,
    entities,
    episode_view,
    export_all,
    findings_as_dicts,
    judge,
    run_checks,
    timeline,
)
from histdesk.api.web import Desk, desk, ingest_upload

__all__ = [
    "DEMO_EPISODE", "EXAMPLES", "IngestResult", "TimelineRow", "add_episode", "brief_format",
    "build_brief",
    "demo", "entities", "episode_view", "evaluate_timex", "export_all", "findings_as_dicts",
    "get_episode", "ingest_paths", "ingest_upload", "judge", "list_episodes", "parse_window",
    "run_checks", "set_episode", "timeline", "Desk", "desk",
]
