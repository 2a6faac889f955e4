"""The desk's forms: each POST parses its fields, calls one `api` function and sends the
browser back to the page it came from (303), or answers JSON to a client that asks for it.
Errors are not caught here; `errors.install` turns them into the one error shape."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import PurePosixPath
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse, Response

from histdesk import api
from histdesk.errors import InputError
from histdesk.web import data
from histdesk.web.errors import wants_json

router = APIRouter()

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def _back(request: Request, code: str, notice: str, payload: dict, status: int = 200) -> Response:
    if wants_json(request):
        return JSONResponse({"ok": True, **payload}, status_code=status)
    url = f"/episodes/{data.slug(code)}?notice={quote(notice)}"
    return RedirectResponse(url, status_code=303)


def _authors(text: str) -> list[str]:
    """ "Ann, @Bo  Cy" -> ["Ann", "Bo", "Cy"]: commas or spaces separate handles."""
    return [a for a in re.split(r"[,\s]+", text) if a.strip("@")]


@router.post("/episodes")
def add_episode(
    request: Request,
    code: Annotated[str, Form()],
    title: Annotated[str, Form()],
    authors: Annotated[str, Form()] = "",
    status: Annotated[str, Form()] = "",
    window: Annotated[str, Form()] = "",
) -> Response:
    ep = api.add_episode(
        request.app.state.settings, code, title, _authors(authors), status or None, window or None
    )
    payload = {"episode": data.episode_dict(ep)}
    return _back(request, ep.code, f"added episode {ep.code}", payload, status=201)


@router.post("/episodes/{code}/status")
def set_status(request: Request, code: str, status: Annotated[str, Form()]) -> Response:
    settings = request.app.state.settings
    ep = api.set_episode(settings, data.resolve_code(settings, code), status=status)
    return _back(request, ep.code, f"status is now {ep.status}", {"episode": data.episode_dict(ep)})


@router.post("/episodes/{code}/judge")
def judge(
    request: Request,
    code: str,
    left: Annotated[str, Form()],
    right: Annotated[str, Form()],
    verdict: Annotated[str, Form()],
    who: Annotated[str, Form()] = "web",
) -> Response:
    settings = request.app.state.settings
    code = data.resolve_code(settings, code)
    if not left.strip() or not right.strip() or left.strip() == right.strip():
        raise InputError("a judgement needs two different names; choose both")
    j = api.judge(settings, left.strip(), right.strip(), verdict, who.strip() or "web")
    said = "the same" if j.verdict == "same" else "not the same" if j.verdict == "different" else "undecided"
    notice = f"{j.left} / {j.right}: {said}"
    return _back(request, code, notice, {"judgement": asdict(j)})


@router.post("/episodes/{code}/documents")
def upload(
    request: Request,
    code: str,
    file: Annotated[UploadFile, File()],
    as_kind: Annotated[str, Form()] = "",
) -> Response:
    """Ingest the upload under its own (cleaned) name; nothing is written to disk but the
    workspace."""
    settings = request.app.state.settings
    code = data.resolve_code(settings, code)
    content = file.file.read(MAX_UPLOAD_BYTES + 1)
    if not file.filename and not content:
        raise InputError("no file chosen; choose a thread or source file to upload")
    if len(content) > MAX_UPLOAD_BYTES:
        raise InputError(f"the file is larger than {MAX_UPLOAD_BYTES // 2**20} MB; split it first")
    res = api.ingest_upload(settings, upload_name(file.filename), content, code, as_kind or None)
    if res.created:
        counts = ", ".join(f"{v} {k}" for k, v in res.counts.items())
        notice = f"{res.name}: stored as document {res.document} ({res.kind}): {counts}"
    else:
        notice = f"{res.name}: already in the workspace (document {res.document}); nothing changed"
    return _back(request, code, notice, {"ingest": asdict(res)}, status=201 if res.created else 200)


def upload_name(filename: str | None) -> str:
    """The upload's base name with only safe characters (no folders, no control codes)."""
    base = PurePosixPath((filename or "").replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\- ]+", "_", base).strip(" .")
    return cleaned or "upload.txt"
