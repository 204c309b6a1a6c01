"""The hand-labelled evaluation sets, as data: one JSON file per set under ``matching/evaluation/data/``
(the format is in that directory's README), read and validated by ``load_set``.

``same-language.json``: 8 member cities writing in English and 26 startups, with same-sector distractors
(``labelled_set``). ``cross-language.json``: 17 cities writing in Spanish, Portuguese, French, Korean,
Japanese, Indonesian or English, and 40 listings in five languages (``cross_language_set``).

Pure: no Django, no database (the sector and region codes come from ``core.reference``, plain data).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.reference import MATURITIES as MATURITY_CODES
from core.reference import REGIONS, SECTORS

DATA_DIRECTORY = Path(__file__).resolve().parent / "data"
SAME_LANGUAGE_FILE = "same-language.json"
CROSS_LANGUAGE_FILE = "cross-language.json"
DEFAULT_LANGUAGE = "en"  # the language of a city's or listing's texts when the set does not say
GRADES = (0, 1, 2)  # 2 answers a challenge, 1 a sound partner for the priorities, 0 (or absent) neither
# format 2 adds 3: the expert's first pick (it answers a challenge too)
GRADES_2 = (0, 1, 2, 3)
MATURITIES = tuple(range(len(MATURITY_CODES)))  # engine levels: concept, pilot, deployed

SECTOR_CODES = frozenset(code for code, _, _ in SECTORS)
REGION_CODES = frozenset(code for code, _ in REGIONS)
_KEY = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_LANGUAGE = re.compile(r"[a-z]{2}")  # ISO 639-1
_COUNTRY = re.compile(r"[A-Z]{2}")  # ISO 3166-1 alpha-2
_CITY_KEYS = ("name", "country", "region", "population", "languages", "sectors", "profile", "challenges")
_STARTUP_KEYS = (
    "country",
    "languages",
    "target_regions",
    "title",
    "text",
    "sectors",
    "maturity",
    "deployments",
)


@dataclass(frozen=True)
class Challenge:
    title: str
    text: str
    sectors: tuple[str, ...]
    key: str = ""  # format 2: what a judgement's "answers" names
    long_tail: bool = False  # format 2: a need phrased in local, everyday terms


@dataclass(frozen=True)
class City:
    """A member city: its profile, priority sectors and open challenges, written in ``language``."""

    name: str
    country: str
    region: str
    population: int
    languages: tuple[str, ...]
    sectors: tuple[str, ...]
    profile: str
    challenges: tuple[Challenge, ...]
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Deployment:
    region: str
    population: int
    city: str = ""  # format 2: the city's name, so a deployment in a member city of the set is known
    country: str = ""


@dataclass(frozen=True)
class Startup:
    """A startup with its one listing (``title`` and ``text``), written in ``language``."""

    country: str
    languages: tuple[str, ...]
    target_regions: tuple[str, ...]
    title: str
    text: str
    sectors: tuple[str, ...]
    maturity: int
    deployments: tuple[Deployment, ...]
    language: str = DEFAULT_LANGUAGE


@dataclass
class EvalSet:
    """Cities and startups by key, in the file's order, and per city the grade of each judged startup
    (a startup not named is graded 0)."""

    cities: dict[str, City]
    startups: dict[str, Startup]
    judgements: dict[str, dict[str, int]]
    description: tuple[str, ...] = ()
    answers: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    """Format 2: per city, the challenge keys each judged startup answers (absent: none)."""
    near_misses: dict[str, frozenset[str]] = field(default_factory=dict)
    """Format 2: per city, the near-miss distractors (same sector and words, not meeting the need)."""
    written: str = ""

    def first_pick(self, city: str) -> str | None:
        """The expert's first pick for the city (format 2: grade 3), None in older sets."""
        return next((s for s, grade in self.judgements.get(city, {}).items() if grade == 3), None)

    def challenge_keys(self, city: str) -> list[str]:
        return [challenge.key for challenge in self.cities[city].challenges]

    def deployment_city(self, deployment: Deployment) -> str | None:
        """The key of the set's city a deployment runs in (same name, case and spacing aside, and country)."""
        return self._city_names().get((_fold(deployment.city), deployment.country))

    def _city_names(self) -> dict[tuple[str, str], str]:
        names = self.__dict__.get("_names")
        if names is None:
            names = {(_fold(c.name), c.country): key for key, c in self.cities.items()}
            self.__dict__["_names"] = names
        return names

    def city_language(self, key: str) -> str:
        return self.cities[key].language

    def listing_language(self, key: str) -> str:
        return self.startups[key].language

    def language_pair(self, city: str, startup: str) -> str:
        """The pair's label, such as "es→ko": a city writing in Spanish, a listing written in Korean."""
        return f"{self.city_language(city)}→{self.listing_language(startup)}"


