"""Writes of the matching app. Re-scoring is requested through the outbox, never computed in a request."""

from __future__ import annotations

from django.db import models, transaction
from django.utils import timezone

from core.models import AuditEntry
from matching.models import (
    DeclineReason,
    Introduction,
    IntroductionStatus,
    Match,
    RescoreKind,
    RescoreRequest,
)


def request_rescore(target: models.Model | None = None) -> None:
    """Mark `target` (a MemberCity or a Startup; None for the whole catalogue) for re-scoring.

    Call inside the edit's transaction: the mark commits with the edit, and the drain task is queued only
    after commit. A burst of edits leaves one mark per object."""
    from cities.models import MemberCity

    if target is None:
        kind, object_id = RescoreKind.ALL, 0
    elif isinstance(target, MemberCity):
        kind, object_id = RescoreKind.CITY, target.pk
    else:
        kind, object_id = RescoreKind.STARTUP, target.pk
    request_rescores(kind, [object_id])


def request_rescores(kind: str, object_ids: list[int]) -> None:
    """Mark these cities or startups (`kind`) for re-scoring, in the caller's transaction; the drain task
    is queued after commit."""
    now = timezone.now()
    # An existing mark gets the new time, so a drain already under way leaves it for the next one.
    RescoreRequest.objects.bulk_create(
        [RescoreRequest(kind=kind, object_id=object_id, requested_at=now) for object_id in object_ids],
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["requested_at"],
    )
    transaction.on_commit(_queue_drain)


def _queue_drain() -> None:
    from matching.tasks import queue_drain

    queue_drain()


class IntroductionError(Exception):
    """An introduction that cannot be requested or answered (duplicate, not a party, already answered)."""


def request_introduction(*, city, startup, requested_by, message: str, listing=None, challenge=None):
    """A city official asks to meet a startup. One open request per pair; the stored match score is kept
    with the request so that outcomes can later be compared with what the engine predicted."""
    profile = getattr(requested_by, "profile", None)
    if profile is None or profile.city_id != city.pk or profile.member_since is None:
        raise IntroductionError("Only an approved official of this city can request an introduction.")
    if not startup.is_public:
        raise IntroductionError("This startup is not an approved member.")
    if listing is not None and listing.startup_id != startup.pk:
        raise IntroductionError("The listing does not belong to this startup.")
    if challenge is not None and challenge.city_id != city.pk:
        raise IntroductionError("The challenge does not belong to this city.")
    with transaction.atomic():
        if Introduction.objects.filter(city=city, startup=startup, status="requested").exists():
            raise IntroductionError("An introduction to this startup is already waiting for an answer.")
        match = Match.objects.filter(city=city, startup=startup).only("score").first()
        introduction = Introduction.objects.create(
            city=city,
            startup=startup,
            listing=listing,
            challenge=challenge,
            requested_by=requested_by,
            message=message,
            match_score=match.score if match else None,
        )
        AuditEntry.record(
            actor=requested_by,
            action="introduction.requested",
            target=introduction,
            after={"status": introduction.status},
        )
    return introduction


def respond_to_introduction(
    *, introduction, responder, accept: bool, note: str = "", decline_reason: str = ""
):
    """The startup accepts or declines. A decline needs a reason (it will feed back into scores)."""
    profile = getattr(responder, "profile", None)
    if profile is None or profile.startup_id != introduction.startup_id or profile.member_since is None:
        raise IntroductionError("Only an approved member of this startup can answer.")
    if not accept and decline_reason not in DeclineReason.values:
        raise IntroductionError("Say why you decline.")
    with transaction.atomic():
        introduction = Introduction.objects.select_for_update().get(pk=introduction.pk)
        if not introduction.is_open:
            raise IntroductionError(
                f"This introduction is already {introduction.get_status_display().lower()}."
            )
        before = {"status": introduction.status}
        introduction.status = IntroductionStatus.ACCEPTED if accept else IntroductionStatus.DECLINED
        introduction.responded_by = responder
        introduction.responded_at = timezone.now()
        introduction.response_note = note
        introduction.decline_reason = "" if accept else decline_reason
        introduction.save(
            update_fields=["status", "responded_by", "responded_at", "response_note", "decline_reason"]
        )
        AuditEntry.record(
            actor=responder,
            action=f"introduction.{introduction.status}",
            target=introduction,
            before=before,
            after={"status": introduction.status},
            note=note,
        )
    return introduction


def withdraw_introduction(*, introduction, requester, note: str = ""):
    """The requesting city takes back a request the startup has not answered yet."""
    profile = getattr(requester, "profile", None)
    if profile is None or profile.city_id != introduction.city_id or profile.member_since is None:
        raise IntroductionError("Only an approved official of this city can withdraw the request.")
    with transaction.atomic():
        introduction = Introduction.objects.select_for_update().get(pk=introduction.pk)
        if not introduction.is_open:
            raise IntroductionError(
                f"This introduction is already {introduction.get_status_display().lower()}."
            )
        before = {"status": introduction.status}
        introduction.status = IntroductionStatus.WITHDRAWN
        introduction.save(update_fields=["status"])
        AuditEntry.record(
            actor=requester,
            action="introduction.withdrawn",
            target=introduction,
            before=before,
            after={"status": introduction.status},
            note=note,
        )
    return introduction
