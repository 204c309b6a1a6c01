import pytest
from django.db import IntegrityError, transaction

from accounts.models import ApplicationKind, MembershipApplication, Profile, Role
from accounts.services import ApplicationError, approve_application, reject_application
from cities.models import MemberCity
from core.models import AuditEntry, MembershipStatus
from matching.models import RescoreRequest
from tests.factories import MemberCityFactory, MembershipApplicationFactory, ProfileFactory


@pytest.mark.django_db
def test_approval_approves_organisation_applicant_and_records_audit(secretariat, pending_startup):
    applicant = ProfileFactory(role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None).user
    application = MembershipApplicationFactory(startup=pending_startup, applicant=applicant)

    approve_application(application=application, reviewer=secretariat, note="References checked.")

    application.refresh_from_db()
    pending_startup.refresh_from_db()
    assert application.status == MembershipStatus.APPROVED
    assert application.reviewed_by == secretariat and application.reviewed_at is not None
    assert application.review_note == "References checked."
    assert pending_startup.membership_status == MembershipStatus.APPROVED and pending_startup.joined_on
    assert Profile.objects.get(user=applicant).member_since is not None
    entry = AuditEntry.objects.get(action="application.approved")
    assert entry.actor == secretariat and entry.before["organisation"] == "pending"
    assert entry.after["organisation"] == "approved"
    assert RescoreRequest.objects.filter(kind="startup", object_id=pending_startup.pk).exists()


@pytest.mark.django_db
def test_rejection_needs_a_note_and_keeps_the_startup_hidden(secretariat, pending_startup):
    application = MembershipApplicationFactory(startup=pending_startup)
    with pytest.raises(ApplicationError):
        reject_application(application=application, reviewer=secretariat, note="  ")
    reject_application(application=application, reviewer=secretariat, note="No product yet.")
    pending_startup.refresh_from_db()
    assert pending_startup.membership_status == MembershipStatus.REJECTED
    assert AuditEntry.objects.filter(action="application.rejected", note="No product yet.").exists()


@pytest.mark.django_db
def test_a_decided_application_cannot_be_decided_again(secretariat, pending_startup):
    application = MembershipApplicationFactory(startup=pending_startup)
    approve_application(application=application, reviewer=secretariat)
    with pytest.raises(ApplicationError):
        reject_application(application=application, reviewer=secretariat, note="Changed my mind")
    assert AuditEntry.objects.count() == 1


@pytest.mark.django_db
def test_only_secretariat_staff_may_decide(seoul_official, startup_member, outsider, pending_startup):
    application = MembershipApplicationFactory(startup=pending_startup)
    for user in (seoul_official, startup_member, outsider):
        with pytest.raises(ApplicationError):
            approve_application(application=application, reviewer=user)
    application.refresh_from_db()
    assert application.status == MembershipStatus.PENDING


@pytest.mark.django_db
def test_approval_is_one_transaction(secretariat, pending_startup, monkeypatch):
    """If recording the audit entry fails, neither the application nor the startup changes."""
    application = MembershipApplicationFactory(startup=pending_startup)

    def broken_record(**kwargs):
        raise RuntimeError("audit storage down")

    monkeypatch.setattr(AuditEntry, "record", broken_record)
    with pytest.raises(RuntimeError):
        approve_application(application=application, reviewer=secretariat)
    application.refresh_from_db()
    pending_startup.refresh_from_db()
    assert application.status == MembershipStatus.PENDING
    assert pending_startup.membership_status == MembershipStatus.PENDING
    assert not RescoreRequest.objects.exists()


@pytest.mark.django_db
def test_official_joining_an_approved_city_is_verified_on_approval(secretariat, seoul):
    newcomer = ProfileFactory(role=Role.CITY_OFFICIAL, city=seoul, member_since=None).user
    assert not MemberCity.objects.editable_by(newcomer).exists()
    application = MembershipApplicationFactory(
        kind=ApplicationKind.CITY, city=seoul, startup=None, applicant=newcomer
    )
    approve_application(application=application, reviewer=secretariat)
    newcomer = type(newcomer).objects.get(pk=newcomer.pk)  # as the next request loads the user
    assert list(MemberCity.objects.editable_by(newcomer)) == [seoul]


@pytest.mark.django_db
def test_application_kind_must_match_its_organisation(pending_startup):
    city = MemberCityFactory(name="Almaty", country="KZ")
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipApplication.objects.create(kind=ApplicationKind.CITY, startup=pending_startup)
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipApplication.objects.create(kind=ApplicationKind.STARTUP, city=city, startup=pending_startup)


@pytest.mark.django_db
def test_profile_role_must_match_its_organisation(seoul, startup):
    from tests.factories import UserFactory

    with pytest.raises(IntegrityError), transaction.atomic():
        Profile.objects.create(user=UserFactory(), role=Role.CITY_OFFICIAL, startup=startup)
    with pytest.raises(IntegrityError), transaction.atomic():
        Profile.objects.create(user=UserFactory(), role=Role.SECRETARIAT, city=seoul)
