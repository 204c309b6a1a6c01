"""The catalogue's facet counts (portal.catalogue), computed in one statement: each facet counts the
listings every other filter keeps, a search included, and matches what the ORM counts one facet at a time."""

from __future__ import annotations

import itertools

import pytest
from django.db.models import Count
from django.http import QueryDict

from core import geo
from portal import catalogue as cat
from startups.models import SolutionListing
from tests.factories import SolutionListingFactory, StartupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def listings():
    korean = StartupFactory(name="Curbside Labs", country="KR")
    french = StartupFactory(name="Rue Libre", country="FR")
    chilean = StartupFactory(name="Calle Viva", country="CL")
    rows = [
        (korean, "Parking sensors for every bay", ["mobility"], ["ko", "en"], "deployed"),
        (korean, "Leak detection for water mains", ["water"], ["ko"], "pilot"),
        (french, "Parking guidance signs", ["mobility", "safety"], ["fr", "en"], "pilot"),
        (french, "Flood sensors on rivers", ["water", "environment"], ["fr"], "deployed"),
        (chilean, "Parking payments by phone", ["mobility", "e-government"], ["es"], "concept"),
    ]
    for startup, title, sectors, languages, maturity in rows:
        SolutionListingFactory(
            startup=startup, title=title, sectors=sectors, languages_supported=languages, maturity=maturity
        )
    SolutionListingFactory(startup=korean, title="Parking draft", status="draft", sectors=["mobility"])


def expected(filters: cat.CatalogueFilters) -> dict[str, dict[str, int]]:
    """Each facet counted by the ORM, one query per facet (as the catalogue did before)."""
    published = SolutionListing.objects.published()

    def counts(skip: str, column: str) -> dict[str, int]:
        rows = filters.apply(published, skip=skip, typos=False).order_by().values_list(column)
        return {v: n for v, n in rows.annotate(n=Count("id", distinct=True)) if v}

    regions: dict[str, int] = {}
    for country, n in counts("region", "startup__country").items():
        regions[geo.region_for_country(country)] = regions.get(geo.region_for_country(country), 0) + n
    return {
        "sector": counts("sector", "sectors__code"),
        "country": counts("country", "startup__country"),
        "region": regions,
        "language": counts("language", "languages_supported__code"),
        "maturity": counts("maturity", "maturity"),
    }


QUERIES = ["", "q=parking", "q=parking+sensors+rivers+flood+water"]
FILTERS = ["", "sector=mobility", "language=en&maturity=pilot", "region=europe", "country=KR&sector=water"]


@pytest.mark.parametrize("query, narrowed", list(itertools.product(QUERIES, FILTERS)))
def test_facet_counts_match_the_orm_with_every_other_filter_applied(listings, query, narrowed):
    filters = cat.CatalogueFilters.from_query(QueryDict("&".join(p for p in (query, narrowed) if p)))
    assert cat._count_facets(filters, False) == expected(filters)


def test_facet_counts_leave_out_drafts_and_count_a_listing_once_per_value(listings):
    counts = cat._count_facets(cat.CatalogueFilters.from_query(QueryDict("q=parking")), False)
    assert counts["sector"]["mobility"] == 3 and counts["language"]["en"] == 2
    assert sum(counts["maturity"].values()) == 3
