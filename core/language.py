"""The language a listing, challenge or profile text is written in, when its author did not say.

Any language py3langid's model knows (its ISO 639-1 codes, ``SUPPORTED_TEXT_LANGUAGES``) can come out.
Scripts decide first where they are exact: Hangul is Korean, kana Japanese, Han without kana Chinese, Thai
script Thai, Greek Greek, Hebrew Hebrew, and so on (``_SCRIPTS``). That is exact on the shortest titles, where
a statistical model guesses. A text in a script that several languages share (Latin, Cyrillic, the Arabic
script, Devanagari, Bengali) goes to py3langid (a naive Bayes model over byte n-grams that ships inside the
package: nothing is downloaded), restricted to that script's languages, so that a Russian text cannot come
out as Spanish. Within a script, the association's most common languages (``PREFERRED``: en, es, pt, fr, id,
vi in Latin; ru; ar; hi; bn) get a prior of ``_PREFERRED_PRIOR`` times the others': a long text in Catalan
or German still comes out as Catalan or German, a short Spanish title whose letters could as well be
Galician or Aragonese comes out as Spanish. Pure: no Django, no I/O after the model's first load.
"""

from __future__ import annotations

import re
from functools import cache

# The association's languages, then every other ISO 639-1 language py3langid 0.4.0's model knows (the model
# also has a few ISO 639-3 varieties, "yue", "arz"...: left out). The forms list them by their name.
ASSOCIATION_LANGUAGES: tuple[str, ...] = ("en", "ko", "es", "pt", "fr", "ja", "zh", "vi", "id", "ar", "ru")
_OTHER_MODEL_LANGUAGES = (
    "af am an as az ba be bg bn br bs ca cs cy da de dz el eo et eu fa fi fo fy ga gd gl gu ha he hi hr "
    "ht hu hy ig is it jv ka kk km kn ku ky la lb lg ln lo lt lv mg mk ml mn mr ms mt my ne nl nn no oc "
    "om or pa pl ps qu ro rw sa se si sk sl sn so sq sr st sv sw ta te tg th tk tl tr tt ug uk ur uz vo "
    "wa xh yo zu"
)
SUPPORTED_TEXT_LANGUAGES: tuple[str, ...] = (*ASSOCIATION_LANGUAGES, *_OTHER_MODEL_LANGUAGES.split())

# Scripts written by one language of the model: a text mostly in one of them is in that language.
_SINGLE_SCRIPTS: dict[str, tuple[str, str]] = {
    "hangul": ("\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3", "ko"),
    "greek": ("\u0370-\u03ff\u1f00-\u1fff", "el"),
    "armenian": ("\u0530-\u058f", "hy"),
    "hebrew": ("\u0590-\u05ff", "he"),
    "gurmukhi": ("\u0a00-\u0a7f", "pa"),
    "gujarati": ("\u0a80-\u0aff", "gu"),
    "oriya": ("\u0b00-\u0b7f", "or"),
    "tamil": ("\u0b80-\u0bff", "ta"),
    "telugu": ("\u0c00-\u0c7f", "te"),
    "kannada": ("\u0c80-\u0cff", "kn"),
    "malayalam": ("\u0d00-\u0d7f", "ml"),
    "sinhala": ("\u0d80-\u0dff", "si"),
    "thai": ("\u0e00-\u0e7f", "th"),
    "lao": ("\u0e80-\u0eff", "lo"),
    "tibetan": ("\u0f00-\u0fff", "dz"),
    "myanmar": ("\u1000-\u109f", "my"),
    "georgian": ("\u10a0-\u10ff\u1c90-\u1cbf", "ka"),
    "ethiopic": ("\u1200-\u139f", "am"),
    "khmer": ("\u1780-\u17ff", "km"),
}
# Scripts shared by several languages of the model: py3langid decides among these.
_SHARED_SCRIPTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "cyrillic": ("\u0400-\u052f", ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba")),
    "arabic": (
        "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
        ("ar", "fa", "ur", "ps", "ug", "ku"),
    ),
    "devanagari": ("\u0900-\u097f", ("hi", "mr", "ne", "sa")),
    "bengali": ("\u0980-\u09ff", ("bn", "as")),
}
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_NOT_LATIN = {lang for _, lang in _SINGLE_SCRIPTS.values()} | {"ja", "zh"}
_NOT_LATIN |= {lang for _, langs in _SHARED_SCRIPTS.values() for lang in langs} - {"sr", "ku"}
_LATIN_LANGUAGES = tuple(lang for lang in SUPPORTED_TEXT_LANGUAGES if lang not in _NOT_LATIN)
_GROUPS: dict[str, tuple[str, ...]] = {
    "latin": _LATIN_LANGUAGES,
    **{name: languages for name, (_, languages) in _SHARED_SCRIPTS.items()},
}
PREFERRED: dict[str, tuple[str, ...]] = {
    "latin": ("en", "es", "pt", "fr", "id", "vi"),
    "cyrillic": ("ru",),
    "arabic": ("ar",),
    "devanagari": ("hi",),
    "bengali": ("bn",),
}
# How much likelier a preferred language is taken to be than another of its script before reading the text:
# it decides between near ties on short titles (measured on short association titles: 1 gave 14 errors in
# 74, 3 gave 6, 10 and more began to take German and Catalan titles for Spanish).
_PREFERRED_PRIOR = 3.0

