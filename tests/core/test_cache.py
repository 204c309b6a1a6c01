"""The cache as settings configure it (django-redis, exceptions ignored and logged), with Redis unreachable:
reads miss, writes are dropped, nothing raises within the socket timeouts, and neither the API throttles nor
the sign-up limit turn a request into a 500."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from tests.security.test_signup import _city_signup

TIMEOUT = 0.5  # seconds: what settings give both the connect and the read timeouts


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens there once the socket is closed: refused at once


@contextlib.contextmanager
def _silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers (a Redis that hangs)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    held, stop = [], threading.Event()

    def accept() -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                held.append(server.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=2)
        for sock in held:
            sock.close()
        server.close()


def _configured(settings) -> dict:
    """The cache settings give production (with REDIS_URL set), whatever this test run's environment."""
    return {"BACKEND": "django_redis.cache.RedisCache", "OPTIONS": settings.REDIS_CACHE_OPTIONS}


@pytest.fixture
def cache_down(settings):
    """The configured cache, pointed at a port where no Redis listens."""
    settings.CACHES = {
        "default": {**_configured(settings), "LOCATION": f"redis://127.0.0.1:{_closed_port()}/0"}
    }
    yield caches["default"]


def test_the_configured_cache_ignores_and_logs_errors_within_half_a_second(settings):
    if settings.REDIS_URL:
        assert settings.CACHES["default"] == {**_configured(settings), "LOCATION": settings.REDIS_URL}
    options = _configured(settings)["OPTIONS"]
    assert options["IGNORE_EXCEPTIONS"] is True
    assert options["SOCKET_CONNECT_TIMEOUT"] == TIMEOUT and options["SOCKET_TIMEOUT"] == TIMEOUT
    assert settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS is True


def test_with_redis_down_reads_miss_writes_are_dropped_and_nothing_raises(cache_down, caplog):
    assert cache_down.get("key") is None
    assert cache_down.get("key", "default") == "default"
    assert cache_down.get_many(["a", "b"]) == {}
    assert not cache_down.has_key("key")
    cache_down.set("key", 1, timeout=5)
    cache_down.set_many({"a": 1}, timeout=5)
    cache_down.delete("key")
    cache_down.delete_many(["a", "b"])
    # neither True nor False: nothing is known. Callers that must go ahead test `is False` / `is None`.
    # (`touch` is not covered by django-redis's IGNORE_EXCEPTIONS: it raises; nothing here calls it.)
    assert cache_down.add("lock", 1, timeout=5) is None
    assert cache_down.incr("counter") is None
    ignored = [record for record in caplog.records if record.name == "django_redis.cache"]
    assert ignored and all(record.exc_info for record in ignored)


def test_a_redis_that_hangs_gives_up_at_the_socket_timeout_and_misses(settings, caplog):
    with _silent_server() as port:
        settings.CACHES = {"default": {**_configured(settings), "LOCATION": f"redis://127.0.0.1:{port}/0"}}
        assert caches["default"].get("key", "default") == "default"
    # the read timed out (the socket timeout above): logged, not raised, and the call did not hang
    assert "Timeout reading from socket" in caplog.text


@pytest.mark.django_db
def test_with_redis_down_the_api_throttles_let_requests_through(cache_down, seoul):
    for _ in range(3):
        assert Client().get("/api/v1/cities/").status_code == 200


@pytest.mark.django_db
def test_with_redis_down_the_signup_limit_lets_the_submission_through(cache_down, settings, seoul):
    settings.SIGNUP_RATE_LIMIT = "3/hour"
    response = Client().post(reverse("accounts:signup_city"), _city_signup(seoul, password="short"))
    assert response.status_code == 200  # the form's own error, not a 500 nor a 429
