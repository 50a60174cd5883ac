# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
export CLAIMS_DATABASE_URL ?= sqlite:///./claims.db

.PHONY: run test lint typecheck pytest schema bench clean

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache claims.db claims.db-wal claims.db-shm
