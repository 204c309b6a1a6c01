"""The evidence behind a match's reasons, computed for given pairs only (vectorised): shared languages and
sectors, the concepts shared most, the best supporting reference deployment, and whether the startup is
abroad.

The shared-code functions return a (P, L) or (P, S) 0/1 CSR matrix, one row per pair. The codes of pair
``i`` are ``m.indices[m.indptr[i]:m.indptr[i + 1]]`` (ascending); ``np.split(m.indices, m.indptr[1:-1])``
gives them all as a list of arrays, ready for a PostgreSQL ``smallint[]`` column in COPY.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from .kernel import deployment_weights
from .text import TextIndex
from .types import BoolArray, CityCatalogue, IntArray, MatchParams, StartupCatalogue


def binary_rows(matrix: sp.csr_array) -> sp.csr_array:
    out = sp.csr_array(matrix)
    out.eliminate_zeros()
    out.data[:] = 1.0
    out.sort_indices()
    return out


def shared_languages(
    cities: CityCatalogue, startups: StartupCatalogue, *, city: npt.ArrayLike, listing: npt.ArrayLike
) -> sp.csr_array:
    """Languages of the city that the startup works in or the listing supports: (P, L) 0/1."""
    city = np.asarray(city, dtype=np.int64)
    listing = np.asarray(listing, dtype=np.int64)
    owners = startups.listings.startup[listing]
    spoken = binary_rows(startups.listings.languages[listing] + startups.languages[owners])
    return binary_rows(spoken * cities.languages[city])


def shared_sectors(
    cities: CityCatalogue, startups: StartupCatalogue, *, city: npt.ArrayLike, listing: npt.ArrayLike
) -> sp.csr_array:
    """Sectors of the listing that the city prioritises or has open challenges in: (P, S) 0/1."""
    city = np.asarray(city, dtype=np.int64)
    listing = np.asarray(listing, dtype=np.int64)
    return binary_rows(startups.listings.sectors[listing] * cities.sector_sets[city])


def overseas(
    cities: CityCatalogue, startups: StartupCatalogue, *, city: npt.ArrayLike, startup: npt.ArrayLike
) -> BoolArray:
    """True where the startup's country differs from the city's."""
    city_country = cities.country[np.asarray(city, dtype=np.int64)]
    return city_country != startups.country[np.asarray(startup, dtype=np.int64)]


def best_deployments(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    *,
    city: npt.ArrayLike,
    listing: npt.ArrayLike,
    params: MatchParams,
    batch: int = 1_000_000,
) -> IntArray:
    """For each pair, the listing's reference deployment with the highest weight for that city
    (same region and similar size count most; lowest deployment index on ties), -1 if it has none."""
    city = np.asarray(city, dtype=np.int64)
    listing = np.asarray(listing, dtype=np.int64)
    out = np.full(city.shape[0], -1, dtype=np.int64)
    dep = startups.deployments
    order, indptr = dep.by_listing(len(startups.listings))
    for lo in range(0, city.shape[0], batch):  # bounded memory: pairs × deployments per pair
        c, li = city[lo : lo + batch], listing[lo : lo + batch]
        lengths = indptr[li + 1] - indptr[li]
        has = np.flatnonzero(lengths > 0)
        if has.size == 0:
            continue
        lengths_has = lengths[has]
        ptr = np.zeros(has.size + 1, dtype=np.int64)
        np.cumsum(lengths_has, out=ptr[1:])
        total = int(ptr[-1])
        picked = order[np.repeat(indptr[li[has]] - ptr[:-1], lengths_has) + np.arange(total)]
        pair_city = np.repeat(c[has], lengths_has)
        w = deployment_weights(
            dep.region[picked],
            dep.population[picked],
            cities.region[pair_city],
            cities.population[pair_city],
            params,
        )
        best = np.maximum.reduceat(w, ptr[:-1])
        group = np.repeat(np.arange(has.size), lengths_has)
        first = np.where(w == best[group], np.arange(total), total)
        out[lo + has] = picked[np.minimum.reduceat(first, ptr[:-1])]
    return out


def shared_concepts(
    text_index: TextIndex,
    cities: CityCatalogue,
    startups: StartupCatalogue,
    *,
    city: npt.ArrayLike,
    listing: npt.ArrayLike,
    challenge: npt.ArrayLike,
    top: int = 2,
) -> IntArray:
    """For each pair, the ``top`` concepts the listing shares most with the challenge it answers (with the
    city's profile where ``challenge`` is -1): a (P, top) array of concept indices of the text index's
    vocabulary, strongest first, -1 where fewer are shared."""
    city = np.asarray(city, dtype=np.int64)
    listing = np.asarray(listing, dtype=np.int64)
    challenge = np.asarray(challenge, dtype=np.int64)
    out = np.full((city.shape[0], top), -1, dtype=np.int64)
    if not city.shape[0] or not text_index.model.n_concepts:
        return out
    side = text_index.concept_part(text_index.listing_vectors(startups))[listing]
    # the answered challenge's row where there is one, else the city's profile row: one gather from both
    # (concept columns first: gathering whole vectors for every pair would copy all their word entries)
    documents = text_index.concept_part(
        sp.vstack([text_index.profile_vectors(cities), text_index.challenge_vectors(cities)], format="csr")
    )
    other = documents[np.where(challenge >= 0, len(cities) + challenge, city)]
    product = sp.csr_array(side.multiply(other))
    product.eliminate_zeros()
    if not product.nnz:
        return out
    rows = np.repeat(np.arange(product.shape[0]), np.diff(product.indptr))
    order = np.lexsort((product.indices, -product.data, rows))  # by row, strongest first, then lower index
    rows, columns = rows[order], product.indices[order]
    starts = np.searchsorted(rows, np.arange(product.shape[0]))
    rank = np.arange(rows.shape[0]) - starts[rows]
    keep = rank < top
    out[rows[keep], rank[keep]] = columns[keep]
    return out
