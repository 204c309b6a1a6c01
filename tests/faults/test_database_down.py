"""PostgreSQL unreachable: gunicorn serving the portal through a TCP proxy that the test cuts and restores."""

from __future__ import annotations

import json
import time

import pytest

from tests.factories import MemberCityFactory, SolutionListingFactory, StartupFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_unreachable_database_answers_a_clear_503_and_recovers_without_a_restart(
    server_through_proxy, pg_proxy
):
    server = server_through_proxy
    MemberCityFactory(name="Seoul", country="KR", languages=["ko", "en"])
    startup = StartupFactory(name="Loopwise", country="FI", sectors=["environment"])
    listing = SolutionListingFactory(
        startup=startup, title="Food waste weighing bins", sectors=["environment"]
    )

    status, body, _ = server.get("/solutions/")
    assert status == 200 and "Food waste weighing bins" in body
    assert server.get("/api/v1/solutions/")[0] == 200

    pg_proxy.cut()
    status, body, headers = server.get("/solutions/")
    assert status == 503, body[:500]
    assert "Temporarily unavailable" in body and 'class="site-header"' in body
    assert "Traceback" not in body and "OperationalError" not in body
    assert headers.get("Retry-After") == "30"
    status, body, _ = server.get(f"/solutions/{listing.pk}/", headers={"Accept-Language": "ko"})
    assert status == 503 and "일시적으로 이용할 수 없습니다" in body and 'lang="ko"' in body

    status, body, headers = server.get("/api/v1/solutions/")
    assert status == 503 and headers["Content-Type"].startswith("application/json")
    error = json.loads(body)
    assert error["status"] == 503 and error["code"] == "service_unavailable" and error["errors"] == {}
    assert "Traceback" not in body

    assert server.get("/healthz")[0] == 200
    status, body, _ = server.get("/readyz")
    assert status == 503 and json.loads(body)["checks"]["database"]["status"] == "down"

    pg_proxy.restore()
    restored = time.perf_counter()
    status, body, _ = server.get("/solutions/")  # the very next request: no restart, no retry
    first_ok = time.perf_counter() - restored
    assert status == 200 and "Food waste weighing bins" in body
    assert server.get("/api/v1/solutions/")[0] == 200
    assert server.get("/readyz")[0] == 200
    assert server.process.poll() is None, "the server must not have restarted"
    assert "Traceback" not in server.log()
    print(f"\nFIGURE database restored -> first 200: {first_ok * 1000:.0f} ms")
