"""Introductions between a city and a startup."""

from __future__ import annotations

import factory

from tests.factories.cities import MemberCityFactory
from tests.factories.startups import StartupFactory


class IntroductionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "introductions.Introduction"

    city = factory.SubFactory(MemberCityFactory)
    startup = factory.SubFactory(StartupFactory)
    message = "We are looking for a partner to cut food waste in apartment blocks. Could we meet?"
