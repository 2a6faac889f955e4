"""timex-8: ordinal weeks of a year or a month (`weeks.py`)."""

from histdesk.extract.timex import tag


def _one(text, dct=None, **kw):
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct, **kw)]


def test_week_of_a_year_is_that_iso_week():
    assert _one("The strike ended in the third week of 1926.") == [("the third week of 1926", "DATE", "1926-W03", None)]


def test_week_of_a_month_is_the_iso_week_of_its_first_day():
    # 1 March 1931 is a Sunday (ISO week 9); the second week holds 8 March (week 10)
    assert _one("Talks opened in the first week of March 1931.")[0][2] == "1931-W09"
    assert _one("Talks opened in the second week of March 1931.")[0][2] == "1931-W10"


def test_last_week_of_a_month_takes_its_last_day_and_story_year():
    found = _one("In 1931 the talks began; in the last week of June they broke down.")
    assert found[-1] == ("the last week of June", "DATE", "1931-W26", None)


def test_a_week_past_the_month_is_no_week():
    assert not any(t[2].startswith("1923-W") for t in _one("It rained in the fifth week of February 1923."))
