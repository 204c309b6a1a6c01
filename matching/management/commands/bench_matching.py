"""python manage.py bench_matching --cities 1000 --startups 10000 --seed 1

Creates (or reuses) a demo catalogue of that size, then prints one `name=value` per line: the full
re-score's load, fit, scoring and storing seconds, pairs per second, peak memory, the incremental re-score of
one startup against every city (stored), and the speed-up of the vectorised path over the per-pair
reference on the same sampled pairs. A benchmark, not a test: nothing here passes or fails on time."""

from __future__ import annotations

import io
import random
import resource
import statistics
import time

import numpy as np
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, transaction

from cities.models import MemberCity
from matching import pipeline
from matching.engine import ALGORITHM_VERSION, score_all
from matching.index import _counts_path, fit_index
from matching.inputs import load_catalogue, matching_params
from matching.management.memory import PeakMemory
from matching.models import Match, MatchRun, RunStatus
from matching.store.write import write_matches
from startups.models import Startup


def peak_rss_mib() -> float:
    """This process's peak resident size (not its forked helpers')."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Command(BaseCommand):
    help = "Benchmark the full and incremental re-scores and print name=value figures."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cities", type=int, default=1000)
        parser.add_argument("--startups", type=int, default=10000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--incremental", type=int, default=20, help="Startups timed one by one.")
        parser.add_argument(
            "--sample-pairs", type=int, default=2000, help="Pairs for the reference speed-up."
        )
        parser.add_argument(
            "--embed-sample",
            type=int,
            default=200,
            help="Texts embedded by the real model to time the first embedding pass (texts per second).",
        )
        parser.add_argument(
            "--random-embeddings",
            action="store_true",
            help="Store random unit vectors for the texts that have none, so the runs are timed with every "
            "embedding stored without waiting for the first pass (the scores then mean nothing).",
        )

    def handle(
        self,
        *args,
        cities: int,
        startups: int,
        seed: int,
        incremental: int,
        sample_pairs: int,
        embed_sample: int = 200,
        random_embeddings: bool = False,
        **options,
    ) -> None:
        out = self.stdout
        # peak memory of this process and its forked helpers together (PSS, sampled every 250 ms)
        self.memory = PeakMemory()
        if MemberCity.objects.count() != cities or Startup.objects.count() != startups:
            started = time.perf_counter()
            call_command(
                "load_demo",
                cities=cities,
                startups=startups,
                seed=seed,
                reset=True,
                stdout=io.StringIO(),
            )
            out.write(f"catalogue_load_demo_seconds={time.perf_counter() - started:.2f}")
        out.write(f"database={connection.vendor}")
        self._embeddings(embed_sample, random_embeddings)
        params = matching_params()
        out.write(f"concept_weight={params.concept_weight}")

        # cold: nothing tokenised yet (the first run on a new machine); then the nightly run, which finds the
        # raw counts of every unchanged text in the cache and tokenises only what changed (here: nothing)
        counts_file = _counts_path()
        counts_file.unlink(missing_ok=True)
        self._full_run("cold_", params)
        cat, index, _ = self._full_run("", params)
        out.write(f"counts_cache_mib={counts_file.stat().st_size / 2**20:.0f}")
        self._concept_cost(cat, params)

        rng = random.Random(seed)
        with_listings = np.flatnonzero(cat.startups.listing_count > 0)
        picks = [
            int(cat.startups.ids[i])
            for i in rng.sample(list(with_listings), min(incremental, len(with_listings)))
        ]
        timings = []
        for startup_id in picks:
            started = time.perf_counter()
            pipeline.rescore_startups([startup_id])
            timings.append((time.perf_counter() - started) * 1000)
        if timings:
            warm = timings[1:] or timings
            out.write(f"incremental_startup_cold_ms={timings[0]:.1f}")
            out.write(f"incremental_startup_ms={statistics.median(warm):.1f}")
            out.write(f"incremental_startup_p95_ms={sorted(warm)[int(0.95 * (len(warm) - 1))]:.1f}")
        # a startup that leaves (unpublished, rejected) shortens the lists of the cities it was in; the next
        # drain refills them by re-scoring those cities against every startup: timed here for the cities of
        # one startup's top K (re-scoring unchanged data, which stores the same lists)
        if picks:
            city_ids = list(Match.objects.for_startup(picks[0]).values_list("city_id", flat=True))
            started = time.perf_counter()
            pipeline.rescore_cities(city_ids)
            out.write(f"refill_cities={len(city_ids)}\nrefill_seconds={time.perf_counter() - started:.2f}")

        self._speedup(cat, index, params, rng, sample_pairs)
        self.memory.close()
        out.write(f"command_peak_rss_mib={peak_rss_mib():.0f}")  # the whole command, this process alone

    def _embeddings(self, sample: int, fill_random: bool) -> None:
        """The first embedding pass's speed on a sample of the catalogue's texts (the real model), and how
        many texts have a stored vector; with ``fill_random``, random vectors for the others."""
        from matching import embeddings
        from matching.models import TextEmbedding

        model = embeddings.active_model()
        out = self.stdout
        out.write(f"embedding_model={embeddings.model_status(model)}")
        if model is None:
            return
        cat = load_catalogue(embed=False)
        pairs = embeddings.catalogue_texts(cat.cities, cat.startups, model)
        texts = [text for text, _ in pairs]
        digests = [embeddings.text_digest(text, form) for text, form in pairs]
        have = set(embeddings.stored(digests))
        missing = [i for i, d in enumerate(digests) if d not in have]
        out.write(f"embedding_texts={len(texts)}")
        out.write(f"embedding_stored_before={len(texts) - len(missing)}")
        if sample:
            # the first pass's speed: a random sample of the catalogue's texts through the model
            chosen = random.Random(0).sample(texts, min(sample, len(texts)))
            started = time.perf_counter()
            model.embed(chosen)
            seconds = time.perf_counter() - started
            out.write(f"embedding_first_pass_texts_per_second={len(chosen) / seconds:.1f}")
            out.write(f"embedding_first_pass_words_per_text={np.mean([len(t.split()) for t in chosen]):.0f}")
        if fill_random and missing:
            rng = np.random.default_rng(0)
            vectors = rng.normal(size=(len(missing), model.dims)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            TextEmbedding.objects.bulk_create(
                [
                    TextEmbedding(
                        digest=digests[i],
                        model=pairs[i][1].version,
                        vector=v.astype(embeddings.STORED_DTYPE).tobytes(),
                    )
                    for i, v in zip(missing, vectors, strict=True)
                ],
                batch_size=2000,
                ignore_conflicts=True,
            )
            out.write(f"embedding_random_vectors_stored={len(missing)}")

    def _full_run(self, prefix: str, params):
        """One full re-score, stored and made current, timed phase by phase; prints ``{prefix}name=value``."""
        out = self.stdout
        self.memory.peak_mib()  # from here
        started = time.perf_counter()
        cat = load_catalogue()
        t_load = time.perf_counter() - started
        n_c, n_s, n_l = len(cat.cities), len(cat.startups), len(cat.startups.listings)
        if not prefix:
            out.write(f"approved_cities={n_c}\napproved_startups={n_s}\npublished_listings={n_l}")
            out.write(f"open_challenges={len(cat.cities.challenges)}")

        started = time.perf_counter()
        index = fit_index(cat, params)
        t_fit = time.perf_counter() - started

        started = time.perf_counter()
        result = score_all(cat.cities, cat.startups, params, index)
        t_score = time.perf_counter() - started

        started = time.perf_counter()
        with transaction.atomic():
            run = MatchRun.objects.create(
                status=RunStatus.BUILDING,
                algorithm_version=ALGORITHM_VERSION,
                params=params.as_dict(),
                text_index=pipeline.dump_index(index),
            )
            pipeline.create_run_table(run.pk)
            stored = write_matches(result, cat, run_id=run.pk, bulk=True, text_index=index)
            MatchRun.objects.filter(pk=run.pk).update(slices_done=[0], pairs=stored)
        pipeline.finish_run(run_id=run.pk)
        t_store = time.perf_counter() - started
        total = t_load + t_fit + t_score + t_store
        out.write(f"{prefix}load_seconds={t_load:.2f}\n{prefix}fit_seconds={t_fit:.2f}")
        out.write(f"{prefix}scoring_seconds={t_score:.2f}\n{prefix}storing_seconds={t_store:.2f}")
        out.write(f"{prefix}full_rescore_total_seconds={total:.2f}")
        if not prefix:
            out.write(f"stored_matches={stored}\npairs_scored={n_c * n_s}")
            out.write(f"pairs_per_second={n_c * n_s / t_score:.0f}")
        peak = self.memory.peak_mib()
        if peak is not None:
            out.write(f"{prefix}peak_memory_mib={peak:.0f}")  # the run: this process and its helpers (PSS)
        out.write(f"{prefix}peak_rss_mib={peak_rss_mib():.0f}")  # this process alone, since the command began
        assert Match.objects.current().count() == stored  # noqa: S101 - the bench refuses to print a broken run
        return cat, index, result

    def _concept_cost(self, cat, params) -> None:
        """What the cross-language signal costs: the concept extraction of every scored text (uncached), and
        the scoring with concepts against words only on the same catalogue."""
        from dataclasses import replace

        from matching.engine import TextIndex
        from matching.engine.concepts import default_vocabulary
        from matching.index import load_term_counts

        vocabulary = default_vocabulary()
        if params.concept_weight == 0:
            self.stdout.write("concept_extraction_seconds=unavailable")
            return
        texts = [*cat.cities.profile_text, *cat.cities.challenges.text, *cat.startups.listings.text]
        started = time.perf_counter()
        vocabulary.extract(texts, whole_words=params.concept_match == "words")
        seconds = time.perf_counter() - started
        self.stdout.write(f"concept_extraction_seconds={seconds:.2f}\nconcept_extraction_texts={len(texts)}")
        for label, weight in (("words_only", 0.0), ("with_concepts", params.concept_weight)):
            p = replace(params, concept_weight=weight)
            index = TextIndex.fit(
                cat.cities,
                cat.startups,
                min_df=p.text_min_df,
                concept_weight=weight,
                counts=load_term_counts(),
                stop_words=p.stop_words,
                concept_match=p.concept_match,
            )
            started = time.perf_counter()
            score_all(cat.cities, cat.startups, p, index)
            self.stdout.write(f"scoring_seconds_{label}={time.perf_counter() - started:.2f}")

    def _speedup(self, cat, index, params, rng: random.Random, n: int) -> None:
        """The per-pair reference (matching.engine.reference) against the vectorised path, on the same
        pairs: every pair of a synthetic catalogue of about `n` pairs (the reference is too slow for the full
        one)."""
        from matching.engine import TextIndex, score_startups
        from matching.engine.reference import reference
        from matching.engine.synthetic import build_catalogue

        n_cities = 20
        cities, startups = build_catalogue(max(1, n // n_cities), n_cities, seed=rng.randrange(1000))
        small_index = TextIndex.fit(cities, startups)
        pairs = len(cities) * len(startups)
        started = time.perf_counter()
        reference(cities, startups, params, small_index)
        ref_seconds = time.perf_counter() - started
        started = time.perf_counter()
        score_startups(cities, startups, np.arange(len(startups)), params, small_index)
        fast_seconds = time.perf_counter() - started
        self.stdout.write(f"speedup_sample_pairs={pairs}")
        self.stdout.write(f"reference_pairs_per_second={pairs / ref_seconds:.0f}")
        self.stdout.write(f"vectorised_pairs_per_second_same_pairs={pairs / fast_seconds:.0f}")
        self.stdout.write(f"speedup_vs_reference={ref_seconds / fast_seconds:.0f}")
