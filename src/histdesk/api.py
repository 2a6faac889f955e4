"""The one facade of histdesk: every command of the CLI and every page of the web desk is a
call here. It is the only module that imports every layer: ingest -> extract -> store ->
check -> report.

Each function takes `Settings` (where the workspace is) and returns model objects or text;
errors are `HistdeskError`s raised before anything is written, so a failed call leaves the
workspace exactly as it was.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from histdesk.config import Settings
from histdesk.errors import InputError
from histdesk.model import STATUSES, Entity, Episode, Finding, Judgement, ParsedDocument


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did: the stored document id and whether it was new."""

    document: int
    name: str
    kind: str
    created: bool
    counts: dict


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


def _workspace(settings: Settings):
    from histdesk.store.workspace import open_workspace

    return open_workspace(settings.db_path)


# --- episodes -------------------------------------------------------------------------


def parse_window(window: str | None, code: str) -> tuple[str, str]:
    """"1924-01-01/1924-12-31" -> a pair; None -> the year in the code ("1924 01" -> 1924)."""
    if window:
        parts = window.split("/")
        if len(parts) != 2 or not all(_is_iso_day(p) for p in parts) or parts[0] > parts[1]:
            raise InputError(
                f"window {window!r} is not START/END; write it as --window 1924-01-01/1924-12-31"
            )
        return parts[0], parts[1]
    year = code.strip()[:4]
    if not year.isdigit():
        raise InputError(
            f"episode code {code!r} does not start with a year; "
            "give its window with --window 1924-01-01/1924-12-31"
        )
    return f"{year}-01-01", f"{year}-12-31"


