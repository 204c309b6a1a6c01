"""Every list endpoint runs a constant number of queries whatever the page size: no N+1."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import ApplicationKind
from core.models import MembershipStatus
from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    MatchFactory,
    MemberCityFactory,
    MembershipApplicationFactory,
    ReferenceDeploymentFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)

V1 = "/api/v1"
PAGE_SIZES = [1, 5, 30]
# token + profile + count + page + up to three prefetches (sectors, languages, regions/deployments)
MAX_QUERIES = 8
LISTS = ["cities", "challenges", "startups", "solutions", "matches", "introductions", "applications"]
REFERENCE = ["sectors", "regions", "languages"]

CITY_NAMES = [
    ("Busan", "KR"),
    ("Sejong", "KR"),
    ("Kigali", "RW"),
    ("Medellín", "CO"),
    ("Almaty", "KZ"),
    ("Tashkent", "UZ"),
    ("Makati", "PH"),
    ("Quito", "EC"),
    ("Nairobi", "KE"),
    ("Hanoi", "VN"),
]


@pytest.fixture
def crowd(seoul, startup, secretariat):
    """Enough of everything to fill pages of 30: cities, startups with listings and deployments, matches
    with reasons, introductions with requesters, applications."""
    cities = [seoul] + [
        MemberCityFactory(
            name=name, country=country, languages=["en", "es"], priority_sectors=["water", "energy"]
        )
        for name, country in CITY_NAMES
    ]
    startups = [startup] + [
        StartupFactory(sectors=["water", "mobility"], languages=["en"], target_regions=["africa", "europe"])
        for _ in range(11)
    ]
    for index, company in enumerate(startups):
        for _ in range(3):
            listing = SolutionListingFactory(
                startup=company, sectors=["water", "energy"], languages_supported=["en", "ko"]
            )
            ReferenceDeploymentFactory(listing=listing, city_name=f"Town {index}-{listing.pk}")
    for rank, city in enumerate(cities):
        CityChallengeFactory(city=city, sectors=["water", "safety"])
        CityChallengeFactory(city=city, title="Second challenge", sectors=["mobility"])
        for position, company in enumerate(startups[:4]):
            MatchFactory(city=city, startup=company, city_rank=position + 1, startup_rank=rank + 1)
        IntroductionFactory(city=city, startup=startups[rank % len(startups)], requested_by=UserFactory())
    for index in range(12):
        MembershipApplicationFactory(
            kind=ApplicationKind.STARTUP,
            startup=StartupFactory(
                name=f"Applicant {index}", membership_status=MembershipStatus.PENDING, joined_on=None
            ),
        )
    return {"cities": cities, "startups": startups}


def _count_queries(client, url: str, params: dict) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200, response.content
    body = response.json()
    returned = len(body["results"]) if isinstance(body, dict) else len(body)
    return len(context.captured_queries), returned


@pytest.mark.django_db
@pytest.mark.parametrize("resource", LISTS)
def test_list_queries_do_not_grow_with_the_page(
    api, crowd, secretariat, resource, django_assert_max_num_queries
):
    client = api(secretariat)
    counts = []
    for size in PAGE_SIZES:
        with django_assert_max_num_queries(MAX_QUERIES):
            queries, returned = _count_queries(client, f"{V1}/{resource}/", {"page_size": size})
        counts.append(queries)
        assert returned == size or size == PAGE_SIZES[-1], (resource, size, returned)
    # catalogue lists may skip their count query once it is cached (api.pagination.CatalogueCountPaginator)
    assert len(set(counts[1:])) == 1 and counts[0] >= counts[-1], (
        f"{resource}: {counts} queries for pages of {PAGE_SIZES}"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("resource", ["cities", "challenges", "startups", "solutions"])
def test_public_lists_with_filters_stay_constant(api, crowd, resource, django_assert_max_num_queries):
    client = api()
    filters = {"search": "a", "ordering": "-id"}
    if resource in ("solutions", "startups", "challenges"):
        filters["sector"] = "water"
    counts = []
    for size in PAGE_SIZES:
        with django_assert_max_num_queries(MAX_QUERIES):
            queries, _ = _count_queries(client, f"{V1}/{resource}/", {**filters, "page_size": size})
        counts.append(queries)
    # catalogue lists may skip their count query once it is cached (api.pagination.CatalogueCountPaginator)
    assert len(set(counts[1:])) == 1 and counts[0] >= counts[-1], f"{resource}: {counts}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["seoul_official", "startup_member"])
def test_own_matches_stay_constant(api, crowd, request, role, django_assert_max_num_queries):
    client = api(request.getfixturevalue(role))
    counts = []
    for size in PAGE_SIZES:
        with django_assert_max_num_queries(MAX_QUERIES):
            queries, _ = _count_queries(client, f"{V1}/matches/", {"page_size": size})
        counts.append(queries)
    assert len(set(counts)) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("resource", REFERENCE)
def test_reference_lists_are_one_query(api, resource, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = api().get(f"{V1}/{resource}/")
    assert response.status_code == 200 and len(response.json()) > 5
