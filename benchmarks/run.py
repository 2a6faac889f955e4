"""Run every benchmark in this folder, one after another, and print their JSON lines."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).parent

for name in ("bench_ingest.py", "bench_timex.py", "bench_memory.py"):
    path = HERE / name
    if path.exists():
        print(f"== {name}", flush=True)
        sys.argv = [str(path)]
        runpy.run_path(str(path), run_name="__main__")
