"""Writes on cities and their challenges. Each one marks the city for re-scoring in its transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

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


def check_deadline(deadline: date | None, *, stored: date | None = None) -> None:
    """A new or changed deadline cannot be in the past; a challenge whose stored deadline has passed can
    still be edited without touching it. The one rule of the page's form and the API."""
    if deadline and deadline != stored and deadline < timezone.now().date():
        raise ValidationError({"deadline": [_("The deadline cannot be in the past.")]}, code="past")


def check_sectors(sectors: Iterable[Sector]) -> None:
    """A challenge names at least one sector."""
    if not list(sectors):
        raise ValidationError({"sectors": [_("Choose at least one sector.")]}, code="required")


def create_challenge(
    *,
    city: MemberCity,
    title: str,
    description: str,
    sectors: Iterable[Sector],
    language: str = "",
    deadline: date | None = None,
) -> CityChallenge:
    """A blank `language` is detected from the title and description (CityChallenge's text hook). A
    deadline in the past or no sector is a ValidationError on that field."""
    sectors = list(sectors)
    check_deadline(deadline)
    check_sectors(sectors)
    with transaction.atomic():
        challenge = CityChallenge(
            city=city, title=title, description=description, language=language, deadline=deadline
        )
        challenge.full_clean()
        challenge.save()
        challenge.sectors.set(sectors)
        request_rescore(city)
    return challenge


def update_challenge(
    *, challenge: CityChallenge, fields: Mapping[str, Any], relations: Mapping[str, Iterable] | None = None
) -> CityChallenge:
    if "deadline" in fields:
        check_deadline(fields["deadline"], stored=challenge.deadline)
    if relations and "sectors" in relations:
        check_sectors(relations["sectors"])
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
