"""Believable demo texts for WeGo Match: solution listings, city challenges, startups and city profiles.

Pure Python (no Django), so the demo loader, the matching evaluation and the tests can all use it. Every
function draws only from the ``random.Random`` it is given, so one seed reproduces the same world.

The texts are built from archetypes: a kind of product (``SOLUTION_ARCHETYPES``) or a kind of municipal need
(``CHALLENGE_ARCHETYPES``) with title variants and stand-alone sentences ("fragments") per language. A listing
or a challenge samples and orders those fragments, so thousands of texts read differently while keeping the
archetype's vocabulary. ``ChallengeArchetype.answered_by`` names the solution archetypes whose products meet
the need; the matching evaluation uses it as ground truth, so a challenge and its answers share their domain
terms and different archetypes use different ones.

The archetypes, startup name parts and sentence templates are data: JSON files under ``demo/data/``, read and
validated by ``demo.archetypes.load()`` when this module is imported. This module holds the generating logic.
"""

from __future__ import annotations

import random
from typing import Literal, TypedDict, TypeVar

from core.reference import SECTORS as REFERENCE_SECTORS
from demo import archetypes

# The schema's limits, vocabularies and classes, re-exported (content.TITLE_MAX, content.SolutionArchetype).
from demo.archetypes import CHALLENGE_DESCRIPTION_CHARS as CHALLENGE_DESCRIPTION_CHARS
from demo.archetypes import LANGUAGES as LANGUAGES
from demo.archetypes import LISTING_DESCRIPTION_CHARS as LISTING_DESCRIPTION_CHARS
from demo.archetypes import MATURITIES as MATURITIES
from demo.archetypes import PRICING_MODELS as PRICING_MODELS
from demo.archetypes import SUMMARY_MAX as SUMMARY_MAX
from demo.archetypes import TITLE_MAX as TITLE_MAX
from demo.archetypes import ChallengeArchetype as ChallengeArchetype
from demo.archetypes import ChallengeText as ChallengeText
from demo.archetypes import SolutionArchetype as SolutionArchetype
from demo.archetypes import SolutionText as SolutionText

SECTORS: dict[str, str] = {code: name for code, name, _description in REFERENCE_SECTORS}

PRICING_WEIGHTS: dict[str, dict[str, int]] = {
    # subscription, licence, per-unit, revenue-share, free-pilot, custom
    "concept": dict(zip(PRICING_MODELS, (2, 0, 1, 1, 4, 3), strict=True)),
    "pilot": dict(zip(PRICING_MODELS, (4, 1, 2, 1, 3, 2), strict=True)),
    "deployed": dict(zip(PRICING_MODELS, (5, 3, 3, 2, 1, 2), strict=True)),
}

# --- The data (demo/data/*.json) -------------------------------------------------------------------------

_CATALOGUE = archetypes.load()
SOLUTION_ARCHETYPES: list[SolutionArchetype] = _CATALOGUE.solutions
CHALLENGE_ARCHETYPES: list[ChallengeArchetype] = _CATALOGUE.challenges
_SOLUTIONS_BY_KEY = {archetype.key: archetype for archetype in SOLUTION_ARCHETYPES}
_CHALLENGES_BY_KEY = {archetype.key: archetype for archetype in CHALLENGE_ARCHETYPES}

