"""The `histdesk` command: each command parses its arguments, calls one `api` function and
prints with rich. A HistdeskError becomes one red line on stderr and exit status 2 (bad
input) or 1 (anything else); nothing is written when a command fails."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from histdesk import api
from histdesk.config import Settings, resolve_settings
from histdesk.errors import HistdeskError, InputError

app = typer.Typer(help="A research desk for history series.", no_args_is_help=True)
episode_app = typer.Typer(help="Create, change and list episodes.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure the extractors against gold data.", no_args_is_help=True)
app.add_typer(episode_app, name="episode")
app.add_typer(eval_app, name="eval")

# Piped output gets a wide, fixed width so tables stay readable in files and pagers.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@contextlib.contextmanager
def edge():
    """Catch histdesk's errors once, at the edge: one line, the right exit status."""
    try:
        yield
    except InputError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    except HistdeskError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


@app.callback()
def main(
    ctx: typer.Context,
    db: Optional[str] = typer.Option(None, "--db", help="Workspace file (default $HISTDESK_DB or ./histdesk.db)."),
) -> None:
    ctx.obj = resolve_settings(db)


def _settings(ctx: typer.Context) -> Settings:
    return ctx.find_root().obj


@episode_app.command("add")
def episode_add(
    ctx: typer.Context,
    code: str = typer.Argument(..., help='Episode code, e.g. "1924 01".'),
    title: str = typer.Argument(..., help="Episode title."),
    author: list[str] = typer.Option([], "--author", help="An author (repeat for several)."),
    status: Optional[str] = typer.Option(None, help="Planned, In Research, Writing, Recorded, Published."),
    window: Optional[str] = typer.Option(None, help="START/END dates, default: the code's year."),
) -> None:
    """Add an episode to the workspace."""
    with edge():
        ep = api.add_episode(_settings(ctx), code, title, author, status, window)
    out.print(f"added episode {ep.code} “{ep.title}” ({ep.status}, {ep.window[0]}/{ep.window[1]})")


@episode_app.command("set")
def episode_set(
    ctx: typer.Context,
    code: str = typer.Argument(..., help="Episode code."),
    title: Optional[str] = typer.Option(None, help="New title."),
    author: list[str] = typer.Option([], "--author", help="Replace the authors."),
    status: Optional[str] = typer.Option(None, help="New status."),
    window: Optional[str] = typer.Option(None, help="New window START/END."),
) -> None:
    """Change an episode's title, authors, status or window."""
    with edge():
        ep = api.set_episode(_settings(ctx), code, title, author or None, status, window)
    authors = ", ".join(ep.authors) or "no authors"
    out.print(f"episode {ep.code} “{ep.title}” ({authors}): {ep.status}, {ep.window[0]}/{ep.window[1]}")


@episode_app.command("list")
def episode_list(ctx: typer.Context) -> None:
    """List the episodes of the workspace."""
    with edge():
        episodes = api.list_episodes(_settings(ctx))
    table = Table("code", "title", "authors", "status", "window")
    for ep in episodes:
        table.add_row(ep.code, ep.title, ", ".join(ep.authors), ep.status, "/".join(ep.window))
    out.print(table)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="A file, or the files/folder of one Discourse export."),
    episode: str = typer.Option(..., "--episode", "-e", help="Episode code the document belongs to."),
    as_kind: Optional[str] = typer.Option(None, "--as", help="thread, discourse, source, html or text."),
) -> None:
    """Read a thread or source, extract from it and store it."""
    with edge():
        results = api.ingest_paths(_settings(ctx), paths, episode, as_kind)
    for res in results:
        out.print(_ingest_line(res, episode))
        for note in res.notes:
            err.print(f"[yellow]note:[/yellow] {note}")


def _ingest_line(res, episode: str) -> str:
    if not res.created:
        where = f" under episode {res.episode}" if res.episode and res.episode != episode else ""
        return f"{res.name}: already in the workspace (document {res.document}{where}); nothing changed"
    counts = ", ".join(f"{v} {k}" for k, v in res.counts.items())
    older = f" (a new version: replaced document {res.replaced})" if res.replaced else ""
    return f"{res.name}: stored as document {res.document} ({res.kind}){older}: {counts}"


@app.command()
def timeline(
    ctx: typer.Context,
    code: str = typer.Argument(..., help="Episode code."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
) -> None:
    """Dated events of an episode, oldest first, each with its citation."""
    with edge():
        rows = api.timeline(_settings(ctx), code)
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r.__dict__, ensure_ascii=False) + "\n")
        return
    table = Table(expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=4)
    table.add_column("who", ratio=1)
    table.add_column("cited from", ratio=1)
    for r in rows:
        date = r.date + (f" ({r.mod})" if r.mod else "")
        table.add_row(date, r.text, ", ".join(r.entities), r.citation)
    out.print(table)


