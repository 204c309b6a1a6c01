"""The stored text index: an explicit, versioned format (numpy arrays and a JSON header, no pickle) that gives
back the same vectors and scores; a blob of any other format, an old pickle above all, is never unpickled and
makes the re-score a full run instead."""

from __future__ import annotations

import io
import json
import pickle

import numpy as np
import pytest

from matching import pipeline
from matching.engine import MatchParams, TextIndex, score_all
from matching.engine.synthetic import build_catalogue
from matching.engine.text import FORMAT_VERSION, IndexFormatError
from matching.index import dump_index, load_index, save_term_counts, warm
from matching.models import MatchRun, RunStatus
from tests.factories import MemberCityFactory, SolutionListingFactory, StartupFactory

TEXTS = [
    "Food waste weighing bins with RFID cards for apartment blocks",
    "Detección temprana de incendios forestales con cámaras e IA",
    "산사태 조기 경보 시스템",
    "words no fit has seen: hydrophone acoustic leak detection",
    "",
    "lone surrogate \ud800 in a text",
]


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(120, 15, seed=11, listing_words=(20, 60))


def _identical(a, b) -> None:
    """The same sparse matrix, bit for bit."""
    a, b = a.tocsr(), b.tocsr()
    a.sort_indices()
    b.sort_indices()
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


def _texts(cities, startups) -> list[str]:
    return [*TEXTS, *cities.profile_text[:10], *startups.listings.text[:30]]


