"""The CLI as a user meets it: exit statuses, the exact one-line errors, and a workspace that
a failed command leaves exactly as it was."""

from __future__ import annotations

import json

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from histdesk.cli import app

NOTE = (
    "1921 03 Kronstadt\n\nAuthor: @Kestrel\nStatus: In Research\n\n"
    "Please post research for this episode here.\n\n\n"
    "On March 7, 1921 the Red Army began its assault across the ice. "
    "Tukhachevsky led more than 50,000 troops against the fortress.\n"
)


@pytest.fixture
def run(tmp_path):
    """Run histdesk against a fresh workspace in tmp_path; returns the click Result."""
    runner = CliRunner()
    db = tmp_path / "ws.db"

    def invoke(*args: str):
        return runner.invoke(app, ["--db", str(db), *args], catch_exceptions=False)

    return invoke


def snapshot(run) -> str:
    result = run("export", "--json")
    assert result.exit_code == 0
    return result.stdout


def test_episode_add_twice_is_a_one_line_error(run):
    assert run("episode", "add", "1921 03", "Kronstadt").exit_code == 0
    result = run("episode", "add", "1921 03", "Kronstadt")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: episode '1921 03' already exists; change it with: histdesk episode set \"1921 03\""
    )


def test_bad_window_and_status_name_the_fix(run):
    result = run("episode", "add", "1921 03", "K", "--window", "1921-13-01/1921-12-31")
    assert result.exit_code == 2
    assert "--window 1924-01-01/1924-12-31" in result.stderr
    result = run("episode", "add", "1921 03", "K", "--status", "Drafting")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("Planned, In Research, Writing, Recorded, Published")


