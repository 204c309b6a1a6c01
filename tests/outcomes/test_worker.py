"""The outcome question on a real Celery worker: the beat entry's task, sent by name as the beat sends it,
asks both sides of an introduction accepted seven weeks ago, and their mails reach a real SMTP server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import Role
from introductions.models import IntroductionStatus
from notifications.models import Kind, Notification
from tests.factories import (
    IntroductionFactory,
    MemberCityFactory,
    ProfileFactory,
    StartupFactory,
    UserFactory,
)
from tests.matching.conftest import wait_for
from wego_portal.celery import app

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_the_beat_task_asks_both_sides_by_mail_weeks_after_the_acceptance(
    mail_workers, smtp_server, settings
):
    smtp_server.start()
    mail_workers.env["OUTCOME_ASK_AFTER_WEEKS"] = "6"
    mail_workers.start(concurrency=1)
    seoul = MemberCityFactory(name="Seoul", country="KR")
    official = ProfileFactory(
        user=UserFactory(username="official.seoul", email="minho.park@seoul.example"),
        role=Role.CITY_OFFICIAL,
        city=seoul,
    ).user
    startup = StartupFactory(name="AquaSense", country="KR")
    member = ProfileFactory(
        user=UserFactory(username="aquasense", email="founder@aquasense.example"),
        role=Role.STARTUP_MEMBER,
        startup=startup,
    ).user
    recent = IntroductionFactory(
        city=seoul,
        startup=StartupFactory(name="Loopwise", country="KR"),
        requested_by=official,
        status=IntroductionStatus.ACCEPTED,
        responded_at=timezone.now() - timedelta(weeks=5),
    )
    IntroductionFactory(
        city=seoul,
        startup=startup,
        requested_by=official,
        status=IntroductionStatus.ACCEPTED,
        responded_at=timezone.now() - timedelta(weeks=7),
    )

    app.send_task(settings.CELERY_BEAT_SCHEDULE["ask-for-outcomes"]["task"])

    wait_for(lambda: smtp_server.to("founder@aquasense.example"), what="the startup's mail")
    wait_for(lambda: smtp_server.to("minho.park@seoul.example"), what="the official's mail")
    (mail,) = smtp_server.to("founder@aquasense.example")
    assert mail.subject == "What came of the introduction between Seoul and AquaSense?"
    assert f"/introductions/{startup.introductions.get().pk}/outcome/" in mail.text
    asked = Notification.objects.filter(kind=Kind.OUTCOME_ASKED)
    assert {n.user for n in asked} == {official, member}
    assert not asked.filter(params__startup="Loopwise").exists()  # five weeks: not yet
    assert not recent.outcomes.exists()
