# Bench: `make run` evaluates the reference models on the bundled suite; `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TORCH_SPEC ?= torch==2.13.0
MODELS := sentence-transformers/all-MiniLM-L6-v2 bm25 tfidf random
SUITE ?= default

.PHONY: help install run test lint typecheck pytest gate-reference screenshot bench perf-stats clean

help:  ## show this help
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH_SPEC)" || $(BIN)/python -m pip install --quiet torch
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install bench with its dev extras

run: $(STAMP)  ## evaluate the reference models on the default suite (offline), write leaderboards/ (tables, page)
	@for m in $(MODELS); do $(BIN)/bench run --model $$m --suite $(SUITE) || exit $$?; done
	$(BIN)/bench leaderboard --suite $(SUITE) --out leaderboards

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check benchmark tests scripts perf
	$(BIN)/ruff format --check benchmark tests scripts perf

typecheck: $(STAMP)  ## mypy (strict) over the package
	$(BIN)/mypy benchmark perf

pytest: $(STAMP)  ## the test suite
	HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TOKENIZERS_PARALLELISM=false $(BIN)/python -m pytest -q

test: lint typecheck pytest  ## lint, type-check and run the tests

bench: $(STAMP)  ## speed benchmarks (perf/speed.py: overhead, warm cache, vs mteb, 1M-doc retrieval; perf/board_scale.py)
	HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false $(BIN)/python perf/speed.py all
	$(BIN)/python perf/board_scale.py --models 50

perf-stats: $(STAMP)  ## statistics simulations and mteb parity deltas on ../shared/data
	$(BIN)/python perf/stats_simulation.py
	HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false $(BIN)/python perf/parity_deltas.py

screenshot: $(STAMP)  ## PNG of leaderboards/index.html in headless Chromium (for the README)
	$(BIN)/python scripts/screenshot_leaderboard.py --height 1400

gate-reference: $(STAMP)  ## re-run BM25 and TF-IDF; fail if a score moved from the committed results/
	rm -rf .bench-gate && mkdir -p .bench-gate
	@for m in bm25 tfidf; do \
	  committed=$$(ls -d results/bench__$$m/*); \
	  $(BIN)/bench gate --baseline $$committed --candidate $$m --results-dir .bench-gate \
	    --markdown .bench-gate/$$m.md || exit $$?; \
	  diff -r -q -x run_log.jsonl $$committed .bench-gate/bench__$$m/$$(basename $$committed) \
	    || { echo "reference results of $$m changed: if intended, run 'make run' and commit results/"; exit 1; }; \
	done

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
