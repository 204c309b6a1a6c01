"""The beat tasks of the introduction lifecycle and of fresh profiles, run by a real Celery worker through the
real Redis broker (the message `celery beat` publishes: the task's registered name), with the mails delivered
to a real SMTP server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from celery import current_app
from django.utils import timezone

from introductions.models import Introduction, IntroductionStatus
from notifications.models import Kind, MailStatus, Notification, OutboxMail
from startups.models import Startup
from tests.factories import IntroductionFactory
from tests.matching.conftest import wait_for
from tests.notifications.conftest import mail_workers, smtp_server, workers  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _beat(task: str) -> None:
    """Publish the task as beat does: by its registered name."""
    current_app.send_task(task)


def _succeeded(workers, task: str) -> int:  # noqa: F811
    return sum(1 for line in workers.log().splitlines() if task in line and "succeeded" in line)


def test_on_the_beat_a_due_request_expires_telling_both_sides_and_a_reminder_goes_out_once(
    mail_workers,  # noqa: F811
    smtp_server,  # noqa: F811
    seoul,
    bogota,
    startup,
    seoul_official,
    bogota_official,
    startup_member,
):
    smtp_server.start()
    mail_workers.start(concurrency=2)
    due = IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)
    Introduction.objects.filter(pk=due.pk).update(expires_at=timezone.now() - timedelta(minutes=5))
    soon = IntroductionFactory(city=bogota, startup=startup, requested_by=bogota_official)
    Introduction.objects.filter(pk=soon.pk).update(expires_at=timezone.now() + timedelta(days=5))

    _beat("introductions.tasks.expire_introductions")
    for _ in range(3):
        _beat("notifications.tasks.notify_expiring_introductions")

    wait_for(
        lambda: Introduction.objects.get(pk=due.pk).status == IntroductionStatus.EXPIRED, what="the expiry"
    )
    told = set(Notification.objects.filter(kind=Kind.INTRODUCTION_EXPIRED).values_list("user_id", flat=True))
    assert told == {seoul_official.pk, startup_member.pk}
    wait_for(lambda: smtp_server.to(seoul_official.email), what="the city's mail")
    assert smtp_server.to(seoul_official.email)[0].subject == "Your request to meet Loopwise expired"

    wait_for(
        lambda: _succeeded(mail_workers, "notify_expiring_introductions") >= 3, what="three beat runs done"
    )
    wait_for(lambda: len(smtp_server.to(startup_member.email)) >= 2, what="the startup's two mails")
    wait_for(
        lambda: not OutboxMail.objects.filter(status=MailStatus.PENDING).exists(), what="every mail sent"
    )
    assert Introduction.objects.get(pk=soon.pk).reminders_sent == 1
    assert Introduction.objects.get(pk=soon.pk).status == IntroductionStatus.REQUESTED
    assert Notification.objects.filter(kind=Kind.INTRODUCTION_EXPIRING).count() == 1
    subjects = sorted(mail.subject for mail in smtp_server.to(startup_member.email))
    assert subjects == ["The request from Bogotá expires soon", "The request from Seoul expired"]


def test_a_stale_profile_is_reminded_once_on_the_beat(
    mail_workers,  # noqa: F811
    smtp_server,  # noqa: F811
    startup,
    startup_member,
):
    smtp_server.start()
    mail_workers.start()
    Startup.objects.filter(pk=startup.pk).update(updated_at=timezone.now() - timedelta(days=400))

    _beat("startups.tasks.remind_stale_profiles")
    _beat("startups.tasks.remind_stale_profiles")

    wait_for(lambda: _succeeded(mail_workers, "remind_stale_profiles") >= 2, what="two beat runs done")
    wait_for(lambda: smtp_server.to(startup_member.email), what="the reminder mail")
    reminded = Startup.objects.get(pk=startup.pk)
    assert reminded.stale_reminded_at is not None
    assert reminded.updated_at < timezone.now() - timedelta(days=399)  # the reminder is not an edit
    assert Notification.objects.filter(user=startup_member, kind=Kind.PROFILE_STALE).count() == 1
    assert len(smtp_server.to(startup_member.email)) == 1
