"""The benchmarks still run (on two tiny texts): a broken benchmark should fail here, not
when someone next wants the figures. Nothing here is timed or compared."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
TEXTS = [
    "1921 03 Kronstadt\n\nAuthor: @Kestrel\nStatus: In Research\n\nPost research here.\n\n\n"
    "On March 7, 1921 the assault began.",
    "The New Economic Policy was adopted in March 1921; about 5,000 delegates heard of it.",
]


def load(name: str):
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_ingest_benchmark_ingests_every_text(nlp):
    seconds = load("bench_ingest").full_ingest(TEXTS)
    assert seconds > 0


def test_timex_benchmark_runs_both_sides():
    bench = load("bench_timex")
    texts = [(t, None) for t in TEXTS]
    assert bench.time_histdesk(texts, bench.figures_finder()) > 0
    words, seconds = bench.time_dateparser(texts)
    assert words == sum(len(t.split()) for t in TEXTS) and seconds > 0
