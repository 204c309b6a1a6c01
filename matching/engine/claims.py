"""The rules a reason must satisfy before the portal shows it, as vectorised tests over stored pairs.

Each reason type has one rule here, with its threshold and its evidence; ``matching.reasons.build`` renders a
reason only where its rule holds, and ``matching.evaluation`` counts how often a shown reason is false.

=====================  ============================================================================
reason                 rule (evidence, threshold)
=====================  ============================================================================
answers_challenge      the engine named the challenge: its evidence e(h) (text cosine with stop words
                       removed, blended with the calibrated embedding cosine, see ``kernel``) is at least
                       ``MatchParams.answer_threshold``
relevant_solution      the city has a profile text and the listing's evidence e(profile) is at least
                       ``PROFILE_THRESHOLD`` ("fits your city's profile"; ``PROFILE_THRESHOLD_TEXT``
                       and ``answer_threshold_text`` without embeddings)
shared_sectors         the listing's sectors that are the city's *priority* sectors
challenge_sectors      otherwise, the listing's sectors that are only the answered challenge's sectors
reference_deployment   a deployment of the listing; "similar size" only when both populations are known
                       and within ×``proof_size_ratio`` (2) of each other; "same region" when both
                       regions are known and equal
ready_for_size         a deployed listing whose largest known deployment is at least 1/``proof_size_ratio``
                       of the city's population (both known); a pilot when the city's readiness for it is
                       at least ``READY`` (cities of up to about 480,000 inhabitants with open challenges)
works_in_languages     languages of the city that the startup or the listing lists
targets_region         the city's region is among the startup's target regions
=====================  ============================================================================

A member city where the startup already runs is never recommended to it (``kernel``), so no reason about it
is built. Pure: numpy and scipy only.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from .evidence import binary_rows
from .kernel import largest_deployment
from .text import TextIndex
from .types import BoolArray, CityCatalogue, FloatArray, IntArray, MatchParams, MatchResult, StartupCatalogue

PROFILE_THRESHOLD = 0.4
"""Evidence e(profile) from which a listing is said to fit a city's profile."""
PROFILE_THRESHOLD_TEXT = 0.2
"""The same bar when the engine runs without sentence embeddings (words and concepts only)."""
READY = 0.8
"""Readiness from which a pilot-stage listing is said to suit a first deployment in the city."""


def _pairs(city: npt.ArrayLike, listing: npt.ArrayLike) -> tuple[IntArray, IntArray]:
    return np.asarray(city, dtype=np.int64), np.asarray(listing, dtype=np.int64)


def with_embeddings(text_index: TextIndex, startups: StartupCatalogue, params: MatchParams) -> bool:
    """Whether the engine's evidence blends sentence embeddings (else words and concepts only)."""
    return params.embedding_weight > 0 and text_index.listing_embeddings(startups) is not None


def fits_profile(evidence: FloatArray, embedded: bool = True) -> BoolArray:
    return evidence >= (PROFILE_THRESHOLD if embedded else PROFILE_THRESHOLD_TEXT)


def stored_profile_evidence(cities: CityCatalogue, result: MatchResult) -> FloatArray:
    """``result.profile_evidence`` (the kernel's e(profile) of each pair) with 0 for cities without a
    profile text, whatever their stale vectors say."""
    has_profile = np.fromiter((bool(t.strip()) for t in cities.profile_text), bool, len(cities))
    return np.where(has_profile[result.city.astype(np.int64)], result.profile_evidence, 0.0)


def priority_sectors(
    cities: CityCatalogue, startups: StartupCatalogue, *, city: npt.ArrayLike, listing: npt.ArrayLike
) -> sp.csr_array:
    """(P, S) 0/1: the listing's sectors that the city lists as priorities (not its challenges')."""
    city, listing = _pairs(city, listing)
    return binary_rows(startups.listings.sectors[listing] * cities.sectors[city])


def challenge_sectors(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    *,
    city: npt.ArrayLike,
    listing: npt.ArrayLike,
    challenge: npt.ArrayLike,
) -> sp.csr_array:
    """(P, S) 0/1: the listing's sectors shared with the answered challenge (-1: none) and not a priority."""
    city, listing = _pairs(city, listing)
    challenge = np.asarray(challenge, dtype=np.int64)
    ch = cities.challenges
    sectors = sp.csr_array(ch.sectors[np.maximum(challenge, 0)]) if len(ch) else None
    if sectors is None:
        return sp.csr_array((city.shape[0], startups.listings.sectors.shape[1]))
    sectors = sp.csr_array(sp.diags((challenge >= 0).astype(np.float64)) @ sectors)
    shared = binary_rows(startups.listings.sectors[listing] * sectors)
    return binary_rows(shared - shared * cities.sectors[city])


def similar_size(deployment_population: FloatArray, city_population: FloatArray, ratio: float) -> BoolArray:
    """Both populations known and within ×``ratio`` of each other."""
    d, c = np.asarray(deployment_population, float), np.asarray(city_population, float)
    return (d > 0) & (c > 0) & (np.maximum(d, c) <= ratio * np.minimum(d, c))


def ready_for_size(
    startups: StartupCatalogue,
    cities: CityCatalogue,
    params: MatchParams,
    *,
    city: npt.ArrayLike,
    listing: npt.ArrayLike,
    readiness: FloatArray,
) -> tuple[BoolArray, BoolArray, FloatArray]:
    """(deployed and proportionate, pilot suited to a first deployment, largest deployment) per pair."""
    city, listing = _pairs(city, listing)
    maturity = startups.listings.maturity[listing].astype(np.int64)
    largest = largest_deployment(startups, listing)
    population = cities.population[city]
    deployed = (maturity == 2) & (population > 0) & (largest > 0)
    deployed &= params.proof_size_ratio * largest >= population
    pilot = (maturity == 1) & (np.asarray(readiness) >= READY)
    return deployed, pilot, largest
