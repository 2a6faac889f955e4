"""The runner with small fake taggers: DCT passing and override, predictions file, report."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from histdesk.errors import InputError
from histdesk.evaluate import evaluate_timex, format_report
from histdesk.model import Timex

DATA = Path(__file__).resolve().parents[1] / "data" / "evaluate"
_YEARS = re.compile(r"\b1[0-9]{3}\b")


class YearTagger:
    """Tags bare years (value = the year) and records the DCT it was given per text."""

    def __init__(self):
        self.dcts: list[str | None] = []

    def __call__(self, text: str, dct: str | None) -> list[Timex]:
        self.dcts.append(dct)
        found = _YEARS.finditer(text)
        return [Timex(m.start(), m.end(), m.group(), "DATE", m.group()) for m in found]


@pytest.fixture
def gold_dir(tmp_path) -> Path:
    shutil.copy(DATA / "timeml" / "harbour.tml", tmp_path)
    shutil.copy(DATA / "keys" / "canal.key.xml", tmp_path)
    return tmp_path


def test_counts_with_a_fake_tagger(gold_dir):
    report = evaluate_timex(gold_dir, tagger=YearTagger(), per_doc=True)
    # canal: "1869" inside "the morning of 17 November 1869" (relaxed; value 1869 is not
    # 1869-11-17) and "1870" inside "early 1870" (relaxed, value right); harbour: nothing.
    assert report.documents == 2
    c = report.counts
    assert (c.gold, c.predicted, c.strict, c.relaxed, c.value) == (7, 2, 0, 2, 1)
    assert dict(report.per_doc)["harbour"].predicted == 0
    assert report.counts.metrics()["relaxed_precision"] == 1.0


def test_file_dct_is_passed_and_override_wins(gold_dir):
    tagger = YearTagger()
    evaluate_timex(gold_dir, tagger=tagger)
    assert sorted(tagger.dcts, key=str) == ["1998-03-02", None]
    tagger = YearTagger()
    evaluate_timex(gold_dir, dct="1900-01-01", tagger=tagger)
    assert tagger.dcts == ["1900-01-01", "1900-01-01"]


def test_bad_dct_names_the_format(gold_dir):
    with pytest.raises(InputError) as err:
        evaluate_timex(gold_dir, dct="19 May 1900", tagger=YearTagger())
    assert str(err.value) == (
        "--dct '19 May 1900' is not a date; give it as YYYY-MM-DD, e.g. 2009-12-19"
    )


def test_predictions_are_written_as_json_lines(gold_dir, tmp_path):
    out = tmp_path / "pred.jsonl"
    evaluate_timex(gold_dir, predictions=out, tagger=YearTagger())
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == ["1869", "1870"]
    assert rows[0].keys() == {"doc", "start", "end", "type", "value", "mod", "text"}
    assert {r["doc"] for r in rows} == {"canal"}


def test_unwritable_predictions_path(gold_dir, tmp_path):
    nowhere = tmp_path / "no" / "such" / "p.jsonl"
    with pytest.raises(InputError, match="cannot write predictions to .*give a writable file path"):
        evaluate_timex(gold_dir, predictions=nowhere, tagger=YearTagger())


def test_predictions_on_ignored_metadata_are_not_false_positives(tmp_path):
    (tmp_path / "meta.tml").write_text(
        '<TimeML><TEXT>Filed <TIMEX3 tid="t0" type="DATE" value="1999">1999</TIMEX3>. '
        'War in <TIMEX3 tid="t1" type="DATE" value="1914">1914</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    c = evaluate_timex(tmp_path, tagger=YearTagger()).counts
    assert (c.gold, c.predicted, c.strict) == (1, 1, 1)


def test_report_table_and_dict(gold_dir):
    report = evaluate_timex(gold_dir, tagger=YearTagger(), per_doc=True)
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0].endswith(": 2 documents")
    assert "strict P/R/F1" in lines[1] and "value F1" in lines[1]
    assert lines[2].startswith("canal") and lines[3].startswith("harbour")
    assert lines[4].startswith("ALL (micro)")
    assert "accuracy over 2 relaxed matches" in lines[5]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["counts"]["gold"] == 7 and len(data["per_doc"]) == 2
    assert data["metrics"]["relaxed_precision"] == 1.0


def test_default_is_the_real_tagger_with_the_file_dct():
    report = evaluate_timex(DATA / "timeml")
    c = report.counts
    # "yesterday" against DCT 1998-03-02 and "about three years" are both plain cases.
    assert (c.gold, c.strict, c.value) == (2, 2, 2)
