"""The solution catalogue: published listings filtered by a search and five facets, with the number of
listings behind each facet value. Each facet is counted with every other filter applied (so choosing a
sector shows how many of its listings come from each country), in one grouped query per facet."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from functools import cache as memoise
from functools import cached_property

from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.utils.translation import get_language, gettext

from core import geo, search
from core.models import Region, Sector
from core.reference import REGIONS, SECTORS
from startups.models import Maturity, SolutionListing, catalogue_version

FACET_CACHE_SECONDS = 300
FACETS = ("sector", "country", "region", "language", "maturity")
SECTOR_CODES = frozenset(code for code, _name, _description in SECTORS)
REGION_CODES = frozenset(code for code, _name in REGIONS)


@memoise
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
        raw = {f.name: (query.get(f.name) or "").strip()[:100] for f in fields(cls) if f.name != "q"}
        raw["q"] = (query.get("q") or "").strip()[: search.MAX_QUERY_CHARS * 5]  # parse_query cuts it
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
    def search(self) -> search.ParsedQuery:
        """The search as it runs: capped, in words and concepts (core.search.parse_query); a long one finds
        listings with two of its words when there are any (core.search.narrow)."""
        return search.narrow(search.parse_query(self.q), SolutionListing.objects.published())

    @cached_property
    def typos(self) -> bool:
        """The words found nothing with these filters: titles similar to the query are searched too (read
        from the facet counts, which are cached)."""
        if not search.typo_route_possible(self.search):
            return False
        return total(facet_counts(self, typos=False), self) == 0

    def apply(self, listings: QuerySet, *, skip: str = "", typos: bool | None = None) -> QuerySet:
        """`listings` narrowed by every filter but `skip` (the facet being counted). The search is a
        condition the GIN index answers, repeated in each query rather than a list of ids carried over."""
        if self.search and skip != "q":
            typos = self.typos if typos is None else typos
            listings = listings.filter(search.search_filter(self.search, typos=typos))
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


def _count_facets(filters: CatalogueFilters, typos: bool) -> dict[str, dict[str, int]]:
    published = SolutionListing.objects.published()

    def kept(skip: str) -> QuerySet:
        return filters.apply(published, skip=skip, typos=typos)

    region_counts: dict[str, int] = {}
    for country, n in _counts(kept("region"), "startup__country").items():
        code = geo.region_for_country(country)
        region_counts[code] = region_counts.get(code, 0) + n
    return {
        "sector": _counts(kept("sector"), "sectors__code"),
        "country": _counts(kept("country"), "startup__country"),
        "region": region_counts,
        "language": _counts(kept("language"), "languages_supported__code"),
        "maturity": _counts(kept("maturity"), "maturity"),
    }


def total(counts: dict[str, dict[str, int]], filters: CatalogueFilters) -> int:
    """How many listings every filter keeps, from the facet counts: a listing has exactly one maturity, so
    the maturity counts (every other filter applied) add up to it. No query of its own."""
    if filters.maturity:
        return counts["maturity"].get(filters.maturity, 0)
    return sum(counts["maturity"].values())


def facet_counts(filters: CatalogueFilters, *, typos: bool | None = None) -> dict[str, dict[str, int]]:
    """The listings behind each facet value, counted with every other filter applied (five grouped queries
    over the whole catalogue), kept in the cache under the catalogue's versions: a write of a listing or a
    startup that changes what is counted moves them (SolutionListing.save / Startup.save, and any write for
    a search's counts), so a count is never older than the last such write, and FACET_CACHE_SECONDS bounds
    it when a write bypasses save (a bulk update)."""
    typos = bool(filters.search) and (filters.typos if typos is None else typos)
    key = (
        "catalogue:facets:"
        + hashlib.sha256(
            repr(
                (
                    catalogue_version(text=bool(filters.search)),
                    filters.search.text if filters.search else "",
                    typos,
                    *(getattr(filters, f.name) for f in fields(filters) if f.name != "q"),
                )
            ).encode()
        ).hexdigest()
    )
    counts = cache.get(key)
    if counts is None:
        counts = _count_facets(filters, typos)
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return counts


def facets(filters: CatalogueFilters) -> dict[str, list[FacetOption]]:
    """The options of each facet with their counts; options without listings are left out unless chosen."""
    language = get_language() or "en"

    def options(name: str, labels: dict[str, str], counts: dict[str, int], *, keep_order: bool = False):
        chosen = getattr(filters, name)
        found = [
            FacetOption(value, labels.get(value, value), counts.get(value, 0), value == chosen)
            for value in (labels if keep_order else counts)
            if counts.get(value) or value == chosen
        ]
        return found if keep_order else sorted(found, key=lambda option: option.label)

    counts = facet_counts(filters)
    counts = {name: dict(values) for name, values in counts.items()}  # the cached dicts stay as they are
    sector_counts, country_counts, region_counts = counts["sector"], counts["country"], counts["region"]
    language_counts, maturity_counts = counts["language"], counts["maturity"]
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
    """The listings the filters keep: by relevance when searching (core.search.ranked, with highlighted
    summaries), else newest first."""
    listings = SolutionListing.objects.published()
    if filters.search:
        # the page's startups are fetched apart (one query): joined, every ranked listing would carry one
        listings = search.ranked(listings, filters.search, snippets=True, typos=filters.typos)
        return filters.apply(listings, skip="q").prefetch_related("startup", "sectors")
    listings = listings.order_by("-published_at", "-id")
    return filters.apply(listings).with_startup().prefetch_related("sectors")