# One pass over the text: runs of each script, by the name of the group that matched.
_RUNS = re.compile(
    "|".join(
        [
            f"(?P<latin>[{_LATIN}]+)",
            f"(?P<kana>[{_KANA}]+)",
            f"(?P<han>[{_HAN}]+)",
            *(f"(?P<{name}>[{chars}]+)" for name, (chars, _) in _SINGLE_SCRIPTS.items()),
            *(f"(?P<{name}>[{chars}]+)" for name, (chars, _) in _SHARED_SCRIPTS.items()),
        ]
    )
)
# A text whose letters are at least this share of one non-Latin script is in that script's language, even
# with product names and acronyms in Latin letters ("IoT 기반 스마트 쓰레기통").
_SCRIPT_SHARE = 0.3
# The model reads this many characters at most: enough to decide, and a long description costs no more.
_MAX_CHARS = 2000


@cache
def _identifiers() -> dict[str, object]:
    """One py3langid identifier per shared script, restricted to that script's languages.

    They share the model's tokeniser; each keeps only its own columns of the model's tables (about 19 MiB
    of float16 together, against 1.2 MiB when only six Latin languages were read), and the full
    142-language tables are let go."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifiers = {}
    for group, languages in _GROUPS.items():
        wanted = set(languages)
        columns = [i for i, code in enumerate(full.nb_classes) if code in wanted]
        identifier = LanguageIdentifier(
            full.nb_ptc[:, columns],  # a copy of these columns only
            full.nb_pc[columns],
            [full.nb_classes[i] for i in columns],
            full.tk_nextmove,
            full.tk_output,
            norm_probs=True,
            tk_row=full.tk_row,
        )
        # the tokeniser's pre-shifted row offsets (about 4 MiB of Python ints each): one list for all
        identifier._rowbase = full._rowbase
        identifiers[group] = identifier
    return identifiers


def _classify(text: str, group: str) -> str:
    """The most likely language of ``group`` for ``text``, the preferred ones weighted by the prior."""
    preferred = PREFERRED[group]
    best, best_score = "", -1.0
    for language, probability in _identifiers()[group].rank(text):
        score = probability * (_PREFERRED_PRIOR if language in preferred else 1.0)
        if score > best_score:
            best, best_score = language, score
    return best


def detect_language(text: str, default: str = "en") -> str:
    """The language `text` is most likely written in (one of ``SUPPORTED_TEXT_LANGUAGES``); `default` when
    it has no letters."""
    text = (text or "")[:_MAX_CHARS]
    counts: dict[str, int] = {}
    for run in _RUNS.finditer(text):
        name = run.lastgroup or "latin"
        counts[name] = counts.get(name, 0) + run.end() - run.start()
    if not counts:
        return default
    latin = counts.pop("latin", 0)
    kana = counts.pop("kana", 0)
    cjk = kana + counts.pop("han", 0)
    if cjk:
        counts["cjk"] = cjk
    if counts:
        script = max(counts, key=counts.__getitem__)
        if counts[script] / (latin + sum(counts.values())) >= _SCRIPT_SHARE or not latin:
            if script == "cjk":
                return "ja" if kana else "zh"
            if script in _SINGLE_SCRIPTS:
                return _SINGLE_SCRIPTS[script][1]
            return _classify(text, script)
    return _classify(text, "latin")
