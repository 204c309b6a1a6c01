"""Mail end to end: the event's service writes the outbox row, the real Celery worker delivers it through the
real Redis broker to a real SMTP server (aiosmtpd) started by the test."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from accounts.models import Role
from accounts.services import approve_application
from core.models import MembershipStatus
from introductions.services import request_introduction
from notifications.models import Frequency, Kind, MailStatus, Notification, OutboxMail
from notifications.services import set_preference
from notifications.tasks import deliver_mail, send_digests
from tests.factories import (
    MemberCityFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    StartupFactory,
    UserFactory,
)
from tests.matching.conftest import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _secretariat():
    user = UserFactory(username="secretariat", is_staff=True)
    ProfileFactory(user=user, role=Role.SECRETARIAT)
    return user


def _pending_application(*, language: str):
    startup = StartupFactory(
        name="Hanbit Mobility", membership_status=MembershipStatus.PENDING, joined_on=None
    )
    founder = UserFactory(username="founder", email="founder@hanbit.example", first_name="Ji-ho")
    ProfileFactory(
        user=founder, role=Role.STARTUP_MEMBER, startup=startup, member_since=None, language=language
    )
    return MembershipApplicationFactory(startup=startup, applicant=founder)


def _official(city_name: str, username: str):
    city = MemberCityFactory(name=city_name, country="KR")
    user = UserFactory(username=username, email=f"{username}@city.example")
    ProfileFactory(user=user, role=Role.CITY_OFFICIAL, city=city)
    return city, user


def _startup_member():
    startup = StartupFactory(name="Loopwise", contact_email="hello@loopwise.example")
    member = UserFactory(username="member", email="member@loopwise.example")
    ProfileFactory(user=member, role=Role.STARTUP_MEMBER, startup=startup)
    return startup, member


def _sent(key_part: str) -> bool:
    return OutboxMail.objects.filter(key__contains=key_part, status=MailStatus.SENT).exists()


def _succeeded(workers, task: str) -> int:
    return sum(1 for line in workers.log().splitlines() if task in line and "succeeded" in line)


def test_an_approval_sends_exactly_one_mail_in_the_applicants_language_with_the_note(
    mail_workers, smtp_server
):
    smtp_server.start()
    mail_workers.start(concurrency=2)
    application = _pending_application(language="ko")
    note = "환영합니다! Please publish your two draft listings this week."

    approve_application(application=application, reviewer=_secretariat(), note=note)

    wait_for(lambda: smtp_server.to("founder@hanbit.example"), what="the decision mail")
    wait_for(lambda: _sent("application-decided"), what="the row marked sent")
    wait_for(lambda: _succeeded(mail_workers, "deliver_mail") >= 1, what="the task's end")
    mails = smtp_server.to("founder@hanbit.example")
    assert len(mails) == 1
    with translation.override("ko"):
        korean = gettext("Welcome to WeGo Match: %(organisation)s is approved") % {
            "organisation": "Hanbit Mobility"
        }
    assert korean != "Welcome to WeGo Match: Hanbit Mobility is approved"  # a Korean subject exists
    assert mails[0].subject == korean
    assert note in mails[0].text and note in mails[0].html
    assert "http://testserver/startup/" in mails[0].text  # the next step links back


def test_a_mail_written_while_the_smtp_server_is_down_is_delivered_once_after_it_returns(
    mail_workers, smtp_server
):
    mail_workers.start()  # the SMTP server is not started: connections are refused
    application = _pending_application(language="en")

    approve_application(application=application, reviewer=_secretariat(), note="Welcome aboard.")

    mail = OutboxMail.objects.get(key__startswith="application-decided")
    wait_for(lambda: OutboxMail.objects.get(pk=mail.pk).attempts >= 1, what="a failed attempt")
    failed = OutboxMail.objects.get(pk=mail.pk)
    assert failed.status == MailStatus.PENDING and "refused" in failed.last_error.lower()
    assert smtp_server.received == []

    smtp_server.start()
    wait_for(lambda: smtp_server.received, timeout=90, what="the delivery after the server returned")
    wait_for(lambda: _sent("application-decided"), what="the row marked sent")
    delivered = OutboxMail.objects.get(pk=mail.pk)
    assert delivered.attempts >= 2
    assert len(smtp_server.to("founder@hanbit.example")) == 1


def test_the_same_delivery_task_run_twice_sends_one_mail(mail_workers, smtp_server):
    smtp_server.delay = 1.0  # the first delivery still holds the row while the duplicates arrive
    smtp_server.start()
    mail_workers.start(concurrency=2)
    application = _pending_application(language="en")

    approve_application(application=application, reviewer=_secretariat(), note="Welcome aboard.")
    mail = OutboxMail.objects.get(key__startswith="application-decided")
    deliver_mail.delay(mail.pk)
    deliver_mail.delay(mail.pk)

    wait_for(lambda: _succeeded(mail_workers, "deliver_mail") >= 3, what="all three deliveries")
    assert len(smtp_server.received) == 1
    assert OutboxMail.objects.get(pk=mail.pk).status == MailStatus.SENT

    deliver_mail.delay(mail.pk)  # delivered again once it is sent (a redelivery after a lost ack, say)
    wait_for(lambda: _succeeded(mail_workers, "deliver_mail") >= 4, what="the late delivery")
    assert len(smtp_server.received) == 1


def test_a_daily_digest_gathers_the_days_events_into_one_mail(mail_workers, smtp_server):
    smtp_server.start()
    mail_workers.start()
    startup, member = _startup_member()
    set_preference(user=member, kind=Kind.INTRODUCTION_REQUESTED, frequency=Frequency.DAILY)
    for city_name, username in [("Seoul", "official.seoul"), ("Busan", "official.busan")]:
        city, official = _official(city_name, username)
        request_introduction(city=city, startup=startup, requested_by=official, message="Could we meet?")
    assert not OutboxMail.objects.filter(user=member).exists()  # nothing mailed at once
    assert Notification.objects.filter(user=member).count() == 2  # but both under the bell

    send_digests.delay("daily")

    wait_for(lambda: smtp_server.to("member@loopwise.example"), what="the digest")
    wait_for(lambda: _sent("digest:daily"), what="the digest marked sent")
    mails = smtp_server.to("member@loopwise.example")
    assert len(mails) == 1
    assert "Seoul asks to meet Loopwise." in mails[0].text
    assert "Busan asks to meet Loopwise." in mails[0].text

    send_digests.delay("daily")  # a second run finds nothing waiting
    wait_for(lambda: _succeeded(mail_workers, "send_digests") >= 2, what="the second digest run")
    assert OutboxMail.objects.filter(user=member).count() == 1


def test_the_unsubscribe_link_of_a_mail_stops_that_kind(mail_workers, smtp_server):
    smtp_server.start()
    mail_workers.start()
    startup, member = _startup_member()
    seoul, seoul_official = _official("Seoul", "official.seoul")
    request_introduction(city=seoul, startup=startup, requested_by=seoul_official, message="Could we meet?")
    mail = wait_for(lambda: smtp_server.to("member@loopwise.example"), what="the request mail")[0]
    link = next(word for word in mail.text.split() if "/notifications/unsubscribe/" in word)
    assert str(mail.message["List-Unsubscribe"]).strip() == f"<{link}>"  # one-click (RFC 8058) too

    anonymous = Client()
    path = urlsplit(link).path
    assert anonymous.get(path).status_code == 200  # asks first: link scanners only GET
    assert anonymous.post(path).status_code == 200

    busan, busan_official = _official("Busan", "official.busan")
    request_introduction(city=busan, startup=startup, requested_by=busan_official, message="Could we meet?")
    assert Notification.objects.filter(user=member, kind=Kind.INTRODUCTION_REQUESTED).count() == 2
    assert OutboxMail.objects.filter(user=member, kind=Kind.INTRODUCTION_REQUESTED).count() == 1
    wait_for(lambda: _sent("introduction-requested"), what="the first mail marked sent")
    assert len(smtp_server.to("member@loopwise.example")) == 1
