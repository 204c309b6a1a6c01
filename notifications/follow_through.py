"""The follow-through events (issue 15): responses to challenges and the question of what came of an
introduction. Like notifications.events, each `notify_*` is called inside its service's transaction; the
mails share one template (`emails/follow_through`): the notification's text and a link."""

from __future__ import annotations

from django.urls import reverse

from notifications.events import _members
from notifications.models import Kind
from notifications.services import notify


def _response_params(response, **extra) -> dict:
    return {
        "city": response.challenge.city.name,
        "startup": response.startup.name,
        "title": response.challenge.title,
        **extra,
    }


def notify_response_submitted(*, response) -> None:
    """A startup responded to a challenge: the city's approved officials are told."""
    url = reverse("responses:response_detail", args=[response.pk])
    for user in _members(city=response.challenge.city):
        notify(
            user=user,
            kind=Kind.CHALLENGE_RESPONSES,
            key=f"response:{response.pk}",
            params=_response_params(response),
            url=url,
            mail="follow_through",
        )


def notify_question_answered(*, response) -> None:
    """The startup answered the official's question: the official who asked is told."""
    notify(
        user=response.asked_by,
        kind=Kind.CHALLENGE_RESPONSES,
        key=f"response-answer:{response.pk}:{response.answered_at.timestamp()}",
        params=_response_params(response, variant="answered"),
        url=reverse("responses:response_detail", args=[response.pk]),
        mail="follow_through",
    )


def notify_response_reviewed(*, response, variant: str, key: str) -> None:
    """The city shortlisted, declined or questioned a response (`variant`): the startup's members are
    told. (An introduction opened from a response is told by notify_introduction_requested.)"""
    url = reverse("responses:response_detail", args=[response.pk])
    for user in _members(startup=response.startup):
        notify(
            user=user,
            kind=Kind.RESPONSE_REVIEWED,
            key=key,
            params=_response_params(response, variant=variant),
            url=url,
            mail="follow_through",
        )


def notify_outcome_asked(*, introduction, sides=("city", "startup")) -> int:
    """The people of each of `sides` of an accepted introduction are asked what came of it (once each)."""
    params = {"city": introduction.city.name, "startup": introduction.startup.name}
    url = reverse("outcomes:outcome_record", args=[introduction.pk])
    people = []
    if "city" in sides:
        people += list(_members(city=introduction.city))
    if "startup" in sides:
        people += list(_members(startup=introduction.startup))
    for user in people:
        notify(
            user=user,
            kind=Kind.OUTCOME_ASKED,
            key=f"outcome-asked:{introduction.pk}",
            params=params,
            url=url,
            mail="follow_through",
        )
    return len(people)
