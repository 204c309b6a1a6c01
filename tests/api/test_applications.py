"""Membership applications: staff list them and approve or reject them through the same service as the
admin and the pages; a decided application answers 409."""

from __future__ import annotations

import pytest

from accounts.models import ApplicationKind, MembershipApplication, Profile
from core.models import AuditEntry, MembershipStatus
from matching.models import RescoreRequest
from tests.factories import MembershipApplicationFactory, StartupFactory

V1 = "/api/v1"


@pytest.fixture
def application(pending_startup, pending_member):
    return MembershipApplicationFactory(
        kind=ApplicationKind.STARTUP, startup=pending_startup, applicant=pending_member
    )


@pytest.mark.django_db
def test_staff_list_pending_applications(api, application, secretariat):
    decided = MembershipApplicationFactory(
        startup=StartupFactory(name="Old Co", membership_status=MembershipStatus.PENDING, joined_on=None)
    )
    api(secretariat).post(f"{V1}/applications/{decided.pk}/reject/", {"note": "Incomplete."}, format="json")
    body = api(secretariat).get(f"{V1}/applications/", {"status": "pending"}).json()
    assert [item["id"] for item in body["results"]] == [application.pk]
    item = body["results"][0]
    assert item["organisation"]["name"] == "Hanbit Mobility" and item["organisation"]["kind"] == "startup"
    assert item["applicant"]["username"] == "founder.hanbit"


@pytest.mark.django_db
def test_approval_goes_through_the_service(api, application, secretariat, pending_startup, pending_member):
    response = api(secretariat).post(
        f"{V1}/applications/{application.pk}/approve/", {"note": "References checked."}, format="json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "approved" and body["reviewed_by"] == "secretariat"
    assert body["review_note"] == "References checked."
    assert body["organisation"]["membership_status"] == "approved"
    pending_startup.refresh_from_db()
    assert pending_startup.membership_status == MembershipStatus.APPROVED
    assert Profile.objects.get(user=pending_member).member_since is not None
    assert AuditEntry.objects.filter(action="application.approved", note="References checked.").exists()
    assert RescoreRequest.objects.filter(kind="startup", object_id=pending_startup.pk).exists()


@pytest.mark.django_db
def test_a_decided_application_answers_409(api, application, secretariat):
    client = api(secretariat)
    assert client.post(f"{V1}/applications/{application.pk}/approve/", {}, format="json").status_code == 200
    again = client.post(
        f"{V1}/applications/{application.pk}/reject/", {"note": "Changed my mind."}, format="json"
    )
    assert again.status_code == 409
    assert again.json() == {
        "status": 409,
        "code": "conflict",
        "detail": "This application was already approved.",
        "errors": {},
    }
    assert AuditEntry.objects.filter(action__startswith="application.").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("body", [{}, {"note": ""}, {"note": "   "}, {"note": "n" * 4001}])
def test_a_rejection_needs_a_note(api, application, secretariat, body):
    response = api(secretariat).post(f"{V1}/applications/{application.pk}/reject/", body, format="json")
    assert response.status_code == 400
    assert "note" in response.json()["errors"]
    application.refresh_from_db()
    assert application.status == MembershipStatus.PENDING


@pytest.mark.django_db
def test_rejection_keeps_the_startup_out_of_the_catalogue(api, application, secretariat, pending_startup):
    response = api(secretariat).post(
        f"{V1}/applications/{application.pk}/reject/", {"note": "No product yet."}, format="json"
    )
    assert response.status_code == 200 and response.json()["status"] == "rejected"
    pending_startup.refresh_from_db()
    assert pending_startup.membership_status == MembershipStatus.REJECTED
    assert api().get(f"{V1}/startups/{pending_startup.pk}/").status_code == 404


@pytest.mark.django_db
def test_an_applicant_reads_but_cannot_decide_their_own_application(api, application, pending_member):
    client = api(pending_member)
    assert client.get(f"{V1}/applications/{application.pk}/").status_code == 200
    response = client.post(f"{V1}/applications/{application.pk}/approve/", {}, format="json")
    assert response.status_code == 403
    assert MembershipApplication.objects.get(pk=application.pk).status == MembershipStatus.PENDING


@pytest.mark.django_db
def test_invalid_application_filters_are_400(api, application, secretariat):
    response = api(secretariat).get(f"{V1}/applications/", {"status": "maybe", "kind": "planet"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"status", "kind"}
