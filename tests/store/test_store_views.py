from dataclasses import replace

from histdesk.model import Entity, Judgement
from store_samples import ws, docs  # noqa: F401 (fixtures)

CODE = "1926 03"


def _save_both(ws, docs) -> tuple[int, int]:
    parsed, extraction = docs.thread()
    article, article_ex = docs.article()
    return (ws.save_document(parsed, CODE, extraction),
            ws.save_document(article, CODE, article_ex))


def test_episode_view_round_trips_hand_built_objects(ws, docs):
    parsed, extraction = docs.thread()
    article, article_ex = docs.article()
    thread_id, article_id = _save_both(ws, docs)
    view = ws.episode_view(CODE)
    assert view.episode == ws.get_episode(CODE)
    assert [d.id for d in view.documents] == [thread_id, article_id]
    assert view.documents[0].text == parsed.text and view.documents[0].episode == CODE
    assert [(d, replace(p, id=None)) for d, p in view.posts] == [
        (thread_id, p) for p in parsed.posts]
    assert all(p.id is not None for _d, p in view.posts)
    ((doc, source),) = view.sources
    assert doc == article_id and replace(source, id=None) == article.source
    expected = [replace(t, start=t.start + off, end=t.end + off, document=thread_id)
                for off, ex in extraction.segments for t in ex.timexes]
    assert [t for t in view.timexes if t.document == thread_id] == expected
    texts = {d.id: d.text for d in view.documents}
    for item in (*view.timexes, *view.figures, *view.mentions, *view.events):
        assert texts[item.document][item.start:item.end] == item.text


def test_events_keep_their_timex_and_mentions(ws, docs):
    thread_id, _ = _save_both(ws, docs)
    event = next(e for e in ws.episode_view(CODE).events if e.document == thread_id)
    assert event.date == "1926-03-03" and event.timex.text == "March 3, 1926"
    assert [m.text for m in event.mentions] == ["Hull", "Mary Hale"]
    assert ws.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 4


def test_view_entities_and_judgements(ws, docs):
    _save_both(ws, docs)
    hale = [m for m in ws.all_mentions() if "Hale" in m.text]
    hull = [m for m in ws.all_mentions() if m.text == "Hull"]
    ws.save_entities(
        [Entity(1, "Mary Hale", "PERSON", tuple(hale), aliases=("Hale",)),
         Entity(2, "Hull", "GPE", tuple(hull))],
        [Judgement("Hale", "Mary Hale", "same", "rule:surname"),
         Judgement("Paris", "Lyon", "different", "rule:other")])
    view = ws.episode_view(CODE)
    assert [(e.id, len(e.mentions)) for e in view.entities] == [(1, 2), (2, 2)]
    assert {m.entity for m in view.mentions} == {1, 2}
    event = view.events[0]
    assert [m.entity for m in event.mentions] == [2, 1]
    assert view.judgements == (Judgement("Hale", "Mary Hale", "same", "rule:surname"),)
    rows = ws.conn.execute("SELECT DISTINCT entity FROM event_entities ORDER BY entity")
    assert [r[0] for r in rows] == [1, 2]


def test_view_of_an_empty_episode(ws):
    view = ws.episode_view(CODE)
    assert view.documents == () and view.entities == () and view.mentions == ()


def test_a_stored_view_exports_with_store_ids(ws, docs):
    import json

    from histdesk.report.export import export_workspace

    thread_id, article_id = _save_both(ws, docs)
    view = ws.episode_view(CODE)
    out = json.loads(json.dumps(export_workspace([view])))
    post_ids = [r[0] for r in ws.conn.execute("SELECT id FROM posts ORDER BY id")]
    assert [p["id"] for p in out["posts"]] == post_ids
    assert [s["document"] for s in out["sources"]] == [article_id]
    assert {t["document"] for t in out["timexes"]} == {thread_id, article_id}
