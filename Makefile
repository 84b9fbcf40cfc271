# Entry points: `make run` (the product on embedded defaults) and `make test` (the whole suite).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The venv is rebuilt only when pyproject.toml changes (CI caches it inside the clone).
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export ORT_DISABLE_TELEMETRY := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test install ingest bench lint format clean services-up services-down

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) (a few minutes the first time)…"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# torch first, pinned: an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-*; touch $@

install: $(STAMP)

ingest: $(STAMP)
	$(BIN)/gardefou ingest

run: $(STAMP)
	@$(BIN)/gardefou ingest --quiet
	@if [ -n "$$SLACK_BOT_TOKEN" ]; then exec $(BIN)/gardefou serve; else exec $(BIN)/gardefou chat; fi

test: $(STAMP)
	@./scripts/test_services.sh up
	@set -a; . ./.test-services/env; set +a; \
	  $(BIN)/pytest -q -p no:cacheprovider; rc=$$?; \
	  ./scripts/test_services.sh down; exit $$rc

services-up: $(STAMP)
	./scripts/test_services.sh up

services-down:
	./scripts/test_services.sh down

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check bot rules ingest bench tests
	$(BIN)/ruff format --check bot rules ingest bench tests

format: $(STAMP)
	$(BIN)/ruff format bot rules ingest bench tests
	$(BIN)/ruff check --fix bot rules ingest bench tests

clean:
	rm -rf $(VENV) data .test-services
