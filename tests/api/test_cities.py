"""Member cities and their challenges: reads, filters, writes through the services, invalid writes."""

from __future__ import annotations

import pytest

from cities.models import ChallengeStatus, CityChallenge, MemberCity
from core.models import AuditEntry, MembershipStatus
from matching.models import RescoreRequest
from tests.factories import CityChallengeFactory, MemberCityFactory

V1 = "/api/v1"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


@pytest.mark.django_db
def test_public_city_list_shows_approved_cities_with_their_vocabulary(api, seoul, bogota, pending_city):
    response = api().get(f"{V1}/cities/")
    assert ids(response) == [bogota.pk, seoul.pk]  # by name
    seoul_item = response.json()["results"][1]
    assert seoul_item["country"] == "KR" and seoul_item["region"] == "asia-pacific"
    assert sorted(seoul_item["languages"]) == ["en", "ko"]
    assert seoul_item["priority_sectors"] == ["mobility", "environment"]


@pytest.mark.django_db
def test_cities_filter_by_country_region_sector_language_and_text(api, seoul, bogota):
    client = api()
    assert ids(client.get(f"{V1}/cities/", {"country": "CO"})) == [bogota.pk]
    assert ids(client.get(f"{V1}/cities/", {"region": "asia-pacific"})) == [seoul.pk]
    assert ids(client.get(f"{V1}/cities/", {"sector": ["safety", "mobility"]})) == [bogota.pk, seoul.pk]
    assert ids(client.get(f"{V1}/cities/", {"language": "ko"})) == [seoul.pk]
    assert ids(client.get(f"{V1}/cities/", {"search": "seo"})) == [seoul.pk]
    assert ids(client.get(f"{V1}/cities/", {"ordering": "-population"})) == [seoul.pk, bogota.pk]


