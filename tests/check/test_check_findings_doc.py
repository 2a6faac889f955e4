"""docs/findings.md documents exactly the registered finding codes (STYLE.md habit 11)."""

import re
from pathlib import Path

from histdesk.check import codes as catalogue
from histdesk.check.registry import codes

DOC = Path(__file__).resolve().parents[2] / "docs" / "findings.md"


def documented() -> set[str]:
    return set(re.findall(r"^## `([a-z_.]+)`$", DOC.read_text(encoding="utf-8"), re.M))


def test_findings_doc_matches_registry():
    registered = set(codes())
    assert not registered - documented(), f"undocumented codes: {sorted(registered - documented())}"
    assert not documented() - registered, f"documented but unregistered: {sorted(documented() - registered)}"


def test_catalogue_codes_are_registered_with_their_line():
    registered = codes()
    for code, line in catalogue.DOCS.items():
        assert registered[code] == line
