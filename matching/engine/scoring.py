"""Public scoring entry points: the whole catalogue, a subset of startups, a subset of cities.

All three share one loop: listings grouped by startup are cut into chunks of about ``params.chunk_size``
listings (whole startups only); each chunk is scored against every city of the slice at once with sparse
products and numpy (``kernel.score_listings``), reduced to each startup's best listing per city, and then
folded into the per-startup top K (complete within the chunk) and the running per-city top K. No Python
loop ever runs over pairs. Startups without a published listing produce no pairs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from functools import cache, wraps
from typing import ParamSpec, TypeVar

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from threadpoolctl import ThreadpoolController

from . import hubness
from .evidence import best_deployments, overseas
from .kernel import (
    FLOAT_FIELDS,
    INT_FIELDS,
    CitySide,
    best_listing_per_startup,
    largest_deployment,
    prepare_cities,
    score_listings,
    slot_layout,
)
from .parallel import fork_map
from .text import TextIndex
from .topk import RunningTopK, top_k
from .types import CityCatalogue, IntArray, MatchParams, MatchResult, StartupCatalogue

_FIELDS = (*FLOAT_FIELDS, *INT_FIELDS)
_PAYLOAD = {
    **{name: np.float64 for name in FLOAT_FIELDS if name != "score"},
    **dict.fromkeys(INT_FIELDS, np.int64),
}


MIN_STARTUPS_PER_PROCESS = 500  # fewer: not worth a fork
_P = ParamSpec("_P")
_R = TypeVar("_R")


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def _single_threaded_blas(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run with one BLAS thread: the engine's matrix products are small and many, and OpenBLAS threads
    spinning against the chunk threads made a full score 1.5× slower (measured)."""

    @wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _blas().limit(limits=1, user_api="blas"):
            return func(*args, **kwargs)

    return wrapper


def _city_slice(cities: CityCatalogue, city_indices: npt.ArrayLike | None) -> IntArray:
    if city_indices is None:
        return np.arange(len(cities), dtype=np.int64)
    cols = np.unique(np.asarray(city_indices, dtype=np.int64))
    if cols.size and (cols[0] < 0 or cols[-1] >= len(cities)):
        raise IndexError("city index out of range")
    return cols


def _listing_rows(startups: StartupCatalogue, startup_indices: npt.ArrayLike | None) -> IntArray:
    """Listing indices of the chosen startups, grouped by startup (ascending), ascending within one."""
    owners = startups.listings.startup
    if startup_indices is None:
        rows = np.arange(owners.shape[0], dtype=np.int64)
    else:
        chosen = np.zeros(len(startups), dtype=bool)
        chosen[np.asarray(startup_indices, dtype=np.int64)] = True
        rows = np.flatnonzero(chosen[owners])
    return rows[np.argsort(owners[rows], kind="stable")]


def _prepare(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    cols: IntArray,
    rows: IntArray,
    params: MatchParams,
    text_index: TextIndex,
) -> tuple[CitySide, sp.csr_array]:
    """The prepared city slice and the vectors of listing ``rows`` (tokenising only new or edited texts).

    The prepared slice is cached on the ``cities`` object (last few slices, per text index and params), so
    a worker that keeps its catalogue between incremental re-scores prepares the city side once.
    """
    vectors = text_index.listing_vectors(startups, rows)
    startups.deployments.by_listing(len(startups.listings))  # fill the caches before threads read them
    largest_deployment(startups, rows[:0])
    _embedding_inputs(cities, startups, params, text_index)  # fill the caches before threads or forks
    n_regions = startups.target_regions.shape[1]
    cache: dict[tuple[bytes, MatchParams, int], tuple[TextIndex, CitySide]]
    cache = cities.__dict__.setdefault("_prepared_slices", {})
    key = (cols.tobytes(), params, n_regions)
    hit = cache.get(key)
    if hit is not None and hit[0] is text_index:
        return hit[1], vectors
    side = prepare_cities(cities, text_index, cols, params, n_regions)
    if len(cache) >= 4:
        cache.pop(next(iter(cache)))
    cache[key] = (text_index, side)
    return side, vectors


