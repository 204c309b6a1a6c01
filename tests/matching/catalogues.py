"""Small catalogues built directly as the engine's types, for the tests of the reasons' rules.

Unlike ``matching.engine.synthetic.catalogue_from_records`` these carry what the trusted engine reads besides
texts: sentence-embedding vectors (any record may give ``embedding``; the others get a zero row) and the
member city a reference deployment runs in (``city``: a city's row). Indices, not ids, link the records;
ids are sequential (cities 100…, challenges 500…, startups 300…, listings 700…, deployments 900…).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from matching.engine import (
    ChallengeTable,
    CityCatalogue,
    DeploymentTable,
    ListingTable,
    MatchParams,
    MatchResult,
    StartupCatalogue,
    TextIndex,
    csr_from_lists,
    score_all,
)

SECTORS = ["mobility", "energy", "water", "waste", "health", "safety"]
LANGUAGES = ["en", "ko", "es", "fr"]
N_REGIONS = 3

Record = dict[str, Any]
Rows = dict[tuple[int, int], dict[str, Any]]


def city(**fields: Any) -> Record:
    """A city: ``country``, ``region`` (0), ``population``, ``languages``, ``sectors`` (priority),
    ``profile``, ``language`` (of the profile), ``profile_embedding``, ``challenges`` (``challenge``
    records)."""
    return {"country": "KR", "region": 0, "population": 1_000_000, "languages": ("en",), **fields}


def challenge(text: str, *sectors: str, **fields: Any) -> Record:
    """An open challenge: ``language``, ``embedding``."""
    return {"text": text, "sectors": sectors, **fields}


def startup(*listings: Record, **fields: Any) -> Record:
    """A startup: ``country``, ``languages``, ``regions`` (its target regions)."""
    return {"country": "KR", "languages": ("en",), "regions": (0,), "listings": listings, **fields}


def listing(text: str = "", *sectors: str, **fields: Any) -> Record:
    """A listing: ``language``, ``maturity`` (2: deployed), ``languages``, ``embedding``, ``deployments``
    (``deployment`` records)."""
    return {"text": text, "sectors": sectors, **fields}


def deployment(population: float = 0, region: int = -1, city: int = -1) -> Record:
    """A reference deployment: its city's population (0 unknown), region (-1 unknown) and member city row."""
    return {"population": population, "region": region, "city": city}


def _vectors(records: Sequence[Record], key: str, dims: int | None) -> np.ndarray | None:
    if dims is None:
        return None
    out = np.zeros((len(records), dims), dtype=np.float32)
    for row, record in enumerate(records):
        if record.get(key) is not None:
            vector = np.asarray(record[key], dtype=np.float64)
            out[row] = vector / np.linalg.norm(vector)
    return out


def build(cities: Sequence[Record], startups: Sequence[Record]) -> tuple[CityCatalogue, StartupCatalogue]:
    """The catalogues of these records; embedding arrays only when some record gives a vector."""
    sector = {code: i for i, code in enumerate(SECTORS)}
    language = {code: i for i, code in enumerate(LANGUAGES)}
    challenges = [{"city": i, **h} for i, c in enumerate(cities) for h in c.get("challenges", ())]
    listings = [{"startup": i, **x} for i, s in enumerate(startups) for x in s["listings"]]
    deployments = [{"listing": n, **d} for n, x in enumerate(listings) for d in x.get("deployments", ())]
    vectors = [
        np.asarray(r[key])
        for records, key in (
            (cities, "profile_embedding"),
            (challenges, "embedding"),
            (listings, "embedding"),
        )
        for r in records
        if r.get(key) is not None
    ]
    dims = vectors[0].shape[0] if vectors else None

    def codes(records: Sequence[Record], key: str, vocabulary: dict[str, int]) -> list[list[int]]:
        return [[vocabulary[code] for code in r.get(key, ())] for r in records]

    cities_table = CityCatalogue(
        ids=np.arange(len(cities)) + 100,
        country=[c["country"] for c in cities],
        region=[c["region"] for c in cities],
        population=[c["population"] for c in cities],
        languages=csr_from_lists(codes(cities, "languages", language), len(LANGUAGES)),
        sectors=csr_from_lists(codes(cities, "sectors", sector), len(SECTORS)),
        profile_text=[c.get("profile", "") for c in cities],
        challenges=ChallengeTable(
            ids=np.arange(len(challenges)) + 500,
            city=[h["city"] for h in challenges],
            title=[h["text"][:40] for h in challenges],
            text=[h["text"] for h in challenges],
            sectors=csr_from_lists(codes(challenges, "sectors", sector), len(SECTORS)),
            language=[h.get("language", "") for h in challenges],
            embedding=_vectors(challenges, "embedding", dims),
        ),
        profile_language=[c.get("language", "") for c in cities],
        profile_embedding=_vectors(cities, "profile_embedding", dims),
    )
    startups_table = StartupCatalogue(
        ids=np.arange(len(startups)) + 300,
        country=[s["country"] for s in startups],
        languages=csr_from_lists(codes(startups, "languages", language), len(LANGUAGES)),
        target_regions=csr_from_lists([list(s["regions"]) for s in startups], N_REGIONS),
        listings=ListingTable(
            ids=np.arange(len(listings)) + 700,
            startup=[x["startup"] for x in listings],
            text=[x["text"] for x in listings],
            sectors=csr_from_lists(codes(listings, "sectors", sector), len(SECTORS)),
            maturity=[x.get("maturity", 2) for x in listings],
            languages=csr_from_lists(codes(listings, "languages", language), len(LANGUAGES)),
            language=[x.get("language", "") for x in listings],
            embedding=_vectors(listings, "embedding", dims),
        ),
        deployments=DeploymentTable(
            ids=np.arange(len(deployments)) + 900,
            listing=[d["listing"] for d in deployments],
            region=[d["region"] for d in deployments],
            population=[d["population"] for d in deployments],
            city=[d["city"] for d in deployments],
        )
        if deployments
        else DeploymentTable.empty(),
    )
    return cities_table, startups_table


def fit(cities: CityCatalogue, startups: StartupCatalogue, params: MatchParams) -> TextIndex:
    """The text index of the catalogue in the params' modes (terms seen once count too)."""
    return TextIndex.fit(
        cities,
        startups,
        min_df=1,
        concept_weight=params.concept_weight,
        stop_words=params.stop_words,
        concept_match=params.concept_match,
    )


def pairs_of(result: MatchResult) -> Rows:
    """The result's rows keyed by (city, startup)."""
    return {
        (int(result.city[i]), int(result.startup[i])): {
            name: getattr(result, name)[i].item() for name in MatchResult.ROW_FIELDS
        }
        for i in range(len(result))
    }


def score(
    cities: Sequence[Record], startups: Sequence[Record], params: MatchParams | None = None
) -> tuple[Rows, CityCatalogue, StartupCatalogue, TextIndex]:
    """Every stored pair of the records' catalogue (``score_all`` with K above its size), and its inputs."""
    params = params or MatchParams()
    city_table, startup_table = build(cities, startups)
    index = fit(city_table, startup_table, params)
    return pairs_of(score_all(city_table, startup_table, params, index)), city_table, startup_table, index
