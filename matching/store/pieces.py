"""Row text for PostgreSQL's COPY, encoded without per-row Python: every distinct piece of row text (an id
followed by its tab, a reason such as "answers challenge 17, concepts …", the fixed-width scores of one row)
is encoded once; a row is a short sequence of piece ids, chosen for all rows with numpy, and `gather` joins
the pieces' bytes block by block."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

import numpy as np
import scipy.sparse as sp

DECIMALS = 6  # scores are stored to the millionth


class Pieces:
    """The distinct pieces of row text, each encoded once; piece 0 is empty. `add` returns the ids of the
    new pieces, and a row is a sequence of ids (`_gather`). Reasons are also remembered by what they
    describe, so that the rows of a later chunk reuse them."""

    def __init__(self) -> None:
        self.items: list[bytes] = [b""]
        self._reasons: dict[tuple[str, object], int] = {}

    def _extend(self, encoded: list[bytes]) -> np.ndarray:
        start = len(self.items)
        self.items.extend(encoded)
        return np.arange(start, len(self.items), dtype=np.int64)

    def add(self, texts: Iterable[str]) -> np.ndarray:
        return self._extend([text.encode() for text in texts])

    def add_rows(self, matrix: np.ndarray) -> np.ndarray:
        """Each row of a (m, w) uint8 matrix of text (no NUL byte) as a piece."""
        m, w = matrix.shape
        return self._extend(
            np.ascontiguousarray(matrix).view(f"S{w}").reshape(m).tolist() if w else [b""] * m
        )

    def reasons(self, kind: str, keys: list, render: Callable[[object], str]) -> np.ndarray:
        """The reason piece of each key, ``render(key)`` (a JSON object, or "" for none) for keys not seen
        before. Each reason is added twice, as is and after a comma (its id + 1), for a later place in the
        row's array; an empty one is piece 0."""
        ids = np.zeros(len(keys), dtype=np.int64)
        new = []
        for position, key in enumerate(keys):
            known = self._reasons.get((kind, key))
            if known is None:
                new.append(position)
            else:
                ids[position] = known
        texts = [render(keys[position]) for position in new]
        added = self.add([text for fragment in texts for text in (fragment, "," + fragment)])[::2]
        for position, text, piece in zip(new, texts, added.tolist(), strict=True):
            ids[position] = self._reasons[(kind, keys[position])] = piece if text else 0
        return ids


def gather(pieces: Pieces, slots: np.ndarray) -> bytes:
    """The bytes of the pieces `slots` names (a (rows, s) array of piece ids), row after row: one C-level
    join of the shared piece objects, no string built per row."""
    return b"".join(map(pieces.items.__getitem__, slots.ravel().tolist()))


def fixed(values: np.ndarray, whole_digits: int, decimals: int = DECIMALS) -> np.ndarray:
    """Non-negative numbers as fixed-width text (zero-padded, e.g. 084.927478), a (n, width) uint8 matrix
    built with integer arithmetic: no float-to-text conversion per value."""
    scaled = np.rint(np.asarray(values, dtype=np.float64) * 10**decimals).astype(np.int64)
    if scaled.size and (scaled.min() < 0 or scaled.max() >= 10 ** (whole_digits + decimals)):
        raise ValueError(f"scores must lie in [0, {10**whole_digits}) to be stored")
    powers = 10 ** np.arange(whole_digits + decimals - 1, -1, -1, dtype=np.int64)
    digits = ((scaled[:, None] // powers) % 10 + ord("0")).astype(np.uint8)
    point = np.full((len(scaled), 1), ord("."), dtype=np.uint8)
    return np.hstack([digits[:, :whole_digits], point, digits[:, whole_digits:]])


def json_text(fragment: dict) -> str:
    """A reason as compact JSON, escaped for COPY's text format (backslashes doubled)."""
    return json.dumps(fragment, ensure_ascii=False, separators=(",", ":")).replace("\\", "\\\\")


def pick(pieces: Pieces, kind: str, keys: np.ndarray, render: Callable[[int], str]) -> np.ndarray:
    """The reason piece of `render(key)` for each row's key (-1: none), rendered once per distinct key: an
    incremental re-score of one startup renders a few reasons, not one per challenge or city."""
    used, inverse = np.unique(keys, return_inverse=True)
    ids = pieces.reasons(kind, used.tolist(), lambda key: render(key) if key >= 0 else "")
    return ids[inverse] if len(used) else np.zeros(0, np.int64)


def by_set(pieces: Pieces, kind: str, matrix: sp.csr_array, render: Callable[[tuple], str]) -> np.ndarray:
    """The reason piece of each row of a 0/1 matrix, rendered once per distinct set of columns.

    Rows are told apart by a random-weight fingerprint (a float64 per row), so grouping costs one sparse
    product and a np.unique, not a Python loop over rows."""
    weights = np.random.default_rng(7).random(matrix.shape[1]) + 0.5
    fingerprint = matrix @ weights
    _, first, inverse = np.unique(fingerprint, return_index=True, return_inverse=True)
    indptr, indices = matrix.indptr, matrix.indices
    sets = [tuple(indices[indptr[row] : indptr[row + 1]].tolist()) for row in first.tolist()]
    return pieces.reasons(kind, sets, render)[inverse] if len(first) else np.zeros(0, np.int64)
