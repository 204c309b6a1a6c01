"""Faults against real services: a private Redis that a test may kill, a TCP proxy in front of PostgreSQL
that a test may cut, and a portal served by gunicorn through that proxy. The machine's shared Redis and
PostgreSQL are never stopped."""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from django.db import connections

from tests.matching.conftest import (  # noqa: F401 (the `workers` fixture, for the kill test)
    ROOT,
    Workers,
    _database_url,
    _reset_connections,
    _skip_or_fail,
    workers,
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateRedis:
    """A throwaway `redis-server` on a port of its own, no persistence, that a test kills and restarts."""

    def __init__(self, logs: Path) -> None:
        self.port, self.logs, self.process = free_port(), logs, None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            _skip_or_fail("the Redis fault tests need redis-server (apt-get install redis-server)")
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=(self.logs / "redis.log").open("a"),
            stderr=subprocess.STDOUT,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.RedisError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((self.logs / "redis.log").read_text()[-2000:]) from None
                time.sleep(0.05)

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture
def portal_on_private_redis(private_redis, settings, transactional_db) -> Iterator[PrivateRedis]:
    """This process's cache and Celery broker on the private Redis (what production has on its Redis)."""
    from wego_portal.celery import app

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": private_redis.url,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
    }
    settings.MATCHING = {**settings.MATCHING, "DRAIN_DELAY": 1}
    previous = (app.conf.broker_url, app.conf.result_backend, app.conf.task_always_eager)
    app.conf.update(broker_url=private_redis.url, result_backend=private_redis.url, task_always_eager=False)
    _reset_connections(app)
    try:
        yield private_redis
    finally:
        app.conf.update(broker_url=previous[0], result_backend=previous[1], task_always_eager=previous[2])
        _reset_connections(app)


@pytest.fixture
def private_workers(portal_on_private_redis, tmp_path) -> Iterator[Workers]:
    """Real workers consuming from the private Redis, writing to the test database."""
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "REDIS_URL": portal_on_private_redis.url,
        "MATCHING_DRAIN_DELAY": "1",
    }
    group = Workers(env, tmp_path)
    try:
        yield group
    finally:
        group.stop_all()


class TcpProxy:
    """Forwards 127.0.0.1:<port> to PostgreSQL. `cut()` drops every open connection and refuses new ones
    (PostgreSQL looks unreachable to whoever connects through it); `restore()` forwards again."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut_off = threading.Event()
        self.stopped = threading.Event()
        self.lock = threading.Lock()
        self.open: set[socket.socket] = set()
        self.thread = threading.Thread(target=self._accept, name="pg-proxy", daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.listener.settimeout(0.2)
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.cut_off.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=2)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open |= {client, upstream}
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        peers = {client: upstream, upstream: client}
        with selectors.DefaultSelector() as selector:
            for sock in peers:
                sock.setblocking(True)
                selector.register(sock, selectors.EVENT_READ)
            try:
                while not self.stopped.is_set():
                    for key, _ in selector.select(timeout=0.2):
                        data = key.fileobj.recv(65536)
                        if not data:
                            return
                        peers[key.fileobj].sendall(data)
            except OSError:
                return
            finally:
                self._close(client, upstream)

    def _close(self, *socks: socket.socket) -> None:
        with self.lock:
            for sock in socks:
                self.open.discard(sock)
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def cut(self) -> None:
        self.cut_off.set()
        with self.lock:
            open_now = list(self.open)
        for sock in open_now:  # each pipe then reads EOF, and closes both of its ends itself
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def restore(self) -> None:
        self.cut_off.clear()

    def stop(self) -> None:
        self.stopped.set()
        self.cut()
        self.thread.join(timeout=5)
        self.listener.close()


@pytest.fixture
def pg_proxy(transactional_db) -> Iterator[TcpProxy]:
    settings = connections["default"].settings_dict
    if connections["default"].vendor != "postgresql":
        _skip_or_fail("the database fault test needs PostgreSQL (set DATABASE_URL)")
    proxy = TcpProxy((settings.get("HOST") or "127.0.0.1", int(settings.get("PORT") or 5432)))
    try:
        yield proxy
    finally:
        proxy.stop()


class Server:
    """The portal under gunicorn in its own process (DEBUG off), its database reached through the proxy."""

    def __init__(self, proxy: TcpProxy, logs: Path) -> None:
        self.port, self.logs = free_port(), logs
        database = _database_url().rsplit("@", 1)
        user, (_, name) = database[0], database[1].split("/", 1)
        env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "DEBUG"}}
        env.update(
            DATABASE_URL=f"{user}@127.0.0.1:{proxy.port}/{name}",
            DEBUG="0",
            CONN_MAX_AGE="60",
            DJANGO_ENV="development",
            LOG_LEVEL="WARNING",
        )
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "wego_portal.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--threads",
                "2",
                "--no-control-socket",
                "--timeout",
                "30",
            ],
            cwd=ROOT,
            env=env,
            stdout=(logs / "gunicorn.log").open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while self.get("/healthz")[0] != 200:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(self.log()[-3000:])
            time.sleep(0.1)

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our own server
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)
        except OSError:
            return 0, "", {}

    def log(self) -> str:
        return (self.logs / "gunicorn.log").read_text()

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()


@pytest.fixture
def server_through_proxy(pg_proxy, tmp_path) -> Iterator[Server]:
    server = Server(pg_proxy, tmp_path)
    try:
        yield server
    finally:
        server.stop()
