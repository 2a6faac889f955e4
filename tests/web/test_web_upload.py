"""Uploading files through the desk runs the real ingest (and the real spaCy model) in one
module-scoped workspace: a note, then a Discourse topic chosen as two files at once."""

from __future__ import annotations

import json

import pytest
from webclient import JSON, add_episode, new_client, page_data

NOTES = (
    "On 1 February 1924 the British government under Ramsay MacDonald recognised the Soviet Union.\n\n"
    "Italy followed on 7 February 1924, and by the end of that year more than ten states "
    "had opened relations with Moscow.\n"
)



def _post(number: int, user: str, when: str, html: str) -> dict:
    return {"id": 900 + number, "post_number": number, "username": user, "created_at": when,
            "cooked": html, "topic_id": 77, "post_type": 1}


POSTS = [
    _post(1, "Ann", "2023-05-01T10:00:00Z", "<p>Call for research on the year of recognitions.</p>"),
    _post(2, "Cy", "2023-05-02T10:00:00Z", "<p>France recognised the Soviet Union on 28 October 1924.</p>"),
    _post(3, "Bo", "2023-05-03T10:00:00Z", "<p>China signed its treaty on 31 May 1924.</p>"),
]
TOPIC = {"id": 77, "title": "Recognitions", "post_stream": {"posts": POSTS[:2], "stream": [901, 902, 903]}}
PAGE = {"post_stream": {"posts": POSTS[2:]}}


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory):
    """One workspace, one episode, a note and then a two-file Discourse topic; the tests
    below read what they left (the first response is the note's)."""
    client = new_client(tmp_path_factory.mktemp("upload"))
    add_episode(client)
    files = {"file": ("recognition notes.txt", NOTES.encode("utf-8"), "text/plain")}
    response = client.post("/episodes/1924-01/documents", files=files, follow_redirects=False)
    topic = [
        ("file", ("77.json", json.dumps(TOPIC).encode(), "application/json")),
        ("file", ("posts.json", json.dumps(PAGE).encode(), "application/json")),
    ]
    joined = client.post("/episodes/1924-01/documents", files=topic, headers=JSON)
    assert joined.status_code == 201, joined.text
    return client, response


def test_a_discourse_topic_chosen_as_two_files_joins_into_one_document(uploaded):
    client, _ = uploaded
    desk = client.get("/episodes/1924-01.json").json()
    assert [d["name"] for d in desk["documents"]] == ["recognition notes.txt", "77.json"]
    [topic] = [d for d in desk["documents"] if d["kind"] == "discourse"]
    assert topic["posts"] == 3
    dates = {row["date"] for row in desk["timeline"]}
    assert {"1924-10-28", "1924-05-31"} <= dates


def test_posts_name_their_document_so_two_post_ones_differ(uploaded):
    client, _ = uploaded
    desk = client.get("/episodes/1924-01.json").json()
    ones = {(p["document_name"], p["author"]) for p in desk["posts"] if p["number"] == 1}
    assert ("77.json", "Ann") in ones and any(n == "recognition notes.txt" for n, _a in ones)
    page = client.get("/episodes/1924-01").text
    assert "<td class=\"muted\">77.json</td>" in page and "2023-05-03" in page


def test_figures_are_listed_with_what_they_count_and_a_citation(uploaded):
    client, _ = uploaded
    desk = client.get("/episodes/1924-01.json").json()
    assert desk["counts"]["figures"] == len(desk["figures"]) >= 1
    [ten] = [f for f in desk["figures"] if f["value"] == 10]
    assert ten["qualifier"] == "more than" and "states" in (ten["of"] or "")
    assert ten["citation"].startswith("recognition notes.txt")
    assert desk["counts"]["implied"] == len(desk["implied"])
    page = client.get("/episodes/1924-01")
    assert '<h2 id="figures">' in page.text and ten["citation"] in page.text


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
    doc = desk["documents"][0]
    assert doc["name"] == "recognition notes.txt"
    assert doc["chars"] >= len(NOTES.strip())
    dates = [row["date"] for row in desk["timeline"]]
    assert "1924-02-01" in dates and "1924-02-07" in dates
    assert desk["counts"]["documents"] == 2 and desk["counts"]["events"] >= 2
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
