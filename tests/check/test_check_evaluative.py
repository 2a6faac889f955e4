from viewbuilder import source, view

from histdesk.check.evaluative import check_evaluative, evaluative_cues

ARTICLE = (
    "The Great Northern Almanac lists the fleet. The fleet sailed in 1905. "
    "Its return attested to the immense authority of the admiralty. "
    "Discipline was greatly improved; the heroic crews won."
)


def test_fires_on_judging_sentences_only():
    doc, src = source(ARTICLE, "Almanac")
    found = check_evaluative(view(doc, sources=[src]))
    assert [f.evidence[0].quote for f in found] == [
        "Its return attested to the immense authority of the admiralty.",
        "Discipline was greatly improved; the heroic crews won.",
    ]
    assert found[0].code == "source.evaluative"
    assert found[0].data["cues"] == ["attested to", "immense authority"]
    assert found[1].evidence[0].label == "Almanac"


def test_quiet_on_titles_and_plain_reports():
    assert evaluative_cues("The Great Northern Almanac lists the fleet.") == []
    assert evaluative_cues("The fleet sailed in 1905 with 40 ships.") == []
    doc, src = source("The fleet sailed in 1905.", "Almanac")
    assert check_evaluative(view(doc, sources=[src])) == []
