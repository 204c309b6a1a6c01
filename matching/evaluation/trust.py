"""Whether the reasons the portal would show are true, and how the rankings compare, on a format-2 set
(``needs.json``: graded judgements that name the challenge a listing answers, and near-miss distractors).

For one engine configuration (``MatchParams``; ``MatchParams.before_trust()`` is the engine before the
reasons were made trustworthy) ``assess`` scores the whole set and reports:

- nDCG@5 of the total score and of relevance alone, and nDCG@5 per language pair;
- the share of cities whose expert first pick (grade 3) is in the top 3, and the near-miss distractors that
  reach a city's top 3;
- precision of "Answers your challenge" over every city's top 10 (the named challenge is one the judgement
  says the listing answers) and recall over every answering pair (the engine names one of its challenges);
- false reasons by type in the top 10s, each reason checked against the set: "fits your profile" for a city
  without a profile or an ungraded listing, "priority sectors" naming a sector the city does not prioritise,
  "similar size" beyond ×2, "ready for a city of this size" when the largest deployment is under half the
  city, and a city where the startup already runs recommended as a new client.

Pairs where the startup already runs in the city are left out of every ranking figure (for every engine):
the portal does not recommend them, it shows them as existing clients. Pure: no Django.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from matching.engine import MatchParams, MatchResult, TextIndex, claims, score_all
from matching.engine.evidence import best_deployments

from .metrics import ndcg_at, ndcg_by_language_pair
from .rankings import build_catalogues
from .sets import EvalSet

TOP = 10  # the reasons are checked in each city's top 10
TRUE_SIZE_RATIO = 2.0  # "similar size" and "ready for this size" are checked against ×2
OLD_READY = 0.8  # the engine before trust said "ready for a city of this size" from this readiness
OLD_RELEVANT = 0.2  # ... and "fits your profile" from this relevance
REASON_TYPES = (
    "answers_challenge",
    "fits_profile",
    "priority_sectors",
    "similar_size",
    "ready_for_size",
    "existing_client_recommended",
)


@dataclass
class Assessment:
    ndcg_at_5: float
    relevance_ndcg_at_5: float
    first_pick_in_top_3: float
    near_misses_in_top_3: int
    answers_precision: float
    answers_claims: int
    answers_recall: float
    answering_pairs: int
    worst_city_precision: tuple[str, float]
    false_reasons: dict[str, tuple[int, int]] = field(default_factory=dict)
    """type → (false, shown) in the top 10s."""
    per_pair: dict[str, float] = field(default_factory=dict)
    per_pair_groups: dict[str, int] = field(default_factory=dict)
    per_city: dict[str, float] = field(default_factory=dict)


@dataclass
class _Run:
    result: MatchResult
    index: TextIndex
    params: MatchParams
    cities: object
    startups: object
    city_keys: list[str]
    startup_keys: list[str]


def run_engine(data: EvalSet, params: MatchParams, embedding_model=None) -> _Run:
    """Every pair of the set scored (k = all startups), with the sentence embeddings of ``embedding_model``
    (None: words and concepts only)."""
    cities, startups, city_keys, startup_keys = build_catalogues(data, embedding_model)
    params = replace(params, k=len(startup_keys), text_min_df=1)
    index = TextIndex.fit(
        cities,
        startups,
        min_df=1,
        concept_weight=params.concept_weight,
        **_text_options(params),
    )
    result = score_all(cities, startups, params, index)
    return _Run(result, index, params, cities, startups, city_keys, startup_keys)


def _text_options(params: MatchParams) -> dict:
    """The text index's options that ``MatchParams`` carries (stop words, concept matching)."""
    return {"stop_words": params.stop_words, "concept_match": params.concept_match}


def existing_clients(data: EvalSet) -> dict[str, set[str]]:
    """Per city, the startups with a deployment there."""
    out: dict[str, set[str]] = {key: set() for key in data.cities}
    for key, startup in data.startups.items():
        for d in startup.deployments:
            city = data.deployment_city(d)
            if city:
                out[city].add(key)
    return out


def _ranking(run: _Run, city: int, by: str, skip: set[str]) -> list[str]:
    rows = np.flatnonzero(run.result.city == city)
    values = getattr(run.result, by)[rows]
    startup = run.result.startup[rows]
    ordered = rows[np.lexsort((startup, -values))]
    keys = [run.startup_keys[int(run.result.startup[r])] for r in ordered]
    return [k for k in keys if k not in skip]


