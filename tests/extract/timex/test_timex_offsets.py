"""timex-9: clock offsets on noon/midnight with a date, named count compounds, vague shifts."""

from histdesk.extract.timex import TAGGER_VERSION, tag


def _by_text(text: str, **kw) -> dict[str, tuple[str, str, str | None]]:
    return {t.text: (t.type, t.value, t.anchor) for t in tag(text, **kw)}


def test_version_is_bumped():
    assert TAGGER_VERSION == "timex-10"


def test_minutes_after_midnight_on_a_date_is_one_time_on_that_date():
    text = "The truce was signed on 2 March 1921. The guns fell silent at five minutes after midnight on 9 March 1921."
    found = _by_text(text, narrative=True)
    assert found["five minutes after midnight on 9 March 1921"][:2] == ("TIME", "1921-03-09T00:05")
    assert "midnight" not in found


def test_midnight_on_a_date_is_that_days_start_and_moves_the_story():
    found = _by_text("In 1921 the gates opened at midnight on 4 June. The following day was calm.", narrative=True)
    assert found["midnight on 4 June"][:2] == ("TIME", "1921-06-04T00:00")
    assert found["The following day"][1] == "1921-06-05"


def test_noon_on_an_ordinal_of_month_and_minutes_to_midnight():
    found = _by_text("On 3 May 1921 we met at noon on the 6th of May. Ten minutes to midnight the last train left.", narrative=True)
    assert found["noon on the 6th of May"][1] == "1921-05-06T12:00"
    assert found["Ten minutes to midnight"][1] == "1921-05-06T23:50"


def test_bare_midnight_keeps_timeml_end_of_day():
    found = _by_text("On 3 May 1921 the order came at midnight.", narrative=True)
    assert found["midnight"][1] == "1921-05-03T24:00"


def test_capitalised_count_compound_before_a_name_is_no_duration():
    text = "In 1933 the Second Seven-Year Programme began, while a seven-year programme was proposed."
    found = _by_text(text, narrative=True)
    assert not any("Seven-Year" in key for key in found)
    assert found["seven-year"][:2] == ("DURATION", "P7Y")


def test_vague_shift_later_is_future_ref_anchored_on_the_story_date():
    found = _by_text("The siege began on 8 August 1921. A few days later the town fell. In 1922 it rained.", narrative=True)
    assert found["A few days later"] == ("DATE", "FUTURE_REF", "1921-08-08")
