"""Writes of introductions: request, answer, withdraw, expire. The page, the API and the admin call these.

Who may act is decided by the scoped QuerySets of introductions.models (`answerable_by`, `withdrawable_by`),
the same ones the pages and the API look objects up in."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.models import AuditAction, AuditEntry
from core.services import duplicates_as
from introductions.models import DeclineReason, Introduction, IntroductionStatus
from matching import feedback
from matching.models import Match
from matching.outbox import request_rescore
from notifications.events import (
    notify_introduction_answered,
    notify_introduction_expired,
    notify_introduction_requested,
    notify_introduction_withdrawn,
)


class IntroductionError(Exception):
    """An introduction that cannot be requested or answered (duplicate, not a party, already answered)."""


ALREADY_WAITING = "An introduction to this startup is already waiting for an answer."


def check_citations(*, city, startup, listing=None, challenge=None) -> None:
    """What a request may cite: one of the startup's published listings, one of the city's open challenges.
    Else a ValidationError on that field (the one rule of the page's form and the API)."""
    errors = {}
    if listing is not None and listing.startup_id != startup.pk:
        errors["listing"] = [_("This listing belongs to another startup.")]
    elif listing is not None and not listing.is_published:
        errors["listing"] = [_("Choose one of this startup's published solutions.")]
    if challenge is not None and challenge.city_id != getattr(city, "pk", None):
        errors["challenge"] = [_("Choose one of your city's open challenges.")]
    elif challenge is not None and not challenge.is_open:
        errors["challenge"] = [_("This challenge is closed; choose one of your city's open challenges.")]
    if errors:
        raise ValidationError(errors, code="invalid_choice")


def check_cooldown(*, city, startup, now=None) -> None:
    """After the startup declined this city, the city may ask again only when the cool-down
    (settings.INTRODUCTION_COOLDOWN_DAYS) has ended: else a ValidationError on `startup` naming the date."""
    declined = (
        Introduction.objects.filter(city=city, startup=startup)
        .cooling_down(now=now)
        .order_by("-responded_at")
        .first()
    )
    if declined is not None:
        message = _("%(startup)s declined your city's last request. You can ask again from %(date)s.") % {
            "startup": startup.name,
            "date": date_format(timezone.localtime(declined.cooldown_ends_at)),
        }
        raise ValidationError({"startup": [message]}, code="cooldown")


def request_introduction(*, city, startup, requested_by, message: str, listing=None, challenge=None):
    """A city official asks to meet a startup. One open request per pair; the stored match score is kept
    with the request, beside the outcome. A listing or challenge it may not cite, or a request inside the
    cool-down after the startup declined this city, is a ValidationError."""
    profile = getattr(requested_by, "profile", None)
    if profile is None or profile.city_id != city.pk or not profile.is_approved_member:
        raise IntroductionError("Only an approved official of this city can request an introduction.")
    if not startup.is_public:
        raise IntroductionError("This startup is not an approved member.")
    check_citations(city=city, startup=startup, listing=listing, challenge=challenge)
    check_cooldown(city=city, startup=startup)
    with transaction.atomic():
        if Introduction.objects.filter(city=city, startup=startup).pending().exists():
            raise IntroductionError(ALREADY_WAITING)
        match = Match.objects.filter(city=city, startup=startup).only("score").first()
        # The same request sent twice at once: both pass the check above, the database keeps one.
        with duplicates_as(lambda: IntroductionError(ALREADY_WAITING)):
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
            action=AuditAction.INTRODUCTION_REQUESTED,
            target=introduction,
            after={"status": introduction.status},
        )
        notify_introduction_requested(introduction=introduction)
    return introduction


def _close(introduction: Introduction, *, actor, action: AuditAction, status: str, note: str, **fields):
    """Move an open introduction (locked) to `status`, with its audit entry, in the caller's transaction."""
    introduction = Introduction.objects.select_for_update().get(pk=introduction.pk)
    if not introduction.is_open:
        raise IntroductionError(f"This introduction is already {introduction.get_status_display().lower()}.")
    before = {"status": introduction.status}
    introduction.status = status
    for name, value in fields.items():
        setattr(introduction, name, value)
    introduction.save(update_fields=["status", *fields])
    AuditEntry.record(
        actor=actor, action=action, target=introduction, before=before, after={"status": status}, note=note
    )
    return introduction


def respond_to_introduction(
    *, introduction, responder, accept: bool, note: str = "", decline_reason: str = ""
):
    """The startup accepts or declines. A decline records why (one of DeclineReason)."""
    if not Introduction.objects.answerable_by(responder).filter(pk=introduction.pk).exists():
        raise IntroductionError("Only an approved member of this startup can answer.")
    if not accept and decline_reason not in DeclineReason.values:
        raise IntroductionError("Say why you decline.")
    with transaction.atomic():
        introduction = _close(
            introduction,
            actor=responder,
            action=AuditAction.INTRODUCTION_ACCEPTED if accept else AuditAction.INTRODUCTION_DECLINED,
            status=IntroductionStatus.ACCEPTED if accept else IntroductionStatus.DECLINED,
            note=note,
            responded_by=responder,
            responded_at=timezone.now(),
            response_note=note,
            decline_reason="" if accept else decline_reason,
        )
        notify_introduction_answered(introduction=introduction)
        # some declines change the startup's matches, and an acceptance lifts an earlier hiding decline
        # (matching.feedback): the startup is re-scored
        if feedback.answer_changes_matches(introduction):
            request_rescore(introduction.startup)
    return introduction


def withdraw_introduction(*, introduction, requester, note: str = ""):
    """The requesting city takes back a request the startup has not answered yet."""
    if not Introduction.objects.withdrawable_by(requester).filter(pk=introduction.pk).exists():
        raise IntroductionError("Only an approved official of this city can withdraw the request.")
    with transaction.atomic():
        introduction = _close(
            introduction,
            actor=requester,
            action=AuditAction.INTRODUCTION_WITHDRAWN,
            status=IntroductionStatus.WITHDRAWN,
            note=note,
        )
        notify_introduction_withdrawn(introduction=introduction, note=note)
    return introduction


def expire_introductions(*, now=None) -> int:
    """Requests still unanswered after their `expires_at` become expired (each with its audit entry, no
    actor), and both sides are told. Returns how many expired."""
    now = now or timezone.now()
    expired = 0
    for introduction in Introduction.objects.pending().filter(expires_at__lte=now).only("pk"):
        with transaction.atomic():
            try:
                introduction = _close(
                    introduction,
                    actor=None,
                    action=AuditAction.INTRODUCTION_EXPIRED,
                    status=IntroductionStatus.EXPIRED,
                    note="",
                )
            except IntroductionError:  # answered or withdrawn meanwhile
                continue
            notify_introduction_expired(introduction=introduction)
        expired += 1
    return expired
