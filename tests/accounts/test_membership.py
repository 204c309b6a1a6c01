"""The membership lifecycle service: suspend, reinstate, remove; each audited and marked for re-scoring in
its transaction, and the organisation's current status governing what its people may do."""

from __future__ import annotations

import pytest

from accounts.membership import (
    MembershipError,
    allowed_actions,
    reinstate_membership,
    remove_membership,
    suspend_membership,
)
from accounts.models import MembershipApplication, Profile, Role
from accounts.services import ApplicationError, approve_application, reapply, reject_application
from cities.models import MemberCity
from core.models import AuditEntry, MembershipStatus
from matching.models import RescoreRequest
from tests.factories import MembershipApplicationFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_suspension_is_audited_and_marked_for_rescoring_in_one_go(secretariat, startup, startup_member):
    RescoreRequest.objects.all().delete()
    suspend_membership(organisation=startup, actor=secretariat, note="Unpaid fees since March.")

    startup.refresh_from_db()
    assert startup.membership_status == MembershipStatus.SUSPENDED
    entry = AuditEntry.objects.get(action="membership.suspended")
    assert entry.actor == secretariat and entry.note == "Unpaid fees since March."
    assert entry.before == {"membership_status": "approved"}
    assert entry.after == {"membership_status": "suspended"}
    assert RescoreRequest.objects.filter(kind="startup", object_id=startup.pk).exists()
    assert not startup_member.profile.is_approved_member


def test_reinstating_gives_the_people_their_rights_back(secretariat, seoul, seoul_official):
    suspend_membership(organisation=seoul, actor=secretariat, note="Under review.")
    seoul_official.profile.city.refresh_from_db()
    assert not seoul_official.profile.is_approved_member
    reinstate_membership(organisation=seoul, actor=secretariat, note="Review closed.")
    seoul_official.profile.city.refresh_from_db()
    assert seoul_official.profile.is_approved_member
    assert AuditEntry.objects.filter(action="membership.reinstated", note="Review closed.").exists()


def test_removal_from_suspension_and_reinstatement_after_removal(secretariat, startup):
    suspend_membership(organisation=startup, actor=secretariat, note="Complaint received.")
    remove_membership(organisation=startup, actor=secretariat, note="Complaint upheld.")
    startup.refresh_from_db()
    assert startup.membership_status == MembershipStatus.REMOVED
    assert allowed_actions(startup) == ["reinstate"]
    reinstate_membership(organisation=startup, actor=secretariat, note="Appeal granted.")
    startup.refresh_from_db()
    assert startup.is_public


@pytest.mark.parametrize(
    ("change", "status"),
    [
        (suspend_membership, MembershipStatus.PENDING),
        (suspend_membership, MembershipStatus.SUSPENDED),
        (reinstate_membership, MembershipStatus.APPROVED),
        (reinstate_membership, MembershipStatus.REJECTED),
        (remove_membership, MembershipStatus.PENDING),
        (remove_membership, MembershipStatus.REMOVED),
    ],
)
def test_a_change_that_does_not_apply_to_the_status_is_refused(secretariat, startup, change, status):
    startup.membership_status = status
    startup.save(update_fields=["membership_status"])
    with pytest.raises(MembershipError):
        change(organisation=startup, actor=secretariat, note="Why not.")
    startup.refresh_from_db()
    assert startup.membership_status == status
    assert not AuditEntry.objects.filter(action__startswith="membership.").exists()


def test_only_staff_change_a_membership_and_always_with_a_note(
    secretariat, startup, startup_member, outsider
):
    for actor in (startup_member, outsider):
        with pytest.raises(MembershipError):
            suspend_membership(organisation=startup, actor=actor, note="Me?")
    with pytest.raises(MembershipError):
        suspend_membership(organisation=startup, actor=secretariat, note="   ")
    startup.refresh_from_db()
    assert startup.is_public


def test_the_refusal_says_why_and_what_to_do(secretariat, seoul, seoul_official):
    assert seoul_official.profile.refusal == ""
    suspend_membership(organisation=seoul, actor=secretariat, note="x")
    seoul_official.profile.city.refresh_from_db()
    assert "suspended" in seoul_official.profile.refusal and "secretariat" in seoul_official.profile.refusal
    remove_membership(organisation=seoul, actor=secretariat, note="x")
    seoul_official.profile.city.refresh_from_db()
    assert "no longer a member" in seoul_official.profile.refusal


# --- applying again --------------------------------------------------------------------------------------


def test_a_rejected_founder_applies_again_and_is_approved(secretariat, pending_startup):
    founder = ProfileFactory(role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None).user
    first = MembershipApplicationFactory(startup=pending_startup, applicant=founder)
    reject_application(application=first, reviewer=secretariat, note="Add your pilot references.")
    assert "apply again" in founder.profile.refusal

    second = reapply(applicant=founder, message="References added: Daejeon and Sejong.")

    pending_startup.refresh_from_db()
    assert pending_startup.membership_status == MembershipStatus.PENDING
    assert second.pk != first.pk and second.status == MembershipStatus.PENDING
    first.refresh_from_db()
    assert first.status == MembershipStatus.REJECTED and first.review_note == "Add your pilot references."
    entry = AuditEntry.objects.get(action="application.resubmitted")
    assert entry.before == {"previous_application": first.pk, "status": "rejected"}
    with pytest.raises(ApplicationError):  # one pending application at a time
        reapply(applicant=founder, message="Again")
    approve_application(application=second, reviewer=secretariat, note="Thanks.")
    founder.profile.refresh_from_db()
    pending_startup.refresh_from_db()
    assert founder.profile.is_approved_member
    assert list(MembershipApplication.objects.filter(applicant=founder).values_list("status", flat=True)) == [
        "approved",
        "rejected",
    ]


def test_an_approved_member_or_a_pending_applicant_cannot_apply_again(startup_member, pending_startup):
    with pytest.raises(ApplicationError):
        reapply(applicant=startup_member)
    founder = ProfileFactory(role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None).user
    MembershipApplicationFactory(startup=pending_startup, applicant=founder)
    with pytest.raises(ApplicationError):
        reapply(applicant=founder)
    with pytest.raises(ApplicationError):
        reapply(applicant=UserFactory(username="nobody"))


def test_a_new_member_city_applies_and_approval_makes_it_a_member(secretariat):
    from accounts.services import register_city_official
    from core.models import Region

    application = register_city_official(
        username="amara.okafor",
        email="amara@kigali.example",
        password="a-long-signup-password",
        new_city_fields={
            "name": "Kigali",
            "country": "RW",
            "population": 1_100_000,
            "region": Region.objects.get(code="africa"),
        },
        job_title="Head of Innovation",
    )
    city = MemberCity.objects.get(name="Kigali")
    assert application.city == city and city.membership_status == MembershipStatus.PENDING
    approve_application(application=application, reviewer=secretariat, note="Welcome.")
    city.refresh_from_db()
    assert city.is_public and city.joined_on
    assert Profile.objects.get(user=application.applicant).is_approved_member
