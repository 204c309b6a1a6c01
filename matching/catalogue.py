"""The engine's inputs as the worker holds them: the catalogue arrays plus the names the reasons need, the
parameters from settings, and a per-process cache for the incremental re-scores."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from django.conf import settings

from cities.models import CityChallenge
from matching.engine import CityCatalogue, MatchParams, StartupCatalogue, TextIndex
from matching.engine.text import DocumentVectors
from matching.loader import Vocabulary, load_cities, load_startups
from startups.models import SolutionListing


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
    return TextIndex.fit(cat.cities, cat.startups, min_df=params.text_min_df, extra_texts=unscored_texts(cat))


def dump_vocabulary(index: TextIndex) -> bytes:
    """The fitted vocabulary and idf only (the cached document vectors are rebuilt where needed)."""
    vectorizer = index.vectorizer
    if vectorizer is not None and hasattr(vectorizer, "stop_words_"):
        vectorizer.stop_words_ = None  # the terms min_df dropped: large, and not needed to transform
    empty = DocumentVectors(np.zeros(0, np.int64), [], sp.csr_array((0, index.n_features)))
    return pickle.dumps(TextIndex(vectorizer, empty, empty, empty, index.min_df), protocol=5)


def load_vocabulary(blob: bytes) -> TextIndex:
    return pickle.loads(blob)  # noqa: S301 - written by this application's own worker, stored in its database


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
