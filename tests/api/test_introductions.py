"""Introductions: a city official asks, the startup accepts or declines, the city may withdraw. The same
services as the pages; contact details only after acceptance; conflicts answer 409."""

from __future__ import annotations

import pytest

from core.models import AuditEntry
from introductions.models import Introduction, IntroductionStatus
from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    MatchFactory,
    SolutionListingFactory,
    StartupFactory,
)

V1 = "/api/v1"


@pytest.fixture
def listing(startup):
    return SolutionListingFactory(startup=startup)


@pytest.mark.django_db
def test_an_official_asks_to_meet_a_startup(api, seoul, startup, listing, seoul_official):
    MatchFactory(city=seoul, startup=startup, score=83.0)
    challenge = CityChallengeFactory(city=seoul)
    response = api(seoul_official).post(
        f"{V1}/introductions/",
        {
            "startup": startup.pk,
            "listing": listing.pk,
            "challenge": challenge.pk,
            "message": "Your bins could help our apartment blocks. Could we meet next month?",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["city"]["id"] == seoul.pk and body["startup"]["id"] == startup.pk
    assert body["status"] == "requested" and body["match_score"] == 83.0
    assert body["city_contact"] is None and body["startup_contact"] is None
    introduction = Introduction.objects.get(pk=body["id"])
    assert introduction.requested_by == seoul_official
    assert AuditEntry.objects.filter(action="introduction.requested", object_id=str(introduction.pk)).exists()


@pytest.mark.django_db
def test_asking_twice_is_a_conflict(api, seoul, startup, seoul_official):
    client = api(seoul_official)
    first = client.post(f"{V1}/introductions/", {"startup": startup.pk, "message": "Hello"}, format="json")
    assert first.status_code == 201
    second = client.post(
        f"{V1}/introductions/", {"startup": startup.pk, "message": "Hello again"}, format="json"
    )
    assert second.status_code == 409
    assert second.json()["code"] == "conflict" and "already waiting" in second.json()["detail"]
    assert Introduction.objects.count() == 1


@pytest.mark.django_db
def test_references_the_official_does_not_own_are_field_errors(api, seoul, bogota, startup, seoul_official):
    someone_elses_listing = SolutionListingFactory(startup=StartupFactory(name="Vía Segura", country="CO"))
    bogota_challenge = CityChallengeFactory(city=bogota)
    response = api(seoul_official).post(
        f"{V1}/introductions/",
        {
            "startup": startup.pk,
            "listing": someone_elses_listing.pk,
            "challenge": bogota_challenge.pk,
            "message": "Hello",
        },
        format="json",
    )
    assert response.status_code == 400
    # Field checks come first: Bogotá's challenge is not one of Seoul's.
    assert set(response.json()["errors"]) == {"challenge"}
    assert not Introduction.objects.exists()


@pytest.mark.django_db
def test_a_listing_of_another_startup_is_refused(api, seoul, startup, seoul_official):
    other = SolutionListingFactory(startup=StartupFactory(name="Vía Segura", country="CO"))
    response = api(seoul_official).post(
        f"{V1}/introductions/", {"startup": startup.pk, "listing": other.pk, "message": "Hi"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"listing": ["This listing belongs to another startup."]}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"message": "Hi"}, "startup"),
        ({"startup": 999999, "message": "Hi"}, "startup"),
        ({"startup": "loopwise", "message": "Hi"}, "startup"),
        ({"message": ""}, "message"),
        ({"message": "m" * 4001}, "message"),
    ],
)
def test_invalid_requests_create_nothing(api, seoul, startup, seoul_official, body, field):
    response = api(seoul_official).post(f"{V1}/introductions/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Introduction.objects.exists()


@pytest.mark.django_db
def test_a_pending_startup_cannot_be_asked(api, seoul, pending_startup, seoul_official):
    response = api(seoul_official).post(
        f"{V1}/introductions/", {"startup": pending_startup.pk, "message": "Hi"}, format="json"
    )
    assert response.status_code == 400 and "startup" in response.json()["errors"]


@pytest.mark.django_db
def test_accepting_reveals_both_sides_contact_details(api, seoul, startup, seoul_official, startup_member):
    startup.contact_email = "hello@loopwise.example"
    startup.save(update_fields=["contact_email"])
    introduction = IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)
    before = api(startup_member).get(f"{V1}/introductions/{introduction.pk}/").json()
    assert before["city_contact"] is None and before["startup_contact"] is None

    response = api(startup_member).post(
        f"{V1}/introductions/{introduction.pk}/accept/", {"note": "Happy to talk."}, format="json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "accepted" and body["response_note"] == "Happy to talk."
    assert body["city_contact"]["email"] == "official.seoul@example.org"
    city_view = api(seoul_official).get(f"{V1}/introductions/{introduction.pk}/").json()
    assert city_view["startup_contact"]["startup_email"] == "hello@loopwise.example"
    assert city_view["startup_contact"]["email"] == "startup.member@example.org"


@pytest.mark.django_db
def test_declining_needs_a_reason_from_the_list(api, seoul, startup, startup_member):
    introduction = IntroductionFactory(city=seoul, startup=startup)
    client = api(startup_member)
    missing = client.post(f"{V1}/introductions/{introduction.pk}/decline/", {}, format="json")
    assert missing.status_code == 400 and "decline_reason" in missing.json()["errors"]
    unknown = client.post(
        f"{V1}/introductions/{introduction.pk}/decline/", {"decline_reason": "bored"}, format="json"
    )
    assert unknown.status_code == 400
    introduction.refresh_from_db()
    assert introduction.status == IntroductionStatus.REQUESTED

    declined = client.post(
        f"{V1}/introductions/{introduction.pk}/decline/",
        {"decline_reason": "not_in_region", "note": "Not in Korea yet."},
        format="json",
    ).json()
    assert declined["status"] == "declined" and declined["decline_reason"] == "not_in_region"
    assert declined["city_contact"] is None


@pytest.mark.django_db
def test_an_answered_introduction_cannot_be_answered_again(api, seoul, startup, startup_member):
    introduction = IntroductionFactory(city=seoul, startup=startup)
    client = api(startup_member)
    assert client.post(f"{V1}/introductions/{introduction.pk}/accept/", {}, format="json").status_code == 200
    again = client.post(
        f"{V1}/introductions/{introduction.pk}/decline/", {"decline_reason": "other"}, format="json"
    )
    assert again.status_code == 409
    assert again.json()["detail"] == "This introduction is already accepted."


@pytest.mark.django_db
def test_the_city_withdraws_an_unanswered_request(api, seoul, startup, seoul_official, startup_member):
    introduction = IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)
    response = api(seoul_official).post(
        f"{V1}/introductions/{introduction.pk}/withdraw/", {"note": "Budget cut."}, format="json"
    )
    assert response.status_code == 200 and response.json()["status"] == "withdrawn"
    entry = AuditEntry.objects.get(action="introduction.withdrawn")
    assert entry.actor == seoul_official and entry.note == "Budget cut."
    late = api(startup_member).post(f"{V1}/introductions/{introduction.pk}/accept/", {}, format="json")
    assert late.status_code == 409
    twice = api(seoul_official).post(f"{V1}/introductions/{introduction.pk}/withdraw/", {}, format="json")
    assert twice.status_code == 409


@pytest.mark.django_db
def test_introductions_filter_by_status(api, seoul, startup, seoul_official):
    waiting = IntroductionFactory(city=seoul, startup=startup)
    answered = IntroductionFactory(
        city=seoul,
        startup=StartupFactory(name="Vía Segura", country="CO"),
        status=IntroductionStatus.ACCEPTED,
    )
    client = api(seoul_official)
    requested = client.get(f"{V1}/introductions/", {"status": "requested"}).json()["results"]
    assert [item["id"] for item in requested] == [waiting.pk]
    accepted = client.get(f"{V1}/introductions/", {"status": "accepted"}).json()["results"]
    assert [item["id"] for item in accepted] == [answered.pk]
