"""Outcomes: both sides are asked OUTCOME_ASK_AFTER after an acceptance (the beat task, time passed in as
`now`), each side records its answer, and the funnel counts them by region and domestic vs overseas."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from introductions.models import IntroductionStatus
from notifications.models import Kind, Notification
from outcomes.funnel import secretariat_funnel
from outcomes.models import IntroductionOutcome, Outcome, Side
from outcomes.services import OutcomeError, ask_for_outcomes, record_outcome
from tests.factories import IntroductionFactory, MatchFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def accepted(seoul, startup, seoul_official, startup_member):
    return IntroductionFactory(
        city=seoul,
        startup=startup,
        requested_by=seoul_official,
        status=IntroductionStatus.ACCEPTED,
        responded_at=timezone.now(),
        responded_by=startup_member,
    )


def test_both_sides_are_asked_once_after_the_configured_weeks(
    accepted, seoul_official, startup_member, settings
):
    settings.OUTCOME_ASK_AFTER = timedelta(weeks=6)
    assert ask_for_outcomes(now=timezone.now() + timedelta(weeks=5)) == 0
    assert not Notification.objects.filter(kind=Kind.OUTCOME_ASKED).exists()

    later = timezone.now() + timedelta(weeks=6, days=1)
    assert ask_for_outcomes(now=later) == 1
    asked = Notification.objects.filter(kind=Kind.OUTCOME_ASKED)
    assert {n.user for n in asked} == {seoul_official, startup_member}
    assert set(IntroductionOutcome.objects.values_list("side", "outcome")) == {("city", ""), ("startup", "")}
    assert ask_for_outcomes(now=later + timedelta(days=1)) == 0  # never twice


def test_each_side_records_its_own_answer(
    accepted, seoul_official, startup_member, bogota_official, outsider
):
    record_outcome(introduction=accepted, user=seoul_official, outcome=Outcome.MEETING, note="Met in March.")
    record_outcome(introduction=accepted, user=startup_member, outcome=Outcome.PILOT)
    record_outcome(introduction=accepted, user=startup_member, outcome=Outcome.CONTRACT)  # replaces
    for stranger in (bogota_official, outsider):
        with pytest.raises(OutcomeError):
            record_outcome(introduction=accepted, user=stranger, outcome=Outcome.PILOT)
    answers = dict(IntroductionOutcome.objects.values_list("side", "outcome"))
    assert answers == {Side.CITY: Outcome.MEETING, Side.STARTUP: Outcome.CONTRACT}


def test_only_an_accepted_introduction_has_an_outcome(seoul, startup, startup_member):
    waiting = IntroductionFactory(city=seoul, startup=startup)
    with pytest.raises(OutcomeError, match="accepted"):
        record_outcome(introduction=waiting, user=startup_member, outcome=Outcome.MEETING)


def test_the_funnel_counts_each_stage_domestic_and_overseas(
    accepted, seoul, bogota, startup, seoul_official, startup_member
):
    from tests.factories import StartupFactory

    abroad = StartupFactory(name="Vía Segura", country="CO")  # Colombian startup, Seoul is abroad
    MatchFactory(city=seoul, startup=startup, score=80, city_rank=1, startup_rank=1)
    MatchFactory(city=seoul, startup=abroad, score=70, city_rank=2, startup_rank=1)
    MatchFactory(city=bogota, startup=abroad, score=75, city_rank=1, startup_rank=2)
    IntroductionFactory(
        city=seoul, startup=abroad, status=IntroductionStatus.DECLINED, decline_reason="other"
    )
    record_outcome(introduction=accepted, user=startup_member, outcome=Outcome.PILOT)
    record_outcome(introduction=accepted, user=seoul_official, outcome=Outcome.MEETING)

    stages = {s.key: (s.total, s.domestic, s.overseas) for s in secretariat_funnel().stages}
    assert stages == {
        "matches": (3, 2, 1),  # Seoul–Loopwise (KR–KR) and Bogotá–Vía Segura (CO–CO) are domestic
        "requested": (2, 1, 1),
        "accepted": (1, 1, 0),
        "meetings": (1, 1, 0),  # both sides answered: counted once
        "pilots": (1, 1, 0),
        "contracts": (0, 0, 0),
    }
    by_region = {region.code: counts for region, counts in secretariat_funnel().by_region}
    assert by_region[seoul.region.code]["requested"] == 2
    assert by_region[bogota.region.code] == {
        "matches": 1,
        "requested": 0,
        "accepted": 0,
        "meetings": 0,
        "pilots": 0,
        "contracts": 0,
    }
    only_bogota = secretariat_funnel(region=bogota.region.code)
    assert [s.total for s in only_bogota.stages] == [1, 0, 0, 0, 0, 0]


def test_the_funnel_reads_a_fixed_number_of_queries(accepted, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        secretariat_funnel()


def test_the_beat_schedule_runs_the_ask(accepted, settings, startup_member):
    from outcomes.tasks import ask_for_outcomes as task

    assert settings.CELERY_BEAT_SCHEDULE["ask-for-outcomes"]["task"] == task.name
    settings.OUTCOME_ASK_AFTER = timedelta(0)  # accepted just now: due at once
    task.delay()
    assert Notification.objects.filter(user=startup_member, kind=Kind.OUTCOME_ASKED).exists()


def test_a_side_that_already_answered_is_not_asked(accepted, seoul_official, startup_member, settings):
    settings.OUTCOME_ASK_AFTER = timedelta(weeks=6)
    record_outcome(introduction=accepted, user=startup_member, outcome=Outcome.PILOT)
    assert ask_for_outcomes(now=timezone.now() + timedelta(weeks=7)) == 1
    assert {n.user for n in Notification.objects.filter(kind=Kind.OUTCOME_ASKED)} == {seoul_official}
    assert IntroductionOutcome.objects.get(side=Side.STARTUP).outcome == Outcome.PILOT  # kept
