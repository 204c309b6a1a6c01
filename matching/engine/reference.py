"""The per-pair reference: every (city, startup) pair scored one pair and one listing at a time, in plain
Python, by the formulas of ``matching.engine.kernel`` written out.

It is the yardstick of the vectorised engine: ``tests/matching/test_engine.py`` checks every pair, reason and
top-k list of the fast paths against it, and ``python manage.py bench_matching`` times it against them on the
same pairs (the speed-up). Pure numpy/scipy input, no Django; far too slow for a real catalogue.
"""

from __future__ import annotations

import math
from typing import Any

from .hubness import HUB_K
from .text import TextIndex
from .types import CityCatalogue, MatchParams, StartupCatalogue

# Kept apart from ``types.COMPONENTS`` on purpose: the reference names its parts itself.
COMPONENTS = ("relevance", "sector_fit", "proof", "reach", "readiness")
Rows = dict[tuple[int, int], dict[str, Any]]
"""Rows keyed by (city index, startup index): the score, the five components and the reasons' indices."""


def _rows(matrix: Any) -> list[dict[int, float]]:
    m = matrix.tocsr()
    cut = m.indptr.tolist()
    return [
        dict(zip(m.indices[a:b].tolist(), m.data[a:b].tolist(), strict=True))
        for a, b in zip(cut[:-1], cut[1:], strict=True)
    ]


def _codes(matrix: Any) -> list[set[int]]:
    return [set(row) for row in _rows(matrix)]


def _cos(a: dict[int, float], b: dict[int, float]) -> float:
    return sum(v * b[k] for k, v in a.items() if k in b)


