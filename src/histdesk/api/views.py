"""Read-side calls: timelines, entities, judgements, checks, briefs and the export."""

from __future__ import annotations

from pathlib import Path

from histdesk.api._common import TimelineRow, _workspace
from histdesk.api.ingest import _refresh_entities
from histdesk.config import Settings
from histdesk.errors import InputError
from histdesk.model import Entity, Finding, Judgement


def episode_view(settings: Settings, code: str):
    with _workspace(settings) as ws:
        return ws.episode_view(code)


def timeline(settings: Settings, code: str) -> list[TimelineRow]:
    """Dated events of the episode, oldest first, each with its citation."""
    return timeline_rows(episode_view(settings, code))


def timeline_rows(view) -> list[TimelineRow]:
    """The timeline of an already-read episode view (the desk reads the view once)."""
    from histdesk.report.citations import citation_for
    from histdesk.report.timeline import sort_key

    names = {e.id: e.name for e in view.entities}
    rows = []
    for ev in view.events:
        ents = tuple(dict.fromkeys(names[m.entity] for m in ev.mentions if m.entity in names))
        rows.append(
            TimelineRow(
                date=ev.date,
                mod=ev.timex.mod if ev.timex else None,
                text=ev.text,
                citation=citation_for(view, ev.document, ev.start),
                document=ev.document,
                start=ev.start,
                end=ev.end,
                entities=ents,
            )
        )
    return sorted(rows, key=lambda r: (sort_key(r.date), r.document, r.start))


def entities(settings: Settings, code: str | None = None) -> list[Entity]:
    view = episode_view(settings, code) if code else None
    if view is not None:
        return list(view.entities)
    with _workspace(settings) as ws:
        return ws.entities()


def judge(settings: Settings, left: str, right: str, verdict: str, who: str) -> Judgement:
    """Record a user's decision that two names are (not) the same entity, then re-cluster."""
    if verdict not in ("same", "different", "undecided"):
        raise InputError(f"unknown verdict {verdict!r}; use same, different or undecided")
    if left.strip().casefold() == right.strip().casefold():
        raise InputError(f"{left!r} and {right!r} are one name; judge two different names")
    judgement = Judgement(left, right, verdict, f"user:{who}", "decided by a user")
    with _workspace(settings) as ws:
        known = {m.text.casefold() for m in ws.all_mentions()}
        known |= {e.name.casefold() for e in ws.entities()}
        for name in (left, right):
            if name.strip().casefold() not in known:
                raise InputError(
                    f"no mention of {name!r} in this workspace; "
                    "pick names from: histdesk entities CODE"
                )
        ws.add_judgement(judgement)
        _refresh_entities(ws)
    return judgement


def run_checks(settings: Settings, code: str) -> list[Finding]:
    from histdesk.check.registry import run_checks as run

    return run(episode_view(settings, code))


def brief_format(output: Path | None) -> str:
    """The brief's format from a file name: .html/.htm or .md/.markdown/.txt (none: Markdown)."""
    suffix = output.suffix.lower() if output else ".md"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown", ".txt"):
        return "md"
    raise InputError(
        f"cannot tell the brief's format from {output.name!r}; name it .html or .md, or pass --format"
    )


def build_brief(settings: Settings, code: str, fmt: str = "html") -> str:
    from histdesk.report.brief import build_brief as render

    if fmt not in ("html", "md"):
        raise InputError(f"unknown brief format {fmt!r}; use --format html or --format md")
    view = episode_view(settings, code)
    from histdesk.check.registry import run_checks as run

    return render(view, run(view), fmt)


def findings_as_dicts(findings: list[Finding]) -> list[dict]:
    """Findings in the export's shape, for `histdesk check --json`."""
    from histdesk.report.export import finding_dict

    return [finding_dict(f) for f in findings]


def export_all(settings: Settings) -> dict:
    """The whole workspace in the documented histdesk-export/1 shape."""
    from histdesk.check.registry import run_checks as run
    from histdesk.report.export import export_workspace

    with _workspace(settings) as ws:
        views = [ws.episode_view(e.code) for e in ws.list_episodes()]
    return export_workspace([(v, run(v)) for v in views])
