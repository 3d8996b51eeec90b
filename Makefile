# make run: set up .venv if needed, install presslens, analyse the bundled example article.
# make test: the same set-up, then lint and the test suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := examples/baltic-grain-talks.md

.PHONY: run test lint bench eval clean chromium

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/presslens analyze $(EXAMPLE)

test: $(STAMP) chromium
	$(BIN)/ruff check src tests bench training
	$(BIN)/python -m pytest -q

# the browser tests drive Debian's Chromium; installed when missing and we may (root with apt-get),
# otherwise those tests skip and say why
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& { apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 \
		&& apt-get install -y -q chromium >/dev/null 2>&1; }; }; } \
		|| echo "chromium is not installed and cannot be installed here: the browser tests will skip"

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

eval: $(STAMP)
	$(BIN)/presslens eval extraction ../shared/datasets/article-extraction-dev
	$(BIN)/presslens eval claims --clef ../shared/datasets/clef2019-checkworthy-train/training
	$(BIN)/presslens eval claims --claimbuster ../shared/datasets/claimbuster-2.5xncs/kfold_25ncs.json
	$(BIN)/presslens eval events ../shared/datasets/plover-gsr-dev/plover_gsr_dev.json --split unseen
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-2.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-3.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-4.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-5.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-6.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-7.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-8.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-9.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-10.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-11.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-12.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-13.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-14.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-15.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-16.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-17.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-18.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-19.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-20.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-21.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-22.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-23.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-24.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-25.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-26.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-27.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-28.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-29.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-30.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-31.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-32.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-33.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-34.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-35.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-36.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-37.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-38.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-39.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-40.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-41.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-42.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-43.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-44.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-45.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-46.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-47.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-48.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-49.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-50.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-51.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-52.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-53.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-54.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-55.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-56.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-57.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-58.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-59.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-60.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-61.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-62.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-63.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-64.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-65.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-66.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-67.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-68.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-69.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-70.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-71.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-72.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-73.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-74.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-75.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-76.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-77.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-78.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-79.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-80.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-81.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-82.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-83.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-84.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-85.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-86.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-87.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-88.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-89.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-90.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-91.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-92.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-93.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-94.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-95.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-96.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-97.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-98.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-99.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-100.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-101.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-102.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-103.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-104.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-105.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-106.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-107.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-108.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-109.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-110.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-111.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-112.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-113.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-114.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-115.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-116.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-117.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-118.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-119.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-120.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-121.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-122.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-123.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-124.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-125.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-126.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-127.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-128.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-129.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-130.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-131.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-132.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-133.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-134.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-135.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-136.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-137.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-138.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-139.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-140.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-141.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-142.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-143.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-144.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-145.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-146.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-147.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-148.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-149.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-150.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-151.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-152.json
	$(BIN)/presslens eval events tests/fixtures/events/presslens-events-153.json

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
