"""Celery tasks: thin, take ids, call the pipeline. Retries, time limits and late acks are declared here;
the schedule lives in settings (CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

import time

from celery import group, shared_task
from django.conf import settings
from django.core.cache import cache

from matching import pipeline
from matching.embeddings import EMBED_LOCK
from matching.outbox import DRAIN_LOCK

RETRY = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (Exception,),
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 5,
}


# ignore_result: nobody waits for a drain's result, and publishing a task whose result is kept first
# subscribes to the result backend, which retries for ~20 s while Redis is down: an edit must not wait.
@shared_task(soft_time_limit=600, time_limit=660, ignore_result=True, **RETRY)
def drain_rescore_requests() -> dict[str, int]:
    cache.delete(DRAIN_LOCK)
    return pipeline.drain_outbox()


@shared_task(soft_time_limit=1800, time_limit=1900, **RETRY)
def rescore_all(slices: int | None = None) -> int:
    """Fit the text index, then hand one task per city slice to the workers; the last slice to finish
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


class _TimeBudgetSpent(Exception):
    pass


# Below the broker's visibility timeout (1 hour): a first pass over a large catalogue takes longer than
# that, so the task stops after `max_seconds` (keeping what it stored) and queues its own continuation.
@shared_task(soft_time_limit=1800, time_limit=1900, ignore_result=True, **RETRY)
def embed_texts(max_seconds: float = 1500) -> int:
    """Embed and store the catalogue's texts that have no stored embedding; returns how many it stored."""
    cache.delete(EMBED_LOCK)
    deadline = time.monotonic() + max_seconds
    stored = 0

    def stop_when_late(done: int, total: int) -> None:
        nonlocal stored
        stored = done
        if time.monotonic() > deadline and done < total:
            raise _TimeBudgetSpent

    try:
        pipeline.embed_catalogue(progress=stop_when_late)
    except _TimeBudgetSpent:
        embed_texts.apply_async(kwargs={"max_seconds": max_seconds})
    return stored
