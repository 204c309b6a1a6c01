"""Stored matches, as the worker writes them (tests of readers use these; the worker tests use the worker)."""

from __future__ import annotations

import factory

from matching.models import MatchRun, RunStatus
from tests.factories.cities import MemberCityFactory
from tests.factories.startups import StartupFactory


def current_run():
    """The current MatchRun (created on first use): stored matches are read from the current run only."""
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
