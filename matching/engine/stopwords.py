"""Function words per language, and the word hashers that drop them, for the word part of the relevance
(``matching.engine.text``).

Two modes (``STOP_WORD_MODES``):

* ``"english"``: scikit-learn's English list for every text, whatever its language (the engine before
  per-language stop words: French "les, et, dans" and Korean "여러" were counted);
* ``"per-language"``: the text's own language's list from ``stopwordsiso`` (0.7.1) plus scikit-learn's English
  list (texts often carry English), minus the content words some stopwords-iso lists hold ("sistema",
  "город", "dữ"...) and plus function words a list lacks (Korean "여러", "통해"...), both in
  ``matching/data/stop-words.json``. A text of unknown language ("") gets the English list
  only. Chinese, Japanese and Thai are written without spaces: in texts of those languages, the stop words
  of two characters or more ("我们", "これ", "ของ") are cut out of the runs of Han, kana and Thai letters,
  longest first, and what is left is cut into character bigrams (a Thai letter keeps its vowel and tone
  marks); a bigram of two function characters (Chinese particles, any hiragana, one-character stop words)
  is dropped.

Pure: nothing from Django.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer

from .counts import HASHED_FEATURES

STOP_WORD_MODES = ("per-language", "english")
CONTINUOUS_LANGUAGES = ("zh", "ja", "th")
CORRECTIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "stop-words.json"

# scikit-learn's default token: two or more word characters. Stop words that are not one such token
# ("l'", "a fin de") cannot meet a token and are left out (scikit-learn would warn about them).
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_CONTINUOUS_RUN = re.compile(
    "[\u0e00-\u0e7f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
# A Thai letter with the vowel and tone marks written above or below it; any other character alone.
_UNIT = re.compile("[^\u0e31\u0e34-\u0e3a\u0e47-\u0e4e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")
# Chinese characters that are grammar, not topic (particles, pronouns, conjunctions, copulas): a bigram of
# two of them ("我们", "可以", "的是") says nothing about the subject. Kept short on purpose: "地", "能" and
# "会" also start content words (地铁, 能源, 会议), whose bigrams keep their second character.
_CHINESE_FUNCTION = frozenset(
    "的了和与及或在是为对把被从由以于之其这那此该各每我你他她它们"
    "也都就又还并而但则将要会可能得地着过呢吗吧啊个等所如因若即且有没不很更最"
)
_HIRAGANA = frozenset(chr(c) for c in range(0x3041, 0x30A0))
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _units(word: str) -> list[str]:
    return _UNIT.findall(word)


@cache
def _corrections() -> dict[str, dict[str, frozenset[str]]]:
    """Per language, "keep": content words that stopwords-iso lists as stop words (never dropped), and "add":
    function words its list lacks."""
    document = json.loads(CORRECTIONS_FILE.read_text(encoding="utf-8"))
    return {
        name: {language: frozenset(words) for language, words in document[name].items()}
        for name in ("keep", "add")
    }


@cache
def stop_words(language: str, mode: str = "per-language") -> frozenset[str]:
    """The words removed from a text written in ``language`` (ISO 639-1, "" unknown)."""
    if mode not in STOP_WORD_MODES:
        raise ValueError(f"stop word mode {mode!r}, expected one of {STOP_WORD_MODES}")
    if mode == "english" or not language or language == "en":
        return frozenset(ENGLISH_STOP_WORDS)
    import stopwordsiso

    own = stopwordsiso.stopwords(language) if stopwordsiso.has_lang(language) else set()
    own = set(own) | _corrections()["add"].get(language, frozenset())
    words = {w.lower() for w in own if _TOKEN.fullmatch(w.lower())} - _corrections()["keep"].get(
        language, set()
    )
    return frozenset(words | ENGLISH_STOP_WORDS)


@cache
def _continuous_rules(language: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """(function characters, a pattern of the stop words of two characters or more, longest first) of a
    language written without spaces."""
    import stopwordsiso

    words = {w.replace("\u0e4d\u0e32", "\u0e33") for w in stopwordsiso.stopwords(language)}
    single = {w for w in words if len(_units(w)) == 1}
    function = {"zh": _CHINESE_FUNCTION, "ja": _HIRAGANA | single, "th": single}[language]
    longer = sorted((w for w in words if len(_units(w)) > 1), key=lambda w: (-len(w), w))
    # a Thai match must not stop before the marks of its last letter ("มา" is not the start of "ม้า")
    pattern = re.compile(f"(?:{'|'.join(map(re.escape, longer))})(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")
    return frozenset(function), pattern


class ContinuousTokenizer:
    """scikit-learn's tokens outside runs of Han, kana and Thai letters; inside them, the stop words of two
    characters or more are cut out (longest first), and what is left is cut into character bigrams, without
    those made of two function characters (a Han character left alone is a token of its own)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.function, self.stop_pattern = _continuous_rules(language)

    def __call__(self, text: str) -> list[str]:
        tokens: list[str] = []
        position = 0
        function = self.function
        for run in _CONTINUOUS_RUN.finditer(text):
            tokens.extend(_TOKEN.findall(text, position, run.start()))
            position = run.end()
            for piece in self.stop_pattern.sub(" ", run.group()).split():
                units = _units(piece)
                if len(units) == 1:
                    if units[0] not in function and _HAN.match(units[0]):
                        tokens.append(units[0])
                    continue
                tokens.extend(
                    first + second
                    for first, second in zip(units, units[1:], strict=False)
                    if not (first in function and second in function)
                )
        tokens.extend(_TOKEN.findall(text, position))
        return tokens

    def __repr__(self) -> str:  # stable, for the stored index's description of its word hashing
        return f"ContinuousTokenizer({self.language!r})"


def signature_of_lists(mode: str) -> str:
    """A digest of every list and rule ``mode`` applies: stored word columns line up only with the same."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{mode}|continuous-bigrams-1".encode())
    if mode == "per-language":
        import stopwordsiso

        for language in sorted(set(stopwordsiso.langs()) | set(_corrections()["add"])):
            digest.update(f"|{language}:{' '.join(sorted(stop_words(language, mode)))}".encode())
        for language in CONTINUOUS_LANGUAGES:
            function, pattern = _continuous_rules(language)
            digest.update(f"|{language}:{''.join(sorted(function))}:{pattern.pattern}".encode())
    else:
        digest.update(" ".join(sorted(ENGLISH_STOP_WORDS)).encode())
    return digest.hexdigest()


def word_hasher(language: str = "", mode: str = "english") -> HashingVectorizer:
    """The word hasher of texts in ``language`` ("" unknown) under the stop word mode ``mode``."""
    options: dict[str, object] = {"stop_words": "english"}
    if mode != "english":
        if language in CONTINUOUS_LANGUAGES:
            # their own stop words are cut out by the tokeniser; English ones still go by the list
            options = {"tokenizer": ContinuousTokenizer(language), "token_pattern": None}
            options["stop_words"] = stop_words("")
        else:
            options["stop_words"] = stop_words(language, mode)
    return HashingVectorizer(
        ngram_range=(1, 2),
        n_features=HASHED_FEATURES,
        alternate_sign=False,
        norm=None,
        dtype=np.float64,
        **options,
    )


def words_signature(mode: str = "english") -> dict[str, object]:
    """How words are hashed into columns, as JSON data: stored word columns only line up with the same."""
    signature = json.loads(json.dumps(word_hasher().get_params(), default=repr, sort_keys=True))
    if mode != "english":
        signature["stop_words"] = f"{mode}:{signature_of_lists(mode)}"
    return signature
