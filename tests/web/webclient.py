"""Helpers for the web tests: an app over a fresh workspace, and the data a page embeds."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi.testclient import TestClient

from histdesk.config import Settings
from histdesk.web import create_app

JSON = {"accept": "application/json"}


def new_client(tmp_path: Path, raise_server_exceptions: bool = True) -> TestClient:
    """A TestClient over an empty workspace in `tmp_path`."""
    app = create_app(Settings(db_path=tmp_path / "desk.db"))
    return TestClient(app, raise_server_exceptions=raise_server_exceptions)


def page_data(html: str) -> dict:
    """The JSON a page embeds for its .json twin to equal."""
    match = re.search(r'<script type="application/json" id="page-data">(.*?)</script>', html, re.S)
    assert match, "the page embeds no page-data"
    return json.loads(match.group(1))


def add_episode(client: TestClient, code: str = "1924 01", title: str = "A year of tests", **extra) -> None:
    form = {"code": code, "title": title, "authors": "Ann, @Bo", "status": "In Research", **extra}
    response = client.post("/episodes", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text
