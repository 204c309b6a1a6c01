"""A member city where a startup's solution already runs is its client: shown on both dashboards as such, and
never among the matches the engine stores for that pair."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from accounts.models import Role
from matching import pipeline
from matching.models import Match
from tests.factories import (
    MemberCityFactory,
    ProfileFactory,
    ReferenceDeploymentFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SEONGNAM = 1897000  # geonames id of Seongnam-si, South Korea
BINS = "Smart food-waste bins with pay-as-you-throw billing"


def body(response) -> str:
    return response.content.decode()


def panel(page: str, heading_id: str) -> str:
    found = re.search(rf'aria-labelledby="{heading_id}">(.*?)</section>', page, re.S)
    assert found, f"no {heading_id} panel"
    return found.group(1)


@pytest.fixture
def seongnam(db):
    return MemberCityFactory(
        name="Seongnam",
        country="KR",
        geonameid=SEONGNAM,
        population=920_000,
        languages=["ko", "en"],
        priority_sectors=["environment"],
        profile="Seongnam wants to cut food waste in its apartment blocks.",
    )


@pytest.fixture
def seongnam_official(seongnam):
    return ProfileFactory(
        user=UserFactory(username="official.seongnam"), role=Role.CITY_OFFICIAL, city=seongnam
    ).user


@pytest.fixture
def client_startup(seongnam, startup):
    """Loopwise, whose bins already run in Seongnam (recorded under its Korean name)."""
    listing = SolutionListingFactory(
        startup=startup, title=BINS, sectors=["environment"], languages_supported=["ko", "en"]
    )
    ReferenceDeploymentFactory(listing=listing, city_name="성남시", country="KR", since_year=2021)
    return startup


@pytest.fixture
def other_startup(seongnam):
    """A startup with the same kind of bins, deployed elsewhere: a recommendation for Seongnam."""
    startup = StartupFactory(name="Hanbit Bins", country="KR", sectors=["environment"], languages=["ko"])
    listing = SolutionListingFactory(
        startup=startup,
        title="Food-waste weighing bins for apartment blocks",
        sectors=["environment"],
        languages_supported=["ko"],
    )
    ReferenceDeploymentFactory(listing=listing, city_name="Suwon", country="KR")
    return startup


def test_the_city_dashboard_shows_the_startup_already_working_with_it(
    client, seongnam_official, client_startup, other_startup
):
    client.force_login(seongnam_official)
    clients = panel(body(client.get(reverse("cities:dashboard"))), "clients-heading")
    assert "Already working with you" in clients
    listing = client_startup.listings.get()
    assert f'href="{reverse("startups:listing_detail", args=[listing.pk])}"' in clients
    assert escape(client_startup.name) in clients and escape(BINS) in clients and "since 2021" in clients
    assert other_startup.name not in clients


def test_a_draft_or_a_startup_not_approved_is_no_client_on_the_dashboard(
    client, seongnam_official, startup, pending_startup
):
    draft = SolutionListingFactory(startup=startup, title="Draft bins", status="draft", published_at=None)
    ReferenceDeploymentFactory(listing=draft, city_name="Seongnam", country="KR")
    of_pending = SolutionListingFactory(startup=pending_startup, title="Pending minibuses")
    ReferenceDeploymentFactory(listing=of_pending, city_name="Seongnam", country="KR")
    client.force_login(seongnam_official)
    clients = panel(body(client.get(reverse("cities:dashboard"))), "clients-heading")
    assert "No member startup lists a deployment in your city yet." in clients
    assert "Draft bins" not in clients and "Pending minibuses" not in clients


def test_the_startup_sees_its_clients_among_member_cities(client, startup_member, seongnam, client_startup):
    client.force_login(startup_member)
    clients = panel(body(client.get(reverse("startups:cities_for_you"))), "clients-heading")
    assert "Your clients among member cities" in clients
    assert f'href="{reverse("cities:city_detail", args=[seongnam.pk])}"' in clients
    assert "Seongnam" in clients and escape(BINS) in clients


def test_no_match_is_stored_for_a_city_that_is_already_a_client(seongnam, client_startup, other_startup):
    pipeline.rescore_all()
    stored = Match.objects.current().filter(city=seongnam)
    assert not stored.filter(startup=client_startup).exists()
    assert stored.filter(startup=other_startup).exists()
