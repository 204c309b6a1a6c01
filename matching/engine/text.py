"""TF-IDF vocabulary and cached document vectors for the relevance component.

A ``TextIndex`` is fitted once on the union corpus (city profiles + open challenges + published listings):
words and bigrams, English stop words removed, sublinear tf, l2-normalised rows, terms kept when they occur
in at least ``min_df`` documents (a term seen in one document cannot link two documents anyway).

It then caches one vector per document, keyed by the document's id and text. Asking it for the vectors of a
table re-uses every row whose (id, text) is unchanged and tokenises only new or edited texts, with the
already-fitted vocabulary and idf. Words that the vocabulary does not know are ignored until the next
refit: refit on the nightly full re-score (``TextIndex.fit``), and keep the same index between the
incremental re-scores of the day so that their scores are comparable with the stored ones.

The index pickles (the lead may store it between Celery tasks); ``refreshed`` returns a copy whose caches
hold the current texts, without refitting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from .types import CityCatalogue, IntArray, StartupCatalogue


@dataclass(eq=False)
class DocumentVectors:
    """Vectors of one kind of document (profiles, challenges or listings), row-aligned with ``ids``."""

    ids: IntArray
    texts: list[str]
    vectors: sp.csr_array
    _positions: dict[int, int] | None = field(default=None, repr=False)

    def positions(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {int(i): row for row, i in enumerate(self.ids.tolist())}
        return self._positions

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_positions": None}


class TextIndex:
    """A fitted TF-IDF vectoriser plus cached vectors of city profiles, challenges and listings."""

    def __init__(
        self,
        vectorizer: TfidfVectorizer | None,
        profiles: DocumentVectors,
        challenges: DocumentVectors,
        listings: DocumentVectors,
        min_df: int,
    ) -> None:
        self.vectorizer = vectorizer
        self.profiles = profiles
        self.challenges = challenges
        self.listings = listings
        self.min_df = min_df

    @classmethod
    def fit(
        cls,
        cities: CityCatalogue,
        startups: StartupCatalogue,
        *,
        min_df: int = 2,
        extra_texts: Sequence[str] = (),
    ) -> TextIndex:
        """Fit the vocabulary and idf on every profile, challenge and listing text, and cache their vectors.

        ``extra_texts`` join the fitting corpus only (e.g. draft listings, closed challenges), so that the
        words a challenge shares with a listing not yet published are known once it is published.

        A corpus with no usable term (empty texts, or every term rarer than ``min_df``) gives an index with an
        empty vocabulary: every cosine is then 0 and the other components still score.
        """
        ch, lst = cities.challenges, startups.listings
        corpus = [*cities.profile_text, *ch.text, *lst.text, *extra_texts]
        vectorizer: TfidfVectorizer | None = TfidfVectorizer(
            ngram_range=(1, 2),
            sublinear_tf=True,
            norm="l2",
            min_df=min_df,
            stop_words="english",
            dtype=np.float64,
        )
        try:
            matrix = sp.csr_array(vectorizer.fit_transform(corpus))
        except ValueError:  # "empty vocabulary" / "no terms remain": nothing to compare texts with
            vectorizer, matrix = None, sp.csr_array((len(corpus), 0))
        a, b, c = len(cities), len(cities) + len(ch), len(cities) + len(ch) + len(lst)
        return cls(
            vectorizer,
            DocumentVectors(cities.ids.copy(), list(cities.profile_text), matrix[:a]),
            DocumentVectors(ch.ids.copy(), list(ch.text), matrix[a:b]),
            DocumentVectors(lst.ids.copy(), list(lst.text), matrix[b:c]),  # extra_texts' rows are not kept
            min_df,
        )

    @property
    def n_features(self) -> int:
        return int(self.profiles.vectors.shape[1])

    def transform(self, texts: Sequence[str]) -> sp.csr_array:
        """Vectors of new texts with the fitted vocabulary (unknown words ignored)."""
        if self.vectorizer is None:
            return sp.csr_array((len(texts), 0))
        return sp.csr_array(self.vectorizer.transform(list(texts)))

    def profile_vectors(self, cities: CityCatalogue, rows: npt.ArrayLike | None = None) -> sp.csr_array:
        """Profile vectors of ``cities`` (or of its ``rows``, in that order)."""
        return self._vectors(self.profiles, cities.ids, cities.profile_text, rows)

    def challenge_vectors(self, cities: CityCatalogue, rows: npt.ArrayLike | None = None) -> sp.csr_array:
        ch = cities.challenges
        return self._vectors(self.challenges, ch.ids, ch.text, rows)

    def listing_vectors(self, startups: StartupCatalogue, rows: npt.ArrayLike | None = None) -> sp.csr_array:
        lst = startups.listings
        return self._vectors(self.listings, lst.ids, lst.text, rows)

    def refreshed(self, cities: CityCatalogue, startups: StartupCatalogue) -> TextIndex:
        """A copy with the same vocabulary whose caches hold exactly the current documents."""
        ch, lst = cities.challenges, startups.listings
        return TextIndex(
            self.vectorizer,
            DocumentVectors(cities.ids.copy(), list(cities.profile_text), self.profile_vectors(cities)),
            DocumentVectors(ch.ids.copy(), list(ch.text), self.challenge_vectors(cities)),
            DocumentVectors(lst.ids.copy(), list(lst.text), self.listing_vectors(startups)),
            self.min_df,
        )

    def _vectors(
        self, cache: DocumentVectors, ids: IntArray, texts: list[str], rows: npt.ArrayLike | None
    ) -> sp.csr_array:
        if rows is not None:
            rows = np.asarray(rows, dtype=np.int64).reshape(-1)
            if 4 * rows.shape[0] <= ids.shape[0]:  # a few rows: look only them up
                return self._lookup(cache, ids, texts, rows)
        if ids.shape == cache.ids.shape and np.array_equal(ids, cache.ids) and texts == cache.texts:
            whole = cache.vectors  # unchanged table: the common case, no per-document work
        else:
            whole = self._lookup(cache, ids, texts, np.arange(ids.shape[0]))
        if rows is None or (
            rows.shape[0] == whole.shape[0] and np.array_equal(rows, np.arange(rows.shape[0]))
        ):
            return whole
        return whole[rows]

    def _lookup(
        self, cache: DocumentVectors, ids: IntArray, texts: list[str], rows: IntArray
    ) -> sp.csr_array:
        """Vectors of ``rows``: cached where (id, text) is unchanged, transformed otherwise."""
        positions = cache.positions()
        source = np.full(rows.shape[0], -1, dtype=np.int64)
        for out_row, (doc_id, row) in enumerate(zip(ids[rows].tolist(), rows.tolist(), strict=True)):
            cached = positions.get(doc_id)
            if cached is not None and cache.texts[cached] == texts[row]:
                source[out_row] = cached
        fresh = np.flatnonzero(source < 0)
        if fresh.size == 0:
            return cache.vectors[source]
        stacked = sp.vstack(
            [cache.vectors[source[source >= 0]], self.transform([texts[rows[i]] for i in fresh])],
            format="csr",
        )
        # stacked holds reused rows first, then fresh ones: put them back in the requested order
        order = np.empty(rows.shape[0], dtype=np.int64)
        order[np.flatnonzero(source >= 0)] = np.arange(rows.shape[0] - fresh.size)
        order[fresh] = np.arange(rows.shape[0] - fresh.size, rows.shape[0])
        return sp.csr_array(stacked)[order]
