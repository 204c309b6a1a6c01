# The README's two commands. Everything they need is installed from this repository's files.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test install install-dev browsers screenshots lint bench eval load load-big-world load-big bench-search audit clean mail-latency

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

## make run: install, migrate, load the demo data, score matches, serve on http://127.0.0.1:$(PORT)
run: install
	PORT=$(PORT) PY=$(PY) bash scripts/run.sh

## make browsers: Debian's Chromium for the browser tests (Playwright never downloads a browser here)
browsers:
	@test -x /usr/bin/chromium || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y chromium \
		|| { apt-get update && apt-get install -y chromium; }; }

## make screenshots: docs/screenshots/*.png from a throwaway demo database (needs a Korean font too)
screenshots: install-dev browsers
	@fc-list :lang=ko | grep -q . || apt-get install -y fonts-nanum
	$(PY) scripts/screenshots.py
	$(PY) scripts/screenshots_notifications.py

## make test: the whole suite (against DATABASE_URL / REDIS_URL when set; .ci/run sets both)
test: install-dev browsers
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/bandit -c pyproject.toml -r . --quiet --severity-level high --confidence-level high
	$(PY) -m pytest

## make bench / make eval: the matching figures (set DATABASE_URL to PostgreSQL for meaningful storing times)
bench: install-dev
	$(PY) manage.py bench_matching --cities $${CITIES:-1000} --startups $${STARTUPS:-10000} --seed 1

eval: install-dev
	$(PY) manage.py eval_matching --per-city

## make mail-latency: event → mail accepted by an SMTP server (aiosmtpd) through the outbox and a real worker,
## median of 20 (needs PostgreSQL and REDIS_URL, a Redis database it may flush)
mail-latency: install-dev
	$(PY) scripts/measure_mail_latency.py

## make load: recreate the `wego_load` database with the demo world, serve it with gunicorn and a worker, run
## locust (20 users, 60 s) from its own virtualenv, stop everything, print the figures (needs PostgreSQL, Redis)
.venv-load/.installed: scripts/load/requirements.txt
	test -x .venv-load/bin/python || $(PYTHON) -m venv .venv-load
	.venv-load/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/load/requirements.txt
	touch $@

load: install .venv-load/.installed
	PY=$(PY) bash scripts/load/run.sh

## make load-big-world / load-big: the same load against the 1,000 x 10,000 world (15,500 published listings),
## built once into the `wego_load_big` database (a few minutes), then served as it is by every `make load-big`
load-big-world: install .venv-load/.installed
	LOAD_DB=wego_load_big LOAD_DEMO_ARGS="--cities 1000 --startups 10000" PY=$(PY) DURATION=1s USERS=1 \
		bash scripts/load/run.sh

load-big: install .venv-load/.installed
	LOAD_DB=$${LOAD_DB:-wego_load_big} LOAD_REUSE=1 PY=$(PY) bash scripts/load/run.sh

## make bench-search: search latency at the 1,000 x 10,000 size (on the `make load-big-world` database)
bench-search: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/wego_load_big} $(PY) manage.py bench_search

## make audit: known vulnerabilities in the installed dependencies. pip-audit needs PyPI's and OSV's
## databases: offline every package reads "not found", and --strict makes that a failure, not a pass.
audit: install-dev
	$(VENV)/bin/pip-audit --strict --progress-spinner off

lint: install-dev
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
