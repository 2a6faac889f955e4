"""Ranges of months (timex-6): one interval with `ranges=True`, two ends otherwise."""

from __future__ import annotations

import pytest

from histdesk.extract.timex import tag


def _all(text: str, **kw) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, **kw)]


@pytest.mark.parametrize("dash", ["–", "-", " to "])
def test_a_month_range_shares_the_year_written_last(dash):
    text = f"The campaign (May{dash}August 1870) was short."
    assert _all(text) == [(f"May{dash}August 1870", "1870-05/1870-08")]
    assert _all(text, ranges=False) == [("May", "1870-05"), ("August 1870", "1870-08")]


def test_a_month_range_over_new_year_starts_the_year_before():
    assert _all("The blockade (December–March 1871) starved the city.") == [
        ("December–March 1871", "1870-12/1871-03")]


def test_a_year_less_month_range_takes_the_storys_year():
    assert _all("The fair was held May to June.", fallback_year=1867) == [("May to June", "1867-05/1867-06")]
