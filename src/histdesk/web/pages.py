"""The pages of the desk, each beside its `.json` twin: both call the same `data` function,
so the twin says exactly what the page shows. Episode addresses take the code's slug
("1924-01") or the code itself ("1924%2001")."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse
from markupsafe import Markup

from histdesk import api
from histdesk.web import data
from histdesk.web.rendering import render

router = APIRouter()


def _settings(request: Request):
    return request.app.state.settings


@router.get("/", response_class=HTMLResponse)
@router.get("/episodes", response_class=HTMLResponse)
def index_page(request: Request):
    return render(request, "index.html", data.index_data(_settings(request)))


@router.get("/episodes.json")
def index_json(request: Request) -> dict:
    return data.index_data(_settings(request))


@router.get("/export.json")
def export_json(request: Request) -> dict:
    return api.export_all(_settings(request))


@router.get("/episodes/{code}.json")
def desk_json(code: str, request: Request) -> dict:
    return data.desk_data(_settings(request), code)


@router.get("/episodes/{code}", response_class=HTMLResponse)
def desk_page(code: str, request: Request):
    settings = _settings(request)
    canonical = data.slug(data.resolve_code(settings, code))
    if canonical != code:
        # One address per episode, so links and bookmarks agree.
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/episodes/{canonical}{query}", status_code=308)
    desk = api.desk(settings, data.resolve_code(settings, code))
    page = data.desk_dict(desk)
    # Display only (the .json twin carries the rows it is drawn from); report.chart escapes it.
    chart = Markup(desk.chart) if desk.chart else None
    notice = request.query_params.get("notice")
    return render(request, "episode.html", page, notice=notice, chart=chart)


@router.get("/episodes/{code}/brief.md", response_class=PlainTextResponse)
def brief_md(code: str, request: Request):
    settings = _settings(request)
    text = api.build_brief(settings, data.resolve_code(settings, code), "md")
    return PlainTextResponse(text, media_type="text/markdown; charset=utf-8")


@router.get("/episodes/{code}/brief", response_class=HTMLResponse)
def brief_html(code: str, request: Request):
    settings = _settings(request)
    return HTMLResponse(api.build_brief(settings, data.resolve_code(settings, code), "html"))
