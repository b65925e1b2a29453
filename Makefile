# Two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench lint install clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# the default install: offline, no model download
$(VENV)/.demo: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

# the test install adds every optional path the tests exercise (spaCy, Ray, browser, sentence-transformers)
$(VENV)/.test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.demo

install: $(VENV)/.demo

demo: $(VENV)/.demo
	$(BIN)/synoptic brief examples/geneva-2022 --format html -o brief.html --quiet
	$(BIN)/synoptic brief examples/geneva-2022 --format md --quiet
	@echo "HTML brief written to brief.html"

test: $(VENV)/.test
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -ra

# every benchmark's test and development figures in one table (long on 2 cores;
# `make bench BENCH_ARGS=--quick` for one arrival order and the feed rows only)
bench: $(VENV)/.test
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

lint: $(VENV)/.test
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) brief.html .pytest_cache