def _rewritten(blob: bytes, **changes) -> bytes:
    """The blob with its header (or an array) changed."""
    with np.load(io.BytesIO(blob), allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    header = json.loads(arrays["header"].tobytes())
    for key, value in changes.items():
        if key in arrays:
            arrays[key] = value
        else:
            header[key] = value
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    out = io.BytesIO()
    np.savez(out, **arrays)
    return out.getvalue()


@pytest.mark.parametrize("concept_weight", [0.5, 0.0])
def test_a_round_trip_transforms_texts_to_the_same_vectors_and_scores_the_same(catalogue, concept_weight):
    cities, startups = catalogue
    index = TextIndex.fit(cities, startups, concept_weight=concept_weight)
    blob = index.to_bytes()
    assert blob[:4] == b"PK\x03\x04" and b"\x80\x05" not in blob[:2]
    loaded = TextIndex.from_bytes(blob)
    assert not loaded.model.stale and loaded.counts is None
    assert loaded.min_df == index.min_df and loaded.n_features == index.n_features
    assert loaded.n_word_features == index.n_word_features
    assert np.array_equal(loaded.model.word_columns, index.model.word_columns)
    assert np.array_equal(loaded.model.word_idf, index.model.word_idf)
    assert np.array_equal(loaded.model.concept_idf, index.model.concept_idf)
    assert loaded.model.concept_weight == index.model.concept_weight
    assert (loaded.model.concepts is None) == (index.model.concepts is None)
    _identical(loaded.transform(_texts(cities, startups)), index.transform(_texts(cities, startups)))
    refreshed = loaded.refreshed(cities, startups)
    _identical(refreshed.listing_vectors(startups), index.listings.vectors)
    _identical(refreshed.challenge_vectors(cities), index.challenges.vectors)
    _identical(refreshed.profile_vectors(cities), index.profiles.vectors)

    params = MatchParams(concept_weight=concept_weight, processes=1)
    before, after = score_all(cities, startups, params, index), score_all(cities, startups, params, refreshed)
    for name in (
        "city",
        "startup",
        "score",
        "relevance",
        "listing",
        "challenge",
        "city_rank",
        "startup_rank",
    ):
        assert np.array_equal(getattr(before, name), getattr(after, name)), name
    assert TextIndex.from_bytes(blob).to_bytes() == blob  # deterministic: the same weights, the same bytes


def test_an_index_that_keeps_no_word_round_trips():
    cities, startups = build_catalogue(3, 2, seed=5, listing_words=(3, 5))
    index = TextIndex.fit(cities, startups, min_df=10_000)
    assert index.n_word_features == 0
    loaded = TextIndex.from_bytes(index.to_bytes())
    _identical(loaded.transform(TEXTS), index.transform(TEXTS))


def test_dump_and_load_index_round_trip_with_the_counts_cache(catalogue, settings, tmp_path):
    settings.MATCHING = {**settings.MATCHING, "CACHE_DIR": tmp_path}
    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    save_term_counts(index.counts)
    blob = dump_index(index)
    assert blob == index.to_bytes()  # the weights only: no document vectors, no raw counts
    loaded = load_index(blob)
    assert not loaded.model.stale and loaded.counts is not None and len(loaded.counts) == len(index.counts)
    assert len(loaded.listings.ids) == 0
    texts = list(startups.listings.text)  # more than 16 texts: transformed from the cached counts
    _identical(loaded.transform(texts), index.transform(texts))
    _identical(loaded.transform(texts), index.listings.vectors)


class _Tripwire:
    """Unpickling this calls `_tripped`: a loader that unpickles would be caught."""

    def __reduce__(self):
        return (_tripped, ("unpickled",))


TRIPPED: list[str] = []


def _tripped(what: str) -> str:
    TRIPPED.append(what)
    return what


@pytest.mark.parametrize("kind", ["old pickled index", "tripwire pickle"])
def test_an_old_pickle_is_never_unpickled_and_loads_as_a_stale_placeholder(catalogue, kind, caplog):
    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    blob = pickle.dumps(index.without_documents() if kind == "old pickled index" else _Tripwire(), protocol=5)
    TRIPPED.clear()
    with pytest.raises(IndexFormatError, match="pickled"):
        TextIndex.from_bytes(blob)
    loaded = load_index(blob)
    assert TRIPPED == []
    assert loaded.model.stale and loaded.n_features == 0
    assert "unusable" in caplog.text
    # it still transforms (to empty vectors), so a caller that looks at `stale` late does not fail first
    assert loaded.transform(TEXTS).shape == (len(TEXTS), 0)
    assert loaded.listing_vectors(startups).shape == (len(startups.listings), 0)


def test_other_versions_and_damaged_blobs_are_refused(catalogue):
    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    blob = index.to_bytes()
    assert TextIndex.from_bytes(_rewritten(blob)).n_features == index.n_features  # the helper changes nothing
    refused = {
        "older version": _rewritten(blob, version=FORMAT_VERSION - 1),
        "newer version": _rewritten(blob, version=FORMAT_VERSION + 1),
        "other format": _rewritten(blob, format="something-else"),
        "other hashing": _rewritten(blob, words={"n_features": 1024}),
        "short idf": _rewritten(blob, word_idf=index.model.word_idf[:-1]),
        "float32 idf": _rewritten(blob, word_idf=index.model.word_idf.astype(np.float32)),
        "unsorted columns": _rewritten(blob, word_columns=index.model.word_columns[::-1].copy()),
        "object array": _rewritten(blob, concept_idf=np.array([{"a": 1}], dtype=object)),
        "missing array": _rewritten(blob, n_word_columns=3).replace(b"word_idf", b"word_xyz"),
        "truncated": blob[: len(blob) // 2],
        "empty": b"",
        "not numpy": b"PK\x03\x04 not a zip at all",
    }
    for name, bad in refused.items():
        with pytest.raises(IndexFormatError):
            TextIndex.from_bytes(bad)
        assert load_index(bad).model.stale, name


def test_weights_loaded_against_another_concept_vocabulary_are_marked_stale(catalogue, monkeypatch):
    from matching.engine import text

    cities, startups = catalogue
    index = TextIndex.fit(cities, startups)
    blob = index.to_bytes()
    assert not TextIndex.from_bytes(blob).model.stale
    fewer = type(index.model.concepts)(index.model.concepts.concepts[:-3])
    monkeypatch.setattr(text, "_concept_vocabulary", lambda: fewer)
    loaded = TextIndex.from_bytes(blob)
    assert loaded.model.stale and loaded.model.n_concepts == 0
    assert loaded.n_word_features == index.n_word_features  # the words still transform
    assert loaded.listing_vectors(startups).shape == (len(startups.listings), loaded.n_features)


@pytest.mark.django_db
def test_a_current_run_holding_an_old_pickle_makes_the_next_rescore_a_full_run(settings, tmp_path):
    settings.MATCHING = {**settings.MATCHING, "CACHE_DIR": tmp_path}
    MemberCityFactory(
        name="Busan",
        country="FI",
        languages=["en"],
        priority_sectors=["environment"],
        profile="Food waste weighing bins, RFID cards, waste collection routes for apartment blocks.",
    )
    startups = []
    for number in range(3):
        startup = StartupFactory(
            name=f"Bins {number}", country="FI", sectors=["environment"], languages=["en"]
        )
        SolutionListingFactory(
            startup=startup,
            title="food waste weighing bins",
            summary="food waste bins for apartment blocks",
            description="waste collection routes",
            sectors=["environment"],
        )
        startups.append(startup)
    old = pipeline.rescore_all()
    assert bytes(MatchRun.objects.get(pk=old.pk).text_index)[:4] == b"PK\x03\x04"
    MatchRun.objects.filter(pk=old.pk).update(
        text_index=pickle.dumps(_Tripwire())
    )  # what an old release stored
    warm.clear()
    TRIPPED.clear()

    pipeline.rescore_startups([startups[0].pk])

    assert TRIPPED == []
    current = MatchRun.objects.get(status=RunStatus.CURRENT)
    assert current.pk != old.pk and current.pairs > 0
    assert MatchRun.objects.get(pk=old.pk).status == RunStatus.RETIRED
    assert not load_index(bytes(current.text_index)).model.stale
