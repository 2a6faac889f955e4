"""Jinja2 for the desk: autoescape always on, undefined names fail loudly, and every page
template gets one `data` dict (the page's .json twin) plus a few display-only extras."""

from __future__ import annotations

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
    env.globals["DOCUMENT_KINDS"] = DOCUMENT_KINDS
    return Jinja2Templates(env=env)


def render(request: Request, name: str, data: dict, status: int = 200, **extra) -> HTMLResponse:
    """Render `name` with the page's data; `extra` (a notice, say) is shown, never exported."""
    tpl: Jinja2Templates = request.app.state.templates
    context = {"data": data, "notice": None, "chart": None, **extra}
    return tpl.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, body: dict) -> HTMLResponse:
    """The HTML face of `errors.error_body`: the same message, the same status."""
    return render(request, "error.html", body, body["status"])
