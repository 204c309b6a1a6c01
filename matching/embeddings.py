"""Sentence embeddings of the catalogue's texts: computed once per text and model version, by the worker, and
stored (``TextEmbedding``, keyed by ``text_digest``); the loader puts them in the engine's arrays.

- ``active_model()``: the model of ``settings.MATCHING_EMBEDDING_MODEL``, loaded once per process (None when
  it is "none" or cannot be loaded: the matching then runs on words and concepts only, and says so).
- ``catalogue_texts``: the texts the engine scores (city profiles, open challenges, published listings), the
  same strings the loader builds, so a stored vector is found again by its digest, each with the form of the
  model that embeds it: the city's side as queries, listings as passages (``EmbeddingModel.queries``).
- ``stored`` / ``ensure``: read stored vectors; compute and store the missing ones, one transaction per
  batch, so an interrupted pass keeps what it did and the next one resumes.
- ``attach``: fill the catalogue's embedding arrays, computing the few missing ones at once (an edit's
  re-score, in the worker) or leaving zero rows and queuing ``embed_texts`` when there are many.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from matching.engine.embedding import EMBEDDINGS_OFF, EmbeddingModel, load_model
from matching.engine.types import CityCatalogue, StartupCatalogue, check_embedding
from matching.models import TextEmbedding

log = logging.getLogger(__name__)
STORED_DTYPE = np.dtype("<f2")  # float16 halves the table; nDCG@5 on the labelled sets did not move
READ_BATCH = 5000  # digests per IN query
EMBED_TASK = "matching.tasks.embed_texts"
EMBED_LOCK = "matching:embed-queued"

_models: dict[str, EmbeddingModel | None] = {}
Progress = Callable[[int, int], None]


def active_model() -> EmbeddingModel | None:
    """The configured model, loaded on first use and kept for the life of the process."""
    name = settings.MATCHING_EMBEDDING_MODEL
    if name not in _models:
        _models[name] = load_model(name)
    return _models[name]


def model_status(model: EmbeddingModel | None) -> str:
    """What to show about the embedding signal: the model's version, or that it is off."""
    return model.version if model is not None else EMBEDDINGS_OFF


def text_digest(text: str, model: EmbeddingModel | str) -> str:
    version = model if isinstance(model, str) else model.version
    return hashlib.sha256(f"{version}\0{text}".encode()).hexdigest()


def catalogue_texts(
    cities: CityCatalogue | None, startups: StartupCatalogue | None, model: EmbeddingModel
) -> list[tuple[str, EmbeddingModel]]:
    """The engine's texts of a catalogue, each with the model form that embeds it: profiles and challenges
    (queries), then listings (passages); empty ones left out."""
    pairs: list[tuple[str, EmbeddingModel]] = []
    if cities is not None:
        queries = model.queries()
        pairs += [(text, queries) for text in cities.profile_text + cities.challenges.text]
    if startups is not None:
        pairs += [(text, model) for text in startups.listings.text]
    return [(text, form) for text, form in pairs if text.strip()]


