# vbgraph: every set-up step lives here, so a fresh machine needs only `make run` / `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA_DIR ?= .data
HOST ?= 127.0.0.1
PORT ?= 8000
export VBGRAPH_DATA_DIR ?= $(DATA_DIR)

.PHONY: help install run ingest-samples serve test test-fast lint typecheck check neo4j neo4j-stop bench-deps \
        browser-deps doc-deps bench clean

help:
	@echo "make run        - install, ingest the sample corpus, serve the API and graph view"
	@echo "make test       - install everything and run every test (starts the test Neo4j)"
	@echo "make check      - lint + types + tests"
	@echo "make neo4j      - build and start the local Neo4j 5.26 (Bolt on 127.0.0.1:7687)"
	@echo "make bench      - run the benchmarks in bench/"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# (the project's own modules compiled to bytecode: every command starts 0.15 s sooner where
# the environment sets PYTHONDONTWRITEBYTECODE; files already compiled are skipped)
install: $(STAMP)
	@$(BIN)/python -m compileall -q -j 0 api graph ingest viz bench > /dev/null

ingest-samples: install
	$(BIN)/vbgraph ingest examples/corpus --data-dir $(DATA_DIR)

serve: install
	$(BIN)/vbgraph serve --host $(HOST) --port $(PORT) --data-dir $(DATA_DIR)

run: doc-deps ingest-samples serve

# Chromium for the browser tests comes from Debian's packages (never a browser download).
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "installing Debian chromium + chromium-driver"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
			|| echo "WARNING: could not install chromium; browser tests will skip"; \
	fi

# antiword, which reads Word 97-2003 (.doc) files, from Debian's packages.
doc-deps:
	@if ! command -v antiword >/dev/null 2>&1; then \
		echo "installing Debian antiword (reads .doc files)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq antiword >/dev/null) \
			|| echo "WARNING: could not install antiword; .doc files will be refused with a message"; \
	fi

# wrk, the C load generator of `bench/bench_api.py --client wrk`, from Debian's packages.
bench-deps:
	@if ! command -v wrk >/dev/null 2>&1; then \
		echo "installing Debian wrk"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) \
			|| echo "WARNING: could not install wrk; bench_api.py --client wrk will refuse"; \
	fi

neo4j:
	bash scripts/neo4j-start.sh

neo4j-stop:
	bash scripts/neo4j-stop.sh

# Every test: the Neo4j tests run against the real server started here (they fail in CI
# when it is missing, and skip loudly elsewhere).
test: install browser-deps doc-deps
	@status=0; \
	if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then \
		bash scripts/neo4j-start.sh || status=$$?; \
	else \
		echo "!!! java/mvn not found: Neo4j tests will be skipped (they are required in CI) !!!"; \
	fi; \
	if [ $$status -ne 0 ] && [ "$${CI:-}" = "true" ]; then echo "Neo4j did not start"; exit $$status; fi; \
	$(BIN)/python -m pytest -q $(PYTEST_ARGS); status=$$?; \
	bash scripts/neo4j-stop.sh >/dev/null 2>&1 || true; \
	exit $$status

test-fast: install
	$(BIN)/python -m pytest -q -m "not neo4j and not browser" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check api graph ingest viz tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

bench: install bench-deps
	$(BIN)/python -m bench.bench_ingest --backends sqlite embedded
	$(BIN)/python -m bench.bench_extract
	$(BIN)/python -m bench.bench_graph
	$(BIN)/python bench/bench_api.py --backend sqlite --docs 100000 --workers 2 --client wrk

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
