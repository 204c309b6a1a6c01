"""Request bodies the parsers refuse: answered 400 in the API's error body, never a server error."""

from __future__ import annotations

import pytest

from startups.models import SolutionListing
from tests.factories import SolutionListingFactory

pytestmark = pytest.mark.django_db

DEEP = b'{"hidden_concepts": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def test_a_json_body_nested_100000_deep_is_a_400_and_changes_nothing(api, startup, startup_member):
    listing = SolutionListingFactory(startup=startup, sectors=["environment"])
    response = api(startup_member).generic(
        "PATCH", f"/api/v1/solutions/{listing.pk}/", DEEP, content_type="application/json"
    )
    assert response.status_code == 400, response.content
    assert "nested too deeply" in response.json()["detail"]
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == []


def test_the_token_endpoint_refuses_a_deep_body_too(api):
    response = api().generic("POST", "/api/v1/auth/token/", DEEP, content_type="application/json")
    assert response.status_code == 400, response.content
