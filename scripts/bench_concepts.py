"""Time the multilingual concept vocabulary: load() and extract() over 30,000 mixed-language demo texts.

    .venv/bin/python scripts/bench_concepts.py [--texts N] [--regex N] [--dir PATH] [--demo-only]

A benchmark, not a test: it prints the load time, the extraction speed (best of 3, wall and CPU) and, with
``--regex N``, the speed of the alternative (one compiled regular expression) on N texts. The texts come from
the demo content (``demo/content.py``, pure Python): kept here, out of ``matching.engine``, so that the
engine imports nothing from the demo. Needs no database and no Django settings.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching.engine.concepts import ConceptVocabulary, normalise  # noqa: E402


def _bench_texts(n: int, length: int = 600, vocabulary: ConceptVocabulary | None = None) -> list[str]:
    """``n`` texts of about ``length`` characters: demo listings and challenges in en/ko/es/pt/fr, and with a
    ``vocabulary``, one text in ten in ja/zh/vi/id/ar/ru made of that language's concept labels (the demo
    content has no text in those languages; label-only texts are denser in hits than real ones)."""
    import random

    from demo import content  # pure Python, no Django

    rng = random.Random(8)
    sectors = list(content.SECTORS)
    others = ("ja", "zh", "vi", "id", "ar", "ru")
    texts = []
    for i in range(n):
        if vocabulary is not None and i % 10 == 9:
            language = others[(i // 10) % len(others)]
            labels = [c.labels[language] for c in rng.sample(vocabulary.concepts, 40) if language in c.labels]
            separator = "、" if language in ("ja", "zh") else ", "
            texts.append(separator.join(labels)[:length])
            continue
        language = content.LANGUAGES[i % len(content.LANGUAGES)]
        sector = sectors[(i // len(content.LANGUAGES)) % len(sectors)]
        if i % 2:
            doc = content.city_challenge(rng, sector=sector, city="Medellín", language=language)
            text = f"{doc['title']}. {doc['description']}"
        else:
            doc = content.solution_listing(rng, sector=sector, brand="Acme", language=language)
            text = f"{doc['title']}. {doc['summary']} {doc['description']}"
        texts.append(text[:length])
    return texts


def _regex_seconds(vocabulary: ConceptVocabulary, texts: list[str]) -> float:
    """CPU seconds of the alternative: one compiled regular expression of every word-start term."""
    keys = {normalise(t).strip() for c in vocabulary.concepts for terms in c.terms.values() for t in terms}
    pattern = re.compile(" (?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + ")")
    normal = [normalise(t) for t in texts]
    started = time.process_time()
    for text in normal:
        for _ in pattern.finditer(text):
            pass
    return time.process_time() - started


def bench(n: int, directory: Path | None, regex_texts: int, demo_only: bool = False) -> None:
    """Print the load time and the extraction speed over ``n`` demo texts (best of 3, wall and CPU)."""
    started = time.perf_counter()
    vocabulary = ConceptVocabulary.load(directory)
    load = time.perf_counter() - started
    print(f"load: {load * 1000:.0f} ms ({len(vocabulary)} concepts, {vocabulary._n_keys} distinct terms)")
    texts = _bench_texts(n, vocabulary=None if demo_only else vocabulary)
    chars = sum(map(len, texts)) / max(n, 1)
    best_wall = best_cpu = float("inf")
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        matrix = vocabulary.extract(texts)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    mapped = int((np.diff(matrix.indptr) > 0).sum())
    mix = (
        "en/ko/es/pt/fr demo texts"
        if demo_only
        else "90% en/ko/es/pt/fr demo texts, 10% ja/zh/vi/id/ar/ru labels"
    )
    print(
        f"extract: {n} texts ({mix}; {chars:.0f} chars on average): "
        f"{best_wall:.3f} s wall, {best_cpu:.3f} s CPU (best of 3) = {n / best_wall:,.0f} texts/s wall, "
        f"{n / best_cpu:,.0f} texts/s CPU"
    )
    print(f"         {matrix.nnz / n:.1f} concepts per text; {mapped / n:.1%} of texts map to at least one")
    if regex_texts:
        seconds = _regex_seconds(vocabulary, texts[:regex_texts])
        rate = regex_texts / seconds
        print(f"one compiled regex instead: {regex_texts} texts in {seconds:.2f} s CPU = {rate:,.0f} texts/s")


def main(argv: Sequence[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="scripts/bench_concepts.py", description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=30_000, help="number of texts to extract (30000)")
    parser.add_argument("--dir", type=Path, default=None, help="concept directory (matching/data/concepts)")
    parser.add_argument("--regex", type=int, default=0, metavar="N", help="also time one regex on N texts")
    parser.add_argument("--demo-only", action="store_true", help="only the en/ko/es/pt/fr demo texts")
    # What `python -m matching.engine.concepts --bench` took before the benchmark moved here: still accepted.
    parser.add_argument("--bench", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    bench(args.texts, args.dir, args.regex, demo_only=args.demo_only)


if __name__ == "__main__":
    main(sys.argv[1:])
