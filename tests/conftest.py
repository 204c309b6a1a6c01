"""Shared fixtures: the three roles plus outsiders, and Celery in-process unless a test asks for a worker."""

from __future__ import annotations

import os

import pytest

from accounts.models import Role
from core.models import MembershipStatus
from tests.factories import MemberCityFactory, ProfileFactory, StartupFactory, UserFactory


def services_required() -> bool:
    """On CI (REQUIRE_SERVICES=1) a missing PostgreSQL or Redis fails the run instead of skipping."""
    return os.environ.get("REQUIRE_SERVICES") == "1"


def pytest_collection_modifyitems(session, config, items):
    """The SQLite re-run of the property tests is a subprocess of a minute or more: start it now, beside the
    rest of the suite, when this session runs it (tests/faults/test_sqlite_properties.py waits for it)."""
    if any(item.nodeid.startswith("tests/faults/test_sqlite_properties.py::") for item in items):
        from tests.faults import test_sqlite_properties

        test_sqlite_properties.start()
        config.add_cleanup(test_sqlite_properties.stop)


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Sectors, regions and languages come from a data migration; a transactional test's flush removes
    them, so a test that uses the database gets them back first."""
    marker = request.node.get_closest_marker("django_db")
    names = set(request.fixturenames)
    if marker is None and not names & {"db", "transactional_db", "live_server"}:
        return
    transactional = bool(marker and marker.kwargs.get("transaction")) or names & {
        "transactional_db",
        "live_server",
    }
    request.getfixturevalue("transactional_db" if transactional else "db")
    from core.reference import ensure_reference_data

    ensure_reference_data()


@pytest.fixture(autouse=True)
def _celery_in_process(settings):
    """Ordinary tests run tasks in-process; the worker tests switch to the real broker themselves."""
    from wego_portal.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _no_embedding_model(settings):
    """The sentence-embedding model is real and takes about 50-200 ms a text: off (words and concepts only)
    unless a test is about it (tests/matching/test_embeddings.py switches it on)."""
    settings.MATCHING_EMBEDDING_MODEL = "none"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Tests create and sign in many accounts; the production hasher's deliberate slowness is not under test
    (the password validators still are)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _no_signup_rate_limit(settings):
    """The sign-up and logo limits count per address or organisation in the shared cache (Redis on CI): off
    unless a test is about them (tests/security switch them on with an address or a key of their own)."""
    settings.SIGNUP_RATE_LIMIT = ""
    settings.SIGNUP_ATTEMPT_RATE_LIMIT = ""
    settings.LOGO_CHANGE_RATE_LIMIT = ""


@pytest.fixture(autouse=True)
def _search_throttle(settings, monkeypatch):
    """Searches are limited per address (core.throttling.SearchRate): generous here, with a history of
    each test's own (tests/startups/test_search.py sets a low rate to test the limit)."""
    import uuid

    from django.core.cache import cache as shared_cache
    from django.core.cache.backends.locmem import LocMemCache

    from core.throttling import SearchRate
    from startups.models import CATALOGUE_TEXT_VERSION_KEY, CATALOGUE_VERSION_KEY

    settings.SEARCH_THROTTLE_RATE = "100000/minute"
    # cached facet counts of an earlier test's catalogue are not this test's
    fresh = uuid.uuid4().int % 10**12
    shared_cache.set_many({CATALOGUE_VERSION_KEY: fresh, CATALOGUE_TEXT_VERSION_KEY: fresh}, timeout=None)
    cache = LocMemCache("search-throttle-tests", {})
    monkeypatch.setattr(SearchRate, "cache", cache)
    yield cache
    cache.clear()


@pytest.fixture
def seoul(db):
    return MemberCityFactory(
        name="Seoul",
        country="KR",
        population=9_400_000,
        languages=["ko", "en"],
        priority_sectors=["mobility", "environment"],
    )


@pytest.fixture
def bogota(db):
    return MemberCityFactory(
        name="Bogotá", country="CO", population=7_900_000, languages=["es"], priority_sectors=["safety"]
    )


@pytest.fixture
def startup(db):
    return StartupFactory(name="Loopwise", country="KR", sectors=["environment"], languages=["ko", "en"])


@pytest.fixture
def seoul_official(seoul):
    return ProfileFactory(
        user=UserFactory(username="official.seoul"), role=Role.CITY_OFFICIAL, city=seoul
    ).user


@pytest.fixture
def bogota_official(bogota):
    return ProfileFactory(
        user=UserFactory(username="official.bogota"), role=Role.CITY_OFFICIAL, city=bogota
    ).user


@pytest.fixture
def startup_member(startup):
    return ProfileFactory(
        user=UserFactory(username="startup.member"), role=Role.STARTUP_MEMBER, startup=startup
    ).user


@pytest.fixture
def secretariat(db):
    user = UserFactory(username="secretariat", is_staff=True)
    ProfileFactory(user=user, role=Role.SECRETARIAT)
    return user


@pytest.fixture
def outsider(db):
    """Signed in, but neither an official, a startup member nor staff."""
    return UserFactory(username="outsider")


@pytest.fixture
def pending_startup(db):
    return StartupFactory(name="Hanbit Mobility", membership_status=MembershipStatus.PENDING, joined_on=None)
