"""Create forms create once: the same form sent again (Back, then submit) leads to what the first submission
created, and nothing is stored twice."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from cities.models import CityChallenge
from core.models import FormSubmission
from startups.models import SolutionListing

pytestmark = pytest.mark.django_db

LISTING = {
    "title": "Food-waste weighing bins",
    "summary": "Pay-as-you-throw bins.",
    "description": "Weighing bins with RFID cards cut apartment food waste by a third.",
    "language": "en",
    "sectors": ["environment"],
    "maturity": "pilot",
    "pricing_model": "custom",
}
CHALLENGE = {
    "title": "Cut food waste",
    "description": "Apartment blocks throw away a third of their food.",
    "language": "en",
    "sectors": ["environment"],
}


def _token(page: str) -> str:
    return re.search(r'name="submission" value="([0-9a-f]{32})"', page).group(1)


@pytest.mark.parametrize(
    ("user", "url", "data", "model"),
    [
        ("startup_member", "startups:listing_create", LISTING, SolutionListing),
        ("seoul_official", "cities:challenge_create", CHALLENGE, CityChallenge),
    ],
)
def test_back_and_submit_again_creates_nothing_twice(client, request, user, url, data, model):
    client.force_login(request.getfixturevalue(user))
    token = _token(client.get(reverse(url)).content.decode())
    first = client.post(reverse(url), {**data, "submission": token})
    assert first.status_code == 302
    created = model.objects.get(title=data["title"])
    again = client.post(reverse(url), {**data, "submission": token})
    assert again.status_code == 302
    assert model.objects.filter(title=data["title"]).count() == 1
    assert FormSubmission.objects.get(token=token).location.endswith(f"/{created.pk}/")
    if model is SolutionListing:
        assert again["Location"] == first["Location"] == reverse("startups:listing_edit", args=[created.pk])
    # A new form (a new token) is a new listing or challenge.
    fresh = _token(client.get(reverse(url)).content.decode())
    assert fresh != token
    assert client.post(reverse(url), {**data, "submission": fresh}).status_code == 302
    assert model.objects.filter(title=data["title"]).count() == 2


def test_a_token_is_one_user_s_own(client, startup_member, startup, other_member):
    client.force_login(startup_member)
    token = _token(client.get(reverse("startups:listing_create")).content.decode())
    assert (
        client.post(reverse("startups:listing_create"), {**LISTING, "submission": token}).status_code == 302
    )
    client.force_login(other_member)
    response = client.post(reverse("startups:listing_create"), {**LISTING, "submission": token})
    assert response.status_code == 302
    assert SolutionListing.objects.filter(title=LISTING["title"]).count() == 2


@pytest.fixture
def other_member(startup):
    from accounts.models import Role
    from tests.factories import ProfileFactory, UserFactory

    return ProfileFactory(
        user=UserFactory(username="second.member"), role=Role.STARTUP_MEMBER, startup=startup
    ).user
