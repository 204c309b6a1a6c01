"""Ranking quality: precision@k and nDCG@k of rankings against an evaluation set's grades, per city and per
language pair."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .sets import EvalSet


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
