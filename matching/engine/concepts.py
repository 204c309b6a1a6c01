"""The multilingual smart-city concept vocabulary: texts in any supported language to concept vectors.

The vocabulary is data, one JSON file per sector under ``matching/data/concepts/`` (plus ``cross-sector.json``
for technologies that serve many sectors). A concept is a need, a technology or a service, with a label and a
few terms in each language; ``ConceptVocabulary.extract`` turns texts into a sparse matrix of concept hit
counts whose columns are the same whatever the language, so a Spanish challenge about "deslizamientos" and a
Korean listing about "산사태" share the ``landslide-warning`` column.

Matching rules (the same normalisation is applied to texts and terms, see ``normalise``):

* NFKC, casefold, diacritics dropped from Latin, Greek and Cyrillic letters ("vehículo" meets "vehiculo",
  "ё" meets "е"); hyphens, apostrophes, quotes, brackets and slashes read as spaces ("l'eau" is "l eau").
  Hangul, kana and Han are kept as they are; Arabic loses only its short-vowel marks and unifies hamza seats.
* A term matches a whole word, or a word it begins as a true stem: a term whose last word has at least
  ``MIN_STEM`` letters may be followed by an ending of at most ``MAX_ENDING[script]`` letters (Latin 3,
  Cyrillic 4, Arabic 3), a shorter one only by a plural "s" (or "es" after s, x, z); a Korean term by
  particles or endings of at most 3 syllables ("를", "에서는", "하도록"). Only letters of the term's own
  script count as its word going on ("iot로", "gps位置情報" end the term's word). So "sensor" finds "sensors",
  "оползн" "оползней", "산사태" "산사태를" and "deslizamiento" "deslizamientos", but "soc" does not find
  "socorro" nor "iot" "idiota". A term that starts with a Han or kana character matches anywhere (Chinese
  and Japanese have no spaces).
  ``extract(..., whole_words=False)`` is the rule before (a term matched at the start of any word and could
  end anywhere), kept for the evaluation of the engine before this rule. A Korean term with spaces also
  matches written without them; an Arabic term also matches behind the article and the common one-letter
  proclitics (ال، و، ب، ل، ف، ك). A Spanish, Portuguese or French phrase also matches with its head words in
  the plural ("contador de agua" finds "contadores de agua", "borne de recharge" "bornes de recharge").
* Every language's terms are searched in every text (Aho-Corasick automata, one per script), so a text
  whose language is unknown or mixed still maps. A concept counts once per distinct matched span:
  overlapping hits of the same concept ("water leak" inside "water leak detection") count once.

Run ``python scripts/bench_concepts.py`` for the load time and the extraction speed. Pure: nothing from
Django, the demo or the tests.
"""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import ahocorasick
import numpy as np
import scipy.sparse as sp

from .alignment import aligned
from .terms import (
    _ARABIC,
    _CJK,
    _CYRILLIC,
    _HANGUL,
    _NON_LATIN,
    _WORD_ENDS,
    _WORD_GOES_ON,
    MAX_ENDING,
    MIN_STEM,
    _after_arabic_prefix,
    _arabic_key,
    _ends_a_word,
    _plural_variant,
    normalise,
)

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[1] / "data" / "concepts"
CROSS_SECTOR_FILE = "cross-sector"
SECTORS: tuple[str, ...] = (
    "e-government",
    "mobility",
    "environment",
    "water",
    "energy",
    "safety",
    "health",
    "education",
    "culture-tourism",
    "urban-planning",
    "data-digital",
    "economy-jobs",
)
REQUIRED_LANGUAGES: tuple[str, ...] = ("en", "ko", "es", "pt", "fr")
LANGUAGES: tuple[str, ...] = (*REQUIRED_LANGUAGES, "ja", "zh", "vi", "id", "ar", "ru")
KINDS: tuple[str, ...] = ("need", "technology", "service")
FALLBACK_LANGUAGE = "en"
CONCEPT_MATCH_MODES = ("words", "prefix")

_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Alphabets in which a 1-2 letter term is a common short word (Latin, Greek, Cyrillic).
_ALPHABETIC = re.compile("[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff]")
# Terms are split into one automaton per script of their first letter: pyahocorasick looks a letter up in a
# node's children one by one, so a root with thousands of first letters (Hangul syllables, Han characters)
# would cost every character of every text. Word-start terms are keyed " term", so the root has one child.
_GROUPS: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("latin", None),  # Latin, Greek, digits: searched in every text
    ("cyrillic", _CYRILLIC),
    ("arabic", _ARABIC),
    ("hangul", _HANGUL),
    ("cjk", _CJK),  # matched anywhere, not only at the start of a word
)


