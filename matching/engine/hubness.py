"""The hubness correction of the sentence-embedding evidence (``MatchParams.embedding_hub_weight``).

A listing whose text sits close to every city's needs (a "hub", typically a generic platform) has a high
embedding cosine with every challenge, so it would claim to answer many of them. Its hubness r is the mean of
its ``HUB_K`` highest centred cosines with the city side's texts (every profile and open challenge with an
embedding); the kernel takes ``w·(r - μ)`` off its embedding cosines, with μ the mean r of the catalogue the
text index was fitted on (``TextIndex.hub_mean``, stored with the index). This is the listing half of CSLS
(cross-domain similarity local scaling, Conneau et al. 2018). Pure numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from .centres import EmbeddingCentres
from .types import CityCatalogue, StartupCatalogue


class CentredIndex(Protocol):
    """What this module reads of ``text.TextIndex`` (which imports this module)."""

    centres: EmbeddingCentres | None
    hub_mean: float | None

    def centred(self, vectors: np.ndarray | None, languages: Sequence[str]) -> np.ndarray | None: ...

    def listing_embeddings(self, startups: StartupCatalogue) -> np.ndarray | None: ...


HUB_K = 5
"""Nearest city-side texts whose mean cosine measures a listing's hubness."""
HUB_BATCH = 4096


def _same(a: tuple, b: tuple) -> bool:
    """The same objects (not equal ones): what a cache keyed on the catalogue's arrays compares."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def city_side(index: CentredIndex, cities: CityCatalogue) -> tuple[np.ndarray, np.ndarray] | None:
    """The city side's centred embeddings (float64, and float32 for finding neighbours), without the texts
    that have none; cached on the catalogue for these centres, so that an incremental re-score of one
    listing costs one small product. None without embeddings."""
    key = (index.centres, cities.challenges)
    cached = cities.__dict__.get("_hub_city_side")
    if cached is not None and _same(cached[0], key):
        return cached[1]
    profile = index.centred(cities.profile_embedding, cities.profile_language)
    challenge = index.centred(cities.challenges.embedding, cities.challenges.language)
    if profile is None or challenge is None:
        return None
    both = np.vstack([profile, challenge])
    both = both[np.any(both != 0, axis=1)]
    sides = (both, both.astype(np.float32))
    cities.__dict__["_hub_city_side"] = (key, sides)
    return sides


def listing_hubness(
    index: CentredIndex, startups: StartupCatalogue, cities: CityCatalogue
) -> np.ndarray | None:
    """r for every listing (0 for a listing without an embedding); None without embeddings. Cached on the
    catalogue for this index's centres and this city side."""
    lst = startups.listings
    key = (index.centres, cities, cities.challenges)
    cached = lst.__dict__.get("_hubness")
    if cached is not None and _same(cached[0], key):
        return cached[1]
    listing = index.listing_embeddings(startups)
    sides = city_side(index, cities)
    if listing is None or sides is None:
        return None
    exact_side, fast_side = sides
    out = np.zeros(listing.shape[0])
    k = min(HUB_K, exact_side.shape[0])
    if k:
        for lo in range(0, listing.shape[0], HUB_BATCH):  # bounded memory: batch × city-side texts
            x = listing[lo : lo + HUB_BATCH]
            # the nearest k found in float32 (fast), their cosines then taken again in float64, so that r
            # does not depend on how the product was cut
            cos = x.astype(np.float32) @ fast_side.T
            nearest = np.argpartition(cos, fast_side.shape[0] - k, axis=1)[:, -k:]
            exact = np.einsum("nd,nkd->nk", x, exact_side[nearest])
            out[lo : lo + HUB_BATCH] = np.sort(exact, axis=1).mean(axis=1)
        out[~np.any(listing != 0, axis=1)] = 0.0
    lst.__dict__["_hubness"] = (key, out)
    return out


def hub_penalty(
    index: CentredIndex, startups: StartupCatalogue, cities: CityCatalogue, weight: float
) -> np.ndarray | None:
    """w·(r - μ) per listing: what the kernel takes off its embedding cosines. None without embeddings,
    without a weight, or for an index fitted before the correction (no μ)."""
    if weight <= 0 or index.hub_mean is None:
        return None
    r = listing_hubness(index, startups, cities)
    return None if r is None else weight * (r - index.hub_mean)
