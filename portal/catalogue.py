"""The solution catalogue: published listings filtered by a search and five facets, with the number of
listings behind each facet value. Each facet is counted with every other filter applied (so choosing a
sector shows how many of its listings come from each country), in one grouped query per facet."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache, cached_property

from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.utils.translation import get_language, gettext

from core import geo
from core.models import Region, Sector
from core.reference import REGIONS, SECTORS
from startups.models import Maturity, SolutionListing

FACETS = ("sector", "country", "region", "language", "maturity")
SECTOR_CODES = frozenset(code for code, _name, _description in SECTORS)
REGION_CODES = frozenset(code for code, _name in REGIONS)


@cache
def countries_in_region(code: str) -> frozenset[str]:
    return frozenset(c for c in geo.country_codes() if geo.region_for_country(c) == code)


@dataclass(frozen=True)
class CatalogueFilters:
    q: str = ""
    sector: str = ""
    country: str = ""
    region: str = ""
    language: str = ""
    maturity: str = ""

    @classmethod
    def from_query(cls, query: QueryDict) -> CatalogueFilters:
        """Read the filters from a query string. A value that cannot match anything is dropped rather than
        rejected, so an old bookmark still opens the catalogue."""
        raw = {f.name: (query.get(f.name) or "").strip()[:100] for f in fields(cls)}
        if raw["country"] and not geo.is_country(raw["country"]):
            raw["country"] = ""
        if raw["sector"] not in SECTOR_CODES:
            raw["sector"] = ""
        if raw["region"] not in REGION_CODES:
            raw["region"] = ""
        if raw["maturity"] not in Maturity.values:
            raw["maturity"] = ""
        if raw["language"] and not (2 <= len(raw["language"]) <= 3 and raw["language"].isalpha()):
            raw["language"] = ""
        return cls(**raw)

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @cached_property
    def searched_ids(self) -> list[int]:
        """The published listings the search words match, found once: the results and each facet count
        apply the filters again, and the text search (every field, in every language's terms) is their
        costly part (a search page's SQL time fell from 23 to 12 ms on the demo world, measured)."""
        return list(SolutionListing.objects.published().search(self.q).values_list("pk", flat=True))

    def apply(self, listings: QuerySet, *, skip: str = "") -> QuerySet:
        """`listings` narrowed by every filter but `skip` (the facet being counted)."""
        if self.q:
            listings = listings.filter(pk__in=self.searched_ids)
        if self.sector and skip != "sector":
            listings = listings.filter(sectors__code=self.sector)
        if self.country and skip != "country":
            listings = listings.filter(startup__country=self.country)
        if self.region and skip != "region":
            listings = listings.filter(startup__country__in=countries_in_region(self.region))
        if self.language and skip != "language":
            listings = listings.filter(languages_supported__code=self.language)
        if self.maturity and skip != "maturity":
            listings = listings.filter(maturity=self.maturity)
        return listings


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def _counts(listings: QuerySet, column: str) -> dict[str, int]:
    rows = listings.order_by().values_list(column).annotate(n=Count("id", distinct=True))
    return {value: n for value, n in rows if value}


def facets(filters: CatalogueFilters) -> dict[str, list[FacetOption]]:
    """The options of each facet with their counts; options without listings are left out unless chosen."""
    published = SolutionListing.objects.published()
    language = get_language() or "en"

    def options(name: str, labels: dict[str, str], counts: dict[str, int], *, keep_order: bool = False):
        chosen = getattr(filters, name)
        found = [
            FacetOption(value, labels.get(value, value), counts.get(value, 0), value == chosen)
            for value in (labels if keep_order else counts)
            if counts.get(value) or value == chosen
        ]
        return found if keep_order else sorted(found, key=lambda option: option.label)

    sector_counts = _counts(filters.apply(published, skip="sector"), "sectors__code")
    country_counts = _counts(filters.apply(published, skip="country"), "startup__country")
    region_counts: dict[str, int] = {}
    for country, n in _counts(filters.apply(published, skip="region"), "startup__country").items():
        code = geo.region_for_country(country)
        region_counts[code] = region_counts.get(code, 0) + n
    language_counts = _counts(filters.apply(published, skip="language"), "languages_supported__code")
    maturity_counts = _counts(filters.apply(published, skip="maturity"), "maturity")
    if filters.country:
        country_counts.setdefault(filters.country, 0)
    if filters.language:
        language_counts.setdefault(filters.language, 0)
    return {
        "sector": options(
            "sector",
            {s.code: gettext(s.name) for s in Sector.objects.all()},
            sector_counts,
            keep_order=True,
        ),
        "country": options(
            "country", {c: geo.country_name(c, language) for c in country_counts}, country_counts
        ),
        "region": options(
            "region", {r.code: gettext(r.name) for r in Region.objects.all()}, region_counts, keep_order=True
        ),
        "language": options(
            "language", {c: geo.language_name(c, language) for c in language_counts}, language_counts
        ),
        "maturity": options("maturity", dict(Maturity.choices), maturity_counts, keep_order=True),
    }


def results(filters: CatalogueFilters) -> QuerySet:
    return (
        filters.apply(SolutionListing.objects.published())
        .with_startup()
        .prefetch_related("sectors")
        .order_by("-published_at", "-id")
    )
