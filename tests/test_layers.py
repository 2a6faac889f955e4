"""The package's import rules, checked by parsing every module (STYLE.md: the tree reads like
the data flow). A layer that reaches past its neighbours fails here, not in review."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "histdesk"

ALLOWED = {
    "model": set(),
    "errors": set(),
    "config": set(),
    "ingest": {"model", "errors", "ingest"},
    "extract": {"model", "errors", "extract"},
    "check": {"model", "errors", "check"},
    "report": {"model", "errors", "report"},
    "store": {"model", "errors", "store"},
    "evaluate": {"model", "errors", "evaluate", "extract"},
    "web": {"api", "model", "errors", "config", "web"},
    "cli": {"api", "model", "errors", "config", "web"},
}


def histdesk_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "histdesk" and len(parts) > 1:
                found.add(parts[1])
    return found


def layer_of(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def test_layers_import_only_what_they_may():
    bad = []
    for path in PKG.rglob("*.py"):
        layer = layer_of(path)
        if layer in ("api", "__init__", "__main__"):
            continue
        extra = histdesk_imports(path) - ALLOWED[layer]
        if extra:
            bad.append(f"{path.relative_to(PKG)} imports {sorted(extra)}")
    assert not bad, "\n".join(bad)


def test_only_extract_imports_spacy():
    offenders = []
    for path in PKG.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        uses = "import spacy" in text or "from spacy" in text
        if uses and layer_of(path) != "extract":
            offenders.append(str(path.relative_to(PKG)))
    assert offenders == []


def test_only_store_touches_a_database():
    offenders = []
    for path in PKG.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        uses = "import sqlite3" in text or "sqlite_utils" in text
        if uses and layer_of(path) != "store":
            offenders.append(str(path.relative_to(PKG)))
    assert offenders == []


def test_every_layer_states_its_rule_in_a_readme():
    packages = [p.parent.name for p in PKG.glob("*/__init__.py")]
    missing = [name for name in packages if not (PKG / name / "README.md").exists()]
    assert packages and missing == []
