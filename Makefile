# The README's two commands. Everything they need is installed from this repository's files.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test install install-dev browsers screenshots lint bench eval clean

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

## make test: the whole suite (against DATABASE_URL / REDIS_URL when set; .ci/run sets both)
test: install-dev browsers
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

## make bench / make eval: the matching figures (set DATABASE_URL to PostgreSQL for meaningful storing times)
bench: install-dev
	$(PY) manage.py bench_matching --cities $${CITIES:-1000} --startups $${STARTUPS:-10000} --seed 1

eval: install-dev
	$(PY) manage.py eval_matching --per-city

lint: install-dev
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
