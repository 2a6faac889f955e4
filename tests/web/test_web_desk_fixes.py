"""QA fixes of the desk that need no spaCy model: figures and implied values as page data,
counts in the right number, the multi-file upload form, errors that name the code and link
back to the episode."""

from __future__ import annotations

import pytest
from webclient import JSON, add_episode, new_client

from histdesk.api.web import _upload_names, ingest_uploads
from histdesk.errors import UnreadableFileError
from histdesk.model import Document, Episode, EpisodeView, Evidence, Figure, Finding
from histdesk.web import data
from histdesk.web.rendering import counted, noun

NOTE = "Eleven states had opened relations by December, up from four in March."


def _view() -> EpisodeView:
    doc = Document(1, "notes.txt", "text", "x", NOTE, "1924 01")
    figs = (
        Figure(26, 30, "four", 4.0, None, None, "states", 1),
        Figure(0, 6, "Eleven", 11.0, None, "about", "states", 1),
    )
    return EpisodeView(Episode("1924 01", "T"), documents=(doc,), figures=figs)


def test_figures_come_in_document_order_with_what_they_count_and_a_citation():
    rows = data.figures(_view())
    assert [r["text"] for r in rows] == ["Eleven", "four"]
    assert rows[0] == {
        "text": "Eleven", "value": 11.0, "unit": None, "qualifier": "about", "of": "states",
        "document": 1, "citation": "notes.txt",
    }


def test_an_implied_value_cites_the_figures_it_was_drawn_from():
    ev = (Evidence(1, 0, 6, "Eleven"), Evidence(1, 26, 30, "four"))
    finding = Finding("figures.implied", "1924 01", "11 - 4 = 7 states more", ev, {"value": 7})
    row = data.implied_dict(_view(), finding)
    assert row["citation"] == "notes.txt" and row["message"] == "11 - 4 = 7 states more"
    assert row["data"] == {"value": 7}


@pytest.mark.parametrize(
    ("n", "key", "shown"),
    [(1, "questions", "1 question"), (2, "questions", "2 questions"), (1, "posts", "1 post"),
     (1, "entities", "1 entity"), (3, "entities", "3 entities"), (1, "implied", "1 implied value"),
     (0, "figures", "0 figures")],
)
def test_counts_read_in_the_right_number(n, key, shown):
    assert counted(n, key) == shown and noun(key, n) == shown.split(" ", 1)[1]


def test_a_slug_converts_to_the_code_it_stands_for():
    assert data.code_of("1970-01") == "1970 01"
    assert data.code_of(" 1970 01 ") == "1970 01"


def test_upload_names_are_base_names_and_distinct():
    assert _upload_names(["t.json", "posts.json", "../a/posts.json", "C:\\x\\n.txt", ".."]) == [
        "t.json", "posts.json", "posts-2.json", "n.txt", "upload.txt",
    ]


@pytest.fixture
def client(tmp_path):
    c = new_client(tmp_path)
    add_episode(c)
    return c


def test_desk_twin_has_figure_sections_and_the_form_takes_several_files(client):
    desk = client.get("/episodes/1924-01.json").json()
    assert desk["figures"] == [] and desk["implied"] == [] and desk["counts"]["implied"] == 0
    page = client.get("/episodes/1924-01").text
    assert '<h2 id="figures">' in page and "No figures yet." in page
    assert '<input type="file" name="file" multiple required>' in page
    assert "<b>0</b> implied values" in page


def test_unknown_episode_errors_name_the_code_not_the_slug(client):
    body = client.get("/episodes/1970-01.json").json()
    assert body["status"] == 404
    assert body["error"].startswith("episode '1970 01' is not in this workspace")
    page = client.get("/episodes/1970-01/brief")
    assert page.status_code == 404 and "Back to the episode<" not in page.text


def test_a_failed_upload_links_back_to_the_episode_and_quotes_no_temp_path(client):
    files = [("file", ("t.json", b"{not json")), ("file", ("posts.json", b"{}"))]
    page = client.post("/episodes/1924-01/documents", files=files)
    assert page.status_code == 400
    assert '<a href="/episodes/1924-01">Back to the episode</a>' in page.text
    assert "t.json is not valid JSON" in page.text and "/tmp" not in page.text
    assert client.get("/episodes/1924-01.json").json()["counts"]["documents"] == 0


def test_an_empty_file_field_is_no_file(client):
    response = client.post("/episodes/1924-01/documents", files={"file": ("", b"")}, headers=JSON)
    assert response.status_code == 400 and response.json()["error"].startswith("no file chosen")


def test_ingest_uploads_reports_read_errors_by_upload_name(client):
    settings = client.app.state.settings
    with pytest.raises(UnreadableFileError) as err:
        ingest_uploads(settings, [("../x/t.json", b"[1, 2]")], "1924 01")
    assert str(err.value).startswith("t.json is JSON but not a Discourse topic")
