"""Entry points: sniffing by content, --as overrides, paths, and the layer's imports."""

import ast
from pathlib import Path

import pytest

import histdesk.ingest as ingest
from histdesk.errors import UnreadableFileError
from histdesk.ingest import read_document, read_paths
from histdesk.ingest.sniff import sniff


@pytest.mark.parametrize(
    "text, kind",
    [
        ('  {"post_stream": {}}', "discourse"),
        ("<html><body><p>x</p></body></html>", "html"),
        ("1921 03 Title\n\nAuthor: @A\nStatus: Planned\n\nCall.", "thread"),
        ("Some post\n\n2 Likes\n\nAnother", "thread"),
        ("Title\n\nThe following entry is from Old Encyclopedia (1911).\n\nBody.", "source"),
        ("Just some notes about 1921.\n", "text"),
    ],
)
def test_sniff_by_content(text, kind):
    assert sniff(text) == kind


def test_extension_does_not_decide():
    doc = read_document("thread.json", b"Intro\n\n\nsecond\n\n1 Like\n")
    assert doc.kind == "thread" and doc.posts[-1].likes == 1


def test_as_kind_overrides_sniffing():
    doc = read_document("x.txt", b"Author: @A\nStatus: Planned\n", as_kind="text")
    assert doc.kind == "text" and len(doc.posts) == 1


def test_unknown_as_value_lists_valid_ones():
    with pytest.raises(UnreadableFileError) as err:
        read_document("x.txt", b"text", as_kind="pdf")
    assert str(err.value) == "unknown --as value 'pdf'; use one of: thread, discourse, source, html, text"


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(UnreadableFileError, match="does not exist; check the path"):
        read_paths([tmp_path / "nope.txt"])
    with pytest.raises(UnreadableFileError, match="is an empty folder"):
        read_paths([tmp_path])


def test_each_text_file_is_its_own_document(tmp_path):
    (tmp_path / "a.txt").write_text("Notes one.\n")
    (tmp_path / "b.txt").write_text("Notes two.\n")
    docs = read_paths([tmp_path / "b.txt", tmp_path / "a.txt"])
    assert [d.name for d in docs] == ["b.txt", "a.txt"]


def test_ingest_imports_only_model_errors_and_itself():
    allowed = ("histdesk.model", "histdesk.errors", "histdesk.ingest")
    for path in Path(ingest.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("histdesk"):
                assert node.module.startswith(allowed), f"{path.name} imports {node.module}"
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith(("spacy", "sqlite")) for a in node.names)


def test_same_text_with_other_newlines_or_bom_is_the_same_document():
    lf = "1940 06 Title\n\nAuthor: @A\nStatus: Planned\n\nPlease post research.\n"
    docs = [
        read_document("a.txt", lf.encode()),
        read_document("b.txt", lf.replace("\n", "\r\n").encode()),
        read_document("c.txt", b"\xef\xbb\xbf" + lf.replace("\n", "\r").encode()),
    ]
    assert len({d.sha256 for d in docs}) == 1 and len({d.text for d in docs}) == 1
    assert read_document("d.txt", (lf + "More.\n").encode()).sha256 != docs[0].sha256


def test_discourse_export_subfolder_is_one_document(tmp_path):
    import shutil

    from conftest import DATA

    shutil.copytree(DATA / "ingest" / "topic_77", tmp_path / "topic_77")
    (tmp_path / "notes.txt").write_text("Notes on Rapallo.\n")
    docs = read_paths([tmp_path])
    assert [(d.name, d.kind) for d in docs] == [("notes.txt", "text"), ("topic_77", "discourse")]
    assert docs[1].header.code == "1922 04"


def test_other_subfolder_is_refused_with_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("Notes.\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "b.txt").write_text("More notes.\n")
    with pytest.raises(UnreadableFileError) as err:
        read_paths([tmp_path])
    assert str(err.value) == f"{tmp_path / 'drafts'} is a folder; pass its files, or a Discourse export folder"
