"""Member cities (real names and countries) and their challenges."""

from __future__ import annotations

import datetime

import factory

from cities.models import CityChallenge, MemberCity
from core import geo
from core.models import MembershipStatus
from tests.factories.reference import language, region, sector


class MemberCityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberCity
        django_get_or_create = ("name", "country")
        skip_postgeneration_save = True

    name = factory.Iterator(
        ["Busan", "Sejong", "Kigali", "Medellín", "Almaty", "Tashkent", "Makati", "Quito"]
    )
    country = factory.Iterator(["KR", "KR", "RW", "CO", "KZ", "UZ", "PH", "EC"])
    region = factory.LazyAttribute(lambda c: region(_region_for(c.country)))
    population = 1_000_000
    profile = "A member city investing in digital public services."
    membership_status = MembershipStatus.APPROVED
    joined_on = factory.LazyFunction(lambda: datetime.date(2022, 5, 1))

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.languages.set([language(code) for code in extracted])

    @factory.post_generation
    def priority_sectors(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.priority_sectors.set([sector(code) for code in extracted])


def _region_for(country: str) -> str:
    return geo.region_for_country(country)


class CityChallengeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CityChallenge
        skip_postgeneration_save = True

    city = factory.SubFactory(MemberCityFactory)
    title = "Cut food waste in apartment blocks"
    description = "Apartment complexes produce most of our food waste; we need pay-as-you-throw bins."

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.sectors.set([sector(code) for code in extracted])
