"""Loads the approved catalogue from the database into the engine's arrays (no scoring here).

Every relation is read with one query per table (values_list over the through tables), so loading costs a
fixed number of queries whatever the catalogue's size."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np

from cities.models import ChallengeStatus, CityChallenge, MemberCity
from core import geo
from core.models import Language, MembershipStatus, Region, Sector
from matching.engine.types import (
    ChallengeTable,
    CityCatalogue,
    DeploymentTable,
    ListingTable,
    StartupCatalogue,
    csr_from_lists,
)
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing, Startup

MATURITY = {"concept": 0, "pilot": 1, "deployed": 2}


@dataclass(frozen=True)
class Vocabulary:
    """Column positions of languages, sectors and regions, the same on both sides of the engine."""

    languages: dict[int, int]
    sectors: dict[int, int]
    regions: dict[int, int]
    region_codes: dict[str, int]
    sector_codes: list[str]
    language_codes: list[str]

    @classmethod
    def load(cls) -> Vocabulary:
        languages = list(Language.objects.order_by("pk").values_list("pk", "code"))
        sectors = list(Sector.objects.order_by("pk").values_list("pk", "code"))
        regions = list(Region.objects.order_by("pk").values_list("pk", "code"))
        return cls(
            languages={pk: i for i, (pk, _) in enumerate(languages)},
            sectors={pk: i for i, (pk, _) in enumerate(sectors)},
            regions={pk: i for i, (pk, _) in enumerate(regions)},
            region_codes={code: i for i, (_, code) in enumerate(regions)},
            sector_codes=[code for _, code in sectors],
            language_codes=[code for _, code in languages],
        )


def _grouped(
    pairs: Iterable[tuple[int, int]], positions: dict[int, int], codes: dict[int, int]
) -> list[list[int]]:
    """[(owner pk, code pk)] -> one list of code columns per owner row."""
    rows: list[list[int]] = [[] for _ in positions]
    for owner, code in pairs:
        row = positions.get(owner)
        if row is not None and code in codes:
            rows[row].append(codes[code])
    return rows


@cache
def _country_region(country: str, region_codes: tuple[tuple[str, int], ...]) -> int:
    try:
        return dict(region_codes)[geo.region_for_country(country)]
    except KeyError:
        return -1


def load_cities(vocab: Vocabulary, *, city_ids: list[int] | None = None) -> CityCatalogue:
    """Approved member cities (all, or the given ones if still approved) with their open challenges."""
    cities = MemberCity.objects.filter(membership_status=MembershipStatus.APPROVED).order_by("pk")
    if city_ids is not None:
        cities = cities.filter(pk__in=city_ids)
    rows = list(cities.values_list("pk", "country", "region_id", "population", "profile"))
    positions = {pk: i for i, (pk, *_) in enumerate(rows)}
    through = MemberCity.languages.through.objects.filter(membercity__in=cities)
    languages = _grouped(through.values_list("membercity_id", "language_id"), positions, vocab.languages)
    through = MemberCity.priority_sectors.through.objects.filter(membercity__in=cities)
    sectors = _grouped(through.values_list("membercity_id", "sector_id"), positions, vocab.sectors)

    challenges = CityChallenge.objects.filter(city__in=cities, status=ChallengeStatus.OPEN).order_by("pk")
    ch_rows = list(challenges.values_list("pk", "city_id", "title", "description"))
    ch_positions = {pk: i for i, (pk, *_) in enumerate(ch_rows)}
    through = CityChallenge.sectors.through.objects.filter(citychallenge__in=challenges)
    ch_sectors = _grouped(through.values_list("citychallenge_id", "sector_id"), ch_positions, vocab.sectors)
    n_sectors = len(vocab.sectors)
    table = ChallengeTable(
        ids=[pk for pk, *_ in ch_rows],
        city=[positions[city] for _, city, *_ in ch_rows],
        title=[title for _, _, title, _ in ch_rows],
        text=[f"{title}\n{description}" for _, _, title, description in ch_rows],
        sectors=csr_from_lists(ch_sectors, n_sectors),
    )
    return CityCatalogue(
        ids=[pk for pk, *_ in rows],
        country=[country for _, country, *_ in rows] or np.zeros(0, dtype="<U2"),
        region=[vocab.regions.get(region, -1) for _, _, region, *_ in rows],
        population=[population for *_, population, _ in rows],
        languages=csr_from_lists(languages, len(vocab.languages)),
        sectors=csr_from_lists(sectors, n_sectors),
        profile_text=[profile for *_, profile in rows],
        challenges=table,
    )


def load_startups(vocab: Vocabulary, *, startup_ids: list[int] | None = None) -> StartupCatalogue:
    """Approved startups (all, or the given ones if still approved) with their published listings."""
    startups = Startup.objects.filter(membership_status=MembershipStatus.APPROVED).order_by("pk")
    if startup_ids is not None:
        startups = startups.filter(pk__in=startup_ids)
    rows = list(startups.values_list("pk", "country"))
    positions = {pk: i for i, (pk, _) in enumerate(rows)}
    through = Startup.languages.through.objects.filter(startup__in=startups)
    languages = _grouped(through.values_list("startup_id", "language_id"), positions, vocab.languages)
    through = Startup.target_regions.through.objects.filter(startup__in=startups)
    regions = _grouped(through.values_list("startup_id", "region_id"), positions, vocab.regions)

    listings = SolutionListing.objects.filter(startup__in=startups, status=ListingStatus.PUBLISHED).order_by(
        "pk"
    )
    l_rows = list(listings.values_list("pk", "startup_id", "title", "summary", "description", "maturity"))
    l_positions = {pk: i for i, (pk, *_) in enumerate(l_rows)}
    through = SolutionListing.sectors.through.objects.filter(solutionlisting__in=listings)
    l_sectors = _grouped(through.values_list("solutionlisting_id", "sector_id"), l_positions, vocab.sectors)
    through = SolutionListing.languages_supported.through.objects.filter(solutionlisting__in=listings)
    l_languages = _grouped(
        through.values_list("solutionlisting_id", "language_id"), l_positions, vocab.languages
    )
    listing_table = ListingTable(
        ids=[pk for pk, *_ in l_rows],
        startup=[positions[startup] for _, startup, *_ in l_rows],
        text=[f"{title}\n{summary}\n{description}" for _, _, title, summary, description, _ in l_rows],
        sectors=csr_from_lists(l_sectors, len(vocab.sectors)),
        maturity=[MATURITY.get(maturity, 1) for *_, maturity in l_rows],
        languages=csr_from_lists(l_languages, len(vocab.languages)),
    )

    d_rows = list(
        ReferenceDeployment.objects.filter(listing__in=listings)
        .order_by("pk")
        .values_list("pk", "listing_id", "country", "population")
    )
    region_codes = tuple(sorted(vocab.region_codes.items()))
    deployments = (
        DeploymentTable(
            ids=[pk for pk, *_ in d_rows],
            listing=[l_positions[listing] for _, listing, *_ in d_rows],
            region=[_country_region(country, region_codes) for _, _, country, _ in d_rows],
            population=[population or 0 for *_, population in d_rows],
        )
        if d_rows
        else DeploymentTable.empty()
    )
    return StartupCatalogue(
        ids=[pk for pk, _ in rows],
        country=[country for _, country in rows] or np.zeros(0, dtype="<U2"),
        languages=csr_from_lists(languages, len(vocab.languages)),
        target_regions=csr_from_lists(regions, len(vocab.regions)),
        listings=listing_table,
        deployments=deployments,
    )
