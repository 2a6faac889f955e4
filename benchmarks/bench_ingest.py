"""Ingest throughput: histdesk's extraction vs a plain `nlp.pipe` of the same model.

Both run in this process over the same texts (the seeds, the bundled examples and the
TempEval-3 development texts when ../shared is present), each timed twice with the better run
kept, and the result is printed as words per second and as a ratio (target >= 0.8).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import spacy

from histdesk.extract.pipeline import MODEL, Segment, extract_segments, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus(limit_words: int = 60_000) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "src/histdesk/examples").glob("*.txt"))]
    for path in sorted((SHARED / "eval/tempeval3-tbaq").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append(re.sub(r"<[^>]+>", "", body))
        if sum(len(t.split()) for t in texts) > limit_words:
            break
    return texts


def best_of(fn, runs: int = 2) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def full_ingest(texts: list[str]) -> float:
    """Seconds for `api.ingest_paths` of every text, as files, into a fresh workspace: reading,
    extraction in one batch, one transaction per document, entities re-clustered once."""
    import tempfile

    from histdesk import api
    from histdesk.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(Path(tmp) / "bench.db")
        api.add_episode(settings, "1998 01", "Benchmark")
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"doc{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        # Every file is read as plain text: the benchmark times extraction and storage, and
        # the seed thread's header would (rightly) refuse an episode that is not its own.
        api.ingest_paths(settings, [paths[0]], "1998 01", "text")  # loads the model first
        start = time.perf_counter()
        api.ingest_paths(settings, paths[1:], "1998 01", "text")
        return time.perf_counter() - start


def main() -> None:
    texts = corpus()
    words = sum(len(t.split()) for t in texts)
    plain = spacy.load(MODEL)
    ours = load_pipeline()
    segments = [Segment(t, None, 1924) for t in texts]
    t_plain = best_of(lambda: list(plain.pipe(texts, batch_size=32)))
    t_ours = best_of(lambda: extract_segments(ours, segments))
    rest = words - len(texts[0].split())
    t_full = full_ingest(texts)
    t_plain_rest = t_plain * rest / words
    result = {
        "bench": "ingest",
        "words": words,
        "plain_nlp_pipe_wps": round(words / t_plain),
        "histdesk_extract_wps": round(words / t_ours),
        "extract_ratio": round(t_plain / t_ours, 2),
        "histdesk_ingest_wps": round(rest / t_full),
        "ingest_ratio": round(t_plain_rest / t_full, 2),
    }
    print(f"{words} words in {len(texts)} texts: plain nlp.pipe {result['plain_nlp_pipe_wps']} w/s; "
          f"histdesk extraction {result['histdesk_extract_wps']} w/s (ratio {result['extract_ratio']}, "
          f"target >= 0.8); full ingest to the workspace {result['histdesk_ingest_wps']} w/s "
          f"(ratio {result['ingest_ratio']})")
    print(json.dumps(result))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
