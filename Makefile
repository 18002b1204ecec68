# The two commands that matter: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: setup browser demo test lint typecheck unit acceptance bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian's Chromium for the browser tests; installed once, as root (CI runs as root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	  || echo "could not install chromium: the browser tests will be skipped"; }

demo: setup
	rm -f vbkg.db vbkg.db-wal vbkg.db-shm
	$(BIN)/vbkg load samples/
	$(BIN)/vbkg stats
	$(BIN)/vbkg trace "Kết luận 01"
	$(BIN)/vbkg chain 44-KH/TU
	$(BIN)/vbkg top --rel IMPLEMENTS --limit 5
	$(BIN)/vbkg site site/
	@echo "open site/index.html in a browser (it works from file://)"
	@echo "or start the workbench: $(BIN)/vbkg serve   (then open http://127.0.0.1:8000/)"

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

test: browser lint typecheck unit

bench: setup
	$(BIN)/python bench/scale.py --docs 10000
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/graph_quality.py
	$(BIN)/python bench/site.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache vbkg.db
