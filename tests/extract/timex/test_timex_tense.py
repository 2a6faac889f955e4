"""timex-6: a date named in retrospect does not become the story's time (`tense.retrospective`,
`tense.opens_sentence`), while a year that leads its sentence or a heading still moves it."""

from __future__ import annotations

import pytest

from histdesk.extract.timex import tag
from histdesk.extract.timex.tense import opens_sentence, retrospective


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, ranges=False)]


@pytest.mark.parametrize(
    "text, year, bare, expected",
    [
        ("the delegates sat where the Prussians had waited in 1871", "1871", True, True),
        ("the envoys had been received on 2 May 1871", "2 May 1871", False, True),
        ("a border unchanged since 1871", "1871", True, True),
        ("the same terms as in 1871", "1871", True, True),
        ("they spoke of the 1871 treaty with bitterness", "1871", True, True),
        ("the treaty of the year 1871 was signed", "1871", True, False),
        ("the envoys met in 1871 at Frankfurt", "1871", True, False),
        ("the envoys met on 2 May 1871", "2 May 1871", False, False),
    ],
)
def test_retrospective_cues(text, year, bare, expected):
    start = text.index(year)
    assert retrospective(text, start, start + len(year), bare) is expected


def test_opening_years_narrate_forward():
    text = "Peace came. In 1871, the envoys met.\n1872: a new treaty"
    assert opens_sentence(text, text.index("1871"))
    assert opens_sentence(text, text.index("1872"))
    assert not opens_sentence("the envoys met in 1871", len("the envoys met in "))


def test_a_year_in_passing_does_not_re_anchor_later_days():
    text = ("The envoys signed on 10 May 1871, in the hall used in 1815, and the terms applied "
            "from 20 May.")
    assert _values(text)[-1] == ("20 May", "1871-05-20")


def test_a_past_perfect_date_is_a_flashback():
    text = ("On 9 May 1871 the envoys arrived where the kings had met on 9 June 1815. "
            "The treaty was signed on the evening of 10 May.")
    assert _values(text)[-1] == ("the evening of 10 May", "1871-05-10TEV")


@pytest.mark.parametrize("aside", ["as in 1815", "kept there since 1815", "unlike the 1815 settlement"])
def test_retrospective_bare_years(aside):
    text = f"The envoys met on 9 May 1871, {aside}, and signed on 10 May."
    assert _values(text)[-1] == ("10 May", "1871-05-10")


def test_a_sentence_initial_year_still_moves_the_story():
    text = "The envoys met on 9 May 1871. In 1815, the kings had met on 9 June. On 10 June they left."
    assert _values(text)[-1] == ("10 June", "1815-06-10")


def test_that_year_after_a_year_in_passing_means_that_year():
    text = "Talks stalled on 11 May 1871, as they had by 1869. In August of that year the envoys left."
    assert _values(text)[-1] == ("August of that year", "1869-08")