_PHRASES = _CATALOGUE.phrases
# A startup name is a stem ("Civitas", "Hanbit"), a stem fused with a suffix ("AquaSense", "Loopwise"), or
# either followed by a company word ("Hanbit Mobility", "GridWise Analytics"): about 700,000 combinations.
NAME_STEMS: list[str] = _PHRASES.name_stems
NAME_SUFFIXES: list[str] = _PHRASES.name_suffixes
NAME_COMPANY_WORDS: list[str] = _PHRASES.name_company_words
NAME_QUALIFIERS: list[str] = _PHRASES.name_qualifiers
LIST_AND: dict[str, str] = _PHRASES.list_and
GENERIC_FOCUS: dict[str, str] = _PHRASES.generic_focus
SECTOR_TOPICS: dict[str, dict[str, str]] = _PHRASES.sector_topics
SECTOR_FOCUS: dict[str, dict[str, list[str]]] = _PHRASES.sector_focus
FOUNDERS: dict[str, list[str]] = _PHRASES.founders
STARTUP_TEMPLATES: dict[str, dict[str, list[str]]] = _PHRASES.startup_templates
CITY_SIZES: dict[str, dict[str, str]] = _PHRASES.city_sizes
POPULATION_THOUSANDS: dict[str, str] = _PHRASES.population_thousands
POPULATION_MILLIONS: dict[str, tuple[str, str]] = _PHRASES.population_millions
THOUSANDS_SEPARATOR: dict[str, str] = _PHRASES.thousands_separator
CITY_TEMPLATES: dict[str, dict[str, list[str]]] = _PHRASES.city_templates
CITY_SIZE_NOTES: dict[str, dict[str, str]] = _PHRASES.city_size_notes
CHALLENGE_CLOSINGS: dict[str, list[str]] = _PHRASES.challenge_closings
PRICING_SENTENCES: dict[str, dict[str, list[str]]] = _PHRASES.pricing_sentences
APPLICATION_MESSAGES: dict[str, list[str]] = _PHRASES.application_messages
REVIEW_NOTES: dict[bool, list[str]] = _PHRASES.review_notes


class GeneratedListing(TypedDict):
    archetype: str
    title: str
    summary: str
    description: str
    language: str
    sectors: list[str]
    maturity: str
    pricing_model: str


class GeneratedChallenge(TypedDict):
    archetype: str
    title: str
    description: str
    language: str
    sectors: list[str]


_Archetype = TypeVar("_Archetype", SolutionArchetype, ChallengeArchetype)


# --- Public functions ------------------------------------------------------------------------------------


def archetypes_for_sector(sector: str, language: str | None = None) -> list[str]:
    """Keys of the solution archetypes whose primary sector is ``sector`` (with a text in ``language``)."""
    _check_sector(sector)
    return [a.key for a in SOLUTION_ARCHETYPES if a.sector == sector and language in (None, *a.texts)]


def challenge_archetypes_for_sector(sector: str, language: str | None = None) -> list[str]:
    """Keys of the challenge archetypes whose primary sector is ``sector`` (with a text in ``language``)."""
    _check_sector(sector)
    return [a.key for a in CHALLENGE_ARCHETYPES if a.sector == sector and language in (None, *a.texts)]


def solution_listing(
    rng: random.Random,
    *,
    archetype_key: str | None = None,
    sector: str | None = None,
    brand: str,
    language: str = "en",
) -> GeneratedListing:
    """A solution listing's texts and attributes, from one archetype.

    ``archetype_key`` picks the archetype; without it one is drawn from ``sector`` (or from all), preferring
    those written in ``language``. When the archetype has no text in ``language`` the listing is written in
    English and its ``language`` is ``"en"``.
    """
    if archetype_key is None:
        archetype = _pick_archetype(rng, SOLUTION_ARCHETYPES, sector=sector, language=language)
    else:
        archetype = _SOLUTIONS_BY_KEY[archetype_key]
    language = language if language in archetype.texts else "en"
    text = archetype.texts[language]
    maturity = _maturity(rng, archetype.maturity_hint)
    pricing_model = _pricing_model(rng, maturity)
    closing = rng.choice(PRICING_SENTENCES[language][pricing_model])
    low, high = LISTING_DESCRIPTION_CHARS
    return {
        "archetype": archetype.key,
        "title": _pick_fitting(rng, [t.format(brand=brand) for t in text.titles], TITLE_MAX),
        "summary": _pick_fitting(rng, [s.format(brand=brand) for s in text.summaries], SUMMARY_MAX),
        "description": _compose(
            rng, [f.format(brand=brand) for f in text.fragments], closing=closing, low=low, high=high
        ),
        "language": language,
        "sectors": archetype.sectors,
        "maturity": maturity,
        "pricing_model": pricing_model,
    }


