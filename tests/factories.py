"""factory-boy factories with realistic values. Reference rows (sectors, regions, languages) come from the
data migration and are looked up, never invented."""

from __future__ import annotations

import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import ApplicationKind, MembershipApplication, Profile, Role
from cities.models import CityChallenge, MemberCity
from core.models import Language, MembershipStatus, Region, Sector
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing, Startup


def sector(code: str) -> Sector:
    return Sector.objects.get(code=code)


def region(code: str) -> Region:
    return Region.objects.get(code=code)


def language(code: str) -> Language:
    return Language.objects.get(code=code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):  # noqa: N805 - factory-boy's hook signature
        if create:
            obj.save()


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
    from core import geo

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


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    role = Role.CITY_OFFICIAL
    member_since = factory.LazyFunction(timezone.now)


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipApplication

    kind = ApplicationKind.STARTUP
    startup = factory.SubFactory(StartupFactory, membership_status=MembershipStatus.PENDING, joined_on=None)
    applicant = factory.SubFactory(UserFactory)
    message = "We would like to join the association to work with member cities."


def current_run():
    """The current MatchRun (created on first use): stored matches are read from the current run only."""
    from matching.models import MatchRun, RunStatus

    run = MatchRun.objects.filter(status=RunStatus.CURRENT).first()
    return run or MatchRun.objects.create(status=RunStatus.CURRENT, algorithm_version="test")


class MatchFactory(factory.django.DjangoModelFactory):
    """A stored match as the worker writes it (tests of readers use this; the worker tests use the worker)."""

    class Meta:
        model = "matching.Match"

    run = factory.LazyFunction(lambda: current_run())
    city = factory.SubFactory(MemberCityFactory)
    startup = factory.SubFactory(StartupFactory)
    score = 72.5
    relevance = 0.61
    sector_fit = 0.8
    proof = 0.5
    reach = 0.9
    readiness = 1.0
    overseas = factory.LazyAttribute(lambda m: m.city.country != m.startup.country)
    reasons = factory.LazyAttribute(
        lambda m: [
            {"code": "shared_sectors", "sectors": ["environment"]},
            {"code": "works_in_languages", "languages": ["en"]},
        ]
    )
    city_rank = 1
    startup_rank = 1


class IntroductionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "matching.Introduction"

    city = factory.SubFactory(MemberCityFactory)
    startup = factory.SubFactory(StartupFactory)
    message = "We are looking for a partner to cut food waste in apartment blocks. Could we meet?"
