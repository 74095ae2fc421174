# techdip: `make demo` and `make test` each set up .venv at the repo root, then do their job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := sqlite:///techdip.db

.PHONY: venv demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: venv
	$(BIN)/techdip ingest samples/articles --db $(DEMO_DB) --quiet
	$(BIN)/techdip summary --db $(DEMO_DB)

lint: venv
	$(BIN)/ruff check techdip tests bench

test: venv lint
	$(BIN)/techdip lexicon check
	$(BIN)/python -m pytest -q

bench: venv
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py
	$(BIN)/python bench/languages.py

clean:
	rm -rf $(VENV) techdip.db *.egg-info .pytest_cache .ruff_cache test-artifacts
