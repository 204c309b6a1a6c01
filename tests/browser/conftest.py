"""Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium, never a downloaded browser) against
Django's live server. `make test` installs the `chromium` package when it is missing."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import expect

# Playwright's sync API keeps an event loop running in the test thread; the ORM calls the tests make to
# prepare their world are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make browsers` (or `apt-get install -y chromium`) installs it")
    home = tmp_path_factory.mktemp("chromium-home")  # Chromium writes its profile and caches here
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "env": env,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture(autouse=True)
def _stored_matches_only(monkeypatch):
    """The re-scoring worker is not part of these journeys: edits still record their re-scoring mark in the
    outbox (in the same transaction), but the drain is not run in the live server's thread. The tests
    store matches as the worker would (tests/matching covers the worker itself)."""
    monkeypatch.setattr("matching.outbox.queue_drain", lambda: None)


def _load_reference_data() -> None:
    """The sectors, regions and languages, as their data migration loads them (idempotent)."""
    importlib.import_module("core.migrations.0002_reference_data").load(apps, None)
    ContentType.objects.clear_cache()  # a flush deleted the content types; they are re-created on demand


@pytest.fixture(autouse=True)
def _reference_data(transactional_db):
    """Live-server tests are transactional: the database is flushed after each one, reference data
    included, so each test loads it first. (Not `serialized_rollback`: Playwright's event loop gives the test
    a database connection of its own, without the serialized copy made when the database was created.)"""
    _load_reference_data()


@pytest.fixture(scope="module", autouse=True)
def _reference_data_back_afterwards(django_db_blocker):
    """Puts the reference data back after this module's last flush, for transactional tests that follow."""
    yield
    with django_db_blocker.unblock():
        _load_reference_data()


expect.set_options(timeout=10_000)


@pytest.fixture
def page(page):
    page.set_default_timeout(10_000)
    page.set_default_navigation_timeout(15_000)
    return page
