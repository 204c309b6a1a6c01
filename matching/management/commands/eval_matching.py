"""python manage.py eval_matching: precision@5 and nDCG@10 of the engine and of a sector-only baseline on
the hand-labelled set kept with the tests (tests/matching/eval_set.py)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from matching.catalogue import matching_params
from matching.evaluation import EvalSet, engine_rankings, evaluate, sector_baseline_rankings


def labelled_set() -> EvalSet:
    from tests.matching import eval_set

    return EvalSet(eval_set.CITIES, eval_set.STARTUPS, eval_set.JUDGEMENTS)


class Command(BaseCommand):
    help = "Evaluate the matching engine against the hand-labelled set."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--per-city", action="store_true", help="Also print the figures of each city.")

    def handle(self, *args, per_city: bool, **options) -> None:
        data = labelled_set()
        engine = evaluate(engine_rankings(data, matching_params()), data.judgements)
        baseline = evaluate(sector_baseline_rankings(data), data.judgements)
        out = self.stdout
        out.write(f"cities={len(data.cities)}\nstartups={len(data.startups)}")
        out.write(
            f"engine_precision_at_5={engine.precision_at_5:.3f}\nengine_ndcg_at_10={engine.ndcg_at_10:.3f}"
        )
        out.write(f"baseline_precision_at_5={baseline.precision_at_5:.3f}")
        out.write(f"baseline_ndcg_at_10={baseline.ndcg_at_10:.3f}")
        if per_city:
            for city, (precision, ndcg) in engine.per_city.items():
                b_precision, b_ndcg = baseline.per_city[city]
                out.write(f"{city}: engine p@5={precision:.2f} ndcg@10={ndcg:.3f}; "
                          f"baseline p@5={b_precision:.2f} ndcg@10={b_ndcg:.3f}")  # fmt: skip
