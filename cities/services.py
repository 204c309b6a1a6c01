"""Writes on cities and their challenges. Each one marks the city for re-scoring in its transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.db import transaction

from cities.models import CityChallenge, MemberCity
from core.images import guard_logo_upload
from core.models import Sector
from core.services import apply_changes
from matching.outbox import request_rescore

# What an official (or staff) may change: the identity fields come from the membership application.
CITY_FIELDS = (
    "name",
    "population",
    "website",
    "profile",
    "profile_language",
    "logo",
    "languages",
    "priority_sectors",
)
NEW_CITY_FIELDS = (*CITY_FIELDS, "country", "region", "geonameid", "latitude", "longitude")
CHALLENGE_FIELDS = ("title", "description", "language", "deadline", "sectors")


def update_city(
    *, city: MemberCity, fields: Mapping[str, Any], relations: Mapping[str, Iterable] | None = None
) -> MemberCity:
    """Edit a city's profile (name, population, profile text, languages, priority sectors…)."""
    with transaction.atomic():
        guard_logo_upload(city, fields)
        changed = apply_changes(city, allowed=CITY_FIELDS, fields=fields, relations=relations)
        if changed and city.is_public:
            request_rescore(city)
    return city


def create_challenge(
    *,
    city: MemberCity,
    title: str,
    description: str,
    sectors: Iterable[Sector],
    language: str = "",
    deadline: date | None = None,
) -> CityChallenge:
    """A blank `language` is detected from the title and description (CityChallenge's text hook)."""
    with transaction.atomic():
        challenge = CityChallenge(
            city=city, title=title, description=description, language=language, deadline=deadline
        )
        challenge.full_clean()
        challenge.save()
        challenge.sectors.set(list(sectors))
        request_rescore(city)
    return challenge


def update_challenge(
    *, challenge: CityChallenge, fields: Mapping[str, Any], relations: Mapping[str, Iterable] | None = None
) -> CityChallenge:
    with transaction.atomic():
        changed = apply_changes(challenge, allowed=CHALLENGE_FIELDS, fields=fields, relations=relations)
        if changed and challenge.is_open:
            request_rescore(challenge.city)
    return challenge


def close_challenge(*, challenge: CityChallenge) -> CityChallenge:
    with transaction.atomic():
        if challenge.is_open:
            challenge.close()
            request_rescore(challenge.city)
    return challenge


def reopen_challenge(*, challenge: CityChallenge) -> CityChallenge:
    with transaction.atomic():
        if not challenge.is_open:
            challenge.reopen()
            request_rescore(challenge.city)
    return challenge