def city_challenge(
    rng: random.Random,
    *,
    archetype_key: str | None = None,
    sector: str | None = None,
    city: str,
    language: str = "en",
) -> GeneratedChallenge:
    """A city challenge's texts, from one archetype; archetype and language are chosen as for listings."""
    if archetype_key is None:
        archetype = _pick_archetype(rng, CHALLENGE_ARCHETYPES, sector=sector, language=language)
    else:
        archetype = _CHALLENGES_BY_KEY[archetype_key]
    language = language if language in archetype.texts else "en"
    text = archetype.texts[language]
    opening, *others = (f.format(city=city) for f in text.fragments)
    closing = rng.choice(CHALLENGE_CLOSINGS[language]).format(city=city)
    low, high = CHALLENGE_DESCRIPTION_CHARS
    return {
        "archetype": archetype.key,
        "title": _pick_fitting(rng, [t.format(city=city) for t in text.titles], TITLE_MAX),
        "description": _compose(rng, others, opening=opening, closing=closing, low=low, high=high),
        "language": language,
        "sectors": archetype.sectors,
    }


def startup_name(rng: random.Random, used: set[str]) -> str:
    """A believable startup name not yet in ``used``; the name is added to ``used``."""
    for _ in range(40):
        name = _candidate_name(rng)
        if name not in used:
            used.add(name)
            return name
    # Only reached once most combinations are taken: qualify a name the way real companies do.
    base = _candidate_name(rng)
    candidates = [f"{base} {q}" for q in rng.sample(NAME_QUALIFIERS, len(NAME_QUALIFIERS))]
    name = next((c for c in candidates if c not in used), None)
    number = 2
    while name is None or name in used:
        name = f"{base} {number}"
        number += 1
    used.add(name)
    return name


def startup_description(
    rng: random.Random, *, name: str, sectors: list[str], country_name: str, language: str = "en"
) -> str:
    """Two to four sentences about a startup: who founded it and when, and what it works on.

    The first two ``sectors`` give the company's focus.
    """
    language = language if language in STARTUP_TEMPLATES else "en"
    focus = SECTOR_FOCUS[language]
    phrases = [rng.choice(focus[code]) for code in sectors[:2] if code in focus]
    values = {
        "name": name,
        "country": country_name,
        "year": rng.randint(2012, 2024),
        "founders": rng.choice(FOUNDERS[language]),
        "focus": _join(phrases or [GENERIC_FOCUS[language]], language),
        "team": rng.randint(6, 60),
        "countries": rng.randint(2, 9),
    }
    templates = STARTUP_TEMPLATES[language]
    sentences = [rng.choice(templates["founding"]), rng.choice(templates["focus"])]
    extras = rng.sample(templates["extra"], rng.randint(0, 2))
    return " ".join(_capitalised(s.format(**values)) for s in [*sentences, *extras])


def city_profile(
    rng: random.Random,
    *,
    city: str,
    country_name: str,
    population: int,
    sectors: list[str],
    language: str = "en",
) -> str:
    """Two or three sentences presenting a member city: its size and its smart-city priorities."""
    language = language if language in CITY_TEMPLATES else "en"
    topics = [SECTOR_TOPICS[language][code] for code in sectors if code in SECTOR_TOPICS[language]]
    values = {
        "city": city,
        "country": country_name,
        "size": CITY_SIZES[language][_size_band(population)],
        "population": _population(population, language),
        "priorities": _join(topics or [GENERIC_FOCUS[language]], language),
        "first_priority": topics[0] if topics else GENERIC_FOCUS[language],
    }
    templates = CITY_TEMPLATES[language]
    sentences = [rng.choice(templates["intro"]), rng.choice(templates["priorities"])]
    roll = rng.random()
    if roll < 0.35:
        sentences.append(CITY_SIZE_NOTES[language][_size_band(population)])
    elif roll < 0.7:
        sentences.append(rng.choice(templates["extra"]))
    return " ".join(s.format(**values) for s in sentences)


def application_message(rng: random.Random, *, kind: Literal["city", "startup"], name: str) -> str:
    """The short message an organisation writes when it applies for membership."""
    if kind not in APPLICATION_MESSAGES:
        raise ValueError(f"Unknown application kind: {kind!r}")
    return rng.choice(APPLICATION_MESSAGES[kind]).format(name=name)


