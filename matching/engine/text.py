"""Document vectors for relevance: words in each text's own language, plus multilingual concepts.

A document's vector has two parts, each l2-normalised, then weighted and normalised together:

* **words**: TF-IDF over words and bigrams (sublinear tf, smooth idf), the terms kept when they occur in at
  least ``min_df`` documents (a term seen in one document cannot link two). Function words never count: each
  text loses the stop words of its own language plus English ones (``matching.engine.stopwords``; Chinese,
  Japanese and Thai runs become character bigrams without particles). Texts are grouped by language and each
  group is hashed by one ``HashingVectorizer`` with that language's list, then rows go back in order.
  ``stop_words="english"`` is the engine before: English stop words in every text, whatever its language;
* **concepts**: the same weighting over the hits of the multilingual smart-city concept vocabulary
  (``matching.engine.concepts``): a Spanish "deslizamientos" and a Korean "산사태" land on the same column.

With ``w = concept_weight`` the vector is ``normalise([√(1-w)·words, √w·concepts])``, so the cosine of two
documents that both have words and concepts is ``(1-w)·cos_words + w·cos_concepts``: same-language word
relevance keeps its place and the cross-language signal adds to it. ``w = 0`` is the words-only engine.

Tokenising is the slow part, so the raw counts of every text are kept in ``TermCounts``, keyed by a digest of
the text, its language and the tokenising modes, and handed to the next fit: a nightly full run re-weights
the whole corpus (new idf, new kept terms; exactly what a cold fit gives) but tokenises only the texts that
changed. Words are hashed
(``HashingVectorizer``), so cached counts stay valid whatever the corpus.

A fitted ``TextIndex`` caches one vector per document, keyed by the document's id, text and language, and
transforms new or edited texts with the fitted weights (terms it does not keep are ignored until the next
fit). ``refreshed`` returns a copy whose caches hold the current texts, without refitting.

``to_bytes`` / ``from_bytes`` store the fitted weights in an explicit, versioned format (see ``FORMAT``):
numpy arrays in an ``.npz`` archive read with ``allow_pickle=False``, plus a JSON header. A blob of another
format or version raises ``IndexFormatError``; ``TextIndex.placeholder()`` is what a caller then uses (an
index marked stale, so that it refits).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from . import hubness, stopwords
from .centres import EmbeddingCentres
from .concepts import CONCEPT_MATCH_MODES, ConceptVocabulary, default_vocabulary
from .counts import HASHED_FEATURES, TermCounts, count_texts
from .documents import FORMAT, FORMAT_VERSION, DocumentVectors, IndexFormatError, _array
from .parallel import fork_map, split
from .types import CityCatalogue, IntArray, StartupCatalogue
from .weighting import _column_map, _document_frequency, _keep_columns, _l2, _smooth_idf, _tfidf

PARALLEL_FROM_TEXTS = 2000  # below this, forking costs more than it saves


def _concept_vocabulary() -> ConceptVocabulary:
    return default_vocabulary()


def vocabulary_fingerprint(vocabulary: ConceptVocabulary | None) -> str:
    """A digest of a concept vocabulary's codes and terms: cached counts and fitted columns are only valid
    for the vocabulary they were made with."""
    if vocabulary is None:
        return ""
    cached = getattr(vocabulary, "_wego_fingerprint", None)
    if cached is None:
        digest = hashlib.blake2b(digest_size=16)
        for concept in vocabulary.concepts:
            digest.update(concept.code.encode())
            for language in sorted(concept.terms):
                digest.update(f"|{language}:{'/'.join(concept.terms[language])}".encode())
        cached = digest.hexdigest()
        object.__setattr__(vocabulary, "_wego_fingerprint", cached)
    return cached


def _check_modes(stop_words: str, concept_match: str) -> None:
    if stop_words not in stopwords.STOP_WORD_MODES:
        raise ValueError(f"stop_words must be one of {stopwords.STOP_WORD_MODES}, not {stop_words!r}")
    if concept_match not in CONCEPT_MATCH_MODES:
        raise ValueError(f"concept_match must be one of {CONCEPT_MATCH_MODES}, not {concept_match!r}")


class TextModel:
    """The fitted weights: kept word columns and their idf, the concepts' idf, and the concept weight; and
    how texts were tokenised (``stop_words``, ``concept_match``)."""

    def __init__(
        self,
        word_columns: IntArray,
        word_idf: npt.NDArray[np.float64],
        concept_idf: npt.NDArray[np.float64],
        concept_weight: float,
        concepts: ConceptVocabulary | None,
        stop_words: str = "per-language",
        concept_match: str = "words",
    ) -> None:
        _check_modes(stop_words, concept_match)
        self.word_columns = word_columns
        self.word_idf = word_idf
        self.concept_idf = concept_idf
        self.concept_weight = concept_weight
        self.concepts = concepts
        self.stop_words = stop_words
        self.concept_match = concept_match
        self.hashers: dict[str, HashingVectorizer] = {}
        self.stale = False  # set when loaded against another concept vocabulary, or unreadable
        self._remap: npt.NDArray[np.int32] | None = None

    @property
    def n_features(self) -> int:
        return int(self.word_columns.shape[0] + self.concept_idf.shape[0])

    @property
    def n_concepts(self) -> int:
        return int(self.concept_idf.shape[0])

    def fingerprint(self) -> str:
        return vocabulary_fingerprint(self.concepts)

    def word_language(self, language: str) -> str:
        """The language whose hasher tokenises a text in ``language``: "" for every language that has no
        stop words of its own (and for every text under ``stop_words="english"``)."""
        if self.stop_words == "english" or language in stopwords.CONTINUOUS_LANGUAGES:
            return "" if self.stop_words == "english" else language
        return language if stopwords.stop_words(language, self.stop_words) != stopwords.stop_words("") else ""

    def count_key(self, language: str) -> str:
        """What, besides its text, a text's raw counts depend on (part of its key in ``TermCounts``)."""
        return f"{self.stop_words}:{self.word_language(language)}|{self.concept_match}"

    def hasher(self, language: str = "") -> HashingVectorizer:
        key = self.word_language(language)
        hasher = self.hashers.get(key)
        if hasher is None:
            hasher = self.hashers[key] = stopwords.word_hasher(key, self.stop_words)
        return hasher

    def analyse(
        self, texts: Sequence[str], languages: Sequence[str] = (), processes: int = 1
    ) -> tuple[sp.csr_array, sp.csr_array]:
        """Raw counts of ``texts`` written in ``languages`` (one per text; empty: all unknown): (hashed words
        and bigrams, concept hits). With ``processes`` > 1, thousands of texts (a cold fit) are shared out
        among that many forked processes."""
        languages = list(languages) if len(languages) else [""] * len(texts)
        if len(languages) != len(texts):
            raise ValueError(f"{len(languages)} languages for {len(texts)} texts")
        workers = processes if len(texts) >= PARALLEL_FROM_TEXTS else 1
        if workers > 1:
            texts = list(texts)
            parts = fork_map(
                lambda rows: self._analyse(texts[rows.start : rows.stop], languages[rows.start : rows.stop]),
                split(len(texts), workers),
                label="tokenising",
            )
            return (
                sp.csr_array(sp.vstack([words for words, _ in parts], format="csr")),
                sp.csr_array(sp.vstack([concepts for _, concepts in parts], format="csr")),
            )
        return self._analyse(texts, languages)

    def _analyse(self, texts: Sequence[str], languages: Sequence[str]) -> tuple[sp.csr_array, sp.csr_array]:
        if not len(texts):
            return sp.csr_array((0, HASHED_FEATURES)), sp.csr_array((0, self.n_concepts))
        words = self._words(list(texts), languages)
        if self.concepts is None or not self.n_concepts:
            concepts = sp.csr_array((len(texts), self.n_concepts))
        else:
            concepts = sp.csr_array(self.concepts.extract(texts, whole_words=self.concept_match == "words"))
        return words, concepts

    def _words(self, texts: list[str], languages: Sequence[str]) -> sp.csr_array:
        """Hashed words: one hasher call per language group (scikit-learn tokenises in C-speed regular
        expressions), then the rows put back in the texts' order."""
        groups: dict[str, list[int]] = {}
        for row, language in enumerate(languages):
            groups.setdefault(self.word_language(language), []).append(row)
        if len(groups) == 1:
            (language,) = groups
            return sp.csr_array(self.hasher(language).transform(texts))
        parts, order = [], []
        for language, rows in groups.items():
            parts.append(self.hasher(language).transform([texts[i] for i in rows]))
            order.extend(rows)
        position = np.empty(len(texts), dtype=np.int64)
        position[np.asarray(order, dtype=np.int64)] = np.arange(len(texts))
        return sp.csr_array(sp.csr_array(sp.vstack(parts, format="csr"))[position])

    def weigh(self, words: sp.csr_array, concepts: sp.csr_array) -> sp.csr_array:
        """Document vectors from raw counts (hashed word columns outside ``word_columns`` are dropped)."""
        if self._remap is None and self.word_columns.size:
            self._remap = _column_map(self.word_columns, HASHED_FEATURES)  # 16 MiB, built once
        kept = _keep_columns(words, self.word_columns, self._remap)
        w = _tfidf(kept, self.word_idf)
        c = _tfidf(concepts, self.concept_idf)
        share = self.concept_weight if self.n_concepts else 0.0
        if share == 0.0:
            return sp.csr_array(w)  # already unit rows
        joined = sp.hstack([w * np.sqrt(1.0 - share), c * np.sqrt(share)], format="csr")
        return _l2(sp.csr_array(joined))

    def transform(self, texts: Sequence[str], languages: Sequence[str] = ()) -> sp.csr_array:
        if not len(texts):
            return sp.csr_array((0, self.n_features))
        return self.weigh(*self.analyse(texts, languages))

    def __getstate__(self) -> dict[str, object]:
        # the concept vocabulary is data of the code base: reloaded, not pickled with every run
        state = {**self.__dict__, "concepts": None, "hashers": {}, "_remap": None}
        state["_fingerprint"] = self.fingerprint()
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        fingerprint = state.pop("_fingerprint", "")
        self.__dict__.update(state)
        self._remap = None
        self.hashers = {}
        self._attach_concepts(str(fingerprint))

    @classmethod
    def restored(
        cls,
        word_columns: IntArray,
        word_idf: npt.NDArray[np.float64],
        concept_idf: npt.NDArray[np.float64],
        concept_weight: float,
        concept_fingerprint: str,
        stop_words: str = "per-language",
        concept_match: str = "words",
    ) -> TextModel:
        """A model from stored weights, with the project's concept vocabulary reloaded (marked stale when the
        vocabulary is no longer the one it was fitted with)."""
        model = cls(word_columns, word_idf, concept_idf, concept_weight, None, stop_words, concept_match)
        model._attach_concepts(concept_fingerprint)
        return model

    def _attach_concepts(self, fingerprint: str) -> None:
        """The concept vocabulary is data of the code base: reloaded, never stored with the weights."""
        self.concepts = _concept_vocabulary() if fingerprint else None
        self.stale = bool(fingerprint) and (
            self.concepts is None or vocabulary_fingerprint(self.concepts) != fingerprint
        )
        if self.stale:
            # the vocabulary changed since this model was fitted: its concept columns no longer line up, so
            # texts map to words only, and the caller should refit (the pipeline makes a full run)
            self.concepts = None
            self.concept_weight = 0.0
            self.concept_idf = np.zeros(0)


