"""The demo texts as data: every sector's archetypes and the phrases startups and cities are written from.

The data is JSON under ``demo/data/`` (see its README): ``archetypes/<sector-code>.json`` holds one sector's
solution and challenge archetypes, ``phrases.json`` the startup name parts and the sentence templates.
``load()`` reads and validates it once per process; ``demo.content`` generates the demo texts from it.

Every file is checked against the schema below: required keys and no others, types, non-empty lists, the
languages present, the length limits of the generated texts, placeholders (``{brand}``, ``{city}``, ...) the
generator fills in, sector codes of ``core.reference.SECTORS``, unique archetype keys and ``answered_by`` keys
that name solution archetypes. A malformed file raises ``ValueError`` naming the file and the path inside it:
``demo/data/archetypes/water.json: solutions[3].texts.ko.titles: missing``.

Pure Python (no Django), like ``demo.content``.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core.reference import MATURITIES as REFERENCE_MATURITIES
from core.reference import SECTORS as REFERENCE_SECTORS

DATA_DIRECTORY = Path(__file__).resolve().parent / "data"
ARCHETYPES_DIRECTORY = "archetypes"
PHRASES_FILE = "phrases.json"

SECTOR_CODES: tuple[str, ...] = tuple(code for code, _name, _description in REFERENCE_SECTORS)
LANGUAGES: tuple[str, ...] = ("en", "ko", "es", "pt", "fr")
FALLBACK_LANGUAGE = "en"  # every archetype has an English text; the other languages are optional
MATURITIES: tuple[str, ...] = tuple(code for code, _label in REFERENCE_MATURITIES)
PRICING_MODELS: tuple[str, ...] = (
    "subscription",
    "licence",
    "per-unit",
    "revenue-share",
    "free-pilot",
    "custom",
)
SIZE_BANDS: tuple[str, ...] = ("small", "medium", "large", "metropolis")

# Limits of the generated texts (a title or summary variant must fit on its own; a fragment must fit in a
# description). A ``{brand}`` or ``{city}`` placeholder counts with its own length.
TITLE_MAX = 120
SUMMARY_MAX = 280
LISTING_DESCRIPTION_CHARS = (400, 1500)
CHALLENGE_DESCRIPTION_CHARS = (300, 1200)

_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class SolutionText:
    """One language's text for a solution archetype; ``{brand}`` is replaced by the startup's brand."""

    titles: list[str]
    summaries: list[str]
    fragments: list[str]


@dataclass(frozen=True)
class SolutionArchetype:
    key: str
    sector: str
    extra_sectors: list[str]
    maturity_hint: str
    texts: dict[str, SolutionText]

    @property
    def sectors(self) -> list[str]:
        return [self.sector, *self.extra_sectors]


@dataclass(frozen=True)
class ChallengeText:
    """One language's text for a challenge archetype; ``{city}`` is replaced by the city's name.

    The first fragment states the problem and always opens the description; the others are sampled.
    """

    titles: list[str]
    fragments: list[str]


@dataclass(frozen=True)
class ChallengeArchetype:
    key: str
    sector: str
    extra_sectors: list[str]
    answered_by: list[str]
    texts: dict[str, ChallengeText]

    @property
    def sectors(self) -> list[str]:
        return [self.sector, *self.extra_sectors]


@dataclass(frozen=True)
class Phrases:
    """``phrases.json``: startup name parts; sentences for startups, cities, pricing and applications."""

    name_stems: list[str]
    name_suffixes: list[str]
    name_company_words: list[str]
    name_qualifiers: list[str]
    list_and: dict[str, str]
    generic_focus: dict[str, str]
    sector_topics: dict[str, dict[str, str]]
    sector_focus: dict[str, dict[str, list[str]]]
    founders: dict[str, list[str]]
    startup_templates: dict[str, dict[str, list[str]]]
    city_sizes: dict[str, dict[str, str]]
    population_thousands: dict[str, str]
    population_millions: dict[str, tuple[str, str]]  # (plural, singular)
    thousands_separator: dict[str, str]
    city_templates: dict[str, dict[str, list[str]]]
    city_size_notes: dict[str, dict[str, str]]
    challenge_closings: dict[str, list[str]]
    pricing_sentences: dict[str, dict[str, list[str]]]
    application_messages: dict[str, list[str]]
    review_notes: dict[bool, list[str]]  # approved (True) or rejected (False)


@dataclass(frozen=True)
class Catalogue:
    """Everything in ``demo/data``; archetypes in the order of ``SECTOR_CODES``, then of their file."""

    solutions: list[SolutionArchetype]
    challenges: list[ChallengeArchetype]
    phrases: Phrases


def load(directory: str | Path | None = None) -> Catalogue:
    """Read and validate the demo data of ``directory`` (default ``demo/data``), once per process.

    Raises ``ValueError`` naming the file and the path inside it on: invalid JSON, a missing or unknown key,
    a wrong type, an empty list or text, a missing language (English for archetypes, every language of
    ``LANGUAGES`` for phrases unless stated), a text over its limit, an unknown placeholder, an unknown sector
    or maturity, a sector file missing or not matching its name, a duplicate archetype key, an
    ``answered_by`` key that is not a solution archetype.
    """
    return _load(Path(directory) if directory is not None else DATA_DIRECTORY)


@cache
def _load(directory: Path) -> Catalogue:
    solutions: list[SolutionArchetype] = []
    challenges: list[ChallengeArchetype] = []
    origin: dict[str, str] = {}  # archetype key -> "file: path" where it is defined
    answers: list[tuple[str, str, list[str]]] = []  # (file, path, answered_by) checked once all are read
    for path in _sector_files(directory / ARCHETYPES_DIRECTORY):
        name = _display(path)
        document = _read(path, _SECTOR_FILE)
        sector = document["sector"]
        if sector != path.stem:
            raise ValueError(f"{name}: sector: {sector!r} does not match the file name")
        kinds: tuple[tuple[str, Callable[[dict[str, Any], str], Any], list[Any]], ...] = (
            ("solutions", _solution, solutions),
            ("challenges", _challenge, challenges),
        )
        for kind, build, found in kinds:
            for position, raw in enumerate(document[kind]):
                where = f"{kind}[{position}]"
                if sector in raw["extra_sectors"]:
                    raise ValueError(f"{name}: {where}.extra_sectors: repeats the file's sector {sector!r}")
                key = raw["key"]
                if key in origin:
                    raise ValueError(f"{name}: {where}.key: duplicate {key!r} (also {origin[key]})")
                origin[key] = f"{name}: {where}"
                found.append(build(raw, sector))
        for position, raw in enumerate(document["challenges"]):
            answers.append((name, f"challenges[{position}].answered_by", raw["answered_by"]))
    solution_keys = {archetype.key for archetype in solutions}
    for name, where, answered_by in answers:
        for position, key in enumerate(answered_by):
            if key not in solution_keys:
                raise ValueError(f"{name}: {where}[{position}]: {key!r} is not a solution archetype")
    phrases = _read(directory / PHRASES_FILE, _PHRASES_FILE)
    return Catalogue(solutions=solutions, challenges=challenges, phrases=phrases)


def _sector_files(directory: Path) -> list[Path]:
    """One file per sector, in the order of ``SECTOR_CODES`` (the order the generator draws from)."""
    found = {path.stem: path for path in directory.glob("*.json")}
    unknown = sorted(set(found) - set(SECTOR_CODES))
    if unknown:
        raise ValueError(f"{_display(found[unknown[0]])}: not a sector (known: {', '.join(SECTOR_CODES)})")
    missing = [code for code in SECTOR_CODES if code not in found]
    if missing:
        raise ValueError(f"{_display(directory)}: no file for sector {missing[0]!r} ({missing[0]}.json)")
    return [found[code] for code in SECTOR_CODES]


def _solution(raw: dict[str, Any], sector: str) -> SolutionArchetype:
    texts = {language: SolutionText(**text) for language, text in raw["texts"].items()}
    return SolutionArchetype(raw["key"], sector, raw["extra_sectors"], raw["maturity_hint"], texts)


def _challenge(raw: dict[str, Any], sector: str) -> ChallengeArchetype:
    texts = {language: ChallengeText(**text) for language, text in raw["texts"].items()}
    return ChallengeArchetype(raw["key"], sector, raw["extra_sectors"], raw["answered_by"], texts)


# --- Reading and checking one file -------------------------------------------------------------------------


class _Invalid(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)


Schema = Callable[[Any, str], Any]  # (value, its path in the file) -> the value to keep; raises _Invalid


def _display(path: Path) -> str:
    """``demo/data/...`` for the project's own files, the full path for others (a test's copy)."""
    path = path.resolve()
    project = DATA_DIRECTORY.parents[1]
    return str(path.relative_to(project)) if path.is_relative_to(project) else str(path)


def _read(path: Path, schema: Schema) -> Any:
    name = _display(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{name}: missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{name}: not valid JSON: {error}") from None
    try:
        return schema(document, "")
    except _Invalid as error:
        raise ValueError(f"{name}: {error}") from None


def _child(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _text(limit: int | None = None, fields: Collection[str] = ()) -> Schema:
    """A non-blank string of at most ``limit`` characters whose placeholders are among ``fields``."""

    def check(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _Invalid(where, f"expected a string, not {type(value).__name__}")
        if not value.strip():
            raise _Invalid(where, "empty")
        if limit is not None and len(value) > limit:
            raise _Invalid(where, f"{len(value)} characters, more than {limit}")
        try:
            placeholders = {field for _, field, _, _ in string.Formatter().parse(value) if field is not None}
        except ValueError as error:
            raise _Invalid(where, f"unbalanced braces: {error}") from None
        unknown = sorted(placeholders - set(fields))
        if unknown:
            allowed = ", ".join(f"{{{field}}}" for field in fields) or "none"
            raise _Invalid(where, f"unknown placeholder {{{unknown[0]}}} (allowed: {allowed})")
        return value

    return check


def _separator(value: Any, where: str) -> str:
    """A string put between words: may be a single space, never empty."""
    if not isinstance(value, str) or not value:
        raise _Invalid(where, "expected a non-empty string")
    return value


def _one_of(options: Iterable[str], what: str) -> Schema:
    options = tuple(options)

    def check(value: Any, where: str) -> str:
        if value not in options:
            raise _Invalid(where, f"unknown {what} {value!r} (known: {', '.join(options)})")
        return value

    return check


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise _Invalid(where, f"{value!r} is not a lowercase-kebab code")
    return value


def _list(item: Schema, *, min_items: int = 1, max_items: int | None = None, unique: bool = False) -> Schema:
    def check(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise _Invalid(where, f"expected a list, not {type(value).__name__}")
        if len(value) < min_items:
            raise _Invalid(where, f"needs at least {min_items} item{'s' if min_items > 1 else ''}")
        if max_items is not None and len(value) > max_items:
            raise _Invalid(where, f"{len(value)} items, more than {max_items}")
        items = [item(element, f"{where}[{position}]") for position, element in enumerate(value)]
        if unique and len(set(items)) != len(items):
            duplicate = next(element for element in items if items.count(element) > 1)
            raise _Invalid(where, f"{duplicate!r} appears twice")
        return items

    return check


def _object(value: Any, where: str, required: Iterable[str], allowed: Iterable[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected an object, not {type(value).__name__}")
    missing = [key for key in required if key not in value]
    if missing:
        raise _Invalid(_child(where, missing[0]), "missing")
    allowed = set(allowed)
    unknown = [key for key in value if key not in allowed]
    if unknown:
        raise _Invalid(where, f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")
    return value


def _record(build: Callable[..., Any] = dict, **fields: Schema) -> Schema:
    """An object with exactly the keys of ``fields``; ``build`` makes the kept value of the checked ones."""

    def check(value: Any, where: str) -> Any:
        value = _object(value, where, fields, fields)
        return build(**{key: schema(value[key], _child(where, key)) for key, schema in fields.items()})

    return check


def _keyed(keys: Iterable[str], item: Schema, *, optional: Iterable[str] = ()) -> Schema:
    """An object whose keys are ``keys`` (all required but ``optional``), each value an ``item``.

    The file's order of keys is kept: languages are tried in that order.
    """
    keys, optional = tuple(keys), set(optional)

    def check(value: Any, where: str) -> dict[str, Any]:
        value = _object(value, where, [key for key in keys if key not in optional], keys)
        return {key: item(element, _child(where, key)) for key, element in value.items()}

    return check


def _by_language(
    item: Schema, *, languages: Iterable[str] = LANGUAGES, required: Iterable[str] | None = None
) -> Schema:
    """An object keyed by ``languages``, all of them present unless ``required`` names fewer."""
    languages = tuple(languages)
    return _keyed(languages, item, optional=set(languages) - set(languages if required is None else required))


def _sentences(fields: Collection[str] = (), *, min_items: int = 1) -> Schema:
    return _list(_text(fields=fields), min_items=min_items)


# --- The schemas -------------------------------------------------------------------------------------------

_SECTOR = _one_of(SECTOR_CODES, "sector")
_EXTRA_SECTORS = _list(_SECTOR, min_items=0, max_items=2, unique=True)

_SOLUTION_TEXT = _record(
    titles=_list(_text(TITLE_MAX, ("brand",))),
    summaries=_list(_text(SUMMARY_MAX, ("brand",))),
    fragments=_list(_text(LISTING_DESCRIPTION_CHARS[1], ("brand",)), min_items=3),
)
_CHALLENGE_TEXT = _record(
    titles=_list(_text(TITLE_MAX, ("city",))),
    fragments=_list(_text(CHALLENGE_DESCRIPTION_CHARS[1], ("city",)), min_items=3),  # the first opens
)
_SECTOR_FILE = _record(
    sector=_SECTOR,
    solutions=_list(
        _record(
            key=_code,
            extra_sectors=_EXTRA_SECTORS,
            maturity_hint=_one_of(MATURITIES, "maturity"),
            texts=_by_language(_SOLUTION_TEXT, required=[FALLBACK_LANGUAGE]),
        )
    ),
    challenges=_list(
        _record(
            key=_code,
            extra_sectors=_EXTRA_SECTORS,
            answered_by=_list(_code, unique=True),
            texts=_by_language(_CHALLENGE_TEXT, required=[FALLBACK_LANGUAGE]),
        )
    ),
)

_NAMES = _list(_text(), unique=True)
_STARTUP_FIELDS = ("name", "country", "year", "founders", "focus", "team", "countries")
_CITY_FIELDS = ("city", "country", "size", "population", "priorities", "first_priority")
_NOT_KOREAN = [language for language in LANGUAGES if language != "ko"]  # Korean numbers are written in code


def _population_millions(value: Any, where: str) -> tuple[str, str]:
    forms = _record(plural=_text(fields=("n",)), singular=_text(fields=("n",)))(value, where)
    return forms["plural"], forms["singular"]


def _review_notes(value: Any, where: str) -> dict[bool, list[str]]:
    notes = _record(approved=_sentences(), rejected=_sentences())(value, where)
    return {True: notes["approved"], False: notes["rejected"]}


_PHRASES_FILE = _record(
    Phrases,
    name_stems=_NAMES,
    name_suffixes=_NAMES,
    name_company_words=_NAMES,
    name_qualifiers=_NAMES,
    list_and=_by_language(_separator),
    generic_focus=_by_language(_text()),
    sector_topics=_by_language(_keyed(SECTOR_CODES, _text())),
    sector_focus=_by_language(_keyed(SECTOR_CODES, _sentences())),
    founders=_by_language(_sentences()),
    startup_templates=_by_language(
        _record(
            founding=_sentences(_STARTUP_FIELDS),
            focus=_sentences(_STARTUP_FIELDS),
            extra=_sentences(_STARTUP_FIELDS, min_items=2),  # up to two are drawn
        )
    ),
    city_sizes=_by_language(_keyed(SIZE_BANDS, _text())),
    population_thousands=_by_language(_text(fields=("n",)), languages=_NOT_KOREAN),
    population_millions=_by_language(_population_millions, languages=_NOT_KOREAN),
    thousands_separator=_by_language(_separator, languages=_NOT_KOREAN),
    city_templates=_by_language(
        _record(
            intro=_sentences(_CITY_FIELDS),
            priorities=_sentences(_CITY_FIELDS),
            extra=_sentences(_CITY_FIELDS),
        )
    ),
    city_size_notes=_by_language(_keyed(SIZE_BANDS, _text())),
    challenge_closings=_by_language(_sentences(("city",))),
    pricing_sentences=_by_language(_keyed(PRICING_MODELS, _sentences())),
    application_messages=_record(city=_sentences(("name",)), startup=_sentences(("name",))),
    review_notes=_review_notes,
)
