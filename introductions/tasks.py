"""Celery tasks of introductions (the schedule is in settings: CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

from celery import shared_task

from introductions import services


@shared_task(ignore_result=True)
def expire_introductions() -> int:
    return services.expire_introductions()
