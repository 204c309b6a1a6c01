"""Every list page runs a bounded number of queries, whatever the number of rows it shows."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    MatchFactory,
    MemberCityFactory,
    MembershipApplicationFactory,
    SolutionListingFactory,
    StartupFactory,
)

pytestmark = pytest.mark.django_db

CITY_NAMES = [
    ("Busan", "KR"),
    ("Kigali", "RW"),
    ("Medellín", "CO"),
    ("Almaty", "KZ"),
    ("Tashkent", "UZ"),
    ("Makati", "PH"),
    ("Quito", "EC"),
    ("Hanoi", "VN"),
    ("Jakarta", "ID"),
    ("Lima", "PE"),
]


@pytest.fixture
def crowd(world, seoul_official, startup_member):
    """Ten more of everything, so that a query per row would show."""
    cities = [MemberCityFactory(name=n, country=c, languages=["en"]) for n, c in CITY_NAMES]
    for rank, city in enumerate(cities, start=3):
        startup = StartupFactory(country=city.country, sectors=["environment", "water"], languages=["en"])
        listing = SolutionListingFactory(startup=startup, sectors=["environment"], languages_supported=["en"])
        MatchFactory(city=world.seoul, startup=startup, listing=listing, city_rank=rank, startup_rank=1)
        MatchFactory(
            city=city, startup=world.startup, listing=world.published, city_rank=1, startup_rank=rank
        )
        CityChallengeFactory(city=city, title=f"Challenge of {city.name}", sectors=["environment"])
        CityChallengeFactory(city=world.seoul, title=f"Seoul challenge {rank}", sectors=["water"])
        IntroductionFactory(city=world.seoul, startup=startup, requested_by=seoul_official)
        IntroductionFactory(city=city, startup=world.startup, status="accepted")
        MembershipApplicationFactory(message=f"Application {rank}")
    return world


FILTERS = {
    "q": "bins",
    "sector": "environment",
    "country": "KR",
    "region": "asia-pacific",
    "language": "en",
    "maturity": "deployed",
}
PAGES = [
    ("anonymous", "home", {}, 8),
    ("anonymous", "startups:catalogue", {}, 12),
    # a search adds: the words' stems (once per process), "did the words find anything" (the typo route),
    # and the page's startups apart from the ranked listings
    ("anonymous", "startups:catalogue", FILTERS, 14),
    ("seoul_official", "cities:dashboard", {}, 12),  # 12: the feedback marks (one query)
    ("seoul_official", "cities:dashboard", {"overseas": "1"}, 12),
    ("seoul_official", "cities:challenges", {}, 10),
    ("seoul_official", "introductions:introductions", {}, 8),
    ("startup_member", "startups:dashboard", {}, 10),
    ("startup_member", "startups:cities_for_you", {}, 8),
    ("startup_member", "startups:challenges_that_fit", {}, 9),
    ("startup_member", "introductions:introductions", {}, 8),
    ("secretariat", "accounts:application_queue", {}, 8),
    ("secretariat", "accounts:decision_history", {}, 6),
    ("secretariat", "accounts:secretariat", {}, 16),
]


@pytest.mark.parametrize(("who", "name", "query", "limit"), PAGES, ids=[f"{p[1]} {p[2]}" for p in PAGES])
def test_list_pages_run_a_bounded_number_of_queries(
    who, name, query, limit, client, crowd, request, django_assert_max_num_queries
):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    with django_assert_max_num_queries(limit):
        response = client.get(reverse(name), query)
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["cities:city_detail", "startups:startup_detail", "startups:listing_detail"])
def test_detail_pages_run_a_bounded_number_of_queries(
    name, client, crowd, seoul_official, django_assert_max_num_queries
):
    client.force_login(seoul_official)
    pk = {
        "cities:city_detail": crowd.seoul.pk,
        "startups:startup_detail": crowd.startup.pk,
        "startups:listing_detail": crowd.published.pk,
    }[name]
    with django_assert_max_num_queries(14):
        assert client.get(reverse(name, args=[pk])).status_code == 200
