"""The vectorised scoring kernel: every component for a block of listings × a slice of cities.

Formulas (n a listing of startup t, c a city; the calling flow is in the package docstring):

relevance   Evidence of a text d (the city's profile, or one open challenge h): e(d) = (1 - β)·cos(listing, d)
            + β·cal(emb(listing)·emb(d)) with β = embedding_weight, cos the cosine of the word-and-concept
            vectors (stop words removed, see ``text``), emb the sentence embedding with its language's centre
            taken out (``centres``), cal(x) = clip((x - floor) / (ceiling - floor), 0, 1) that cosine read
            on a 0–1 scale; where either text has no embedding, e(d) = cos. Before calibration the embedding
            cosine loses the listing's hubness penalty w·(r - μ) (``MatchParams.embedding_hub_weight``,
            ``hubness``): a listing close to every city's needs is not close to any one.
            cp = e(profile c); ch = max over open challenges h of c of e(h), h* its argmax (lowest index on
            ties); relevance = clip(max(cp, ch), 0, 1) ** relevance_exponent.
            The pair answers challenge h* when ch ≥ answer_threshold (answer_threshold_text when the engine
            runs without embeddings; before trust, also ch > cp).
sector_fit  base = |Ls ∩ Cs| / |Ls| with Ls the listing's sectors and Cs the city's priority sectors ∪ its
            open challenges' sectors (0 when Ls is empty); cov = |Ls ∩ Hs| / |Hs| for the answered challenge
            (0 if none); sector_fit = (1 - b)·base + b·cov with b = sector_challenge_bonus.
proof       W = Σ over the listing's deployments d of 1 + region_bonus·[region d = region c, known]
            + size_bonus·[both populations known, within ×size_ratio of each other]; proof = W / (W + half).
reach       U = startup's languages ∪ listing's languages, k = |U ∩ city languages|;
            lang = 0.5·[k ≥ 1] + 0.5·k/|city languages| (0 if the city lists none);
            reg = [city region ∈ startup's target regions] (reach_untargeted if the startup states none);
            reach = a·lang + (1 - a)·reg with a = reach_language_weight.
readiness   s = clip(ln(pop/low) / ln(high/low), 0, 1) (0.5 if unknown), m = maturity, o = [open challenges];
            r = clip(base[m] - size_penalty[m]·s + challenge_bonus[m]·o, 0, 1). For a deployed listing
            (readiness_proportionate) r is multiplied by q = 0.5 + 0.5·min(1, size_ratio·D / pop) with D its
            largest known deployment (q = 1 when the city's population is unknown, 0.5 when no deployment's
            is): a product proven in a town is not ready for a megacity.
total       g = min(1, relevance / relevance_gate) (1 without a gate);
            total = 100 · (w_r·relevance + g·Σ_{i≠r} wᵢ·componentᵢ) / Σ wᵢ, so a pair without evidence of
            relevance cannot climb a city's list on sector, proof, reach and readiness alone. A pair whose
            startup already runs in the city (a reference deployment there) scores -1 when
            exclude_existing_clients: the city is a client, not a recommendation. A startup–city score is its
            best listing's (lowest listing index on ties).
feedback    A pair in ``StartupCatalogue.hidden`` scores -1 (not stored); for a (startup, challenge) pair in
            ``StartupCatalogue.lowered``, e(h) of the startup's listings is multiplied by
            feedback_challenge_factor before the max over challenges (``matching.feedback``).
freshness   total is multiplied by the startup's freshness f ∈ (0, 1] (``StartupCatalogue.freshness``): 1 for
            a current profile, ``stale_factor`` for one left stale past its grace period (matching.inputs).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from .text import TextIndex
from .types import COMPONENTS, CityCatalogue, FloatArray, IntArray, MatchParams, StartupCatalogue

FLOAT_FIELDS = ("score", *COMPONENTS, "profile_evidence")
INT_FIELDS = ("listing", "challenge")


DENSE_TERM_DENSITY = 0.01
"""A term goes through BLAS when (listing density × city-side density) is at least this: such frequent terms
make the sparse product's output dense and cost ~100× more there. The listing density comes from the text
index's cached listing vectors (none cached: every term goes the sparse way). Speed only: scores do not
depend on it beyond float rounding (≈ 1e-16)."""


@dataclass(eq=False)
class TermSplit:
    """Columns of the vocabulary split into frequent terms (dense BLAS product), the other terms of the city
    slice's documents (sparse product) and terms the slice never uses (dropped: they add nothing to a dot
    product with the slice, and a slice of a few cities then multiplies only a few columns)."""

    dense_cols: IntArray  # (F,) ascending
    sparse_cols: IntArray  # (Vs,) ascending

    @classmethod
    def choose(cls, listing_vectors: sp.csr_array, city_vectors: sp.csr_array) -> TermSplit:
        v = listing_vectors.shape[1]
        city_df = np.bincount(city_vectors.indices, minlength=v)
        density = city_df / max(city_vectors.shape[0], 1)
        density *= np.bincount(listing_vectors.indices, minlength=v) / max(listing_vectors.shape[0], 1)
        dense = density >= DENSE_TERM_DENSITY
        return cls(np.flatnonzero(dense), np.flatnonzero((city_df > 0) & ~dense))

    def split(self, m: sp.csr_array) -> tuple[FloatArray, sp.csr_array]:
        """``m`` as (its frequent columns, dense (n, F); its other used columns, CSR (n, Vs))."""
        return m[:, self.dense_cols].toarray(), sp.csr_array(m[:, self.sparse_cols])


@dataclass(eq=False)
class CitySide:
    """Everything about a slice of m cities that the kernel needs, prepared once per scoring call."""

    cols: IntArray  # (m,) city indices, ascending
    terms: TermSplit
    profile_dense_t: FloatArray  # (F, m)
    profile_rest_t: sp.csr_array  # (Vs, m)
    challenge_rows: IntArray  # (h,) challenge indices in slot-major order, see slot_layout
    challenge_dense: FloatArray  # (h, F)
    challenge_rest: sp.csr_array  # (h, Vs)
    group_cols: IntArray  # (G,) city position of each city with open challenges, most challenges first
    slot_bounds: list[int]  # slots of challenge_rows, see slot_layout
    challenge_bits: npt.NDArray[np.uint64]  # (h + 1,) sector bit masks, last entry 0 (no challenge)
    challenge_cover_weight: FloatArray  # (h + 1,) b / |challenge sectors| (0 if none), last entry 0
    sectors: FloatArray  # (m, S) priority ∪ open challenge sectors
    languages: FloatArray  # (m, L)
    any_language_weight: FloatArray  # (m,) 0.5 if the city lists languages, else 0
    per_language_weight: FloatArray  # (m,) 0.5 / |city languages| (0 if none)
    region: IntArray  # (m,)
    region_onehot: FloatArray  # (R, m) 1 where the city is in region r
    population: FloatArray  # (m,)
    size: FloatArray  # (m,) 0 small … 1 megacity
    has_open: FloatArray  # (m,) 0/1
    profile_embedding: npt.NDArray[np.float32] | None = None  # (m, d), zero rows where there is none
    challenge_embedding: npt.NDArray[np.float32] | None = None  # (h, d) in challenge_rows order

    @property
    def n_cities(self) -> int:
        return int(self.cols.shape[0])


def city_size(population: FloatArray, params: MatchParams) -> FloatArray:
    low, high = params.readiness_population_low, params.readiness_population_high
    safe = np.where(population > 0, population, low)
    size = np.clip(np.log(safe / low) / np.log(high / low), 0.0, 1.0)
    return np.where(population > 0, size, 0.5)


def prepare_cities(
    cities: CityCatalogue,
    text_index: TextIndex,
    cols: IntArray,
    params: MatchParams,
    n_regions: int,
) -> CitySide:
    """Prepare the slice ``cols`` (frequent terms picked against the index's cached listing vectors)."""
    ch = cities.challenges
    position = np.full(len(cities), -1, dtype=np.int64)
    position[cols] = np.arange(cols.shape[0])
    challenge_pos = position[ch.city]
    selected = np.flatnonzero(challenge_pos >= 0)
    rows, group_cols, slot_bounds = slot_layout(selected, challenge_pos[selected])
    challenge_sectors = ch.sectors[rows].toarray()
    if challenge_sectors.shape[1] > 64:
        raise ValueError("the engine supports at most 64 sectors")
    sector_count = challenge_sectors.sum(axis=1)
    cover_weight = np.divide(
        params.sector_challenge_bonus, sector_count, out=np.zeros(rows.shape[0]), where=sector_count > 0
    )
    language_count = cities.languages[cols].sum(axis=1)
    region = cities.region[cols]
    targetable = np.flatnonzero((region >= 0) & (region < n_regions))
    onehot = np.zeros((n_regions, cols.shape[0]))
    onehot[region[targetable], targetable] = 1.0
    profiles = text_index.profile_vectors(cities, cols)
    challenges = text_index.challenge_vectors(cities, rows)
    terms = TermSplit.choose(text_index.listings.vectors, sp.vstack([profiles, challenges], format="csr"))
    profile_dense, profile_rest = terms.split(profiles)
    challenge_dense, challenge_rest = terms.split(challenges)
    with_embeddings = params.embedding_weight > 0 and text_index.centres is not None
    profile_embedding = text_index.centred(cities.profile_embedding, cities.profile_language)
    challenge_embedding = text_index.centred(ch.embedding, ch.language)
    with_embeddings = with_embeddings and profile_embedding is not None and challenge_embedding is not None
    return CitySide(
        cols=cols,
        terms=terms,
        profile_dense_t=np.ascontiguousarray(profile_dense.T),
        profile_rest_t=sp.csr_array(profile_rest.T),
        challenge_rows=rows,
        challenge_dense=challenge_dense,
        challenge_rest=challenge_rest,
        group_cols=group_cols,
        slot_bounds=slot_bounds,
        challenge_bits=np.r_[sector_bits(challenge_sectors), np.uint64(0)],
        challenge_cover_weight=np.r_[cover_weight, 0.0],
        sectors=cities.sector_sets[cols].toarray(),
        languages=cities.languages[cols].toarray(),
        any_language_weight=np.where(language_count > 0, 0.5, 0.0),
        per_language_weight=np.divide(
            0.5, language_count, out=np.zeros(cols.shape[0]), where=language_count > 0
        ),
        region=region,
        region_onehot=onehot,
        population=cities.population[cols],
        size=city_size(cities.population[cols], params),
        has_open=(cities.open_challenge_count[cols] > 0).astype(np.float64),
        profile_embedding=np.ascontiguousarray(profile_embedding[cols]) if with_embeddings else None,
        challenge_embedding=np.ascontiguousarray(challenge_embedding[rows]) if with_embeddings else None,
    )


def slot_layout(items: IntArray, keys: IntArray) -> tuple[IntArray, IntArray, list[int]]:
    """Order ``items`` so that a per-key max/argmax is a short loop over slices (``slot_argmax``).

    Items sharing a key form a group. Groups are sorted by size, largest first (then by key); slot j holds
    the j-th item (in the given order) of every group that has more than j, as one contiguous block. The
    first slot therefore has one row per group. Returns (items in that order, key of each group, bounds of
    the slots). The loop that follows runs over slots (≤ the largest group), never over groups or pairs.
    """
    order = np.lexsort((np.arange(items.shape[0]), keys))
    items, keys = items[order], keys[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if items.size else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[starts, items.shape[0]])
    by_size = np.argsort(-sizes, kind="stable")
    starts, sizes = starts[by_size], sizes[by_size]
    per_slot = [int((sizes > j).sum()) for j in range(int(sizes.max(initial=0)))]
    layout = np.concatenate([starts[:g] + j for j, g in enumerate(per_slot)]) if per_slot else starts
    return items[layout], keys[starts], np.r_[0, np.cumsum(per_slot)].astype(int).tolist()


def slot_argmax(values: FloatArray, bounds: list[int]) -> tuple[FloatArray, npt.NDArray[np.int32]]:
    """Per group (row of the first slot): max over its rows of ``values`` and the first row reaching it."""
    groups = bounds[1]
    best = values[:groups].copy()
    for j in range(1, len(bounds) - 1):
        lo, hi = bounds[j], bounds[j + 1]
        np.maximum(values[lo:hi], best[: hi - lo], out=best[: hi - lo])
    # then the first slot reaching the max: walk slots backwards so the lowest one is written last
    # (a masked copyto in the loop above would be ~5× slower)
    slot = np.zeros(best.shape, dtype=np.int16 if len(bounds) < 32_000 else np.int32)
    for j in range(len(bounds) - 2, 0, -1):
        lo, hi = bounds[j], bounds[j + 1]
        slot[: hi - lo] = np.where(values[lo:hi] == best[: hi - lo], j, slot[: hi - lo])
    start = np.asarray(bounds[:-1], dtype=np.int32)
    return best, start[slot] + np.arange(groups, dtype=np.int32)[:, None]


def calibrate(cosine: npt.NDArray[np.floating], params: MatchParams) -> npt.NDArray[np.floating]:
    """An embedding cosine on the model's scale: 0 at ``embedding_floor`` or below, 1 at the ceiling."""
    low, high = params.embedding_floor, params.embedding_ceiling
    out = np.subtract(cosine, low, out=np.asarray(cosine).copy())
    out /= high - low
    return np.clip(out, 0.0, 1.0, out=out)


def _blend(
    text: FloatArray, embedding: npt.NDArray[np.float32], present: npt.NDArray[np.bool_], beta: float, p
) -> FloatArray:
    """(1 - β)·text + β·cal(embedding) where both texts have an embedding (``present``), else text."""
    mixed = calibrate(embedding, p).astype(np.float64, copy=False)
    mixed -= text
    mixed *= beta
    mixed *= present
    text += mixed
    return text


def _relevance(
    side: CitySide,
    x: sp.csr_array,
    x_embedding: npt.NDArray[np.float32] | None,
    params: MatchParams,
    lowered: sp.csr_array | None = None,
    x_hub: FloatArray | None = None,
) -> tuple[FloatArray, IntArray, FloatArray]:
    """(relevance, answered challenge position in side.challenge_rows or -1, the evidence cp about the
    city's profile), all (n, m). ``lowered`` (n, H): the listings' (startup, challenge) feedback marks;
    ``x_hub`` (n,): the listings' hubness penalties (None: no correction)."""
    n, m = x.shape[0], side.n_cities
    x_dense, x_rest = side.terms.split(x)
    profile_cos = x_dense @ side.profile_dense_t
    profile_cos += (x_rest @ side.profile_rest_t).toarray()
    embedded = x_embedding is not None and side.profile_embedding is not None
    if embedded:
        beta = params.embedding_weight
        x_has = np.any(x_embedding != 0, axis=1)
        profile_has = np.any(side.profile_embedding != 0, axis=1)
        profile_emb = x_embedding @ side.profile_embedding.T
        if x_hub is not None:
            profile_emb -= x_hub[:, None]
        _blend(profile_cos, profile_emb, x_has[:, None] & profile_has, beta, params)
    best = np.full((n, m), -1.0)
    answered = np.full((n, m), -1, dtype=np.int32)
    if side.challenge_rows.shape[0]:
        # challenges × listings, so that the per-city reductions run over contiguous rows
        cos = side.challenge_dense @ x_dense.T
        cos += (side.challenge_rest @ sp.csr_array(x_rest.T)).toarray()
        if embedded:
            challenge_has = np.any(side.challenge_embedding != 0, axis=1)
            challenge_emb = side.challenge_embedding @ x_embedding.T
            if x_hub is not None:
                challenge_emb -= x_hub[None, :]
            _blend(cos, challenge_emb, challenge_has[:, None] & x_has, beta, params)
        if lowered is not None and lowered.nnz:
            marked = lowered[:, side.challenge_rows].toarray().T > 0
            cos[marked] *= params.feedback_challenge_factor
        group_max, group_arg = slot_argmax(cos, side.slot_bounds)
        del cos
        best[:, side.group_cols] = group_max.T
        answered[:, side.group_cols] = group_arg.T
    unanswered = best < (params.answer_threshold if embedded else params.answer_threshold_text)
    if params.answer_over_profile:
        unanswered |= best <= profile_cos
    answered[unanswered] = -1
    profile_evidence = profile_cos.copy()
    raw = np.maximum(profile_cos, best, out=profile_cos)
    np.clip(raw, 0.0, 1.0, out=raw)
    relevance = np.sqrt(raw, out=raw) if params.relevance_exponent == 0.5 else raw**params.relevance_exponent
    return relevance, answered, profile_evidence


def _sector_fit(side: CitySide, listing_sectors: FloatArray, answered: IntArray, b: float) -> FloatArray:
    """Sector sets as bit masks (S ≤ 64): the answered challenge's coverage is one popcount per pair."""
    n, m = answered.shape
    count = listing_sectors.sum(axis=1)[:, None]
    fit = np.divide(listing_sectors @ side.sectors.T, count, out=np.zeros((n, m)), where=count > 0)
    fit *= 1.0 - b
    if side.challenge_rows.shape[0] == 0:
        return fit
    listing_bits = sector_bits(listing_sectors)[:, None]
    common = np.bitwise_count(listing_bits & side.challenge_bits[answered])  # answered -1 → the 0 sentinel
    fit += common * side.challenge_cover_weight[answered]
    return fit


def sector_bits(sectors: FloatArray) -> npt.NDArray[np.uint64]:
    """Rows of a dense 0/1 (·, S ≤ 64) matrix as bit masks."""
    weights = np.left_shift(np.uint64(1), np.arange(sectors.shape[1], dtype=np.uint64))
    return (
        (sectors > 0).astype(np.uint64) @ weights
        if sectors.shape[1]
        else np.zeros(sectors.shape[0], np.uint64)
    )


def deployment_weights(
    dep_region: IntArray,
    dep_population: FloatArray,
    city_region: IntArray,
    city_population: FloatArray,
    params: MatchParams,
) -> FloatArray:
    """w_d for deployments × cities, broadcasting like ``dep[:, None]`` against ``city[None, :]``."""
    same_region = (dep_region == city_region) & (city_region >= 0)
    ratio = params.proof_size_ratio
    similar = (
        (dep_population > 0)
        & (city_population > 0)
        & (dep_population <= ratio * city_population)
        & (city_population <= ratio * dep_population)
    )
    return 1.0 + params.proof_region_bonus * same_region + params.proof_size_bonus * similar


def _proof(side: CitySide, startups: StartupCatalogue, rows: IntArray, params: MatchParams) -> FloatArray:
    n, m = rows.shape[0], side.n_cities
    dep = startups.deployments
    order, indptr = dep.by_listing(len(startups.listings))
    lengths = indptr[rows + 1] - indptr[rows]
    total = int(lengths.sum())
    if total == 0:
        return np.zeros((n, m))
    owner_ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=owner_ptr[1:])
    picked = order[np.repeat(indptr[rows] - owner_ptr[:-1], lengths) + np.arange(total)]
    weights = deployment_weights(
        dep.region[picked][:, None], dep.population[picked][:, None], side.region, side.population, params
    )
    owner = sp.csr_array((np.ones(total), np.arange(total), owner_ptr), shape=(n, total))
    w = owner @ weights
    return w / (w + params.proof_half)


