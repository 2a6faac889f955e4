from datetime import date

import pytest

from histdesk.check.timevalue import EARLIEST_DAY, LATEST_DAY, DateRange, day_number, parse_value, parse_window


def days(first: date, last: date) -> DateRange:
    return DateRange(first.toordinal(), last.toordinal())


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("1925", date(1925, 1, 1), date(1925, 12, 31)),
        ("1924-05", date(1924, 5, 1), date(1924, 5, 31)),
        ("1924-02", date(1924, 2, 1), date(1924, 2, 29)),
        ("1924-01-21", date(1924, 1, 21), date(1924, 1, 21)),
        ("1924-01-21T10:30", date(1924, 1, 21), date(1924, 1, 21)),
        ("1925-12-18/1925-12-31", date(1925, 12, 18), date(1925, 12, 31)),
        ("1924-01/1924-03", date(1924, 1, 1), date(1924, 3, 31)),
        ("192X", date(1920, 1, 1), date(1929, 12, 31)),
        ("192", date(1920, 1, 1), date(1929, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),
        ("19XX", date(1900, 1, 1), date(1999, 12, 31)),
        ("1924-SU", date(1924, 6, 1), date(1924, 8, 31)),
        ("1924-WI", date(1924, 12, 1), date(1925, 2, 28)),
        ("1924-Q2", date(1924, 4, 1), date(1924, 6, 30)),
        ("1924-H2", date(1924, 7, 1), date(1924, 12, 31)),
        ("1924-W01", date(1923, 12, 31), date(1924, 1, 6)),
        ("1924-W01-WE", date(1924, 1, 5), date(1924, 1, 6)),
    ],
)
def test_values_become_day_ranges(value, first, last):
    assert parse_value(value) == days(first, last)


@pytest.mark.parametrize("value", ["XXXX-05", "XXXX", "PRESENT_REF", "PAST_REF", "P4D", "", "1924-02-30",
                                   "1925/1924", "0000", "nonsense", "BC0000", "BC0049-02-30",
                                   "BC0049-13", "BCX"])
def test_unplaceable_values_are_none(value):
    assert parse_value(value) is None


def test_mods_open_the_range_only_for_before_and_after():
    assert parse_value("1923", "END") == parse_value("1923")
    assert parse_value("1923", "BEFORE").latest == date(1922, 12, 31).toordinal()
    assert parse_value("1923", "AFTER").earliest == date(1924, 1, 1).toordinal()
    assert parse_value("1923", "ON_OR_AFTER").earliest == date(1923, 1, 1).toordinal()


def test_window_and_overlap():
    window = parse_window(("1924-01-01", "1924-12-31"))
    assert parse_value("1924-05").overlaps(window)
    assert parse_value("1923/1925").overlaps(window)
    assert not parse_value("1925").overlaps(window)
    assert parse_window(("", "")) is None
    assert parse_window(("1925-01-01", "1924-01-01")) is None


def test_open_ranges_stop_at_the_ends_of_the_calendar():
    assert parse_value("0001-01-01", "BEFORE") == DateRange(EARLIEST_DAY, date.min.toordinal() - 1)
    assert parse_value("9999-12-31", "AFTER") == DateRange(LATEST_DAY, LATEST_DAY)
    assert parse_value("BC9999-01-01", "BEFORE") == DateRange(EARLIEST_DAY, EARLIEST_DAY)


def test_day_numbers_run_on_through_bc():
    assert day_number(1924, 1, 21) == date(1924, 1, 21).toordinal()
    assert day_number(1, 1, 1) - day_number(0, 12, 31) == 1  # 1 BC is year 0
    assert day_number(0, 12, 31) - day_number(0, 1, 1) == 365  # 1 BC is a leap year
    assert day_number(-48, 1, 1) < day_number(-43, 3, 15) < day_number(44, 1, 1)


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("BC0044-03-15", (-43, 3, 15), (-43, 3, 15)),
        ("BC0044-03-15T12:00", (-43, 3, 15), (-43, 3, 15)),
        ("-0043-03-15", (-43, 3, 15), (-43, 3, 15)),
        ("BC0049-02", (-48, 2, 1), (-48, 2, 29)),
        ("BC0049", (-48, 1, 1), (-48, 12, 31)),
        ("BC0049-SU", (-48, 6, 1), (-48, 8, 31)),
        ("BC004", (-48, 1, 1), (-39, 12, 31)),
        ("BC004X", (-48, 1, 1), (-39, 12, 31)),
        ("BC00", (-99, 1, 1), (0, 12, 31)),
        ("BC04", (-499, 1, 1), (-400, 12, 31)),
        ("BC0049/0014", (-48, 1, 1), (14, 12, 31)),
    ],
)
def test_bc_values_sit_on_the_astronomical_axis(value, first, last):
    assert parse_value(value) == DateRange(day_number(*first), day_number(*last))


def test_bc_window_compares_with_bc_and_ad_dates():
    window = parse_window(("BC0049-01-01", "BC0049-12-31"))
    assert parse_value("BC0049-01-10").overlaps(window)
    assert parse_value("BC00").overlaps(window)
    assert not parse_value("BC0044-03-15").overlaps(window)
    assert not parse_value("BC0050").overlaps(window)
    assert not parse_value("0049").overlaps(window)
    assert parse_value("BC0045", "BEFORE").overlaps(window)
    assert parse_window(("BC0049-12-31", "BC0049-01-01")) is None
