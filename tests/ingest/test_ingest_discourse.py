"""Discourse exports: several files or a folder join into one thread in stream order."""

import json

import pytest

from histdesk.errors import UnreadableFileError
from histdesk.ingest import read_document, read_paths
from histdesk.ingest.discourse import SEPARATOR, parse_discourse

from conftest import DATA

TOPIC = DATA / "ingest" / "topic_77"


def test_folder_joins_pages_in_stream_order_and_dedupes():
    [doc] = read_paths([TOPIC])
    assert doc.kind == "discourse" and doc.name == "topic_77"
    assert doc.title == "1922 04 The Treaty of Rapallo"
    assert (doc.header.code, doc.header.authors, doc.header.status) == ("1922 04", ("Rook",), "Writing")
    # stream order 501, 502, 503, (505 has no text), 504; 502 appears in two files
    assert [p.number for p in doc.posts] == [1, 2, 3, 4]
    assert [p.author for p in doc.posts] == ["Rook", "Wren", "Ibis", "Wren"]
    assert [p.likes for p in doc.posts] == [0, 4, 0, 1]
    assert doc.posts[2].reply_to == 2 and doc.posts[0].created_at == "2022-06-01T10:00:00.000Z"
    assert [p.kind for p in doc.posts] == ["call", "reply", "feedback", "reply"]


def test_quotes_are_dropped_and_offsets_index_the_text():
    [doc] = read_paths([TOPIC])
    assert doc.posts[2].text == "Chicherin signed for Russia, not Litvinov."
    assert doc.text.count("April 16, 1922") == 1
    assert doc.posts[1].text == (
        "The Treaty of Rapallo was signed on April 16, 1922.\n\n"
        "It restored relations between Germany and Soviet Russia."
    )
    assert doc.text == SEPARATOR.join(p.text for p in doc.posts)
    assert all(doc.text[p.start : p.end] == p.text for p in doc.posts)


def test_joined_hash_does_not_depend_on_how_files_split():
    [folder] = read_paths([TOPIC])
    [files] = read_paths(sorted(TOPIC.glob("*.json"), reverse=True))
    assert folder.sha256 == files.sha256 and folder.text == files.text


def test_single_file_hash_is_of_canonical_posts_not_bytes():
    data = (TOPIC / "t.json").read_bytes()
    doc = read_document("t.json", data)
    again = read_document("t.json", json.dumps(json.loads(data), indent=4).encode())
    assert doc.sha256 == again.sha256 and len(doc.posts) == 2


def test_json_of_another_shape_is_refused():
    with pytest.raises(UnreadableFileError) as err:
        read_document("x.json", json.dumps({"users": []}).encode())
    assert str(err.value) == (
        "x.json is JSON but not a Discourse topic (no post_stream.posts); "
        "pass /t/ID.json or /t/ID/posts.json, or --as text"
    )


def test_pages_without_topic_id_order_by_post_number():
    page = {"post_stream": {"posts": [
        {"id": 2, "post_number": 2, "username": "b", "cooked": "<p>second</p>"},
        {"id": 1, "post_number": 1, "username": "a", "cooked": "<p>first</p>"},
    ]}}
    doc = parse_discourse("p.json", [page])
    assert [p.text for p in doc.posts] == ["first", "second"] and doc.title is None


PARTIAL = DATA / "ingest" / "topic_88"


def test_topic_file_alone_notes_the_posts_it_lacks():
    [doc] = read_paths([PARTIAL / "t.json"])
    assert len(doc.posts) == 2
    assert doc.notes == (
        "t.json: 2 of the topic's 4 posts are missing (ids 803, 804); "
        "pass the /t/ID/posts.json pages with it, or the folder",
    )


def test_no_note_when_every_stream_post_is_held():
    [folder] = read_paths([PARTIAL])
    [files] = read_paths([PARTIAL / "t.json", PARTIAL / "posts.json"])
    assert len(folder.posts) == 4 and folder.notes == () and files.notes == ()


def test_long_missing_list_is_cut_short():
    topic = {"id": 9, "title": "x", "post_stream": {
        "stream": list(range(1, 10)), "posts": [{"id": 1, "cooked": "<p>only one</p>"}]}}
    [note] = parse_discourse("big.json", [topic]).notes
    assert "8 of the topic's 9 posts are missing (ids 2, 3, 4, 5, 6, …)" in note


def test_odd_typed_fields_are_read_or_dropped_never_crash():
    """Hand-edited exports: string post_number, junk stream ids, non-list actions, int title."""
    posts = [
        {"id": "7", "post_number": "2", "cooked": "<p>Second.</p>", "actions_summary": True,
         "username": ["x"], "created_at": 12, "reply_to_post_number": "1"},
        {"id": 1, "post_number": 0, "cooked": None},
        {"id": 2, "post_number": None, "cooked": "<p>First.</p>",
         "actions_summary": [{"id": 2, "count": "x"}]},
    ]
    payload = {"id": 9, "title": 7, "post_stream": {"posts": posts, "stream": [[], 2, "7", {}]}}
    doc = read_document("t.json", json.dumps(payload).encode())
    assert [p.text for p in doc.posts] == ["First.", "Second."]
    assert [p.number for p in doc.posts] == [1, 2]
    second = doc.posts[1]
    assert (second.author, second.created_at, second.reply_to, second.likes) == (None, None, 1, 0)
    assert doc.title is None
