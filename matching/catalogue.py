"""The engine's inputs as the worker holds them: the catalogue arrays plus the names the reasons need, the
parameters from settings, and a per-process cache for the incremental re-scores."""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from django.conf import settings

from cities.models import CityChallenge
from matching.engine import CityCatalogue, MatchParams, StartupCatalogue, TextIndex, parallel
from matching.engine.text import TermCounts
from matching.loader import Vocabulary, load_cities, load_startups
from startups.models import SolutionListing

COUNTS_VERSION = 1


def matching_params() -> MatchParams:
    """The tunables, read from settings in this one place (and recorded with every run)."""
    conf = settings.MATCHING
    weights = conf["WEIGHTS"]
    return MatchParams(
        weight_relevance=weights["relevance"],
        weight_sector_fit=weights["sector_fit"],
        weight_proof=weights["proof"],
        weight_reach=weights["reach"],
        weight_readiness=weights["readiness"],
        k=conf["TOP_K"],
        chunk_size=conf["CHUNK_SIZE"],
        concept_weight=conf["CONCEPT_WEIGHT"],
        processes=conf.get("PROCESSES") or parallel.processes(),
    )


@dataclass
class Names:
    """What the stored reasons quote besides ids: the language each open challenge is written in."""

    challenge_language: list[str] = field(default_factory=list)


@dataclass
class Catalogue:
    vocab: Vocabulary
    cities: CityCatalogue
    startups: StartupCatalogue
    names: Names


def _names(cities: CityCatalogue) -> Names:
    languages = dict(
        CityChallenge.objects.filter(pk__in=cities.challenges.ids.tolist()).values_list("pk", "language")
    )
    return Names(challenge_language=[languages.get(pk, "en") for pk in cities.challenges.ids.tolist()])


def load_catalogue(*, startup_ids: list[int] | None = None) -> Catalogue:
    """All approved cities, and all approved startups (or only the given ones)."""
    vocab = Vocabulary.load()
    cities = load_cities(vocab)
    startups = load_startups(vocab, startup_ids=startup_ids)
    return Catalogue(vocab, cities, startups, _names(cities))


def unscored_texts(cat: Catalogue) -> list[str]:
    """Texts that are not scored today but may be tomorrow: listings not (yet) published or of startups not
    (yet) approved, and closed challenges or challenges of cities not (yet) approved. They join the
    vocabulary's fitting corpus."""
    scored_listings = set(cat.startups.listings.ids.tolist())
    scored_challenges = set(cat.cities.challenges.ids.tolist())
    listings = [
        f"{title}\n{summary}\n{description}"
        for pk, title, summary, description in SolutionListing.objects.values_list(
            "pk", "title", "summary", "description"
        ).iterator(chunk_size=5000)
        if pk not in scored_listings
    ]
    challenges = [
        f"{title}\n{description}"
        for pk, title, description in CityChallenge.objects.values_list("pk", "title", "description")
        if pk not in scored_challenges
    ]
    return listings + challenges


def fit_index(cat: Catalogue, params: MatchParams) -> TextIndex:
    """Fit the text model on the whole corpus, tokenising only the texts the counts cache lacks; then keep
    the counts of this corpus for the next run."""
    index = TextIndex.fit(
        cat.cities, cat.startups, min_df=params.text_min_df, extra_texts=unscored_texts(cat),
        concept_weight=params.concept_weight, counts=load_term_counts(), processes=params.processes,
    )  # fmt: skip
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
            handle, version=np.array(COUNTS_VERSION), keys=counts.keys,
            fingerprint=np.array(counts.concept_fingerprint),
            w_indptr=words.indptr, w_indices=words.indices, w_data=words.data.astype(np.float32),
            w_shape=np.array(words.shape), c_indptr=concepts.indptr, c_indices=concepts.indices,
            c_data=concepts.data.astype(np.float32), c_shape=np.array(concepts.shape),
        )  # fmt: skip
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


def dump_vocabulary(index: TextIndex) -> bytes:
    """The fitted weights only: the cached document vectors are rebuilt where needed, and the raw counts
    live in the counts cache (large, and not needed to transform)."""
    light = index.without_documents()
    light.counts = None
    return pickle.dumps(light, protocol=5)


def load_vocabulary(blob: bytes) -> TextIndex:
    index = pickle.loads(blob)  # noqa: S301 - written by this application's own worker, stored in its database
    index.counts = load_term_counts()  # lets a slice or an incremental re-score skip tokenising again
    return index


class WarmCache:
    """Per-process cache for incremental re-scores: the current run's fitted index and the city side.

    Keyed by the run and a fingerprint of the city side, so a new nightly run or any city edit reloads it."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.cities: CityCatalogue | None = None
        self.index: TextIndex | None = None
        self.vocab: Vocabulary | None = None
        self.names: Names | None = None

    def clear(self) -> None:
        self.key = None
        self.cities = self.index = self.vocab = self.names = None


warm = WarmCache()
