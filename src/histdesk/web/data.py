"""What each page shows, as plain JSON-able dicts built from `api` calls.

A page and its `.json` twin render the same dict, so the HTML can never show something the
JSON does not say. Nothing here touches a request or a template.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from histdesk import api
from histdesk.config import Settings
from histdesk.errors import UnknownEpisodeError
from histdesk.model import STATUSES, Entity, Episode, EpisodeView, Finding

QUESTION_CODE = "gap.open_question"
IMPLIED_CODE = "figures.implied"  # listed beside the figures, as the brief does
EXCERPT_CHARS = 160


def slug(code: str) -> str:
    """A URL-safe form of an episode code: "1924 01" -> "1924-01"."""
    return re.sub(r"[^0-9A-Za-z_.~-]+", "-", code.strip()).strip("-")


def resolve_code(settings: Settings, given: str) -> str:
    """The stored code that `given` names, whether written as a code or as its slug.

    Raises UnknownEpisodeError when no episode matches either way.
    """
    wanted = given.strip()
    episodes = api.list_episodes(settings)
    for ep in episodes:
        if ep.code == wanted:
            return ep.code
    for ep in episodes:
        if slug(ep.code) == slug(wanted):
            return ep.code
    api.get_episode(settings, code_of(wanted))  # the api names the code it looked for
    raise UnknownEpisodeError(code_of(wanted))


def code_of(given: str) -> str:
    """The code a slug stands for: "1970-01" -> "1970 01" (codes are a year and a number
    separated by a space); anything already holding a space is taken as a code."""
    wanted = given.strip()
    return wanted if " " in wanted else wanted.replace("-", " ")


def episode_dict(ep: Episode) -> dict:
    return {
        "code": ep.code,
        "slug": slug(ep.code),
        "title": ep.title,
        "authors": list(ep.authors),
        "status": ep.status,
        "window": list(ep.window),
    }


def counts(view: EpisodeView) -> dict:
    return {
        "documents": len(view.documents),
        "posts": len(view.posts),
        "events": len(view.events),
        "entities": len(view.entities),
        "figures": len(view.figures),
    }


def index_data(settings: Settings) -> dict:
    """The episodes list: each episode with its counts, and the statuses a form may choose."""
    rows = []
    for ep in api.list_episodes(settings):
        view = api.episode_view(settings, ep.code)
        rows.append({**episode_dict(ep), "counts": counts(view)})
    return {"episodes": rows, "statuses": list(STATUSES)}


def desk_data(settings: Settings, code: str) -> dict:
    """Everything the desk of one episode shows: header, timeline, entities, findings."""
    return desk_dict(api.desk(settings, resolve_code(settings, code)))


def desk_dict(desk) -> dict:
    """The desk page's data (and its .json twin) from one `api.desk` read."""
    view, findings = desk.view, desk.findings
    questions = [finding_dict(f) for f in findings if f.code == QUESTION_CODE]
    implied = [implied_dict(view, f) for f in findings if f.code == IMPLIED_CODE]
    others = [finding_dict(f) for f in findings if f.code not in (QUESTION_CODE, IMPLIED_CODE)]
    return {
        "episode": episode_dict(view.episode),
        "statuses": list(STATUSES),
        "counts": {
            **counts(view), "implied": len(implied), "findings": len(others), "questions": len(questions)
        },
        "timeline": [asdict(row) for row in desk.timeline],
        "entities": [entity_dict(e) for e in view.entities],
        "judgements": [asdict(j) for j in view.judgements],
        "figures": figures(view),
        "implied": implied,
        "findings": others,
        "questions": questions,
        "documents": documents(view),
        "posts": posts(view),
    }


def entity_dict(e: Entity) -> dict:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "mentions": len(e.mentions),
        "aliases": list(e.aliases),
    }


def finding_dict(f: Finding) -> dict:
    return {
        "code": f.code,
        "message": f.message,
        "evidence": [asdict(ev) for ev in f.evidence],
        "data": _jsonable(f.data),
    }


def _jsonable(value):
    """Findings' free-form data as JSON types (tuples become lists, odd objects strings)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def documents(view: EpisodeView) -> list[dict]:
    posts_per_doc: dict[int, int] = {}
    for doc_id, _post in view.posts:
        posts_per_doc[doc_id] = posts_per_doc.get(doc_id, 0) + 1
    titles = {doc_id: src.title for doc_id, src in view.sources}
    return [
        {
            "id": d.id,
            "name": d.name,
            "kind": d.kind,
            "posts": posts_per_doc.get(d.id, 0),
            "source": titles.get(d.id),
            "chars": len(d.text),
        }
        for d in view.documents
    ]


def figures(view: EpisodeView) -> list[dict]:
    """Every figure in document order, cited as the brief cites it."""
    ordered = sorted(view.figures, key=lambda f: (f.document or 0, f.start))
    return [
        {
            "text": f.text,
            "value": f.value,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "of": f.of,
            "document": f.document,
            "citation": api.web.citation(view, f.document, f.start),
        }
        for f in ordered
    ]


def implied_dict(view: EpisodeView, f: Finding) -> dict:
    """A `figures.implied` finding with the citations of the figures it was drawn from."""
    cites = dict.fromkeys(api.web.citation(view, e.document, e.start) for e in f.evidence)
    return {**finding_dict(f), "citation": "; ".join(cites) or "no evidence"}


def posts(view: EpisodeView) -> list[dict]:
    names = {d.id: d.name for d in view.documents}
    return [
        {
            "document": doc_id,
            "document_name": names.get(doc_id, f"document {doc_id}"),
            "number": p.number,
            "author": p.author,
            "kind": p.kind,
            "likes": p.likes,
            "created_at": p.created_at,
            "excerpt": _excerpt(p.text),
        }
        for doc_id, p in view.posts
    ]


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= EXCERPT_CHARS:
        return flat
    return flat[: EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