def _reach(side: CitySide, startups: StartupCatalogue, rows: IntArray, params: MatchParams) -> FloatArray:
    owners = startups.listings.startup[rows]
    spoken = (startups.listings.languages[rows] + startups.languages[owners]).toarray() > 0
    shared = spoken.astype(np.float64) @ side.languages.T
    a = params.reach_language_weight
    # lang = 0.5·[k ≥ 1] + 0.5·k/|city languages|, 0 for cities listing none
    reach = (shared > 0) * side.any_language_weight
    reach += shared * side.per_language_weight
    reach *= a
    targets = startups.target_regions[owners].toarray()
    region = targets @ side.region_onehot
    region[targets.sum(axis=1) == 0] = params.reach_untargeted
    region *= 1.0 - a
    reach += region
    return reach


def largest_deployment(startups: StartupCatalogue, rows: IntArray) -> FloatArray:
    """The population of each listing's largest known deployment (0: none known)."""
    dep, n = startups.deployments, len(startups.listings)
    largest = dep.__dict__.get("_largest")
    if largest is None or largest.shape[0] != n:
        largest = np.zeros(n)
        np.maximum.at(largest, dep.listing, dep.population)
        dep.__dict__["_largest"] = largest
    return largest[rows]


def _readiness(side: CitySide, startups: StartupCatalogue, rows: IntArray, params: MatchParams) -> FloatArray:
    m = startups.listings.maturity[rows].astype(np.int64)
    base = np.asarray(params.readiness_base)[m][:, None]
    penalty = np.asarray(params.readiness_size_penalty)[m][:, None]
    bonus = np.asarray(params.readiness_challenge_bonus)[m][:, None]
    ready = np.clip(base - penalty * side.size + bonus * side.has_open, 0.0, 1.0)
    if params.readiness_proportionate:
        ready *= proportion(largest_deployment(startups, rows), side.population, m, params)
    return ready


