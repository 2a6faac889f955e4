"""timex-5: temporal words inside proper names (`names.py`) and story anchoring after a
look-back, a dated season and a relative part of day."""

from __future__ import annotations

import pytest

from histdesk.extract.timex import tag
from histdesk.extract.timex.names import EVENT, NOT_TIME, name_kind
from histdesk.extract.timex.patterns import find_candidates

POSTED = "2023-03-20"


def _read(text: str, **kw) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, **kw)]


@pytest.mark.parametrize(
    "text",
    [
        "Sailors from the cruiser fired on the Winter Palace that autumn.",
        "The tsar's family spent the summer at the Summer Palace.",
        "The Long March took the army across the mountains.",
        "In 1918 the Volunteer Army set off on the epic Ice March.",
        "His March to the Sea wrecked the railways of the state.",
        "The Sunday Times printed the letter.",
        "The socialist August Bebel spoke for an hour.",
    ],
)
def test_names_of_places_marches_papers_and_people_are_not_times(text):
    found = [t.text for t in tag(text)]
    assert not any(w in found for w in ("Winter", "the Winter", "Summer", "March", "Sunday", "August"))


@pytest.mark.parametrize(
    "text, timex, value",
    [
        ("After the siege of 1920 the Spring Offensive failed.", "Spring", "1920-SP"),
        ("In 1917 the Bolsheviks led the October Revolution.", "October", "1917-10"),
        ("The army was tested by the Easter Offensive of 1972.", None, None),  # Easter: no rule
        ("Peasants joined the Autumn Harvest Uprising of 1927.", "Autumn", "1927-FA"),
        ("A February Peace Conference of 1861 failed.", "February", "1861-02"),
    ],
)
def test_an_event_named_after_its_time_keeps_the_word_without_the(text, timex, value):
    """TimeML/TIMEX2 gold tags "the <Autumn> Harvest Uprising": the word, not "the"."""
    found = [(t.text, t.value) for t in tag(text) if not t.text.isdigit()]
    assert found == ([] if timex is None else [(timex, value)])


def test_a_month_after_a_preposition_stays_a_month_before_a_name():
    assert _read("In January Soviet troops took Kiev, and by April Lenin was in Moscow.", fallback_year=1918,
                 narrative=True) == [("January", "1918-01"), ("April", "1918-04")]


def test_an_event_name_does_not_move_the_story():
    text = "On 25 October 1917 the cruiser fired. The October Revolution had begun. That evening the palace fell."
    assert _read(text)[-1] == ("That evening", "1917-10-25TEV")


def test_a_capitalised_unit_word_after_a_name_word_is_part_of_the_name():
    assert _read("During the July Days of 1917 the party was outlawed.") == [("July", "1917-07"), ("1917", "1917")]


def test_name_kind_reads_only_single_word_matches():
    text = "the Winter Palace and the Spring Offensive and the winter of 1916"
    assert name_kind(text, 0, 10, "season", {"season": "Winter"}) == NOT_TIME
    kinds = [(text[c.start : c.end], name_kind(text, c.start, c.end, c.rule, c.groups)) for c in find_candidates(text)]
    assert kinds == [("the Spring", EVENT), ("the winter of 1916", None)]


def test_a_look_back_to_the_day_before_does_not_move_the_story():
    text = ("On 25 October 1917 (O.S.) the guards took the bridges. The minister had fled the town the "
            "day before. The leader spoke to the delegates that evening.")
    for kw in ({}, {"dct": POSTED, "narrative": True}, {"narrative": True, "fallback_year": 1917}):
        found = [(t.text, t.value, t.anchor) for t in tag(text, **kw)]
        assert found[1:] == [("the day before", "1917-10-24", "1917-10-25"),
                             ("that evening", "1917-10-25TEV", "1917-10-25")]


@pytest.mark.parametrize("glance", ["the previous week", "the previous month", "two days earlier", "the previous morning"])
def test_other_look_backs_keep_the_storys_day(glance):
    text = f"On 12 June 1920 the army crossed. Scouts had seen the bridge {glance}. The next day it rained."
    assert _read(text)[-1] == ("The next day", "1920-06-13")


def test_within_a_week_and_until_a_day_month_keep_the_story():
    text = "On 25 October 1917 the guards took the bridges. Within a week the fighting reached the old capital, where it lasted until 2 November."
    assert _read(text, dct=POSTED, narrative=True)[1:] == [("a week", "P1W"), ("2 November", "1917-11-02")]


def test_a_dated_season_moves_the_story_forward():
    text = "On 2 November 1917 the fighting ended. In the spring of 1918 the capital moved; on 3 March the treaty was signed."
    assert _read(text)[-1] == ("3 March", "1918-03-03")


def test_a_season_compared_back_does_not_move_the_story():
    text = "Deaths fell in 2008, against a high in summer 2007. By October the mood had changed."
    assert _read(text, narrative=True)[-1] == ("October", "2008-10")


def test_the_following_morning_moves_the_story_to_its_day():
    text = "On the evening of 24 October he crossed the city. The following morning the ministers were arrested, and the congress met that night."
    assert _read(text, fallback_year=1917, narrative=True)[1:] == [
        ("The following morning", "1917-10-25TMO"), ("that night", "1917-10-25TNI")]


def test_over_is_not_a_modifier_of_the_following_days():
    assert _read("Over the following days the garrison joined.", fallback_year=1917, narrative=True) == [
        ("the following days", "PXD")]
    assert tag("over the following days")[0].mod is None


def test_a_date_restated_in_the_other_calendar_does_not_move_the_story():
    text = "The shot came at 9:40 p.m. on 25 October, i.e. 7 November abroad. At 2 a.m. the ministers gave up."
    assert _read(text, fallback_year=1917, narrative=True) == [
        ("9:40 p.m. on 25 October", "1917-10-25T21:40"), ("7 November", "1917-11-07"), ("2 a.m.", "1917-10-25T02:00")]
    text = "The strikes began on 23 February 1917 (8 March). The next day the bakeries were looted."
    assert _read(text)[-1] == ("The next day", "1917-02-24")


def test_every_month_is_a_set():
    assert _read("Each July the veterans marched, and every November the city held a parade.") == [
        ("Each July", "XXXX-07"), ("every November", "XXXX-11")]
    assert {t.type for t in tag("each July and every November")} == {"SET"}
