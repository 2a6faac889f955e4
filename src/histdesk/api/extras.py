"""The tagger evaluation and the bundled demo episode."""

from __future__ import annotations

from pathlib import Path

from histdesk.api.episodes import _is_iso_day, add_episode, list_episodes
from histdesk.api.ingest import ingest_paths
from histdesk.api.views import build_brief
from histdesk.config import Settings
from histdesk.errors import InputError


def evaluate_timex(
    gold_dir: Path, dct: str | None = None, per_doc: bool = False, predictions: Path | None = None
) -> str:
    """Score the temporal tagger on a gold folder; returns the printed report."""
    from histdesk.evaluate import evaluate_timex as run
    from histdesk.evaluate import format_report

    if dct is not None and not _is_iso_day(dct):
        raise InputError(f"--dct {dct!r} is not a date; write it as YYYY-MM-DD")
    return format_report(run(Path(gold_dir), dct=dct, per_doc=per_doc, predictions=predictions))


EXAMPLES = Path(__file__).parent.parent / "examples"
DEMO_EPISODE = ("1921 03", "Kronstadt and the New Economic Policy")


def demo(settings: Settings, out_dir: Path) -> tuple[str, list[Path]]:
    """Build the bundled example episode (idempotent) and write its brief as HTML and Markdown."""
    code, title = DEMO_EPISODE
    if code not in {e.code for e in list_episodes(settings)}:
        add_episode(settings, code, title, ["Spartacus"], "In Research")
    ingest_paths(settings, sorted(EXAMPLES.glob("*.txt")), code)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in ("html", "md"):
        path = out_dir / f"brief.{fmt}"
        path.write_text(build_brief(settings, code, fmt), encoding="utf-8")
        written.append(path)
    return code, written
