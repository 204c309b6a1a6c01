"""python manage.py eval_matching: first the trust table on the needs set (matching/evaluation/data/
needs.json, see matching.evaluation.trust): the engine, the engine before trustworthy reasons and a
words-only baseline side by side; ``--record`` also writes the engine's figures to
matching/evaluation/data/measured.json, which the "How matching works" page shows. Then precision@5 and
nDCG@10 of the engine and of a sector-only baseline on the hand-labelled set
(matching/evaluation/data/same-language.json); then nDCG@5 on the cross-language set
(matching/evaluation/data/cross-language.json), overall, across languages, within one language and per
language pair, for the engine and for the same-language-words baseline (the engine without its concept
vectors)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from matching.embeddings import active_model
from matching.engine import MatchParams
from matching.evaluation import (
    cross_language_set,
    engine_rankings,
    evaluate,
    labelled_set,
    ndcg_by_language_pair,
    sector_baseline_rankings,
)
from matching.evaluation.measured import needs_set, record_measured
from matching.evaluation.trust import REASON_TYPES, assess
from matching.inputs import matching_params


class Command(BaseCommand):
    help = "Evaluate the matching engine against the hand-labelled set."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--per-city", action="store_true", help="Also print the figures of each city.")
        parser.add_argument(
            "--record",
            action="store_true",
            help="Write the engine's figures on the needs set to matching/evaluation/data/measured.json.",
        )
        parser.add_argument("--trust-only", action="store_true", help="Only the needs set's table.")

    def handle(
        self, *args, per_city: bool, record: bool = False, trust_only: bool = False, **options
    ) -> None:
        self._trust(per_city=per_city, record=record)
        if trust_only:
            return
        data = labelled_set()
        model = active_model()
        engine = evaluate(engine_rankings(data, matching_params(), model), data.judgements)
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
        self._cross_language(model)

    def _cross_language(self, model) -> None:
        data = cross_language_set()
        params = matching_params()
        figures = {
            "engine": ndcg_by_language_pair(data, engine_rankings(data, params, model)),
            "words_baseline": ndcg_by_language_pair(
                data, engine_rankings(data, MatchParams.before_trust(concept_weight=0.0))
            ),
            # the engine before trustworthy reasons (no embeddings, English stop words, prefix concepts)
            "before": ndcg_by_language_pair(data, engine_rankings(data, MatchParams.before_trust())),
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

    def _trust(self, *, per_city: bool, record: bool) -> None:
        data = needs_set()
        params = matching_params()
        model = active_model()
        model_name = model.version if model is not None else ""
        columns = {
            "engine": assess(data, params, embedding_model=model),
            "before": assess(data, MatchParams.before_trust(), legacy_reasons=True),
            "words_only": assess(data, MatchParams.before_trust(concept_weight=0.0), legacy_reasons=True),
        }
        out = self.stdout
        languages = {c.language for c in data.cities.values()} | {s.language for s in data.startups.values()}
        out.write(
            f"needs set: {len(data.cities)} cities, {sum(len(c.challenges) for c in data.cities.values())} "
            f"challenges, {len(data.startups)} listings, {len(languages)} languages; written {data.written}"
        )
        out.write(f"embedding model: {model_name or 'none (words and concepts only)'}")
        out.write(f"{'figure':44} {'engine':>9} {'before':>9} {'words':>9}")

        def row(label: str, pick, fmt: str = "{:.3f}") -> None:
            values = [fmt.format(pick(a)) for a in columns.values()]
            out.write(f"{label:44} " + " ".join(f"{v:>9}" for v in values))

        row("nDCG@5, full score", lambda a: a.ndcg_at_5)
        row("nDCG@5, relevance alone", lambda a: a.relevance_ndcg_at_5)
        row("first pick in the top 3", lambda a: a.first_pick_in_top_3)
        row("near-miss distractors in a top 3", lambda a: a.near_misses_in_top_3, "{}")
        row("'Answers your challenge' precision (top 10)", lambda a: a.answers_precision)
        row("  claims in the top 10s", lambda a: a.answers_claims, "{}")
        row("  worst city's precision", lambda a: a.worst_city_precision[1])
        row("'Answers your challenge' recall", lambda a: a.answers_recall)
        row("  answering pairs", lambda a: a.answering_pairs, "{}")
        for kind in REASON_TYPES:
            row(
                f"false '{kind}' (false/shown, top 10)",
                lambda a, k=kind: "{}/{}".format(*a.false_reasons[k]),
                "{}",
            )
        pairs = sorted(set().union(*(a.per_pair for a in columns.values())))
        for pair in pairs:
            groups = columns["engine"].per_pair_groups.get(pair, 0)
            row(f"nDCG@5 {pair} ({groups} cities)", lambda a, p=pair: a.per_pair.get(p, float("nan")))
        if per_city:
            for city, value in columns["engine"].per_city.items():
                out.write(f"{city}: engine nDCG@5={value:.3f} before={columns['before'].per_city[city]:.3f}")
        if record:
            path = record_measured(data, columns["engine"], columns["before"], model_name)
            out.write(f"recorded: {path}")
