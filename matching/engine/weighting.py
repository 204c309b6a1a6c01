"""TF-IDF weighting of raw counts in sparse rows (``matching.engine.text``): kept columns, sublinear tf times
idf, l2-normalised rows, document frequencies and scikit-learn's smooth idf. Pure numpy and scipy."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from .types import IntArray


def _column_map(columns: IntArray, width: int) -> npt.NDArray[np.int32]:
    remap = np.full(width, -1, dtype=np.int32)
    remap[columns] = np.arange(columns.shape[0], dtype=np.int32)
    return remap


def _keep_columns(
    m: sp.csr_array, columns: IntArray, remap: npt.NDArray[np.int32] | None = None
) -> sp.csr_array:
    """The columns ``columns`` (sorted) of ``m``, renumbered 0..len-1 (one gather through a column map)."""
    m = sp.csr_array(m)
    if not columns.size or not m.nnz:
        return sp.csr_array((m.shape[0], columns.shape[0]))
    if remap is None:
        remap = _column_map(columns, m.shape[1])
    new = remap[m.indices]
    hit = new >= 0
    kept_per_row = np.add.reduceat(hit.astype(np.int64), m.indptr[:-1].clip(max=m.nnz - 1))
    kept_per_row[np.diff(m.indptr) == 0] = 0  # reduceat gives an empty row its next entry
    indptr = np.zeros(m.shape[0] + 1, dtype=np.int64)
    np.cumsum(kept_per_row, out=indptr[1:])
    return sp.csr_array((m.data[hit], new[hit], indptr), shape=(m.shape[0], columns.shape[0]))


def _tfidf(counts: sp.csr_array, idf: npt.NDArray[np.float64]) -> sp.csr_array:
    """Sublinear tf (1 + ln tf) times idf, rows l2-normalised (empty rows stay empty)."""
    out = sp.csr_array(counts, dtype=np.float64, copy=True)
    out.sum_duplicates()
    out.data = (1.0 + np.log(out.data)) * idf[out.indices]
    return _l2(out)


def _l2(m: sp.csr_array) -> sp.csr_array:
    out = sp.csr_array(m, copy=True)
    lengths = np.diff(out.indptr)
    if not out.nnz:
        return out
    squares = np.add.reduceat(out.data * out.data, out.indptr[:-1].clip(max=out.nnz - 1))
    squares[lengths == 0] = 0.0
    norms = np.sqrt(squares)
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    out.data *= np.repeat(scale, lengths)
    return out


def _document_frequency(counts: sp.csr_array) -> npt.NDArray[np.int64]:
    """Documents each column occurs in (rows hold summed duplicates, so one entry per document)."""
    return np.bincount(counts.indices, minlength=counts.shape[1])


def _smooth_idf(df: npt.NDArray[np.int64], n_docs: int) -> npt.NDArray[np.float64]:
    """scikit-learn's smooth idf: ln((1 + n) / (1 + df)) + 1."""
    return np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
