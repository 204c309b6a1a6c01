"""Startups, their solution listings and reference deployments."""

from __future__ import annotations

import datetime

import factory
from django.utils import timezone

from core.models import MembershipStatus
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing, Startup
from tests.factories.reference import language, region, sector


class StartupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Startup
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Loopwise Labs {n}")
    country = "KR"
    founded_year = 2019
    stage = "growth"
    team_size = 24
    website = "https://www.loopwise.example"
    description = "Sensors and software for municipal waste collection."
    membership_status = MembershipStatus.APPROVED
    joined_on = factory.LazyFunction(lambda: datetime.date(2023, 3, 1))

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.sectors.set([sector(code) for code in extracted])

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.languages.set([language(code) for code in extracted])

    @factory.post_generation
    def target_regions(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.target_regions.set([region(code) for code in extracted])


class SolutionListingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SolutionListing
        skip_postgeneration_save = True

    startup = factory.SubFactory(StartupFactory)
    title = "Smart food-waste bins with pay-as-you-throw billing"
    summary = "RFID bins weigh each household's food waste and bill by weight."
    description = "Weighing bins with RFID cards cut apartment food waste by a third in two years."
    maturity = "deployed"
    pricing_model = "subscription"
    status = ListingStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.sectors.set([sector(code) for code in extracted])

    @factory.post_generation
    def languages_supported(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.languages_supported.set([language(code) for code in extracted])


class ReferenceDeploymentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReferenceDeployment

    listing = factory.SubFactory(SolutionListingFactory)
    city_name = "Sejong"
    country = "KR"
    population = 390_000
