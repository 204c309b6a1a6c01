"""Celery tasks: thin, take ids, call the engine or a service."""

from __future__ import annotations

import logging

from celery import shared_task

log = logging.getLogger(__name__)


def queue_drain() -> None:
    """Queue the outbox drain; a broker outage is logged, not raised (the beat sweep catches up)."""
    try:
        drain_rescore_requests.delay()
    except Exception:  # noqa: BLE001 - the outbox row is already committed; nothing is lost
        log.warning(
            "Could not queue the re-scoring drain; the periodic sweep will pick it up.", exc_info=True
        )


@shared_task(acks_late=True)
def drain_rescore_requests() -> int:
    from matching.models import RescoreRequest

    # The engine is wired in by the matching issue; until then the marks are simply kept.
    return RescoreRequest.objects.count()
