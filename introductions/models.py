"""Introductions between a member city and a startup: a city official asks to meet a startup, the startup
accepts or declines, and the city may withdraw a request still waiting for an answer."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.querysets import is_secretariat, profile_of

OPEN_FOR = timedelta(days=30)  # a request not answered in this time expires


class IntroductionStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired")


class DeclineReason(models.TextChoices):
    NOT_RELEVANT = "not_relevant", _("The need does not fit our solution")
    NO_CAPACITY = "no_capacity", _("No capacity at the moment")
    NOT_IN_REGION = "not_in_region", _("We do not work in this region yet")
    LANGUAGE = "language", _("Language barrier")
    OTHER = "other", _("Other")


def _approved_profile(user):
    """The user's profile when it is an approved member's of an organisation that is an approved member now
    (who may act for it), else None."""
    profile = profile_of(user)
    return profile if profile is not None and profile.is_approved_member else None


class IntroductionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=IntroductionStatus.REQUESTED)

    def cooling_down(self, *, now=None):
        """Declines whose cool-down (settings.INTRODUCTION_COOLDOWN_DAYS after the answer) has not ended:
        the declined city may not ask that startup again until then."""
        now = now or timezone.now()
        since = now - timedelta(days=settings.INTRODUCTION_COOLDOWN_DAYS)
        return self.filter(status=IntroductionStatus.DECLINED, responded_at__gt=since)

    def visible_to(self, user):
        """Staff see every introduction; an approved official sees the city's, an approved startup member
        the startup's."""
        if is_secretariat(user):
            return self
        profile = _approved_profile(user)
        if profile is None:
            return self.none()
        if profile.city_id:
            return self.filter(city_id=profile.city_id)
        if profile.startup_id:
            return self.filter(startup_id=profile.startup_id)
        return self.none()

    def answerable_by(self, user):
        """The introductions this user may accept or decline: those addressed to the startup the user is
        an approved member of (whatever their status: an answered one is refused by the service)."""
        profile = _approved_profile(user)
        if profile is None or not profile.startup_id:
            return self.none()
        return self.filter(startup_id=profile.startup_id)

    def withdrawable_by(self, user):
        """The introductions this user may withdraw: those requested by the city the user is an approved
        official of."""
        profile = _approved_profile(user)
        if profile is None or not profile.city_id:
            return self.none()
        return self.filter(city_id=profile.city_id)


def default_expiry():
    return timezone.now() + OPEN_FOR


class Introduction(models.Model):
    """A city official asks to meet a startup; the startup accepts or declines (a decline records its
    reason), the city may withdraw, and a request left unanswered expires at `expires_at`.

    The table keeps the name it had when introductions lived in the matching app."""

    city = models.ForeignKey("cities.MemberCity", on_delete=models.CASCADE, related_name="introductions")
    startup = models.ForeignKey("startups.Startup", on_delete=models.CASCADE, related_name="introductions")
    listing = models.ForeignKey(
        "startups.SolutionListing",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introductions",
    )
    challenge = models.ForeignKey(
        "cities.CityChallenge", null=True, blank=True, on_delete=models.SET_NULL, related_name="introductions"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="introductions_requested"
    )
    message = models.TextField(max_length=4000)
    status = models.CharField(
        max_length=10, choices=IntroductionStatus.choices, default=IntroductionStatus.REQUESTED, db_index=True
    )
    match_score = models.FloatField(null=True, blank=True, help_text=_("The stored score when requested."))
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responded_at = models.DateTimeField(null=True, blank=True)
    response_note = models.TextField(max_length=4000, blank=True)
    decline_reason = models.CharField(max_length=20, choices=DeclineReason.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=default_expiry)
    # how many of the reminders before expiry (settings.INTRODUCTION_REMINDER_DAYS) the startup was sent:
    # each goes out once, and a request created inside a later reminder's window skips the earlier ones
    reminders_sent = models.PositiveSmallIntegerField(default=0)

    objects = IntroductionQuerySet.as_manager()

    class Meta:
        db_table = "matching_introduction"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["city", "startup"],
                condition=Q(status="requested"),
                name="introduction_one_open_per_pair",
            ),
            models.CheckConstraint(
                condition=~Q(status="declined") | ~Q(decline_reason=""),
                name="introduction_declined_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.city} → {self.startup} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status == IntroductionStatus.REQUESTED

    @property
    def cooldown_ends_at(self):
        """When the city may ask again after this decline (None unless declined)."""
        if self.status != IntroductionStatus.DECLINED or self.responded_at is None:
            return None
        return self.responded_at + timedelta(days=settings.INTRODUCTION_COOLDOWN_DAYS)