def labelled_set() -> EvalSet:
    """The same-language set (English texts), for precision@5 and nDCG@10 against the sector baseline."""
    return load_set(DATA_DIRECTORY / SAME_LANGUAGE_FILE)


def cross_language_set() -> EvalSet:
    """The cross-language set, for nDCG@5 per language pair."""
    return load_set(DATA_DIRECTORY / CROSS_LANGUAGE_FILE)


# --- reading and validating one file ---------------------------------------------------------------------


def load_set(path: Path) -> EvalSet:
    """Read and validate one set. Raises ``ValueError`` naming the file and the place inside it
    (``cross-language.json: startups.sanbit.deployments[0].population: ...``) on invalid JSON, a missing or
    unknown key, a value of the wrong type, an unknown sector, region, language or country code, a grade or
    maturity out of range, or a judgement naming a city or startup the set does not have."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path.name}: not valid JSON: {error}") from None
    return parse_set(document, source=path.name)


def parse_set(document: Any, source: str = "<set>") -> EvalSet:
    """Validate a set already parsed from JSON (see ``load_set``); ``source`` names it in error messages."""
    top = _Where(source, "")
    fields = _object(
        document,
        top,
        required=("cities", "startups", "judgements"),
        optional=("description", "format", "written"),
    )
    version = _choice(fields.get("format", 1), top.at("format"), (1, 2), "format")
    description = fields.get("description", [])
    if not isinstance(description, list) or not all(isinstance(p, str) for p in description):
        raise top.at("description").error("must be a list of strings (paragraphs)")
    cities = {key: _city(value, where) for key, value, where in _entries(fields["cities"], top.at("cities"))}
    startups = {
        key: _startup(value, where) for key, value, where in _entries(fields["startups"], top.at("startups"))
    }
    judgements: dict[str, dict[str, int]] = {}
    answers: dict[str, dict[str, tuple[str, ...]]] = {}
    near_misses: dict[str, frozenset[str]] = {}
    for city, grades, where in _entries(fields["judgements"], top.at("judgements"), allow_empty=True):
        if city not in cities:
            raise where.error(f"unknown city {city!r} (not in 'cities')")
        judgements[city], answers[city], misses = {}, {}, set()
        keys = {challenge.key for challenge in cities[city].challenges}
        for startup, grade, grade_where in _entries(grades, where, allow_empty=True):
            if startup not in startups:
                raise grade_where.error(f"unknown startup {startup!r} (not in 'startups')")
            if version == 1:
                judgements[city][startup] = _choice(grade, grade_where, GRADES, "grade")
                continue
            judged = _object(grade, grade_where, required=("grade",), optional=("answers", "near_miss"))
            value = _choice(judged["grade"], grade_where.at("grade"), GRADES_2, "grade")
            answered = tuple(_text(a, grade_where.at("answers")) for a in judged.get("answers", []))
            unknown = [a for a in answered if a not in keys]
            if unknown:
                raise grade_where.at("answers").error(f"{unknown[0]!r} is not a challenge of {city!r}")
            if value >= 2 and not answered:
                raise grade_where.at("answers").error("a grade of 2 or 3 names the challenge it answers")
            judgements[city][startup] = value
            answers[city][startup] = answered
            if judged.get("near_miss"):
                misses.add(startup)
        near_misses[city] = frozenset(misses)
    return EvalSet(
        cities,
        startups,
        judgements,
        tuple(description),
        answers=answers,
        near_misses=near_misses,
        written=str(fields.get("written", "")),
    )


@dataclass(frozen=True)
class _Where:
    """A file and a path inside it, for error messages: ``same-language.json: cities.seoul.region``."""

    source: str
    path: str

    def at(self, key: str | int) -> _Where:
        if isinstance(key, int):
            return _Where(self.source, f"{self.path}[{key}]")
        return _Where(self.source, f"{self.path}.{key}" if self.path else key)

    def error(self, problem: str) -> ValueError:
        where = f"{self.source}: {self.path}" if self.path else self.source
        return ValueError(f"{where}: {problem}")


def _object(
    value: Any, where: _Where, *, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.error(f"expected an object, not {type(value).__name__}")
    missing = [key for key in required if key not in value]
    if missing:
        raise where.error(f"missing key {missing[0]!r}")
    unknown = sorted(set(value) - set(required) - set(optional))
    if unknown:
        raise where.error(f"unknown key {unknown[0]!r} (known: {', '.join((*required, *optional))})")
    return value


def _entries(value: Any, where: _Where, *, allow_empty: bool = False) -> list[tuple[str, Any, _Where]]:
    """(key, value, where) of an object keyed by lowercase ids."""
    if not isinstance(value, dict):
        raise where.error(f"expected an object keyed by id, not {type(value).__name__}")
    if not value and not allow_empty:
        raise where.error("is empty")
    for key in value:
        if not _KEY.fullmatch(key):
            raise where.error(f"id {key!r} is not lowercase letters and digits (with - or _)")
    return [(key, item, where.at(key)) for key, item in value.items()]


def _text(value: Any, where: _Where, *, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise where.error(f"expected a string, not {type(value).__name__}")
    if not empty and not value.strip():
        raise where.error("is empty")
    return value


def _count(value: Any, where: _Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise where.error(f"expected a whole number >= 0, not {value!r}")
    return value


def _choice(value: Any, where: _Where, allowed: tuple[int, ...], name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise where.error(f"{name} {value!r} is not one of {', '.join(map(str, allowed))}")
    return value


def _code(value: Any, where: _Where, kind: str) -> str:
    if not isinstance(value, str):
        raise where.error(f"expected a {kind} code (a string), not {type(value).__name__}")
    if kind == "sector" and value not in SECTOR_CODES:
        raise where.error(f"unknown sector {value!r} (known: {', '.join(sorted(SECTOR_CODES))})")
    if kind == "region" and value not in REGION_CODES:
        raise where.error(f"unknown region {value!r} (known: {', '.join(sorted(REGION_CODES))})")
    if kind == "language" and not _LANGUAGE.fullmatch(value):
        raise where.error(f"language {value!r} is not a two-letter ISO 639-1 code")
    if kind == "country" and not _COUNTRY.fullmatch(value):
        raise where.error(f"country {value!r} is not a two-letter ISO 3166 code")
    return value


def _codes(value: Any, where: _Where, kind: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise where.error(f"expected a list of {kind} codes, not {type(value).__name__}")
    codes = tuple(_code(item, where.at(i), kind) for i, item in enumerate(value))
    if len(set(codes)) != len(codes):
        raise where.error(f"{kind} {next(c for c in codes if codes.count(c) > 1)!r} is listed twice")
    return codes


def _language(fields: dict[str, Any], where: _Where) -> str:
    if "language" not in fields:
        return DEFAULT_LANGUAGE
    return _code(fields["language"], where.at("language"), "language")


def _city(value: Any, where: _Where) -> City:
    fields = _object(value, where, required=_CITY_KEYS, optional=("language",))
    raw_challenges = fields["challenges"]
    if not isinstance(raw_challenges, list):
        raise where.at("challenges").error("expected a list of challenges")
    challenges = []
    for i, raw in enumerate(raw_challenges):
        at = where.at("challenges").at(i)
        challenge = _object(raw, at, required=("title", "text", "sectors"), optional=("key", "long_tail"))
        challenges.append(
            Challenge(
                title=_text(challenge["title"], at.at("title"), empty=False),
                text=_text(challenge["text"], at.at("text")),
                sectors=_codes(challenge["sectors"], at.at("sectors"), "sector"),
                key=_text(challenge.get("key", ""), at.at("key")),
                long_tail=bool(challenge.get("long_tail", False)),
            )
        )
    return City(
        name=_text(fields["name"], where.at("name"), empty=False),
        country=_code(fields["country"], where.at("country"), "country"),
        region=_code(fields["region"], where.at("region"), "region"),
        population=_count(fields["population"], where.at("population")),
        languages=_codes(fields["languages"], where.at("languages"), "language"),
        sectors=_codes(fields["sectors"], where.at("sectors"), "sector"),
        profile=_text(fields["profile"], where.at("profile")),
        challenges=tuple(challenges),
        language=_language(fields, where),
    )


def _startup(value: Any, where: _Where) -> Startup:
    fields = _object(value, where, required=_STARTUP_KEYS, optional=("language",))
    raw_deployments = fields["deployments"]
    if not isinstance(raw_deployments, list):
        raise where.at("deployments").error("expected a list of deployments")
    deployments = []
    for i, raw in enumerate(raw_deployments):
        at = where.at("deployments").at(i)
        deployment = _object(raw, at, required=("region", "population"), optional=("city", "country"))
        deployments.append(
            Deployment(
                region=_code(deployment["region"], at.at("region"), "region"),
                population=_count(deployment["population"], at.at("population")),
                city=_text(deployment.get("city", ""), at.at("city")),
                country=_code(deployment.get("country", "XX"), at.at("country"), "country")
                if "country" in deployment
                else "",
            )
        )
    return Startup(
        country=_code(fields["country"], where.at("country"), "country"),
        languages=_codes(fields["languages"], where.at("languages"), "language"),
        target_regions=_codes(fields["target_regions"], where.at("target_regions"), "region"),
        title=_text(fields["title"], where.at("title"), empty=False),
        text=_text(fields["text"], where.at("text")),
        sectors=_codes(fields["sectors"], where.at("sectors"), "sector"),
        maturity=_choice(fields["maturity"], where.at("maturity"), MATURITIES, "maturity"),
        deployments=tuple(deployments),
        language=_language(fields, where),
    )


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())