def _group(key: str) -> str:
    """The automaton a normalised term (without its leading space) goes to."""
    first = key[0]
    for name, pattern in _GROUPS[1:]:
        if pattern is not None and pattern.match(first):
            return name
    return "latin"


def _term_problem(term: str) -> str | None:
    """Why a term cannot be used, or None (rules: the concept format's "forbidden terms")."""
    stripped = term.strip()
    if not stripped:
        return "is empty"
    if stripped != term:
        return "has leading or trailing spaces"
    if len(stripped) < 3 and _ALPHABETIC.search(stripped):
        return "is shorter than 3 characters"
    if len(stripped) < 2:
        return "is a single character"
    if not any(c.isalnum() for c in stripped):
        return "has no letter"
    return None


def _without_redundant_keys(
    owners: dict[str, set[int]], whole_words: bool
) -> list[tuple[str, tuple[int, ...]]]:
    """Keys with their concept rows, dropping a key when a shorter key that starts it has the same rows and
    finds every text it finds (counted once, at the same start): dropping it only saves automaton hits.

    With prefix matching any shorter key that starts it does ("sensor" finds whatever "sensors" finds); with
    whole words, only a shorter key that ends a word where the longer one goes on with a space ("sensor" for
    "sensor network"), since "sensor" may not reach every ending "sensors" may take.
    """
    kept: list[tuple[str, tuple[int, ...]]] = []
    ancestors: list[tuple[str, set[int]]] = []  # kept keys that start the current key, shortest first
    for key in sorted(owners):
        while ancestors and not key.startswith(ancestors[-1][0]):
            ancestors.pop()
        rows = owners[key]
        if any(
            rows <= ancestor_rows and (not whole_words or key[len(ancestor)] == " ")
            for ancestor, ancestor_rows in ancestors
        ):
            continue
        ancestors.append((key, rows))
        kept.append((key, tuple(sorted(rows))))
    return kept


@dataclass(frozen=True)
class Concept:
    """One need, technology or service, with its label and terms per language code."""

    code: str
    sector: str | None
    kind: str
    labels: Mapping[str, str]
    terms: Mapping[str, tuple[str, ...]]
    related: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash(self.code)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:  # mappingproxy does not pickle
        return _concept_from, (
            self.code,
            self.sector,
            self.kind,
            dict(self.labels),
            dict(self.terms),
            self.related,
        )

    def label(self, language: str) -> str:
        """The label in ``language`` (``pt-BR`` reads as ``pt``), else in English."""
        return (
            self.labels.get(language)
            or self.labels.get(language.split("-")[0].lower())
            or self.labels[FALLBACK_LANGUAGE]
        )


def _concept_from(
    code: str,
    sector: str | None,
    kind: str,
    labels: dict[str, str],
    terms: dict[str, tuple[str, ...]],
    related: tuple[str, ...],
) -> Concept:
    return Concept(code, sector, kind, MappingProxyType(labels), MappingProxyType(terms), related)


