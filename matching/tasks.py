"""Celery tasks: thin, take ids, call the pipeline. Retries, time limits and late acks are declared here;
the schedule lives in settings (CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

import contextlib
import logging

from celery import group, shared_task
from django.conf import settings
from django.core.cache import cache

from matching import pipeline

log = logging.getLogger(__name__)
DRAIN_LOCK = "matching:drain-queued"
RETRY = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (Exception,),
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 5,
}


def queue_drain() -> None:
    """Queue one outbox drain for a burst of edits (a short-lived cache key collapses the burst). A broker
    outage is logged, not raised: the mark is committed and the beat sweep picks it up later."""
    try:
        if not cache.add(DRAIN_LOCK, 1, timeout=settings.MATCHING["DRAIN_DELAY"]):
            return
        drain_rescore_requests.apply_async(countdown=settings.MATCHING["DRAIN_DELAY"])
    except Exception:  # noqa: BLE001 - the outbox row is already committed; nothing is lost
        log.warning(
            "Could not queue the re-scoring drain; the periodic sweep will pick it up.", exc_info=True
        )
        with contextlib.suppress(Exception):  # the cache is often down with the broker (one Redis)
            cache.delete(DRAIN_LOCK)


# ignore_result: nobody waits for a drain's result, and publishing a task whose result is kept first
# subscribes to the result backend, which retries for ~20 s while Redis is down: an edit must not wait.
@shared_task(soft_time_limit=600, time_limit=660, ignore_result=True, **RETRY)
def drain_rescore_requests() -> dict[str, int]:
    cache.delete(DRAIN_LOCK)
    return pipeline.drain_outbox()


@shared_task(soft_time_limit=300, time_limit=330, **RETRY)
def rescore_startup(startup_id: int) -> int:
    return pipeline.rescore_startups([startup_id])


@shared_task(soft_time_limit=300, time_limit=330, **RETRY)
def rescore_city(city_id: int) -> int:
    return pipeline.rescore_cities([city_id])


@shared_task(soft_time_limit=1800, time_limit=1900, **RETRY)
def rescore_all(slices: int | None = None) -> int:
    """Fit the vocabulary, then hand one task per city slice to the workers; the last slice to finish
    makes the run current."""
    slices = slices or settings.MATCHING["SLICES"]
    run, _, _ = pipeline.start_run(slices=slices)
    group(score_slice.s(run.pk, index) for index in range(run.slices)).apply_async()
    return run.pk


@shared_task(soft_time_limit=1800, time_limit=1900, **RETRY)
def score_slice(run_id: int, slice_index: int) -> int:
    return pipeline.score_slice(run_id=run_id, slice_index=slice_index)


@shared_task
def purge_old_runs() -> int:
    return pipeline.purge_old_runs()
