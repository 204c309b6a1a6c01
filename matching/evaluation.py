"""Ranking quality of the engine against a hand-labelled set, next to a sector-overlap-only baseline.

Pure: the labelled set is turned straight into the engine's arrays (no database), so the figures depend on
the formulas alone. `python manage.py eval_matching` prints them; a test asserts the engine beats the
baseline."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

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

SECTOR_INDEX = {code: i for i, (code, _, _) in enumerate(SECTORS)}
REGION_INDEX = {code: i for i, (code, _) in enumerate(REGIONS)}


@dataclass
class EvalSet:
    cities: dict[str, tuple]
    startups: dict[str, tuple]
    judgements: dict[str, dict[str, int]]

    # A city's or startup's row may end with the language its texts are written in (the cross-language
    # set's 9th item); rows without one are in English.
    def city_language(self, key: str) -> str:
        row = self.cities[key]
        return row[8] if len(row) > 8 else "en"

    def listing_language(self, key: str) -> str:
        row = self.startups[key]
        return row[8] if len(row) > 8 else "en"

    def language_pair(self, city: str, startup: str) -> str:
        """The pair's label, such as "es→ko": a city writing in Spanish, a listing written in Korean."""
        return f"{self.city_language(city)}→{self.listing_language(startup)}"


def build_catalogues(data: EvalSet) -> tuple[CityCatalogue, StartupCatalogue, list[str], list[str]]:
    languages = sorted({code for c in data.cities.values() for code in c[4]}
                       | {code for s in data.startups.values() for code in s[1]})  # fmt: skip
    lang = {code: i for i, code in enumerate(languages)}
    city_keys, startup_keys = list(data.cities), list(data.startups)
    ch_rows = [(ci, title, text, sectors) for ci, key in enumerate(city_keys)
               for title, text, sectors in data.cities[key][7]]  # fmt: skip
    challenges = ChallengeTable(
        ids=np.arange(1, len(ch_rows) + 1), city=[r[0] for r in ch_rows], title=[r[1] for r in ch_rows],
        text=[f"{r[1]}\n{r[2]}" for r in ch_rows],
        sectors=csr_from_lists([[SECTOR_INDEX[s] for s in r[3]] for r in ch_rows], len(SECTOR_INDEX)),
    )  # fmt: skip
    cities = CityCatalogue(
        ids=np.arange(1, len(city_keys) + 1),
        country=[data.cities[k][1] for k in city_keys],
        region=[REGION_INDEX[data.cities[k][2]] for k in city_keys],
        population=[data.cities[k][3] for k in city_keys],
        languages=csr_from_lists([[lang[c] for c in data.cities[k][4]] for k in city_keys], len(lang)),
        sectors=csr_from_lists([[SECTOR_INDEX[s] for s in data.cities[k][5]] for k in city_keys],
                               len(SECTOR_INDEX)),
        profile_text=[data.cities[k][6] for k in city_keys],
        challenges=challenges,
    )  # fmt: skip
    s = [data.startups[k] for k in startup_keys]
    deployments = [(i, region, population) for i, row in enumerate(s) for region, population in row[7]]
    startups = StartupCatalogue(
        ids=np.arange(1, len(s) + 1), country=[row[0] for row in s],
        languages=csr_from_lists([[lang[c] for c in row[1]] for row in s], len(lang)),
        target_regions=csr_from_lists([[REGION_INDEX[r] for r in row[2]] for row in s], len(REGION_INDEX)),
        listings=ListingTable(
            ids=np.arange(1, len(s) + 1), startup=np.arange(len(s)),
            text=[f"{row[3]}\n{row[4]}" for row in s],
            sectors=csr_from_lists([[SECTOR_INDEX[x] for x in row[5]] for row in s], len(SECTOR_INDEX)),
            maturity=[row[6] for row in s],
            languages=csr_from_lists([[lang[c] for c in row[1]] for row in s], len(lang)),
        ),
        deployments=DeploymentTable(
            ids=np.arange(1, len(deployments) + 1), listing=[d[0] for d in deployments],
            region=[REGION_INDEX[d[1]] for d in deployments], population=[d[2] for d in deployments],
        ) if deployments else DeploymentTable.empty(),
    )  # fmt: skip
    return cities, startups, city_keys, startup_keys