def assess(
    data: EvalSet, params: MatchParams, *, legacy_reasons: bool = False, embedding_model=None
) -> Assessment:
    """The figures of one configuration on the set (see the module docstring). ``legacy_reasons``: judge the
    reasons by the rules the engine before trust used (relevance ≥ 0.2 "fits your profile", challenge sectors
    called priorities, "similar size" within ×3, "ready" from readiness ≥ 0.8)."""
    run = run_engine(data, params, embedding_model)
    clients = existing_clients(data)
    result, cities, startups = run.result, run.cities, run.startups
    city_row = {key: i for i, key in enumerate(run.city_keys)}
    challenge_key = [ch.key for key in run.city_keys for ch in data.cities[key].challenges]

    ndcg, relevance_ndcg, picks, near, per_city = [], [], [], 0, {}
    rankings: dict[str, list[str]] = {}
    for key, grades in data.judgements.items():
        skip = clients[key]
        kept = {s: g for s, g in grades.items() if s not in skip}
        ranking = _ranking(run, city_row[key], "score", skip)
        rankings[key] = ranking
        per_city[key] = ndcg_at(ranking, kept, 5)
        ndcg.append(per_city[key])
        relevance_ndcg.append(ndcg_at(_ranking(run, city_row[key], "relevance", skip), kept, 5))
        pick = data.first_pick(key)
        if pick and pick not in skip:
            picks.append(pick in ranking[:3])
        near += len(set(ranking[:3]) & data.near_misses.get(key, frozenset()))
    pairs = ndcg_by_language_pair(_without(data, clients), rankings, k=5)

    # the reasons of every row, by the rules of this configuration
    rows = np.arange(len(result))
    city, listing, challenge = (
        result.city.astype(np.int64),
        result.listing.astype(np.int64),
        result.challenge.astype(np.int64),
    )
    if legacy_reasons:
        fits = (result.relevance >= OLD_RELEVANT) & (challenge < 0)
        named_sectors = startups.listings.sectors[listing] * cities.sector_sets[city]
        ratio = 3.0
        deployed = startups.listings.maturity[listing] == 2
        ready = deployed & (result.readiness >= OLD_READY)
    else:
        evidence = claims.stored_profile_evidence(cities, result)
        embedded = claims.with_embeddings(run.index, startups, run.params)
        fits = claims.fits_profile(evidence, embedded) & (challenge < 0)
        named_sectors = claims.priority_sectors(cities, startups, city=city, listing=listing)
        ratio = run.params.proof_size_ratio
        ready, _pilot, _ = claims.ready_for_size(
            startups, cities, run.params, city=city, listing=listing, readiness=result.readiness
        )
    dep = best_deployments(cities, startups, city=city, listing=listing, params=run.params)
    d_pop = np.where(dep >= 0, startups.deployments.population[np.maximum(dep, 0)], 0)
    c_pop = cities.population[city]
    said_similar = (dep >= 0) & claims.similar_size(d_pop, c_pop, ratio)
    largest = claims.largest_deployment(startups, listing)
    priority = cities.sectors[city]
    wrong_sector = np.asarray((named_sectors - named_sectors * priority).sum(axis=1)).ravel() > 0
    shown_sector = np.asarray(named_sectors.sum(axis=1)).ravel() > 0

    false = dict.fromkeys(REASON_TYPES, 0)
    shown = dict.fromkeys(REASON_TYPES, 0)
    claims_ok: list[bool] = []
    by_city_claims: dict[str, list[bool]] = {}
    recall_hits, answering = 0, 0
    for r in rows.tolist():
        ckey, skey = run.city_keys[int(city[r])], run.startup_keys[int(result.startup[r])]
        if ckey not in data.judgements:
            continue
        answers = data.answers.get(ckey, {}).get(skey, ())
        grade = data.judgements[ckey].get(skey, 0)
        client = skey in clients[ckey]
        named = challenge_key[challenge[r]] if challenge[r] >= 0 else None
        if answers and not client:
            answering += 1
            recall_hits += named in answers
        ranking = rankings[ckey]
        in_top = skey in ranking[:TOP] or (client and _rank(run, r) <= TOP)
        if not in_top:
            continue
        if client:
            shown["existing_client_recommended"] += 1
            false["existing_client_recommended"] += 1
            continue
        if named is not None:
            ok = named in answers
            claims_ok.append(ok)
            by_city_claims.setdefault(ckey, []).append(ok)
            shown["answers_challenge"] += 1
            false["answers_challenge"] += not ok
        if fits[r]:
            shown["fits_profile"] += 1
            false["fits_profile"] += (not data.cities[ckey].profile.strip()) or grade == 0
        if shown_sector[r]:
            shown["priority_sectors"] += 1
            false["priority_sectors"] += bool(wrong_sector[r])
        if said_similar[r]:
            shown["similar_size"] += 1
            false["similar_size"] += not claims.similar_size(
                d_pop[r : r + 1], c_pop[r : r + 1], TRUE_SIZE_RATIO
            )[0]
        if ready[r]:
            shown["ready_for_size"] += 1
            false["ready_for_size"] += not (c_pop[r] > 0 and largest[r] * TRUE_SIZE_RATIO >= c_pop[r])
    worst = min(
        ((k, float(np.mean(v))) for k, v in by_city_claims.items()), key=lambda x: x[1], default=("", 1.0)
    )
    return Assessment(
        ndcg_at_5=float(np.mean(ndcg)),
        relevance_ndcg_at_5=float(np.mean(relevance_ndcg)),
        first_pick_in_top_3=float(np.mean(picks)) if picks else 0.0,
        near_misses_in_top_3=near,
        answers_precision=float(np.mean(claims_ok)) if claims_ok else 0.0,
        answers_claims=len(claims_ok),
        answers_recall=recall_hits / answering if answering else 0.0,
        answering_pairs=answering,
        worst_city_precision=worst,
        false_reasons={t: (false[t], shown[t]) for t in REASON_TYPES},
        per_pair=pairs.per_pair,
        per_pair_groups=pairs.groups,
        per_city=per_city,
    )


def _rank(run: _Run, row: int) -> int:
    """The row's rank in its city's list, existing clients included (the engine before trust showed them)."""
    city = run.result.city[row]
    rows = np.flatnonzero(run.result.city == city)
    return int((run.result.score[rows] > run.result.score[row]).sum()) + 1


def _without(data: EvalSet, clients: dict[str, set[str]]) -> EvalSet:
    judgements = {
        city: {s: g for s, g in grades.items() if s not in clients[city]}
        for city, grades in data.judgements.items()
    }
    return replace(data, judgements=judgements)
