"""timex-4: a dated narrative (`tag(text, dct, narrative=True)`, a forum post telling an
older story) reads deixis against the post's date and anaphora against the story's date."""

from __future__ import annotations

import pytest

from histdesk.extract.timex import tag

POSTED = "2023-03-20"  # a Monday


def _read(text: str, **kw) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.anchor) for t in tag(text, POSTED, narrative=True, **kw)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Today I opened the box of letters.", "2023-03-20"),
        ("Yesterday my aunt sent the photographs.", "2023-03-19"),
        ("Tomorrow I will scan the rest.", "2023-03-21"),
        ("Tonight I will scan the rest.", "2023-03-20TNI"),
        ("Last week the county archive answered.", "2023-W11"),
        ("I will visit the archive next week.", "2023-W13"),
        ("The parish office replied this month.", "2023-03"),
        ("Last year I found his medal.", "2022"),
        ("This spring I hope to see the grave.", "2023-SP"),
        ("Three weeks ago the register arrived.", "2023-W09"),
        ("I ordered the file two days ago.", "2023-03-18"),
        ("Earlier this month the parish replied.", "2023-03"),
        ("Last March the parish replied.", "2022-03"),
        ("I called them last Tuesday.", "2023-03-14"),
        ("Currently I am transcribing the diary.", "PRESENT_REF"),
        ("I recently found a second diary.", "PAST_REF"),
        ("Over the past few days I read it all.", "PXD"),
    ],
)
def test_deixis_speaks_of_the_posting_date_after_a_story_date(text, value):
    found = _read("The family left Cork in 1921. " + text)
    assert found[0] == ("1921", "1921", None)
    assert found[1][1:] == (value, POSTED)


def test_deixis_does_not_move_the_story():
    text = "In 1921 the mill closed. Yesterday I found its ledger. That spring the strikers met."
    assert _read(text)[1:] == [("Yesterday", "2023-03-19", POSTED), ("That spring", "1921-SP", "1921")]


def test_anaphora_follows_the_story_although_the_post_says_today():
    text = ("Today I want to share what I found. In 1921 the family moved north. That spring the "
            "mill closed, and on March 3 the strike began. Two days later it collapsed; the "
            "following day the men went back. The same year the family sailed, in the autumn.")
    assert _read(text) == [
        ("Today", "2023-03-20", POSTED), ("1921", "1921", None), ("That spring", "1921-SP", "1921"),
        ("March 3", "1921-03-03", "1921"), ("Two days later", "1921-03-05", "1921-03-03"),
        ("the following day", "1921-03-06", "1921-03-05"), ("The same year", "1921", "1921-03-06"),
        ("the autumn", "1921-FA", "1921"),
    ]


def test_before_any_story_date_anaphora_uses_the_fallback_year_else_the_dct():
    text = "That spring the mill closed. On March 3 the strike began."
    assert _read(text, fallback_year=1919) == [("That spring", "1919-SP", "1919"), ("March 3", "1919-03-03", "1919")]
    assert _read(text) == [("That spring", "2023-SP", POSTED), ("March 3", "2023-03-03", POSTED)]


def test_story_weekdays_and_quoted_years_stay_with_the_story():
    text = "On 4 July 1921 the men marched. The following Friday they struck, and later that year they won."
    assert _read(text)[1:] == [
        ("The following Friday", "1921-07-08", "1921-07-04"), ("later that year", "1921", "1921-07-08"),
    ]


def test_the_last_days_of_a_story_are_the_storys():
    text = "The siege began on 2 May 1921. The last three days of the siege were the worst."
    assert [t.value for t in tag(text, POSTED, narrative=True)] == ["1921-05-02", "P3D"]
    assert tag(text, POSTED, narrative=True)[1].anchor is None


def test_auto_news_and_undated_narrative_modes_are_unchanged():
    text = "I read today that in 1921 the family moved. That spring the mill closed, and yesterday I found more."
    auto = [(t.text, t.value, t.anchor) for t in tag(text, POSTED)]
    assert auto == [("today", "2023-03-20", POSTED), ("1921", "1921", None), ("That spring", "2023-SP", None),
                    ("yesterday", "2023-03-19", POSTED)]
    assert tag(text, POSTED, narrative=False) == tag(text, POSTED)
    story = [(t.text, t.value, t.anchor) for t in tag(text, narrative=True)]
    assert story == [("today", "PRESENT_REF", None), ("1921", "1921", None), ("That spring", "1921-SP", None),
                     ("yesterday", "XXXX-XX-XX", "1921")]


@pytest.mark.parametrize(
    "phrase, value, anchor",
    [
        ("Overnight the river rose.", "1921-07-04TNI", "1921-07-04"),
        ("That night they camped.", "1921-07-04TNI", "1921-07-04"),
        ("The next day they camped.", "1921-07-05", "1921-07-04"),
        ("At 5 p.m. yesterday I posted the map.", "2023-03-19T17:00", POSTED),
        ("March 3 of last year I saw the map.", "2022-03-03", POSTED),
        ("The past winter I read the map.", "2022-WI", POSTED),
        ("Years ago I read the map.", "PAST_REF", POSTED),
    ],
)
def test_the_words_decide_whose_time_a_phrase_speaks_of(phrase, value, anchor):
    assert _read("On 4 July 1921 the men marched. " + phrase)[1][1:] == (value, anchor)


def test_a_bare_weekday_in_a_post_is_the_posts_week():
    assert _read("We taped the episode on Saturday.", fallback_year=1921) == [("Saturday", "2023-03-18", POSTED)]


def test_a_weekday_right_after_a_story_day_is_the_storys():
    text = "The strike began on 4 July 1921 (a Monday). On Thursday the mills closed."
    assert _read(text)[-1] == ("Thursday", "1921-07-07", "1921-07-04")


def test_years_ago_today_is_the_posts_day_years_back():
    assert _read("Ninety years ago today the mill burned.", fallback_year=1933) == [
        ("Ninety years ago today", "1933-03-20", POSTED)]
    assert [(t.text, t.value) for t in tag("Ten years ago today we met.", POSTED)] == [
        ("Ten years ago today", "2013-03-20")]
