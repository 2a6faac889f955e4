"""Gold readers: text without tags, entities unescaped, offsets, DCT, outermost TIMEX2, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from histdesk.errors import InputError, UnreadableFileError
from histdesk.evaluate.timeml import (
    doc_name,
    gold_files,
    infer_timex2_type,
    read_gold_dir,
    read_gold_file,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "evaluate"


def test_timeml_text_offsets_entities_and_dct():
    doc = read_gold_file(DATA / "timeml" / "harbour.tml")
    assert doc.name == "harbour"
    assert doc.dct == "1998-03-02"  # time of day dropped
    assert "Smith & Sons opened the harbour yesterday." in doc.text
    assert "<not counting> delays" in doc.text
    assert "<" not in doc.text.replace("<not counting>", "")
    first, second = doc.timexes
    assert (first.text, first.type, first.value) == ("yesterday", "DATE", "1998-03-01")
    assert first.mod is None
    assert first.start == doc.text.index("yesterday")
    assert doc.text[second.start:second.end] == "about three years"
    assert (second.type, second.value, second.mod) == ("DURATION", "P3Y", "APPROX")


def test_timex2_key_takes_outermost_and_infers_type():
    doc = read_gold_file(DATA / "keys" / "canal.key.xml")
    assert doc.name == "canal" and doc.dct is None
    assert doc.text.startswith("\nThe canal & its locks took ten years")
    got = [(t.text, t.type, t.value, t.mod) for t in doc.timexes]
    assert got == [
        ("ten years", "DURATION", "P10Y", None),
        ("the morning of 17 November 1869", "DATE", "1869-11-17", None),
        ("10 a.m.", "TIME", "1869-11-17T10:00", None),
        ("every month", "SET", "XXXX-XX", None),
        ("early 1870", "DATE", "1870", "START"),
    ]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


@pytest.mark.parametrize(
    ("val", "set_flag", "expected"),
    [
        ("P3D", "", "DURATION"),
        ("PXY", "", "DURATION"),
        ("1939-09-01T10:00", "", "TIME"),
        ("XXXX-XX-XXTNI", "", "TIME"),
        ("1939-09", "", "DATE"),
        ("PRESENT_REF", "", "DATE"),
        ("BC0499", "", "DATE"),
        ("XXXX-WXX", "YES", "SET"),
        ("", "", "DATE"),
    ],
)
def test_infer_timex2_type(val, set_flag, expected):
    assert infer_timex2_type(val, set_flag) == expected


def test_doc_name_strips_both_suffixes():
    assert doc_name(Path("a/01_WW2.key.xml")) == "01_WW2"
    assert doc_name(Path("APW19980807.0261.tml")) == "APW19980807.0261"


def test_gold_dir_is_walked_recursively(tmp_path):
    (tmp_path / "one" / "two").mkdir(parents=True)
    shutil.copy(DATA / "timeml" / "harbour.tml", tmp_path / "one")
    shutil.copy(DATA / "keys" / "canal.key.xml", tmp_path / "one" / "two")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    assert [p.name for p in gold_files(tmp_path)] == ["harbour.tml", "canal.key.xml"]
    assert sorted(d.name for d in read_gold_dir(tmp_path)) == ["canal", "harbour"]


def test_missing_dir_names_the_fix(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(InputError) as err:
        read_gold_dir(missing)
    assert str(err.value) == (
        f"{missing}: no such directory; give a folder of TimeML .tml or TIMEX2 .key.xml files"
    )


def test_dir_without_gold_files(tmp_path):
    (tmp_path / "readme.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"no \.tml or \.key\.xml files in it"):
        read_gold_dir(tmp_path)


def test_file_that_is_not_xml(tmp_path):
    bad = tmp_path / "broken.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"broken\.tml: not usable XML .*fix or remove"):
        read_gold_dir(tmp_path)


def test_entity_expansion_is_refused():
    with pytest.raises(UnreadableFileError, match="not usable XML"):
        read_gold_file(DATA / "bad" / "bomb.tml")


def test_file_without_text_element(tmp_path):
    path = tmp_path / "empty.tml"
    path.write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"no <TEXT> element"):
        read_gold_file(path)


def test_duplicate_document_names_are_refused(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(DATA / "timeml" / "harbour.tml", tmp_path / sub)
    with pytest.raises(InputError, match="both hold document 'harbour'"):
        read_gold_dir(tmp_path)


def test_metadata_timex_t0_inside_text_is_ignored(tmp_path):
    path = tmp_path / "meta.tml"
    path.write_text(
        '<TimeML><TEXT>Header <TIMEX3 tid="t0" type="TIME" value="2009-12-19T17:00">'
        '2009-12-19T17:00</TIMEX3> then <TIMEX3 tid="t1" type="DATE" value="1939">1939'
        "</TIMEX3>.</TEXT></TimeML>",
        encoding="utf-8",
    )
    doc = read_gold_file(path)
    assert [t.text for t in doc.timexes] == ["1939"]
    assert doc.ignored == ((7, 23),)
    assert doc.dct is None