def _decode(blobs: Sequence[bytes | memoryview], dims: int | None = None) -> np.ndarray:
    joined = b"".join(bytes(blob) for blob in blobs)
    flat = np.frombuffer(joined, dtype=STORED_DTYPE)
    return flat.reshape(len(blobs), dims or flat.size // max(len(blobs), 1)).astype(np.float32)


def stored(digests: Iterable[str]) -> dict[str, np.ndarray]:
    """The stored vectors (float32) of these digests, by digest; digests not stored are absent."""
    wanted = list(dict.fromkeys(digests))
    found: dict[str, np.ndarray] = {}
    for start in range(0, len(wanted), READ_BATCH):
        rows = list(
            TextEmbedding.objects.filter(digest__in=wanted[start : start + READ_BATCH]).values_list(
                "digest", "vector"
            )
        )
        if rows:
            vectors = _decode([vector for _, vector in rows])
            found.update(zip((digest for digest, _ in rows), vectors, strict=True))
    return found


@dataclass
class Ensured:
    vectors: np.ndarray
    """(n, dims) float32, a zero row for an empty text (or one beyond ``limit``)."""
    computed: int
    missing: int
    """Texts still without a stored vector (beyond ``limit``)."""


def ensure(
    texts: Sequence[str],
    model: EmbeddingModel | Sequence[EmbeddingModel],
    *,
    batch: int = 64,
    progress: Progress | None = None,
    limit: int | None = None,
) -> Ensured:
    """The vectors of ``texts``, computing and storing only the missing ones (at most ``limit``), one
    transaction per batch of ``batch`` texts: an interrupted pass (Ctrl-C, a killed worker) keeps the batches
    it finished. ``model``: one model form for every text, or one per text (``catalogue_texts``).
    ``progress(done, total)`` is called after each batch."""
    forms = [model] * len(texts) if isinstance(model, EmbeddingModel) else list(model)
    digests = [text_digest(text, form) for text, form in zip(texts, forms, strict=True)]
    found = stored(digest for digest, text in zip(digests, texts, strict=True) if text.strip())
    todo: dict[str, tuple[str, EmbeddingModel]] = {}
    for digest, text, form in zip(digests, texts, forms, strict=True):
        if text.strip() and digest not in found:
            todo.setdefault(digest, (text, form))
    # one form per batch: group the pending texts by form, keeping their order within a form
    pending = sorted(todo.items(), key=lambda item: item[1][1].version)
    missing = len(pending)
    if limit is not None:
        pending = pending[:limit]
    done = 0
    for start in range(0, len(pending), batch):
        chunk = pending[start : start + batch]
        by_form: dict[str, list[tuple[str, str]]] = {}
        form_of: dict[str, EmbeddingModel] = {}
        for digest, (text, form) in chunk:
            by_form.setdefault(form.version, []).append((digest, text))
            form_of[form.version] = form
        rows: list[TextEmbedding] = []
        for version, items in by_form.items():
            vectors = form_of[version].embed([text for _, text in items]).astype(STORED_DTYPE)
            rows += [
                TextEmbedding(digest=digest, model=version, vector=vector.tobytes())
                for (digest, _), vector in zip(items, vectors, strict=True)
            ]
            found.update(zip((digest for digest, _ in items), vectors.astype(np.float32), strict=True))
        with transaction.atomic():
            TextEmbedding.objects.bulk_create(rows, ignore_conflicts=True)
        done += len(chunk)
        if progress is not None:
            progress(done, len(pending))
    dims = forms[0].dims if forms else (model.dims if isinstance(model, EmbeddingModel) else 0)
    out = np.zeros((len(texts), dims), dtype=np.float32)
    for row, digest in enumerate(digests):
        vector = found.get(digest)
        if vector is not None:
            out[row] = vector
    return Ensured(out, computed=done, missing=missing - done)


def queue_backfill() -> None:
    """Queue one `embed_texts` task (a cache key collapses repeated requests). Not in eager mode, where it
    would embed the whole catalogue inside the caller: run `manage.py embed_texts` there."""
    if current_app.conf.task_always_eager:
        log.warning("Texts without embeddings: run `manage.py embed_texts` (no worker to queue it to).")
        return
    try:
        if cache.add(EMBED_LOCK, 1, timeout=600) is False:
            return
        current_app.tasks[EMBED_TASK].apply_async()
    except Exception:  # noqa: BLE001 - the nightly beat entry embeds what is missing
        log.warning("Could not queue the embedding backfill; the nightly run will do it.", exc_info=True)


def attach(
    cities: CityCatalogue | None,
    startups: StartupCatalogue | None,
    *,
    model: EmbeddingModel | None = None,
    inline_limit: int | None = None,
) -> str:
    """Fill ``cities.profile_embedding``, ``cities.challenges.embedding`` and ``startups.listings.embedding``
    (either side may be None) from the stored vectors. Missing vectors are computed here when there are at
    most ``inline_limit`` (setting MATCHING["EMBED_INLINE_LIMIT"]); otherwise they stay zero rows and the
    backfill task is queued. Without a model the arrays stay None. Returns what to show about the signal
    (``model_status``, plus how many texts are still to embed)."""
    model = model if model is not None else active_model()
    if model is None:
        return EMBEDDINGS_OFF
    limit = settings.MATCHING["EMBED_INLINE_LIMIT"] if inline_limit is None else inline_limit
    queries = model.queries()
    texts = (cities.profile_text + cities.challenges.text if cities is not None else []) + (
        startups.listings.text if startups is not None else []
    )
    n_queries = len(texts) - (len(startups.listings.text) if startups is not None else 0)
    forms = [queries] * n_queries + [model] * (len(texts) - n_queries)
    digests = [text_digest(text, form) for text, form in zip(texts, forms, strict=True)]
    found = stored(digest for digest, text in zip(digests, texts, strict=True) if text.strip())
    todo = {
        digest: (text, form)
        for digest, text, form in zip(digests, texts, forms, strict=True)
        if text.strip() and digest not in found
    }
    missing = list(todo)
    status = model_status(model)
    if missing and len(missing) <= limit:
        wanted = list(todo.values())
        vectors = ensure([text for text, _ in wanted], [form for _, form in wanted]).vectors
        found.update(zip(todo, vectors, strict=True))
    elif missing:
        status += f" ({len(missing)} texts not embedded yet: zero rows, `embed_texts` queued)"
        queue_backfill()
    vectors = np.zeros((len(texts), model.dims), dtype=np.float32)
    for row, digest in enumerate(digests):
        if digest in found:
            vectors[row] = found[digest]
    start = 0
    if cities is not None:
        n, h = len(cities), len(cities.challenges)
        cities.profile_embedding = check_embedding(vectors[:n], n, "cities.profile_embedding")
        cities.challenges.embedding = check_embedding(vectors[n : n + h], h, "challenges.embedding")
        start = n + h
    if startups is not None:
        n = len(startups.listings)
        startups.listings.embedding = check_embedding(vectors[start:], n, "listings.embedding")
    return status
