"""A feedback mark reaches the stored matches through the real path: the service commits the mark and its
outbox row, a real Celery worker drains the outbox over the Redis broker, and the pair leaves the city's
list; the undo brings it back."""

from __future__ import annotations

import pytest

from matching import feedback, pipeline
from matching.models import FeedbackKind, Match
from tests.factories import (
    CityChallengeFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)
from tests.matching.conftest import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_mark_and_its_undo_reach_the_stored_ranking_through_a_real_worker(workers, seoul):
    official = ProfileFactory(user=UserFactory(), role="city_official", city=seoul).user
    CityChallengeFactory(city=seoul, sectors=["environment"])
    bins = []
    for name, phrase in [
        ("Loopwise", "food waste weighing bins"),
        ("Binlytics", "food waste bins for apartments"),
    ]:
        startup = StartupFactory(name=name, country="FI", sectors=["environment"], languages=["en"])
        SolutionListingFactory(startup=startup, title=phrase, summary=phrase, sectors=["environment"])
        bins.append(startup)
    pipeline.rescore_all()

    def listed(startup) -> bool:
        return Match.objects.for_city(seoul.pk).filter(startup=startup).exists()

    assert listed(bins[0]) and listed(bins[1])
    workers.start()
    mark = feedback.mark_match(official=official, startup=bins[0], kind=FeedbackKind.ALREADY_IN_TOUCH)
    wait_for(lambda: not listed(bins[0]), timeout=45, what="the marked startup to leave Seoul's list")
    assert listed(bins[1])
    feedback.undo_mark(official=official, mark=mark)
    wait_for(lambda: listed(bins[0]), timeout=45, what="the startup back on Seoul's list after the undo")
    assert "drain_rescore_requests" in workers.log()
