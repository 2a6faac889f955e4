"""Narrative rules added in timex-2: target years do not move the story, bare years do,
winters that run into the next year, ordinal days, three-digit years, TimeML decades."""

from __future__ import annotations

from histdesk.extract.timex import tag


def _values(text: str, **kw) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, ranges=False, **kw)]


def test_a_target_date_does_not_move_the_story():
    text = ("The siege began on 3 May 1862, a campaign that lasted until the armistice in April 1864. "
            "By the end of June, the town had fallen.")
    assert _values(text)[-1] == ("the end of June", "1862-06")


def test_a_bare_year_heading_beats_the_last_month_precise_date():
    text = "Talks failed on 30 April 1871.\n\n1872: A new treaty\n\nOn January 31, envoys met."
    assert _values(text)[-1] == ("January 31", "1872-01-31")


def test_the_winter_after_an_autumn_date_runs_into_the_next_year():
    text = "The army reached the river on 2 November 1812. The winter destroyed it."
    assert _values(text)[-1] == ("The winter", "1813-WI")


def test_a_winter_spanning_two_years_keeps_the_first():
    assert _values("Food ran out during the winter of 1916-17.") == [("the winter of 1916-17", "1916-WI")]


def test_ordinal_days_count_from_the_story_date():
    text = "The battle opened on 1 July 1916. On the second day the rain came."
    assert _values(text)[-1] == ("the second day", "1916-07-02")


def test_three_digit_years_after_a_preposition():
    assert _values("The abbey was founded in 843, and burned in 911.") == [("843", "0843"), ("911", "0911")]
    assert tag("He led a force of 300, mostly archers.") == []


def test_decades_follow_the_timeml_flag():
    assert _values("It peaked in the 1880s.") == [("the 1880s", "188X")]
    assert _values("It peaked in the 1880s.", timeml=True) == [("the 1880s", "188")]
