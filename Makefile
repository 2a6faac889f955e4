# Two entry points: `make demo` (set up + run the main job) and `make test` (set up + run the suite).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= demo/histdesk.db

.PHONY: setup demo test bench clean

$(BIN)/histdesk: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/histdesk

setup: $(BIN)/histdesk

demo: setup
	rm -rf demo && mkdir -p demo
	$(BIN)/histdesk --db $(DB) demo --out demo

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) demo
