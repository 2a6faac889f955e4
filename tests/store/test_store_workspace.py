import pytest

from histdesk.errors import InputError, UnknownEpisodeError
from histdesk.model import Episode, Extraction, Timex
from histdesk.store import DocumentExtraction
from store_samples import ws, docs  # noqa: F401 (fixtures)

CODE = "1926 03"


def _count(ws, table: str) -> int:
    return ws.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_episode_round_trip_and_status_history(ws):
    assert ws.get_episode(CODE) == Episode(CODE, "The Dock Strike", ("Ann", "Bo"), "Planned",
                                           ("1926-01-01", "1926-12-31"))
    new = ws.update_episode(CODE, status="Recorded", window=("1926-03-01", "1926-05-31"),
                            by="rule:status")
    assert ws.get_episode(CODE) == new
    assert new.window == ("1926-03-01", "1926-05-31") and new.title == "The Dock Strike"
    history = ws.status_history(CODE)
    assert [(s, by) for s, _at, by in history] == [("Planned", "user"), ("Recorded", "rule:status")]


def test_adding_an_existing_episode_names_the_fix(ws):
    with pytest.raises(InputError) as err:
        ws.add_episode(Episode(CODE, "Again"))
    assert str(err.value) == (
        "episode '1926 03' already exists; change it with: histdesk episode set \"1926 03\"")
    assert ws.get_episode(CODE).title == "The Dock Strike"


def test_unknown_episode_and_status(ws):
    with pytest.raises(UnknownEpisodeError):
        ws.get_episode("1999 01")
    with pytest.raises(UnknownEpisodeError):
        ws.update_episode("1999 01", title="x")
    with pytest.raises(InputError, match="unknown status 'Done'; use one of: Planned"):
        ws.update_episode(CODE, status="Done")
    assert ws.list_episodes() == [ws.get_episode(CODE)]


def test_save_document_stores_everything_in_document_offsets(ws, docs):
    parsed, extraction = docs.thread()
    doc_id = ws.save_document(parsed, CODE, extraction)
    assert ws.has_document(parsed.sha256) == doc_id
    assert ws.texts() == {doc_id: parsed.text}
    text = parsed.text
    for m in ws.all_mentions():
        assert m.document == doc_id and text[m.start:m.end] == m.text
    assert [m.text for m in ws.all_mentions()] == ["Hull", "Mary Hale", "Hale"]
    row = ws.conn.execute(
        "SELECT context_before, context_after, extractor_version FROM timexes "
        "WHERE text = 'two days'").fetchone()
    assert row["context_before"] == text[text.index("two days") - 40:text.index("two days")]
    assert row["context_after"] == "."
    assert row["extractor_version"] == "timex.v2"
    versions = {r[0] for r in ws.conn.execute("SELECT extractor_version FROM figures")}
    assert versions == {"test.v1"}


def test_duplicate_content_is_detected(ws, docs):
    parsed, extraction = docs.thread()
    doc_id = ws.save_document(parsed, CODE, extraction)
    with pytest.raises(InputError, match=f"already in the workspace as document {doc_id}"):
        ws.save_document(parsed, CODE, extraction)
    assert _count(ws, "documents") == 1 and _count(ws, "posts") == 2


def test_failure_mid_save_leaves_nothing(ws, docs):
    parsed, extraction = docs.thread()
    broken = Extraction(timexes=(Timex(0, 10_000, "x", "DATE", "1926"),))
    bad = DocumentExtraction((*extraction.segments, (5, broken)), extraction.versions)
    with pytest.raises(ValueError, match="outside document"):
        ws.save_document(parsed, CODE, bad)
    for table in ("documents", "posts", "timexes", "figures", "mentions", "events",
                  "event_mentions"):
        assert _count(ws, table) == 0, table
    assert ws.has_document(parsed.sha256) is None
    assert ws.save_document(parsed, CODE, extraction) > 0


def test_unknown_episode_on_save(ws, docs):
    parsed, extraction = docs.thread()
    with pytest.raises(UnknownEpisodeError):
        ws.save_document(parsed, "1999 01", extraction)
    assert _count(ws, "documents") == 0


def test_plain_pairs_and_no_extraction_are_accepted(ws, docs):
    parsed, extraction = docs.thread()
    ws.save_document(parsed, CODE, list(extraction.segments))
    versions = {r[0] for r in ws.conn.execute("SELECT extractor_version FROM timexes")}
    assert versions == {"unknown"}
    article, _ = docs.article()
    assert ws.save_document(article, None, None) == 2
    assert [d.episode for d in ws.list_documents()] == [CODE, None]


def test_pipeline_versions_name_each_row(ws, docs):
    parsed, extraction = docs.thread()
    versions = {"pipeline": "pipeline-1", "timex": "timex-1", "model": "en_sm"}
    ws.save_document(parsed, CODE, list(extraction.segments), versions)
    rows = ws.conn.execute(
        "SELECT 'timexes', extractor_version FROM timexes UNION "
        "SELECT 'mentions', extractor_version FROM mentions UNION "
        "SELECT 'events', extractor_version FROM events").fetchall()
    assert sorted(tuple(r) for r in rows) == [
        ("events", "pipeline-1+en_sm"), ("mentions", "pipeline-1+en_sm"),
        ("timexes", "timex-1+en_sm")]