def proportion(
    largest: FloatArray, population: FloatArray, maturity: IntArray, params: MatchParams
) -> FloatArray:
    """q (n, m) of the readiness formula: 1 for listings that are not deployed or cities of unknown size."""
    deployed = (maturity == 2)[:, None]
    share = np.minimum(1.0, params.proof_size_ratio * largest[:, None] / np.maximum(population, 1.0)[None, :])
    q = 0.5 + 0.5 * share
    return np.where(deployed & (population > 0)[None, :], q, 1.0)


def existing_clients(side: CitySide, startups: StartupCatalogue, rows: IntArray) -> npt.NDArray[np.bool_]:
    """(n, m): the listing's startup has a reference deployment in the city (a member city's row)."""
    out = np.zeros((rows.shape[0], side.n_cities), dtype=bool)
    dep = startups.deployments
    known = np.flatnonzero(dep.city >= 0)
    if not known.size:
        return out
    position = np.full(int(max(dep.city.max(), side.cols.max(initial=0))) + 1, -1, dtype=np.int64)
    position[side.cols] = np.arange(side.n_cities)
    in_slice = known[position[dep.city[known]] >= 0]
    if not in_slice.size:
        return out
    owner = startups.listings.startup
    clients = sp.csr_array(
        (np.ones(in_slice.size), (owner[dep.listing[in_slice]], position[dep.city[in_slice]])),
        shape=(len(startups), side.n_cities),
    )
    return clients[owner[rows]].toarray() > 0


