"""Episode codes, Author/Status lines and handles, as people write them."""

import pytest

from histdesk.ingest.episode import authors_in, handles, header_from, map_status, split_code


@pytest.mark.parametrize(
    "title, code, rest",
    [
        ("1921 03 Kronstadt and the NEP", "1921 03", "Kronstadt and the NEP"),
        ("1917-11: The October Revolution", "1917 11", "The October Revolution"),
        ("Kronstadt and the NEP", None, "Kronstadt and the NEP"),
        ("1921 was a hard year", None, "1921 was a hard year"),
    ],
)
def test_split_code(title, code, rest):
    assert split_code(title) == (code, rest)


@pytest.mark.parametrize(
    "word, status",
    [
        ("In Research", "In Research"),
        ("Researching", "In Research"),
        ("Scripting", "Writing"),
        ("writing", "Writing"),
        ("Recorded", "Recorded"),
        ("Published", "Published"),
        ("Planned", "Planned"),
        ("on fire", None),
    ],
)
def test_map_status(word, status):
    assert map_status(word) == status


def test_handles_skip_email_addresses_and_dedupe():
    assert handles("@Ana and @bo_b, mail x@y.org, again @Ana.") == ("Ana", "bo_b")


def test_authors_from_handles_or_plain_names():
    assert authors_in("Author: @Ana @Bo\nStatus: Recorded") == ("Ana", "Bo")
    assert authors_in("Authors: Ana Petrova and Bo Lind") == ("Ana Petrova", "Bo Lind")


def test_header_from_title_and_first_post():
    header = header_from("1922 04 Rapallo", "Author: @Rook\nStatus: Scripting\n\nPlease post")
    assert (header.code, header.title, header.authors, header.status) == (
        "1922 04",
        "Rapallo",
        ("Rook",),
        "Writing",
    )


@pytest.mark.parametrize(
    "title",
    ["1805 10 Trafalgar", "[1805 10] Trafalgar", "Episode 1805-10: Trafalgar", "(1805/10) Trafalgar"],
)
def test_code_in_forum_title_forms(title):
    assert split_code(title) == ("1805 10", "Trafalgar")


def test_discourse_topic_title_exposes_its_code():
    from histdesk.ingest.discourse import parse_discourse

    topic = {"id": 9, "title": "[1805 10] Trafalgar", "post_stream": {"posts": [
        {"id": 1, "post_number": 1, "username": "a", "cooked": "<p>Status: Writing</p>"}]}}
    doc = parse_discourse("t.json", [topic])
    assert (doc.header.code, doc.header.title, doc.header.status) == ("1805 10", "Trafalgar", "Writing")
