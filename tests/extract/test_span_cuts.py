"""Span cuts and common-word tests of `span_repairs`, on phrases written for these tests."""

from __future__ import annotations

from histdesk.extract.span_repairs import common_word, cut_span, mid_sentence, positional


def test_a_span_stops_at_a_blank_line_and_loses_a_leading_count():
    text = "The Tulip Mania\n\nAfter it, 12 Dutchmen sailed."
    assert cut_span(text, 4, text.index("After") + 5) == (4, 15)
    start = text.index("12")
    assert text[slice(*cut_span(text, start, start + 11))] == "Dutchmen"


def test_the_tail_of_a_hyphenated_name_is_no_name():
    text = "They drafted the Seven-Year Scheme."
    start = text.index("Year")
    assert cut_span(text, start, start + len("Year Scheme")) is None
    assert cut_span(text, text.index("Seven"), text.index(".")) is not None


def test_a_word_capitalised_only_by_position_and_written_lower_case_is_common():
    text = "Phase: In Planning\n\nWe did the planning early. Marsh spoke; later marsh land."
    assert positional(text, text.index("Planning"))
    assert common_word(text, text.index("Planning"), text.index("Planning") + 8)
    assert not common_word(text, 0, 5)  # "Phase" is never written in lower case here
    marsh = "Marsh spoke. We met Marsh there; the marsh was wet."
    assert mid_sentence(marsh, "Marsh") == 1
    assert not common_word(marsh, 0, 5)
