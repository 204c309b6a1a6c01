"""The cached document vectors of a text index, and the stored index's format: what ``text.TextIndex`` keeps
per kind of document and how ``to_bytes`` / ``from_bytes`` check a stored blob. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from .types import IntArray


@dataclass(eq=False)
class DocumentVectors:
    """Vectors of one kind of document (profiles, challenges or listings), row-aligned with ``ids``."""

    ids: IntArray
    texts: list[str]
    vectors: sp.csr_array
    languages: list[str] = field(default_factory=list)
    _positions: dict[int, int] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.languages:
            self.languages = [""] * len(self.texts)

    def positions(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {int(i): row for row, i in enumerate(self.ids.tolist())}
        return self._positions

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_positions": None}


FORMAT = "wego-match/text-index"
FORMAT_VERSION = 3
"""The stored weights: an ``.npz`` archive (no pickled array) of ``header`` (UTF-8 JSON as uint8: format,
version, ``min_df``, ``concept_weight``, ``concept_fingerprint``, ``stop_words``, ``concept_match``, the
counts below and the word hashing's parameters, with a digest of the stop word lists), ``word_columns``
(int64, the kept hashed columns, increasing), ``word_idf`` and ``concept_idf`` (float64). Bump the version
whenever any of this changes meaning; an older blob is then refused (2: stop words per language and whole-word
concepts, with their modes in the header; 3: the sentence embeddings' language centres, ``centres`` (float32,
one row per language of the header's ``centre_languages`` and the overall centre last), when fitted with
embeddings)."""


class IndexFormatError(ValueError):
    """A stored text index this code does not read: another format (an old pickle), another version, another
    word hashing, or damaged. Refit instead (``TextIndex.placeholder()`` stands in meanwhile)."""


def _array(data: np.lib.npyio.NpzFile, name: str, dtype: type, length: int) -> npt.NDArray:
    array = data[name]
    if array.ndim != 1 or array.shape[0] != length or array.dtype != np.dtype(dtype):
        raise IndexFormatError(
            f"{name}: {array.dtype}{list(array.shape)}, expected {np.dtype(dtype)}[{length}]"
        )
    return array
