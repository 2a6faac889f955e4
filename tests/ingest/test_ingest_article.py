"""Reference articles: provenance, caveat, body bounds, bibliography, edition."""

import pytest

from histdesk.ingest.article import parse_article
from histdesk.ingest.decode import sha256

from conftest import seed_path

ARTICLE = """Treaty of Brest-Litovsk

Taken from A Handbook of Eastern Europe (1958). Its figures have not been verified.

Treaty of Brest-Litovsk

a peace treaty signed on March 3, 1918, between Soviet Russia and the Central Powers.

Russia gave up about a third of its population in the western borderlands.

Bibliography:
Wheeler-Bennett, J. W. The Forgotten Peace, 2nd ed. London: Macmillan, 1938, pp. 101–14.
Copyright 1958 Example Press, Third Edition. All rights reserved.
"""


def _parse(text: str):
    return parse_article("a.txt", text, sha256(text.encode()))


def test_own_article():
    doc = _parse(ARTICLE)
    src = doc.source
    assert (src.title, src.work, src.year) == ("Treaty of Brest-Litovsk", "A Handbook of Eastern Europe", 1958)
    assert src.caveat == "Its figures have not been verified."
    assert src.edition == "Third Edition"
    body = doc.text[src.body_start : src.body_end]
    assert body.startswith("a peace treaty") and body.endswith("western borderlands.")
    [entry] = src.bibliography
    assert (entry.author, entry.title, entry.edition, entry.place, entry.year, entry.pages) == (
        "Wheeler-Bennett, J. W.",
        "The Forgotten Peace",
        "2nd ed.",
        "London",
        1938,
        "101–14",
    )


def test_article_without_preamble_has_body_after_title():
    doc = _parse("Title\n\nJust a body paragraph about 1918.\n")
    assert doc.source.work is None and doc.source.caveat is None
    assert doc.text[doc.source.body_start : doc.source.body_end] == "Just a body paragraph about 1918."


def test_seed_article_matches_expected(expected):
    path = seed_path("000")
    data = path.read_bytes()
    doc = parse_article(path.name, data.decode(), sha256(data))
    src, spec = doc.source, expected["source"]
    assert (src.title, src.work, src.edition, src.year, src.caveat) == (
        spec["title"],
        spec["work"],
        spec["edition"],
        spec["year"],
        spec["caveat"],
    )
    assert len(src.bibliography) == len(spec["bibliography"])
    for entry, want in zip(src.bibliography, spec["bibliography"]):
        assert entry.title.startswith(want["title_starts"])
        assert (entry.place, entry.year) == (want["place"], want["year"])
        for key in ("author", "edition", "pages"):
            if key in want:
                assert getattr(entry, key) == want[key]
        if "volumes" in want:
            assert entry.volume == ", ".join(want["volumes"])
    body = doc.text[src.body_start : src.body_end]
    assert body.startswith("the large-scale") and "KPSS" not in body and "©" not in body


def test_other_provenance_wording_and_caveat():
    doc = _parse(
        "Kronstadt\n\nThis article was originally published in Encyclopaedia Britannica, 1922. "
        "Some of its information may be out of date.\n\nKronstadt\n\n"
        "a fortified port on Kotlin island founded in 1703.\n\n"
        "Copyright 1922 Example. All rights reserved.\n"
    )
    src = doc.source
    assert (src.work, src.year) == ("Encyclopaedia Britannica", 1922)
    assert src.caveat == "Some of its information may be out of date."
    assert doc.text[src.body_start : src.body_end] == "a fortified port on Kotlin island founded in 1703."


def _preamble(caveat: str, body: str = "a naval battle fought in 1805 off Cape Trafalgar.") -> str:
    return (
        f"Trafalgar\n\nThe following entry is from A Naval Almanac (1911). {caveat}\n\n"
        f"Trafalgar\n\n{body}\n"
    )


@pytest.mark.parametrize(
    "caveat",
    [
        "It follows the Admiralty reports and may understate the losses of the Spanish squadron.",
        "Its casualty figures might exaggerate the French losses.",
        "Some details can be one-sided.",
        "The account may well be dated in places.",
        "It may omit the part of the smaller ships.",
        "It is written from the British naval point of view.",
        "Its figures have not been independently verified.",
        "The entry should be read with caution.",
        "It could contain errors in the dates.",
        "It reflects the patriotic views of its time.",
        "Parts of it read as wartime propaganda.",
        "It leans on the chroniclers and may repeat their legends.",
        "The author could well reproduce the errors of his informants.",
        "Its narrative may follow the old court bias.",
    ],
)
def test_caveat_cues_after_the_provenance(caveat):
    assert _parse(_preamble(caveat)).source.caveat == caveat


def test_a_hedge_in_the_body_is_not_the_caveat():
    doc = _parse(_preamble("", "Nelson's dispatches may understate the damage to the Victory."))
    assert doc.source.caveat is None
    assert doc.text[doc.source.body_start : doc.source.body_end].startswith("Nelson's dispatches")


def test_a_repeated_exaggeration_in_the_body_is_not_the_caveat():
    doc = _parse(_preamble("", "Later chroniclers may repeat the exaggerations of the sailors."))
    assert doc.source.caveat is None
    assert _parse(_preamble("The chroniclers repeat nothing.")).source.caveat is None


def test_caveat_on_its_own_line_stays_out_of_the_body():
    doc = _parse(
        "Trafalgar\n\nFrom A Naval Almanac (1911).\nIt may be biased towards the Royal Navy.\n\n"
        "a naval battle fought in 1805.\n"
    )
    assert doc.source.caveat == "It may be biased towards the Royal Navy."
    assert doc.text[doc.source.body_start : doc.source.body_end] == "a naval battle fought in 1805."


def test_abbreviated_edition_in_the_copyright_line():
    text = ARTICLE.replace("Copyright 1958 Example Press, Third Edition.", "The Example Atlas, 4th ed. Copyright © 2001.")
    assert _parse(text).source.edition == "4th ed."
