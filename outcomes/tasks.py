"""Celery tasks of outcomes (the schedule is in settings: CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

from celery import shared_task

from outcomes import services


@shared_task(ignore_result=True)
def ask_for_outcomes() -> int:
    return services.ask_for_outcomes()
