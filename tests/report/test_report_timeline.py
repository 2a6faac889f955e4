import pytest

from histdesk.report.timeline import sort_key, span


@pytest.mark.parametrize("value, expected", [
    ("1925", (1925.0, 1926.0)),
    ("1924-07", (1924.5, 1924 + 7 / 12)),
    ("192X", (1920.0, 1930.0)),
    ("1924-SU", (1924 + 5 / 12, 1924 + 8 / 12)),
    ("1924-WI", (1924 + 11 / 12, 1925 + 2 / 12)),
    ("1924-Q2", (1924.25, 1924.5)),
    ("1940-H2", (1940.5, 1941.0)),
    ("1940-W25", (1940 + 168 / 366, 1940 + 175 / 366)),  # Monday 17 June 1940, day 169
    ("1924-01/1925", (1924.0, 1926.0)),
])
def test_span_in_decimal_years(value, expected):
    assert span(value) == pytest.approx(expected)


@pytest.mark.parametrize("value", ["XXXX-05", "PRESENT_REF", "P4D", "1924-13", "1924-02-30", "1926/1924",
                                   "1924-W60"])
def test_unplaceable(value):
    assert span(value) is None


def test_sort_oldest_first_by_start_unplaceable_last():
    values = ["1925", "XXXX", "1924-05", "1924", "1923-12-31", "1924-01-21"]
    assert sorted(values, key=sort_key) == ["1923-12-31", "1924", "1924-01-21", "1924-05", "1925", "XXXX"]


def test_bc_values_sort_oldest_first():
    from histdesk.report.timeline import sort_key, span

    values = ["BC0027", "BC0044-03-15", "BC0049-01-10", "BC0100", "0014"]
    assert sorted(values, key=sort_key) == ["BC0100", "BC0049-01-10", "BC0044-03-15", "BC0027", "0014"]
    assert span("BC0044") == (-43.0, -42.0)
