"""Incremental updates of the current run (PostgreSQL or SQLite, no worker): a list that an update leaves
short is filled again by the next drain, and the drains then come to rest."""

from __future__ import annotations

import pytest

from matching import pipeline
from matching.models import Match, RescoreKind, RescoreRequest
from startups.services import unpublish_listing
from tests.factories import MemberCityFactory, SolutionListingFactory, StartupFactory

pytestmark = pytest.mark.django_db

PHRASES = [
    "food waste weighing bins with RFID cards for apartment blocks",
    "food waste weighing bins for apartment blocks",
    "food waste bins for apartment blocks",
    "food waste collection for apartments",
    "waste collection routes",
]


def _ranking(city) -> list[int]:
    return list(Match.objects.for_city(city.pk).values_list("startup_id", flat=True))


def test_a_city_left_short_by_an_update_is_filled_again_by_the_next_drain(settings):
    settings.MATCHING = {**settings.MATCHING, "TOP_K": 1}
    # every startup's best city is Busan, so Seoul's runner-up is stored nowhere: only Seoul's top 1 is
    busan = MemberCityFactory(
        name="Busan",
        country="FI",
        languages=["en"],
        priority_sectors=["environment"],
        profile="Food waste weighing bins, RFID cards, waste collection routes for apartment blocks.",
    )
    seoul = MemberCityFactory(
        name="Seoul",
        country="KR",
        languages=["ko"],
        priority_sectors=["mobility"],
        profile="Apartment blocks throw away too much food waste.",
    )
    listings = []
    for index, phrase in enumerate(PHRASES):
        startup = StartupFactory(
            name=f"Bins {index}", country="FI", sectors=["environment"], languages=["en"]
        )
        listings.append(
            SolutionListingFactory(
                startup=startup, title=phrase, summary=phrase, description=phrase, sectors=["environment"]
            )
        )
    pipeline.rescore_all()
    RescoreRequest.objects.all().delete()  # the set-up's own marks: the run has scored them
    best_cities = Match.objects.current().filter(startup_rank=1).values_list("city_id", flat=True)
    assert set(best_cities) == {busan.pk}
    before = _ranking(seoul)
    assert len(before) == 1
    leaving = next(listing for listing in listings if listing.startup_id == before[0])

    unpublish_listing(listing=leaving)
    pipeline.drain_outbox()  # the startup is re-scored: it leaves Seoul's list, and no runner-up is stored
    assert _ranking(seoul) == []
    assert RescoreRequest.objects.filter(kind=RescoreKind.CITY, object_id=seoul.pk).exists()

    pipeline.drain_outbox()  # Seoul is re-scored against every startup: the runner-up takes the place
    after = _ranking(seoul)
    assert len(after) == 1 and after != before
    pipeline.drain_outbox()
    assert not RescoreRequest.objects.exists()  # nothing left to refill: the drains have come to rest

    pipeline.rescore_all()
    assert _ranking(seoul) == after  # what a full run stores
