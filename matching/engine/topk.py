"""Deterministic top-K selection on score matrices, and the running per-city merge across chunks.

Order everywhere: score descending, then the lower index (startup index on a city's side, city index on a
startup's side). This total order makes the top K a well-defined set even with ties, so the chunked, sliced
and incremental paths all agree with each other and with the reference.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from .types import FloatArray, IntArray

NO_KEY = np.iinfo(np.int64).max


def top_k(scores: FloatArray, keys: npt.NDArray[np.int64], k: int) -> IntArray:
    """Column positions of the best ``k`` entries of each row, best first.

    ``scores`` is (r, m); ``keys`` (r, m) or (m,) breaks ties (lower first). Returns (r, min(k, m)).
    ``argpartition`` does the work; rows where equal scores straddle the K-th place (rare) are fully sorted
    so the lower keys win.
    """
    r, m = scores.shape
    k = min(k, m)
    keys = np.broadcast_to(keys, scores.shape)
    if k == 0:
        return np.zeros((r, 0), dtype=np.int64)
    if k < m:
        pos = np.argpartition(scores, m - k, axis=1)[:, m - k :]
        kth = np.take_along_axis(scores, pos, axis=1).min(axis=1)
        straddling = np.flatnonzero((scores >= kth[:, None]).sum(axis=1) > k)
        if straddling.size:
            order = np.lexsort((keys[straddling], -scores[straddling]), axis=-1)
            pos[straddling] = order[:, :k]
    else:
        pos = np.broadcast_to(np.arange(m), (r, m)).copy()
    order = np.lexsort(
        (np.take_along_axis(keys, pos, axis=1), -np.take_along_axis(scores, pos, axis=1)), axis=-1
    )
    return np.take_along_axis(pos, order, axis=1)


class RunningTopK:
    """Best ``k`` entries per row (one row per city) kept while column blocks (chunks of startups) arrive.

    Holds ``score`` and ``key`` (the startup index) plus any number of payload fields, each (rows, k).
    Empty slots have score -inf and key ``NO_KEY``; ``filled`` tells the real ones.
    """

    def __init__(self, n_rows: int, k: int, payload: dict[str, npt.DTypeLike]) -> None:
        self.k = k
        self.score = np.full((n_rows, k), -np.inf)
        self.key = np.full((n_rows, k), NO_KEY, dtype=np.int64)
        self.payload = {name: np.zeros((n_rows, k), dtype=dtype) for name, dtype in payload.items()}

    def update(self, score: FloatArray, key: IntArray, payload: dict[str, npt.NDArray[np.generic]]) -> None:
        """Merge a block: ``score`` and each payload are (rows, t), ``key`` is (t,)."""
        rows, width = score.shape[0], self.k + score.shape[1]
        both = np.hstack([self.score, score])
        keys = np.hstack([self.key, np.broadcast_to(key, score.shape)])
        flat = top_k(both, keys, self.k) + (np.arange(rows) * width)[:, None]
        self.score = both.ravel()[flat]
        self.key = keys.ravel()[flat]
        for name, current in self.payload.items():
            self.payload[name] = np.hstack([current, payload[name]]).ravel()[flat]

    @property
    def filled(self) -> npt.NDArray[np.bool_]:
        return self.score > -np.inf
