"""A real Celery worker against the real Redis broker and the test database (PostgreSQL)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from django.db import connections

from tests.conftest import services_required

ROOT = Path(__file__).resolve().parents[2]
TEST_REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _skip_or_fail(reason: str) -> None:
    if services_required():
        pytest.fail(reason)
    pytest.skip(reason)


def _database_url() -> str:
    settings = connections["default"].settings_dict
    if connections["default"].vendor != "postgresql":
        _skip_or_fail("a real worker needs PostgreSQL (set DATABASE_URL)")
    host, port = settings.get("HOST") or "127.0.0.1", settings.get("PORT") or 5432
    user = settings.get("USER") or "postgres"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


class Workers:
    """Starts and kills `celery worker` processes; each writes its log to the test's temp folder."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs, self.processes = env, logs, []

    def start(self, *, concurrency: int = 1, name: str = "w1") -> subprocess.Popen:
        log = (self.logs / f"{name}.log").open("w")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "wego_portal",
                "worker",
                "--pool=prefork",
                f"-c{concurrency}",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--loglevel=INFO",
                f"--hostname={name}@%h",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        deadline = time.monotonic() + 30
        while "ready." not in (self.logs / f"{name}.log").read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((self.logs / f"{name}.log").read_text()[-3000:])
            time.sleep(0.1)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        """SIGKILL the worker and its pool children: nothing gets to acknowledge or clean up."""
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()

    def log(self, name: str = "w1") -> str:
        return (self.logs / f"{name}.log").read_text()


def _reset_connections(app) -> None:
    """Drop the cached connection and producer pools (the app's and kombu's global ones) so the next
    publish connects to the broker URL now configured."""
    from kombu import pools

    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None
    # the result backend is cached per thread: drop it too, or results are read from the old URL
    with contextlib.suppress(AttributeError):
        del app._local.backend


@pytest.fixture
def workers(transactional_db, tmp_path, settings) -> Iterator[Workers]:
    """Real workers on Redis database 15, and this process publishing there too (not in-process)."""
    from wego_portal.celery import app

    try:
        redis.Redis.from_url(TEST_REDIS, socket_connect_timeout=2).flushdb()
    except redis.RedisError as error:
        _skip_or_fail(f"a real worker needs Redis at {TEST_REDIS}: {error}")
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "REDIS_URL": TEST_REDIS,
        "CELERY_VISIBILITY_TIMEOUT": "8",
        "CELERY_UNACKED_RESTORE_INTERVAL": "1",
        "CELERY_UNACKED_RESTORE_THROTTLE": "1",
        "MATCHING_DRAIN_DELAY": "1",
        "MATCHING_EMBEDDING_MODEL": settings.MATCHING_EMBEDDING_MODEL,
    }
    transport = {**app.conf.broker_transport_options, "visibility_timeout": 8}
    previous = (
        app.conf.broker_url,
        app.conf.result_backend,
        app.conf.task_always_eager,
        app.conf.broker_transport_options,
    )
    app.conf.update(
        broker_url=TEST_REDIS,
        result_backend=TEST_REDIS,
        task_always_eager=False,
        broker_transport_options=transport,
    )
    _reset_connections(app)
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.MATCHING = {**settings.MATCHING, "DRAIN_DELAY": 1}
    group = Workers(env, tmp_path)
    try:
        yield group
    finally:
        group.stop_all()
        app.conf.update(
            broker_url=previous[0],
            result_backend=previous[1],
            task_always_eager=previous[2],
            broker_transport_options=previous[3],
        )
        _reset_connections(app)
        redis.Redis.from_url(TEST_REDIS).flushdb()


def wait_for(condition: Callable[[], object], *, timeout: float = 60, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
