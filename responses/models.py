"""Responses to challenges: an approved startup answers a city's open challenge with a short proposal (the
listing it offers, how it would meet the need, references, a question); the city's officials shortlist it,
ask one question (the startup answers it), decline it with a reason, or open an introduction from it.

A response lives in an app of its own, between cities (the challenge), startups (the listing) and
introductions (what it can become): it is the startup's way in, where an introduction is the city's."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.querysets import is_secretariat, profile_of


class ResponseStatus(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("status of a response", "Submitted")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    DECLINED = "declined", _("Declined")
    INTRODUCED = "introduced", _("Introduced")


def accepts_responses(challenge, *, today: date | None = None) -> bool:
    """A challenge takes responses while it is open and its deadline (the last day) has not passed."""
    today = today or timezone.localdate()
    return challenge.is_open and (challenge.deadline is None or challenge.deadline >= today)


def _approved_profile(user):
    profile = profile_of(user)
    return profile if profile is not None and profile.is_approved_member else None


class ChallengeResponseQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see every response; an approved official those to the city's challenges; an approved
        startup member the startup's own. Nobody else sees any (the public page shows only a count)."""
        if is_secretariat(user):
            return self
        profile = _approved_profile(user)
        if profile is None:
            return self.none()
        if profile.city_id:
            return self.filter(challenge__city_id=profile.city_id)
        if profile.startup_id:
            return self.filter(startup_id=profile.startup_id)
        return self.none()

    def reviewable_by(self, user):
        """Responses this user may shortlist, question, decline or introduce: those to challenges of the
        city the user is an approved official of."""
        profile = _approved_profile(user)
        if profile is None or not profile.city_id:
            return self.none()
        return self.filter(challenge__city_id=profile.city_id)

    def editable_by(self, user):
        """Responses this user may edit or whose question they may answer: their approved startup's."""
        profile = _approved_profile(user)
        if profile is None or not profile.startup_id:
            return self.none()
        return self.filter(startup_id=profile.startup_id)

    def counted(self):
        """What the public count reads: every response but the declined ones."""
        return self.exclude(status=ResponseStatus.DECLINED)


class ChallengeResponse(models.Model):
    challenge = models.ForeignKey("cities.CityChallenge", on_delete=models.CASCADE, related_name="responses")
    startup = models.ForeignKey(
        "startups.Startup", on_delete=models.CASCADE, related_name="challenge_responses"
    )
    listing = models.ForeignKey(
        "startups.SolutionListing",
        null=True,
        on_delete=models.SET_NULL,
        related_name="challenge_responses",
        verbose_name=_("solution offered"),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approach = models.TextField(_("how it would meet the need"), max_length=4000)
    references = models.TextField(_("references"), max_length=2000, blank=True)
    question = models.TextField(_("a question for the city"), max_length=1000, blank=True)
    status = models.CharField(
        max_length=12, choices=ResponseStatus.choices, default=ResponseStatus.SUBMITTED, db_index=True
    )
    decline_reason = models.TextField(max_length=1000, blank=True)
    # one level of questions: the official asks, the startup answers (asking again replaces both)
    official_question = models.TextField(max_length=1000, blank=True)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    asked_at = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(max_length=2000, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    introduction = models.OneToOneField(
        "introductions.Introduction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="challenge_response",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ChallengeResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["challenge", "startup"], name="response_one_per_startup"),
            models.CheckConstraint(
                condition=Q(status__in=ResponseStatus.values), name="response_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status="declined") | ~Q(decline_reason=""), name="response_declined_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.startup} → {self.challenge} ({self.get_status_display()})"

    @property
    def is_editable(self) -> bool:
        """The startup may still change it: the city has not acted on it yet."""
        return self.status == ResponseStatus.SUBMITTED

    @property
    def is_decided(self) -> bool:
        return self.status in (ResponseStatus.DECLINED, ResponseStatus.INTRODUCED)

    @property
    def awaits_answer(self) -> bool:
        return bool(self.official_question) and not self.answer
