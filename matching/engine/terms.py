"""How texts and concept terms are compared (``matching.engine.concepts``): the normal form both take, the
scripts, the plural variants of Romance phrases, the Arabic proclitics, and where a hit may end (a whole word,
or a true stem followed by a short ending: see the rules in ``matching.engine.concepts``).

Pure: nothing from Django.
"""

from __future__ import annotations

import re
import unicodedata

MIN_STEM = 4
MAX_ENDING = {"latin": 3, "cyrillic": 4, "arabic": 3, "hangul": 3}

# What may stand before an Arabic word without a space: the article, the one-letter proclitics (and, so,
# with/in, like, for) and their usual combinations; l- before the article drops its alif (لل).
_ARABIC_PREFIXES = frozenset(
    f"{conjunction}{particle}{article}"
    for conjunction in ("", "و", "ف")
    for particle in ("", "ب", "ك", "ل")
    for article in ("", "ال")
) - {"لال", "ولال", "فلال"} | {"لل", "ولل", "فلل"}
# Characters that may stand right before a word: they become spaces, so that a word always follows a space
# (str.replace of a few characters is much cheaper than a regular expression over every text).
_SEPARATORS_ASCII = ("-", "'", '"', "(", ")", "[", "]", "/", "#", "\n", "\t", "\r")
_SEPARATORS_OTHER = ("’", "‘", "“", "”", "„", "«", "»", "·", "・", "¿", "¡", "–", "—", "‐", "‑", "、")


def _accent_table() -> dict[str, str]:
    """Letters with a diacritic -> the bare letter (é -> e, ç -> c, ё -> е); marks on their own -> nothing.

    Covers precomposed Latin, Greek and Cyrillic letters, stray combining marks, and in Arabic the short-vowel
    marks and tatweel (rarely written) and the hamza seats. Hangul, kana and Han are left alone.
    """
    table = {chr(c): "" for c in (*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640)}
    table.update({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"})  # hamza seats and alif maqsura, often not written
    ranges = ((0x00C0, 0x0250), (0x0370, 0x0400), (0x0400, 0x0530), (0x1E00, 0x1F00), (0x1F00, 0x2000))
    for low, high in ranges:
        for code in range(low, high):
            char = chr(code)
            bare = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            if bare and bare != char:
                table[char] = unicodedata.normalize("NFC", bare)
    return table


_ACCENTS = _accent_table()
_ACCENTED = re.compile("[" + "".join(sorted(_ACCENTS)) + "]")


def _bare(match: re.Match[str]) -> str:
    return _ACCENTS[match.group()]


def normalise(text: str) -> str:
    """The form in which texts and terms are compared (see the module docstring).

    NFKC, casefold, diacritics dropped from Latin/Greek/Cyrillic letters, hyphens, quotes, brackets, slashes
    and line breaks made spaces, and a leading space: every word, the first one too, follows a space.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    for char in _SEPARATORS_ASCII:
        if char in text:
            text = text.replace(char, " ")
    if not text.isascii():
        text = _ACCENTED.sub(_bare, text)
        for char in _SEPARATORS_OTHER:
            if char in text:
                text = text.replace(char, " ")
    return " " + text


# Han and kana: scripts written without spaces, where a term matches anywhere.
_CJK = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_NON_LATIN = re.compile(
    "[\u0400-\u052f\u0600-\u06ff\u0750-\u077f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\U00020000-\U0002fa1f]"
)
# Words that end the head of a Spanish, Portuguese or French phrase ("contador | de agua"), once normalised.
_FUNCTION_WORDS = {
    "es": frozenset("de del la el los las en con por para a al y e o u sin sobre".split()),  # noqa: SIM905
    "pt": frozenset("de do da dos das em no na nos nas com por para a o e ou ao aos sem".split()),  # noqa: SIM905
    "fr": frozenset("de du des d la le les l en a au aux et ou pour par sur avec sans".split()),  # noqa: SIM905
}


def _plural(word: str, language: str) -> str:
    """A regular plural of a normalised (unaccented) Spanish, Portuguese or French word; itself if unsure."""
    if len(word) < 3 or not word.isalpha() or word[-1] in "sx":
        return word
    if language == "es":
        return word[:-1] + "ces" if word.endswith("z") else word + ("s" if word[-1] in "aeiou" else "es")
    if language == "pt":
        for singular, plural in (("ao", "oes"), ("al", "ais"), ("el", "eis"), ("ol", "ois"), ("ul", "uis")):
            if word.endswith(singular):
                return word[: -len(singular)] + plural
        if word.endswith("m"):
            return word[:-1] + "ns"
        return word + ("es" if word[-1] in "rz" else "s")
    if word.endswith(("eau", "eu")):  # French
        return word + "x"
    return word[:-2] + "aux" if word.endswith("al") else word if word.endswith("z") else word + "s"


def _plural_variant(key: str, language: str) -> str | None:
    """The phrase with the words of its head in the plural (the last word needs none: terms end anywhere)."""
    function_words = _FUNCTION_WORDS.get(language)
    words = key.split(" ")
    if function_words is None or len(words) < 2:
        return None
    head = next((i for i, word in enumerate(words) if i and word in function_words), len(words) - 1)
    plural = [_plural(word, language) for word in words[:head]] + words[head:]
    return " ".join(plural) if plural != words else None


def _arabic_key(term: str) -> str:
    """An Arabic term without its article: the article and the proclitics are checked in the text instead."""
    return term[2:] if term.startswith("ال") and len(term) > 4 else term


def _after_arabic_prefix(text: str, start: int) -> bool:
    """True when the Arabic hit at ``start`` begins its word, possibly behind the article and proclitics."""
    begin = start
    while text[begin - 1] != " ":  # normalised texts start with a space
        begin -= 1
        if start - begin > 4:
            return False
    return text[begin:start] in _ARABIC_PREFIXES


_WORD_ENDS = frozenset(" .,;:!?")
# The letters that go on a word of each script: an ending is counted in the term's own script only, so that
# "iot로" or "gps位置情報" (a particle or a word of another script written against it) ends the term's word.
_WORD_GOES_ON = {
    "latin": re.compile("[0-9a-z\u00df-\u024f\u1e00-\u1eff]*"),
    "cyrillic": re.compile("[\u0400-\u052f]*"),
    "arabic": re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]*"),
    "hangul": re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]*"),
}


def _ends_a_word(normal: str, end: int, group: str, term: str, stem: int) -> bool:
    """True when the hit of ``term`` ending at ``end`` ends its word, or goes on with an ending allowed for
    its script (see the module docstring); ``stem`` is the length of the term's last word."""
    after = end + 1
    stop = _WORD_GOES_ON[group].match(normal, after).end()  # type: ignore[union-attr]
    ending = stop - after
    if not ending:
        return True
    if group == "hangul" or stem >= MIN_STEM or group == "arabic":
        return ending <= MAX_ENDING[group]
    if group == "latin":  # a short word or acronym: its plural only ("apps", "buses")
        suffix = normal[after:stop]
        return suffix == "s" or (suffix == "es" and term[-1] in "sxz")
    return False