class ConceptVocabulary:
    """The loaded concepts and the automata that find their terms in texts."""

    def __init__(self, concepts: Sequence[Concept]) -> None:
        self.concepts: tuple[Concept, ...] = tuple(concepts)
        self.codes: tuple[str, ...] = tuple(c.code for c in self.concepts)
        self._index = {code: i for i, code in enumerate(self.codes)}
        if len(self._index) != len(self.codes):
            duplicates = sorted(code for code, n in Counter(self.codes).items() if n > 1)
            raise ValueError(f"duplicate concept code {duplicates[0]!r}")
        self._built: dict[bool, list[tuple[str, re.Pattern[str] | None, ahocorasick.Automaton]]] = {}
        self._automata = self._automata_for(whole_words=True)

    def _automata_for(
        self, *, whole_words: bool
    ) -> list[tuple[str, re.Pattern[str] | None, ahocorasick.Automaton]]:
        """The automata of one matching rule, built on first use (the prefix rule only when asked for)."""
        built = self._built.get(whole_words)
        if built is None:
            built = self._built[whole_words] = self._build_automata(whole_words)
        return built

    # --- loading -------------------------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path | None = None) -> ConceptVocabulary:
        """Load and validate every ``*.json`` file of ``directory`` (default ``matching/data/concepts``).

        Raises ``ValueError`` naming the file and the concept on: invalid JSON or shape, duplicate codes
        (also across files), a sector that is not one of ``SECTORS`` or does not match the file name, a
        missing label or term list in a required language, a forbidden term, an unknown ``related`` code.
        """
        directory = Path(directory) if directory is not None else DEFAULT_DIRECTORY
        paths = sorted(directory.glob("*.json"))
        if not paths:
            raise ValueError(f"{directory}: no concept files (*.json)")
        concepts: list[Concept] = []
        origin: dict[str, Path] = {}
        for path in paths:
            for concept in _read_file(path):
                if concept.code in origin:
                    also = origin[concept.code].name
                    where = f"{path.name}: concept {concept.code!r}"
                    raise ValueError(f"{where}: duplicate code (also in {also})")
                origin[concept.code] = path
                concepts.append(concept)
        for concept in concepts:
            where = f"{origin[concept.code].name}: concept {concept.code!r}"
            for code in concept.related:
                if code not in origin:
                    raise ValueError(f"{where}: unknown related code {code!r}")
                if code == concept.code:
                    raise ValueError(f"{where}: related to itself")
        return cls(concepts)

    def _build_automata(
        self, whole_words: bool
    ) -> list[tuple[str, re.Pattern[str] | None, ahocorasick.Automaton]]:
        gc_was_enabled = gc.isenabled()
        gc.disable()  # tens of thousands of small objects and no cycles: collections would only cost time
        try:
            return self._build_automata_unguarded(whole_words)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _build_automata_unguarded(
        self, whole_words: bool
    ) -> list[tuple[str, re.Pattern[str] | None, ahocorasick.Automaton]]:
        owners: dict[str, dict[str, set[int]]] = {name: {} for name, _ in _GROUPS}
        for row, concept in enumerate(self.concepts):
            for language, terms in concept.terms.items():
                for term in terms:
                    key = normalise(term).strip()
                    group = _group(key)
                    if group == "arabic":
                        key = _arabic_key(key)
                    elif group == "hangul" and " " in key:  # Korean compounds are also written in one word
                        owners[group].setdefault(key.replace(" ", ""), set()).add(row)
                    elif group == "latin" and (plural := _plural_variant(key, language)):
                        owners[group].setdefault(plural, set()).add(row)
                    owners[group].setdefault(key, set()).add(row)
        self._n_keys = sum(map(len, owners.values()))
        built = []
        for name, pattern in _GROUPS:
            if not owners[name]:
                continue
            automaton = ahocorasick.Automaton()
            anywhere = name in ("cjk", "arabic")  # Arabic: start checked against _ARABIC_PREFIXES
            for key, rows in _without_redundant_keys(owners[name], whole_words):
                word = key if anywhere else " " + key
                # value: (length, concept rows, term, length of the term's last word)
                automaton.add_word(word, (len(word), rows, key, len(key.rsplit(" ", 1)[-1])))
            automaton.make_automaton()
            built.append((name, pattern, automaton))
        return built

    def __getstate__(self) -> dict[str, Any]:
        return {"concepts": self.concepts}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["concepts"])  # type: ignore[misc]

    # --- lookups -------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.concepts)

    def index_of(self, code: str) -> int:
        """Column of ``code`` in ``extract``'s matrix; ``KeyError`` for an unknown code."""
        try:
            return self._index[code]
        except KeyError:
            raise KeyError(f"unknown concept code {code!r}") from None

    def concept(self, code: str) -> Concept:
        return self.concepts[self.index_of(code)]

    def label(self, code: str, language: str) -> str:
        """The label of ``code`` in ``language``, falling back to English."""
        return self.concept(code).label(language)

    def related_matrix(self, weight: float = 0.5) -> sp.csr_array:
        """Square ``(len(self), len(self))`` float64 matrix: 1 on the diagonal, ``weight`` between related
        concepts (both ways, whichever file declared the link).

        ``extract(texts) @ related_matrix()`` spreads each hit to the closely related concepts, so that a
        challenge about landslide early warning and a listing about slope sensors still meet.
        """
        pairs = {
            (i, self._index[code]) for i, concept in enumerate(self.concepts) for code in concept.related
        }
        pairs |= {(j, i) for i, j in pairs}
        n = len(self)
        rows = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
        cols = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
        links = sp.csr_array((np.full(len(pairs), float(weight)), (rows, cols)), shape=(n, n))
        return sp.csr_array(links + sp.eye_array(n, format="csr"))

    # --- extraction ----------------------------------------------------------------------------------

    def _matches(
        self, text: str, whole_words: bool = True
    ) -> Iterator[tuple[str, int, tuple[int, tuple[int, ...], str, int]]]:
        """(automaton name, end, (length, concept rows, term, last word's length)) of every term found in
        ``text``."""
        normal = normalise(text)
        non_latin = not normal.isascii() and _NON_LATIN.search(normal) is not None
        for name, pattern, automaton in self._automata_for(whole_words=whole_words):
            if pattern is not None and not (non_latin and pattern.search(normal)):
                continue
            bounded = whole_words and name != "cjk"
            for end, value in automaton.iter(normal):
                if name == "arabic" and not _after_arabic_prefix(normal, end - value[0] + 1):
                    continue
                if bounded and not _ends_a_word(normal, end, name, value[2], value[3]):
                    continue
                yield name, end, value

    def _counts(self, text: str, whole_words: bool = True) -> dict[int, int]:
        """Concept row -> number of distinct matched spans (overlapping hits of one concept count once)."""
        counts: dict[int, int] = {}
        if not text:
            return counts
        normal = normalise(text)
        non_latin = not normal.isascii() and _NON_LATIN.search(normal) is not None
        last = len(normal) - 1
        for name, pattern, automaton in self._automata_for(whole_words=whole_words):
            if pattern is not None and not (non_latin and pattern.search(normal)):
                continue
            arabic = name == "arabic"
            bounded = whole_words and name != "cjk"
            goes_on = _WORD_GOES_ON[name].match if bounded else None
            max_ending = MAX_ENDING.get(name, 0)
            any_stem = name in ("hangul", "arabic")
            last_end: dict[int, int] = {}  # hits of one automaton come in order of their end
            for end, (length, rows, term, stem) in automaton.iter(normal):
                start = end - length + 1
                if arabic and not _after_arabic_prefix(normal, start):
                    continue
                # most hits end their word (one character looked at); the rest are _ends_a_word, inlined
                if bounded and end < last and normal[end + 1] not in _WORD_ENDS:
                    ending = goes_on(normal, end + 1).end() - end - 1  # type: ignore[misc,union-attr]
                    if ending and (
                        ending > max_ending
                        if stem >= MIN_STEM or any_stem
                        else not _ends_a_word(normal, end, name, term, stem)
                    ):
                        continue
                for row in rows:
                    if last_end.get(row, -1) < start:
                        counts[row] = counts.get(row, 0) + 1
                    last_end[row] = end
        return counts

    def extract(self, texts: Sequence[str], whole_words: bool = True) -> sp.csr_array:
        """Concept hit counts: shape ``(len(texts), len(self))``, float64, one row per text.

        ``whole_words=False``: the rule before whole-word matching (a term matches at the start of any word
        and may end anywhere)."""
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        indices: list[int] = []
        data: list[int] = []
        for position, text in enumerate(texts):
            counts = self._counts(text, whole_words)
            if counts:
                rows = sorted(counts)
                indices.extend(rows)
                data.extend(counts[r] for r in rows)
            indptr[position + 1] = len(indices)
        return sp.csr_array(
            (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
            shape=(len(texts), len(self)),
        )

    def concepts_in(self, text: str) -> list[str]:
        """Codes of the concepts found in ``text``, in order of first occurrence."""
        first: dict[int, int] = {}
        if text:
            for _, end, (length, rows, *_) in self._matches(text):
                for row in rows:
                    first[row] = min(first.get(row, end), end - length + 1)
        return [self.codes[row] for row in sorted(first, key=first.__getitem__)]

    def terms_in(self, text: str) -> dict[str, list[str]]:
        """Code -> the normalised terms of that concept found in ``text``, by first occurrence.

        For reasons and debugging ("landslide-warning": ["deslizamiento"]); terms are shown as normalised
        (lowercase, without diacritics); a term that is a shorter term of the same concept followed by a
        space and more words is reported as the shorter one ("sensor network" as "sensor").
        """
        found: dict[int, dict[str, int]] = {}
        if text:
            for _, end, (length, rows, term, _) in self._matches(text):
                for row in rows:
                    found.setdefault(row, {}).setdefault(term, end - length + 1)
        order = sorted(found, key=lambda row: min(found[row].values()))
        return {self.codes[row]: sorted(found[row], key=found[row].__getitem__) for row in order}

    def evidence(self, text: str) -> dict[str, list[str]]:
        """Code -> the words of ``text`` that made the concept match, as written there, for a reader to see
        why a concept is named ("leak-detection": ["Water-leak", "leaks"]).

        The codes are ``concepts_in``'s, in its order. A hit is widened to its whole words: the ending a
        term may take ("sensors" for "sensor", "산사태를" for "산사태") and, in Arabic, the article and
        proclitics before it; Chinese and Japanese hits are shown as found. Overlapping hits of one concept
        are shown as one span, and a span written again (the same once normalised) is shown once.
        """
        if not text:
            return {}
        normal, starts, ends = aligned(text, normalise)
        first: dict[int, int] = {}
        spans: dict[int, list[tuple[int, int]]] = {}
        for name, end, (length, rows, *_) in self._matches(text):
            start = end - length + 1
            begin, stop = start, end
            if name != "cjk":
                begin = normal.rfind(" ", 0, start + 1) + 1  # a word-start key's leading space, or Arabic
                goes_on = _WORD_GOES_ON.get(name)
                if goes_on is not None:
                    stop = goes_on.match(normal, end + 1).end() - 1  # type: ignore[union-attr]
            for row in rows:
                first[row] = min(first.get(row, end), start)  # as in concepts_in, for the same order
                spans.setdefault(row, []).append((begin, stop))
        found: dict[str, list[str]] = {}
        for row in sorted(first, key=first.__getitem__):
            words: dict[str, str] = {}  # normalised form -> as first written
            merged: list[list[int]] = []
            for begin, stop in sorted(spans[row]):
                if merged and begin <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], stop)
                else:
                    merged.append([begin, stop])
            for begin, stop in merged:
                written = text[starts[begin] : ends[stop]] if starts else normal[begin : stop + 1]
                words.setdefault(normal[begin : stop + 1].strip(), written.strip())
            found[self.codes[row]] = list(words.values())
        return found


