"""Ranking quality of the engine against hand-labelled sets, next to simpler baselines.

- ``sets``: the labelled sets, kept as data in ``data/*.json`` and validated on load (``load_set``,
  ``labelled_set``, ``cross_language_set``).
- ``rankings``: a set turned straight into the engine's arrays (no database) and ranked by the engine, or by
  sector overlap alone (the baseline).
- ``metrics``: precision@k, nDCG@k, and nDCG@k per language pair.

Pure: no Django, no database; the figures depend on the formulas alone. ``python manage.py eval_matching``
prints them; tests/matching/test_eval*.py assert the engine beats the baselines.
"""

from .metrics import Figures, PairFigures, evaluate, ndcg_at, ndcg_by_language_pair, precision_at
from .rankings import build_catalogues, engine_rankings, sector_baseline_rankings
from .sets import (
    Challenge,
    City,
    Deployment,
    EvalSet,
    Startup,
    cross_language_set,
    labelled_set,
    load_set,
    parse_set,
)

__all__ = [
    "Challenge",
    "City",
    "Deployment",
    "EvalSet",
    "Figures",
    "PairFigures",
    "Startup",
    "build_catalogues",
    "cross_language_set",
    "engine_rankings",
    "evaluate",
    "labelled_set",
    "load_set",
    "ndcg_at",
    "ndcg_by_language_pair",
    "parse_set",
    "precision_at",
    "sector_baseline_rankings",
]
