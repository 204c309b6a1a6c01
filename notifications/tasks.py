"""Celery tasks of notifications: the delivery of one mail, the outbox sweep, the digests and the gatherers
of news (the schedule is in settings: CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from notifications import events, services


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=None)
def deliver_mail(self, mail_id: int) -> bool:
    """Send one outbox mail; on a mail-server error, try again later with a doubling delay (the row counts
    the attempts and gives up after NOTIFICATIONS["MAX_ATTEMPTS"])."""
    try:
        return services.deliver_mail(mail_id=mail_id)
    except Exception as error:  # noqa: BLE001 - SMTP, socket and DNS errors alike: the row recorded it
        attempts = self.request.retries + 1
        # in-process (no broker) a retry would run at once, in the request: the beat sweep retries instead
        if self.request.is_eager or attempts >= settings.NOTIFICATIONS["MAX_ATTEMPTS"]:
            return False
        raise self.retry(exc=error, countdown=services.retry_delay(attempts)) from error


@shared_task(ignore_result=True)
def sweep_outbox() -> int:
    return services.sweep_outbox()


@shared_task(ignore_result=True)
def notify_expiring_introductions() -> int:
    return events.notify_expiring_introductions()


@shared_task(ignore_result=True)
def gather_news() -> int:
    """New strong matches for officials and new fitting challenges for startups, as notifications (mailed
    at once or kept for the digest, by each user's preference)."""
    return events.notify_new_matches() + events.notify_new_challenges()


@shared_task(ignore_result=True)
def send_digests(frequency: str) -> int:
    events.notify_new_matches()
    events.notify_new_challenges()
    return services.send_digests(frequency=frequency)
