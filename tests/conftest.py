"""Shared fixtures: paths to ../shared, a fresh workspace per test, one session-scoped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
DATA = Path(__file__).parent / "data"


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with `prefix` ("000" or "004")."""
    matches = sorted(SEEDS.glob(f"{prefix}*.txt"))
    if not matches:
        pytest.skip(f"no seed {prefix}* in {SEEDS}")
    return matches[0]


@pytest.fixture(scope="session")
def expected() -> dict:
    path = SEEDS / "expected.json"
    if not path.exists():
        pytest.skip(f"{path} not found: place ../shared beside the checkout")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once for the few tests that need it."""
    from histdesk.extract.pipeline import load_pipeline

    return load_pipeline()


def doc_with(text: str, ents: list[tuple[str, str]]):
    """A blank-pipeline Doc whose entities are the given (substring, label) pairs, each
    searched for after the previous one: entity rules tested without the model."""
    import spacy

    doc = spacy.blank("en")(text)
    spans, start = [], 0
    for sub, label in ents:
        start = text.index(sub, start)
        spans.append(doc.char_span(start, start + len(sub), label=label, alignment_mode="expand"))
        start += len(sub)
    doc.ents = spans
    return doc
