"""Outcomes of introductions: record one side's answer; ask both sides of the introductions accepted
OUTCOME_ASK_AFTER ago (the beat task)."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import AuditAction, AuditEntry
from introductions.models import Introduction, IntroductionStatus
from notifications.follow_through import notify_outcome_asked
from outcomes.models import IntroductionOutcome, Outcome, Side


class OutcomeError(Exception):
    """An outcome that cannot be recorded (not a side of it, not accepted)."""


def side_of(user, introduction) -> str | None:
    """Which side of the introduction the user may answer for: an approved official of its city, an
    approved member of its startup, or None."""
    profile = getattr(user, "profile", None)
    if profile is None or not profile.is_approved_member:
        return None
    if profile.city_id and profile.city_id == introduction.city_id:
        return Side.CITY
    if profile.startup_id and profile.startup_id == introduction.startup_id:
        return Side.STARTUP
    return None


def outcome_context(user, introduction) -> dict:
    """What the introduction's page shows of the outcomes: both sides' answers, and whether the user may
    record theirs."""
    if introduction.status != IntroductionStatus.ACCEPTED:
        return {"outcomes": {}, "outcome_link": False}
    rows = IntroductionOutcome.objects.visible_to(user).filter(introduction=introduction)
    return {
        "outcomes": {row.side: row for row in rows},
        "outcome_link": side_of(user, introduction) is not None,
    }


def record_outcome(*, introduction, user, outcome: str, note: str = "") -> IntroductionOutcome:
    """The user's side says what came of an accepted introduction (a later answer replaces the earlier;
    the audit trail keeps each)."""
    side = side_of(user, introduction)
    if side is None:
        raise OutcomeError(_("Only the city or the startup of this introduction can say what came of it."))
    if introduction.status != IntroductionStatus.ACCEPTED:
        raise OutcomeError(_("Only an accepted introduction has an outcome to record."))
    if outcome not in Outcome.values:
        raise OutcomeError(_("Choose what came of it."))
    with transaction.atomic():
        row, _created = IntroductionOutcome.objects.select_for_update().get_or_create(
            introduction=introduction, side=side
        )
        before = {"outcome": row.outcome}
        row.outcome = outcome
        row.note = note
        row.recorded_by = user
        row.recorded_at = timezone.now()
        row.save()
        AuditEntry.record(
            actor=user,
            action=AuditAction.OUTCOME_RECORDED,
            target=row,
            before=before,
            after={"outcome": outcome},
            note=note,
        )
    return row


def ask_for_outcomes(*, now: datetime | None = None) -> int:
    """Both sides of each introduction accepted at least OUTCOME_ASK_AFTER ago and not asked yet are asked
    what came of it: a pending row per side (unless it answered already) and a notification. Returns how
    many introductions were asked about."""
    now = now or timezone.now()
    due = (
        Introduction.objects.filter(
            status=IntroductionStatus.ACCEPTED, responded_at__lte=now - settings.OUTCOME_ASK_AFTER
        )
        .exclude(outcomes__asked_at__isnull=False)
        .select_related("city", "startup")
    )
    asked = 0
    for introduction in due:
        with transaction.atomic():
            unanswered = []
            for side in Side.values:
                row, created = IntroductionOutcome.objects.get_or_create(
                    introduction=introduction, side=side, defaults={"asked_at": now}
                )
                if not created and row.asked_at is None:
                    row.asked_at = now
                    row.save(update_fields=["asked_at"])
                if not row.outcome:  # a side that already answered is not asked
                    unanswered.append(side)
            notify_outcome_asked(introduction=introduction, sides=unanswered)
        asked += 1
    return asked
