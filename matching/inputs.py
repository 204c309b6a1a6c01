"""The engine's inputs, from the database: the approved catalogue as the engine's arrays, the names the
stored reasons quote, and the matching parameters from settings (no scoring here).

Every relation is read with one query per table (values_list over the through tables), so loading costs a
fixed number of queries whatever the catalogue's size."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import scipy.sparse as sp
from django.conf import settings

from cities.models import ChallengeStatus, CityChallenge, MemberCity
from core import geo
from core.models import Language, MembershipStatus, Region, Sector
from matching import embeddings, feedback
from matching.engine import parallel
from matching.engine.embedding import EMBEDDINGS_OFF
from matching.engine.types import (
    ChallengeTable,
    CityCatalogue,
    DeploymentTable,
    ListingTable,
    MatchParams,
    StartupCatalogue,
    csr_from_lists,
)
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing, Startup, maturity_level


@dataclass(frozen=True)
class ReferenceColumns:
    """Column positions of the reference data (languages, sectors, regions) in the engine's 0/1 matrices, the
    same on both sides of the engine."""

    languages: dict[int, int]
    sectors: dict[int, int]
    regions: dict[int, int]
    region_codes: dict[str, int]
    sector_codes: list[str]
    language_codes: list[str]

    @classmethod
    def load(cls) -> ReferenceColumns:
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


def load_cities(columns: ReferenceColumns, *, city_ids: list[int] | None = None) -> CityCatalogue:
    """Approved member cities (all, or the given ones if still approved) with their open challenges."""
    cities = MemberCity.objects.filter(membership_status=MembershipStatus.APPROVED).order_by("pk")
    if city_ids is not None:
        cities = cities.filter(pk__in=city_ids)
    rows = list(cities.values_list("pk", "country", "region_id", "population", "profile", "profile_language"))
    positions = {pk: i for i, (pk, *_) in enumerate(rows)}
    through = MemberCity.languages.through.objects.filter(membercity__in=cities)
    languages = _grouped(through.values_list("membercity_id", "language_id"), positions, columns.languages)
    through = MemberCity.priority_sectors.through.objects.filter(membercity__in=cities)
    sectors = _grouped(through.values_list("membercity_id", "sector_id"), positions, columns.sectors)

    challenges = CityChallenge.objects.filter(city__in=cities, status=ChallengeStatus.OPEN).order_by("pk")
    ch_rows = list(challenges.values_list("pk", "city_id", "title", "description", "language"))
    ch_positions = {pk: i for i, (pk, *_) in enumerate(ch_rows)}
    through = CityChallenge.sectors.through.objects.filter(citychallenge__in=challenges)
    ch_sectors = _grouped(through.values_list("citychallenge_id", "sector_id"), ch_positions, columns.sectors)
    n_sectors = len(columns.sectors)
    table = ChallengeTable(
        ids=[pk for pk, *_ in ch_rows],
        city=[positions[city] for _, city, *_ in ch_rows],
        title=[title for _, _, title, *_ in ch_rows],
        text=[f"{title}\n{description}" for _, _, title, description, _ in ch_rows],
        sectors=csr_from_lists(ch_sectors, n_sectors),
        language=[language for *_, language in ch_rows],
    )
    return CityCatalogue(
        ids=[pk for pk, *_ in rows],
        country=[country for _, country, *_ in rows] or np.zeros(0, dtype="<U2"),
        region=[columns.regions.get(region, -1) for _, _, region, *_ in rows],
        population=[population for *_, population, _, _ in rows],
        languages=csr_from_lists(languages, len(columns.languages)),
        sectors=csr_from_lists(sectors, n_sectors),
        profile_text=[profile for *_, profile, _ in rows],
        challenges=table,
        profile_language=[language for *_, language in rows],
    )


def load_startups(
    columns: ReferenceColumns,
    *,
    startup_ids: list[int] | None = None,
    city_ids: np.ndarray | None = None,
    challenge_ids: np.ndarray | None = None,
) -> StartupCatalogue:
    """Approved startups (all, or the given ones if still approved) with their published listings, and the
    feedback in force (``matching.feedback``): paused startups are left out, hidden pairs and lowered
    challenges become the catalogue's ``hidden`` and ``lowered``.

    ``city_ids``: the ids of the ``CityCatalogue`` rows scored with them, so that a deployment in a member
    city points at its row (the startup is that city's existing client); ``challenge_ids``: its challenges'
    ids (``ChallengeTable.ids``), likewise."""
    facts = feedback.load_facts(startup_ids=startup_ids)
    startups = (
        Startup.objects.filter(membership_status=MembershipStatus.APPROVED)
        .exclude(pk__in=facts.paused)
        .order_by("pk")
    )
    if startup_ids is not None:
        startups = startups.filter(pk__in=startup_ids)
    rows = list(startups.values_list("pk", "country"))
    positions = {pk: i for i, (pk, _) in enumerate(rows)}
    through = Startup.languages.through.objects.filter(startup__in=startups)
    languages = _grouped(through.values_list("startup_id", "language_id"), positions, columns.languages)
    through = Startup.target_regions.through.objects.filter(startup__in=startups)
    regions = _grouped(through.values_list("startup_id", "region_id"), positions, columns.regions)

    listings = SolutionListing.objects.filter(startup__in=startups, status=ListingStatus.PUBLISHED).order_by(
        "pk"
    )
    l_rows = list(
        listings.values_list("pk", "startup_id", "title", "summary", "description", "maturity", "language")
    )
    l_positions = {pk: i for i, (pk, *_) in enumerate(l_rows)}
    through = SolutionListing.sectors.through.objects.filter(solutionlisting__in=listings)
    l_sectors = _grouped(through.values_list("solutionlisting_id", "sector_id"), l_positions, columns.sectors)
    through = SolutionListing.languages_supported.through.objects.filter(solutionlisting__in=listings)
    l_languages = _grouped(
        through.values_list("solutionlisting_id", "language_id"), l_positions, columns.languages
    )
    listing_table = ListingTable(
        ids=[pk for pk, *_ in l_rows],
        startup=[positions[startup] for _, startup, *_ in l_rows],
        text=[f"{title}\n{summary}\n{description}" for _, _, title, summary, description, *_ in l_rows],
        sectors=csr_from_lists(l_sectors, len(columns.sectors)),
        maturity=[maturity_level(maturity) for *_, maturity, _ in l_rows],
        languages=csr_from_lists(l_languages, len(columns.languages)),
        language=[language for *_, language in l_rows],
    )

    d_rows = list(
        ReferenceDeployment.objects.filter(listing__in=listings)
        .order_by("pk")
        .values_list("pk", "listing_id", "country", "population", "member_city_id")
    )
    city_rows = {int(pk): i for i, pk in enumerate([] if city_ids is None else np.asarray(city_ids).tolist())}
    region_codes = tuple(sorted(columns.region_codes.items()))
    deployments = (
        DeploymentTable(
            ids=[pk for pk, *_ in d_rows],
            listing=[l_positions[listing] for _, listing, *_ in d_rows],
            region=[_country_region(country, region_codes) for _, _, country, *_ in d_rows],
            population=[population or 0 for *_, population, _ in d_rows],
            city=[city_rows.get(member, -1) for *_, member in d_rows],
        )
        if d_rows
        else DeploymentTable.empty()
    )
    challenge_rows = {
        int(pk): i for i, pk in enumerate([] if challenge_ids is None else challenge_ids.tolist())
    }
    return StartupCatalogue(
        freshness=freshness([pk for pk, _ in rows], factor=matching_params().stale_factor, among=startups),
        ids=[pk for pk, _ in rows],
        country=[country for _, country in rows] or np.zeros(0, dtype="<U2"),
        languages=csr_from_lists(languages, len(columns.languages)),
        target_regions=csr_from_lists(regions, len(columns.regions)),
        listings=listing_table,
        deployments=deployments,
        hidden=_pairs(facts.hidden, positions, city_rows),
        lowered=_pairs(facts.lowered, positions, challenge_rows),
    )


def _pairs(pairs: set[tuple[int, int]], rows: dict[int, int], columns: dict[int, int]) -> sp.csr_array:
    """(startup id, other id) pairs as a 0/1 (startups, others) matrix over the loaded rows."""
    lists: list[list[int]] = [[] for _ in rows]
    for startup, other in pairs:
        if startup in rows and other in columns:
            lists[rows[startup]].append(columns[other])
    return csr_from_lists(lists, len(columns))


def freshness(startup_ids: list[int], *, factor: float, now=None, among=None) -> np.ndarray:
    """The per-startup factor of the pair scores (``StartupCatalogue.freshness``): ``factor`` for startups
    ranked lower (``Startup.objects.ranked_lower``: stale, reminded at least PROFILE_STALE_GRACE_DAYS ago and
    not edited since), 1 for the others. ``among``: the queryset the ids came from (one query filtered like
    it, instead of a list of every id)."""
    out = np.ones(len(startup_ids))
    if factor >= 1.0 or not startup_ids:
        return out
    scope = among if among is not None else Startup.objects.filter(pk__in=startup_ids)
    lowered = set(scope.ranked_lower(now=now).values_list("pk", flat=True))
    out[[i for i, pk in enumerate(startup_ids) if pk in lowered]] = factor
    return out


def matching_params() -> MatchParams:
    """The tunables, read from settings in this one place (and recorded with every run)."""
    conf = settings.MATCHING
    weights = conf["WEIGHTS"]
    return MatchParams(
        weight_relevance=weights["relevance"],
        weight_sector_fit=weights["sector_fit"],
        weight_proof=weights["proof"],
        weight_reach=weights["reach"],
        weight_readiness=weights["readiness"],
        k=conf["TOP_K"],
        chunk_size=conf["CHUNK_SIZE"],
        concept_weight=conf["CONCEPT_WEIGHT"],
        feedback_challenge_factor=conf["FEEDBACK_CHALLENGE_FACTOR"],
        processes=conf.get("PROCESSES") or parallel.processes(),
        stale_factor=conf.get("STALE_FACTOR", 1.0),
    )


@dataclass
class Names:
    """What the stored reasons quote besides ids: the language each open challenge is written in."""

    challenge_language: list[str] = field(default_factory=list)


@dataclass
class Catalogue:
    columns: ReferenceColumns
    cities: CityCatalogue
    startups: StartupCatalogue
    names: Names
    embeddings: str = EMBEDDINGS_OFF
    """The sentence-embedding signal: the model's version, or that it is off (words and concepts only)."""
    hidden_concepts: dict[int, frozenset[str]] = field(default_factory=dict)
    """Listing id -> the concept codes its startup hid (only listings that hid some): the reasons do not
    name them."""


def challenge_names(cities: CityCatalogue) -> Names:
    languages = dict(
        CityChallenge.objects.filter(pk__in=cities.challenges.ids.tolist()).values_list("pk", "language")
    )
    return Names(challenge_language=[languages.get(pk, "en") for pk in cities.challenges.ids.tolist()])


def hidden_concepts(*, startup_ids: list[int] | None = None) -> dict[int, frozenset[str]]:
    """Listing id -> the concept codes its startup hid, for the published listings of approved startups (all,
    or the given startups') that hid any: one query."""
    listings = SolutionListing.objects.published().exclude(hidden_concepts=[])
    if startup_ids is not None:
        listings = listings.filter(startup_id__in=startup_ids)
    return {pk: frozenset(codes) for pk, codes in listings.values_list("pk", "hidden_concepts") if codes}


def load_catalogue(*, startup_ids: list[int] | None = None, embed: bool = True) -> Catalogue:
    """All approved cities, and all approved startups (or only the given ones), with the texts' stored
    sentence embeddings (``embed``; see ``matching.embeddings.attach`` for the missing ones)."""
    columns = ReferenceColumns.load()
    cities = load_cities(columns)
    startups = load_startups(
        columns, startup_ids=startup_ids, city_ids=cities.ids, challenge_ids=cities.challenges.ids
    )
    status = embeddings.attach(cities, startups) if embed else EMBEDDINGS_OFF
    hidden = hidden_concepts(startup_ids=startup_ids)
    return Catalogue(columns, cities, startups, challenge_names(cities), status, hidden)


def unscored_texts(cat: Catalogue) -> tuple[list[str], list[str]]:
    """Texts that are not scored today but may be tomorrow, and their recorded languages: listings not (yet)
    published or of startups not (yet) approved, and closed challenges or challenges of cities not (yet)
    approved. They join the vocabulary's fitting corpus."""
    scored_listings = set(cat.startups.listings.ids.tolist())
    scored_challenges = set(cat.cities.challenges.ids.tolist())
    texts: list[str] = []
    languages: list[str] = []
    for pk, title, summary, description, language in SolutionListing.objects.values_list(
        "pk", "title", "summary", "description", "language"
    ).iterator(chunk_size=5000):
        if pk not in scored_listings:
            texts.append(f"{title}\n{summary}\n{description}")
            languages.append(language)
    for pk, title, description, language in CityChallenge.objects.values_list(
        "pk", "title", "description", "language"
    ):
        if pk not in scored_challenges:
            texts.append(f"{title}\n{description}")
            languages.append(language)
    return texts, languages