@cache
def default_vocabulary() -> ConceptVocabulary:
    """The vocabulary of ``matching/data/concepts``, loaded once per process."""
    return ConceptVocabulary.load()


# --- reading and validating one file ---------------------------------------------------------------------


def _read_file(path: Path) -> list[Concept]:
    name = path.name
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{name}: not valid JSON: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("concepts"), list):
        raise ValueError(f"{name}: expected an object with a 'concepts' list")
    if "sector" not in document:
        raise ValueError(f"{name}: missing 'sector' (null in {CROSS_SECTOR_FILE}.json)")
    sector = document["sector"]
    if path.stem == CROSS_SECTOR_FILE:
        if sector is not None:
            raise ValueError(f"{name}: sector must be null in {CROSS_SECTOR_FILE}.json, not {sector!r}")
    elif sector not in SECTORS:
        raise ValueError(f"{name}: unknown sector {sector!r} (known: {', '.join(SECTORS)})")
    elif sector != path.stem:
        raise ValueError(f"{name}: sector {sector!r} does not match the file name")
    concepts = []
    for position, raw in enumerate(document["concepts"]):
        if not isinstance(raw, dict):
            raise ValueError(f"{name}: concept #{position + 1}: expected an object")
        concepts.append(_concept(raw, sector=sector, where=f"{name}: concept #{position + 1}"))
    return concepts


