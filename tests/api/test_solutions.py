"""Startups and their solution listings: the catalogue's filters, and writes by the startup's members."""

from __future__ import annotations

import pytest

from core.models import Language, MembershipStatus, Sector
from matching.models import RescoreRequest
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing
from tests.factories import ReferenceDeploymentFactory, SolutionListingFactory, StartupFactory

V1 = "/api/v1"


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["results"]}


@pytest.fixture
def catalogue(startup):
    """Three published listings from startups of three countries, and one draft."""
    colombian = StartupFactory(name="Vía Segura", country="CO", target_regions=["latin-america"])
    german = StartupFactory(name="Stadtwerk Digital", country="DE", target_regions=["europe", "asia-pacific"])
    return {
        "bins": SolutionListingFactory(
            startup=startup, sectors=["environment"], languages_supported=["ko", "en"], maturity="deployed"
        ),
        "lights": SolutionListingFactory(
            startup=colombian,
            title="Adaptive street lighting",
            summary="Lights that brighten when people pass.",
            description="Cuts energy use and night-time crime on residential streets.",
            sectors=["safety", "energy"],
            languages_supported=["es"],
            maturity="pilot",
        ),
        "twin": SolutionListingFactory(
            startup=german,
            title="Digital twin for building permits",
            summary="3D city model that checks permit applications.",
            description="Automates zoning checks.",
            sectors=["urban-planning", "e-government"],
            languages_supported=["de", "en"],
            maturity="concept",
        ),
        "draft": SolutionListingFactory(startup=startup, status=ListingStatus.DRAFT, published_at=None),
    }


@pytest.mark.django_db
def test_solutions_by_sector_country_region_language_maturity_and_text(api, catalogue):
    c, client = catalogue, api()
    url = f"{V1}/solutions/"
    assert ids(client.get(url)) == {c["bins"].pk, c["lights"].pk, c["twin"].pk}
    assert ids(client.get(url, {"sector": "safety"})) == {c["lights"].pk}
    assert ids(client.get(url, {"sector": ["safety", "e-government"]})) == {c["lights"].pk, c["twin"].pk}
    assert ids(client.get(url, {"country": "DE"})) == {c["twin"].pk}
    assert ids(client.get(url, {"region": "asia-pacific"})) == {c["twin"].pk}
    assert ids(client.get(url, {"language": "en"})) == {c["bins"].pk, c["twin"].pk}
    assert ids(client.get(url, {"maturity": "pilot"})) == {c["lights"].pk}
    assert ids(client.get(url, {"search": "street crime"})) == {c["lights"].pk}
    assert ids(client.get(url, {"search": "Stadtwerk"})) == {c["twin"].pk}  # the startup's name
    assert ids(client.get(url, {"sector": "energy", "language": "es", "maturity": "pilot"})) == {
        c["lights"].pk
    }


@pytest.mark.django_db
def test_a_listing_in_two_matching_sectors_is_listed_once(api, catalogue):
    body = api().get(f"{V1}/solutions/", {"sector": ["safety", "energy"]}).json()
    assert body["count"] == 1 and len(body["results"]) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"sector": "teleportation"},
        {"maturity": "vapourware"},
        {"country": "ZZ"},
        {"language": "xx"},
        {"startup": "abc"},
        {"search": "x" * 201},
    ],
)
def test_invalid_catalogue_filters_are_400(api, catalogue, params):
    response = api().get(f"{V1}/solutions/", params)
    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(params)


@pytest.mark.django_db
def test_a_listing_shows_its_startup_sectors_and_deployments(api, catalogue):
    ReferenceDeploymentFactory(listing=catalogue["bins"], city_name="Sejong", country="KR")
    body = api().get(f"{V1}/solutions/{catalogue['bins'].pk}/").json()
    assert body["startup"]["name"] == "Loopwise"
    assert body["sectors"] == ["environment"] and sorted(body["languages_supported"]) == ["en", "ko"]
    assert body["deployments"][0]["city_name"] == "Sejong"


