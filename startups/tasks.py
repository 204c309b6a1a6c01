"""Celery tasks of startups (the schedule is in settings: CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

from celery import shared_task

from startups import services


@shared_task(ignore_result=True)
def remind_stale_profiles() -> int:
    return services.remind_stale_profiles()
