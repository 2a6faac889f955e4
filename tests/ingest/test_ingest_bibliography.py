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


@pytest.mark.parametrize(
    "line, fields",
    [
        (
            "Mattingly, Garrett. The Armada. Boston: Houghton Mifflin, 1959.",
            ("Mattingly, Garrett", "The Armada", None, None, "Boston", 1959, None),
        ),
        (
            "Parker, Geoffrey, and Colin Martin. The Spanish Armada. London: Hamilton, 1988, pp. 10–12.",
            ("Parker, Geoffrey, and Colin Martin", "The Spanish Armada", None, None, "London", 1988, "10–12"),
        ),
        (
            "Rodger, N. A. M., and J. Smith. The Safeguard of the Sea. London, 1997.",
            ("Rodger, N. A. M., and J. Smith", "The Safeguard of the Sea", None, None, "London", 1997, None),
        ),
        (
            "Corbett, Julian S. Drake and the Tudor Navy. 2nd ed. Vol. 2. London: Longmans, 1899.",
            ("Corbett, Julian S.", "Drake and the Tudor Navy", "2nd ed.", "2", "London", 1899, None),
        ),
        (
            "van Meteren, Emanuel. Historie der Nederlanden: Book Three. Delft, 1599.",
            ("van Meteren, Emanuel", "Historie der Nederlanden: Book Three", None, None, "Delft", 1599, None),
        ),
    ],
)
def test_chicago_style_entries(line, fields):
    e = parse_entry(line)
    assert (e.author, e.title, e.edition, e.volume, e.place, e.year, e.pages) == fields


def test_full_given_name_alone_does_not_make_prose_bibliographic():
    assert is_bibliographic("Calais, France. The garrison held out for four days.") is False


def test_ancient_author_by_single_name_or_praenomen_when_a_title_follows():
    entry = parse_entry("Livius. Ab Urbe Condita. Trans. B. O. Foster. London, 1919.")
    assert (entry.author, entry.title, entry.place, entry.year) == ("Livius", "Ab Urbe Condita", "London", 1919)
    entry = parse_entry("Naso, P. Ovidius. The Fasti. Trans. J. G. Frazer. London, 1931.")
    assert (entry.author, entry.title) == ("Naso, P. Ovidius", "The Fasti")


def test_no_single_name_or_praenomen_author_when_no_title_would_remain():
    entry = parse_entry("Marengo. Paris, 1902.")
    assert (entry.author, entry.title) == (None, "Marengo")
    entry = parse_entry("Hale, R. Marengo. Paris, 1902.")
    assert (entry.author, entry.title) == ("Hale, R.", "Marengo")


def test_journal_year_wins_over_a_year_in_the_quoted_title():
    entry = parse_entry('Ivanov, P. P. "Kronshtadt 1921 g." Voprosy istorii, 1991, no. 4, pp. 3–17.')
    assert (entry.author, entry.year, entry.pages) == ("Ivanov, P. P.", 1991, "3–17")
    curly = parse_entry("Ivanov, P. P. “Kronshtadt 1921 g.” Voprosy istorii, 1991, no. 4.")
    assert curly.year == 1991


def test_volume_range_is_kept():
    entry = parse_entry("Petrov, A. A. Istoriia flota, vols. 2–4. Leningrad, 1961–66.")
    assert (entry.volume, entry.place, entry.year) == ("2–4", "Leningrad", 1961)
