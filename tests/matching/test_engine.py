"""The matching engine: a plain per-pair reference, behaviour of each component, and the agreement of the
incremental, sliced, chunked and threaded paths with the whole-catalogue one.

The reference is ``matching.engine.reference``. Pure numpy; needs no database:
``pytest tests/matching/test_engine.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from matching.engine import (
    CityCatalogue,
    MatchParams,
    MatchResult,
    StartupCatalogue,
    TextIndex,
    merge_startup_topk,
    score_all,
    score_cities,
    score_startups,
    shared_languages,
    shared_sectors,
)
from matching.engine.reference import COMPONENTS, Rows, reference, reference_topk
from matching.engine.synthetic import build_catalogue, catalogue_from_records

WATER = "smart water leak detection pipe pressure sensors reduce water loss"
TRAFFIC = "adaptive traffic signal control reduces congestion at intersections"
HEALTH = "telemedicine platform connects elderly patients with clinic doctors"


def city(**fields: Any) -> dict[str, Any]:
    """A city record (see ``catalogue_from_records``); challenges are (title, description, sectors)."""
    return {"country": "KR", "region": 0, "population": 1_000_000, "languages": ("en",), **fields}


def startup(*listings: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"country": "KR", "languages": ("en",), "regions": (0,), "listings": listings, **fields}


def listing(text: str = "", *sectors: str, **fields: Any) -> dict[str, Any]:
    """A listing record; deployments are (region, population)."""
    return {"text": text, "sectors": sectors, **fields}


def build(
    cities: list[dict[str, Any]], startups: list[dict[str, Any]]
) -> tuple[CityCatalogue, StartupCatalogue]:
    return catalogue_from_records(
        cities,
        startups,
        languages=["en", "ko", "es", "fr", "mn"],
        sectors=["mobility", "energy", "water", "waste", "health"],
        n_regions=3,
    )


def pairs_of(result: MatchResult) -> Rows:
    """Rows keyed by (city, startup); fails on a duplicate pair."""
    out: Rows = {}
    for i in range(len(result)):
        key = (int(result.city[i]), int(result.startup[i]))
        assert key not in out, f"pair {key} appears twice"
        out[key] = {name: getattr(result, name)[i].item() for name in MatchResult.ROW_FIELDS}
    return out


def score_one(cities: list[dict[str, Any]], startups: list[dict[str, Any]]) -> Rows:
    """Every pair of a hand-built catalogue (terms seen once count too)."""
    city_cat, startup_cat = build(cities, startups)
    index = TextIndex.fit(city_cat, startup_cat, min_df=1)
    return pairs_of(score_startups(city_cat, startup_cat, np.arange(len(startups)), MatchParams(), index))


# The synthetic catalogue's random embeddings give no challenge the evidence of a real answer: a lower bar
# makes the sample name challenges (and leave others unnamed), so both branches are compared.
BRANCHY = MatchParams(answer_threshold=0.1)


@pytest.fixture(scope="module")
def random_catalogue() -> tuple[CityCatalogue, StartupCatalogue, TextIndex, Rows]:
    cities, startups = build_catalogue(45, 24, seed=11, listing_words=(15, 40), challenges_per_city=2.5)
    cities.region[::6] = -1  # unknown regions and populations on both sides
    cities.population[1::7] = 0
    startups.deployments.region[::5] = -1
    index = TextIndex.fit(cities, startups)
    return cities, startups, index, reference(cities, startups, BRANCHY, index)


# --- the fast path against the reference ----------------------------------------------------------------


def test_every_pair_matches_the_reference(random_catalogue):
    cities, startups, index, ref = random_catalogue
    every = score_startups(cities, startups, np.arange(len(startups)), replace(BRANCHY, chunk_size=9), index)
    fast = pairs_of(every)
    assert fast.keys() == ref.keys()
    assert len(ref) > 500
    assert sum(r["challenge"] >= 0 for r in ref.values()) > 50  # the sample exercises every branch
    assert sum(r["challenge"] < 0 for r in ref.values()) > 20
    assert sum(r["deployment"] >= 0 for r in ref.values()) > 50
    for key, want in ref.items():
        got = fast[key]
        for name in ("score", *COMPONENTS):
            assert got[name] == pytest.approx(want[name], abs=1e-9), (key, name)
        assert got["challenge"] == want["challenge"] or want["near_tie"], key
        for name in ("listing", "deployment", "overseas"):
            assert got[name] == want[name], (key, name)


def test_reasons_match_the_reference(random_catalogue):
    cities, startups, index, ref = random_catalogue
    result = score_all(cities, startups, replace(BRANCHY, k=6), index)
    langs = shared_languages(cities, startups, city=result.city, listing=result.listing)
    secs = shared_sectors(cities, startups, city=result.city, listing=result.listing)
    for i in range(len(result)):
        want = ref[(int(result.city[i]), int(result.startup[i]))]
        assert langs.indices[langs.indptr[i] : langs.indptr[i + 1]].tolist() == want["languages"]
        assert secs.indices[secs.indptr[i] : secs.indptr[i + 1]].tolist() == want["sectors"]


def _ranked(rows: Rows, side: int, who: int, rank: str) -> list[tuple[int, int]]:
    """(rank, other index) of one city (side 0) or startup (side 1), best first."""
    return sorted((r[rank], key[1 - side]) for key, r in rows.items() if key[side] == who and r[rank] > 0)


@pytest.mark.parametrize("k", [1, 5, 30])
def test_top_k_both_ways_is_exactly_the_reference(random_catalogue, k):
    cities, startups, index, ref = random_catalogue
    rows = pairs_of(score_all(cities, startups, replace(BRANCHY, k=k, chunk_size=7), index))
    want_city, want_startup = reference_topk(ref, k)
    for c, best in want_city.items():
        assert _ranked(rows, 0, c, "city_rank") == list(enumerate(best, start=1)), c
    for t, best in want_startup.items():
        assert _ranked(rows, 1, t, "startup_rank") == list(enumerate(best, start=1)), t
    union = {(c, t) for c, ts in want_city.items() for t in ts}
    union |= {(c, t) for t, cs in want_startup.items() for c in cs}
    assert rows.keys() == union  # each pair once
    for key, row in rows.items():
        assert row["score"] == pytest.approx(ref[key]["score"], abs=1e-9)


# --- behaviour of each component ------------------------------------------------------------------------


def test_listing_answering_a_challenge_ranks_first_and_names_it():
    traffic_jams = ("Traffic jams", "congestion at intersections, traffic signal timing", ("mobility",))
    water_losses = ("Water losses", "old pipe network loses water through leaks", ("water",))
    rows = score_one(
        [city(profile="a friendly city by the sea", challenges=(traffic_jams, water_losses))],
        [
            startup(listing(TRAFFIC, "mobility")),
            startup(listing(HEALTH, "health")),
            startup(listing(WATER, "water")),
        ],
    )
    assert max(rows, key=lambda key: rows[key]["score"]) in {(0, 0), (0, 2)}
    assert [rows[(0, t)]["challenge"] for t in range(3)] == [0, -1, 1]
    assert rows[(0, 1)]["score"] < min(rows[(0, 0)]["score"], rows[(0, 2)]["score"])
    assert rows[(0, 0)]["relevance"] > 0.3 > rows[(0, 1)]["relevance"]


def test_a_profile_match_names_no_challenge():
    rows = score_one(
        [city(profile=WATER, challenges=(("Festival", "music tickets", ()),))], [startup(listing(WATER))]
    )
    assert (rows[(0, 0)]["relevance"], rows[(0, 0)]["challenge"]) == (pytest.approx(1.0), -1)


def test_covering_the_answered_challenge_sectors_raises_sector_fit():
    leaks = ("Water losses", "old pipe network loses water through leaks", ("water", "energy"))
    rows = score_one(
        [city(sectors=("water", "energy"), challenges=(leaks,))],
        [startup(listing(WATER, *secs)) for secs in (("water",), ("water", "energy"), ("water", "health"))],
    )
    # 0.75 · |Ls ∩ Cs| / |Ls| + 0.25 · |Ls ∩ Hs| / |Hs|
    assert [rows[(0, t)]["sector_fit"] for t in range(3)] == pytest.approx([0.875, 1.0, 0.5])


def test_deployed_product_beats_concept_for_a_megacity():
    text = "air quality monitoring sensors"
    rows = score_one(
        [city(population=10_000_000, profile=text), city(population=50_000, profile=text)],
        [startup(listing(text, maturity=m)) for m in (0, 1, 2)],
    )
    mega = [rows[(0, t)]["readiness"] for t in range(3)]
    small = [rows[(1, t)]["readiness"] for t in range(3)]
    assert mega[2] > mega[1] > mega[0] > 0
    assert rows[(0, 2)]["score"] > rows[(0, 0)]["score"]
    assert small[1] > mega[1]  # a pilot suits a small city better
    assert 0 < mega[0] < 0.2 and small[0] < 0.5  # a concept scores low, never zero


def test_open_challenges_make_a_pilot_more_welcome():
    rows = score_one([city(challenges=(("Any need", "", ()),)), city()], [startup(listing(maturity=1))])
    assert rows[(0, 0)]["readiness"] > rows[(1, 0)]["readiness"]


def test_shared_languages_and_target_region_raise_reach():
    rows = score_one(
        [city(languages=("ko", "en")), city(region=1)],
        [startup(listing(), languages=("es",)), startup(listing()), startup(listing(languages=("ko",)))]
        + [startup(listing(), regions=r) for r in ((), (0, 1))],
    )
    assert rows[(0, 0)]["reach"] < rows[(0, 1)]["reach"] < rows[(0, 2)]["reach"] == pytest.approx(1.0)
    assert rows[(1, 1)]["reach"] < rows[(1, 3)]["reach"] < rows[(1, 4)]["reach"]  # untargeted in between


def test_no_shared_language_keeps_reach_low_but_still_scores_on_relevance():
    rows = score_one(
        [city(languages=("mn",), region=2, profile=WATER)], [startup(listing(WATER, maturity=0))]
    )
    assert rows[(0, 0)]["reach"] == 0.0
    assert rows[(0, 0)]["relevance"] == pytest.approx(1.0)
    assert rows[(0, 0)]["score"] >= 35.0  # the relevance weight alone


def test_same_region_and_similar_size_deployments_raise_proof():
    deployments = [(), ((1, 5e4),), ((0, 5e4),), ((0, 5e6),), ((1, 5e4), (1, 6e4), (2, 7e4))]
    rows = score_one(
        [city(region=0, population=9_600_000)], [startup(listing(deployments=d)) for d in deployments]
    )
    proof = [rows[(0, t)]["proof"] for t in range(5)]
    assert proof[0] == 0.0
    assert proof[1] < proof[2] < proof[3] < 1
    assert proof[4] > proof[1]  # more deployments count more
    assert (rows[(0, 0)]["deployment"], rows[(0, 3)]["deployment"]) == (-1, 2)


def test_the_named_deployment_is_the_most_relevant_one_and_unknown_regions_never_match():
    deployments = ((0, 10_000), (1, 700_000), (1, 20_000))
    rows = score_one([city(region=1, population=800_000)], [startup(listing(deployments=deployments))])
    assert rows[(0, 0)]["deployment"] == 1
    unknown = [city(region=-1, population=0), city(region=0, population=0)]
    rows = score_one(unknown, [startup(listing(deployments=((-1, 0),)))])
    assert rows[(0, 0)]["proof"] == rows[(1, 0)]["proof"] == pytest.approx(1 / 4)


def test_the_best_listing_gives_the_pair_its_score():
    rows = score_one([city(profile=TRAFFIC)], [startup(listing(HEALTH), listing(TRAFFIC), listing(WATER))])
    assert rows[(0, 0)]["listing"] == 1


def test_abroad_flag_compares_countries():
    rows = score_one([city(country="KR"), city(country="CO")], [startup(listing(), country="KR")])
    assert (rows[(0, 0)]["overseas"], rows[(1, 0)]["overseas"]) == (False, True)


DEGENERATE = {
    "empty texts": ([city()], [startup(listing())]),
    "no sectors, languages or regions": (
        [city(languages=(), sectors=())],
        [startup(listing(WATER), languages=(), regions=())],
    ),
    "unknown region and population": (
        [city(region=-1, population=0)],
        [startup(listing(deployments=((-1, 0),)))],
    ),
    "no listings": ([city(profile=WATER)], [startup(), startup(listing(WATER))]),
    "empty challenge": ([city(), city(challenges=(("", "", ()),))], [startup(listing())]),
    "no cities": ([], [startup(listing())]),
    "no startups": ([city()], []),
    "no shared vocabulary": ([city(profile="unique words")], [startup(listing("other terms"))]),
}


@pytest.mark.parametrize("case", DEGENERATE)
def test_degenerate_catalogues_give_finite_scores(case):
    cities, startups = build(*DEGENERATE[case])
    index = TextIndex.fit(cities, startups)  # min_df=2: may leave an empty vocabulary
    params, every = replace(BRANCHY, k=3), np.arange(len(startups))
    scorable = np.flatnonzero(startups.listing_count > 0)
    everything = score_startups(cities, startups, every, params, index)
    assert len(everything) == len(cities) * scorable.size
    for result in (
        everything,
        score_all(cities, startups, params, index),
        score_all(cities, startups, params),
        score_cities(cities, startups, np.arange(len(cities)), params, index),
    ):
        assert set(result.startup.tolist()) <= set(scorable.tolist())
        assert np.isfinite(result.score).all() and ((result.score >= 0) & (result.score <= 100)).all()
        for values in (getattr(result, name) for name in COMPONENTS):
            assert np.isfinite(values).all() and ((values >= 0) & (values <= 1)).all()


def test_ties_go_to_the_lower_index():
    cities, startups = build([city(), city()], [startup(listing()) for _ in range(6)])
    index = TextIndex.fit(cities, startups)
    rows = pairs_of(score_all(cities, startups, replace(BRANCHY, k=2, chunk_size=1), index))
    assert len({r["score"] for r in rows.values()}) == 1
    assert all(_ranked(rows, 0, c, "city_rank") == [(1, 0), (2, 1)] for c in (0, 1))
    assert all(_ranked(rows, 1, t, "startup_rank") == [(1, 0), (2, 1)] for t in range(6))


def test_equal_listings_and_challenges_go_to_the_lower_index():
    twin = ("Water losses", "old pipe network loses water through leaks", ("water",))
    rows = score_one(
        [city(profile="parks", challenges=(("Parks", "green parks", ()), twin, twin))],
        [startup(listing(HEALTH), listing(WATER), listing(WATER))],
    )
    assert (rows[(0, 0)]["listing"], rows[(0, 0)]["challenge"]) == (1, 1)


def test_weights_and_version_come_from_the_parameters():
    cities, startups = build([city(profile=WATER)], [startup(listing(WATER, maturity=0))])
    only_relevance = MatchParams(weight_sector_fit=0, weight_proof=0, weight_reach=0, weight_readiness=0)
    result = score_all(cities, startups, only_relevance, TextIndex.fit(cities, startups, min_df=1))
    assert result.score[0] == pytest.approx(100.0)
    assert only_relevance.as_dict()["algorithm_version"] == result.algorithm_version
    with pytest.raises(ValueError):
        MatchParams(weight_relevance=-1)


# --- incremental, sliced, chunked: the same answers -----------------------------------------------------


@pytest.fixture(scope="module")
def mid_catalogue() -> tuple[CityCatalogue, StartupCatalogue, TextIndex]:
    cities, startups = build_catalogue(300, 40, seed=5, listing_words=(20, 60))
    return cities, startups, TextIndex.fit(cities, startups)


def _assert_same_rows(got: Rows, want: Rows, fields: tuple[str, ...] = ("city_rank", "startup_rank")) -> None:
    assert got.keys() == want.keys()
    for key, row in want.items():
        for name in ("score", *COMPONENTS):
            assert got[key][name] == pytest.approx(row[name], abs=1e-12), (key, name)
        for name in ("listing", "challenge", "deployment", "overseas", *fields):
            assert got[key][name] == row[name], (key, name)


def test_rescoring_some_startups_equals_the_same_pairs_of_the_full_score(mid_catalogue):
    cities, startups, index = mid_catalogue
    params, chosen = replace(BRANCHY, k=8, chunk_size=64), [0, 17, 42, 299]
    full = pairs_of(score_all(cities, startups, params, index))
    part = pairs_of(score_startups(cities, startups, chosen, params, index))
    scored = [t for t in chosen if startups.listing_count[t]]
    assert part.keys() == {(c, t) for c in range(len(cities)) for t in scored}
    assert all(row["city_rank"] == 0 for row in part.values())  # unknown without the other startups
    in_full = {key: row for key, row in full.items() if key[1] in chosen}
    _assert_same_rows({key: part[key] for key in in_full}, in_full, ("startup_rank",))
    ranked = {key for key, row in in_full.items() if row["startup_rank"]}
    assert {key for key, row in part.items() if row["startup_rank"]} == ranked


def test_rescoring_some_cities_equals_the_same_pairs_of_the_full_score(mid_catalogue):
    cities, startups, index = mid_catalogue
    params = replace(BRANCHY, k=8, chunk_size=64)
    full = pairs_of(score_all(cities, startups, params, index))
    part = pairs_of(score_cities(cities, startups, [3, 9], replace(params, chunk_size=3), index))
    assert part.keys() == {(c, t) for c in (3, 9) for t in np.flatnonzero(startups.listing_count).tolist()}
    in_full = {key: row for key, row in full.items() if key[0] in (3, 9)}
    _assert_same_rows({key: part[key] for key in in_full}, in_full, ("city_rank",))
    assert sum(1 for row in part.values() if row["city_rank"]) == 16


def test_city_slices_merged_equal_the_whole_catalogue(mid_catalogue):
    cities, startups, index = mid_catalogue
    params = replace(BRANCHY, k=6, chunk_size=50)
    whole = pairs_of(score_all(cities, startups, params, index))
    slices = [np.arange(0, 13), np.arange(13, 14), np.arange(14, 40)]
    merged = merge_startup_topk([score_all(cities, startups, params, index, city_indices=s) for s in slices])
    _assert_same_rows(pairs_of(merged), whole)
    overlapping = [score_all(cities, startups, params, index, city_indices=s) for s in ([0, 1], [1])]
    with pytest.raises(ValueError):
        merge_startup_topk(overlapping)


@pytest.mark.parametrize(("chunk_size", "threads"), [(1, 1), (37, 2), (200, 3)])
def test_chunk_size_and_threads_do_not_change_the_result(mid_catalogue, chunk_size, threads):
    cities, startups, index = mid_catalogue
    base = pairs_of(score_all(cities, startups, replace(BRANCHY, k=5, chunk_size=4096, threads=1), index))
    other = score_all(cities, startups, replace(BRANCHY, k=5, chunk_size=chunk_size, threads=threads), index)
    _assert_same_rows(pairs_of(other), base)


def test_text_index_tokenises_only_new_or_edited_texts(mid_catalogue, monkeypatch):
    cities, startups, index = mid_catalogue
    # relevance alone, so the best listing is the one whose text is closest (words only: the synthetic
    # catalogue's embedding of the edited listing is still the old text's)
    params = replace(
        BRANCHY,
        k=5,
        weight_sector_fit=0,
        weight_proof=0,
        weight_reach=0,
        weight_readiness=0,
        embedding_weight=0.0,
    )
    before = pairs_of(score_startups(cities, startups, [1, 2], params, index))
    texts = list(startups.listings.text)
    edited_row = int(np.flatnonzero(startups.listings.startup == 2)[0])
    texts[edited_row] = cities.profile_text[0]  # startup 2 now describes exactly what city 0 wants
    edited = replace(startups, listings=replace(startups.listings, text=texts))
    seen: list[list[str]] = []
    original = TextIndex.transform
    monkeypatch.setattr(
        TextIndex, "transform", lambda self, t, *args: seen.append(list(t)) or original(self, t, *args)
    )
    after = pairs_of(score_startups(cities, edited, [1, 2], params, index))
    assert seen == [[cities.profile_text[0]]]
    assert (after[(0, 2)]["relevance"], after[(0, 2)]["listing"]) == (pytest.approx(1.0), edited_row)
    assert all(after[(c, 1)] == before[(c, 1)] for c in range(len(cities)))
    refreshed = index.refreshed(cities, edited)  # tokenises the edited text once more, then nothing
    assert refreshed.listing_vectors(edited) is refreshed.listings.vectors
    assert seen == [[cities.profile_text[0]]] * 2


@pytest.mark.parametrize("processes", [2, 3])
def test_forked_processes_do_not_change_the_result(mid_catalogue, monkeypatch, processes):
    from matching.engine import scoring

    monkeypatch.setattr(scoring, "MIN_STARTUPS_PER_PROCESS", 20)  # mid_catalogue has 300 startups
    cities, startups, index = mid_catalogue
    base = pairs_of(score_all(cities, startups, replace(BRANCHY, k=5, processes=1), index))
    forked = score_all(cities, startups, replace(BRANCHY, k=5, processes=processes), index)
    assert forked.params.processes == processes
    _assert_same_rows(pairs_of(forked), base)


# --- purity -----------------------------------------------------------------------------------------------


def test_the_engine_imports_nothing_from_django_the_demo_or_the_tests():
    """Every module of matching.engine (the reference too), imported in a fresh interpreter, pulls in no
    Django, no demo content and no test code."""
    import pkgutil
    import subprocess
    import sys
    from pathlib import Path

    import matching.engine

    modules = [f"matching.engine.{m.name}" for m in pkgutil.iter_modules(matching.engine.__path__)]
    assert "matching.engine.reference" in modules and "matching.engine.concepts" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'demo', 'tests'}))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_no_engine_module_imports_django_the_demo_or_the_tests_even_lazily():
    import ast
    from pathlib import Path

    import matching.engine

    found = []
    for path in sorted(Path(matching.engine.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            found += [(path.name, n) for n in names if n.split(".")[0] in ("django", "demo", "tests")]
    assert found == []
