# The two commands that matter: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: setup demo test lint typecheck unit acceptance bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/vbkg extract samples/
	rm -f vbkg.db vbkg.db-wal vbkg.db-shm
	$(BIN)/vbkg load samples/
	$(BIN)/vbkg stats

lint: setup
	$(BIN)/ruff check vbkg tests bench
	$(BIN)/ruff format --check vbkg tests bench

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -q

acceptance: setup
	$(BIN)/python $(SHARED)/acceptance/check_extract.py --gold $(SHARED)/acceptance/seeds_gold.json \
		--docs $(SHARED)/seeds --cmd "$(BIN)/vbkg" -q

test: lint typecheck unit

bench: setup
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache vbkg.db
