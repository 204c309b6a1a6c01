"""A text's normalised form with, for each of its characters, where in the text it comes from: for showing a
reader the words as written behind a match found in the normalised form (``ConceptVocabulary.evidence``).

Pure: nothing from Django.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable


def _continues(char: str) -> bool:
    """True for a character that NFKC may fold into the one before it: a combining mark, a Hangul vowel or
    final consonant jamo."""
    return bool(unicodedata.combining(char)) or "\u1160" <= char <= "\u11ff" or "\ud7b0" <= char <= "\ud7ff"


def aligned(text: str, normalise: Callable[[str], str]) -> tuple[str, list[int], list[int]]:
    """``normalise(text)`` with, for each of its characters, where the piece of ``text`` it comes from
    starts and ends (a piece is a character with the marks that follow it, normalised on its own).

    ``normalise`` works character by character and starts its result with a space (as
    ``matching.engine.concepts.normalise`` does); that space maps to an empty piece at 0. Where normalising
    piece by piece does not give ``normalise(text)`` (a composition across pieces not foreseen here), the
    position lists are empty.
    """
    normal = normalise(text)
    if text.isascii():  # one character for one
        return normal, [0, *range(len(text))], [0, *range(1, len(text) + 1)]
    starts, ends = [0], [0]
    pieces = [" "]
    seen: dict[str, str] = {}
    position = 0
    while position < len(text):
        stop = position + 1
        while stop < len(text) and _continues(text[stop]):
            stop += 1
        piece = seen.get(text[position:stop])
        if piece is None:
            piece = seen[text[position:stop]] = normalise(text[position:stop])[1:]
        pieces.append(piece)
        starts.extend([position] * len(piece))
        ends.extend([stop] * len(piece))
        position = stop
    if "".join(pieces) != normal:
        return normal, [], []
    return normal, starts, ends