def score_listings(
    side: CitySide,
    startups: StartupCatalogue,
    rows: IntArray,
    x: sp.csr_array,
    params: MatchParams,
    x_embedding: npt.NDArray[np.float32] | None = None,
    x_hub: FloatArray | None = None,
) -> tuple[dict[str, FloatArray], IntArray]:
    """All components and the total for listings ``rows`` (vectors ``x``, centred sentence embeddings
    ``x_embedding`` or None, hubness penalties ``x_hub`` or None) × the slice: (n, m) arrays, plus the
    answered challenge's position in ``side.challenge_rows`` (-1 none)."""
    owners = startups.listings.startup[rows]
    lowered = startups.lowered[owners] if startups.lowered is not None else None
    relevance, answered, profile_evidence = _relevance(side, x, x_embedding, params, lowered, x_hub)
    listing_sectors = startups.listings.sectors[rows].toarray()
    parts = {
        "relevance": relevance,
        "sector_fit": _sector_fit(side, listing_sectors, answered, params.sector_challenge_bonus),
        "proof": _proof(side, startups, rows, params),
        "reach": _reach(side, startups, rows, params),
        "readiness": _readiness(side, startups, rows, params),
    }
    w = params.weights
    weighted = w[1] * parts[COMPONENTS[1]]
    for weight, name in zip(w[2:], COMPONENTS[2:], strict=True):
        weighted += weight * parts[name]
    if params.relevance_gate > 0:
        weighted *= np.minimum(1.0, relevance / params.relevance_gate)
    weighted += w[0] * relevance
    weighted *= 100.0 / sum(w)
    weighted *= startups.freshness[startups.listings.startup[rows]][:, None]
    if params.exclude_existing_clients:
        weighted[existing_clients(side, startups, rows)] = -1.0
    if startups.hidden is not None and startups.hidden.nnz:
        weighted[startups.hidden[owners][:, side.cols].toarray() > 0] = -1.0
    parts["score"] = weighted
    parts["profile_evidence"] = profile_evidence
    return parts, answered


def best_listing_per_startup(
    side: CitySide,
    rows: IntArray,
    bounds: list[int],
    parts: dict[str, FloatArray],
    answered: IntArray,
) -> dict[str, np.ndarray]:
    """Reduce listing rows laid out by ``slot_layout`` (keyed by startup) to one row per startup (its first
    slot): the startup's best listing for each city, lowest listing index on ties.

    Returns fields (t, m): the float fields plus ``listing`` and ``challenge`` (global indices, -1 none).
    """
    if rows.shape[0] == 0:
        return {name: np.zeros((0, side.n_cities)) for name in (*FLOAT_FIELDS, *INT_FIELDS)}
    _, pick = slot_argmax(parts["score"], bounds)
    flat = pick * side.n_cities + np.arange(side.n_cities)  # gather one flat index for every field
    out: dict[str, np.ndarray] = {name: parts[name].ravel()[flat] for name in FLOAT_FIELDS}
    out["listing"] = rows[pick]
    position = answered.ravel()[flat]
    challenge = np.full(position.shape, -1, dtype=np.int64)
    has = position >= 0
    challenge[has] = side.challenge_rows[position[has]]
    out["challenge"] = challenge
    return out