def _concept(raw: dict[str, Any], *, sector: str | None, where: str) -> Concept:
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise ValueError(f"{where}: code {code!r} is not lowercase-kebab")
    where = f"{where.split(':')[0]}: concept {code!r}"
    unknown_keys = set(raw) - {"code", "kind", "labels", "terms", "related"}
    if unknown_keys:
        raise ValueError(f"{where}: unknown keys {sorted(unknown_keys)}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    labels, terms = raw.get("labels"), raw.get("terms")
    if not isinstance(labels, dict) or not isinstance(terms, dict):
        raise ValueError(f"{where}: 'labels' and 'terms' must be objects keyed by language")
    for field, mapping in (("labels", labels), ("terms", terms)):
        unknown = sorted(set(mapping) - set(LANGUAGES))
        if unknown:
            known = ", ".join(LANGUAGES)
            raise ValueError(f"{where}: {field}: unknown language {unknown[0]!r} (known: {known})")
        missing = [lang for lang in REQUIRED_LANGUAGES if not mapping.get(lang)]
        if missing:
            raise ValueError(f"{where}: {field}: missing required language {missing[0]!r}")
    for language, label in labels.items():
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"{where}: labels[{language!r}] must be a non-empty string")
    clean_terms: dict[str, tuple[str, ...]] = {}
    for language, values in terms.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"{where}: terms[{language!r}] must be a list of strings")
        for term in values:
            problem = _term_problem(unicodedata.normalize("NFKC", term).casefold())
            if problem:
                raise ValueError(f"{where}: forbidden term {term!r} ({language}): {problem}")
        if values:
            clean_terms[language] = tuple(dict.fromkeys(values))
    related = raw.get("related", [])
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
        raise ValueError(f"{where}: 'related' must be a list of concept codes")
    return _concept_from(code, sector, kind, dict(labels), clean_terms, tuple(dict.fromkeys(related)))