BAD_INPUTS = {
    "empty.txt": (b"", "empty.txt is empty; pass a file with the thread or source text"),
    "blob.bin": (b"\x00\x01\x02binary", "blob.bin looks like a binary file, not text; "
                 "pass the thread or source as a text file"),
    "latin.txt": ("Kronstadt caf\xe9".encode("latin-1"),
                  "latin.txt is not UTF-8 (byte 0xe9 at offset 13); re-save it as UTF-8 and pass it again"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_unreadable_files_exit_2_and_change_nothing(run, tmp_path, name):
    data, message = BAD_INPUTS[name]
    run("episode", "add", "1921 03", "Kronstadt")
    before = snapshot(run)
    path = tmp_path / name
    path.write_bytes(data)
    result = run("ingest", str(path), "--episode", "1921 03")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path}/{message}"
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(run) == before


def test_invalid_json_names_line_and_column(run, tmp_path):
    run("episode", "add", "1921 03", "Kronstadt")
    before = snapshot(run)
    path = tmp_path / "t.json"
    path.write_text('{"post_stream": ', encoding="utf-8")
    result = run("ingest", str(path), "--episode", "1921 03")
    assert result.exit_code == 2
    assert "is not valid JSON (line 1, column 17" in result.stderr
    assert snapshot(run) == before


def test_unknown_episode_exit_2_and_change_nothing(run, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    run("episode", "add", "1921 04", "Aftermath")
    before = snapshot(run)
    result = run("ingest", str(path), "--episode", "1999 01")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: episode '1999 01' is not in this workspace; "
        'add it first: histdesk episode add "1999 01" "TITLE"'
    )
    assert snapshot(run) == before


def test_ingest_then_again_changes_nothing(run, tmp_path, nlp):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    run("episode", "add", "1921 03", "Kronstadt")
    first = run("ingest", str(path), "--episode", "1921 03")
    assert first.exit_code == 0 and "stored as document 1 (thread)" in first.stdout
    before = snapshot(run)
    again = run("ingest", str(path), "--episode", "1921 03")
    assert again.exit_code == 0
    assert "already in the workspace (document 1); nothing changed" in again.stdout
    assert snapshot(run) == before
    data = json.loads(before)
    assert any(t["value"] == "1921-03-07" for t in data["timexes"])
    assert data["episodes"][0]["status"] == "In Research"  # adopted from the thread header
    timeline = run("timeline", "1921 03")
    assert "1921-03-07" in timeline.stdout and "post 2" in timeline.stdout


def test_brief_writes_the_format_its_suffix_names(run, tmp_path):
    run("episode", "add", "1921 03", "Kronstadt")
    out = tmp_path / "brief.html"
    result = run("brief", "1921 03", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    md = run("brief", "1921 03", "--format", "md")
    assert md.stdout.startswith("# 1921 03 Kronstadt")
    bad = run("brief", "1921 03", "--format", "pdf")
    assert bad.exit_code == 2 and "use --format html or --format md" in bad.stderr


def test_every_command_has_help_text():
    def walk(cmd, path: str):
        yield path, cmd
        if hasattr(cmd, "commands"):  # typer vendors its own click: test by shape
            for name, sub in cmd.commands.items():
                yield from walk(sub, f"{path} {name}")

    commands = list(walk(get_command(app), "histdesk"))
    assert len(commands) > 12
    assert [path for path, cmd in commands if not (cmd.help or "").strip()] == []


def test_a_thread_pasted_again_with_a_new_post_replaces_its_old_version(run, tmp_path, nlp):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    run("episode", "add", "1921 03", "Kronstadt")
    run("ingest", str(path), "--episode", "1921 03")
    path.write_text(NOTE + "\n\nThe assault of March 17, 1921 took the fortress.\n", encoding="utf-8")
    again = run("ingest", str(path), "--episode", "1921 03")
    assert again.exit_code == 0
    assert "(thread) (a new version: replaced document 1)" in again.stdout
    data = json.loads(snapshot(run))
    assert len(data["documents"]) == 1
    assert sorted(e["date"] for e in data["events"]) == ["1921-03-07", "1921-03-17"]


def test_a_thread_of_another_episode_is_refused(run, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    run("episode", "add", "1944 06", "D-Day")
    before = snapshot(run)
    result = run("ingest", str(path), "--episode", "1944 06")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: note.txt is the thread of episode '1921 03', not '1944 06'; "
        'ingest it with --episode "1921 03" (add that episode first if needed)'
    )
    assert snapshot(run) == before


def test_known_content_names_the_episode_that_holds_it(run, tmp_path, nlp):
    path = tmp_path / "notes.md"
    path.write_text("In 1921 the sailors of Kronstadt rose.\n", encoding="utf-8")
    run("episode", "add", "1921 03", "Kronstadt")
    run("episode", "add", "1921 04", "Aftermath")
    run("ingest", str(path), "--episode", "1921 03")
    again = run("ingest", str(path), "--episode", "1921 04")
    assert again.exit_code == 0
    assert "already in the workspace (document 1 under episode 1921 03); nothing changed" in again.stdout


def test_reading_a_missing_workspace_creates_nothing(run, tmp_path):
    for args in (("timeline", "1921 03"), ("export", "--json"), ("ingest", "x.txt", "-e", "1921 03")):
        result = run(*args)
        assert result.exit_code == 2
        assert result.stderr.strip().startswith(f"error: no workspace at {tmp_path / 'ws.db'}; create one")
    assert run("episode", "list").exit_code == 0
    assert not (tmp_path / "ws.db").exists()


def test_usage_errors_are_one_line_too(tmp_path):
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "histdesk", "--db", str(tmp_path / "w.db"), "ingest", "x.txt"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == "error: Missing option '--episode' / '-e'; see histdesk ingest --help"


def test_brief_refuses_a_suffix_it_cannot_write(run, tmp_path):
    run("episode", "add", "1921 03", "Kronstadt")
    result = run("brief", "1921 03", "-o", str(tmp_path / "brief.pdf"))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: cannot tell the brief's format from 'brief.pdf'; name it .html or .md, or pass --format"
    )
    assert not (tmp_path / "brief.pdf").exists()


def test_timeline_json_is_json_lines(run, tmp_path, nlp):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    run("episode", "add", "1921 03", "Kronstadt")
    run("ingest", str(path), "--episode", "1921 03")
    lines = run("timeline", "1921 03", "--json").stdout.splitlines()
    assert lines and all(json.loads(line)["citation"].startswith("post") for line in lines)


def test_judge_refuses_names_nobody_mentioned(run, tmp_path, nlp):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    run("episode", "add", "1921 03", "Kronstadt")
    run("ingest", str(path), "--episode", "1921 03")
    known = json.loads(snapshot(run))["entities"][0]["mentions"][0]["text"]
    result = run("judge", known, "Nobodyski")
    assert result.exit_code == 2
    assert "no mention of 'Nobodyski' in this workspace" in result.stderr
    assert run("judge", known, known).exit_code == 2


def test_a_topic_page_without_its_other_pages_is_stored_with_a_note(run, nlp):
    from conftest import DATA

    topic = DATA / "ingest" / "topic_88"
    run("episode", "add", "1931 09", "The Mukden Incident")
    alone = run("ingest", str(topic / "t.json"), "--episode", "1931 09")
    assert alone.exit_code == 0
    assert "note: t.json: 2 of the topic's 4 posts are missing" in alone.stderr
    both = run("ingest", str(topic / "t.json"), str(topic / "posts.json"), "--episode", "1931 09")
    assert "(a new version: replaced document 1)" in both.stdout and "note:" not in both.stderr


def test_a_bc_window_is_stored_and_flags_bc_events_outside_it(run, tmp_path):
    from viewbuilder import event, thread, view

    from histdesk.api import get_episode
    from histdesk.check.window import check_window
    from histdesk.config import Settings

    assert run("episode", "add", "0049 01", "Caesar", "--window", "BC0049-01-01/-0048-12-31").exit_code == 0
    episode = get_episode(Settings(tmp_path / "ws.db"), "0049 01")
    assert episode.window == ("BC0049-01-01", "BC0049-12-31")
    doc, posts = thread("He crossed the river in early January.", "He was stabbed in the senate house.")
    events = [event(doc, "He crossed the river in early January.", "BC0049-01-10"),
              event(doc, "He was stabbed in the senate house.", "BC0044-03-15")]
    found = check_window(view(doc, episode=episode, posts=posts, events=events))
    assert [f.data["date"] for f in found] == ["BC0044-03-15"]
    assert "BC0049-01-01..BC0049-12-31" in found[0].message
    result = run("episode", "add", "0049 02", "C", "--window", "BC0049-12-31/BC0049-01-01")
    assert result.exit_code == 2 and "BC0049-01-01 or astronomical -0048-01-01" in result.stderr


def test_episode_set_echoes_the_change_and_refuses_an_empty_one(run):
    run("episode", "add", "1921 03", "Kronstadt", "--author", "Kestrel")
    done = run("episode", "set", "1921 03", "--title", "Kronstadt 1921")
    assert done.stdout.strip() == "episode 1921 03 “Kronstadt 1921” (Kestrel): Planned, 1921-01-01/1921-12-31"
    empty = run("episode", "set", "1921 03")
    assert empty.exit_code == 2
    assert empty.stderr.strip() == (
        "error: nothing to change for episode '1921 03'; pass --title, --author, --status or --window"
    )
