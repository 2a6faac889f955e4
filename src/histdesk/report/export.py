"""The JSON export: the workspace's episodes, documents and findings as one plain dict.

Pure: it takes model objects (the store's EpisodeViews and the checks' Findings) and shapes
them; it never opens the database. The shape is versioned by `EXPORT_SCHEMA` and documented
field by field in docs/export-schema.md (a test keeps the two in step). Offsets are character
offsets into the text of the document named by `document`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from histdesk.model import Entity, EpisodeView, Event, Figure, Finding, Judgement, Post, Source
from histdesk.model import Timex

EXPORT_SCHEMA = "histdesk-export/1"


def export_workspace(data: Iterable, findings: Iterable[Finding] = ()) -> dict:
    """One dict, ready for json.dumps: every episode with its documents, posts, sources,
    timexes, figures, entities (merged across episodes by id), events, judgements and findings.

    `data` holds EpisodeViews or (EpisodeView, findings of that episode) pairs; `findings`
    adds more (each Finding names its episode)."""
    views: list[EpisodeView] = []
    found: list[Finding] = []
    for item in data:
        view, own = (item, ()) if isinstance(item, EpisodeView) else item
        views.append(view)
        found.extend(own)
    found.extend(findings)
    documents = {d.id: d for v in views for d in v.documents}
    return {
        "schema": EXPORT_SCHEMA,
        "episodes": [_episode(v) for v in views],
        "documents": [
            {"id": d.id, "name": d.name, "kind": d.kind, "episode": d.episode, "sha256": d.sha256}
            for d in documents.values()
        ],
        "posts": [_post(doc, p, v.episode.code) for v in views for doc, p in v.posts],
        "sources": [_source(doc, s) for v in views for doc, s in v.sources],
        "timexes": [_timex(t) for v in views for t in v.timexes],
        "figures": [_figure(f) for v in views for f in v.figures],
        "entities": _entities(e for v in views for e in v.entities),
        "events": [_event(e) for v in views for e in v.events],
        "judgements": _judgements(j for v in views for j in v.judgements),
        "findings": [finding_dict(f) for f in found],
    }


def _episode(view: EpisodeView) -> dict:
    e = view.episode
    return {"code": e.code, "title": e.title, "authors": list(e.authors), "status": e.status,
            "window": list(e.window)}


def _post(document: int, p: Post, episode: str) -> dict:
    return {"id": p.id, "document": document, "episode": episode, "number": p.number,
            "author": p.author, "text": p.text, "likes": p.likes, "kind": p.kind,
            "start": p.start, "end": p.end, "created_at": p.created_at,
            "reply_to": p.reply_to, "handles": list(p.handles), "credits": list(p.credits)}


def _source(document: int, s: Source) -> dict:
    bibliography = [
        {"author": b.author, "title": b.title, "edition": b.edition, "volume": b.volume,
         "place": b.place, "year": b.year, "pages": b.pages, "text": b.text}
        for b in s.bibliography
    ]
    return {"id": s.id, "document": document, "title": s.title, "work": s.work,
            "edition": s.edition, "year": s.year, "caveat": s.caveat,
            "provenance": s.provenance, "bibliography": bibliography}


def _timex(t: Timex) -> dict:
    return {"document": t.document, "start": t.start, "end": t.end, "text": t.text,
            "type": t.type, "value": t.value, "mod": t.mod, "anchor": t.anchor}


def _figure(f: Figure) -> dict:
    return {"document": f.document, "start": f.start, "end": f.end, "text": f.text,
            "value": f.value, "unit": f.unit, "qualifier": f.qualifier, "of": f.of}


def _entities(entities: Iterable[Entity]) -> list[dict]:
    """Merge the per-episode copies of an entity: same id, union of mentions."""
    merged: dict[int, dict] = {}
    for e in entities:
        out = merged.setdefault(e.id, {"id": e.id, "name": e.name, "type": e.type,
                                       "aliases": list(e.aliases), "mentions": []})
        for m in e.mentions:
            mention = {"document": m.document, "start": m.start, "end": m.end, "text": m.text}
            if mention not in out["mentions"]:
                out["mentions"].append(mention)
    return [merged[k] for k in sorted(merged)]


def _event(e: Event) -> dict:
    entity_ids = sorted({m.entity for m in e.mentions if m.entity is not None})
    return {"document": e.document, "start": e.start, "end": e.end, "text": e.text,
            "date": e.date, "entities": entity_ids}


def _judgements(judgements: Iterable[Judgement]) -> list[dict]:
    unique = dict.fromkeys(judgements)
    return [{"left": j.left, "right": j.right, "verdict": j.verdict,
             "decided_by": j.decided_by, "reason": j.reason} for j in unique]


def finding_dict(f: Finding) -> dict:
    """One finding in the export's shape (also what `histdesk check --json` prints)."""
    evidence = [{"document": e.document, "start": e.start, "end": e.end, "quote": e.quote,
                 "label": e.label} for e in f.evidence]
    return {"code": f.code, "episode": f.episode, "message": f.message, "evidence": evidence,
            "data": _jsonable(f.data)}


def _jsonable(value):
    """Finding data as JSON values: tuples become lists, dataclasses dicts, others strings."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return [_jsonable(v) for v in sorted(value, key=str)]
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _jsonable(dataclasses.asdict(value))
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
