"""Jinja2 for the desk: autoescape always on, undefined names fail loudly, and every page
template gets one `data` dict (the page's .json twin) plus a few display-only extras."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from histdesk.model import DOCUMENT_KINDS
from histdesk.web.data import slug

TEMPLATES = Path(__file__).parent / "templates"


def templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined
    )
    env.filters["slug"] = slug
    env.filters["counted"] = counted
    env.filters["noun"] = noun
    env.globals["DOCUMENT_KINDS"] = DOCUMENT_KINDS
    return Jinja2Templates(env=env)


# Count keys whose singular is not the key minus its "s".
NOUNS = {"entities": ("entity", "entities"), "implied": ("implied value", "implied values")}


def noun(key: str, n: int) -> str:
    """The noun of a count key in the number `n` asks for: "questions" -> "question" for 1."""
    one, many = NOUNS.get(key, (key[:-1] if key.endswith("s") else key, key))
    return one if n == 1 else many


def counted(n: int, key: str) -> str:
    """ "1 question", "2 questions", "1 entity": a count with its noun in the right number."""
    return f"{n} {noun(key, n)}"


def render(request: Request, name: str, data: dict, status: int = 200, **extra) -> HTMLResponse:
    """Render `name` with the page's data; `extra` (a notice, say) is shown, never exported."""
    tpl: Jinja2Templates = request.app.state.templates
    context = {"data": data, "notice": None, "chart": None, **extra}
    return tpl.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, body: dict) -> HTMLResponse:
    """The HTML face of `errors.error_body`: the same message, the same status, and a link
    back to the episode whose page or form failed (unless that episode is what is missing)."""
    return render(request, "error.html", body, body["status"], back=_episode_back(request, body))


def _episode_back(request: Request, body: dict) -> str | None:
    match = re.match(r"/episodes/([^/]+?)(?:\.json)?(?:/|$)", request.url.path)
    if match is None or body["status"] == 404:
        return None
    return f"/episodes/{slug(match.group(1))}"