def reference(cities: CityCatalogue, startups: StartupCatalogue, p: MatchParams, index: TextIndex) -> Rows:
    """Every (city, startup) pair scored by the formulas written out, from the fitted TF-IDF rows."""
    profile, challenge = _rows(index.profile_vectors(cities)), _rows(index.challenge_vectors(cities))
    embedded = p.embedding_weight > 0 and index.centres is not None
    listing_emb = index.listing_embeddings(startups) if embedded else None
    profile_emb = index.centred(cities.profile_embedding, cities.profile_language) if embedded else None
    challenge_emb = (
        index.centred(cities.challenges.embedding, cities.challenges.language) if embedded else None
    )
    embedded = embedded and listing_emb is not None and profile_emb is not None and challenge_emb is not None
    penalty = [0.0] * len(startups.listings)
    if embedded and p.embedding_hub_weight > 0 and index.hub_mean is not None:
        city_side = [v for v in list(profile_emb) + list(challenge_emb) if v.any()]
        for n, x in enumerate(listing_emb):
            if x.any() and city_side:
                nearest = sorted((float(x @ v) for v in city_side), reverse=True)[:HUB_K]
                penalty[n] = p.embedding_hub_weight * (sum(nearest) / len(nearest) - index.hub_mean)

    def blend(cos: float, a: Any, b: Any, n: int) -> float:
        if not embedded or not a.any() or not b.any():
            return cos
        e = float(a.astype(float) @ b.astype(float)) - penalty[n]
        e = min(1.0, max(0.0, (e - p.embedding_floor) / (p.embedding_ceiling - p.embedding_floor)))
        return (1 - p.embedding_weight) * cos + p.embedding_weight * e

    clients = {
        (
            int(startups.listings.startup[int(startups.deployments.listing[d])]),
            int(startups.deployments.city[d]),
        )
        for d in range(len(startups.deployments))
        if startups.deployments.city[d] >= 0
    }
    text = _rows(index.listing_vectors(startups))
    ch, lst, dep = cities.challenges, startups.listings, startups.deployments
    city_langs, startup_langs, listing_langs = map(
        _codes, (cities.languages, startups.languages, lst.languages)
    )
    listing_secs, challenge_secs, targets = map(_codes, (lst.sectors, ch.sectors, startups.target_regions))
    open_ = [[h for h in range(len(ch)) if ch.city[h] == c] for c in range(len(cities))]
    city_secs = [
        s.union(*(challenge_secs[h] for h in open_[c])) for c, s in enumerate(_codes(cities.sectors))
    ]
    b, a, ratio, low, high = (
        p.sector_challenge_bonus,
        p.reach_language_weight,
        p.proof_size_ratio,
        p.readiness_population_low,
        p.readiness_population_high,
    )
    out: Rows = {}
    for c in range(len(cities)):
        region, pop = int(cities.region[c]), float(cities.population[c])
        size = 0.5 if pop <= 0 else min(1.0, max(0.0, math.log(pop / low) / math.log(high / low)))
        for n in range(len(lst)):
            t = int(lst.startup[n])
            if p.exclude_existing_clients and (t, c) in clients:
                continue
            cp = _cos(text[n], profile[c])
            cosines = [_cos(text[n], challenge[h]) for h in open_[c]]
            if embedded:
                x = listing_emb[n]
                cp = blend(cp, x, profile_emb[c], n)
                cosines = [blend(v, x, challenge_emb[h], n) for v, h in zip(cosines, open_[c], strict=True)]
            top, top_h = max(
                zip(cosines, open_[c], strict=True), key=lambda x: (x[0], -x[1]), default=(-1.0, -1)
            )
            answered = top_h if top >= (p.answer_threshold if embedded else p.answer_threshold_text) else -1
            if p.answer_over_profile and top <= cp:
                answered = -1
            relevance = min(1.0, max(0.0, cp, top)) ** p.relevance_exponent

            ls, hs = listing_secs[n], challenge_secs[answered] if answered >= 0 else set()
            base = len(ls & city_secs[c]) / len(ls) if ls else 0.0
            sector_fit = (1 - b) * base + b * (len(ls & hs) / len(hs) if hs else 0.0)

            weights = {}
            for d in (d for d in range(len(dep)) if dep.listing[d] == n):
                dp = float(dep.population[d])
                same_region = region >= 0 and int(dep.region[d]) == region
                similar = dp > 0 and pop > 0 and dp <= ratio * pop and pop <= ratio * dp
                weights[d] = 1.0 + p.proof_region_bonus * same_region + p.proof_size_bonus * similar
            proof = sum(weights.values()) / (sum(weights.values()) + p.proof_half)

            shared = (startup_langs[t] | listing_langs[n]) & city_langs[c]
            n_city = len(city_langs[c])
            lang = 0.5 * (len(shared) >= 1) + 0.5 * len(shared) / n_city if n_city else 0.0
            in_region = float(region in targets[t]) if targets[t] else p.reach_untargeted
            reach = a * lang + (1 - a) * in_region

            m, has_open = int(lst.maturity[n]), 1.0 if open_[c] else 0.0
            ready = (
                p.readiness_base[m]
                - p.readiness_size_penalty[m] * size
                + p.readiness_challenge_bonus[m] * has_open
            )
            ready = min(1.0, max(0.0, ready))
            largest = max(
                (float(dep.population[d]) for d in range(len(dep)) if dep.listing[d] == n), default=0
            )
            if p.readiness_proportionate and m == 2 and pop > 0:
                ready *= 0.5 + 0.5 * min(1.0, ratio * largest / pop)
            parts = (relevance, sector_fit, proof, reach, ready)
            rest = sum(w * x for w, x in zip(p.weights[1:], parts[1:], strict=True))
            if p.relevance_gate > 0:
                rest *= min(1.0, relevance / p.relevance_gate)
            total = 100.0 * (p.weights[0] * relevance + rest) / sum(p.weights)
            total *= float(startups.freshness[t])
            if (c, t) not in out or total > out[(c, t)]["score"]:  # listings ascend: ties keep the first
                out[(c, t)] = {
                    "score": total,
                    **dict(zip(COMPONENTS, parts, strict=True)),
                    "listing": n,
                    "challenge": answered,
                    "deployment": max(weights, key=lambda d: (weights[d], -d), default=-1),
                    "overseas": bool(cities.country[c] != startups.country[t]),
                    "languages": sorted(shared),
                    "sectors": sorted(ls & city_secs[c]),
                    "near_tie": sum(abs(x - top) < 1e-12 for x in cosines) > 1,
                }
    return out


def reference_topk(ref: Rows, k: int) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Best k startups per city and best k cities per startup: score descending, lower index first."""
    by_city: dict[int, list[tuple[float, int]]] = {}
    by_startup: dict[int, list[tuple[float, int]]] = {}
    for (c, t), row in ref.items():
        by_city.setdefault(c, []).append((-row["score"], t))
        by_startup.setdefault(t, []).append((-row["score"], c))
    return (
        {c: [t for _, t in sorted(v)[:k]] for c, v in by_city.items()},
        {t: [c for _, c in sorted(v)[:k]] for t, v in by_startup.items()},
    )
