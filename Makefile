# Bench: `make run` evaluates the reference models on the bundled suite; `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TORCH_SPEC ?= torch==2.13.0
MODELS := sentence-transformers/all-MiniLM-L6-v2 sentence-transformers/all-mpnet-base-v2 wordllama/l2_supercat bm25 tfidf random
SUITE ?= default
RUN_DIR := .bench-run/results
TOLERANCE ?= 1e-5

.PHONY: help install browser run update-results test lint typecheck pytest gate-reference screenshot bench perf-stats clean

help:  ## show this help
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH_SPEC)" || $(BIN)/python -m pip install --quiet torch
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install bench with its dev extras

run: $(STAMP)  ## evaluate the reference models afresh, check they reproduce results/ (1e-5), write leaderboards/
	rm -rf $(RUN_DIR) && mkdir -p $(RUN_DIR)
	@for m in $(MODELS); do $(BIN)/bench run --model $$m --suite $(SUITE) --results-dir $(RUN_DIR) || exit $$?; done
	$(BIN)/bench reproduce --reference results --fresh $(RUN_DIR) --suite $(SUITE) --tolerance $(TOLERANCE)
	$(BIN)/bench leaderboard --suite $(SUITE) --out leaderboards

update-results: $(STAMP)  ## after an intended score change: replace results/ with the last make run (.bench-run/results)
	test -d $(RUN_DIR) || { echo "no $(RUN_DIR): run 'make run' first"; exit 1; }
	rm -rf results && cp -r $(RUN_DIR) results && find results -name run_log.jsonl -delete
	$(BIN)/bench leaderboard --suite $(SUITE) --out leaderboards

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check benchmark tests scripts perf
	$(BIN)/ruff format --check benchmark tests scripts perf

typecheck: $(STAMP)  ## mypy (strict) over the package
	$(BIN)/mypy benchmark perf

browser:  ## install Debian's chromium and chromium-driver if missing (as root; else print the command)
	@bash scripts/ensure_browser.sh

pytest: $(STAMP) browser  ## the test suite
	HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TOKENIZERS_PARALLELISM=false $(BIN)/python -m pytest -q

test: browser lint typecheck pytest  ## lint, type-check and run the tests

bench: $(STAMP)  ## speed benchmarks (perf/speed.py: overhead, warm cache, vs mteb, 1M-doc retrieval; perf/board_scale.py; perf/models.py)
	HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false $(BIN)/python perf/speed.py all
	$(BIN)/python perf/board_scale.py --models 50
	HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false $(BIN)/python perf/models.py

perf-stats: $(STAMP)  ## statistics simulations, coverage/A-A/power check (about 20 min) and mteb parity deltas
	$(BIN)/python perf/stats_simulation.py
	HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false $(BIN)/python perf/stats_coverage.py
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
	    || { echo "reference results of $$m changed: if intended, run 'make run' and 'make update-results', then commit results/"; exit 1; }; \
	done

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
