"""What came of an accepted introduction, as each side tells it: no follow-up, a meeting, a pilot, a
contract or something else, with a note. Some weeks after the acceptance (settings.OUTCOME_ASK_AFTER) a beat
task asks both sides; either may record (and later change) its answer from the introduction's page at any
time after the acceptance."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.querysets import is_secretariat, profile_of


class Outcome(models.TextChoices):
    NO_FOLLOW_UP = "no_follow_up", _("No follow-up")
    MEETING = "meeting", _("Meeting held")
    PILOT = "pilot", _("Pilot")
    CONTRACT = "contract", _("Contract")
    OTHER = "other", _("Other")


# How far along the funnel each answer counts: a pilot was preceded by a meeting, a contract by both.
REACHED = {
    "meetings": (Outcome.MEETING, Outcome.PILOT, Outcome.CONTRACT),
    "pilots": (Outcome.PILOT, Outcome.CONTRACT),
    "contracts": (Outcome.CONTRACT,),
}


class Side(models.TextChoices):
    CITY = "city", _("City")
    STARTUP = "startup", _("Startup")


class IntroductionOutcomeQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see every answer; both sides of an introduction see both answers (each their own city's or
        startup's introductions); nobody else any."""
        if is_secretariat(user):
            return self
        profile = profile_of(user)
        if profile is None or not profile.is_approved_member:
            return self.none()
        if profile.city_id:
            return self.filter(introduction__city_id=profile.city_id)
        if profile.startup_id:
            return self.filter(introduction__startup_id=profile.startup_id)
        return self.none()

    def answered(self):
        return self.exclude(outcome="")


class IntroductionOutcome(models.Model):
    """One side's answer about one introduction. The row is written when that side is asked (empty
    `outcome`) or when it answers, whichever comes first."""

    introduction = models.ForeignKey(
        "introductions.Introduction", on_delete=models.CASCADE, related_name="outcomes"
    )
    side = models.CharField(max_length=8, choices=Side.choices)
    outcome = models.CharField(_("what came of it"), max_length=14, choices=Outcome.choices, blank=True)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    asked_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(null=True, blank=True)

    objects = IntroductionOutcomeQuerySet.as_manager()

    class Meta:
        ordering = ["introduction_id", "side"]
        constraints = [
            models.UniqueConstraint(fields=["introduction", "side"], name="outcome_one_per_side"),
            models.CheckConstraint(condition=Q(side__in=Side.values), name="outcome_side_valid"),
            models.CheckConstraint(
                condition=Q(outcome="") | Q(outcome__in=Outcome.values), name="outcome_value_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.introduction_id} · {self.side} · {self.outcome or '—'}"
