"""The membership lifecycle through the API: staff suspend, reinstate and remove a member city or startup;
the organisation's current status governs what its people may do, answered 403 with the reason."""

from __future__ import annotations

import pytest

from cities.models import CityChallenge
from core.models import AuditEntry
from introductions.models import Introduction
from tests.factories import IntroductionFactory, MatchFactory, SolutionListingFactory

V1 = "/api/v1"
pytestmark = pytest.mark.django_db


def _change(api, user, kind: str, pk: int, action: str, note: str = "Checked with the board."):
    return api(user).post(f"{V1}/{kind}/{pk}/{action}/", {"note": note}, format="json")


def test_only_staff_suspend_and_a_note_is_required(api, secretariat, startup, startup_member, seoul_official):
    for user in (startup_member, seoul_official):
        response = _change(api, user, "startups", startup.pk, "suspend")
        assert response.status_code == 403 and response.json()["code"] == "permission_denied"
    assert api().post(f"{V1}/startups/{startup.pk}/suspend/", {"note": "x"}, format="json").status_code == 401
    response = api(secretariat).post(f"{V1}/startups/{startup.pk}/suspend/", {}, format="json")
    assert response.status_code == 400 and "note" in response.json()["errors"]

    response = _change(api, secretariat, "startups", startup.pk, "suspend")
    assert response.status_code == 200, response.content
    assert response.json()["membership_status"] == "suspended"
    assert AuditEntry.objects.filter(action="membership.suspended", actor=secretariat).count() == 1
    again = _change(api, secretariat, "startups", startup.pk, "suspend")
    assert again.status_code == 409 and again.json()["code"] == "conflict"


def test_a_suspended_citys_official_cannot_act_and_can_again_once_reinstated(
    api, secretariat, seoul, seoul_official, startup
):
    me = api(seoul_official).get(f"{V1}/me/").json()
    assert me["is_approved_member"] is True
    assert _change(api, secretariat, "cities", seoul.pk, "suspend").status_code == 200

    official = api(seoul_official)
    refused = [
        official.post(f"{V1}/introductions/", {"startup": startup.pk, "message": "Hello"}, format="json"),
        official.patch(f"{V1}/cities/{seoul.pk}/", {"population": 9_500_000}, format="json"),
        official.post(
            f"{V1}/challenges/", {"city": seoul.pk, "title": "Flooding", "description": "x"}, format="json"
        ),
    ]
    for response in refused:
        assert response.status_code == 403, response.content
        assert "membership is suspended" in response.json()["detail"]
    assert official.get(f"{V1}/me/").json()["is_approved_member"] is False
    assert not Introduction.objects.exists() and not CityChallenge.objects.exists()
    assert api().get(f"{V1}/cities/{seoul.pk}/").status_code == 404  # gone from public reads

    assert _change(api, secretariat, "cities", seoul.pk, "reinstate").status_code == 200
    assert (
        official.post(
            f"{V1}/introductions/", {"startup": startup.pk, "message": "Hello"}, format="json"
        ).status_code
        == 201
    )
    assert (
        official.patch(f"{V1}/cities/{seoul.pk}/", {"population": 9_500_000}, format="json").status_code
        == 200
    )
    assert official.get(f"{V1}/me/").json()["is_approved_member"] is True


def test_a_removed_citys_official_is_told_the_membership_ended(
    api, secretariat, seoul, seoul_official, startup
):
    assert _change(api, secretariat, "cities", seoul.pk, "remove").status_code == 200
    response = api(seoul_official).post(
        f"{V1}/introductions/", {"startup": startup.pk, "message": "Hello"}, format="json"
    )
    assert response.status_code == 403 and "no longer a member" in response.json()["detail"]


def test_a_suspended_startups_member_cannot_accept_nor_see_the_officials_contact(
    api, secretariat, seoul, seoul_official, startup, startup_member
):
    introduction = IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)
    assert _change(api, secretariat, "startups", startup.pk, "suspend").status_code == 200

    member = api(startup_member)
    response = member.post(f"{V1}/introductions/{introduction.pk}/accept/", {"note": "Yes"}, format="json")
    assert response.status_code == 403
    assert "membership is suspended" in response.json()["detail"]
    assert "official.seoul" not in response.content.decode()
    assert member.get(f"{V1}/introductions/{introduction.pk}/").status_code == 403
    introduction.refresh_from_db()
    assert introduction.is_open
    assert member.get(f"{V1}/me/").json()["is_approved_member"] is False

    assert _change(api, secretariat, "startups", startup.pk, "reinstate").status_code == 200
    response = member.post(f"{V1}/introductions/{introduction.pk}/accept/", {"note": "Yes"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["city_contact"]["email"] == "official.seoul@example.org"


def test_a_suspended_startup_vanishes_from_public_reads_and_stored_matches(
    api, secretariat, seoul, seoul_official, startup
):
    listing = SolutionListingFactory(startup=startup, title="Smart bins")
    MatchFactory(city=seoul, startup=startup, listing=listing, score=80.0, city_rank=1)
    assert [m["startup"]["id"] for m in api(seoul_official).get(f"{V1}/matches/").json()["results"]] == [
        startup.pk
    ]
    assert _change(api, secretariat, "startups", startup.pk, "suspend").status_code == 200

    assert api().get(f"{V1}/startups/{startup.pk}/").status_code == 404
    assert api().get(f"{V1}/solutions/{listing.pk}/").status_code == 404
    assert api(seoul_official).get(f"{V1}/matches/").json()["results"] == []  # before any re-score


def test_a_rejected_applicant_applies_again_through_the_api(
    api, secretariat, pending_member, pending_startup
):
    from accounts.services import reject_application
    from tests.factories import MembershipApplicationFactory

    application = MembershipApplicationFactory(startup=pending_startup, applicant=pending_member)
    body = {"message": "Pilot references added."}
    early = api(pending_member).post(f"{V1}/applications/", body, format="json")
    assert early.status_code == 409  # still pending: nothing to apply for again
    reject_application(application=application, reviewer=secretariat, note="Add pilot references.")

    response = api(pending_member).post(f"{V1}/applications/", body, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "pending" and response.json()["message"] == "Pilot references added."
    assert response.json()["organisation"]["membership_status"] == "pending"
    assert api(pending_member).post(f"{V1}/applications/", body, format="json").status_code == 409
