"""The text model: cached raw counts never change a result, and the concept share of the cosine."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from matching.engine import TextIndex
from matching.engine.counts import count_texts
from matching.engine.synthetic import build_catalogue
from matching.index import load_term_counts, save_term_counts


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(120, 15, seed=11, listing_words=(20, 60))


def _same(a, b) -> None:
    assert a.shape == b.shape
    difference = abs(a - b)
    assert difference.nnz == 0 or difference.max() <= 1e-12


def test_a_fit_from_cached_counts_equals_a_cold_fit_even_after_edits(catalogue):
    cities, startups = catalogue
    first = TextIndex.fit(cities, startups)
    texts = list(startups.listings.text)
    texts[0] = "Landslide early warning with slope tilt sensors " + texts[0]
    texts[5] = "Brand-new words: hydrophone acoustic leak detection"
    edited = replace(startups, listings=replace(startups.listings, text=texts))
    cold = TextIndex.fit(cities, edited)
    warm = TextIndex.fit(cities, edited, counts=first.counts)
    assert np.array_equal(cold.model.word_columns, warm.model.word_columns)
    _same(cold.listings.vectors, warm.listings.vectors)
    _same(cold.challenges.vectors, warm.challenges.vectors)
    _same(cold.profiles.vectors, warm.profiles.vectors)
    assert len(warm.counts) == len({*cities.profile_text, *cities.challenges.text, *texts})


def test_tokenising_in_forked_processes_gives_the_same_fit(catalogue, monkeypatch):
    from matching.engine import text

    monkeypatch.setattr(text, "PARALLEL_FROM_TEXTS", 10)
    cities, startups = catalogue
    alone = TextIndex.fit(cities, startups)
    shared = TextIndex.fit(cities, startups, processes=3)
    assert np.array_equal(alone.model.word_columns, shared.model.word_columns)
    _same(alone.listings.vectors, shared.listings.vectors)
    _same(alone.challenges.vectors, shared.challenges.vectors)
    assert np.array_equal(alone.counts.keys, shared.counts.keys)
    _same(alone.counts.concepts, shared.counts.concepts)


def test_the_cache_tokenises_only_texts_it_has_not_seen(catalogue, monkeypatch):
    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    seen: list[int] = []
    original = type(index.model).analyse
    monkeypatch.setattr(
        type(index.model), "analyse", lambda self, t, *args: seen.append(len(t)) or original(self, t, *args)
    )
    texts = [*startups.listings.text[:10], "a text never seen before"]
    count_texts(texts, [*startups.listings.language[:10], "en"], index.model, index.counts)
    assert seen == [1]


def test_the_cache_keys_a_text_by_its_language_too(catalogue, monkeypatch):
    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    seen: list[int] = []
    original = type(index.model).analyse
    monkeypatch.setattr(
        type(index.model), "analyse", lambda self, t, *args: seen.append(len(t)) or original(self, t, *args)
    )
    # the same texts said to be French lose other stop words: counted again
    count_texts(startups.listings.text[:10], ["fr"] * 10, index.model, index.counts)
    assert seen == [10]


def test_without_concepts_the_vectors_are_the_words_only_ones(catalogue):
    cities, startups = catalogue
    words = TextIndex.fit(cities, startups, concept_weight=0.0)
    assert words.model.n_concepts == 0
    none = TextIndex.fit(cities, startups, concepts=None)
    _same(words.listings.vectors, none.listings.vectors)


def test_the_cosine_is_the_weighted_sum_of_the_word_and_concept_cosines():
    cities, startups = build_catalogue(40, 6, seed=2, listing_words=(20, 40))
    texts = [
        "Landslide early warning: slope sensors alert hillside residents",
        "Alerta temprana de deslizamientos con sensores en laderas",
        "산사태 조기 경보: 사면 센서가 주민에게 알립니다",
    ]
    both = TextIndex.fit(cities, startups, concept_weight=0.4, extra_texts=texts, min_df=1)
    words = TextIndex.fit(cities, startups, concept_weight=0.0, extra_texts=texts, min_df=1)
    v, w = both.transform(texts), words.transform(texts)
    c = both.concept_part(v)
    c_norm = np.sqrt(np.asarray(c.multiply(c).sum(axis=1)).ravel())
    for i, j in [(0, 1), (0, 2), (1, 2)]:
        cos_w = float(w[[i]].multiply(w[[j]]).sum())
        cos_c = float(c[[i]].multiply(c[[j]]).sum()) / (c_norm[i] * c_norm[j])
        assert float(v[[i]].multiply(v[[j]]).sum()) == pytest.approx(0.6 * cos_w + 0.4 * cos_c, abs=1e-12)
    # across languages the words share nothing, the concepts carry the match
    assert float(w[[1]].multiply(w[[2]]).sum()) == 0.0
    assert float(v[[1]].multiply(v[[2]]).sum()) > 0.2


def test_the_counts_cache_survives_a_round_trip_and_a_broken_file_is_ignored(catalogue, settings, tmp_path):
    settings.MATCHING = {**settings.MATCHING, "CACHE_DIR": tmp_path}
    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    save_term_counts(index.counts)
    loaded = load_term_counts()
    assert np.array_equal(loaded.keys, index.counts.keys)
    _same(loaded.words, index.counts.words)
    _same(loaded.concepts, index.counts.concepts)
    warm = TextIndex.fit(cities, startups, counts=loaded)
    _same(warm.listings.vectors, index.listings.vectors)
    (tmp_path / "term-counts.npz").write_bytes(b"not a numpy file")
    assert load_term_counts() is None


def test_a_model_unpickled_against_another_vocabulary_is_marked_stale(catalogue, monkeypatch):
    import pickle

    from matching.engine import text

    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    blob = pickle.dumps(index.without_documents())
    assert not pickle.loads(blob).model.stale
    fewer = type(index.model.concepts)(index.model.concepts.concepts[:-3])
    monkeypatch.setattr(text, "_concept_vocabulary", lambda: fewer)
    loaded = pickle.loads(blob)
    assert loaded.model.stale and loaded.model.n_concepts == 0
    assert loaded.listing_vectors(startups).shape == (len(startups.listings), loaded.n_features)
