"""`hidden_concepts` of a listing through the API: read with the listing, set by the startup's members as a
list of the vocabulary's codes (an unknown one is a field error), re-scored like any listing edit."""

from __future__ import annotations

import pytest

from matching.models import RescoreRequest
from startups.models import SolutionListing
from tests.factories import SolutionListingFactory

V1 = "/api/v1"

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(startup):
    return SolutionListingFactory(startup=startup, sectors=["environment"])


def _url(listing: SolutionListing) -> str:
    return f"{V1}/solutions/{listing.pk}/"


def test_the_listing_says_which_concepts_its_startup_hid(api, listing):
    SolutionListing.objects.filter(pk=listing.pk).update(hidden_concepts=["food-waste"])
    assert api().get(_url(listing)).json()["hidden_concepts"] == ["food-waste"]


def test_a_member_hides_concepts_and_the_startup_is_rescored(api, listing, startup_member):
    response = api(startup_member).patch(
        _url(listing), {"hidden_concepts": ["food-waste", "rfid-qr-tagging", "food-waste"]}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["hidden_concepts"] == ["food-waste", "rfid-qr-tagging"]
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == ["food-waste", "rfid-qr-tagging"]
    assert RescoreRequest.objects.filter(kind="startup", object_id=listing.startup_id).exists()

    response = api(startup_member).patch(_url(listing), {"hidden_concepts": []}, format="json")
    assert response.status_code == 200 and response.json()["hidden_concepts"] == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["food-waste", "no-such-concept"], "Unknown concept: no-such-concept."),
        ("food-waste", 'Expected a list of items but got type "str".'),
    ],
)
def test_an_unknown_code_is_a_field_error_and_changes_nothing(api, listing, startup_member, value, message):
    response = api(startup_member).patch(_url(listing), {"hidden_concepts": value}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"] == {"hidden_concepts": [message]}
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == []
    assert not RescoreRequest.objects.exists()


def test_a_new_listing_may_hide_concepts_from_the_start(api, startup_member):
    body = {
        "title": "Noise sensors for night-time quiet zones",
        "summary": "Sensors that map noise complaints.",
        "description": "Low-cost noise sensors.",
        "language": "en",
        "sectors": ["environment"],
        "hidden_concepts": ["iot-sensors"],
    }
    response = api(startup_member).post(f"{V1}/solutions/", body, format="json")
    assert response.status_code == 201, response.content
    assert SolutionListing.objects.get(pk=response.json()["id"]).hidden_concepts == ["iot-sensors"]


@pytest.mark.parametrize(
    ("who", "status"), [("anonymous", 401), ("other", 403), ("outsider", 403), ("city", 403)]
)
def test_nobody_else_sets_a_listings_hidden_concepts(
    api, listing, who, status, other_startup_member, outsider, seoul_official
):
    user = {"other": other_startup_member, "outsider": outsider, "city": seoul_official}.get(who)
    response = api(user).patch(_url(listing), {"hidden_concepts": ["food-waste"]}, format="json")
    assert response.status_code == status
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == []
