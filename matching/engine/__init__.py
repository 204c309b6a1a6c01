"""WeGo Match scoring engine: pure functions over numpy / scipy arrays, no Django inside.

Flow for the caller (ORM side):

1. Load approved cities and startups into ``CityCatalogue`` / ``StartupCatalogue`` (``types``), with the
   open challenges, published listings and their reference deployments. Indices, not ids, link the tables.
2. ``TextIndex.fit(cities, startups)`` once (nightly); keep it (``TextIndex.to_bytes``) for the incremental
   re-scores.
3. ``score_all`` (optionally per city slice + ``merge_startup_topk``), ``score_startups`` or
   ``score_cities`` return a ``MatchResult``: parallel arrays, one row per pair, with the five components,
   the total (0–100), the best listing, answered challenge, best reference deployment, overseas flag and the
   ranks on both sides.
4. ``shared_languages`` / ``shared_sectors`` (evidence.py) give the evidence the stored reasons are built
   from.

Record ``ALGORITHM_VERSION`` and ``params.as_dict()`` with every stored set of matches. The formulas are in
the docstring of ``matching.engine.kernel``.
"""

from .evidence import best_deployments, overseas, shared_concepts, shared_languages, shared_sectors
from .scoring import merge_startup_topk, score_all, score_cities, score_startups
from .text import DocumentVectors, TextIndex
from .types import (
    ALGORITHM_VERSION,
    COMPONENTS,
    ChallengeTable,
    CityCatalogue,
    DeploymentTable,
    ListingTable,
    MatchParams,
    MatchResult,
    StartupCatalogue,
    csr_from_lists,
)

__all__ = [
    "ALGORITHM_VERSION",
    "COMPONENTS",
    "ChallengeTable",
    "CityCatalogue",
    "DeploymentTable",
    "DocumentVectors",
    "ListingTable",
    "MatchParams",
    "MatchResult",
    "StartupCatalogue",
    "TextIndex",
    "best_deployments",
    "csr_from_lists",
    "merge_startup_topk",
    "overseas",
    "score_all",
    "score_cities",
    "score_startups",
    "shared_concepts",
    "shared_languages",
    "shared_sectors",
]
