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


def test_appraisal_lexicon_and_verdict_frames():
    assert evaluative_cues("The famine vividly proved the bankruptcy of the old regime.") == [
        "proved the bankruptcy"
    ]
    assert evaluative_cues("The war greatly exacerbated the contradictions of imperialism.") == [
        "greatly exacerbated", "the contradictions of imperialism"
    ]
    assert evaluative_cues("The reactionary press hailed the aggressive bloc.") == ["reactionary", "aggressive"]
    assert evaluative_cues("It showed once again the complete superiority of the planned economy.") == [
        "showed once again the complete superiority"
    ]
    assert evaluative_cues("The peace-loving peoples resisted shamelessly imperialist plans.") == [
        "peace-loving", "shamelessly", "imperialist"
    ]


def test_measure_phrases_and_neutral_uses_stay_quiet():
    assert evaluative_cues("The council noted the great political importance of the harbour.") == []
    assert evaluative_cues("The railway was of great significance for trade.") == []
    assert evaluative_cues("A progressive income tax was introduced in 1913.") == []
    assert evaluative_cues("Prices fell sharply and the survey showed the harvest in 1921.") == []
    assert evaluative_cues("The great majority of the delegates voted.") == []
    assert evaluative_cues("It was the great turning point of the war.") == ["the great"]
