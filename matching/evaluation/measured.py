"""The needs set, and the figures recorded for the "How
matching works" page (``data/measured.json``, written by ``eval_matching --record``)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from .sets import DATA_DIRECTORY, EvalSet, load_set
from .trust import REASON_TYPES, Assessment

NEEDS_FILE = "needs.json"
MEASURED_FILE = "measured.json"


def needs_set() -> EvalSet:
    """The set written for trustworthy reasons: 30+ cities, near-miss distractors, long-tail needs."""
    return load_set(DATA_DIRECTORY / NEEDS_FILE)


def record_measured(data: EvalSet, engine: Assessment, before: Assessment, model: str) -> Path:
    path = DATA_DIRECTORY / MEASURED_FILE
    figures = {
        "measured_on": datetime.date.today().isoformat(),
        "set": {
            "file": NEEDS_FILE,
            "written": data.written,
            "cities": len(data.cities),
            "challenges": sum(len(c.challenges) for c in data.cities.values()),
            "listings": len(data.startups),
            "languages": len(
                {c.language for c in data.cities.values()} | {s.language for s in data.startups.values()}
            ),
        },
        "embedding_model": model,
        "engine": _figures(engine),
        "before": _figures(before),
    }
    path.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def measured() -> dict | None:
    """The recorded figures, None if never recorded."""
    path = DATA_DIRECTORY / MEASURED_FILE
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def _figures(a: Assessment) -> dict:
    return {
        "ndcg_at_5": round(a.ndcg_at_5, 3),
        "relevance_ndcg_at_5": round(a.relevance_ndcg_at_5, 3),
        "first_pick_in_top_3": round(a.first_pick_in_top_3, 3),
        "near_misses_in_top_3": a.near_misses_in_top_3,
        "answers_precision": round(a.answers_precision, 3),
        "answers_recall": round(a.answers_recall, 3),
        "false_reasons": {kind: list(a.false_reasons[kind]) for kind in REASON_TYPES},
    }
