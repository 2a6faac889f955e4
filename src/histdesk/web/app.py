"""The app factory of the web desk: `create_app(settings)` wires templates, routes and the
one error shape; `serve` runs it with uvicorn. The settings live on `app.state`, so each
test builds an app over its own temporary workspace."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import Response

from histdesk.config import Settings
from histdesk.web import errors
from histdesk.web.actions import router as actions_router
from histdesk.web.pages import router as pages_router
from histdesk.web.rendering import render_error, templates

# No script runs on these pages; inline styles and data: images (the SVG chart) may.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(title="histdesk", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.templates = templates()
    app.include_router(pages_router)
    app.include_router(actions_router)
    errors.install(app, render_error)
    app.middleware("http")(_guard)
    return app


async def _guard(request: Request, call_next) -> Response:
    """Refuse cross-site form posts (the desk runs on localhost without logins), then add
    security headers to every answer."""
    if request.method == "POST" and not _same_origin(request):
        message = "cross-site form posts are refused; use the desk's own pages"
        response = errors.respond(request, message, 403, render_error)
    else:
        response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def _same_origin(request: Request) -> bool:
    """Browsers send Origin on every cross-site POST; clients that send none are not browsers."""
    origin = request.headers.get("origin")
    if not origin:
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the desk until interrupted (the `histdesk web` command calls this)."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
