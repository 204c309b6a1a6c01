"""Liveness and readiness probes for the process manager and the load balancer: /healthz and /readyz.

They sit beside the settings rather than in an edge app: they check the project's own wiring (the database,
the Celery broker, the cache), not a page or an API resource."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from django.core.cache import cache
from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from wego_portal.celery import app

READY_TIMEOUT = 1.0  # seconds: every dependency check answers within this, or counts as down


def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: the process answers. Dependencies are /readyz's business."""
    return JsonResponse({"status": "ok"})


def _check_database() -> str:
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        connection.close()  # this runs in a probe thread: leave no connection behind
    return "ok"


def _check_broker() -> str:
    if app.conf.task_always_eager:
        return "in-process"  # no broker configured: tasks run in the web process
    options = {
        **app.conf.broker_transport_options,
        "socket_connect_timeout": READY_TIMEOUT,
        "socket_timeout": READY_TIMEOUT,
    }
    with app.connection_for_write(connect_timeout=READY_TIMEOUT, transport_options=options) as connection:
        connection.ensure_connection(max_retries=0, timeout=READY_TIMEOUT)
        client = getattr(connection.default_channel, "client", None)
        if client is not None:  # Redis: a real round trip, not only an open socket
            client.ping()
    return "ok"


def _check_cache() -> str:
    key, token = f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, token, timeout=5)
    seen = cache.get(key)
    cache.delete(key)
    if seen != token:  # the resilient cache drops writes while Redis is down instead of raising
        raise ConnectionError("the cache did not keep a value")
    return "ok"


CHECKS: dict[str, Callable[[], str]] = {
    "database": _check_database,
    "broker": _check_broker,
    "cache": _check_cache,
}


def _probe(check: Callable[[], str]) -> dict[str, object]:
    started = time.perf_counter()
    try:
        state = check()
    except Exception as error:  # noqa: BLE001 - a probe reports every failure, it never raises
        return {
            "status": "down",
            "error": f"{type(error).__name__}: {error}"[:300],
            "ms": round((time.perf_counter() - started) * 1000, 1),
        }
    return {"status": state, "ms": round((time.perf_counter() - started) * 1000, 1)}


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: the database, the broker and the cache, checked together, each within READY_TIMEOUT.
    503 (with the failing dependency named) when any is down."""
    pool = ThreadPoolExecutor(max_workers=len(CHECKS), thread_name_prefix="readyz")
    futures = {name: pool.submit(_probe, check) for name, check in CHECKS.items()}
    deadline = time.monotonic() + READY_TIMEOUT
    results: dict[str, dict[str, object]] = {}
    for name, future in futures.items():
        try:
            results[name] = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            results[name] = {"status": "down", "error": f"no answer within {READY_TIMEOUT} s"}
    pool.shutdown(wait=False)  # a check stuck past the deadline finishes on its own socket timeout
    ready = all(result["status"] != "down" for result in results.values())
    body = {"status": "ok" if ready else "unavailable", "checks": results}
    return JsonResponse(body, status=200 if ready else 503)
