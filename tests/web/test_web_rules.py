"""The web package's own rules: it imports only the facade and the shared leaf modules, and an
upload's name can never carry a folder."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from histdesk.web.actions import upload_name

WEB = Path(__file__).resolve().parents[2] / "src" / "histdesk" / "web"
ALLOWED = {"histdesk.api", "histdesk.model", "histdesk.errors", "histdesk.config"}


def _histdesk_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("histdesk"):
            names |= {node.module} if node.module != "histdesk" else {f"histdesk.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            names |= {a.name for a in node.names if a.name.startswith("histdesk")}
    return names


@pytest.mark.parametrize("path", sorted(WEB.glob("*.py")), ids=lambda p: p.name)
def test_web_imports_only_the_facade(path):
    outside = {n for n in _histdesk_imports(path) if not n.startswith("histdesk.web")}
    assert outside <= ALLOWED, f"{path.name} imports {sorted(outside - ALLOWED)}"


@pytest.mark.parametrize(
    ("given", "cleaned"),
    [
        ("notes.txt", "notes.txt"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ann\\thread 1924.txt", "thread 1924.txt"),
        ("a<b>|c.html", "a_b_c.html"),
        ("..", "upload.txt"),
        ("", "upload.txt"),
        (None, "upload.txt"),
    ],
)
def test_upload_name_keeps_only_the_base_name(given, cleaned):
    assert upload_name(given) == cleaned
