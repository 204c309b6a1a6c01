"""Responses to challenges: who may respond and when, one response per startup, the city's actions, the
audit rows and the notifications to the other side."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.models import AuditAction, AuditEntry, MembershipStatus
from introductions.models import Introduction
from notifications.models import Kind, Notification
from responses import services
from responses.models import ChallengeResponse, ResponseStatus
from startups.models import ListingStatus
from tests.factories import CityChallengeFactory, SolutionListingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(seoul):
    return CityChallengeFactory(city=seoul, sectors=["environment"])


@pytest.fixture
def listing(startup):
    return SolutionListingFactory(startup=startup, sectors=["environment"])


def _submit(challenge, startup, member, listing, **extra):
    return services.submit_response(
        challenge=challenge,
        startup=startup,
        submitted_by=member,
        listing=listing,
        approach="Sensor bins and routes that follow them.",
        **extra,
    )


def test_an_approved_startup_responds_and_the_officials_are_told(
    challenge, startup, startup_member, listing, seoul_official, bogota_official
):
    response = _submit(challenge, startup, startup_member, listing, question="Which districts first?")

    assert response.status == ResponseStatus.SUBMITTED and response.question == "Which districts first?"
    assert AuditEntry.objects.filter(
        action=AuditAction.RESPONSE_SUBMITTED, object_id=str(response.pk)
    ).exists()
    told = Notification.objects.filter(kind=Kind.CHALLENGE_RESPONSES)
    assert [n.user for n in told] == [seoul_official]  # Bogotá's official hears nothing
    assert "Loopwise responded to your challenge" in told.get().text


def test_a_second_response_is_refused_clearly(challenge, startup, startup_member, listing):
    _submit(challenge, startup, startup_member, listing)
    with pytest.raises(services.ResponseError, match="already responded"):
        _submit(challenge, startup, startup_member, listing)
    assert ChallengeResponse.objects.count() == 1


def test_a_passed_deadline_closes_the_challenge_to_responses(challenge, startup, startup_member, listing):
    challenge.deadline = timezone.localdate() - datetime.timedelta(days=1)
    challenge.save(update_fields=["deadline"])
    with pytest.raises(services.ResponseError, match="deadline"):
        _submit(challenge, startup, startup_member, listing)
    challenge.deadline = timezone.localdate()  # the deadline day itself still counts
    challenge.save(update_fields=["deadline"])
    assert _submit(challenge, startup, startup_member, listing).pk


def test_a_closed_challenge_takes_no_response(challenge, startup, startup_member, listing):
    challenge.close()
    with pytest.raises(services.ResponseError):
        _submit(challenge, startup, startup_member, listing)


def test_only_an_approved_member_responds(challenge, startup, startup_member, listing, seoul_official):
    with pytest.raises(services.ResponseError):
        _submit(challenge, startup, seoul_official, listing)
    startup.membership_status = MembershipStatus.SUSPENDED
    startup.save(update_fields=["membership_status"])
    startup_member.profile.refresh_from_db()
    with pytest.raises(services.ResponseError):
        _submit(challenge, startup, startup_member, listing)


def test_the_listing_must_be_one_of_the_startups_published_ones(challenge, startup, startup_member):
    draft = SolutionListingFactory(startup=startup, status=ListingStatus.DRAFT, published_at=None)
    with pytest.raises(ValidationError) as error:
        _submit(challenge, startup, startup_member, draft)
    assert "listing" in error.value.message_dict


def test_the_startup_edits_until_the_city_acts(challenge, startup, startup_member, listing, seoul_official):
    response = _submit(challenge, startup, startup_member, listing)
    services.edit_response(response=response, editor=startup_member, fields={"approach": "A better plan."})
    response.refresh_from_db()
    assert response.approach == "A better plan."
    services.shortlist_response(response=response, reviewer=seoul_official)
    with pytest.raises(services.ResponseError, match="can no longer be changed"):
        services.edit_response(response=response, editor=startup_member, fields={"approach": "Late."})


def test_shortlist_question_answer_and_decline(
    challenge, startup, startup_member, listing, seoul_official, bogota_official
):
    response = _submit(challenge, startup, startup_member, listing)
    with pytest.raises(services.ResponseError):
        services.shortlist_response(response=response, reviewer=bogota_official)  # another city's official
    services.shortlist_response(response=response, reviewer=seoul_official)
    services.ask_question(response=response, official=seoul_official, question="How many bins per block?")
    with pytest.raises(services.ResponseError):
        services.answer_question(response=response, member=seoul_official, answer="Ten.")
    services.answer_question(response=response, member=startup_member, answer="Four per block.")
    services.decline_response(response=response, reviewer=seoul_official, reason="Budget went to flooding.")

    response.refresh_from_db()
    assert (
        response.status == ResponseStatus.DECLINED and response.decline_reason == "Budget went to flooding."
    )
    assert response.answer == "Four per block."
    startup_news = Notification.objects.filter(user=startup_member, kind=Kind.RESPONSE_REVIEWED)
    assert sorted(n.params["variant"] for n in startup_news) == ["declined", "question", "shortlisted"]
    assert Notification.objects.filter(user=seoul_official, params__variant="answered").exists()
    actions = set(AuditEntry.objects.filter(object_id=str(response.pk)).values_list("action", flat=True))
    assert {AuditAction.RESPONSE_QUESTION_ASKED, AuditAction.RESPONSE_DECLINED} <= actions
    with pytest.raises(services.ResponseError, match="already declined"):
        services.shortlist_response(response=response, reviewer=seoul_official)


def test_a_decline_needs_a_reason(challenge, startup, startup_member, listing, seoul_official):
    response = _submit(challenge, startup, startup_member, listing)
    with pytest.raises(ValidationError):
        services.decline_response(response=response, reviewer=seoul_official, reason="  ")
    response.refresh_from_db()
    assert response.status == ResponseStatus.SUBMITTED


def test_an_introduction_opened_from_a_response_cites_the_challenge(
    challenge, startup, startup_member, listing, seoul_official
):
    response = _submit(challenge, startup, startup_member, listing)
    response = services.introduce_from_response(
        response=response, official=seoul_official, message="Let us plan the pilot."
    )
    introduction = Introduction.objects.get()
    assert response.status == ResponseStatus.INTRODUCED and response.introduction == introduction
    assert introduction.challenge == challenge and introduction.listing == listing
    assert introduction.requested_by == seoul_official
    assert Notification.objects.filter(user=startup_member, kind=Kind.INTRODUCTION_REQUESTED).exists()
    with pytest.raises(services.ResponseError, match="already introduced"):
        services.decline_response(response=response, reviewer=seoul_official, reason="x")


def test_the_officials_mail_names_the_startup_and_links_the_response(
    challenge, startup, startup_member, listing, seoul_official
):
    from notifications.models import OutboxMail

    startup.name = "O'Brien & Kim"
    startup.save(update_fields=["name"])
    response = _submit(challenge, startup, startup_member, listing)
    mail = OutboxMail.objects.get(user=seoul_official)
    assert mail.subject.startswith("O'Brien & Kim responded to your challenge")
    assert "O'Brien & Kim responded" in mail.body_text
    assert f"/responses/{response.pk}/" in mail.body_text
