"""The re-scoring outbox: "this needs re-scoring", written in the edit's own transaction, and the one drain
task queued after commit that processes the marks.

A broker outage delays re-scoring but loses nothing: the mark is committed with the edit, and the beat
sweep (CELERY_BEAT_SCHEDULE) drains what is still marked. The drain task is queued by its registered name,
so this module does not import the tasks module (which imports the pipeline, which writes marks here)."""

from __future__ import annotations

import contextlib
import logging

from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.utils import timezone

from cities.models import MemberCity
from matching.models import RescoreKind, RescoreRequest

log = logging.getLogger(__name__)
DRAIN_TASK = "matching.tasks.drain_rescore_requests"
DRAIN_LOCK = "matching:drain-queued"


def request_rescore(target: models.Model | None = None) -> None:
    """Mark `target` (a MemberCity or a Startup; None for the whole catalogue) for re-scoring.

    Call inside the edit's transaction: the mark commits with the edit, and the drain task is queued only
    after commit. A burst of edits leaves one mark per object."""
    if target is None:
        kind, object_id = RescoreKind.ALL, 0
    elif isinstance(target, MemberCity):
        kind, object_id = RescoreKind.CITY, target.pk
    else:
        kind, object_id = RescoreKind.STARTUP, target.pk
    request_rescores(kind, [object_id])


def request_rescores(kind: str, object_ids: list[int]) -> None:
    """Mark these cities or startups (`kind`) for re-scoring, in the caller's transaction; the drain task
    is queued after commit."""
    now = timezone.now()
    # An existing mark gets the new time, so a drain already under way leaves it for the next one.
    RescoreRequest.objects.bulk_create(
        [RescoreRequest(kind=kind, object_id=object_id, requested_at=now) for object_id in object_ids],
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["requested_at"],
    )
    transaction.on_commit(queue_drain)


def queue_drain() -> None:
    """Queue one outbox drain for a burst of edits (a short-lived cache key collapses the burst). A broker
    outage is logged, not raised: the mark is committed and the beat sweep picks it up later."""
    try:
        # False: a drain is already queued. None: the cache is down (django-redis ignores the error), and
        # the drain is queued anyway (fail open: the broker may still be up)
        if cache.add(DRAIN_LOCK, 1, timeout=settings.MATCHING["DRAIN_DELAY"]) is False:
            return
        current_app.tasks[DRAIN_TASK].apply_async(countdown=settings.MATCHING["DRAIN_DELAY"])
    except Exception:  # noqa: BLE001 - the outbox row is already committed; nothing is lost
        log.warning(
            "Could not queue the re-scoring drain; the periodic sweep will pick it up.", exc_info=True
        )
        with contextlib.suppress(Exception):  # the cache is often down with the broker (one Redis)
            cache.delete(DRAIN_LOCK)
