import pytest

from histdesk.errors import InputError
from histdesk.model import Entity, Judgement
from store_samples import ws, docs  # noqa: F401 (fixtures)

RULE = Judgement("Krupska", "Krupskaya", "same", "rule:spelling", "edit distance 2")
USER = Judgement("Krupskaya", "Krupska", "different", "user:ann", "two people")


def test_user_judgement_overrides_rule_and_keeps_history(ws):
    ws.save_entities([], [RULE])
    assert ws.judgements() == [RULE]
    ws.add_judgement(USER)
    assert ws.judgements() == [USER]
    ws.save_entities([], [RULE])  # a later rule run does not undo the user
    assert ws.judgements() == [USER]
    assert ws.judgements(history=True) == [USER, RULE]


def test_latest_user_judgement_wins(ws):
    ws.add_judgement(USER)
    later = Judgement("Krupska", "Krupskaya", "same", "user:bo")
    ws.add_judgement(later)
    assert ws.judgements() == [later]
    assert len(ws.judgements(history=True)) == 2


def test_save_entities_replaces_rule_clustering(ws, docs):
    parsed, extraction = docs.thread()
    ws.save_document(parsed, "1926 03", extraction)
    mentions = ws.all_mentions()
    ws.save_entities([Entity(7, "Hull", "GPE", tuple(mentions))], [RULE])
    assert {m.entity for m in ws.all_mentions()} == {7}
    hale = tuple(m for m in mentions if "Hale" in m.text)
    ws.save_entities([Entity(3, "Mary Hale", "PERSON", hale)], [])
    assert [(e.id, e.name, len(e.mentions)) for e in ws.entities()] == [(3, "Mary Hale", 2)]
    assert [m.entity for m in ws.all_mentions()] == [None, 3, 3]
    assert ws.judgements() == []


def test_bad_judgement_is_an_input_error(ws):
    with pytest.raises(InputError, match="unknown verdict 'maybe'; use one of: same"):
        ws.add_judgement(Judgement("a", "b", "maybe", "user:ann"))
    with pytest.raises(InputError, match="two non-empty names"):
        ws.add_judgement(Judgement(" ", "b", "same", "user:ann"))
    assert ws.judgements(history=True) == []


def test_failed_save_entities_keeps_the_old_clustering(ws, docs):
    parsed, extraction = docs.thread()
    ws.save_document(parsed, "1926 03", extraction)
    mentions = tuple(ws.all_mentions())
    ws.save_entities([Entity(1, "Hull", "GPE", mentions[:1])], [RULE])
    with pytest.raises(Exception):
        ws.save_entities([Entity(2, "A", "PERSON"), Entity(2, "B", "PERSON")], [])
    assert [e.id for e in ws.entities()] == [1]
    assert ws.judgements() == [RULE]