@app.command()
def entities(
    ctx: typer.Context,
    code: str = typer.Argument(..., help="Episode code."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """People, organisations and places of an episode, spellings merged."""
    with edge():
        ents = api.entities(_settings(ctx), code)
    if as_json:
        rows = [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                 "mentions": len(e.mentions)} for e in ents]
        out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("id", "name", "type", "mentions", "also written")
    for e in ents:
        table.add_row(str(e.id), e.name, e.type, str(len(e.mentions)), ", ".join(e.aliases))
    out.print(table)


@app.command()
def judge(
    ctx: typer.Context,
    left: str = typer.Argument(..., help="One name."),
    right: str = typer.Argument(..., help="The other name."),
    verdict: str = typer.Option("same", help="same, different or undecided."),
    by: str = typer.Option("user", help="Who decides."),
) -> None:
    """Decide whether two names are the same entity (overrides the rules)."""
    with edge():
        j = api.judge(_settings(ctx), left, right, verdict, by)
    out.print(f"{j.left} / {j.right}: {j.verdict} ({j.decided_by})")


@app.command()
def check(
    ctx: typer.Context,
    code: str = typer.Argument(..., help="Episode code."),
    as_json: bool = typer.Option(False, "--json", help="Print findings as JSON."),
) -> None:
    """Run every check on an episode and list the findings."""
    with edge():
        findings = api.run_checks(_settings(ctx), code)
    if as_json:
        out.print_json(json.dumps(api.findings_as_dicts(findings), ensure_ascii=False))
        return
    for f in findings:
        out.print(f"[bold]{f.code}[/bold] {f.message}")
    out.print(f"{len(findings)} findings")


@app.command()
def brief(
    ctx: typer.Context,
    code: str = typer.Argument(..., help="Episode code."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (default: stdout)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="html or md (default: from -o's suffix, else md)."),
) -> None:
    """Write the research brief of an episode (Markdown or self-contained HTML)."""
    with edge():
        chosen = fmt or api.brief_format(output)
        text = api.build_brief(_settings(ctx), code, chosen)
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8")
    out.print(f"wrote {output} ({chosen}, {len(text):,} characters)")


@app.command()
def export(
    ctx: typer.Context,
    as_json: bool = typer.Option(True, "--json", help="JSON (the only format)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (default: stdout)."),
) -> None:
    """Export the whole workspace as histdesk-export/1 JSON (docs/export-schema.md)."""
    with edge():
        data = api.export_all(_settings(ctx))
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


@eval_app.command("timex")
def eval_timex(
    gold_dir: Path = typer.Argument(..., help="Folder of TimeML .tml or TIMEX2 .key.xml files."),
    dct: Optional[str] = typer.Option(None, help="Document creation time YYYY-MM-DD for every file."),
    per_doc: bool = typer.Option(False, "--per-doc", help="Also score each document."),
    write_predictions: Optional[Path] = typer.Option(None, help="Write predictions as JSON lines."),
) -> None:
    """Score the temporal tagger the TempEval-3 way (strict/relaxed span, type, value)."""
    with edge():
        text = api.evaluate_timex(gold_dir, dct, per_doc, write_predictions)
    out.print(text)


@app.command()
def demo(
    ctx: typer.Context,
    out_dir: Path = typer.Option(Path("demo"), "--out", help="Folder for the briefs."),
) -> None:
    """Build a workspace from the bundled example episode, print its timeline, write its brief."""
    with edge():
        code, paths = api.demo(_settings(ctx), out_dir)
    ctx.invoke(timeline, ctx=ctx, code=code, as_json=False)
    for p in paths:
        out.print(f"wrote {p}")


@app.command()
def web(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Serve the web desk for this workspace."""
    from histdesk.web import serve

    out.print(f"histdesk web desk on http://{host}:{port}/ (Ctrl+C to stop)")
    serve(_settings(ctx), host=host, port=port)


def run() -> None:
    """The console entry point: like `app()`, but typer's own usage errors ("Missing option
    '--episode'") become the same one red line, exit status 2, as histdesk's input errors."""
    try:
        status = app(standalone_mode=False)
    except Exception as exc:  # typer's ClickException family, without importing its privates
        if not hasattr(exc, "format_message"):
            raise
        message = exc.format_message().rstrip(".")
        err.print(f"[red]error:[/red] {message}; see histdesk {_command_of(sys.argv[1:])}--help")
        raise SystemExit(getattr(exc, "exit_code", 2)) from None
    raise SystemExit(status or 0)


def _command_of(args: list[str]) -> str:
    """ "episode add " for `histdesk --db x episode add ...`: the command words, for help."""
    words, skip = [], False
    for arg in args:
        if skip or arg.startswith("-"):
            skip = arg == "--db"
            continue
        words.append(arg)
        if arg not in ("episode", "eval") or len(words) > 1:
            break
    known = typer.main.get_command(app).commands
    return "".join(f"{w} " for w in words) if words and words[0] in known else ""