def review_note(rng: random.Random, *, approved: bool) -> str:
    """A short note the secretariat leaves when it decides on an application."""
    return rng.choice(REVIEW_NOTES[approved])


# --- Helpers ---------------------------------------------------------------------------------------------


def _check_sector(sector: str) -> str:
    if sector not in SECTORS:
        raise ValueError(f"Unknown sector: {sector!r}")
    return sector


def _pick_archetype(
    rng: random.Random, archetypes: list[_Archetype], *, sector: str | None, language: str
) -> _Archetype:
    if sector is not None:
        _check_sector(sector)
        archetypes = [a for a in archetypes if a.sector == sector]
    return rng.choice([a for a in archetypes if language in a.texts] or archetypes)


def _maturity(rng: random.Random, hint: str) -> str:
    return hint if rng.random() < 0.6 else rng.choice(MATURITIES)


def _pricing_model(rng: random.Random, maturity: str) -> str:
    weights = PRICING_WEIGHTS[maturity]
    return rng.choices(PRICING_MODELS, weights=[weights[model] for model in PRICING_MODELS])[0]


def _pick_fitting(rng: random.Random, options: list[str], limit: int) -> str:
    """One of ``options`` that fits in ``limit`` characters (a long brand can push a variant over)."""
    fitting = [option for option in options if len(option) <= limit]
    return rng.choice(fitting) if fitting else rng.choice(options)[:limit].rstrip()


def _compose(
    rng: random.Random, fragments: list[str], *, opening: str = "", closing: str, low: int, high: int
) -> str:
    """Fragments in a random order: at least three, more until ``low`` characters, never over ``high``."""
    pool = rng.sample(fragments, len(fragments))
    wanted = rng.randint(min(3, len(pool)), len(pool))
    chosen = [opening] if opening else []
    length = len(opening) + len(closing)
    for sentence in pool:
        if len(chosen) >= wanted + bool(opening) and length >= low:
            break
        if length + len(sentence) + len(chosen) + 1 > high:
            continue
        chosen.append(sentence)
        length += len(sentence)
    return " ".join([*chosen, closing])


def _candidate_name(rng: random.Random) -> str:
    stem = rng.choice(NAME_STEMS)
    roll = rng.random()
    if roll >= 0.25:
        suffix = rng.choice(NAME_SUFFIXES)
        stem += suffix if suffix.lower() not in stem.lower() else "wise"  # no "LoopLoop"
        if roll < 0.55:
            return stem
    word = rng.choice(NAME_COMPANY_WORDS)
    if word.lower().rstrip("s.") in stem.lower():  # no "Civic Civic" or "AquaLab Labs"
        word = "Technologies"
    return f"{stem} {word}"


def _join(items: list[str], language: str) -> str:
    """``a, b and c`` in the given language."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])}{LIST_AND[language]}{items[-1]}"


def _size_band(population: int) -> str:
    if population < 250_000:
        return "small"
    if population < 1_000_000:
        return "medium"
    if population < 5_000_000:
        return "large"
    return "metropolis"


def _population(population: int, language: str) -> str:
    """A rounded population as a native speaker would write it: "2.4 million", "240만 명", "350 000"."""
    if language == "ko":
        return f"약 {round(population / 10_000):,}만 명" if population >= 10_000 else f"약 {population:,}명"
    if population >= 1_000_000:
        millions = round(population / 1_000_000, 1)
        number = f"{millions:.1f}".removesuffix(".0")
        singular = millions < 2 if language in ("pt", "fr") else number == "1"
        plural_form, singular_form = POPULATION_MILLIONS[language]
        form = singular_form if singular else plural_form
        return form.format(n=number if language == "en" else number.replace(".", ","))
    grouped = f"{round(population, -3) if population >= 10_000 else population:,}"
    return POPULATION_THOUSANDS[language].format(n=grouped.replace(",", THOUSANDS_SEPARATOR[language]))


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
