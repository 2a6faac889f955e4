"""The bundled example episode (used by `make demo`) has the shape the readers promise."""

from pathlib import Path

import histdesk
from histdesk.ingest import read_paths

EXAMPLES = Path(histdesk.__file__).parent / "examples"


def test_example_thread():
    [doc] = read_paths([EXAMPLES / "thread_1921_03.txt"])
    assert (doc.kind, doc.header.code, doc.header.status) == ("thread", "1921 03", "In Research")
    kinds = [p.kind for p in doc.posts]
    assert kinds == ["call", "research", "research", "feedback", "reply", "intent", "credit", "reply"]
    assert doc.posts[6].credits == ("Kestrel",)
    assert [p.likes for p in doc.posts if p.likes] == [2, 1]
    assert [p.author for p in doc.posts if p.author] == ["Kestrel"] * 4
    assert "Kozlovski" in doc.posts[1].text and "Kozlovsky, not Kozlovski" in doc.posts[3].text


def test_example_source():
    [doc] = read_paths([EXAMPLES / "source_kronstadt.txt"])
    src = doc.source
    assert (src.title, src.year, src.edition) == ("Kronstadt Mutiny of 1921", 1981, "2nd Edition")
    assert "may contain errors" in src.caveat
    assert [(b.author, b.place, b.year) for b in src.bibliography] == [
        (None, "Moscow", 1963),
        ("Pukhov, A. S.", "Leningrad", 1931),
        ("Semanov, S. N.", "Moscow", 1973),
    ]
    assert doc.text[: src.body_end].endswith("the working class and the peasantry.")


def test_example_discourse_pair_joins():
    [doc] = read_paths([EXAMPLES / "discourse_1921_03"])
    assert doc.kind == "discourse" and doc.header.code == "1921 03"
    assert [p.kind for p in doc.posts] == ["call", "research", "feedback", "reply", "credit"]
    assert [p.number for p in doc.posts] == [1, 2, 3, 4, 5]
    assert doc.posts[4].credits == ("Kestrel",) and doc.posts[1].likes == 3
