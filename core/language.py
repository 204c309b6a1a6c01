"""The language a listing, challenge or profile text is written in, when its author did not say.

Scripts decide first: Hangul is Korean, kana Japanese, Han without kana Chinese, Arabic script Arabic and
Cyrillic Russian. That is exact on the shortest titles, where a statistical model guesses. Texts in Latin
script go to py3langid (a naive Bayes model over byte n-grams that ships inside the package: nothing is
downloaded), restricted to the supported Latin-script languages so that a Spanish title cannot come out as
Galician or Catalan. Pure: no Django, no I/O after the model's first load.
"""

from __future__ import annotations

import re
from functools import cache

# The languages a text can be recorded in (ISO 639-1); the forms list them by their name.
SUPPORTED_TEXT_LANGUAGES: tuple[str, ...] = ("en", "ko", "es", "pt", "fr", "ja", "zh", "vi", "id", "ar", "ru")

_LATIN_LANGUAGES = ("en", "es", "pt", "fr", "vi", "id")
_SCRIPTS = {
    "hangul": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]"),
    "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
}
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# A text whose letters are at least this share of one non-Latin script is in that script's language, even
# with product names and acronyms in Latin letters ("IoT 기반 스마트 쓰레기통").
_SCRIPT_SHARE = 0.3
# The model reads this many characters at most: enough to decide, and a long description costs no more.
_MAX_CHARS = 2000


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(_LATIN_LANGUAGES))
    # py3langid 0.4.0 keeps the 140-language tables for a later reset of the restriction; this process never
    # resets it, so let them go (about 27 MiB of the ~75 MiB the model holds in memory).
    identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
    return identifier


def _by_script(counts: dict[str, int], latin: int) -> str | None:
    letters = latin + sum(counts.values())
    cjk = counts["han"] + counts["kana"]
    best = max(("hangul", "cjk", "arabic", "cyrillic"), key=lambda s: cjk if s == "cjk" else counts[s])
    share = (cjk if best == "cjk" else counts[best]) / letters
    if share < _SCRIPT_SHARE:
        return None
    if best == "cjk":
        return "ja" if counts["kana"] else "zh"
    return {"hangul": "ko", "arabic": "ar", "cyrillic": "ru"}[best]


def detect_language(text: str, default: str = "en") -> str:
    """The supported language `text` is most likely written in; `default` when it has no letters."""
    text = (text or "")[:_MAX_CHARS]
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    latin = len(_LATIN.findall(text))
    if not latin and not any(counts.values()):
        return default
    language = _by_script(counts, latin)
    if language is None:
        language, _score = _identifier().classify(text)
    return language
