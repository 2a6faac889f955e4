"""Uploading a file through the desk runs the real ingest (and the real spaCy model) once."""

from __future__ import annotations

import pytest
from webclient import JSON, add_episode, new_client, page_data

NOTES = (
    "On 1 February 1924 the British government under Ramsay MacDonald recognised the Soviet Union.\n\n"
    "Italy followed on 7 February 1924, and by the end of that year more than ten states "
    "had opened relations with Moscow.\n"
)


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory):
    """One workspace, one episode, one upload; the tests below read what it left."""
    client = new_client(tmp_path_factory.mktemp("upload"))
    add_episode(client)
    files = {"file": ("recognition notes.txt", NOTES.encode("utf-8"), "text/plain")}
    response = client.post("/episodes/1924-01/documents", files=files, follow_redirects=False)
    return client, response


def test_upload_redirects_with_what_was_stored(uploaded):
    client, response = uploaded
    assert response.status_code == 303, response.text
    page = client.get(response.headers["location"])
    assert "recognition notes.txt: stored as document" in page.text
    assert page_data(page.text) == client.get("/episodes/1924-01.json").json()
    assert '<svg class="timeline-chart"' in page.text


def test_uploaded_document_feeds_the_desk(uploaded):
    client, _ = uploaded
    desk = client.get("/episodes/1924-01.json").json()
    [doc] = desk["documents"]
    assert doc["name"] == "recognition notes.txt"
    assert doc["chars"] >= len(NOTES.strip())
    dates = [row["date"] for row in desk["timeline"]]
    assert "1924-02-01" in dates and "1924-02-07" in dates
    assert desk["counts"]["documents"] == 1 and desk["counts"]["events"] >= 2
    again = client.post(
        "/episodes/1924-01/documents",
        files={"file": ("copy.txt", NOTES.encode("utf-8"))},
        headers=JSON,
    )
    assert again.status_code == 200 and again.json()["ingest"]["created"] is False


def test_judging_two_entities_the_same_merges_them_on_the_desk(uploaded):
    client, _ = uploaded
    before = {e["name"] for e in client.get("/episodes/1924-01.json").json()["entities"]}
    assert {"Moscow", "Soviet Union"} <= before
    form = {"left": "Soviet Union", "right": "Moscow", "verdict": "same", "who": "ann"}
    response = client.post("/episodes/1924-01/judge", data=form, follow_redirects=False)
    assert response.status_code == 303
    desk = client.get("/episodes/1924-01.json").json()
    assert len(desk["entities"]) == len(before) - 1
    [j] = [j for j in desk["judgements"] if {j["left"], j["right"]} == {"Soviet Union", "Moscow"}]
    assert j["verdict"] == "same" and j["decided_by"] == "user:ann"
