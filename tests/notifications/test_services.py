"""Notifications in-process: who is told of each event, preferences and digests, the outbox's delivery rules
(broker down, SMTP errors, duplicates), unsubscribe tokens and e-mail confirmation. Mail goes to Django's
in-memory outbox here; tests/notifications/test_worker.py sends through a real worker and SMTP server."""

from __future__ import annotations

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import Role
from accounts.services import approve_application, register_startup, reject_application
from core.models import MembershipStatus
from introductions.models import DeclineReason
from introductions.services import request_introduction, respond_to_introduction
from notifications import events, services
from notifications.models import Frequency, Kind, MailStatus, Notification, OutboxMail
from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    MatchFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    SolutionListingFactory,
    UserFactory,
    current_run,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def introduction(seoul, seoul_official, startup, startup_member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return request_introduction(
            city=seoul, startup=startup, requested_by=seoul_official, message="Could we meet in May?"
        )


def test_a_request_tells_the_startups_members_once_by_bell_and_mail(
    introduction, startup_member, seoul_official
):
    assert [n.kind for n in Notification.objects.filter(user=startup_member)] == [Kind.INTRODUCTION_REQUESTED]
    assert not Notification.objects.filter(user=seoul_official).exists()
    assert [m.to for m in mail.outbox] == [[startup_member.email]]
    assert "Could we meet in May?" in mail.outbox[0].body
    assert OutboxMail.objects.get().status == MailStatus.SENT
    # the same event again (a retried transaction, say) writes nothing new
    events.notify_introduction_requested(introduction=introduction)
    assert Notification.objects.filter(user=startup_member).count() == 1
    assert OutboxMail.objects.count() == 1


def test_an_acceptance_mails_the_official_the_startups_contacts(
    introduction, startup, startup_member, seoul_official, django_capture_on_commit_callbacks
):
    startup.contact_email = "hello@loopwise.example"
    startup.save(update_fields=["contact_email"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        respond_to_introduction(introduction=introduction, responder=startup_member, accept=True, note="Yes!")
    (message,) = mail.outbox
    assert message.to == [seoul_official.email]
    assert "hello@loopwise.example" in message.body and startup_member.email in message.body
    assert (
        Notification.objects.get(user=seoul_official).text == "Loopwise accepted your introduction request."
    )


def test_a_decline_mails_the_official_the_reason_and_no_contacts(
    introduction, startup_member, seoul_official, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        respond_to_introduction(
            introduction=introduction,
            responder=startup_member,
            accept=False,
            decline_reason=DeclineReason.NO_CAPACITY,
        )
    (message,) = mail.outbox
    assert "No capacity at the moment" in message.body
    assert startup_member.email not in message.body


def test_a_new_application_tells_the_secretariat_and_mails_the_applicant_a_confirmation_link(
    secretariat, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = register_startup(
            username="founder",
            email="founder@hanbit.example",
            password="a-long-test-password",
            startup_fields={
                "name": "Hanbit Mobility",
                "country": "KR",
                "description": "Buses on demand.",
                "founded_year": 2021,
                "team_size": 12,
            },
        )
    assert Notification.objects.get(user=secretariat).kind == Kind.APPLICATION_SUBMITTED
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {secretariat.email, "founder@hanbit.example"}
    confirmation = by_recipient["founder@hanbit.example"].body
    link = next(word for word in confirmation.split() if "/accounts/confirm-email/" in word)
    assert "unsubscribe" not in confirmation.lower()  # an account mail: always sent

    applicant = application.applicant
    assert applicant.profile.email_confirmed_at is None
    assert client.get(link.replace("http://127.0.0.1:8000", "")).status_code == 200
    applicant.profile.refresh_from_db()
    assert applicant.profile.email_confirmed_at is not None

    client.force_login(secretariat)
    queue = client.get("/secretariat/applications/").content.decode()
    assert 'data-email-confirmed="yes"' in queue


def test_a_tampered_or_stale_confirmation_link_confirms_nothing(startup_member, client, settings):
    token = events.email_confirmation_token(startup_member)
    assert client.get(f"/accounts/confirm-email/{token}x/").status_code == 400
    startup_member.email = "new@loopwise.example"  # the link was for the old address
    startup_member.save(update_fields=["email"])
    assert client.get(f"/accounts/confirm-email/{token}/").status_code == 400
    startup_member.profile.refresh_from_db()
    assert startup_member.profile.email_confirmed_at is None


def test_the_decision_mail_carries_the_note_and_the_next_step(
    secretariat, pending_startup, django_capture_on_commit_callbacks
):
    founder = UserFactory(username="founder")
    ProfileFactory(user=founder, role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None)
    SolutionListingFactory(startup=pending_startup, status="draft")
    SolutionListingFactory(startup=pending_startup, status="draft")
    application = MembershipApplicationFactory(startup=pending_startup, applicant=founder)
    with django_capture_on_commit_callbacks(execute=True):
        approve_application(application=application, reviewer=secretariat, note="Strong references.")
    (message,) = mail.outbox
    assert "Strong references." in message.body
    assert "You have 2 draft listings: publish them" in message.body
    html = message.alternatives[0][0]
    assert "Strong references." in html and "http://127.0.0.1:8000/startup/" in html


def test_a_rejection_says_how_to_apply_again(
    secretariat, pending_startup, django_capture_on_commit_callbacks
):
    founder = UserFactory(username="founder")
    ProfileFactory(user=founder, role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None)
    application = MembershipApplicationFactory(startup=pending_startup, applicant=founder)
    with django_capture_on_commit_callbacks(execute=True):
        reject_application(application=application, reviewer=secretariat, note="No reference yet.")
    (message,) = mail.outbox
    assert "No reference yet." in message.body and "apply again" in message.body


def test_off_keeps_the_bell_and_sends_no_mail(seoul, seoul_official, startup, startup_member):
    services.set_preference(user=startup_member, kind=Kind.INTRODUCTION_REQUESTED, frequency=Frequency.OFF)
    request_introduction(city=seoul, startup=startup, requested_by=seoul_official, message="Hello")
    assert Notification.objects.filter(user=startup_member).count() == 1
    assert not OutboxMail.objects.exists()


def test_a_weekly_digest_waits_for_the_weekly_run_not_the_daily_one(
    seoul, seoul_official, startup, startup_member, django_capture_on_commit_callbacks
):
    services.set_preference(user=startup_member, kind=Kind.INTRODUCTION_REQUESTED, frequency=Frequency.WEEKLY)
    request_introduction(city=seoul, startup=startup, requested_by=seoul_official, message="Hello")
    assert services.send_digests(frequency=Frequency.DAILY) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_digests(frequency=Frequency.WEEKLY) == 1
    (message,) = mail.outbox
    assert "Seoul asks to meet Loopwise." in message.body
    assert services.send_digests(frequency=Frequency.WEEKLY) == 0


def test_a_broker_outage_loses_no_mail_the_sweep_queues_it(
    seoul, seoul_official, startup, startup_member, monkeypatch, django_capture_on_commit_callbacks
):
    from celery import current_app

    task = current_app.tasks[services.DELIVER_TASK]

    def broker_down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(task, "apply_async", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        request_introduction(city=seoul, startup=startup, requested_by=seoul_official, message="Hello")
    assert OutboxMail.objects.get().status == MailStatus.PENDING and mail.outbox == []

    monkeypatch.undo()
    assert services.sweep_outbox() == 0  # not overdue yet
    assert services.sweep_outbox(now=timezone.now() + timedelta(minutes=5)) == 1
    assert OutboxMail.objects.get().status == MailStatus.SENT and len(mail.outbox) == 1


def test_an_smtp_error_is_recorded_and_retried_later_then_given_up(startup_member, monkeypatch, settings):
    settings.NOTIFICATIONS = {**settings.NOTIFICATIONS, "MAX_ATTEMPTS": 2}
    outbox = services.queue_mail(
        user=startup_member, kind=Kind.ACCOUNT, key="k1", template="confirm_email", context={"days": 7}
    )

    class Refusing:
        def send_messages(self, messages):
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr("notifications.services.get_connection", lambda **kwargs: Refusing())
    with pytest.raises(smtplib.SMTPServerDisconnected):
        services.deliver_mail(mail_id=outbox.pk)
    outbox.refresh_from_db()
    assert (outbox.status, outbox.attempts) == (MailStatus.PENDING, 1)
    assert outbox.next_attempt_at > timezone.now() and "closed" in outbox.last_error
    with pytest.raises(smtplib.SMTPServerDisconnected):
        services.deliver_mail(mail_id=outbox.pk)
    outbox.refresh_from_db()
    assert outbox.status == MailStatus.FAILED


def test_delivering_a_mail_twice_sends_it_once(startup_member):
    outbox = services.queue_mail(
        user=startup_member, kind=Kind.ACCOUNT, key="k2", template="confirm_email", context={"days": 7}
    )
    assert services.deliver_mail(mail_id=outbox.pk) is True
    assert services.deliver_mail(mail_id=outbox.pk) is False
    assert len(mail.outbox) == 1


def test_an_unsubscribe_token_stops_its_kind_only_and_cannot_be_forged(startup_member):
    token = services.unsubscribe_token(user=startup_member, kind=Kind.INTRODUCTION_REQUESTED)
    assert services.unsubscribe(token=token + "x") is None
    assert (
        services.read_unsubscribe_token(services.unsubscribe_token(user=startup_member, kind=Kind.ACCOUNT))
        is None
    )
    services.unsubscribe(token=token)
    preferences = services.preferences_of(startup_member)
    assert preferences[Kind.INTRODUCTION_REQUESTED] == Frequency.OFF
    assert preferences[Kind.INTRODUCTION_EXPIRING] == Frequency.IMMEDIATELY


def test_an_introduction_about_to_expire_is_announced_once(seoul, startup, startup_member):
    soon = IntroductionFactory(city=seoul, startup=startup, expires_at=timezone.now() + timedelta(days=2))
    IntroductionFactory(startup=startup, expires_at=timezone.now() + timedelta(days=20))  # not yet
    assert events.notify_expiring_introductions() == 1
    assert events.notify_expiring_introductions() == 0
    (notification,) = Notification.objects.filter(user=startup_member, kind=Kind.INTRODUCTION_EXPIRING)
    assert notification.url == f"/introductions/{soon.pk}/"


def test_new_strong_matches_and_new_fitting_challenges_are_news_once(
    seoul, seoul_official, startup, startup_member
):
    run = current_run()
    MatchFactory(run=run, city=seoul, startup=startup, score=88.0, city_rank=1)
    CityChallengeFactory(city=seoul, title="Cut food waste", sectors=["environment"])
    CityChallengeFactory(city=seoul, title="Faster buses", sectors=["mobility"])  # not the startup's sector
    assert events.notify_new_matches() == 1
    assert events.notify_new_matches() == 0
    assert events.notify_new_challenges() == 1
    assert events.notify_new_challenges() == 0
    assert Notification.objects.get(user=seoul_official).kind == Kind.NEW_MATCHES
    assert [n.params["title"] for n in Notification.objects.filter(user=startup_member)] == ["Cut food waste"]
    # both default to the daily digest
    assert not OutboxMail.objects.exists()
    assert services.send_digests(frequency=Frequency.DAILY) == 2


def test_pending_organisations_hear_no_news(seoul, startup_member, startup):
    startup.membership_status = MembershipStatus.PENDING
    startup.save(update_fields=["membership_status"])
    CityChallengeFactory(city=seoul, title="Cut food waste", sectors=["environment"])
    events.notify_new_challenges()
    assert not Notification.objects.filter(user=startup_member).exists()
