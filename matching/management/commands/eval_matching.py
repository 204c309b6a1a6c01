"""python manage.py eval_matching: precision@5 and nDCG@10 of the engine and of a sector-only baseline on
the hand-labelled set (matching/evaluation/data/same-language.json); then nDCG@5 on the cross-language set
(matching/evaluation/data/cross-language.json), overall, across languages, within one language and per
language pair, for the engine and for the same-language-words baseline (the engine without its concept
vectors)."""

from __future__ import annotations

from dataclasses import replace

from django.core.management.base import BaseCommand, CommandParser

from matching.evaluation import (
    cross_language_set,
    engine_rankings,
    evaluate,
    labelled_set,
    ndcg_by_language_pair,
    sector_baseline_rankings,
)
from matching.inputs import matching_params


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
                out.write(
                    f"{city}: engine p@5={precision:.2f} ndcg@10={ndcg:.3f}; "
                    f"baseline p@5={b_precision:.2f} ndcg@10={b_ndcg:.3f}"
                )
        self._cross_language()

    def _cross_language(self) -> None:
        data = cross_language_set()
        params = matching_params()
        figures = {
            "engine": ndcg_by_language_pair(data, engine_rankings(data, params)),
            "words_baseline": ndcg_by_language_pair(
                data, engine_rankings(data, replace(params, concept_weight=0))
            ),
            # English stop words in every text and concept terms matched as word prefixes: the text rules
            # before per-language stop words and whole-word concepts
            "before_text_rules": ndcg_by_language_pair(
                data, engine_rankings(data, replace(params, stop_words="english", concept_match="prefix"))
            ),
        }
        out = self.stdout
        out.write(f"xlang_cities={len(data.cities)}\nxlang_startups={len(data.startups)}")
        for name, f in figures.items():
            out.write(f"xlang_{name}_ndcg_at_5={f.overall:.3f}\nxlang_{name}_cross_ndcg_at_5={f.cross:.3f}")
            out.write(f"xlang_{name}_same_ndcg_at_5={f.same:.3f}")
        engine, baseline = figures["engine"], figures["words_baseline"]
        for pair, value in engine.per_pair.items():
            out.write(
                f"xlang_pair {pair}: engine={value:.3f} words_baseline={baseline.per_pair[pair]:.3f} "
                f"(cities={engine.groups[pair]})"
            )
