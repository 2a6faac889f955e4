"""Ingest: read -> extract (one batch) -> store (one transaction per document) -> re-cluster."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from histdesk.api._common import IngestResult, _workspace
from histdesk.config import Settings
from histdesk.errors import InputError
from histdesk.model import Episode, ParsedDocument


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
    """Store the new documents of a batch; known content is reported, not stored again. A
    new document with the file name, kind and episode of a stored one is its new version
    and replaces it in the same transaction (a thread pasted again with more posts)."""
    from histdesk.extract.pipeline import extract_segments, versions

    for doc in docs:
        _check_episode_code(doc, ep)
    results, fresh = _known(ws, docs)
    plans = {i: _segments(docs[i], ep) for i in fresh.values()}
    flat = [seg for _offsets, segs in plans.values() for seg in segs]
    extractions = iter(extract_segments(_nlp(), flat) if flat else [])
    for i, (offsets, _segs) in plans.items():
        doc = docs[i]
        pairs = [(offset, next(extractions)) for offset in offsets]
        old = ws.find_version(doc.name, doc.kind, ep.code)
        doc_id = ws.save_document(doc, ep.code, pairs, versions(), replaces=old)
        _adopt_header(ws, doc, ws.get_episode(ep.code))
        results[i] = IngestResult(
            doc_id, doc.name, doc.kind, True, _counts(doc, pairs), old, notes=doc.notes
        )
    if plans:
        _refresh_entities(ws)
    for i, res in results.items():  # a duplicate within the batch points at its twin
        if res.document == -1:
            results[i] = replace(res, document=results[fresh[docs[i].sha256]].document)
    return [results[i] for i in range(len(docs))]


def _known(ws, docs: list[ParsedDocument]) -> tuple[dict[int, IngestResult], dict[str, int]]:
    """Results for content already stored (with the episode holding it), and for the rest
    the index of each new content's first occurrence in the batch."""
    results: dict[int, IngestResult] = {}
    fresh: dict[str, int] = {}
    episodes = {d.id: d.episode for d in ws.list_documents()}
    for i, doc in enumerate(docs):
        existing = ws.has_document(doc.sha256)
        if existing is not None or doc.sha256 in fresh:
            held = episodes.get(existing) if existing is not None else None
            results[i] = IngestResult(existing or -1, doc.name, doc.kind, False, {}, None, held)
        else:
            fresh[doc.sha256] = i
    return results, fresh


def _check_episode_code(doc: ParsedDocument, ep: Episode) -> None:
    """A thread whose header names another episode is refused before anything is written."""
    code = doc.header.code if doc.header else None
    if code and code != ep.code:
        raise InputError(
            f"{doc.name} is the thread of episode {code!r}, not {ep.code!r}; "
            f'ingest it with --episode "{code}" (add that episode first if needed)'
        )


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


# Posts that do not tell history: the call for research, an intent to write, a staff credit.
_NO_HISTORY = ("call", "intent", "credit")


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
            Segment(p.text, (p.created_at or "")[:10] or None, year, p.kind not in _NO_HISTORY)
            for p in doc.posts
        ]
        return offsets, segs
    return [0], [Segment(doc.text, None, year)]


def _refresh_entities(ws) -> None:
    """Re-cluster every mention of the workspace: rules re-judge, user judgements stand,
    and an entity keeps its id when a new cluster holds most of its mentions."""
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
    entities = cluster(mentions, rule + users, preferred=preferred, previous=ws.entities())
    ws.save_entities(entities, rule)
