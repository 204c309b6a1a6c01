"""Responses to challenges and outcomes of introductions."""

from __future__ import annotations

import factory

from tests.factories.cities import CityChallengeFactory
from tests.factories.startups import StartupFactory


class ChallengeResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "responses.ChallengeResponse"

    challenge = factory.SubFactory(CityChallengeFactory)
    startup = factory.SubFactory(StartupFactory)
    approach = (
        "Sensor bins in 40 apartment blocks report their fill level; collection routes follow the "
        "readings. A three-month pilot in one district, then the whole city."
    )
    references = "Goyang (since 2022), Seongnam (pilot, 2024)."
