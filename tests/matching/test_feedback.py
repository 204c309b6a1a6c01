"""Feedback into the matches (matching.feedback): each mark and decline reason changes the next stored
ranking as README's rule table says, through the real re-score path (the outbox drained as the worker does),
a full re-score keeps it, an undo restores the ranking, and the no-capacity pause ends."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.models import AuditAction, AuditEntry
from introductions.models import Introduction
from introductions.services import request_introduction, respond_to_introduction
from matching import feedback, pipeline
from matching.models import FeedbackKind, Match, RescoreKind, RescoreRequest
from tests.factories import (
    CityChallengeFactory,
    MemberCityFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PHRASES = [
    "food waste weighing bins with RFID cards for apartment blocks",
    "food waste weighing bins for apartment blocks",
    "food waste bins for apartment blocks pay as you throw",
    "food waste collection for apartments",
]


@pytest.fixture
def world(seoul, seoul_official):
    """Seoul (no profile text, one challenge: its relevance is the challenge's evidence alone), Busan, and
    four startups about food waste, each with one listing, scored by a full run."""
    seoul.profile = ""
    seoul.save(update_fields=["profile"])
    challenge = CityChallengeFactory(
        city=seoul,
        title="Food waste bins for apartment blocks",
        description="Food waste weighing bins with RFID cards, pay as you throw, for apartment blocks.",
        sectors=["environment"],
    )
    busan = MemberCityFactory(
        name="Busan", country="KR", languages=["ko"], profile="Food waste collection for apartment blocks."
    )
    startups = []
    for index, phrase in enumerate(PHRASES):
        startup = StartupFactory(
            name=f"Bins {index}", country="FI", sectors=["environment"], languages=["en"]
        )
        SolutionListingFactory(
            startup=startup, title=phrase, summary=phrase, description=phrase, sectors=["environment"]
        )
        startups.append(startup)
    member = ProfileFactory(user=UserFactory(), role="startup_member", startup=startups[0]).user
    pipeline.rescore_all()
    RescoreRequest.objects.all().delete()  # the set-up's own marks: the run has scored them
    return SimpleNamespace(
        seoul=seoul,
        busan=busan,
        challenge=challenge,
        startups=startups,
        official=seoul_official,
        member=member,
    )


def _ranking(city) -> list[int]:
    return list(Match.objects.for_city(city.pk).values_list("startup_id", flat=True))


def _pair(city, startup):
    return Match.objects.current().filter(city=city, startup=startup).first()


def _drain():
    """What the worker does with the outbox (drains until nothing is left to refill)."""
    for _ in range(4):
        if not RescoreRequest.objects.exists():
            return
        pipeline.drain_outbox()


def test_not_relevant_hides_the_pair_on_both_sides_until_undone(world):
    before = _ranking(world.seoul)
    target = next(s for s in world.startups if s.pk == before[0])
    assert _pair(world.seoul, target) is not None

    mark = feedback.mark_match(
        official=world.official, startup=target, kind=FeedbackKind.NOT_RELEVANT, reason="wrong_need"
    )
    assert RescoreRequest.objects.filter(kind=RescoreKind.STARTUP, object_id=target.pk).exists()
    assert AuditEntry.objects.filter(
        action=AuditAction.MATCH_FEEDBACK_MARKED, object_id=str(mark.pk)
    ).exists()
    _drain()
    assert _ranking(world.seoul) == [pk for pk in before if pk != target.pk]
    assert _pair(world.seoul, target) is None  # nor is Seoul on the startup's side
    assert Match.objects.for_startup(target.pk).exists()  # its other city stays

    pipeline.rescore_all()  # a full re-score reads the mark again
    assert _ranking(world.seoul) == [pk for pk in before if pk != target.pk]

    feedback.undo_mark(official=world.official, mark=mark)
    _drain()
    assert _ranking(world.seoul) == before
    pipeline.rescore_all()
    assert _ranking(world.seoul) == before


def test_not_relevant_to_a_challenge_multiplies_that_evidence_by_the_factor(world, settings):
    factor = settings.MATCHING["FEEDBACK_CHALLENGE_FACTOR"]
    assert factor == 0.5
    target = world.startups[0]
    before = _pair(world.seoul, target)
    assert before.challenge_id == world.challenge.pk

    feedback.mark_match(
        official=world.official,
        startup=target,
        kind=FeedbackKind.NOT_RELEVANT,
        reason="too_early",
        challenge=world.challenge,
    )
    _drain()
    after = _pair(world.seoul, target)
    # no profile text: relevance = evidence(challenge) ** 0.5, so the squared relevance scales by the factor
    assert after.relevance**2 == pytest.approx(factor * before.relevance**2, rel=1e-4)
    assert after.score < before.score
    # still said to answer the challenge only if the lowered evidence reaches the bar (no embeddings here)
    bar = pipeline.matching_params().answer_threshold_text
    assert (after.challenge_id == world.challenge.pk) == (after.relevance**2 >= bar)
    assert target.pk in _ranking(world.seoul)  # lowered, not hidden

    pipeline.rescore_all()
    assert _pair(world.seoul, target).relevance == pytest.approx(after.relevance, rel=1e-6)


def test_already_in_touch_is_not_recommended_as_a_new_match(world):
    target = world.startups[1]
    feedback.mark_match(official=world.official, startup=target, kind=FeedbackKind.ALREADY_IN_TOUCH)
    _drain()
    assert target.pk not in _ranking(world.seoul)
    pipeline.rescore_all()
    assert target.pk not in _ranking(world.seoul) and _pair(world.seoul, target) is None


def test_a_no_capacity_decline_pauses_every_recommendation_of_the_startup_until_the_pause_ends(
    world, settings
):
    target = world.startups[0]
    assert Match.objects.current().filter(startup=target).count() == 2
    introduction = request_introduction(
        city=world.seoul, startup=target, requested_by=world.official, message="Could we meet next month?"
    )
    respond_to_introduction(
        introduction=introduction, responder=world.member, accept=False, decline_reason="no_capacity"
    )
    _drain()
    assert not Match.objects.current().filter(startup=target).exists()  # no city, Busan included
    pipeline.rescore_all()
    assert not Match.objects.current().filter(startup=target).exists()

    days = settings.MATCHING["INTRODUCTION_NO_CAPACITY_PAUSE"]
    almost = timezone.now() + timedelta(days=days) - timedelta(hours=1)
    with mock.patch("django.utils.timezone.now", return_value=almost):
        pipeline.rescore_all()
    assert not Match.objects.current().filter(startup=target).exists()
    later = timezone.now() + timedelta(days=days, hours=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        pipeline.rescore_all()  # the nightly full run after the pause
    assert Match.objects.current().filter(startup=target).count() == 2


@pytest.mark.parametrize(
    ("reason", "hidden"), [("not_relevant", True), ("not_in_region", True), ("language", False)]
)
def test_a_decline_reason_hides_the_pair_as_documented(world, reason, hidden):
    target = world.startups[0]
    introduction = request_introduction(
        city=world.seoul, startup=target, requested_by=world.official, message="Could we meet next month?"
    )
    respond_to_introduction(
        introduction=introduction, responder=world.member, accept=False, decline_reason=reason
    )
    _drain()
    pipeline.rescore_all()
    assert (_pair(world.seoul, target) is None) is hidden
    assert _pair(world.busan, target) is not None  # the startup's other city is untouched
    if hidden:  # a later introduction the startup accepts (once the decline's cool-down has ended) lifts it
        Introduction.objects.filter(pk=introduction.pk).update(
            responded_at=timezone.now() - timedelta(days=settings.INTRODUCTION_COOLDOWN_DAYS + 1)
        )
        again = request_introduction(
            city=world.seoul, startup=target, requested_by=world.official, message="We have a new budget now."
        )
        respond_to_introduction(introduction=again, responder=world.member, accept=True)
        _drain()
        assert _pair(world.seoul, target) is not None


def test_only_the_citys_approved_officials_mark_and_one_mark_per_pair(world, bogota_official, secretariat):
    target = world.startups[0]
    for user in (world.member, secretariat, UserFactory()):
        with pytest.raises(ValidationError):
            feedback.mark_match(official=user, startup=target, kind=FeedbackKind.ALREADY_IN_TOUCH)
    world.seoul.membership_status = "suspended"  # membership read now, not at sign-up
    world.seoul.save(update_fields=["membership_status"])
    with pytest.raises(ValidationError):
        feedback.mark_match(official=world.official, startup=target, kind=FeedbackKind.ALREADY_IN_TOUCH)
    world.seoul.membership_status = "approved"
    world.seoul.save(update_fields=["membership_status"])
    other_challenge = CityChallengeFactory(city=world.busan)
    with pytest.raises(ValidationError):
        feedback.mark_match(
            official=world.official,
            startup=target,
            kind=FeedbackKind.NOT_RELEVANT,
            reason="other",
            challenge=other_challenge,
        )
    with pytest.raises(ValidationError):  # no reason
        feedback.mark_match(official=world.official, startup=target, kind=FeedbackKind.NOT_RELEVANT)
    mark = feedback.mark_match(official=world.official, startup=target, kind=FeedbackKind.ALREADY_IN_TOUCH)
    with pytest.raises(ValidationError):
        feedback.mark_match(official=world.official, startup=target, kind=FeedbackKind.ALREADY_IN_TOUCH)
    with pytest.raises(ValidationError):
        feedback.undo_mark(official=bogota_official, mark=mark)
    feedback.undo_mark(official=world.official, mark=mark)
    with pytest.raises(ValidationError):
        feedback.undo_mark(official=world.official, mark=mark)
