"""Array types exchanged between the ORM loader, the matching engine and the store step.

Conventions shared by every type here:

* Rows are positions ("indices"), not database ids. Each table carries an ``ids`` array (int64 primary keys)
  so the store step can turn an index back into an id: ``cities.ids[result.city]``.
* ``-1`` means "none / unknown" in index columns (a city's region, a deployment's region, a result's
  challenge or deployment); ``0`` means "unknown" for populations.
* Vocabularies (languages L, regions R, sectors S) are small integer codes chosen by the loader. The same
  code must mean the same thing on both sides: column ``j`` of ``CityCatalogue.languages`` and of
  ``StartupCatalogue.languages`` is the same language. ``R`` is ``StartupCatalogue.target_regions.shape[1]``.
* 0/1 relations (languages, sectors, target regions) are ``scipy.sparse.csr_array`` with one row per entity
  and one column per code; any non-zero is read as 1. ``csr_from_lists`` builds them from lists of codes.
* At most 64 sectors (they become bit masks); languages and regions are not limited.
* The constructors normalise dtypes and check shapes, so the loader may pass lists. Treat an instance as
  immutable once built: derived arrays, and the engine's prepared city slices, are cached on it.
* Sentence embeddings (``ListingTable.embedding``, ``ChallengeTable.embedding``,
  ``CityCatalogue.profile_embedding``) are optional: float32 (n, d) with L2-normalised rows, so a cosine is a
  dot product, or ``None`` when the catalogue has none (the model is off or could not be loaded). A text
  without a vector (an empty profile, a text not embedded yet) has a zero row: it is similar to nothing. The
  three arrays of one catalogue come from one model (same d), whose vectors are stored per text
  (``matching.embeddings``) and made by ``matching.engine.embedding``. The loader sets them right after
  building the tables (``check_embedding`` validates them); nothing in the scoring reads them yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

ALGORITHM_VERSION = "wego-match-2.1"
# 1.1: multilingual concepts in the relevance; 2.0: stop words per language, whole-word concepts, sentence
# embeddings in the relevance, relevance gates the other components, deployments proportionate to the city,
# existing clients not recommended
"""Bump when a formula changes, so stored matches say which formulas produced them."""

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
StrArray = npt.NDArray[np.str_]


def csr_from_lists(rows: Sequence[Sequence[int]], n_columns: int) -> sp.csr_array:
    """A 0/1 CSR matrix with one row per entry of ``rows`` holding the codes listed there."""
    lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    indices = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(indptr[-1]))
    matrix = sp.csr_array((np.ones(indices.size), indices, indptr), shape=(len(rows), n_columns))
    return _binary_csr(matrix, len(rows), n_columns, "rows")


def _binary_csr(matrix: Any, n_rows: int, n_columns: int | None, name: str) -> sp.csr_array:
    """Normalise to a float64 CSR array of 0/1 with sorted indices and no duplicates."""
    out = sp.csr_array(matrix, dtype=np.float64)
    if out.shape[0] != n_rows or (n_columns is not None and out.shape[1] != n_columns):
        raise ValueError(f"{name}: shape {out.shape}, expected ({n_rows}, {n_columns or 'any'})")
    out.sum_duplicates()
    out.eliminate_zeros()
    out.data[:] = 1.0
    return out


def _ints(values: Any, n: int | None, name: str, dtype: type = np.int64) -> npt.NDArray[Any]:
    out = np.asarray(values, dtype=dtype).reshape(-1)
    if n is not None and out.shape[0] != n:
        raise ValueError(f"{name}: {out.shape[0]} values, expected {n}")
    return out


def check_embedding(values: Any, n: int, name: str) -> npt.NDArray[np.float32] | None:
    """None, or ``values`` as a C-contiguous float32 (n, d) array."""
    if values is None:
        return None
    out = np.ascontiguousarray(values, dtype=np.float32)
    if out.ndim != 2 or out.shape[0] != n:
        raise ValueError(f"{name}: shape {out.shape}, expected ({n}, d)")
    return out


def _texts(values: Sequence[str], n: int, name: str) -> list[str]:
    out = [v or "" for v in values]
    if len(out) != n:
        raise ValueError(f"{name}: {len(out)} texts, expected {n}")
    return out


def _languages(values: Sequence[str], n: int, name: str) -> list[str]:
    """One ISO 639-1 code per text ("" unknown); an empty sequence means every language is unknown."""
    if not len(values):
        return [""] * n
    return _texts(values, n, name)


@dataclass(eq=False)
class ChallengeTable:
    """The open challenges of the member cities (the loader leaves closed ones out).

    ``city`` indexes ``CityCatalogue`` rows; ``text`` is title + description; ``sectors`` is (H, S);
    ``language``: the language each text is written in (ISO 639-1; "" or omitted: unknown, then the text gets
    English stop words only).
    ``embedding`` (H, d) float32, the sentence embedding of ``text`` (or None, see the module's docstring).
    """

    ids: IntArray
    city: IntArray
    title: list[str]
    text: list[str]
    sectors: sp.csr_array
    language: list[str] = field(default_factory=list)
    embedding: npt.NDArray[np.float32] | None = None

    def __post_init__(self) -> None:
        self.ids = _ints(self.ids, None, "challenges.ids")
        n = self.ids.shape[0]
        self.city = _ints(self.city, n, "challenges.city")
        self.title = _texts(self.title, n, "challenges.title")
        self.text = _texts(self.text, n, "challenges.text")
        self.sectors = _binary_csr(self.sectors, n, None, "challenges.sectors")
        self.language = _languages(self.language, n, "challenges.language")
        self.embedding = check_embedding(self.embedding, n, "challenges.embedding")

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @classmethod
    def empty(cls, n_sectors: int) -> ChallengeTable:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), [], [], sp.csr_array((0, n_sectors)))


@dataclass(eq=False)
class CityCatalogue:
    """Approved member cities (C rows) and their open challenges.

    ``country``: ISO 3166 alpha-2 codes; ``region``: association region code (-1 unknown);
    ``population``: inhabitants (0 unknown); ``languages`` (C, L); ``sectors`` (C, S) are the city's
    priority sectors only (the engine adds its open challenges' sectors itself); ``profile_text``: the
    city's public profile (description, needs) as one string; ``profile_language``: its language (ISO 639-1;
    "" or omitted: unknown).
    city's public profile (description, needs) as one string; ``profile_embedding`` (C, d) float32, the
    sentence embedding of ``profile_text`` (or None, see the module's docstring).
    """

    ids: IntArray
    country: StrArray
    region: IntArray
    population: FloatArray
    languages: sp.csr_array
    sectors: sp.csr_array
    profile_text: list[str]
    challenges: ChallengeTable
    profile_language: list[str] = field(default_factory=list)
    profile_embedding: npt.NDArray[np.float32] | None = None

    def __post_init__(self) -> None:
        self.ids = _ints(self.ids, None, "cities.ids")
        n = self.ids.shape[0]
        self.country = np.asarray(self.country, dtype=np.str_).reshape(-1)
        if self.country.shape[0] != n:
            raise ValueError("cities.country: wrong length")
        self.region = _ints(self.region, n, "cities.region")
        self.population = _ints(self.population, n, "cities.population", np.float64)
        self.languages = _binary_csr(self.languages, n, None, "cities.languages")
        self.sectors = _binary_csr(self.sectors, n, self.challenges.sectors.shape[1], "cities.sectors")
        self.profile_text = _texts(self.profile_text, n, "cities.profile_text")
        self.profile_language = _languages(self.profile_language, n, "cities.profile_language")
        self.profile_embedding = check_embedding(self.profile_embedding, n, "cities.profile_embedding")
        if len(self.challenges) and (self.challenges.city.min() < 0 or self.challenges.city.max() >= n):
            raise ValueError("challenges.city: index out of range")

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def __getstate__(self) -> dict[str, Any]:
        # the engine's prepared slices (see scoring._prepare) hold a TextIndex: not part of the catalogue
        return {k: v for k, v in self.__dict__.items() if k != "_prepared_slices"}

    @cached_property
    def sector_sets(self) -> sp.csr_array:
        """(C, S) 0/1: priority sectors ∪ the sectors of the city's open challenges."""
        ch = self.challenges
        owner = sp.csr_array((np.ones(len(ch)), (ch.city, np.arange(len(ch)))), shape=(len(self), len(ch)))
        return _binary_csr(self.sectors + owner @ ch.sectors, len(self), None, "sector_sets")

    @cached_property
    def open_challenge_count(self) -> IntArray:
        return np.bincount(self.challenges.city, minlength=len(self)).astype(np.int64)


@dataclass(eq=False)
class ListingTable:
    """Published solution listings (N rows) of the startups.

    ``startup`` indexes ``StartupCatalogue`` rows; ``text`` is title + summary + description;
    ``sectors`` (N, S); ``maturity`` 0 concept, 1 pilot, 2 deployed; ``languages`` (N, L) supported languages;
    ``language``: the language each text is written in (ISO 639-1; "" or omitted: unknown).
    ``embedding`` (N, d) float32, the sentence embedding of ``text`` (or None, see the module's docstring).
    """

    ids: IntArray
    startup: IntArray
    text: list[str]
    sectors: sp.csr_array
    maturity: npt.NDArray[np.int8]
    languages: sp.csr_array
    language: list[str] = field(default_factory=list)
    embedding: npt.NDArray[np.float32] | None = None

    def __post_init__(self) -> None:
        self.ids = _ints(self.ids, None, "listings.ids")
        n = self.ids.shape[0]
        self.startup = _ints(self.startup, n, "listings.startup")
        self.text = _texts(self.text, n, "listings.text")
        self.sectors = _binary_csr(self.sectors, n, None, "listings.sectors")
        self.maturity = np.clip(_ints(self.maturity, n, "listings.maturity"), 0, 2).astype(np.int8)
        self.languages = _binary_csr(self.languages, n, None, "listings.languages")
        self.language = _languages(self.language, n, "listings.language")
        self.embedding = check_embedding(self.embedding, n, "listings.embedding")

    def __len__(self) -> int:
        return int(self.ids.shape[0])


@dataclass(eq=False)
class DeploymentTable:
    """Reference deployments (D rows): ``listing`` indexes ``ListingTable`` rows; ``region`` -1 unknown;
    ``population`` of the deployment's city, 0 unknown; ``city`` the ``CityCatalogue`` row of the member
    city it runs in (-1: not a member city, or not known; None: all -1)."""

    ids: IntArray
    listing: IntArray
    region: IntArray
    population: FloatArray
    city: IntArray | None = None

    def __post_init__(self) -> None:
        self.ids = _ints(self.ids, None, "deployments.ids")
        n = self.ids.shape[0]
        self.listing = _ints(self.listing, n, "deployments.listing")
        self.region = _ints(self.region, n, "deployments.region")
        self.population = _ints(self.population, n, "deployments.population", np.float64)
        self.city = _ints(np.full(n, -1) if self.city is None else self.city, n, "deployments.city")

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @classmethod
    def empty(cls) -> DeploymentTable:
        z = np.zeros(0, np.int64)
        return cls(z, z, z, z.astype(np.float64))

    def by_listing(self, n_listings: int) -> tuple[IntArray, IntArray]:
        """``(order, indptr)``: the deployments of listing ``i`` are ``order[indptr[i]:indptr[i+1]]``."""
        cached = self.__dict__.get("_by_listing")
        if cached is None or cached[1].shape[0] != n_listings + 1:
            order = np.argsort(self.listing, kind="stable").astype(np.int64)
            indptr = np.zeros(n_listings + 1, dtype=np.int64)
            np.cumsum(np.bincount(self.listing, minlength=n_listings), out=indptr[1:])
            cached = (order, indptr)
            self.__dict__["_by_listing"] = cached
        return cached


@dataclass(eq=False)
class StartupCatalogue:
    """Approved startups (T rows) with their published listings and the listings' reference deployments.

    ``languages`` (T, L) working languages; ``target_regions`` (T, R) regions the startup wants to work in;
    ``freshness`` (T,) the factor in (0, 1] each startup's pair scores are multiplied by (1 for a current
    profile, ``MatchParams.stale_factor`` for a stale one past its grace period: see matching.inputs).
    Feedback (``matching.feedback``), both optional: ``hidden`` (T, C) 0/1, pairs never recommended (they
    score -1 and are not stored, like existing clients), C the ``CityCatalogue`` rows scored with them;
    ``lowered`` (T, H) 0/1, the startup's evidence for challenge h (a ``ChallengeTable`` row) is multiplied
    by ``MatchParams.feedback_challenge_factor``.
    """

    ids: IntArray
    country: StrArray
    languages: sp.csr_array
    target_regions: sp.csr_array
    listings: ListingTable
    deployments: DeploymentTable
    hidden: sp.csr_array | None = None
    lowered: sp.csr_array | None = None
    freshness: FloatArray | None = None

    def __post_init__(self) -> None:
        self.ids = _ints(self.ids, None, "startups.ids")
        n = self.ids.shape[0]
        self.country = np.asarray(self.country, dtype=np.str_).reshape(-1)
        if self.country.shape[0] != n:
            raise ValueError("startups.country: wrong length")
        self.languages = _binary_csr(
            self.languages, n, self.listings.languages.shape[1], "startups.languages"
        )
        self.target_regions = _binary_csr(self.target_regions, n, None, "startups.target_regions")
        if self.hidden is not None:
            self.hidden = _binary_csr(self.hidden, n, None, "startups.hidden")
        if self.lowered is not None:
            self.lowered = _binary_csr(self.lowered, n, None, "startups.lowered")
        if self.freshness is None:
            self.freshness = np.ones(n)
        self.freshness = np.asarray(self.freshness, dtype=np.float64).reshape(-1)
        if self.freshness.shape[0] != n or not np.all((self.freshness > 0) & (self.freshness <= 1)):
            raise ValueError("startups.freshness: one factor in (0, 1] per startup")
        lst, dep = self.listings, self.deployments
        if len(lst) and (lst.startup.min() < 0 or lst.startup.max() >= n):
            raise ValueError("listings.startup: index out of range")
        if len(dep) and (dep.listing.min() < 0 or dep.listing.max() >= len(lst)):
            raise ValueError("deployments.listing: index out of range")

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @cached_property
    def listing_count(self) -> IntArray:
        return np.bincount(self.listings.startup, minlength=len(self)).astype(np.int64)


@dataclass(frozen=True)
class MatchParams:
    """Tunables of the matching. Read them from settings in one place and store ``as_dict()`` with matches.

    Weights need not sum to 1: the total is ``100 * Σ wᵢ·componentᵢ / Σ wᵢ``.
    """

    weight_relevance: float = 0.45
    weight_sector_fit: float = 0.25
    weight_proof: float = 0.15
    weight_reach: float = 0.15
    weight_readiness: float = 0.10
    k: int = 50
    chunk_size: int = 1024
    """Listings scored per chunk (a chunk always holds whole startups). Peak memory ≈ 20 float arrays of
    chunk_size × n_cities plus chunk_size × n_challenges."""
    threads: int = 1
    """Chunks scored in parallel threads (numpy/scipy release the GIL); same results whatever the value.
    2 cut a 10k × 1k score from ≈ 4.5 s to ≈ 3 s on an idle 2-core machine, but made it slower and erratic
    when the other core was busy (PostgreSQL COPY, another worker): use 2 only for a process alone on its
    machine."""
    processes: int = 1
    """Processes a full score (``score_all``) and a cold fit's tokenising are shared out among, forked from
    this one (``matching.engine.parallel``): they use every core without the GIL. Same results whatever
    the value."""
    text_min_df: int = 2
    concept_weight: float = 0.5
    """Share of the relevance cosine carried by the multilingual concept vectors (0: words only, the engine
    before cross-language matching). See ``matching.engine.text``."""
    stop_words: str = "per-language"
    """Which words never count in the word cosine: "per-language" (the text's own language's stop words plus
    English ones, see ``matching.engine.stopwords``) or "english" (English stop words in every text: the
    engine before per-language stop words)."""
    concept_match: str = "words"
    """How concept terms meet texts: "words" (whole words or true inflections) or "prefix" (a term matches
    at the start of any word: the engine before whole-word matching). See ``matching.engine.concepts``."""
    relevance_exponent: float = 0.5
    sector_challenge_bonus: float = 0.25
    proof_half: float = 3.0
    proof_region_bonus: float = 1.0
    proof_size_bonus: float = 0.5
    proof_size_ratio: float = 2.0
    reach_language_weight: float = 0.7
    reach_untargeted: float = 0.5
    readiness_population_low: float = 100_000.0
    readiness_population_high: float = 5_000_000.0
    readiness_base: tuple[float, float, float] = (0.3, 0.9, 1.0)
    readiness_size_penalty: tuple[float, float, float] = (0.15, 0.5, 0.0)
    readiness_challenge_bonus: tuple[float, float, float] = (0.0, 0.1, 0.0)
    readiness_proportionate: bool = True
    """A deployed listing's readiness for a city scales with its largest deployment: full when that
    deployment is at least 1/``proof_size_ratio`` of the city's population (see ``kernel``)."""
    embedding_weight: float = 0.85
    """Share of each text evidence carried by the sentence embeddings (0: words and concepts only, the
    engine before embeddings). Where either text has no embedding, the words and concepts carry it all."""
    embedding_floor: float = 0.0
    embedding_ceiling: float = 0.4
    """A centred embedding cosine (``centres``) is read on this scale: ≤ floor is no evidence, ≥ ceiling full
    evidence. On the needs set, a listing that answers a challenge has a centred cosine of 0.08–0.33 with it
    (10th–90th percentile), any other listing -0.11–0.07."""
    embedding_hub_weight: float = 0.5
    """Hubness correction: a listing whose text sits close to every city's needs (a "hub", typically a
    generic platform) gets a high cosine with every challenge. Its embedding cosines are lowered by
    w·(r - μ), with r the mean of its ``hubness.HUB_K`` (5) highest centred cosines with the city side's texts
    (profiles and open challenges), μ the mean r of the catalogue the text index was fitted on, and w this
    weight (the listing half of CSLS, Conneau et al. 2018). On the needs set it lifted the right answer's mean
    reciprocal rank among a challenge's listings from 0.75 to 0.77 (0: no correction)."""
    answer_threshold: float = 0.45
    """Evidence (text and embedding cosine to the challenge) from which a listing is said to answer it."""
    answer_threshold_text: float = 0.2
    """The same bar when the engine runs without sentence embeddings (words and concepts only)."""
    answer_over_profile: bool = False
    """The engine before trust: a challenge was only named when its cosine beat the profile's."""
    relevance_gate: float = 0.8
    """Relevance under which the other components count only in proportion (0: no gate, the engine before
    trust): total = 100·(w_r·r + min(1, r / gate)·Σ wᵢ·cᵢ) / Σ w."""
    feedback_challenge_factor: float = 0.5
    """A startup marked "not relevant" to a challenge (``StartupCatalogue.lowered``): its evidence for that
    challenge is multiplied by this (``matching.feedback``)."""
    exclude_existing_clients: bool = True
    """A member city where the startup already runs is not recommended to it as a new client (the pair
    scores -1 and is not stored)."""
    stale_factor: float = 1.0
    """What a stale profile's pair scores are multiplied by once its grace period has passed (1: freshness
    does not count, the engine before fresh profiles). The catalogue's ``freshness`` carries it per
    startup."""

    def __post_init__(self) -> None:
        if min(self.weights) < 0 or sum(self.weights) <= 0:
            raise ValueError("weights must be non-negative with a positive sum")
        if (
            self.k < 1
            or self.chunk_size < 1
            or self.threads < 1
            or self.processes < 1
            or self.proof_half <= 0
            or self.proof_size_ratio < 1
        ):
            raise ValueError(
                "k, chunk_size, threads and processes must be ≥ 1, proof_half > 0, proof_size_ratio ≥ 1"
            )
        if not 0.0 <= self.concept_weight <= 1.0:
            raise ValueError("concept_weight must be within [0, 1]")
        if not 0.0 <= self.feedback_challenge_factor <= 1.0:
            raise ValueError("feedback_challenge_factor must be within [0, 1]")
        if not 0.0 <= self.embedding_weight <= 1.0:
            raise ValueError("embedding_weight must be within [0, 1]")
        if not 0.0 <= self.embedding_hub_weight <= 1.0:
            raise ValueError("embedding_hub_weight must be within [0, 1]")
        if not self.embedding_floor < self.embedding_ceiling:
            raise ValueError("embedding_floor must be below embedding_ceiling")
        if self.stop_words not in ("per-language", "english"):
            raise ValueError("stop_words must be 'per-language' or 'english'")
        if self.concept_match not in ("words", "prefix"):
            raise ValueError("concept_match must be 'words' or 'prefix'")
        if not 0.0 < self.stale_factor <= 1.0:
            raise ValueError("stale_factor must be within (0, 1]")
        if not 0 < self.readiness_population_low < self.readiness_population_high:
            raise ValueError("readiness populations must satisfy 0 < low < high")

    @property
    def weights(self) -> tuple[float, float, float, float, float]:
        """(relevance, sector_fit, proof, reach, readiness)."""
        return (
            self.weight_relevance,
            self.weight_sector_fit,
            self.weight_proof,
            self.weight_reach,
            self.weight_readiness,
        )

    @classmethod
    def before_trust(cls, **changes: Any) -> MatchParams:
        """The engine as it was before the reasons were made trustworthy (wego-match-1.1): English stop words
        only, concept terms matched as prefixes, no embeddings, no gate, a challenge named on a cosine of
        0.05 that beats the profile's, proof "similar size" within ×3, readiness blind to deployment size,
        existing clients recommended. ``eval_matching`` compares against it."""
        legacy = {
            "weight_relevance": 0.35,
            "embedding_weight": 0.0,
            "answer_threshold": 0.05,
            "answer_threshold_text": 0.05,
            "answer_over_profile": True,
            "relevance_gate": 0.0,
            "exclude_existing_clients": False,
            "readiness_proportionate": False,
            "proof_size_ratio": 3.0,
            "stop_words": "english",
            "concept_match": "prefix",
        }
        return cls(**{**legacy, **changes})

    def as_dict(self) -> dict[str, Any]:
        return {"algorithm_version": ALGORITHM_VERSION, **asdict(self)}


COMPONENTS = ("relevance", "sector_fit", "proof", "reach", "readiness")


@dataclass(eq=False)
class MatchResult:
    """Scored startup–city pairs (P rows), one row per pair.

    Indices point into the inputs: ``cities.ids[city]``, ``startups.ids[startup]``,
    ``startups.listings.ids[listing]``, ``cities.challenges.ids[challenge]`` (-1: none),
    ``startups.deployments.ids[deployment]`` (-1: none). ``score`` is 0–100, the components 0–1.

    ``city_rank`` is the pair's 1-based rank among the city's startups (1 = best) when it is in the city's top
    K, else 0; ``startup_rank`` likewise on the startup's side. Ties are broken by the lower index, so ranks
    are deterministic. Which ranks a call fills is said by the function that returns the result.
    Shared languages and sectors are not stored: compute them for the rows you keep with
    ``shared_languages`` / ``shared_sectors``. Row order is deterministic but otherwise unspecified.
    """

    city: npt.NDArray[np.int32]
    startup: npt.NDArray[np.int32]
    score: FloatArray
    relevance: FloatArray
    sector_fit: FloatArray
    proof: FloatArray
    reach: FloatArray
    readiness: FloatArray
    profile_evidence: FloatArray
    """e(profile): the listing's evidence about the city's profile (0 without a profile text), for the
    "fits your city's profile" rule (``claims``)."""
    listing: npt.NDArray[np.int32]
    challenge: npt.NDArray[np.int32]
    deployment: npt.NDArray[np.int32]
    overseas: BoolArray
    city_rank: npt.NDArray[np.int32]
    startup_rank: npt.NDArray[np.int32]
    city_indices: IntArray = field(default_factory=lambda: np.zeros(0, np.int64))
    """The cities this result covers (its city slice), ascending."""
    params: MatchParams = field(default_factory=MatchParams)
    algorithm_version: str = ALGORITHM_VERSION

    ROW_FIELDS = (
        "city",
        "startup",
        "score",
        *COMPONENTS,
        "profile_evidence",
        "listing",
        "challenge",
        "deployment",
        "overseas",
        "city_rank",
        "startup_rank",
    )

    def __len__(self) -> int:
        return int(self.city.shape[0])

    @property
    def in_city_topk(self) -> BoolArray:
        return self.city_rank > 0

    @property
    def in_startup_topk(self) -> BoolArray:
        return self.startup_rank > 0

    def take(self, rows: npt.ArrayLike) -> MatchResult:
        """The result restricted to ``rows`` (indices or a boolean mask)."""
        picked = {name: getattr(self, name)[rows] for name in self.ROW_FIELDS}
        return MatchResult(**picked, city_indices=self.city_indices, params=self.params)

    def pair_keys(self, n_startups: int) -> IntArray:
        """``city * n_startups + startup``: one int64 per pair, for joins and sorting."""
        return self.city.astype(np.int64) * n_startups + self.startup
