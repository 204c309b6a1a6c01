"""A startup still under review prepares drafts through the API; publishing is a field error, not a crash."""

from __future__ import annotations

import pytest

from startups.models import SolutionListing
from tests.factories import SolutionListingFactory

V1 = "/api/v1"
NOT_YET = "You can publish listings once the secretariat has approved your membership."

pytestmark = pytest.mark.django_db


def test_a_pending_startup_cannot_publish_a_new_listing(api, pending_startup, pending_member):
    body = {
        "title": "Shared e-scooter parking",
        "summary": "Docks for shared scooters.",
        "description": "Parking docks that charge shared e-scooters.",
        "language": "en",
        "sectors": ["mobility"],
        "status": "published",
    }
    response = api(pending_member).post(f"{V1}/solutions/", body, format="json")
    assert response.status_code == 400
    assert response.json()["errors"] == {"status": [NOT_YET]}
    assert not SolutionListing.objects.filter(startup=pending_startup).exists()

    response = api(pending_member).post(f"{V1}/solutions/", {**body, "status": "draft"}, format="json")
    assert response.status_code == 201, response.content


def test_a_pending_startup_cannot_publish_its_draft(api, pending_startup, pending_member):
    draft = SolutionListingFactory(startup=pending_startup, status="draft", published_at=None)
    response = api(pending_member).patch(
        f"{V1}/solutions/{draft.pk}/", {"status": "published"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"status": [NOT_YET]}
    assert not SolutionListing.objects.get(pk=draft.pk).is_published
