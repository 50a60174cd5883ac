# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
export CLAIMS_DATABASE_URL ?= sqlite:///./claims.db

.PHONY: run test lint typecheck pytest schema bench compile uncompile clean

# Rebuilt when pyproject.toml changes, so new dependencies arrive on their own.
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

run: $(VENV)/.installed
	$(VENV)/bin/claims db upgrade
	$(VENV)/bin/claims ingest seeds/ --no-upgrade
	$(VENV)/bin/claims serve --host $(HOST) --port $(PORT)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m claims.api.export_schema --check

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

pytest: $(VENV)/.installed
	$(VENV)/bin/pytest -q

test: lint typecheck pytest

schema: $(VENV)/.installed
	$(PY) -m claims.api.export_schema

bench: $(VENV)/.installed
	$(PY) bench/ingest.py
	$(PY) bench/extract.py

# Optional: compile the text layer's hot modules with mypyc (needs a C
# compiler). The .py files stay the source of truth: an edited module makes
# the package fall back to its sources until the next `make compile`.
compile: $(VENV)/.installed
	$(PY) tools/compile_text.py

uncompile:
	$(PYTHON) tools/compile_text.py --clean

clean: uncompile
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache claims.db claims.db-wal claims.db-shm
