"""The API refuses what the pages refuse, with the same message, because both apply one rule of the services:
a challenge deadline in the past, a challenge or listing with no sector, an introduction citing a closed
challenge or another city's. Each case is sent to the API (400 with the field's message) and to the page
(the same message under the field)."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cities.models import CityChallenge
from introductions.models import Introduction
from startups.models import SolutionListing
from tests.factories import CityChallengeFactory, SolutionListingFactory

V1 = "/api/v1"
PAST_DEADLINE = "The deadline cannot be in the past."
NO_SECTOR = "Choose at least one sector."
CLOSED = "This challenge is closed; choose one of your city's open challenges."

pytestmark = pytest.mark.django_db


def _field_errors(response, field: str) -> list[str]:
    assert response.status_code == 200, response.status_code
    page = response.content.decode()
    found = re.search(rf'<ul class="errorlist" id="id_{field}_errors">(.*?)</ul>', page, re.S)
    assert found, f"no error under {field}"
    items = re.findall(r"<li>(.*?)</li>", found.group(1), re.S)
    return [html.unescape(re.sub(r"<.*?>", "", item)).strip() for item in items]


def _api_errors(response, field: str) -> list[str]:
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid" and field in body["errors"], body
    return body["errors"][field]


def _yesterday() -> str:
    return (timezone.now().date() - timedelta(days=1)).isoformat()


def test_a_challenge_deadline_in_the_past_is_refused_by_the_api_and_the_page(
    api, client, seoul, seoul_official
):
    body = {"title": "Flood alerts", "description": "Early warning.", "sectors": ["safety"]}
    response = api(seoul_official).post(
        f"{V1}/challenges/", {**body, "deadline": _yesterday()}, format="json"
    )
    assert _api_errors(response, "deadline") == [PAST_DEADLINE]

    client.force_login(seoul_official)
    response = client.post(
        reverse("cities:challenge_create"), {**body, "language": "", "deadline": _yesterday()}
    )
    assert _field_errors(response, "deadline") == [PAST_DEADLINE]
    assert not CityChallenge.objects.exists()


def test_a_challenge_whose_deadline_passed_can_be_edited_but_not_moved_into_the_past(
    api, seoul, seoul_official
):
    challenge = CityChallengeFactory(
        city=seoul, sectors=["safety"], deadline=timezone.now().date() - timedelta(days=30)
    )
    client = api(seoul_official)
    url = f"{V1}/challenges/{challenge.pk}/"
    assert client.patch(url, {"title": "Flood alerts, phase 2"}, format="json").status_code == 200
    assert client.patch(url, {"deadline": challenge.deadline.isoformat()}, format="json").status_code == 200
    assert _api_errors(client.patch(url, {"deadline": _yesterday()}, format="json"), "deadline") == [
        PAST_DEADLINE
    ]


def test_a_challenge_with_no_sector_is_refused_by_the_api_and_the_page(api, client, seoul, seoul_official):
    body = {"title": "Flood alerts", "description": "Early warning."}
    assert _api_errors(api(seoul_official).post(f"{V1}/challenges/", body, format="json"), "sectors") == [
        NO_SECTOR
    ]
    client.force_login(seoul_official)
    response = client.post(reverse("cities:challenge_create"), {**body, "language": ""})
    assert _field_errors(response, "sectors") == [NO_SECTOR]
    assert not CityChallenge.objects.exists()


def test_a_listing_with_no_sector_is_refused_by_the_api_and_the_page(api, client, startup, startup_member):
    body = {"title": "Leak detection", "summary": "Acoustic sensors.", "description": "Finds leaks early."}
    client_api = api(startup_member)
    assert _api_errors(client_api.post(f"{V1}/solutions/", body, format="json"), "sectors") == [NO_SECTOR]
    assert _api_errors(
        client_api.post(f"{V1}/solutions/", {**body, "sectors": []}, format="json"), "sectors"
    ) == [NO_SECTOR]
    listing = SolutionListingFactory(startup=startup, sectors=["water"])
    response = client_api.patch(f"{V1}/solutions/{listing.pk}/", {"sectors": []}, format="json")
    assert _api_errors(response, "sectors") == [NO_SECTOR]
    assert (
        client_api.patch(f"{V1}/solutions/{listing.pk}/", {"title": "Leaks"}, format="json").status_code
        == 200
    )

    client.force_login(startup_member)
    form = {**body, "language": "", "maturity": "pilot", "pricing_model": "custom"}
    assert _field_errors(client.post(reverse("startups:listing_create"), form), "sectors") == [NO_SECTOR]
    assert SolutionListing.objects.count() == 1


@pytest.fixture
def closed_challenge(seoul):
    challenge = CityChallengeFactory(city=seoul, title="Cut food waste", sectors=["environment"])
    challenge.close()
    return challenge


def test_an_introduction_citing_a_closed_challenge_is_refused_by_the_api_and_the_page(
    api, client, seoul, seoul_official, startup, closed_challenge
):
    body = {"startup": startup.pk, "message": "We would like to meet.", "challenge": closed_challenge.pk}
    response = api(seoul_official).post(f"{V1}/introductions/", body, format="json")
    assert _api_errors(response, "challenge") == [CLOSED]

    client.force_login(seoul_official)
    url = reverse("introductions:introduction_request", args=[startup.pk])
    page = client.get(url).content.decode()
    assert "Cut food waste" not in page  # a closed challenge is not offered
    response = client.post(url, {"message": "We would like to meet.", "challenge": closed_challenge.pk})
    assert _field_errors(response, "challenge") == [CLOSED]
    assert not Introduction.objects.exists()

    # Reopened, the same request goes through.
    closed_challenge.reopen()
    response = api(seoul_official).post(f"{V1}/introductions/", body, format="json")
    assert response.status_code == 201, response.content


def test_an_introduction_citing_another_citys_challenge_is_refused_by_the_api_and_the_page(
    api, client, seoul_official, startup, bogota
):
    theirs = CityChallengeFactory(city=bogota, sectors=["mobility"])
    body = {"startup": startup.pk, "message": "We would like to meet.", "challenge": theirs.pk}
    assert _api_errors(api(seoul_official).post(f"{V1}/introductions/", body, format="json"), "challenge")
    client.force_login(seoul_official)
    url = reverse("introductions:introduction_request", args=[startup.pk])
    response = client.post(url, {"message": "We would like to meet.", "challenge": theirs.pk})
    assert _field_errors(response, "challenge")
    assert not Introduction.objects.exists()
