from dataclasses import replace

from django.core.management import call_command

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
    engine = evaluate(engine_rankings(data(), matching_params()), data().judgements)
    baseline = evaluate(sector_baseline_rankings(data()), data().judgements)
    assert engine.ndcg_at_10 >= baseline.ndcg_at_10 + 0.05
    assert engine.precision_at_5 >= baseline.precision_at_5
    # Every city's best answer to its challenge comes first.
    for city, ranking in engine_rankings(data(), matching_params()).items():
        assert data().judgements[city][ranking[0]] == 2, city


def test_the_text_relevance_is_what_puts_the_answer_first():
    """Without the text signal (no relevance, no challenge bonus) the ranking is measurably worse."""
    blind = replace(matching_params(), weight_relevance=0.0, sector_challenge_bonus=0.0)
    full = evaluate(engine_rankings(data(), matching_params()), data().judgements)
    without_text = evaluate(engine_rankings(data(), blind), data().judgements)
    assert full.ndcg_at_10 >= without_text.ndcg_at_10 + 0.02
    firsts = engine_rankings(data(), blind)
    assert any(data().judgements[city][ranking[0]] != 2 for city, ranking in firsts.items())


def test_eval_matching_prints_both_figures(capsys):
    call_command("eval_matching")
    out = capsys.readouterr().out
    assert "engine_ndcg_at_10=" in out and "baseline_ndcg_at_10=" in out


def test_across_languages_the_engine_beats_the_words_only_engine_by_a_clear_margin():
    data = cross_language_set()
    params = matching_params()
    engine = ndcg_by_language_pair(data, engine_rankings(data, params))
    words = ndcg_by_language_pair(data, engine_rankings(data, replace(params, concept_weight=0.0)))
    assert engine.cross >= words.cross + 0.25
    assert engine.same >= words.same - 0.01  # and loses nothing within one language
    assert engine.overall > words.overall
