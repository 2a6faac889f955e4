"""Bibliography lines told from prose by general patterns, and parsed into fields."""

import pytest

from histdesk.ingest.bibliography import is_bibliographic, parse_entry


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Pipes, R. The Russian Revolution. New York: Knopf, 1990.", True),
        ("Istoriia SSSR, vol. 7. Moscow, 1967.", True),
        ("Figes, O. A People's Tragedy, pp. 760–62.", True),
        ("Bibliography", True),
        ("The plenum met in Moscow, 1924 was a busy year.", False),
        ("He arrived in the city and spoke to the crowd at length.", False),
    ],
)
def test_is_bibliographic(line, expected):
    assert is_bibliographic(line) is expected


def test_several_volumes_become_one_field():
    entry = parse_entry("Sochineniia, 4th ed., vol. 5. Moscow, 1947. Vol. 6: Moscow, 1947.")
    assert (entry.volume, entry.edition, entry.place, entry.year) == ("5, 6", "4th ed.", "Moscow", 1947)
    assert entry.title == "Sochineniia"


def test_abbreviation_keeps_its_period():
    entry = parse_entry("Pukhov, A. S. Kronshtadtskii miatezh 1921 g. Leningrad, 1931.")
    assert (entry.author, entry.title, entry.place, entry.year) == (
        "Pukhov, A. S.",
        "Kronshtadtskii miatezh 1921 g.",
        "Leningrad",
        1931,
    )


def test_heading_is_not_an_entry():
    assert parse_entry("References:") is None
