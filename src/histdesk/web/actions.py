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
    file: Annotated[list[UploadFile | str], File()],
    as_kind: Annotated[str, Form()] = "",
) -> Response:
    """Ingest the chosen files as one batch under their own (cleaned) names, so the pages
    of one Discourse topic join into one document; nothing is written to disk but the
    workspace (and a temporary folder the api removes)."""
    settings = request.app.state.settings
    code = data.resolve_code(settings, code)
    files = _read_files(file)
    results = api.web.ingest_uploads(settings, files, code, as_kind or None)
    notice = "; ".join(_notice(res) for res in results)
    payload = {"ingest": asdict(results[0]), "ingests": [asdict(r) for r in results]}
    created = any(r.created for r in results)
    return _back(request, code, notice, payload, status=201 if created else 200)


def _read_files(uploads: list[UploadFile | str]) -> list[tuple[str, bytes]]:
    """(clean name, bytes) of each chosen file; an empty file field (which arrives as an
    empty string, or a nameless empty file) counts as no file."""
    files, total = [], 0
    for up in uploads:
        if isinstance(up, str):
            continue
        content = up.file.read(MAX_UPLOAD_BYTES + 1 - total)
        total += len(content)
        if total > MAX_UPLOAD_BYTES:
            raise InputError(f"the upload is larger than {MAX_UPLOAD_BYTES // 2**20} MB; split it first")
        if up.filename or content:
            files.append((upload_name(up.filename), content))
    if not files:
        raise InputError("no file chosen; choose a thread or source file to upload")
    return files


def _notice(res) -> str:
    if res.created:
        counts = ", ".join(f"{v} {k}" for k, v in res.counts.items())
        return f"{res.name}: stored as document {res.document} ({res.kind}): {counts}"
    return f"{res.name}: already in the workspace (document {res.document}); nothing changed"


def upload_name(filename: str | None) -> str:
    """The upload's base name with only safe characters (no folders, no control codes)."""
    base = PurePosixPath((filename or "").replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\- ]+", "_", base).strip(" .")
    return cleaned or "upload.txt"