@pytest.mark.django_db
def test_member_publishes_a_listing_for_their_startup(api, startup, startup_member):
    response = api(startup_member).post(
        f"{V1}/solutions/",
        {
            "title": "Leak detection for water mains",
            "summary": "Acoustic sensors find leaks before pipes burst.",
            "description": "Deployed in two Korean cities.",
            "sectors": ["water"],
            "languages_supported": ["ko", "en"],
            "maturity": "deployed",
            "pricing_model": "subscription",
            "status": "published",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["startup"]["id"] == startup.pk and body["status"] == "published" and body["published_at"]
    assert RescoreRequest.objects.filter(kind="startup", object_id=startup.pk).exists()
    assert body["id"] in ids(api().get(f"{V1}/solutions/"))


@pytest.mark.django_db
def test_a_draft_stays_private_until_published(api, startup, startup_member):
    client = api(startup_member)
    created = client.post(
        f"{V1}/solutions/",
        {"title": "Noise maps", "summary": "Sensors.", "description": "Soon.", "sectors": ["environment"]},
        format="json",
    ).json()
    assert created["status"] == "draft" and created["published_at"] is None
    assert api().get(f"{V1}/solutions/{created['id']}/").status_code == 404
    published = client.patch(
        f"{V1}/solutions/{created['id']}/", {"status": "published"}, format="json"
    ).json()
    assert published["published_at"]
    assert api().get(f"{V1}/solutions/{created['id']}/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"summary": "s", "description": "d"}, "title"),
        ({"title": "t", "summary": "s" * 301, "description": "d"}, "summary"),
        ({"title": "t", "summary": "s", "description": "d" * 8001}, "description"),
        ({"title": "t", "summary": "s", "description": "d", "sectors": ["teleportation"]}, "sectors"),
        ({"title": "t", "summary": "s", "description": "d", "maturity": "vapourware"}, "maturity"),
        (
            {"title": "t", "summary": "s", "description": "d", "languages_supported": ["xx"]},
            "languages_supported",
        ),
        ({"title": "t", "summary": "s", "description": "d", "status": "archived"}, "status"),
        ({"title": "t\x00", "summary": "s", "description": "d"}, "title"),
    ],
)
def test_invalid_listings_create_nothing(api, startup, startup_member, body, field):
    response = api(startup_member).post(f"{V1}/solutions/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not SolutionListing.objects.exists()


@pytest.mark.django_db
def test_a_listing_for_a_startup_the_member_does_not_own_is_refused(api, startup_member):
    other = StartupFactory(name="Vía Segura", country="CO")
    response = api(startup_member).post(
        f"{V1}/solutions/",
        {"startup": other.pk, "title": "t", "summary": "s", "description": "d"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["errors"]["startup"]
    assert not SolutionListing.objects.exists()


@pytest.mark.django_db
def test_member_deletes_a_listing(api, startup, startup_member):
    listing = SolutionListingFactory(startup=startup)
    assert api(startup_member).delete(f"{V1}/solutions/{listing.pk}/").status_code == 204
    assert not SolutionListing.objects.filter(pk=listing.pk).exists()


@pytest.mark.django_db
def test_member_adds_and_removes_a_reference_deployment(api, startup, startup_member):
    listing = SolutionListingFactory(startup=startup)
    client = api(startup_member)
    body = client.post(
        f"{V1}/solutions/{listing.pk}/deployments/",
        {"city_name": "Goyang", "country": "KR", "population": 1_070_000, "since_year": 2022},
        format="json",
    ).json()
    deployment = ReferenceDeployment.objects.get(listing=listing)
    assert body["deployments"][0]["id"] == deployment.pk
    duplicate = client.post(
        f"{V1}/solutions/{listing.pk}/deployments/", {"city_name": "Goyang", "country": "KR"}, format="json"
    )
    assert duplicate.status_code == 400
    invalid = client.post(
        f"{V1}/solutions/{listing.pk}/deployments/",
        {"city_name": "Atlantis", "country": "XX", "since_year": 1800},
        format="json",
    )
    assert invalid.status_code == 400 and set(invalid.json()["errors"]) == {"country", "since_year"}
    assert client.delete(f"{V1}/solutions/{listing.pk}/deployments/{deployment.pk}/").status_code == 204
    assert not ReferenceDeployment.objects.exists()
    assert client.delete(f"{V1}/solutions/{listing.pk}/deployments/{deployment.pk}/").status_code == 404


@pytest.mark.django_db
def test_a_deployment_of_another_listing_cannot_be_removed_through_mine(api, startup, startup_member):
    mine = SolutionListingFactory(startup=startup)
    theirs = ReferenceDeploymentFactory(listing=SolutionListingFactory(startup=StartupFactory(name="Other")))
    response = api(startup_member).delete(f"{V1}/solutions/{mine.pk}/deployments/{theirs.pk}/")
    assert response.status_code == 404
    assert ReferenceDeployment.objects.filter(pk=theirs.pk).exists()


# --- startups


@pytest.mark.django_db
def test_member_edits_own_startup(api, startup, startup_member):
    response = api(startup_member).patch(
        f"{V1}/startups/{startup.pk}/",
        {
            "team_size": 31,
            "sectors": ["environment", "water"],
            "target_regions": ["africa"],
            "contact_email": "hello@loopwise.example",
        },
        format="json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["team_size"] == 31 and body["target_regions"] == ["africa"]
    assert body["contact_email"] == "hello@loopwise.example"
    assert RescoreRequest.objects.filter(kind="startup", object_id=startup.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"founded_year": 2999}, "founded_year"),
        ({"founded_year": 1800}, "founded_year"),
        ({"team_size": 0}, "team_size"),
        ({"stage": "unicorn"}, "stage"),
        ({"country": "XX"}, "country"),
        ({"target_regions": ["atlantis"]}, "target_regions"),
        ({"contact_email": "not-an-email"}, "contact_email"),
        ({"description": "d" * 4001}, "description"),
    ],
)
def test_invalid_startup_edits_change_nothing(api, startup, startup_member, body, field):
    response = api(startup_member).patch(
        f"{V1}/startups/{startup.pk}/", {**body, "team_size": body.get("team_size", 99)}, format="json"
    )
    assert response.status_code == 400
    assert field in response.json()["errors"], response.json()
    startup.refresh_from_db()
    assert startup.team_size == 24


@pytest.mark.django_db
def test_a_founding_year_in_the_future_is_caught_by_the_model(api, startup, startup_member):
    response = api(startup_member).patch(
        f"{V1}/startups/{startup.pk}/", {"founded_year": 2099}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"founded_year": ["The founding year cannot be in the future."]}


@pytest.mark.django_db
def test_startups_filter_by_sector_country_region_and_stage(api, startup):
    german = StartupFactory(name="Stadtwerk Digital", country="DE", stage="scale", target_regions=["europe"])
    client = api()
    assert ids(client.get(f"{V1}/startups/", {"country": "DE"})) == {german.pk}
    assert ids(client.get(f"{V1}/startups/", {"sector": "environment"})) == {startup.pk}
    assert ids(client.get(f"{V1}/startups/", {"region": "europe"})) == {german.pk}
    assert ids(client.get(f"{V1}/startups/", {"stage": "scale"})) == {german.pk}
    assert ids(client.get(f"{V1}/startups/", {"search": "loop"})) == {startup.pk}


@pytest.mark.django_db
def test_a_rejected_startup_and_its_listings_disappear_from_the_catalogue(api, startup):
    listing = SolutionListingFactory(startup=startup)
    startup.membership_status = MembershipStatus.REJECTED
    startup.save(update_fields=["membership_status"])
    assert api().get(f"{V1}/startups/{startup.pk}/").status_code == 404
    assert listing.pk not in ids(api().get(f"{V1}/solutions/"))


@pytest.mark.django_db
def test_sector_and_language_filters_list_each_listing_once(api, catalogue):
    """The filters are semi-joins (no DISTINCT over the rows): a listing matching twice is listed once."""
    listing = catalogue["lights"]
    listing.sectors.add(*Sector.objects.filter(code__in=["energy", "mobility"]))
    listing.languages_supported.add(*Language.objects.filter(code__in=["en", "ko"]))
    body = (
        api().get(f"{V1}/solutions/", {"sector": ["safety", "energy", "mobility"], "language": "en"}).json()
    )
    found = [row["id"] for row in body["results"]]
    assert found.count(listing.pk) == 1 and body["count"] == len(found)
