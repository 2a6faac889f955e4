"""TempEval-3 scoring on tiny hand-computed cases: strict vs relaxed, one-to-one, attributes."""

from __future__ import annotations

import pytest

from histdesk.evaluate.score import Counts, match, score, total
from histdesk.model import Timex


def tx(start: int, end: int, value: str = "1939", type_: str = "DATE", mod: str | None = None):
    return Timex(start, end, "x" * (end - start), type_, value, mod)


def test_strict_and_relaxed_differ_and_value_f1_is_accuracy_times_relaxed_f1():
    gold = [tx(0, 10, "1939-09-01"), tx(20, 30, "1940"), tx(40, 50, "P3Y", "DURATION")]
    pred = [tx(0, 10, "1939-09-01"), tx(22, 30, "1941"), tx(60, 70)]
    counts = score(gold, pred)
    assert counts == Counts(gold=3, predicted=3, strict=1, relaxed=2, type=2, value=1, mod=2)
    m = counts.metrics()
    assert m["strict_precision"] == pytest.approx(1 / 3)
    assert m["strict_recall"] == pytest.approx(1 / 3)
    assert m["strict_f1"] == pytest.approx(1 / 3)
    assert m["relaxed_precision"] == pytest.approx(2 / 3)
    assert m["relaxed_f1"] == pytest.approx(2 / 3)
    assert m["value_accuracy"] == pytest.approx(1 / 2)
    assert m["value_f1"] == pytest.approx(1 / 3)
    assert m["type_f1"] == pytest.approx(2 / 3)


def test_one_prediction_over_two_gold_counts_once():
    counts = score([tx(0, 5), tx(6, 10)], [tx(0, 10)])
    assert (counts.relaxed, counts.strict) == (1, 0)
    m = counts.metrics()
    assert (m["relaxed_precision"], m["relaxed_recall"]) == (1.0, 0.5)
    assert m["relaxed_f1"] == pytest.approx(2 / 3)


def test_two_predictions_over_one_gold_counts_once():
    m = score([tx(0, 10)], [tx(0, 5), tx(6, 10)]).metrics()
    assert (m["relaxed_precision"], m["relaxed_recall"]) == (0.5, 1.0)


def test_matching_is_maximal_not_first_come():
    # p1 overlaps both golds; p2 only the first. First-come would pair g1-p1 and lose g2.
    gold = [tx(0, 10), tx(12, 20)]
    pred = [tx(5, 15), tx(0, 3)]
    assert match(gold, pred) == [(0, 1), (1, 0)]


def test_exact_extent_is_preferred_over_overlap():
    pairs = match([tx(0, 10)], [tx(2, 8), tx(0, 10)])
    assert pairs == [(0, 1)]
    assert score([tx(0, 10)], [tx(2, 8), tx(0, 10)]).strict == 1


def test_trivial_normalisation_of_attributes():
    gold = [Timex(0, 4, "1939", "DATE", " 1939 ", "")]
    pred = [Timex(0, 4, "1939", "date", "1939", None)]
    counts = score(gold, pred)
    assert (counts.type, counts.value, counts.mod) == (1, 1, 1)


def test_micro_average_sums_documents():
    a = score([tx(0, 4)], [tx(0, 4)])
    b = score([tx(0, 4), tx(10, 14)], [])
    overall = total([a, b])
    assert overall == Counts(gold=3, predicted=1, strict=1, relaxed=1, type=1, value=1, mod=1)
    assert overall.metrics()["relaxed_recall"] == pytest.approx(1 / 3)


def test_empty_document_is_perfect_and_no_predictions_is_zero():
    assert score([], []).metrics()["relaxed_f1"] == 1.0
    m = score([tx(0, 4)], []).metrics()
    assert (m["relaxed_precision"], m["relaxed_f1"], m["value_f1"]) == (0.0, 0.0, 0.0)