def _is_iso_day(text: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _check_status(status: str | None) -> str | None:
    if status is None:
        return None
    for known in STATUSES:
        if known.casefold() == status.strip().casefold():
            return known
    raise InputError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")


def add_episode(
    settings: Settings,
    code: str,
    title: str,
    authors: Sequence[str] = (),
    status: str | None = None,
    window: str | None = None,
) -> Episode:
    episode = Episode(
        code=code.strip(),
        title=title.strip(),
        authors=tuple(a.lstrip("@") for a in authors),
        status=_check_status(status) or "Planned",
        window=parse_window(window, code),
    )
    with _workspace(settings) as ws:
        ws.add_episode(episode)
    return episode


def set_episode(
    settings: Settings,
    code: str,
    title: str | None = None,
    authors: Sequence[str] | None = None,
    status: str | None = None,
    window: str | None = None,
) -> Episode:
    with _workspace(settings) as ws:
        ws.get_episode(code)
        ws.update_episode(
            code,
            title=title,
            authors=tuple(a.lstrip("@") for a in authors) if authors else None,
            status=_check_status(status),
            window=parse_window(window, code) if window else None,
        )
        return ws.get_episode(code)


def list_episodes(settings: Settings) -> list[Episode]:
    with _workspace(settings) as ws:
        return ws.list_episodes()


def get_episode(settings: Settings, code: str) -> Episode:
    with _workspace(settings) as ws:
        return ws.get_episode(code)


# --- ingest ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _nlp():
    from histdesk.extract.pipeline import load_pipeline

    return load_pipeline()


def ingest_paths(
    settings: Settings, paths: Sequence[Path], episode: str, as_kind: str | None = None
) -> list[IngestResult]:
    """Read, extract and store documents: one per file, or one for a Discourse export
    spread over several files. Returns one result per document, in input order.

    Raises InputError before writing anything when the episode is unknown or an input is
    unreadable. Content already stored (same hash) is reported and left unchanged. The
    texts of all new documents go through the pipeline in one batch; each document is then
    written in its own transaction, and entities are re-clustered once at the end.
    """
    from histdesk.ingest import read_paths

    with _workspace(settings) as ws:
        ep = ws.get_episode(episode)
        return _ingest_docs(ws, read_paths([Path(p) for p in paths], as_kind=as_kind), ep)


def _ingest_docs(ws, docs: list[ParsedDocument], ep: Episode) -> list[IngestResult]:
    from histdesk.extract.pipeline import extract_segments, versions

    results: dict[int, IngestResult] = {}
    fresh: dict[str, int] = {}  # sha256 -> index of its first occurrence in this batch
    for i, doc in enumerate(docs):
        existing = ws.has_document(doc.sha256)
        if existing is not None or doc.sha256 in fresh:
            results[i] = IngestResult(existing or -1, doc.name, doc.kind, False, {})
        else:
            fresh[doc.sha256] = i
    plans = {i: _segments(docs[i], ep) for i in fresh.values()}
    flat = [seg for _offsets, segs in plans.values() for seg in segs]
    extractions = iter(extract_segments(_nlp(), flat) if flat else [])
    for i, (offsets, segs) in plans.items():
        pairs = [(offset, next(extractions)) for offset in offsets]
        doc_id = ws.save_document(docs[i], ep.code, pairs, versions())
        _adopt_header(ws, docs[i], ws.get_episode(ep.code))
        results[i] = IngestResult(doc_id, docs[i].name, docs[i].kind, True, _counts(docs[i], pairs))
    if plans:
        _refresh_entities(ws)
    for i, res in results.items():  # a duplicate within the batch points at its twin
        if res.document == -1:
            twin = results[fresh[docs[i].sha256]]
            results[i] = replace(res, document=twin.document)
    return [results[i] for i in range(len(docs))]


def _counts(doc: ParsedDocument, pairs) -> dict:
    return {
        "posts": len(doc.posts),
        "timexes": sum(len(e.timexes) for _, e in pairs),
        "figures": sum(len(e.figures) for _, e in pairs),
        "mentions": sum(len(e.mentions) for _, e in pairs),
        "events": sum(len(e.events) for _, e in pairs),
    }


def _adopt_header(ws, doc: ParsedDocument, ep: Episode) -> None:
    """A thread's header fills what the episode does not yet say (status, authors)."""
    header = doc.header
    if header is None:
        return
    status = header.status if header.status and ep.status == "Planned" else None
    authors = header.authors if header.authors and not ep.authors else None
    if status or authors:
        ws.update_episode(ep.code, authors=authors, status=status)


def _segments(doc: ParsedDocument, ep: Episode):
    """The texts to extract from: each post, or a source's body (never its bibliography)."""
    from histdesk.extract.pipeline import Segment

    year = int(ep.window[0][:4]) if ep.window[0][:4].isdigit() else None
    if doc.source is not None:
        s = doc.source
        end = s.body_end or len(doc.text)
        return [s.body_start], [Segment(doc.text[s.body_start : end], None, year)]
    if doc.posts:
        offsets = [p.start for p in doc.posts]
        segs = [
            Segment(p.text, (p.created_at or "")[:10] or None, year) for p in doc.posts
        ]
        return offsets, segs
    return [0], [Segment(doc.text, None, year)]


def _refresh_entities(ws) -> None:
    """Re-cluster every mention of the workspace: rules re-judge, user judgements stand."""
    from histdesk.extract.entities import fix_types
    from histdesk.extract.merge import cluster, propose_judgements
    from histdesk.extract.names import corrections_in_text, name_key

    texts = ws.texts()
    mentions = fix_types(ws.all_mentions(), texts)
    rule = propose_judgements(mentions, texts)
    users = [j for j in ws.judgements() if j.decided_by.startswith("user:")]
    preferred = {}
    for text in texts.values():
        for wrong, right in corrections_in_text(text):
            preferred[name_key(wrong)] = right
    entities = cluster(mentions, rule + users, preferred=preferred)
    ws.save_entities(entities, rule)


# --- views ----------------------------------------------------------------------------


def episode_view(settings: Settings, code: str):
    with _workspace(settings) as ws:
        return ws.episode_view(code)


def timeline(settings: Settings, code: str) -> list[TimelineRow]:
    """Dated events of the episode, oldest first, each with its citation."""
    from histdesk.report.citations import citation_for
    from histdesk.report.timeline import sort_key

    view = episode_view(settings, code)
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
    judgement = Judgement(left, right, verdict, f"user:{who}", "decided by a user")
    with _workspace(settings) as ws:
        ws.add_judgement(judgement)
        _refresh_entities(ws)
    return judgement


def run_checks(settings: Settings, code: str) -> list[Finding]:
    from histdesk.check.registry import run_checks as run

    return run(episode_view(settings, code))


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


# --- evaluation and demo ---------------------------------------------------------------


def evaluate_timex(
    gold_dir: Path, dct: str | None = None, per_doc: bool = False, predictions: Path | None = None
) -> str:
    """Score the temporal tagger on a gold folder; returns the printed report."""
    from histdesk.evaluate import evaluate_timex as run, format_report

    if dct is not None and not _is_iso_day(dct):
        raise InputError(f"--dct {dct!r} is not a date; write it as YYYY-MM-DD")
    return format_report(run(Path(gold_dir), dct=dct, per_doc=per_doc, predictions=predictions))


EXAMPLES = Path(__file__).parent / "examples"
DEMO_EPISODE = ("1921 03", "Kronstadt and the New Economic Policy")


def demo(settings: Settings, out_dir: Path) -> tuple[str, list[Path]]:
    """Build the bundled example episode (idempotent) and write its brief as HTML and Markdown."""
    code, title = DEMO_EPISODE
    with _workspace(settings) as ws:
        known = {e.code for e in ws.list_episodes()}
    if code not in known:
        add_episode(settings, code, title, ["Spartacus"], "In Research")
    ingest_paths(settings, sorted(EXAMPLES.glob("*.txt")), code)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in ("html", "md"):
        path = out_dir / f"brief.{fmt}"
        path.write_text(build_brief(settings, code, fmt), encoding="utf-8")
        written.append(path)
    return code, written


# --- web ---------------------------------------------------------------------------------


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
