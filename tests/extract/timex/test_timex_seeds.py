"""The acceptance spec: every timex listed in expected.json comes out of its seed exactly."""

from __future__ import annotations

import pytest

from conftest import seed_path
from histdesk.extract.timex import tag


def _occurrence(text: str, needle: str, nth: int) -> int:
    pos = -1
    for _ in range(nth):
        pos = text.index(needle, pos + 1)
    return pos


@pytest.mark.parametrize("prefix", ["004", "000"])
def test_seed_timexes_have_exact_span_type_value_and_mod(prefix, expected):
    text = seed_path(prefix).read_text(encoding="utf-8")
    found = {(t.start, t.end): t for t in tag(text, fallback_year=1924)}
    wanted = [x for x in expected["timexes"] if x["file"] == prefix]
    assert wanted
    for item in wanted:
        start = _occurrence(text, item["text"], item.get("occurrence", 1))
        timex = found.get((start, start + len(item["text"])))
        assert timex is not None, item["text"]
        assert (timex.type, timex.value, timex.mod) == (item["type"], item["value"], item.get("mod")), item


def test_age_is_not_a_timex_and_episode_codes_do_not_crash():
    text = "1924 01 A Title\n\nHe died at the age of 53, in 1924."
    spans = [t.text for t in tag(text)]
    assert "53" not in " ".join(spans)
    assert "1924" in spans
