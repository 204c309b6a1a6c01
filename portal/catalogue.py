"""The solution catalogue: published listings filtered by a search and five facets, with the number of
listings behind each facet value. Each facet is counted with every other filter applied (so choosing a
sector shows how many of its listings come from each country), in one grouped query per facet."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from functools import cache as memoise
from functools import cached_property

from django.core.cache import cache
from django.db import connection
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import get_language, gettext

from core import geo, search
from core.models import Language, Region, Sector
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

    def apply(
        self, listings: QuerySet, *, skip: str = "", typos: bool | None = None, searched: bool = True
    ) -> QuerySet:
        """`listings` narrowed by every filter but `skip` (the facet being counted); without `searched`, by
        every filter but the search (the caller has applied it)."""
        if self.search and searched and skip != "q":
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


def _count_facets(filters: CatalogueFilters, typos: bool) -> dict[str, dict[str, int]]:
    """The five facets' counts, each with every other filter applied, in one statement: the listings the
    search finds (all published ones without a search) are read once into a common table expression with
    their maturity and country, and each facet groups them. The search's condition is evaluated once, not
    once per facet over thousands of listings."""
    published = SolutionListing.objects.published()
    if filters.search:
        published = published.filter(search.search_filter(filters.search, typos=typos))
    found_sql, params = (
        published.order_by().values_list("id", "maturity", "startup__country").query.sql_with_params()
    )
    params = list(params)
    sectors = SolutionListing.sectors.through._meta.db_table
    languages = SolutionListing.languages_supported.through._meta.db_table
    sector_codes, language_codes = Sector._meta.db_table, Language._meta.db_table
    related = {  # facet -> (join to its codes, their column)
        "sector": (
            f"JOIN {sectors} r ON r.solutionlisting_id = m.id JOIN {sector_codes} c ON c.id = r.sector_id",
            "c.code",
        ),
        "language": (
            f"JOIN {languages} r ON r.solutionlisting_id = m.id "
            f"JOIN {language_codes} c ON c.id = r.language_id",
            "c.code",
        ),
    }

    def others(skip: str) -> tuple[str, list]:
        where, values = [], []
        if filters.sector and skip != "sector":
            where.append(
                f"m.id IN (SELECT s.solutionlisting_id FROM {sectors} s JOIN {sector_codes} sc "
                "ON sc.id = s.sector_id WHERE sc.code = %s)"
            )
            values.append(filters.sector)
        if filters.language and skip != "language":
            where.append(
                f"m.id IN (SELECT s.solutionlisting_id FROM {languages} s JOIN {language_codes} sl "
                "ON sl.id = s.language_id WHERE sl.code = %s)"
            )
            values.append(filters.language)
        if filters.country and skip != "country":
            where.append("m.country = %s")
            values.append(filters.country)
        if filters.region and skip != "region":
            countries = sorted(countries_in_region(filters.region)) or [""]
            where.append("m.country IN (" + ", ".join(["%s"] * len(countries)) + ")")
            values += countries
        if filters.maturity and skip != "maturity":
            where.append("m.maturity = %s")
            values.append(filters.maturity)
        return (" WHERE " + " AND ".join(where)) if where else "", values

    parts = []
    for name in ("sector", "country", "region", "language", "maturity"):
        join, column = related.get(name, ("", "m.maturity" if name == "maturity" else "m.country"))
        where, values = others(name)
        parts.append(f"SELECT %s, {column}, COUNT(*) FROM found m {join}{where} GROUP BY {column}")
        params += [name, *values]
    materialised = "MATERIALIZED " if connection.vendor == "postgresql" else ""
    sql = f"WITH found (id, maturity, country) AS {materialised}({found_sql}) " + " UNION ALL ".join(parts)
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for name, value, n in cursor.fetchall():
            if not value:
                continue
            if name == "region":
                value = geo.region_for_country(value)
                n += counts[name].get(value, 0)
            counts[name][value] = n
    return counts


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
