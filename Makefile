# One venv, pinned by hash; every target installs what it needs first.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install assets demo test test-all lint format eval clean

$(STAMP): pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP) assets

# Front-end libraries come from npm at build time (package-lock.json pins them); only their
# dist files are copied into the package. The web pages still work without them (no map).
VENDOR := src/newsgraph/web/static/vendor
assets: $(VENDOR)/.built

$(VENDOR)/.built: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/leaflet
	cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/
	cp node_modules/world-atlas/countries-110m.json $(VENDOR)/
	touch $@

demo: install  ## run newsgraph on the bundled sample articles
	$(BIN)/newsgraph demo

test: install  ## the test suite (evaluations on ../shared dev data included when present)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

lock:  ## re-pin requirements.lock from pyproject.toml (needs uv in the venv)
	$(BIN)/python -m pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra bench --generate-hashes \
	  --python-version 3.11 --python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
