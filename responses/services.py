"""Writes of responses to challenges: submit, edit, shortlist, ask and answer a question, decline, open an
introduction. The page, the API and the admin call these; who may act is decided by the scoped QuerySets of
responses.models (`editable_by`, `reviewable_by`), the same ones the pages and the API look objects up in."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import AuditAction, AuditEntry
from introductions.services import request_introduction
from notifications.follow_through import (
    notify_question_answered,
    notify_response_reviewed,
    notify_response_submitted,
)
from responses.models import ChallengeResponse, ResponseStatus, accepts_responses


class ResponseError(Exception):
    """A response that cannot be written now (not a member, closed challenge, already decided, a second
    response)."""


def check_listing(*, startup, listing) -> None:
    """The listing offered must be one of the startup's published listings (a field error otherwise)."""
    if listing is None or listing.startup_id != startup.pk or not listing.is_published:
        raise ValidationError(
            {"listing": [_("Choose one of your startup's published solutions.")]}, code="invalid_choice"
        )


def _check_member(user, startup) -> None:
    profile = getattr(user, "profile", None)
    if profile is None or profile.startup_id != startup.pk or not profile.is_approved_member:
        raise ResponseError(_("Only an approved member of this startup can respond to a challenge."))


def _check_open(challenge) -> None:
    if not challenge.city.is_public or not accepts_responses(challenge):
        raise ResponseError(
            _("This challenge no longer takes responses: it is closed or its deadline passed.")
        )


def submit_response(
    *, challenge, startup, submitted_by, listing, approach: str, references: str = "", question: str = ""
) -> ChallengeResponse:
    """An approved startup responds to an open challenge before its deadline. One response per startup
    and challenge: a second one is refused (edit the first with `edit_response`)."""
    _check_member(submitted_by, startup)
    _check_open(challenge)
    check_listing(startup=startup, listing=listing)
    with transaction.atomic():
        if ChallengeResponse.objects.filter(challenge=challenge, startup=startup).exists():
            raise ResponseError(_("Your startup already responded to this challenge; change that response."))
        response = ChallengeResponse.objects.create(
            challenge=challenge,
            startup=startup,
            listing=listing,
            submitted_by=submitted_by,
            approach=approach,
            references=references,
            question=question,
        )
        AuditEntry.record(
            actor=submitted_by,
            action=AuditAction.RESPONSE_SUBMITTED,
            target=response,
            after={"status": response.status},
        )
        notify_response_submitted(response=response)
    return response


EDITABLE_FIELDS = ("listing", "approach", "references", "question")


def edit_response(*, response, editor, fields: dict) -> ChallengeResponse:
    """The startup changes its response while the city has not acted on it and the challenge is still
    open. Only EDITABLE_FIELDS; saved only when something changed."""
    if not ChallengeResponse.objects.editable_by(editor).filter(pk=response.pk).exists():
        raise ResponseError(_("Only an approved member of this startup can change its response."))
    fields = {name: value for name, value in fields.items() if name in EDITABLE_FIELDS}
    if "listing" in fields:
        check_listing(startup=response.startup, listing=fields["listing"])
    with transaction.atomic():
        response = (
            ChallengeResponse.objects.select_for_update()
            .select_related("challenge__city")
            .get(pk=response.pk)
        )
        if not response.is_editable:
            raise ResponseError(
                _("The city has already acted on this response (%(status)s); it can no longer be changed.")
                % {"status": response.get_status_display().lower()}
            )
        _check_open(response.challenge)
        changed = [name for name, value in fields.items() if getattr(response, name) != value]
        if not changed:
            return response
        for name in changed:
            setattr(response, name, fields[name])
        response.save(update_fields=[*changed, "updated_at"])
        AuditEntry.record(
            actor=editor, action=AuditAction.RESPONSE_EDITED, target=response, after={"changed": changed}
        )
    return response


def _review(response, reviewer) -> ChallengeResponse:
    """The response locked for a review by `reviewer` (an approved official of the challenge's city)."""
    if not ChallengeResponse.objects.reviewable_by(reviewer).filter(pk=response.pk).exists():
        raise ResponseError(_("Only an approved official of the challenge's city can do this."))
    response = (
        ChallengeResponse.objects.select_for_update(of=("self",))
        .select_related("challenge__city", "startup", "listing")
        .get(pk=response.pk)
    )
    if response.is_decided:
        raise ResponseError(
            _("This response is already %(status)s.") % {"status": response.get_status_display().lower()}
        )
    return response


