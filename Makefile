# make run: set up .venv if needed, install presslens, analyse the bundled example article.
# make test: the same set-up, then lint and the test suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := examples/baltic-grain-talks.md

.PHONY: run test lint bench eval clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/presslens analyze $(EXAMPLE)

test: $(STAMP)
	$(BIN)/ruff check src tests bench training
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

eval: $(STAMP)
	$(BIN)/presslens eval extraction ../shared/datasets/article-extraction-dev
	$(BIN)/presslens eval claims --clef ../shared/datasets/clef2019-checkworthy-train/training
	$(BIN)/presslens eval claims --claimbuster ../shared/datasets/claimbuster-2.5xncs/kfold_25ncs.json
	$(BIN)/presslens eval events ../shared/datasets/plover-gsr-dev/plover_gsr_dev.json --split unseen
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-2.json

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
