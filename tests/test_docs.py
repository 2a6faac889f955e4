"""Docs that drift fail here: every CLI command is on docs/cli.md, and the README's Python
version is the one pyproject.toml requires."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from typer.main import get_command

from histdesk.cli import app

ROOT = Path(__file__).resolve().parents[1]


def command_paths(cmd, path: str = "histdesk"):
    if hasattr(cmd, "commands"):  # typer vendors its own click: test by shape
        for name, sub in cmd.commands.items():
            yield from command_paths(sub, f"{path} {name}")
    else:
        yield path


def test_every_command_is_documented():
    page = (ROOT / "docs/cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(histdesk [a-z ]+?)(?: [A-Z\[\-]|`)", page))
    assert set(command_paths(get_command(app))) == documented


def test_readme_python_matches_pyproject():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = meta["project"]["requires-python"].removeprefix(">=")
    assert f"Python {wanted}" in (ROOT / "README.md").read_text(encoding="utf-8")
