"""timex-7: ranges set where ordinal days count from, appositive and denied dates do not move
the story (`restate.py`), Roman named days ("the Ides of March")."""

from __future__ import annotations

import pytest

from histdesk.extract.timex import TAGGER_VERSION, tag
from histdesk.extract.timex.named_days import roman_day
from histdesk.extract.timex.restate import negated


def _values(text: str, **kw) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, ranges=False, **kw)]


def test_version_is_timex_7():
    assert TAGGER_VERSION == "timex-10"


def test_an_ordinal_day_counts_from_the_start_of_a_range():
    text = ("The siege of the fort lasted 12–15 May 1709. On the first day the walls held. "
            "The next day the gate fell. On the fourth day the garrison left.")
    assert _values(text)[2:] == [("the first day", "1709-05-12"), ("The next day", "1709-05-13"),
                                 ("the fourth day", "1709-05-15")]


def test_the_following_day_after_a_range_alone_is_the_day_after_its_end():
    text = "Talks were held on March 3–5, 1802. The following day the envoys sailed home."
    assert _values(text)[-1] == ("The following day", "1802-03-06")


def test_a_range_stops_counting_once_the_story_leaves_it():
    text = "Rain fell on 2–3 June 1815. On 10 June the march resumed. On the second day they rested."
    assert _values(text)[-1] == ("the second day", "1815-06-11")


def test_an_appositive_relative_restates_its_date_and_leaves_the_story_there():
    text = ("The fleet sailed on 9 August 1588, the day after the fireships attack. "
            "It reached Scotland three days later.")
    assert _values(text) == [("9 August 1588", "1588-08-09"), ("the day after", "1588-08-09"),
                             ("three days later", "1588-08-12")]


def test_a_relative_without_a_comma_or_object_still_counts_on():
    assert _values("The town fell on 24 August 1410. The day after the looting, they fled.")[-1] == ("The day after", "1410-08-25")
    assert _values("The envoy came on 3 May 1860, and left the day after.")[-1] == ("the day after", "1860-05-04")


def test_a_denied_date_is_tagged_but_does_not_move_the_story():
    text = "The treaty was signed on 4 May 1860, not on 3 May. The next day the envoys left."
    assert _values(text) == [("4 May 1860", "1860-05-04"), ("3 May", "1860-05-03"), ("The next day", "1860-05-05")]


@pytest.mark.parametrize(
    "before, expected",
    [("took power, not on ", True), ("it was never in ", True), ("he did not come until ", False), ("on ", False)],
)
def test_negated_reads_the_words_just_before_a_date(before, expected):
    assert negated(before + "May 3", len(before)) is expected


@pytest.mark.parametrize(
    "name, month, day",
    [("Ides", 3, 15), ("Ides", 10, 15), ("Ides", 1, 13), ("Nones", 7, 7), ("Nones", 2, 5), ("Kalends", 8, 1)],
)
def test_roman_days(name, month, day):
    assert roman_day(name, month) == day


def test_roman_named_days_are_whole_dates():
    text = "The consul fell on the Ides of March, 44 BC. His heir arrived by the Nones of June."
    assert _values(text) == [("the Ides of March, 44 BC", "BC0044-03-15"), ("the Nones of June", "BC0044-06-05")]
    assert _values("The monks sang Nones of the old rite.") == []