def _embedding_inputs(
    cities: CityCatalogue, startups: StartupCatalogue, params: MatchParams, text_index: TextIndex
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The centred listing embeddings and their hubness penalties (None when the engine runs without)."""
    if params.embedding_weight <= 0:
        return None, None
    return (
        text_index.listing_embeddings(startups),
        hubness.hub_penalty(text_index, startups, cities, params.embedding_hub_weight),
    )


def _blocks(
    side: CitySide,
    startups: StartupCatalogue,
    rows: IntArray,
    vectors: sp.csr_array,
    params: MatchParams,
    chunk_size: int | None = None,
    embeddings: np.ndarray | None = None,
    hub: np.ndarray | None = None,
) -> Iterator[tuple[IntArray, dict[str, np.ndarray]]]:
    """Yield ``(startups (t,), fields (t, m))`` chunk by chunk (startups in no particular order)."""
    if rows.size == 0 or side.n_cities == 0:
        return
    chunk_size = chunk_size or params.chunk_size
    owners = startups.listings.startup[rows]
    group_starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    # snap every multiple of chunk_size back to the start of the startup it falls in
    cuts = group_starts[np.searchsorted(group_starts, np.arange(0, rows.size, chunk_size), "right") - 1]
    bounds = np.r_[np.unique(cuts), rows.size]
    spans = list(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True))

    def score_chunk(lo: int, hi: int) -> tuple[IntArray, dict[str, np.ndarray]]:
        positions, owners_out, slots = slot_layout(np.arange(lo, hi), owners[lo:hi])
        chunk = rows[positions]
        embedded = side.profile_embedding is not None and embeddings is not None
        parts, answered = score_listings(
            side,
            startups,
            chunk,
            sp.csr_array(vectors[positions]),
            params,
            embeddings[chunk] if embedded else None,
            hub[chunk] if embedded and hub is not None else None,
        )
        return owners_out, best_listing_per_startup(side, chunk, slots, parts, answered)

    if params.threads <= 1 or len(spans) == 1:
        for span in spans:
            yield score_chunk(*span)
        return
    # numpy and scipy's sparse kernels release the GIL: chunks score in parallel, results come in order,
    # at most `threads` chunks in flight so memory stays bounded
    with ThreadPoolExecutor(params.threads) as pool:
        pending: deque[Future[tuple[IntArray, dict[str, np.ndarray]]]] = deque()
        for span in spans:
            pending.append(pool.submit(score_chunk, *span))
            if len(pending) >= params.threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _finish(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    cols: IntArray,
    params: MatchParams,
    columns: dict[str, np.ndarray],
) -> MatchResult:
    if params.exclude_existing_clients or startups.hidden is not None:
        keep = columns["score"] >= 0  # -1: the startup already runs in the city, or feedback hid the pair
        if not keep.all():
            columns = {name: values[keep] for name, values in columns.items()}
    city, listing = columns["city"], columns["listing"]
    return MatchResult(
        city=city.astype(np.int32, copy=False),
        startup=columns["startup"].astype(np.int32, copy=False),
        **{name: columns[name].astype(np.float64, copy=False) for name in FLOAT_FIELDS},
        listing=listing.astype(np.int32, copy=False),
        challenge=columns["challenge"].astype(np.int32, copy=False),
        deployment=best_deployments(cities, startups, city=city, listing=listing, params=params).astype(
            np.int32
        ),
        overseas=overseas(cities, startups, city=city, startup=columns["startup"]),
        city_rank=columns["city_rank"].astype(np.int32, copy=False),
        startup_rank=columns["startup_rank"].astype(np.int32, copy=False),
        city_indices=cols,
        params=params,
    )


@_single_threaded_blas
def score_all(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    params: MatchParams | None = None,
    text_index: TextIndex | None = None,
    *,
    city_indices: npt.ArrayLike | None = None,
) -> MatchResult:
    """Top K per city and top K per startup over the whole catalogue (the union, each pair once).

    Both ranks are filled. ``text_index=None`` fits one on the given catalogue (the slow, tokenising part).

    ``city_indices`` scores only a slice of the cities, so that a full re-score can be shared by several
    workers. Give every worker the same ``text_index`` and disjoint slices. Within a slice, each city's top K
    is complete and final. A startup's top K (and ``startup_rank``) only covers the slice's cities. Pass all
    slices' results to ``merge_startup_topk``: a startup's global top K is contained in the union of its
    per-slice top Ks, so re-ranking that union is exact.
    """
    params = params or MatchParams()
    if text_index is None:
        text_index = TextIndex.fit(
            cities,
            startups,
            min_df=params.text_min_df,
            concept_weight=params.concept_weight,
            processes=params.processes,
            stop_words=params.stop_words,
            concept_match=params.concept_match,
        )
    cols = _city_slice(cities, city_indices)
    if params.processes > 1 and len(startups) >= 2 * MIN_STARTUPS_PER_PROCESS:
        return _score_forked(cities, startups, params, text_index, cols)
    return _score_both_sides(cities, startups, params, text_index, cols)


def _score_both_sides(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    params: MatchParams,
    text_index: TextIndex,
    cols: IntArray,
    startup_indices: IntArray | None = None,
) -> MatchResult:
    """``score_all`` in this process, for the cities ``cols`` and the startups ``startup_indices`` (all:
    None). A startup's top K is complete; a city's covers these startups only."""
    rows = _listing_rows(startups, startup_indices)
    side, vectors = _prepare(cities, startups, cols, rows, params, text_index)
    scored = np.unique(startups.listings.startup[rows])
    m, n_scored = cols.size, scored.size
    ks, kc = min(params.k, m), min(params.k, n_scored)
    capacity = n_scored * ks + m * kc
    out = {name: np.zeros(capacity, dtype=np.int32 if name in INT_FIELDS else np.float64) for name in _FIELDS}
    for name in ("city", "startup", "city_rank", "startup_rank"):
        out[name] = np.zeros(capacity, dtype=np.int32)
    city_top = RunningTopK(m, kc, _PAYLOAD)
    block_row = np.full(len(startups), -1, dtype=np.int64)
    done = 0
    embeddings, hub = _embedding_inputs(cities, startups, params, text_index)
    for owners, data in _blocks(side, startups, rows, vectors, params, embeddings=embeddings, hub=hub):
        t = owners.size
        block_row[owners] = np.arange(done, done + t)
        pos = top_k(data["score"], cols, ks)
        span = slice(done * ks, (done + t) * ks)
        out["city"][span] = cols[pos].ravel()
        out["startup"][span] = np.repeat(owners, ks)
        out["startup_rank"][span] = np.tile(np.arange(1, ks + 1), t)
        for name in _FIELDS:
            out[name][span] = np.take_along_axis(data[name], pos, axis=1).ravel()
        city_top.update(data["score"].T, owners, {name: data[name].T for name in _PAYLOAD})
        done += t

    # City side: mark the pairs already in the startup block, append the others.
    city_pos, rank0 = np.nonzero(city_top.filled)
    startup = city_top.key[city_pos, rank0]
    row = block_row[startup]
    block_city = out["city"][: n_scored * ks].reshape(n_scored, ks)
    hit = block_city[row] == cols[city_pos][:, None]
    found = hit.any(axis=1)
    if found.any():
        out["city_rank"][row[found] * ks + hit[found].argmax(axis=1)] = rank0[found] + 1
    extra = np.flatnonzero(~found)
    span = slice(n_scored * ks, n_scored * ks + extra.size)
    ec, er = city_pos[extra], rank0[extra]
    out["city"][span] = cols[ec]
    out["startup"][span] = startup[extra]
    out["score"][span] = city_top.score[ec, er]
    for name, values in city_top.payload.items():
        out[name][span] = values[ec, er]
    out["city_rank"][span] = er + 1
    used = n_scored * ks + extra.size
    return _finish(cities, startups, cols, params, {name: values[:used] for name, values in out.items()})


def _score_forked(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    params: MatchParams,
    text_index: TextIndex,
    cols: IntArray,
) -> MatchResult:
    """``score_all`` with the startups shared out among forked processes, each share scored against every
    city (shares of about the same number of listings, so they take about as long). A startup's top K is
    final in its share, and a city's global top K lies within the union of the shares' top Ks, so
    re-ranking the city side of that union (``_merge_city_topk``) gives the same pairs and ranks as one
    process. The city side is prepared once, before the fork, and shared by the children."""
    alone = replace(params, processes=1)
    _prepare(cities, startups, cols, _listing_rows(startups, None), alone, text_index)
    listings = np.cumsum(np.bincount(startups.listings.startup, minlength=len(startups)))
    processes = min(params.processes, len(startups) // MIN_STARTUPS_PER_PROCESS)
    cuts = np.searchsorted(listings, listings[-1] * np.arange(1, processes) / processes)
    bounds = np.unique(np.r_[0, cuts, len(startups)])
    shares = [np.arange(lo, hi) for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)]
    results = fork_map(
        lambda share: _score_both_sides(cities, startups, alone, text_index, cols, share),
        shares,
        label="scoring",
    )
    merged = _merge_city_topk(results, params.k)
    merged.params = params
    return merged


def _rerank(merged: dict[str, np.ndarray], *, own: str, other: str, k: int) -> None:
    """Recompute ``own``'s ranks (1..k, 0: out) over the rows it ranked: by score, ties to the lower index
    on the other side."""
    rank_name = f"{own}_rank"
    candidate = np.flatnonzero(merged[rank_name] > 0)
    order = candidate[
        np.lexsort((merged[other][candidate], -merged["score"][candidate], merged[own][candidate]))
    ]
    owners = merged[own][order]
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    rank = np.arange(order.size) - np.repeat(starts, np.diff(np.r_[starts, order.size])) + 1
    merged[rank_name][:] = 0
    merged[rank_name][order] = np.where(rank <= k, rank, 0)


def _merge_city_topk(results: Sequence[MatchResult], k: int) -> MatchResult:
    """Merge ``_score_both_sides`` results of disjoint startup shares (same cities): startup ranks are kept,
    city ranks recomputed over the union of the shares' per-city top Ks; rows in neither top K dropped."""
    merged = {name: np.concatenate([getattr(r, name) for r in results]) for name in MatchResult.ROW_FIELDS}
    _rerank(merged, own="city", other="startup", k=k)
    keep = (merged["city_rank"] > 0) | (merged["startup_rank"] > 0)
    picked = {name: values[keep] for name, values in merged.items()}
    return MatchResult(**picked, city_indices=results[0].city_indices, params=results[0].params)


def _score_every_pair(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    cols: IntArray,
    rows: IntArray,
    params: MatchParams,
    text_index: TextIndex,
    *,
    rank_cities: bool,
    rank_startups: bool,
) -> MatchResult:
    side, vectors = _prepare(cities, startups, cols, rows, params, text_index)
    m = cols.size
    scored = np.unique(startups.listings.startup[rows])
    city_top = RunningTopK(m, min(params.k, scored.size), {})
    pieces: list[dict[str, np.ndarray]] = []
    block_row = np.full(len(startups), -1, dtype=np.int64)
    done = 0
    # a few cities: larger chunks (the work per chunk is listings × (cities + challenges)), at most 16×
    width = side.n_cities + side.challenge_rows.shape[0]
    chunk_size = params.chunk_size * min(16, max(1, 4000 // max(width, 1)))
    embeddings, hub = _embedding_inputs(cities, startups, params, text_index)
    for owners, data in _blocks(side, startups, rows, vectors, params, chunk_size, embeddings, hub):
        t = owners.size
        block_row[owners] = np.arange(done, done + t)
        done += t
        piece = {name: data[name].ravel() for name in _FIELDS}
        piece["city"] = np.tile(cols, t)
        piece["startup"] = np.repeat(owners, m)
        rank = np.zeros((t, m), dtype=np.int32)
        if rank_startups:
            pos = top_k(data["score"], cols, params.k)
            np.put_along_axis(rank, pos, np.arange(1, pos.shape[1] + 1, dtype=np.int32)[None, :], axis=1)
        piece["startup_rank"] = rank.ravel()
        pieces.append(piece)
        if rank_cities:
            city_top.update(data["score"].T, owners, {})
    names = (*_FIELDS, "city", "startup", "startup_rank")
    columns = {
        name: np.concatenate([p[name] for p in pieces]) if pieces else np.zeros(0, np.int64) for name in names
    }
    columns["city_rank"] = np.zeros(columns["city"].shape[0], dtype=np.int32)
    if rank_cities and pieces:
        city_pos, rank0 = np.nonzero(city_top.filled)
        flat = block_row[city_top.key[city_pos, rank0]] * m + city_pos
        columns["city_rank"][flat] = rank0 + 1
    return _finish(cities, startups, cols, params, columns)


@_single_threaded_blas
def score_startups(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    startup_indices: npt.ArrayLike,
    params: MatchParams,
    text_index: TextIndex,
) -> MatchResult:
    """Re-score some startups against every city (after a listing, profile or language change).

    Returns every (startup, city) pair of those startups, with ``startup_rank`` filled (their top K is
    complete) and ``city_rank`` left 0: a city's rank depends on startups not scored here. The caller
    updates each city's stored top K from the pairs: a pair enters when its score beats the city's stored
    K-th (same tie rule: the lower startup index wins on equal scores), pushing the K-th out. A startup that
    was in a city's top K and now scores below the stored K-th leaves a gap that only a rescore of that city
    (``score_cities``) can fill, since the K+1-th is not stored.

    Listing texts are vectorised with ``text_index`` (only new or changed texts are tokenised); the city
    side uses its cached vectors. Use the index the stored scores were computed with.
    """
    rows = _listing_rows(startups, startup_indices)
    cols = np.arange(len(cities), dtype=np.int64)
    return _score_every_pair(
        cities, startups, cols, rows, params, text_index, rank_cities=False, rank_startups=True
    )


@_single_threaded_blas
def score_cities(
    cities: CityCatalogue,
    startups: StartupCatalogue,
    city_indices: npt.ArrayLike,
    params: MatchParams,
    text_index: TextIndex,
) -> MatchResult:
    """Re-score some cities against every startup (after a profile or challenge change): the mirror of
    ``score_startups``.

    Returns every pair of those cities, with ``city_rank`` filled (their top K is complete) and
    ``startup_rank`` left 0; the caller updates the startups' stored top K from the pairs as described in
    ``score_startups``, with the roles swapped (ties: the lower city index wins).
    """
    cols = _city_slice(cities, city_indices)
    rows = _listing_rows(startups, None)
    return _score_every_pair(
        cities, startups, cols, rows, params, text_index, rank_cities=True, rank_startups=False
    )


def merge_startup_topk(results: Sequence[MatchResult], k: int | None = None) -> MatchResult:
    """Merge ``score_all`` results of disjoint city slices into the result of the whole catalogue.

    City ranks are kept (each city's top K was complete in its slice). Startup ranks are recomputed over
    the union of the slices' per-startup top Ks; rows that end up in neither top K are dropped.
    """
    if not results:
        raise ValueError("nothing to merge")
    cols = np.concatenate([r.city_indices for r in results])
    if np.unique(cols).size != cols.size:
        raise ValueError("city slices overlap")
    params = results[0].params
    k = params.k if k is None else k
    merged = {name: np.concatenate([getattr(r, name) for r in results]) for name in MatchResult.ROW_FIELDS}
    _rerank(merged, own="startup", other="city", k=k)
    keep = (merged["city_rank"] > 0) | (merged["startup_rank"] > 0)
    picked = {name: values[keep] for name, values in merged.items()}
    return MatchResult(**picked, city_indices=np.sort(cols), params=params)
