# make run  — the service on the embedded SQLite default, seeded with the 13 seed roles
# make test — lint, then the whole test suite on SQLite and a real PostgreSQL
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export SHORTLIST_TEST_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:55432/postgres

.PHONY: install run test lint schema bench bench-engine bench-specs bench-service postgres tools browser clean

# Exactly the pinned, hashed versions of requirements.lock (scripts/lock.sh regenerates it from
# pyproject.toml), then the project itself without resolving anything again.
$(STAMP): pyproject.toml requirements.lock
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/shortlist db upgrade
	@set -o pipefail; key=$$($(VENV)/bin/shortlist demo seed | tail -n 1) || exit 1; \
	echo; echo "Shortlist is starting on http://127.0.0.1:8000 (API docs: http://127.0.0.1:8000/docs)"; \
	echo "Pages: http://127.0.0.1:8000/sign-in (sign in with the key below)"; \
	echo "Demo admin API key: $$key"; \
	echo "Try: curl -H \"Authorization: Bearer $$key\" http://127.0.0.1:8000/v1/vacancies"; echo
	$(VENV)/bin/shortlist serve --host 127.0.0.1 --port 8000

postgres:
	bash scripts/test-postgres.sh

tools:
	bash scripts/test-tools.sh

browser:
	bash scripts/test-browser.sh

lint: install
	$(VENV)/bin/ruff check app matching criteria tests benchmarks
	$(VENV)/bin/mypy

test: install lint postgres tools browser
	@set +e; $(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: pytest collected no tests; an empty run is a failure" >&2; fi; \
	exit $$rc

schema: install
	$(PY) -m criteria.schema > docs/role-spec.schema.json

bench-specs: install
	$(PY) -m benchmarks.bench_specs

bench-service: install postgres
	$(PY) -m benchmarks.bench_service

bench-engine: install
	$(PY) -m benchmarks.bench_engine

# Every benchmarks/bench_*.py in turn (add a script there and it runs here too).
bench: install postgres
	@set -e; for script in benchmarks/bench_*.py; do \
	  name=$$(basename $$script .py); echo "== $$name"; $(PY) -m benchmarks.$$name; done

# Load (2 processes, mixed traffic, 30 s) and faults (kill -9 mid bulk upload, a bulk upload
# retried twice at once, PostgreSQL restarted and stopped under load) on a second PostgreSQL
# cluster on 55433 (scripts/reliability-postgres.sh), never the shared one; a few minutes.
reliability: install
	$(PY) -m benchmarks.bench_load --seconds 30 --no-write
	$(PY) -m benchmarks.faults

# schemathesis --checks all over every API operation against a real server on a fresh SQLite
# database (scripts/fuzz_api.py; settings in tests/security/schemathesis.toml); about 2 minutes.
.PHONY: fuzz-api
fuzz-api: install
	$(PY) scripts/fuzz_api.py --report-dir $${TMPDIR:-/tmp}/shortlist-schemathesis

clean:
	rm -rf $(VENV) data .pytest_cache
