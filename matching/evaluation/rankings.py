"""The engine's rankings of an evaluation set, and the sector-overlap-only baseline's.

Pure: the set is turned straight into the engine's arrays (no database), so the figures depend on the formulas
alone."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from core.reference import REGIONS, SECTORS
from matching.engine import (
    ChallengeTable,
    CityCatalogue,
    DeploymentTable,
    ListingTable,
    MatchParams,
    StartupCatalogue,
    csr_from_lists,
    score_all,
)
from matching.engine.embedding import EmbeddingModel

from .sets import EvalSet

SECTOR_INDEX = {code: i for i, (code, _, _) in enumerate(SECTORS)}
REGION_INDEX = {code: i for i, (code, _) in enumerate(REGIONS)}


_embedded: dict[tuple[str, str], np.ndarray] = {}  # (model version, text) -> vector, for this process


def embed(texts: list[str], model: EmbeddingModel) -> np.ndarray:
    """(n, dims) float32 vectors of ``texts``, each text embedded once per process and model."""
    todo = list(dict.fromkeys(t for t in texts if (model.version, t) not in _embedded))
    if todo:
        _embedded.update(zip(((model.version, t) for t in todo), model.embed(todo), strict=True))
    if not texts:
        return np.zeros((0, model.dims), dtype=np.float32)
    return np.stack([_embedded[(model.version, t)] for t in texts])


def build_catalogues(
    data: EvalSet, embedding_model: EmbeddingModel | None = None
) -> tuple[CityCatalogue, StartupCatalogue, list[str], list[str]]:
    """The set as the engine's catalogues; with ``embedding_model``, with the texts' sentence embeddings."""

    def vectors(texts: list[str], *, query: bool = False) -> np.ndarray | None:
        """Listings as passages, the city's side (``query``) in the model's query form."""
        if embedding_model is None:
            return None
        return embed(texts, embedding_model.queries() if query else embedding_model)

    languages = sorted(
        {code for c in data.cities.values() for code in c.languages}
        | {code for s in data.startups.values() for code in s.languages}
    )
    lang = {code: i for i, code in enumerate(languages)}
    city_keys, startup_keys = list(data.cities), list(data.startups)
    ch_rows = [
        (ci, ch.title, ch.text, ch.sectors, data.cities[key].language)
        for ci, key in enumerate(city_keys)
        for ch in data.cities[key].challenges
    ]
    challenges = ChallengeTable(
        ids=np.arange(1, len(ch_rows) + 1),
        city=[r[0] for r in ch_rows],
        title=[r[1] for r in ch_rows],
        text=[f"{r[1]}\n{r[2]}" for r in ch_rows],
        embedding=vectors([f"{r[1]}\n{r[2]}" for r in ch_rows], query=True),
        sectors=csr_from_lists([[SECTOR_INDEX[s] for s in r[3]] for r in ch_rows], len(SECTOR_INDEX)),
        language=[r[4] for r in ch_rows],
    )
    cities = CityCatalogue(
        ids=np.arange(1, len(city_keys) + 1),
        country=[data.cities[k].country for k in city_keys],
        region=[REGION_INDEX[data.cities[k].region] for k in city_keys],
        population=[data.cities[k].population for k in city_keys],
        languages=csr_from_lists([[lang[c] for c in data.cities[k].languages] for k in city_keys], len(lang)),
        sectors=csr_from_lists(
            [[SECTOR_INDEX[s] for s in data.cities[k].sectors] for k in city_keys], len(SECTOR_INDEX)
        ),
        profile_text=[data.cities[k].profile for k in city_keys],
        profile_embedding=vectors([data.cities[k].profile for k in city_keys], query=True),
        challenges=challenges,
        profile_language=[data.cities[k].language for k in city_keys],
    )
    s = [data.startups[k] for k in startup_keys]
    deployments = [(i, d.region, d.population, d) for i, row in enumerate(s) for d in row.deployments]
    city_row = {key: ci for ci, key in enumerate(city_keys)}
    startups = StartupCatalogue(
        ids=np.arange(1, len(s) + 1),
        country=[row.country for row in s],
        languages=csr_from_lists([[lang[c] for c in row.languages] for row in s], len(lang)),
        target_regions=csr_from_lists(
            [[REGION_INDEX[r] for r in row.target_regions] for row in s], len(REGION_INDEX)
        ),
        listings=ListingTable(
            ids=np.arange(1, len(s) + 1),
            startup=np.arange(len(s)),
            text=[f"{row.title}\n{row.text}" for row in s],
            embedding=vectors([f"{row.title}\n{row.text}" for row in s]),
            sectors=csr_from_lists([[SECTOR_INDEX[x] for x in row.sectors] for row in s], len(SECTOR_INDEX)),
            maturity=[row.maturity for row in s],
            languages=csr_from_lists([[lang[c] for c in row.languages] for row in s], len(lang)),
            language=[row.language for row in s],
        ),
        deployments=DeploymentTable(
            ids=np.arange(1, len(deployments) + 1),
            listing=[d[0] for d in deployments],
            region=[REGION_INDEX[d[1]] for d in deployments],
            population=[d[2] for d in deployments],
            city=[city_row.get(data.deployment_city(d[3]), -1) for d in deployments],
        )
        if deployments
        else DeploymentTable.empty(),
    )
    return cities, startups, city_keys, startup_keys


def engine_rankings(
    data: EvalSet, params: MatchParams | None = None, embedding_model: EmbeddingModel | None = None
) -> dict[str, list[str]]:
    """Each city's ranking by the engine (with the sentence embeddings of ``embedding_model``, if any)."""
    cities, startups, city_keys, startup_keys = build_catalogues(data, embedding_model)
    params = replace(params or MatchParams(), k=len(startup_keys), text_min_df=1)
    result = score_all(cities, startups, params)
    rankings: dict[str, list[str]] = {}
    for ci, key in enumerate(city_keys):
        rows = np.flatnonzero((result.city == ci) & (result.city_rank > 0))
        ordered = rows[np.argsort(result.city_rank[rows])]
        rankings[key] = [startup_keys[int(result.startup[r])] for r in ordered]
    return rankings


def sector_baseline_rankings(data: EvalSet) -> dict[str, list[str]]:
    """Rank by the Jaccard overlap of the city's sectors (priorities and challenges) with the listing's;
    ties keep the set's order, as a plain sector filter would."""
    rankings = {}
    for key, city in data.cities.items():
        wanted = set(city.sectors) | {s for challenge in city.challenges for s in challenge.sectors}
        scores = []
        for position, (startup_key, startup) in enumerate(data.startups.items()):
            offered = set(startup.sectors)
            scores.append((-len(wanted & offered) / len(wanted | offered), position, startup_key))
        rankings[key] = [k for _, _, k in sorted(scores)]
    return rankings
