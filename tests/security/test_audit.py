"""The audit trail keeps every approval, rejection and role change: who, when, the state before and after,
written in the change's own transaction."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import Profile, Role
from accounts.services import (
    ApplicationError,
    approve_application,
    change_role,
    reject_application,
)
from core.models import AuditEntry
from tests.factories import MembershipApplicationFactory, ProfileFactory, UserFactory


def _entries(action: str) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action=action).order_by("id"))


@pytest.mark.django_db
def test_an_approval_records_who_when_and_the_state_before_and_after(secretariat, pending_startup):
    applicant = ProfileFactory(role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None).user
    application = MembershipApplicationFactory(startup=pending_startup, applicant=applicant)
    approve_application(application=application, reviewer=secretariat, note="References checked.")

    [entry] = _entries("application.approved")
    profile = Profile.objects.get(user=applicant)
    assert entry.actor == secretariat and entry.created_at is not None and entry.note == "References checked."
    assert entry.target == application
    assert entry.before == {
        "application": "pending",
        "organisation": "pending",
        "applicant_member_since": None,
    }
    assert entry.after == {
        "application": "approved",
        "organisation": "approved",
        "applicant_member_since": profile.member_since.isoformat(),
    }


@pytest.mark.django_db
def test_a_rejection_records_who_when_and_the_state_before_and_after(secretariat, pending_startup):
    application = MembershipApplicationFactory(startup=pending_startup)
    reject_application(application=application, reviewer=secretariat, note="No product yet.")
    [entry] = _entries("application.rejected")
    assert entry.actor == secretariat and entry.note == "No product yet."
    assert entry.before["application"] == "pending" and entry.before["organisation"] == "pending"
    assert entry.after["application"] == "rejected" and entry.after["organisation"] == "rejected"


@pytest.mark.django_db
def test_a_role_change_records_the_role_and_organisation_before_and_after(
    secretariat, startup, startup_member, seoul
):
    change_role(
        user=startup_member, actor=secretariat, role=Role.CITY_OFFICIAL, city=seoul, note="Moved to Seoul."
    )
    profile = Profile.objects.get(user=startup_member)
    assert profile.role == Role.CITY_OFFICIAL and profile.city == seoul and profile.startup is None
    [entry] = _entries("role.changed")
    assert entry.actor == secretariat and entry.target == startup_member and entry.note == "Moved to Seoul."
    assert entry.before == {
        "role": "startup_member",
        "city": None,
        "startup": {"id": startup.pk, "name": "Loopwise"},
        "is_staff": False,
        "is_superuser": False,
    }
    assert entry.after["role"] == "city_official" and entry.after["startup"] is None
    assert entry.after["city"] == {"id": seoul.pk, "name": "Seoul (KR)"}


@pytest.mark.django_db
def test_giving_staff_rights_is_a_role_change(secretariat, outsider):
    change_role(user=outsider, actor=secretariat, role=Role.SECRETARIAT, is_staff=True)
    [entry] = _entries("role.changed")
    assert entry.before["role"] is None and entry.before["is_staff"] is False
    assert entry.after["role"] == "secretariat" and entry.after["is_staff"] is True


@pytest.mark.django_db
def test_an_unchanged_role_records_nothing(secretariat, seoul_official, seoul):
    change_role(user=seoul_official, actor=secretariat, role=Role.CITY_OFFICIAL, city=seoul)
    assert not _entries("role.changed")


@pytest.mark.django_db
def test_only_secretariat_staff_change_roles(
    seoul_official, startup_member, outsider, bogota_official, seoul
):
    for actor in (seoul_official, startup_member, outsider):
        with pytest.raises(ApplicationError):
            change_role(user=bogota_official, actor=actor, role=Role.CITY_OFFICIAL, city=seoul)
    assert Profile.objects.get(user=bogota_official).city.name == "Bogotá"
    assert not _entries("role.changed")


@pytest.mark.django_db
def test_a_role_without_its_organisation_is_refused(secretariat, outsider):
    with pytest.raises(ValidationError):
        change_role(user=outsider, actor=secretariat, role=Role.CITY_OFFICIAL)
    assert not Profile.objects.filter(user=outsider).exists() and not _entries("role.changed")


@pytest.mark.django_db
def test_a_role_change_and_its_audit_entry_are_one_transaction(
    secretariat, startup_member, seoul, monkeypatch
):
    def broken_record(**kwargs):
        raise RuntimeError("audit storage down")

    monkeypatch.setattr(AuditEntry, "record", broken_record)
    with pytest.raises(RuntimeError):
        change_role(
            user=startup_member, actor=secretariat, role=Role.CITY_OFFICIAL, city=seoul, is_staff=True
        )
    profile = Profile.objects.select_related("user").get(user=startup_member)
    assert profile.role == Role.STARTUP_MEMBER and profile.user.is_staff is False


@pytest.mark.django_db
def test_signing_up_records_the_role_given(client, seoul):
    data = {
        "first_name": "Minho",
        "last_name": "Park",
        "email": "minho@seoul.example",
        "username": "minho.park",
        "password1": "a-long-signup-password",
        "password2": "a-long-signup-password",
        "city": seoul.pk,
        "job_title": "Smart City Officer",
    }
    assert client.post(reverse("accounts:signup_city"), data).status_code == 302
    [entry] = _entries("role.changed")
    assert entry.actor.username == "minho.park" and entry.before["role"] is None
    assert entry.after["role"] == "city_official" and entry.after["city"]["id"] == seoul.pk


# --- the admin -------------------------------------------------------------------------------------------


@pytest.fixture
def superuser(db):
    user = UserFactory(username="root.admin", is_staff=True, is_superuser=True)
    ProfileFactory(user=user, role=Role.SECRETARIAT)
    return user


def _admin_form(user, profile: Profile, **changes) -> dict:
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "date_joined_0": "2026-01-05",
        "date_joined_1": "09:00:00",
        "profile-TOTAL_FORMS": "1",
        "profile-INITIAL_FORMS": "1",
        "profile-MIN_NUM_FORMS": "0",
        "profile-MAX_NUM_FORMS": "1",
        "profile-0-id": str(profile.pk),
        "profile-0-user": str(user.pk),
        "profile-0-role": profile.role,
        "profile-0-city": str(profile.city_id or ""),
        "profile-0-startup": str(profile.startup_id or ""),
        "profile-0-job_title": profile.job_title,
        "profile-0-member_since_0": "2026-01-05",
        "profile-0-member_since_1": "09:00:00",
        "_save": "Save",
    }
    if user.is_staff:
        data["is_staff"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.django_db
def test_a_role_changed_in_the_admin_is_audited_with_before_and_after(
    client, superuser, startup_member, seoul
):
    client.force_login(superuser)
    url = reverse("admin:auth_user_change", args=[startup_member.pk])
    profile = Profile.objects.get(user=startup_member)

    # Saved without a change: nothing to record.
    response = client.post(url, _admin_form(startup_member, profile))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert not _entries("role.changed")

    changes = {"profile-0-role": "city_official", "profile-0-city": str(seoul.pk), "profile-0-startup": ""}
    response = client.post(url, _admin_form(startup_member, profile, is_staff="on", **changes))
    assert response.status_code == 302
    [entry] = _entries("role.changed")
    assert entry.actor == superuser and entry.note == "Changed in the admin."
    assert entry.before["role"] == "startup_member" and entry.before["is_staff"] is False
    assert entry.after["role"] == "city_official" and entry.after["city"]["id"] == seoul.pk
    assert entry.after["is_staff"] is True


@pytest.mark.django_db
def test_an_invalid_role_in_the_admin_changes_and_records_nothing(client, superuser, startup_member):
    client.force_login(superuser)
    url = reverse("admin:auth_user_change", args=[startup_member.pk])
    profile = Profile.objects.get(user=startup_member)
    changes = {"profile-0-role": "city_official", "profile-0-startup": ""}  # an official without a city
    response = client.post(url, _admin_form(startup_member, profile, **changes))
    assert response.status_code == 200
    assert Profile.objects.get(user=startup_member).role == Role.STARTUP_MEMBER
    assert not _entries("role.changed")