_DEFAULT = object()


class TextIndex:
    """A fitted text model plus cached vectors of city profiles, challenges and listings."""

    def __init__(
        self,
        model: TextModel,
        profiles: DocumentVectors,
        challenges: DocumentVectors,
        listings: DocumentVectors,
        min_df: int,
        counts: TermCounts | None = None,
    ) -> None:
        self.model = model
        self.profiles = profiles
        self.challenges = challenges
        self.listings = listings
        self.min_df = min_df
        self.counts = counts  # raw counts of the fitting corpus, for the next fit
        self.centres: EmbeddingCentres | None = None  # the sentence embeddings' language centres
        self.hub_mean: float | None = None  # μ of the hubness correction (``hubness``)

    @classmethod
    def fit(
        cls,
        cities: CityCatalogue,
        startups: StartupCatalogue,
        *,
        min_df: int = 2,
        extra_texts: Sequence[str] = (),
        concept_weight: float = 0.5,
        concepts: ConceptVocabulary | None | object = _DEFAULT,
        counts: TermCounts | None = None,
        processes: int = 1,
        extra_languages: Sequence[str] = (),
        stop_words: str = "per-language",
        concept_match: str = "words",
    ) -> TextIndex:
        """Fit the weights on every profile, challenge and listing text, and cache their vectors.

        ``extra_texts`` join the fitting corpus only (e.g. draft listings, closed challenges), so that the
        words a challenge shares with a listing not yet published are kept once it is published;
        ``extra_languages`` are their languages (empty: unknown).
        ``stop_words``: "per-language" or "english" (the engine before per-language stop words);
        ``concept_match``: "words" or "prefix" (the engine before whole-word concepts).
        ``concepts``: the concept vocabulary (default: the project's; None: words only). ``counts``: the
        previous fit's raw counts, so unchanged texts are not tokenised again (same result as without).
        ``processes``: forked processes the texts to tokenise are shared out among (same result).

        A corpus with no usable term (empty texts, or every term rarer than ``min_df``) gives an index with no
        word columns: word cosines are then 0 and the other components still score.
        """
        if not 0.0 <= concept_weight <= 1.0:
            raise ValueError("concept_weight must be within [0, 1]")
        _check_modes(stop_words, concept_match)
        vocabulary = _concept_vocabulary() if concepts is _DEFAULT else concepts
        if concept_weight == 0.0:
            vocabulary = None
        n_concepts = len(vocabulary) if vocabulary is not None else 0
        ch, lst = cities.challenges, startups.listings
        corpus = [*cities.profile_text, *ch.text, *lst.text, *extra_texts]
        extra_languages = list(extra_languages) or [""] * len(extra_texts)
        if len(extra_languages) != len(extra_texts):
            raise ValueError(f"{len(extra_languages)} extra_languages for {len(extra_texts)} extra_texts")
        languages = [*cities.profile_language, *ch.language, *lst.language, *extra_languages]
        modes = {"stop_words": stop_words, "concept_match": concept_match}
        probe = TextModel(
            np.zeros(0, np.int64), np.zeros(0), np.ones(n_concepts), concept_weight, vocabulary, **modes
        )
        words, concept_counts, table = count_texts(corpus, languages, probe, counts, processes)
        n_docs = len(corpus)
        df = _document_frequency(words)
        columns = np.flatnonzero(df >= max(min_df, 1)).astype(np.int64)
        word_idf = _smooth_idf(df[columns], n_docs)
        concept_idf = _smooth_idf(_document_frequency(concept_counts), n_docs)
        model = TextModel(columns, word_idf, concept_idf, concept_weight, vocabulary, **modes)
        matrix = model.weigh(words, concept_counts)
        a, b, c = len(cities), len(cities) + len(ch), len(cities) + len(ch) + len(lst)
        index = cls(
            model,
            DocumentVectors(
                cities.ids.copy(), list(cities.profile_text), matrix[:a], list(cities.profile_language)
            ),
            DocumentVectors(ch.ids.copy(), list(ch.text), matrix[a:b], list(ch.language)),
            DocumentVectors(lst.ids.copy(), list(lst.text), matrix[b:c], list(lst.language)),  # not extra
            min_df,
            table,
        )
        index.centres = EmbeddingCentres.fit(
            [
                (cities.profile_embedding, cities.profile_language),
                (ch.embedding, ch.language),
                (lst.embedding, lst.language),
            ]
        )
        r = hubness.listing_hubness(index, startups, cities)
        if r is not None:
            present = np.any(lst.embedding != 0, axis=1)
            index.hub_mean = float(r[present].mean()) if present.any() else 0.0
        return index

    @classmethod
    def placeholder(cls, min_df: int = 2) -> TextIndex:
        """An index that keeps no term and is marked stale: what an unreadable stored index loads as, so that
        the caller refits (texts still transform, to empty vectors)."""
        model = TextModel(np.zeros(0, np.int64), np.zeros(0), np.zeros(0), 0.0, None)
        model.stale = True
        empty = DocumentVectors(np.zeros(0, np.int64), [], sp.csr_array((0, 0)))
        return cls(model, empty, empty, empty, min_df)

    def to_bytes(self) -> bytes:
        """The fitted weights in the stored format (``FORMAT``): the cached document vectors and the raw
        counts are not written (``from_bytes`` gives empty caches and no counts)."""
        model = self.model
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "min_df": int(self.min_df),
            "concept_weight": float(model.concept_weight),
            "concept_fingerprint": model.fingerprint(),
            "n_word_columns": int(model.word_columns.shape[0]),
            "n_concepts": model.n_concepts,
            "stop_words": model.stop_words,
            "concept_match": model.concept_match,
            "words": stopwords.words_signature(model.stop_words),
        }
        centres = {}
        if self.centres is not None:
            header["centre_languages"], centres["centres"] = self.centres.to_arrays()
        if self.hub_mean is not None:
            header["hub_mean"] = float(self.hub_mean)
        buffer = io.BytesIO()
        np.savez(
            buffer,
            header=np.frombuffer(json.dumps(header, sort_keys=True).encode(), dtype=np.uint8),
            word_columns=np.asarray(model.word_columns, dtype=np.int64),
            word_idf=np.asarray(model.word_idf, dtype=np.float64),
            concept_idf=np.asarray(model.concept_idf, dtype=np.float64),
            **centres,
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes) -> TextIndex:
        """Weights written by ``to_bytes``, with empty document caches and no raw counts. The concept
        vocabulary is the project's current one; when it is no longer the one the weights were fitted with,
        the model is marked stale (words only). Raises ``IndexFormatError`` for anything else: nothing is
        ever unpickled."""
        if not isinstance(blob, bytes | bytearray | memoryview) or bytes(blob[:4]) != b"PK\x03\x04":
            raise IndexFormatError("not a stored text index (an older, pickled one?)")
        try:
            with np.load(io.BytesIO(bytes(blob)), allow_pickle=False) as data:
                header = json.loads(data["header"].tobytes().decode())
                if not isinstance(header, dict) or header.get("format") != FORMAT:
                    raise IndexFormatError(f"not a stored text index: {str(header)[:80]}")
                if header.get("version") != FORMAT_VERSION:
                    raise IndexFormatError(
                        f"format version {header.get('version')}, this code reads {FORMAT_VERSION}"
                    )
                stop_words, concept_match = header.get("stop_words"), header.get("concept_match")
                if stop_words not in stopwords.STOP_WORD_MODES or concept_match not in CONCEPT_MATCH_MODES:
                    raise IndexFormatError(
                        f"unknown modes: stop words {stop_words}, concepts {concept_match}"
                    )
                if header.get("words") != stopwords.words_signature(stop_words):
                    raise IndexFormatError(
                        "fitted with another word hashing: its word columns do not line up"
                    )
                n_words, n_concepts = int(header["n_word_columns"]), int(header["n_concepts"])
                columns = _array(data, "word_columns", np.int64, n_words)
                word_idf = _array(data, "word_idf", np.float64, n_words)
                concept_idf = _array(data, "concept_idf", np.float64, n_concepts)
                min_df, concept_weight = int(header["min_df"]), float(header["concept_weight"])
                fingerprint = str(header["concept_fingerprint"])
                centres = None
                hub_mean = header.get("hub_mean")
                if hub_mean is not None and not isinstance(hub_mean, int | float):
                    raise IndexFormatError(f"hub_mean {hub_mean!r} is not a number")
                if "centre_languages" in header:
                    centres = EmbeddingCentres.from_arrays(header["centre_languages"], data["centres"])
        except IndexFormatError:
            raise
        except (OSError, EOFError, KeyError, TypeError, ValueError, zipfile.BadZipFile) as error:
            raise IndexFormatError(f"damaged stored text index: {type(error).__name__}: {error}") from error
        if columns.size and (
            columns[0] < 0 or columns[-1] >= HASHED_FEATURES or np.any(np.diff(columns) <= 0)
        ):
            raise IndexFormatError("word columns out of range or not increasing")
        if not 0.0 <= concept_weight <= 1.0:
            raise IndexFormatError(f"concept weight {concept_weight} outside [0, 1]")
        if n_concepts and not fingerprint:
            raise IndexFormatError("concept weights without the vocabulary's fingerprint")
        model = TextModel.restored(
            columns, word_idf, concept_idf, concept_weight, fingerprint, stop_words, concept_match
        )
        if model.concepts is not None and len(model.concepts) != model.n_concepts:
            raise IndexFormatError("concept weights do not match the concept vocabulary")
        empty = DocumentVectors(np.zeros(0, np.int64), [], sp.csr_array((0, model.n_features)))
        index = cls(model, empty, empty, empty, min_df)
        index.centres = centres
        index.hub_mean = None if hub_mean is None else float(hub_mean)
        return index

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        for name in ("profiles", "challenges", "listings"):  # a stale model has fewer columns now
            cache = getattr(self, name)
            if cache.vectors.shape[1] != self.n_features:
                empty = sp.csr_array((0, self.n_features))
                setattr(self, name, DocumentVectors(np.zeros(0, np.int64), [], empty))

    @property
    def n_features(self) -> int:
        return self.model.n_features

    @property
    def n_word_features(self) -> int:
        return int(self.model.word_columns.shape[0])

    def transform(self, texts: Sequence[str], languages: Sequence[str] = ()) -> sp.csr_array:
        """Vectors of new texts written in ``languages`` (one per text; empty: unknown) with the fitted
        weights (terms the model does not keep are ignored); texts whose raw counts are in ``counts`` are not
        tokenised again."""
        if self.counts is not None and len(texts) > 16:
            words, concepts, _ = count_texts(texts, languages, self.model, self.counts)
            return self.model.weigh(words, concepts)
        return self.model.transform(texts, languages)

    def concept_part(self, vectors: sp.csr_array) -> sp.csr_array:
        """The concept columns of document vectors (for the reasons: which concepts two documents share)."""
        return sp.csr_array(vectors[:, self.n_word_features :])

    def profile_vectors(self, cities: CityCatalogue, rows: npt.ArrayLike | None = None) -> sp.csr_array:
        """Profile vectors of ``cities`` (or of its ``rows``, in that order)."""
        return self._vectors(self.profiles, cities.ids, cities.profile_text, cities.profile_language, rows)

    def challenge_vectors(self, cities: CityCatalogue, rows: npt.ArrayLike | None = None) -> sp.csr_array:
        ch = cities.challenges
        return self._vectors(self.challenges, ch.ids, ch.text, ch.language, rows)

    def listing_vectors(self, startups: StartupCatalogue, rows: npt.ArrayLike | None = None) -> sp.csr_array:
        lst = startups.listings
        return self._vectors(self.listings, lst.ids, lst.text, lst.language, rows)

    def refreshed(self, cities: CityCatalogue, startups: StartupCatalogue) -> TextIndex:
        """A copy with the same weights whose caches hold exactly the current documents."""
        ch, lst = cities.challenges, startups.listings
        copy = TextIndex(
            self.model,
            DocumentVectors(
                cities.ids.copy(),
                list(cities.profile_text),
                self.profile_vectors(cities),
                list(cities.profile_language),
            ),
            DocumentVectors(ch.ids.copy(), list(ch.text), self.challenge_vectors(cities), list(ch.language)),
            DocumentVectors(
                lst.ids.copy(), list(lst.text), self.listing_vectors(startups), list(lst.language)
            ),
            self.min_df,
            self.counts,
        )
        copy.centres = self.centres
        copy.hub_mean = self.hub_mean
        return copy

    def without_documents(self) -> TextIndex:
        """The weights and raw counts only (what a run stores for its incremental re-scores and next fit)."""
        empty = DocumentVectors(np.zeros(0, np.int64), [], sp.csr_array((0, self.n_features)))
        copy = TextIndex(self.model, empty, empty, empty, self.min_df, self.counts)
        copy.centres = self.centres
        copy.hub_mean = self.hub_mean
        return copy

    def centred(self, vectors: np.ndarray | None, languages: Sequence[str]) -> np.ndarray | None:
        """Sentence embeddings with their language's centre taken out (``centres``); None without centres
        (an index fitted without embeddings: raw vectors are not compared, see ``centres``)."""
        if vectors is None or self.centres is None:
            return None
        # float64: products of float32 rows differ in the last bits with the shape of the product, and the
        # scores must not depend on how the catalogue is cut into chunks
        return self.centres.centre(vectors, languages).astype(np.float64)

    def listing_embeddings(self, startups: StartupCatalogue) -> np.ndarray | None:
        """The catalogue's centred listing embeddings, cached on the catalogue for this index."""
        lst = startups.listings
        cached = lst.__dict__.get("_centred")
        if cached is None or cached[0] is not self:
            cached = (self, self.centred(lst.embedding, lst.language))
            lst.__dict__["_centred"] = cached
        return cached[1]

    def _vectors(
        self,
        cache: DocumentVectors,
        ids: IntArray,
        texts: list[str],
        languages: list[str],
        rows: npt.ArrayLike | None,
    ) -> sp.csr_array:
        if rows is not None:
            rows = np.asarray(rows, dtype=np.int64).reshape(-1)
            if 4 * rows.shape[0] <= ids.shape[0]:  # a few rows: look only them up
                return self._lookup(cache, ids, texts, languages, rows)
        if (
            ids.shape == cache.ids.shape
            and np.array_equal(ids, cache.ids)
            and texts == cache.texts
            and languages == cache.languages
        ):
            whole = cache.vectors  # unchanged table: the common case, no per-document work
        else:
            whole = self._lookup(cache, ids, texts, languages, np.arange(ids.shape[0]))
        if rows is None or (
            rows.shape[0] == whole.shape[0] and np.array_equal(rows, np.arange(rows.shape[0]))
        ):
            return whole
        return whole[rows]

    def _lookup(
        self, cache: DocumentVectors, ids: IntArray, texts: list[str], languages: list[str], rows: IntArray
    ) -> sp.csr_array:
        """Vectors of ``rows``: cached where (id, text, language) is unchanged, transformed otherwise."""
        positions = cache.positions()
        source = np.full(rows.shape[0], -1, dtype=np.int64)
        for out_row, (doc_id, row) in enumerate(zip(ids[rows].tolist(), rows.tolist(), strict=True)):
            cached = positions.get(doc_id)
            if (
                cached is not None
                and cache.texts[cached] == texts[row]
                and cache.languages[cached] == languages[row]
            ):
                source[out_row] = cached
        fresh = np.flatnonzero(source < 0)
        if fresh.size == 0:
            return cache.vectors[source]
        new = self.transform([texts[rows[i]] for i in fresh], [languages[rows[i]] for i in fresh])
        stacked = sp.vstack([cache.vectors[source[source >= 0]], new], format="csr")
        # stacked holds reused rows first, then fresh ones: put them back in the requested order
        order = np.empty(rows.shape[0], dtype=np.int64)
        order[np.flatnonzero(source >= 0)] = np.arange(rows.shape[0] - fresh.size)
        order[fresh] = np.arange(rows.shape[0] - fresh.size, rows.shape[0])
        return sp.csr_array(stacked)[order]
