"""Who may answer or withdraw an introduction (the scoped QuerySets the services, pages and API share), and
requests that expire."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import Role
from core.models import AuditAction, AuditEntry
from introductions import services
from introductions.models import Introduction, IntroductionStatus
from tests.factories import IntroductionFactory, ProfileFactory, StartupFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def introduction(seoul, startup, seoul_official):
    return IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)


def _member(**profile) -> object:
    return ProfileFactory(user=UserFactory(), **profile).user


def test_only_approved_members_of_the_startup_may_answer(
    introduction, startup_member, seoul_official, bogota_official, secretariat, outsider
):
    answerable = Introduction.objects.answerable_by
    assert answerable(startup_member).filter(pk=introduction.pk).exists()
    pending_member = _member(role=Role.STARTUP_MEMBER, startup=introduction.startup, member_since=None)
    other_member = _member(role=Role.STARTUP_MEMBER, startup=StartupFactory(name="Other Works"))
    for user in (seoul_official, bogota_official, secretariat, outsider, pending_member, other_member):
        assert not answerable(user).filter(pk=introduction.pk).exists(), user
        with pytest.raises(services.IntroductionError):
            services.respond_to_introduction(introduction=introduction, responder=user, accept=True)
    assert Introduction.objects.get(pk=introduction.pk).status == IntroductionStatus.REQUESTED


def test_only_approved_officials_of_the_requesting_city_may_withdraw(
    introduction, seoul_official, bogota_official, startup_member, secretariat, outsider
):
    withdrawable = Introduction.objects.withdrawable_by
    assert withdrawable(seoul_official).filter(pk=introduction.pk).exists()
    pending_official = _member(role=Role.CITY_OFFICIAL, city=introduction.city, member_since=None)
    for user in (bogota_official, startup_member, secretariat, outsider, pending_official):
        assert not withdrawable(user).filter(pk=introduction.pk).exists(), user
        with pytest.raises(services.IntroductionError):
            services.withdraw_introduction(introduction=introduction, requester=user)
    services.withdraw_introduction(introduction=introduction, requester=seoul_official)
    assert Introduction.objects.get(pk=introduction.pk).status == IntroductionStatus.WITHDRAWN


def test_a_request_left_unanswered_expires_with_its_audit_entry(introduction, startup_member):
    answered = IntroductionFactory(city=introduction.city, startup=StartupFactory(name="Answered Co"))
    answered.status = IntroductionStatus.ACCEPTED
    answered.save()
    Introduction.objects.filter(pk__in=[introduction.pk, answered.pk]).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    fresh = IntroductionFactory(city=introduction.city, startup=StartupFactory(name="Fresh Co"))

    assert services.expire_introductions() == 1

    assert Introduction.objects.get(pk=introduction.pk).status == IntroductionStatus.EXPIRED
    assert Introduction.objects.get(pk=answered.pk).status == IntroductionStatus.ACCEPTED
    assert Introduction.objects.get(pk=fresh.pk).status == IntroductionStatus.REQUESTED
    entry = AuditEntry.objects.get(action=AuditAction.INTRODUCTION_EXPIRED)
    assert entry.target == Introduction.objects.get(pk=introduction.pk) and entry.actor is None
    with pytest.raises(services.IntroductionError):
        services.respond_to_introduction(introduction=introduction, responder=startup_member, accept=True)
    assert services.expire_introductions() == 0


def test_an_audit_action_outside_the_named_ones_is_refused(introduction):
    with pytest.raises(ValueError, match="unknown audit action"):
        AuditEntry.record(actor=None, action="introduction.teleported", target=introduction)