@pytest.mark.django_db
def test_an_unknown_filter_value_is_a_field_error_not_an_empty_list(api, seoul):
    response = api().get(f"{V1}/cities/", {"sector": "teleportation", "country": "XX"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"sector", "country"}


@pytest.mark.django_db
def test_pages_have_a_size_and_a_next_link(api, seoul, bogota):
    MemberCityFactory.create_batch(3)
    body = api().get(f"{V1}/cities/", {"page_size": 2}).json()
    assert body["count"] == 5 and len(body["results"]) == 2 and "page=2" in body["next"]
    assert api().get(f"{V1}/cities/", {"page": 99}).status_code == 404


@pytest.mark.django_db
def test_official_edits_own_city_through_the_service(api, seoul, seoul_official):
    response = api(seoul_official).patch(
        f"{V1}/cities/{seoul.pk}/",
        {"population": 9_500_000, "priority_sectors": ["water", "mobility"], "languages": ["ko"]},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["population"] == 9_500_000
    assert response.json()["priority_sectors"] == ["mobility", "water"]  # the taxonomy's order
    seoul.refresh_from_db()
    assert seoul.population == 9_500_000
    assert list(seoul.languages.values_list("code", flat=True)) == ["ko"]
    assert RescoreRequest.objects.filter(kind="city", object_id=seoul.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"population": -5}, "population"),
        ({"population": 0}, "population"),
        ({"population": "many"}, "population"),
        ({"priority_sectors": ["mobility", "teleportation"]}, "priority_sectors"),
        ({"languages": ["xx"]}, "languages"),
        ({"profile": "x" * 4001}, "profile"),
        ({"name": "n" * 121}, "name"),
        ({"name": ""}, "name"),
        ({"website": "not a url"}, "website"),
        ({"profile_language": "klingon"}, "profile_language"),
    ],
)
def test_invalid_city_edits_change_nothing(api, seoul, seoul_official, body, field):
    before = (seoul.name, seoul.population, seoul.profile, set(seoul.priority_sectors.all()))
    response = api(seoul_official).patch(
        f"{V1}/cities/{seoul.pk}/", {**body, "profile": body.get("profile", "Changed?")}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert field in response.json()["errors"], response.json()
    seoul.refresh_from_db()
    assert (seoul.name, seoul.population, seoul.profile, set(seoul.priority_sectors.all())) == before
    assert not RescoreRequest.objects.exists()


@pytest.mark.django_db
def test_unknown_sector_message_names_the_code(api, seoul, seoul_official):
    response = api(seoul_official).patch(
        f"{V1}/cities/{seoul.pk}/", {"priority_sectors": ["teleportation"]}, format="json"
    )
    assert response.json()["errors"]["priority_sectors"] == ["Unknown sector: teleportation."]


@pytest.mark.django_db
def test_a_rule_the_model_enforces_comes_back_as_a_400_and_rolls_back(api, seoul, seoul_official):
    """Renaming Seoul to an existing city of the same country fails in the service's full_clean."""
    MemberCityFactory(name="Busan", country="KR")
    response = api(seoul_official).patch(
        f"{V1}/cities/{seoul.pk}/", {"name": "Busan", "priority_sectors": ["water"]}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "non_field_errors": ["Member city with this Name and Country already exists."]
    }
    seoul.refresh_from_db()
    assert seoul.name == "Seoul"
    assert sorted(seoul.priority_sectors.values_list("code", flat=True)) == ["environment", "mobility"]


@pytest.mark.django_db
def test_country_and_membership_are_not_the_officials_to_change(api, seoul, seoul_official):
    response = api(seoul_official).patch(
        f"{V1}/cities/{seoul.pk}/", {"country": "JP", "membership_status": "rejected"}, format="json"
    )
    assert response.status_code == 200
    seoul.refresh_from_db()
    assert seoul.country == "KR" and seoul.membership_status == MembershipStatus.APPROVED


# --- challenges


@pytest.mark.django_db
def test_official_posts_a_challenge_for_their_own_city(api, seoul, seoul_official):
    response = api(seoul_official).post(
        f"{V1}/challenges/",
        {
            "title": "Flood alerts for the Han river",
            "description": "Early warning for riverside parks.",
            "sectors": ["water", "safety"],
            "language": "ko",
            "deadline": "2027-06-30",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["city"] == {"id": seoul.pk, "name": "Seoul", "country": "KR"}
    assert body["sectors"] == ["water", "safety"] and body["status"] == "open"
    challenge = CityChallenge.objects.get(pk=body["id"])
    assert challenge.city == seoul and challenge.language == "ko"
    assert RescoreRequest.objects.filter(kind="city", object_id=seoul.pk).exists()


@pytest.mark.django_db
def test_a_challenge_for_a_city_the_official_does_not_own_is_refused(api, seoul_official, bogota):
    response = api(seoul_official).post(
        f"{V1}/challenges/",
        {"city": bogota.pk, "title": "Not yours", "description": "Should fail."},
        format="json",
    )
    assert response.status_code == 400
    assert "city" in response.json()["errors"]
    assert not CityChallenge.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"description": "No title."}, "title"),
        ({"title": "t" * 161, "description": "Too long a title."}, "title"),
        ({"title": "Big", "description": "d" * 6001}, "description"),
        ({"title": "Sectors", "description": "Bad.", "sectors": ["teleportation"]}, "sectors"),
        ({"title": "Date", "description": "Bad.", "deadline": "next spring"}, "deadline"),
        ({"title": "Language", "description": "Bad.", "language": "zz"}, "language"),
    ],
)
def test_invalid_challenges_create_nothing(api, seoul, seoul_official, body, field):
    response = api(seoul_official).post(f"{V1}/challenges/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not CityChallenge.objects.exists()


@pytest.mark.django_db
def test_close_and_reopen_a_challenge(api, seoul, seoul_official):
    challenge = CityChallengeFactory(city=seoul)
    client = api(seoul_official)
    closed = client.post(f"{V1}/challenges/{challenge.pk}/close/").json()
    assert closed["status"] == ChallengeStatus.CLOSED and closed["closed_at"]
    reopened = client.post(f"{V1}/challenges/{challenge.pk}/reopen/").json()
    assert reopened["status"] == ChallengeStatus.OPEN and reopened["closed_at"] is None


@pytest.mark.django_db
def test_edit_a_challenge(api, seoul, seoul_official):
    challenge = CityChallengeFactory(city=seoul, sectors=["environment"])
    response = api(seoul_official).patch(
        f"{V1}/challenges/{challenge.pk}/",
        {"title": "Halve food waste", "sectors": ["environment", "water"]},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Halve food waste"
    assert response.json()["city"]["id"] == seoul.pk


@pytest.mark.django_db
def test_challenges_filter_by_city_sector_status_and_text(api, seoul, bogota):
    food = CityChallengeFactory(city=seoul, sectors=["environment"])
    night = CityChallengeFactory(
        city=bogota, title="Safer nights", description="Lighting.", sectors=["safety"]
    )
    food.close()
    client = api()
    assert ids(client.get(f"{V1}/challenges/", {"city": seoul.pk})) == [food.pk]
    assert ids(client.get(f"{V1}/challenges/", {"sector": "safety"})) == [night.pk]
    assert ids(client.get(f"{V1}/challenges/", {"status": "open"})) == [night.pk]
    assert ids(client.get(f"{V1}/challenges/", {"search": "food waste"})) == [food.pk]
    assert client.get(f"{V1}/challenges/", {"city": "Seoul"}).status_code == 400


@pytest.mark.django_db
def test_the_audit_trail_is_not_touched_by_reads(api, seoul):
    api().get(f"{V1}/cities/{seoul.pk}/")
    assert not AuditEntry.objects.exists()
    assert MemberCity.objects.count() == 1
