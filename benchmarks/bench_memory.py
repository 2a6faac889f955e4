"""Peak memory: histdesk's full ingest vs a plain `nlp.pipe` of the same model.

Each side runs in a fresh interpreter (peak RSS only grows within a process) over the same
texts as bench_ingest.py, and reports its peak resident set; the ratio is histdesk's peak over
plain spaCy's (target <= 1.5: our own state must stay small beside the model's).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent

PLAIN = """
import resource, spacy, bench_ingest as b
texts = b.corpus()
nlp = spacy.load(b.MODEL)
for _ in nlp.pipe(texts, batch_size=32):
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

OURS = """
import resource, bench_ingest as b
b.full_ingest(b.corpus())
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_kib(code: str) -> int:
    run = subprocess.run([sys.executable, "-c", code], cwd=HERE, capture_output=True, text=True,
                         check=True, timeout=600)
    return int(run.stdout.strip().splitlines()[-1])


def main() -> None:
    plain, ours = peak_kib(PLAIN), peak_kib(OURS)
    result = {"bench": "memory", "plain_peak_mib": round(plain / 1024), "histdesk_peak_mib":
              round(ours / 1024), "ratio": round(ours / plain, 2)}
    print(f"peak RSS: plain nlp.pipe {result['plain_peak_mib']} MiB, histdesk full ingest "
          f"{result['histdesk_peak_mib']} MiB, ratio {result['ratio']} (target <= 1.5)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
