"""The fitted text index as the worker keeps it: fitted on the whole corpus (`fit_index`), the raw term counts
cached on disk between runs, the run's weights stored in its row (`dump_index`, `load_index`), and a
per-process cache of the current run's index and city side for the incremental re-scores."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from django.conf import settings

from matching.engine import CityCatalogue, MatchParams, TextIndex
from matching.engine.counts import TermCounts
from matching.engine.text import IndexFormatError
from matching.inputs import Catalogue, Names, ReferenceColumns, unscored_texts

log = logging.getLogger(__name__)
COUNTS_VERSION = 2  # 2: keys digest the text's language and the tokenising modes too


def fit_index(cat: Catalogue, params: MatchParams) -> TextIndex:
    """Fit the text model on the whole corpus, tokenising only the texts the counts cache lacks; then keep
    the counts of this corpus for the next run."""
    extra_texts, extra_languages = unscored_texts(cat)
    index = TextIndex.fit(
        cat.cities,
        cat.startups,
        min_df=params.text_min_df,
        extra_texts=extra_texts,
        extra_languages=extra_languages,
        concept_weight=params.concept_weight,
        counts=load_term_counts(),
        processes=params.processes,
        stop_words=params.stop_words,
        concept_match=params.concept_match,
    )
    if index.counts is not None:
        save_term_counts(index.counts)
    return index


def _counts_path() -> Path:
    return Path(settings.MATCHING["CACHE_DIR"]) / "term-counts.npz"


def save_term_counts(counts: TermCounts) -> None:
    """Write the counts cache atomically (a reader sees the old file or the new one)."""
    path = _counts_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    words, concepts = counts.words, counts.concepts
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npz", delete=False) as handle:
        np.savez(
            handle,
            version=np.array(COUNTS_VERSION),
            keys=counts.keys,
            fingerprint=np.array(counts.concept_fingerprint),
            w_indptr=words.indptr,
            w_indices=words.indices,
            w_data=words.data.astype(np.float32),
            w_shape=np.array(words.shape),
            c_indptr=concepts.indptr,
            c_indices=concepts.indices,
            c_data=concepts.data.astype(np.float32),
            c_shape=np.array(concepts.shape),
        )
    os.replace(handle.name, path)


def load_term_counts() -> TermCounts | None:
    """The counts cache, or None when it is missing, unreadable or of another format (then texts are
    tokenised again: the cache never changes a result)."""
    try:
        with np.load(_counts_path(), allow_pickle=False) as data:
            if int(data["version"]) != COUNTS_VERSION:
                return None
            words = sp.csr_array(
                (data["w_data"].astype(np.float64), data["w_indices"], data["w_indptr"]),
                shape=tuple(data["w_shape"]),
            )
            concepts = sp.csr_array(
                (data["c_data"].astype(np.float64), data["c_indices"], data["c_indptr"]),
                shape=tuple(data["c_shape"]),
            )
            return TermCounts(data["keys"], words, concepts, str(data["fingerprint"]))
    except (OSError, KeyError, ValueError):
        return None


def dump_index(index: TextIndex) -> bytes:
    """The fitted weights only, in the engine's versioned format (``TextIndex.to_bytes``, no pickle): the
    cached document vectors are rebuilt where needed, and the raw counts live in the counts cache (large,
    and not needed to transform)."""
    return index.to_bytes()


def load_index(blob: bytes) -> TextIndex:
    """A run's stored weights. A blob this code does not read (an older run's pickle, another format
    version) is never unpickled: it loads as a stale placeholder, so that an incremental re-score makes a
    full run instead, as for a run fitted with another concept vocabulary."""
    try:
        index = TextIndex.from_bytes(blob)
    except IndexFormatError as error:
        log.warning("The run's stored text index is unusable (%s): re-scoring will refit it.", error)
        return TextIndex.placeholder()
    index.counts = load_term_counts()  # lets a slice or an incremental re-score skip tokenising again
    return index


class WarmCache:
    """Per-process cache for incremental re-scores: the current run's fitted index and the city side.

    Keyed by the run and a fingerprint of the city side, so a new nightly run or any city edit reloads it."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.cities: CityCatalogue | None = None
        self.index: TextIndex | None = None
        self.columns: ReferenceColumns | None = None
        self.names: Names | None = None

    def clear(self) -> None:
        self.key = None
        self.cities = self.index = self.columns = self.names = None


warm = WarmCache()