def engine_rankings(data: EvalSet, params: MatchParams | None = None) -> dict[str, list[str]]:
    cities, startups, city_keys, startup_keys = build_catalogues(data)
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
        wanted = set(city[5]) | {s for _, _, sectors in city[7] for s in sectors}
        scores = []
        for position, (startup_key, startup) in enumerate(data.startups.items()):
            offered = set(startup[5])
            scores.append((-len(wanted & offered) / len(wanted | offered), position, startup_key))
        rankings[key] = [k for _, _, k in sorted(scores)]
    return rankings


def precision_at(ranking: list[str], grades: dict[str, int], k: int) -> float:
    return sum(1 for key in ranking[:k] if grades.get(key, 0) > 0) / k


def ndcg_at(ranking: list[str], grades: dict[str, int], k: int) -> float:
    def dcg(gains: list[int]) -> float:
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:k]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(key, 0) for key in ranking]) / ideal if ideal else 0.0


@dataclass
class Figures:
    precision_at_5: float
    ndcg_at_10: float
    per_city: dict[str, tuple[float, float]]


def evaluate(rankings: dict[str, list[str]], judgements: dict[str, dict[str, int]]) -> Figures:
    per_city = {
        city: (precision_at(rankings[city], grades, 5), ndcg_at(rankings[city], grades, 10))
        for city, grades in judgements.items()
    }
    return Figures(
        precision_at_5=float(np.mean([p for p, _ in per_city.values()])),
        ndcg_at_10=float(np.mean([n for _, n in per_city.values()])),
        per_city=per_city,
    )


@dataclass
class PairFigures:
    """nDCG@k by language pair. For a city writing in A and a language B in which it has a relevant
    (graded) listing, the city's whole ranking is scored against the grades of its B listings only, after
    the relevant listings in other languages are taken out: the B answers must still beat every irrelevant
    listing, in any language (the same-language distractors that share the challenge's words included),
    and a perfect ranking scores 1 for every pair. `per_pair["es→ko"]` averages that over the Spanish-writing
    cities with a relevant Korean listing; `cross` averages every (city, B) group with B ≠ A, `same` those
    with B = A; `overall` is the plain nDCG@k of each city's whole ranking, averaged. `groups` counts the
    (city, B) groups behind each pair."""

    overall: float
    cross: float
    same: float
    per_pair: dict[str, float]
    groups: dict[str, int]


def ndcg_by_language_pair(data: EvalSet, rankings: dict[str, list[str]], k: int = 5) -> PairFigures:
    values: dict[str, list[float]] = {}
    cross: list[float] = []
    same: list[float] = []
    overall: list[float] = []
    for city, grades in data.judgements.items():
        ranking = rankings[city]
        overall.append(ndcg_at(ranking, grades, k))
        for target in sorted({data.listing_language(s) for s, grade in grades.items() if grade > 0}):
            # The other languages' relevant listings step aside; every irrelevant one keeps its place.
            kept = [s for s in ranking if grades.get(s, 0) == 0 or data.listing_language(s) == target]
            target_grades = {s: g for s, g in grades.items() if data.listing_language(s) == target}
            value = ndcg_at(kept, target_grades, k)
            values.setdefault(f"{data.city_language(city)}→{target}", []).append(value)
            (same if data.city_language(city) == target else cross).append(value)

    def mean(xs: list[float]) -> float:
        return float(np.mean(xs)) if xs else 0.0

    return PairFigures(
        overall=mean(overall),
        cross=mean(cross),
        same=mean(same),
        per_pair={pair: mean(xs) for pair, xs in sorted(values.items())},
        groups={pair: len(xs) for pair, xs in sorted(values.items())},
    )
