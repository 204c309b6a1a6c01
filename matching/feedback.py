"""What the cities and startups told us about their matches, as facts for the engine, and the services
that record an official's mark.

The rules (README "Feedback into the matches", the /how-matching-works/ page; the numbers are
``settings.MATCHING``'s FEEDBACK_CHALLENGE_FACTOR and INTRODUCTION_NO_CAPACITY_PAUSE):

* an official marks a startup *not relevant* for the city (no challenge): the pair is hidden on both sides
  (never stored, so neither recommended to the city nor the city to the startup);
* *not relevant* to one of the city's challenges: the startup's evidence for that challenge is multiplied by
  FEEDBACK_CHALLENGE_FACTOR (so it ranks lower for it and is no longer said to answer it unless the
  lowered evidence still reaches the bar); the pair stays on the lists;
* *already in touch*: the pair is hidden like a not-relevant pair, and the startup is listed under the city's
  "Already in touch";
* a startup declines an introduction for *no capacity*: it is left out of every recommendation (no row for
  any city) for INTRODUCTION_NO_CAPACITY_PAUSE days from the decline;
* declines as *the need does not fit our solution* or *we do not work in this region yet*: the pair is
  hidden, as long as the pair's latest answered introduction is that decline (a later introduction that is
  accepted lifts it); *language barrier* and *other* change nothing.

Every fact is read from the database by each re-score (full or incremental), so a full re-score keeps it;
a mark, its undo and a decline mark the startup for re-scoring through the outbox, in their transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import AuditAction, AuditEntry
from core.querysets import is_secretariat, profile_of
from introductions.models import DeclineReason, Introduction, IntroductionStatus
from matching.models import FeedbackKind, MatchFeedback, NotRelevantReason
from matching.outbox import request_rescore


class MarkConflict(ValidationError):
    """The pair already has an active mark, or the mark was already undone (the API answers 409)."""


HIDING_DECLINES = (DeclineReason.NOT_RELEVANT, DeclineReason.NOT_IN_REGION)
"""Decline reasons that hide the pair (see the module's docstring)."""


def no_capacity_pause() -> timedelta:
    return timedelta(days=settings.MATCHING["INTRODUCTION_NO_CAPACITY_PAUSE"])


def challenge_factor() -> float:
    return float(settings.MATCHING["FEEDBACK_CHALLENGE_FACTOR"])


# --- facts for the engine ------------------------------------------------------------------------------


@dataclass
class Facts:
    """Feedback as ids: ``hidden`` (startup id, city id) pairs never stored; ``lowered`` (startup id,
    challenge id) pairs whose evidence is multiplied by the factor; ``paused`` startup ids left out."""

    hidden: set[tuple[int, int]]
    lowered: set[tuple[int, int]]
    paused: set[int]


def load_facts(*, startup_ids: list[int] | None = None, now=None) -> Facts:
    """The feedback in force now, for all startups or the given ones: three queries."""
    now = now or timezone.now()
    marks = MatchFeedback.objects.active()
    if startup_ids is not None:
        marks = marks.filter(startup_id__in=startup_ids)
    hidden: set[tuple[int, int]] = set()
    lowered: set[tuple[int, int]] = set()
    for startup, city, challenge, kind in marks.values_list("startup_id", "city_id", "challenge_id", "kind"):
        if kind == FeedbackKind.NOT_RELEVANT and challenge is not None:
            lowered.add((startup, challenge))
        else:
            hidden.add((startup, city))
    introductions = Introduction.objects.all()
    if startup_ids is not None:
        introductions = introductions.filter(startup_id__in=startup_ids)
    latest = Introduction.objects.filter(
        city_id=OuterRef("city_id"),
        startup_id=OuterRef("startup_id"),
        status__in=[IntroductionStatus.ACCEPTED, IntroductionStatus.DECLINED],
    )
    declined = introductions.filter(
        status=IntroductionStatus.DECLINED,
        decline_reason__in=HIDING_DECLINES,
        pk=Subquery(latest.order_by("-created_at", "-id").values("pk")[:1]),
    )
    hidden.update(declined.values_list("startup_id", "city_id"))
    paused = introductions.filter(
        status=IntroductionStatus.DECLINED,
        decline_reason=DeclineReason.NO_CAPACITY,
        responded_at__gt=now - no_capacity_pause(),
    )
    return Facts(hidden, lowered, set(paused.values_list("startup_id", flat=True)))


# --- the official's marks -------------------------------------------------------------------------------


def _official_city_id(user) -> int:
    profile = profile_of(user)
    if profile is None or not profile.city_id or is_secretariat(user) or not profile.is_approved_member:
        raise ValidationError(_("Only an approved official of the city can mark its recommendations."))
    return profile.city_id


def mark_match(
    *, official, startup, kind: str, challenge=None, reason: str = "", note: str = ""
) -> MatchFeedback:
    """Record an official's mark on a startup for their city (audited), and mark the startup for
    re-scoring in the same transaction. Refused: another city's challenge, a reason missing for (or given
    with) the kind, a second active mark on the pair."""
    city_id = _official_city_id(official)
    if kind not in FeedbackKind.values:
        raise ValidationError({"kind": _("Choose what to mark.")})
    if kind == FeedbackKind.NOT_RELEVANT:
        if reason not in NotRelevantReason.values:
            raise ValidationError({"reason": _("Say why it is not relevant.")})
    else:
        reason, challenge = "", None
    if challenge is not None and challenge.city_id != city_id:
        raise ValidationError({"challenge": _("Choose one of your city's challenges.")})
    try:
        with transaction.atomic():
            mark = MatchFeedback.objects.create(
                city_id=city_id,
                startup=startup,
                challenge=challenge,
                kind=kind,
                reason=reason,
                note=note,
                marked_by=official,
            )
            AuditEntry.record(
                actor=official,
                action=AuditAction.MATCH_FEEDBACK_MARKED,
                target=mark,
                after={"kind": kind, "reason": reason, "challenge": getattr(challenge, "pk", None)},
            )
            request_rescore(startup)
    except IntegrityError as error:
        raise MarkConflict(
            _("This startup is already marked for your city: undo that mark first.")
        ) from error
    return mark


def undo_mark(*, official, mark: MatchFeedback) -> MatchFeedback:
    """Withdraw an active mark (audited); the startup is re-scored without it."""
    city_id = _official_city_id(official)
    with transaction.atomic():
        mark = MatchFeedback.objects.select_for_update().get(pk=mark.pk)
        if mark.city_id != city_id:
            raise ValidationError(_("Only an approved official of the city can mark its recommendations."))
        if mark.withdrawn_at is not None:
            raise MarkConflict(_("This mark was already undone."))
        mark.withdrawn_at = timezone.now()
        mark.withdrawn_by = official
        mark.save(update_fields=["withdrawn_at", "withdrawn_by"])
        AuditEntry.record(
            actor=official,
            action=AuditAction.MATCH_FEEDBACK_UNDONE,
            target=mark,
            before={"kind": mark.kind, "reason": mark.reason},
        )
        request_rescore(mark.startup)
    return mark


def answer_changes_matches(introduction: Introduction) -> bool:
    """Whether the startup's answer to this introduction changes its stored matches (it is then
    re-scored): a decline for no capacity or a hiding reason, or an acceptance after a hiding decline of
    the same pair."""
    if introduction.status == IntroductionStatus.DECLINED:
        return introduction.decline_reason == DeclineReason.NO_CAPACITY or (
            introduction.decline_reason in HIDING_DECLINES
        )
    return (
        introduction.status == IntroductionStatus.ACCEPTED
        and Introduction.objects.filter(
            city_id=introduction.city_id,
            startup_id=introduction.startup_id,
            status=IntroductionStatus.DECLINED,
            decline_reason__in=HIDING_DECLINES,
        ).exists()
    )