def _set_status(response, *, reviewer, status: str, action: AuditAction, note: str = "", **fields):
    before = {"status": response.status}
    response.status = status
    response.reviewed_by = reviewer
    response.reviewed_at = timezone.now()
    for name, value in fields.items():
        setattr(response, name, value)
    response.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at", *fields])
    AuditEntry.record(
        actor=reviewer, action=action, target=response, before=before, after={"status": status}, note=note
    )
    return response


def shortlist_response(*, response, reviewer) -> ChallengeResponse:
    with transaction.atomic():
        response = _review(response, reviewer)
        if response.status == ResponseStatus.SHORTLISTED:
            return response  # already: nothing changes, nobody is told twice
        response = _set_status(
            response,
            reviewer=reviewer,
            status=ResponseStatus.SHORTLISTED,
            action=AuditAction.RESPONSE_SHORTLISTED,
        )
        notify_response_reviewed(
            response=response, variant="shortlisted", key=f"response-shortlisted:{response.pk}"
        )
    return response


def decline_response(*, response, reviewer, reason: str) -> ChallengeResponse:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": [_("Say why you decline this response.")]}, code="required")
    with transaction.atomic():
        response = _review(response, reviewer)
        response = _set_status(
            response,
            reviewer=reviewer,
            status=ResponseStatus.DECLINED,
            action=AuditAction.RESPONSE_DECLINED,
            note=reason,
            decline_reason=reason,
        )
        notify_response_reviewed(
            response=response, variant="declined", key=f"response-declined:{response.pk}"
        )
    return response


def ask_question(*, response, official, question: str) -> ChallengeResponse:
    """An official asks the startup one question about its response (a new question replaces the last
    one and its answer; the audit trail keeps both)."""
    question = question.strip()
    if not question:
        raise ValidationError({"question": [_("Write your question.")]}, code="required")
    with transaction.atomic():
        response = _review(response, official)
        response.official_question = question
        response.asked_by = official
        response.asked_at = timezone.now()
        response.answer = ""
        response.answered_at = None
        response.save(
            update_fields=["official_question", "asked_by", "asked_at", "answer", "answered_at", "updated_at"]
        )
        AuditEntry.record(
            actor=official, action=AuditAction.RESPONSE_QUESTION_ASKED, target=response, note=question
        )
        notify_response_reviewed(
            response=response,
            variant="question",
            key=f"response-question:{response.pk}:{response.asked_at.timestamp()}",
        )
    return response


def answer_question(*, response, member, answer: str) -> ChallengeResponse:
    """The startup answers the official's open question."""
    answer = answer.strip()
    if not answer:
        raise ValidationError({"answer": [_("Write your answer.")]}, code="required")
    if not ChallengeResponse.objects.editable_by(member).filter(pk=response.pk).exists():
        raise ResponseError(_("Only an approved member of this startup can answer."))
    with transaction.atomic():
        response = (
            ChallengeResponse.objects.select_for_update(of=("self",))
            .select_related("challenge__city", "startup", "asked_by")
            .get(pk=response.pk)
        )
        if not response.awaits_answer:
            raise ResponseError(_("There is no question waiting for an answer."))
        response.answer = answer
        response.answered_at = timezone.now()
        response.save(update_fields=["answer", "answered_at", "updated_at"])
        AuditEntry.record(
            actor=member, action=AuditAction.RESPONSE_QUESTION_ANSWERED, target=response, note=answer
        )
        notify_question_answered(response=response)
    return response


def introduce_from_response(*, response, official, message: str):
    """The city opens an introduction from a response: the introductions service's request, citing the
    challenge (while it is open) and the listing offered (while it is published). The response becomes
    `introduced`. An IntroductionError (e.g. a request already waiting) is the caller's to show."""
    with transaction.atomic():
        response = _review(response, official)
        challenge = response.challenge if response.challenge.is_open else None
        listing = response.listing if response.listing is not None and response.listing.is_published else None
        introduction = request_introduction(
            city=response.challenge.city,
            startup=response.startup,
            requested_by=official,
            message=message,
            listing=listing,
            challenge=challenge,
        )
        response = _set_status(
            response,
            reviewer=official,
            status=ResponseStatus.INTRODUCED,
            action=AuditAction.RESPONSE_INTRODUCED,
            introduction=introduction,
        )
    return response
