"""The life of an introduction: reminders before expiry (each once), expiry told to both sides, withdrawal
told to the startup, and the cool-down after a decline (the service's rule; the page and the API are in
tests/portal/test_introduction_lifecycle.py and tests/api/test_introduction_lifecycle.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import DatabaseScheduler

from introductions import services
from introductions.models import Introduction, IntroductionStatus
from notifications import events
from notifications.models import Kind, Notification, OutboxMail
from tests.factories import IntroductionFactory, StartupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def introduction(seoul, startup, seoul_official, startup_member):
    return IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)


def _expiring_in(introduction, **delta) -> Introduction:
    Introduction.objects.filter(pk=introduction.pk).update(expires_at=timezone.now() + timedelta(**delta))
    return Introduction.objects.get(pk=introduction.pk)


def _reminders(user) -> list[str]:
    return sorted(
        Notification.objects.filter(user=user, kind=Kind.INTRODUCTION_EXPIRING).values_list("key", flat=True)
    )


def test_the_startup_is_reminded_seven_and_two_days_before_expiry_each_reminder_once(
    introduction, startup_member, seoul_official
):
    _expiring_in(introduction, days=10)
    assert events.notify_expiring_introductions() == 0

    _expiring_in(introduction, days=6)
    assert events.notify_expiring_introductions() == 1
    assert events.notify_expiring_introductions() == 0
    assert _reminders(startup_member) == [f"introduction-expiring:{introduction.pk}:1"]

    _expiring_in(introduction, days=1, hours=12)
    assert events.notify_expiring_introductions() == 1
    assert events.notify_expiring_introductions() == 0
    assert _reminders(startup_member) == [
        f"introduction-expiring:{introduction.pk}:1",
        f"introduction-expiring:{introduction.pk}:2",
    ]
    assert Introduction.objects.get(pk=introduction.pk).reminders_sent == 2
    assert _reminders(seoul_official) == []  # the city is not the one to answer
    assert OutboxMail.objects.filter(kind=Kind.INTRODUCTION_EXPIRING, user=startup_member).count() == 2


def test_a_request_first_seen_inside_the_last_window_gets_one_reminder(
    introduction, startup_member, settings
):
    _expiring_in(introduction, days=1)
    assert events.notify_expiring_introductions() == 1
    assert events.notify_expiring_introductions() == 0
    assert _reminders(startup_member) == [f"introduction-expiring:{introduction.pk}:2"]

    settings.INTRODUCTION_REMINDER_DAYS = [14, 7, 3]  # the setting decides the windows
    other = IntroductionFactory(city=introduction.city, startup=StartupFactory(name="Other Works"))
    _expiring_in(other, days=10)
    assert events.reminder_stage(Introduction.objects.get(pk=other.pk), now=timezone.now()) == 1


def test_an_answered_request_is_not_reminded(introduction, startup_member):
    _expiring_in(introduction, days=1)
    services.respond_to_introduction(introduction=introduction, responder=startup_member, accept=True)
    assert events.notify_expiring_introductions() == 0
    assert _reminders(startup_member) == []


def test_an_expired_request_is_told_to_both_sides(introduction, startup_member, seoul_official):
    _expiring_in(introduction, minutes=-1)

    assert services.expire_introductions() == 1

    assert Introduction.objects.get(pk=introduction.pk).status == IntroductionStatus.EXPIRED
    to_startup = Notification.objects.get(user=startup_member, kind=Kind.INTRODUCTION_EXPIRED)
    to_city = Notification.objects.get(user=seoul_official, kind=Kind.INTRODUCTION_EXPIRED)
    assert to_startup.text == "The introduction request from Seoul expired without an answer."
    assert to_city.text == "Your introduction request to Loopwise expired without an answer."
    assert to_city.url == f"/introductions/{introduction.pk}/"
    subjects = set(
        OutboxMail.objects.filter(kind=Kind.INTRODUCTION_EXPIRED).values_list("subject", flat=True)
    )
    assert subjects == {"The request from Seoul expired", "Your request to meet Loopwise expired"}
    assert services.expire_introductions() == 0
    assert Notification.objects.filter(kind=Kind.INTRODUCTION_EXPIRED).count() == 2


def test_a_withdrawal_is_told_to_the_startup_with_the_note(introduction, startup_member, seoul_official):
    services.withdraw_introduction(introduction=introduction, requester=seoul_official, note="Budget cut.")

    notification = Notification.objects.get(user=startup_member, kind=Kind.INTRODUCTION_WITHDRAWN)
    assert notification.text == "Seoul withdrew its introduction request."
    mail = OutboxMail.objects.get(kind=Kind.INTRODUCTION_WITHDRAWN)
    assert mail.to == startup_member.email and "Budget cut." in mail.body_text
    assert not Notification.objects.filter(user=seoul_official, kind=Kind.INTRODUCTION_WITHDRAWN).exists()


def _declined(introduction, startup_member, *, days_ago: int = 0) -> Introduction:
    services.respond_to_introduction(
        introduction=introduction, responder=startup_member, accept=False, decline_reason="no_capacity"
    )
    Introduction.objects.filter(pk=introduction.pk).update(
        responded_at=timezone.now() - timedelta(days=days_ago)
    )
    return Introduction.objects.get(pk=introduction.pk)


def test_after_a_decline_the_same_city_waits_for_the_cool_down(
    introduction, startup, seoul, seoul_official, startup_member, settings
):
    declined = _declined(introduction, startup_member, days_ago=10)
    ends = declined.responded_at + timedelta(days=90)

    with pytest.raises(ValidationError) as refused:
        services.request_introduction(
            city=seoul, startup=startup, requested_by=seoul_official, message="Again?"
        )
    (message,) = refused.value.message_dict["startup"]
    assert message == (
        f"Loopwise declined your city's last request. You can ask again from "
        f"{date_format(timezone.localtime(ends))}."
    )
    assert str(ends.year) in message
    assert Introduction.objects.filter(city=seoul, startup=startup).count() == 1

    # time travel: the same check on the day the cool-down ends lets the request through
    services.check_cooldown(city=seoul, startup=startup, now=ends + timedelta(seconds=1))
    settings.INTRODUCTION_COOLDOWN_DAYS = 10  # configurable: a 10-day cool-down has ended already
    services.request_introduction(city=seoul, startup=startup, requested_by=seoul_official, message="Again?")
    assert Introduction.objects.filter(city=seoul, startup=startup).pending().count() == 1


def test_the_cool_down_has_ended_after_ninety_days(
    introduction, startup, seoul, seoul_official, startup_member
):
    _declined(introduction, startup_member, days_ago=91)
    again = services.request_introduction(
        city=seoul, startup=startup, requested_by=seoul_official, message="A new need: can we meet?"
    )
    assert again.is_open


def test_a_decline_cools_down_only_that_city(
    introduction, startup, bogota, bogota_official, seoul_official, startup_member
):
    _declined(introduction, startup_member)
    other = services.request_introduction(
        city=bogota, startup=startup, requested_by=bogota_official, message="Bogotá would like to meet."
    )
    assert other.is_open
    # an accepted or withdrawn request does not start a cool-down
    services.withdraw_introduction(introduction=other, requester=bogota_official)
    services.request_introduction(
        city=bogota, startup=startup, requested_by=bogota_official, message="Again."
    )


@pytest.mark.django_db(transaction=True)  # the scheduler closes "old" connections, as beat does
def test_the_beat_schedule_that_make_run_uses_holds_the_lifecycle_tasks():
    from wego_portal.celery import app

    DatabaseScheduler(app=app)  # `celery beat` (scripts/run.sh) installs settings' entries in the database
    tasks = set(PeriodicTask.objects.filter(enabled=True).values_list("task", flat=True))
    assert {
        "introductions.tasks.expire_introductions",
        "notifications.tasks.notify_expiring_introductions",
        "startups.tasks.remind_stale_profiles",
    } <= tasks
    app.loader.import_default_modules()  # what the worker does at start (autodiscovery)
    assert {"introductions.tasks.expire_introductions", "startups.tasks.remind_stale_profiles"} <= set(
        app.tasks
    )
