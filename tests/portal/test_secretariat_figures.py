"""The secretariat dashboard's figures at full size: the listings per sector come from the cache until a
write changes what they count, and the number of stored matches is PostgreSQL's estimate past
core.counting.EXACT_COUNT_BELOW rows (an exact count below it, and on SQLite)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.urls import reverse

from core import counting
from matching.models import Match
from portal.figures import secretariat_figures
from startups import services
from tests.factories import SolutionListingFactory, StartupFactory
from tests.factories.matching import MatchFactory

pytestmark = pytest.mark.django_db


def sector_count(code_name: str) -> int:
    return next(bar.value for bar in secretariat_figures().listings_by_sector if bar.label == code_name)


def test_listings_per_sector_follow_publishing_and_unpublishing():
    startup = StartupFactory()
    listing = SolutionListingFactory(startup=startup, sectors=["water"])
    assert sector_count("Water") == 1
    SolutionListingFactory(startup=startup, sectors=["water"])
    assert sector_count("Water") == 2  # a new listing moves the catalogue's version: counted again
    services.unpublish_listing(listing=listing)
    assert sector_count("Water") == 1
    listing.refresh_from_db()
    listing.sectors.clear()
    assert sector_count("Water") == 1  # an unpublished listing's sectors were not counted


def test_the_stored_matches_are_counted_exactly_below_the_threshold():
    MatchFactory.create_batch(3)
    figures = secretariat_figures()
    assert (figures.matches, figures.matches_estimated) == (3, False)


def test_past_the_threshold_the_stored_matches_are_estimated_and_shown(client, secretariat, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("the planner's estimate is PostgreSQL's")
    MatchFactory.create_batch(3)
    monkeypatch.setattr(counting, "EXACT_COUNT_BELOW", 0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE matching_match")
    count, estimated = counting.estimated_count(Match.objects.current())
    assert estimated and count >= 0
    client.force_login(secretariat)
    page = client.get(reverse("accounts:secretariat")).content.decode()
    assert "≈" in page
