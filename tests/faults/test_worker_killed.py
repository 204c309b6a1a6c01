"""One task (the outbox drain) whose worker is SIGKILLed in the middle of it: another worker runs it again
and the stored matches end complete and unduplicated. (tests/matching/test_worker.py kills a whole worker
in the middle of `rescore_all`.)"""

from __future__ import annotations

import time

import psycopg2
import pytest
from django.db.models import Count

from matching import pipeline
from matching.models import Match, MatchRun, RescoreRequest, RunStatus
from startups.services import publish_listing
from tests.faults.conftest import _database_url
from tests.matching.conftest import wait_for
from tests.matching.test_worker import _assert_complete_and_consistent, _world

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

WAITING_ON_A_LOCK = (
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
)


def test_a_drain_killed_mid_run_is_run_again_by_another_worker(workers):
    seoul, _, loopwise, draft, others = _world()
    pipeline.rescore_all()
    run = MatchRun.objects.get(status=RunStatus.CURRENT)

    # Hold the current run's row, so the drain stops where it stores its rows (it locks the run there):
    # the worker is then killed in the middle of the task, not before or after it.
    blocker = psycopg2.connect(_database_url())
    try:
        with blocker.cursor() as cursor:
            cursor.execute("SELECT id FROM matching_matchrun WHERE id = %s FOR UPDATE", [run.pk])
        publish_listing(listing=draft)  # commits the outbox mark, queues one drain
        first = workers.start(name="w1")
        probe = psycopg2.connect(_database_url())
        probe.autocommit = True
        with probe.cursor() as cursor:

            def drain_is_waiting() -> bool:
                cursor.execute(WAITING_ON_A_LOCK)
                return cursor.fetchone()[0] > 0

            wait_for(drain_is_waiting, timeout=30, what="the drain to reach the store")
        probe.close()
        assert "drain_rescore_requests" in workers.log("w1")
        workers.kill(first)
        killed = time.perf_counter()
        workers.start(name="w2")
    finally:
        blocker.rollback()
        blocker.close()

    wait_for(
        lambda: Match.objects.for_city(seoul.pk).filter(startup=loopwise).exists(),
        timeout=45,
        what="the drain, run again on the second worker",
    )
    wait_for(lambda: not RescoreRequest.objects.exists(), timeout=20, what="the outbox to empty")
    again = time.perf_counter() - killed
    assert "drain_rescore_requests" in workers.log("w2") and "succeeded" in workers.log("w2")

    current = Match.objects.filter(run=MatchRun.objects.get(status=RunStatus.CURRENT))
    assert not current.values("city", "startup").annotate(n=Count("id")).filter(n__gt=1).exists()
    _assert_complete_and_consistent(k=50)
    ranks = sorted(
        current.filter(startup=loopwise, startup_rank__isnull=False).values_list("startup_rank", flat=True)
    )
    assert ranks == list(range(1, len(others) + 2)), ranks  # every city, each once, in rank order
    assert current.get(city=seoul, startup=loopwise).city_rank == 1
    print(
        f"\nFIGURE drain's worker SIGKILLed -> run again and stored by another worker in {again:.1f} s "
        "(visibility timeout 8 s in tests)"
    )
