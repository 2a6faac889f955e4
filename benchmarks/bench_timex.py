"""Temporal + figure extraction speed: histdesk's rules vs `dateparser.search.search_dates`.

Both run in this process over the same texts (the seeds and the TempEval-3 and WikiWars
development texts when ../shared is present). histdesk runs on all of them (best of two runs);
dateparser is far slower, so it runs on a prefix of the same texts until a time budget is
spent and its speed is taken per word. Prints words per second of each and the ratio
(target >= 5x), then the same as one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from histdesk.evaluate.timeml import read_gold_dir
from histdesk.extract.timex import tag

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_SETS = ("eval/tempeval3-tbaq", "eval/wikiwars-dev/timex2-keyinline")
DATEPARSER_BUDGET_S = 20.0


def corpus() -> list[tuple[str, str | None]]:
    """(text, dct) pairs: the seeds (no DCT), then every dev-set document with its DCT."""
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    texts: list[tuple[str, str | None]] = [(p.read_text(encoding="utf-8"), None) for p in seeds]
    for folder in DEV_SETS:
        if (SHARED / folder).is_dir():
            texts += [(doc.text, doc.dct) for doc in read_gold_dir(SHARED / folder)]
    return texts


def figures_finder():
    """`find_figures`, or None (with a note) while the figures extractor does not exist."""
    try:
        from histdesk.extract.figures import find_figures
    except ImportError as err:
        print(f"note: figures extractor skipped ({err})", file=sys.stderr)
        return None
    return find_figures


def time_histdesk(texts: list[tuple[str, str | None]], find_figures) -> float:
    """Best of two runs of tag (+ find_figures) over all texts, in seconds."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        for text, dct in texts:
            tag(text, dct, ranges=False)
            if find_figures is not None:
                find_figures(text)
        best = min(best, time.perf_counter() - start)
    return best


def time_dateparser(texts: list[tuple[str, str | None]]) -> tuple[int, float]:
    """(words, seconds) of search_dates over a prefix of the texts within the budget."""
    from dateparser.search import search_dates

    search_dates("warm-up on 3 May 1921", languages=["en"])
    words, spent = 0, 0.0
    for text, _ in texts:
        start = time.perf_counter()
        search_dates(text, languages=["en"])
        spent += time.perf_counter() - start
        words += len(text.split())
        if spent > DATEPARSER_BUDGET_S:
            break
    return words, spent


def main() -> None:
    texts = corpus()
    words = sum(len(t.split()) for t, _ in texts)
    find_figures = figures_finder()
    ours_s = time_histdesk(texts, find_figures)
    dp_words, dp_s = time_dateparser(texts)
    ours_wps, dp_wps = words / ours_s, dp_words / dp_s
    result = {
        "bench": "timex",
        "words": words,
        "histdesk_wps": round(ours_wps),
        "with_figures": find_figures is not None,
        "dateparser_words": dp_words,
        "dateparser_wps": round(dp_wps),
        "ratio": round(ours_wps / dp_wps, 1),
        "target": 5.0,
    }
    label = "tag + find_figures" if find_figures else "tag"
    print(f"histdesk {label}: {words} words in {ours_s:.2f} s = {ours_wps:,.0f} words/s")
    print(f"dateparser search_dates: {dp_words} words in {dp_s:.2f} s = {dp_wps:,.0f} words/s")
    print(f"ratio {result['ratio']}x (target >= 5x)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
