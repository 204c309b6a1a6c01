"""Raw term counts of texts, kept between fits: hashed words and bigrams, and concept hits, keyed by a digest
of each text with what its counts depend on besides (its language under per-language stop words, the
tokenising modes: ``Analyser.count_key``), so that a full run tokenises only the texts that changed since the
last one."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from .types import IntArray

HASHED_FEATURES = 1 << 22
"""Columns words and bigrams are hashed into: collisions are rare at this size and merge two rare terms."""


class Analyser(Protocol):
    """What counting needs of the text model (``text.TextModel``): its concept columns and tokeniser."""

    @property
    def n_concepts(self) -> int: ...

    def fingerprint(self) -> str: ...

    def count_key(self, language: str) -> str: ...

    def analyse(
        self, texts: Sequence[str], languages: Sequence[str] = (), processes: int = 1
    ) -> tuple[sp.csr_array, sp.csr_array]: ...


def digests(texts: Sequence[str]) -> npt.NDArray[np.uint64]:
    """A stable 64-bit digest per text (Python's ``hash`` is salted per process)."""

    def digest(text: str) -> int:  # surrogatepass: a lone surrogate is hashed, not an error
        return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest())

    return np.array([digest(t) for t in texts], dtype=np.uint64)


@dataclass(eq=False)
class TermCounts:
    """Raw counts of distinct texts: hashed words and bigrams, and concept hits, rows sorted by digest."""

    keys: npt.NDArray[np.uint64]
    words: sp.csr_array
    concepts: sp.csr_array
    concept_fingerprint: str

    @classmethod
    def empty(cls, n_concepts: int, fingerprint: str) -> TermCounts:
        return cls(
            np.zeros(0, np.uint64),
            sp.csr_array((0, HASHED_FEATURES)),
            sp.csr_array((0, n_concepts)),
            fingerprint,
        )

    def __len__(self) -> int:
        return int(self.keys.shape[0])

    def rows(self, keys: npt.NDArray[np.uint64]) -> IntArray:
        """Row of each key in this table, -1 where it is missing."""
        if not len(self):
            return np.full(keys.shape[0], -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.keys, keys), len(self) - 1)
        return np.where(self.keys[at] == keys, at, -1).astype(np.int64)


def count_texts(
    texts: Sequence[str],
    languages: Sequence[str],
    model: Analyser,
    cache: TermCounts | None,
    processes: int = 1,
) -> tuple[sp.csr_array, sp.csr_array, TermCounts]:
    """Raw counts of ``texts`` written in ``languages`` (rows aligned; empty languages: all unknown),
    tokenising only texts the cache lacks (in ``processes`` processes), and the cache of exactly these texts
    for the next run."""
    languages = list(languages) if len(languages) else [""] * len(texts)
    if len(languages) != len(texts):
        raise ValueError(f"{len(languages)} languages for {len(texts)} texts")
    prefixes = {language: model.count_key(language) for language in set(languages)}
    keys = digests([f"{prefixes[language]}\0{text}" for language, text in zip(languages, texts, strict=True)])
    fingerprint = model.fingerprint()
    stale = cache is None or cache.concept_fingerprint != fingerprint
    if stale or cache.concepts.shape[1] != model.n_concepts:
        cache = TermCounts.empty(model.n_concepts, fingerprint)
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    found = cache.rows(unique)
    missing = np.flatnonzero(found < 0)
    if not missing.size:  # the nightly case: every text seen before, two row gathers and no tokenising
        if found.shape[0] == len(cache):
            table = cache  # found is then 0..n-1: the cache holds exactly this corpus
        else:
            table = TermCounts(unique, cache.words[found], cache.concepts[found], fingerprint)
        rows = found[inverse]
        return sp.csr_array(cache.words[rows]), sp.csr_array(cache.concepts[rows]), table
    todo = first[missing].tolist()
    words_new, concepts_new = model.analyse([texts[i] for i in todo], [languages[i] for i in todo], processes)
    # stack cached rows, then new ones, and index them in `unique` order
    source = np.empty(unique.shape[0], dtype=np.int64)
    hit = np.flatnonzero(found >= 0)
    source[hit] = np.arange(hit.shape[0])
    source[missing] = hit.shape[0] + np.arange(missing.shape[0])
    words = sp.vstack([cache.words[found[hit]], words_new], format="csr")[source]
    concepts = sp.vstack([cache.concepts[found[hit]], concepts_new], format="csr")[source]
    table = TermCounts(unique, sp.csr_array(words), sp.csr_array(concepts), fingerprint)
    return sp.csr_array(words[inverse]), sp.csr_array(concepts[inverse]), table
