"""Every error the desk answers has one shape, built by `errors.error_body`:
{"ok": false, "error": message, "status": code} on JSON routes, and a page carrying the same
message and status (its page-data is that very body) on HTML routes."""

from __future__ import annotations

import pytest
from webclient import JSON, add_episode, new_client, page_data

from histdesk import api
from histdesk.errors import ExtractionError
from histdesk.web.errors import error_body

EP = "/episodes/1924-01"

# (method, path, request keyword arguments, status, a fragment of the message)
CASES = [
    ("GET", "/episodes/1999-99", {}, 404, "episode '1999 99' is not in this workspace"),
    ("GET", "/episodes/1999-99/brief", {}, 404, "'1999 99' is not in this workspace"),
    ("GET", "/episodes/1999-99/brief.md", {}, 404, "is not in this workspace"),
    ("POST", "/episodes/1999-99/status", {"data": {"status": "Writing"}}, 404, "is not in this workspace"),
    ("POST", "/episodes", {"data": {"code": "1925 01", "title": "T", "status": "Bogus"}}, 400, "unknown status 'Bogus'"),
    ("POST", "/episodes", {"data": {"code": "1925 01"}}, 400, "missing form field 'title'"),
    ("POST", "/episodes", {"data": {"code": "1925 01", "title": "T", "window": "1925"}}, 400, "is not START/END"),
    ("POST", "/episodes", {"data": {"code": "1924 01", "title": "again"}}, 400, "1924 01"),
    ("POST", f"{EP}/status", {"data": {"status": "Done"}}, 400, "unknown status 'Done'"),
    ("POST", f"{EP}/judge", {"data": {"left": "A", "right": "B", "verdict": "maybe"}}, 400, "unknown verdict 'maybe'"),
    ("POST", f"{EP}/judge", {"data": {"left": "A", "right": "A", "verdict": "same"}}, 400, "two different names"),
    ("POST", f"{EP}/documents", {"files": {"file": ("empty.txt", b"")}}, 400, ""),
    ("GET", "/no/such/page", {}, 404, "no such page"),
    ("GET", f"{EP}/status", {}, 405, "does not accept that method"),
    ("POST", f"{EP}/status", {"data": {"status": "Writing"}, "headers": {"origin": "http://evil.example"}}, 403, "cross-site"),
]
IDS = [f"{m} {p} {s}" for m, p, _k, s, _f in CASES]


@pytest.fixture
def client(tmp_path):
    c = new_client(tmp_path, raise_server_exceptions=False)
    add_episode(c)
    return c


def _send(client, method, path, kwargs, as_json):
    kwargs = dict(kwargs)
    headers = {**kwargs.pop("headers", {}), **(JSON if as_json else {"accept": "text/html"})}
    return client.request(method, path, headers=headers, follow_redirects=False, **kwargs)


def assert_shape(body: dict, status: int, fragment: str) -> None:
    assert set(body) == {"ok", "error", "status"}
    assert body == error_body(body["error"], status)
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"] and fragment in body["error"]
    assert "Traceback" not in body["error"]


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "fragment"), CASES, ids=IDS)
def test_json_errors_share_one_shape(client, method, path, kwargs, status, fragment):
    response = _send(client, method, path, kwargs, as_json=True)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert_shape(response.json(), status, fragment)


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "fragment"), CASES, ids=IDS)
def test_html_errors_show_the_same_message_in_a_page(client, method, path, kwargs, status, fragment):
    response = _send(client, method, path, kwargs, as_json=False)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    body = page_data(response.text)
    assert_shape(body, status, fragment)
    json_body = _send(client, method, path, kwargs, as_json=True).json()
    assert body == json_body


def test_dot_json_addresses_answer_json_without_asking(client):
    for path in ("/episodes/1999-99.json", "/no/such.json"):
        response = client.get(path)
        assert response.status_code == 404
        assert_shape(response.json(), 404, "")


def test_an_unexpected_failure_is_a_500_without_internals(client, monkeypatch):
    def broken(settings):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api, "list_episodes", broken)
    response = client.get("/episodes.json")
    assert response.status_code == 500
    assert_shape(response.json(), 500, "internal error")
    assert "secret" not in response.text
    page = client.get("/")
    assert page.status_code == 500 and page_data(page.text) == response.json()


def test_a_histdesk_error_that_is_not_input_is_a_500_with_its_message(client, monkeypatch):
    def broken(settings, code):
        raise ExtractionError("the spaCy model is not installed")

    monkeypatch.setattr(api, "desk", broken)  # what the desk route calls
    response = client.get(f"{EP}.json")
    assert response.status_code == 500
    assert_shape(response.json(), 500, "spaCy model is not installed")
