"""Pasted threads: header, post boundaries, likes lines and offsets."""

from histdesk.ingest.decode import sha256
from histdesk.ingest.thread import parse_thread

from conftest import seed_path

SMALL = """1905 01 Bloody Sunday

Author: @Ana
Status: Writing

Add your notes for this episode here.

1905 01 Bloody Sunday

On January 22, 1905 troops fired on marchers led by Father Georgy Gapon.


Was it 22 January or 9 January?

3 Likes

Both: 9 January in the Julian calendar.
"""


def _parse(text: str):
    return parse_thread("t.txt", text, sha256(text.encode()))


def test_small_thread_structure():
    doc = _parse(SMALL)
    assert doc.header.code == "1905 01" and doc.header.status == "Writing"
    assert [p.text.split("\n")[0] for p in doc.posts] == [
        "Author: @Ana",
        "1905 01 Bloody Sunday",
        "Was it 22 January or 9 January?",
        "Both: 9 January in the Julian calendar.",
    ]
    assert [p.likes for p in doc.posts] == [0, 0, 3, 0]
    assert "Likes" not in doc.posts[2].text
    for post in doc.posts:
        assert doc.text[post.start : post.end] == post.text


def test_thread_without_header_splits_on_blank_runs():
    doc = _parse("first post\nstill first\n\n\nsecond post\n")
    assert doc.header is None and doc.title is None
    assert [p.text for p in doc.posts] == ["first post\nstill first", "second post"]


def test_crlf_offsets_survive(tmp_path):
    from histdesk.ingest import read_document

    doc = read_document("t.txt", SMALL.replace("\n", "\r\n").encode(), as_kind="thread")
    assert len(doc.posts) == 4
    assert all(doc.text[p.start : p.end] == p.text for p in doc.posts)


def test_seed_thread_matches_expected(expected):
    path = seed_path("004")
    data = path.read_bytes()
    doc = parse_thread(path.name, data.decode(), sha256(data))
    spec = expected["thread"]
    ep = spec["episode"]
    assert (doc.header.code, doc.header.title, list(doc.header.authors), doc.header.status) == (
        ep["code"],
        ep["title"],
        ep["authors"],
        ep["status"],
    )
    assert len(doc.posts) == len(spec["posts"])
    for post, want in zip(doc.posts, spec["posts"]):
        assert post.text.startswith(want["starts"])
        assert post.text.endswith(want.get("ends", post.text[-10:]))
        assert post.kind == want["kind"]
        assert post.likes == want.get("likes", 0)
        assert list(post.credits) == want.get("credits", [])
        assert doc.text[post.start : post.end] == post.text
    research = [p for p in doc.posts if p.kind == "research"]
    assert {p.author for p in research} == {spec["inferred"]["research_author"]}
    assert doc.posts[0].author is None
