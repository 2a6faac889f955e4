"""The web desk: a thin shell over `histdesk.api` (see README.md)."""

from histdesk.web.app import create_app, serve

__all__ = ["create_app", "serve"]
