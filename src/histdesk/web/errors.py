"""The web desk's one error shape, built by one function and caught once at the edge.

Every failure, whether a histdesk error, an unknown route or a malformed form, answers
`{"ok": false, "error": message, "status": code}` on a JSON route and a page carrying the
same message (and status) on an HTML route; tests/web/test_error_shape.py guards both.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from histdesk.errors import HistdeskError, InputError, UnknownEpisodeError

log = logging.getLogger("histdesk.web")


def error_body(message: str, status: int) -> dict:
    """The one JSON error shape of the web desk."""
    return {"ok": False, "error": message, "status": status}


def status_for(exc: BaseException) -> int:
    """Unknown episode -> 404, any other bad input -> 400, anything else histdesk -> 500."""
    if isinstance(exc, UnknownEpisodeError):
        return 404
    if isinstance(exc, InputError):
        return 400
    if isinstance(exc, HTTPException):
        return exc.status_code
    if isinstance(exc, RequestValidationError):
        return 400
    return 500


def message_for(exc: BaseException) -> str:
    """One line for the user; never a traceback."""
    if isinstance(exc, HistdeskError):
        return str(exc)
    if isinstance(exc, HTTPException):
        return _http_message(exc)
    if isinstance(exc, RequestValidationError):
        return _validation_message(exc)
    return "internal error; the server log has the details"


def _http_message(exc: HTTPException) -> str:
    if exc.status_code == 404:
        return "no such page; start from / (the list of episodes)"
    if exc.status_code == 405:
        return "this address does not accept that method"
    return str(exc.detail)


def _validation_message(exc: RequestValidationError) -> str:
    """Name the first bad field and what is wrong with it ("missing form field 'title'")."""
    for err in exc.errors():
        where = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        field = where[-1] if where else "input"
        if err.get("type") == "missing":
            return f"missing form field {field!r}; fill it in and send again"
        return f"form field {field!r}: {err.get('msg', 'invalid value')}"
    return "invalid request"


def wants_json(request: Request) -> bool:
    """A `.json` address, or a client that asks for JSON before HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    first = accept.split(",")[0].strip().split(";")[0]
    return first == "application/json"


def respond(request: Request, message: str, status: int, render_page) -> Response:
    """`error_body` as JSON for a JSON client, else `render_page(request, body)` as HTML."""
    body = error_body(message, status)
    if wants_json(request):
        return JSONResponse(body, status_code=status)
    return render_page(request, body)


def install(app: FastAPI, render_page) -> None:
    """Catch every failure once: log the unexpected ones, answer with `respond`."""

    async def handle(request: Request, exc: Exception) -> Response:
        status = status_for(exc)
        if status >= 500:
            log.error("error on %s %s", request.method, request.url.path, exc_info=exc)
        return respond(request, message_for(exc), status, render_page)

    for kind in (HistdeskError, HTTPException, RequestValidationError, Exception):
        app.add_exception_handler(kind, handle)
