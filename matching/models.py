"""Stored matches (computed by the worker, only read by requests), the re-scoring outbox, and
introductions between a city and a startup."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fields import TextJSONField
from core.models import MembershipStatus
from core.querysets import is_secretariat, profile_of


class RescoreKind(models.TextChoices):
    CITY = "city", _("City")
    STARTUP = "startup", _("Startup")
    ALL = "all", _("Whole catalogue")


class RescoreRequest(models.Model):
    """'This needs re-scoring', written in the same transaction as the edit that causes it (a transactional
    outbox): a broker outage delays re-scoring but loses nothing. One row per object, so a burst of edits
    collapses into one re-score."""

    kind = models.CharField(max_length=10, choices=RescoreKind.choices)
    object_id = models.BigIntegerField(default=0)
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="rescore_request_unique")]

    def __str__(self) -> str:
        return f"rescore {self.kind} {self.object_id}"


class RunStatus(models.TextChoices):
    BUILDING = "building", _("Building")
    CURRENT = "current", _("Current")
    RETIRED = "retired", _("Retired")
    FAILED = "failed", _("Failed")


class MatchRun(models.Model):
    """One full re-score. Its matches are written while it is `building`; switching it to `current` (and the
    previous one to `retired`) in one transaction is what makes a new set visible, all at once."""

    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.BUILDING)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    algorithm_version = models.CharField(max_length=40)
    params = models.JSONField(default=dict)
    slices = models.PositiveSmallIntegerField(default=1)
    slices_done = models.JSONField(default=list, help_text=_("Indices of the city slices already stored."))
    pairs = models.PositiveIntegerField(default=0)
    vocabulary = models.BinaryField(null=True, editable=False, help_text=_("The fitted TF-IDF vocabulary."))

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["status"], condition=Q(status="current"), name="one_current_run"),
        ]

    def __str__(self) -> str:
        return f"run {self.pk} ({self.status})"


class MatchQuerySet(models.QuerySet):
    def current(self):
        return self.filter(run__status=RunStatus.CURRENT)

    def for_city(self, city_id: int):
        return self.current().filter(city_id=city_id, city_rank__isnull=False).order_by("city_rank")

    def for_startup(self, startup_id: int):
        return (
            self.current().filter(startup_id=startup_id, startup_rank__isnull=False).order_by("startup_rank")
        )

    def overseas(self):
        return self.filter(overseas=True)

    def between_approved(self):
        return self.filter(
            city__membership_status=MembershipStatus.APPROVED,
            startup__membership_status=MembershipStatus.APPROVED,
        )

    def visible_to(self, user):
        """A city's matches are visible to its approved officials and staff; a startup sees its own."""
        if is_secretariat(user):
            return self.current()
        profile = profile_of(user)
        if profile is None or profile.member_since is None:
            return self.none()
        if profile.city_id:
            return self.current().filter(city_id=profile.city_id, city_rank__isnull=False)
        if profile.startup_id:
            return self.current().filter(startup_id=profile.startup_id, startup_rank__isnull=False)
        return self.none()


class Match(models.Model):
    """A startup–city pair in the city's top K, the startup's top K, or both, with its score components and
    the references its reasons are built from. Rows belong to a run; readers see the current run's.

    Few indexes (the key, the unique pair, a startup's ranking, and a small partial one on city ranks):
    hundreds of thousands of rows are written per run, and every index slows that down. A city's ranking
    reads the unique index."""

    run = models.ForeignKey(
        MatchRun, on_delete=models.CASCADE, related_name="matches", db_constraint=False, db_index=False
    )
    city = models.ForeignKey(
        "cities.MemberCity",
        on_delete=models.CASCADE,
        related_name="matches",
        db_constraint=False,
        db_index=False,
    )
    startup = models.ForeignKey(
        "startups.Startup",
        on_delete=models.CASCADE,
        related_name="matches",
        db_constraint=False,
        db_index=False,
    )
    score = models.FloatField(help_text=_("0–100"))
    relevance = models.FloatField()
    sector_fit = models.FloatField()
    proof = models.FloatField()
    reach = models.FloatField()
    readiness = models.FloatField()
    listing = models.ForeignKey(
        "startups.SolutionListing",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    challenge = models.ForeignKey(
        "cities.CityChallenge",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    deployment = models.ForeignKey(
        "startups.ReferenceDeployment",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    overseas = models.BooleanField()
    reasons = TextJSONField(default=list)  # written in bulk, read whole: `json`, not `jsonb` (core.fields)
    city_rank = models.PositiveSmallIntegerField(null=True)
    startup_rank = models.PositiveSmallIntegerField(null=True)

    objects = MatchQuerySet.as_manager()

    class Meta:
        ordering = ["-score"]
        verbose_name_plural = "matches"
        constraints = [
            models.UniqueConstraint(fields=["run", "city", "startup"], name="match_unique_pair"),
            models.CheckConstraint(condition=Q(score__gte=0, score__lte=100), name="match_score_range"),
        ]
        indexes = [
            models.Index(fields=["run", "startup", "startup_rank"], name="match_startup_rank"),
            # The K-th score of every city, read by each incremental re-score (only city-ranked rows).
            models.Index(
                fields=["run", "city_rank"], name="match_city_rank", condition=Q(city_rank__isnull=False)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.startup_id} ↔ {self.city_id}: {self.score:.0f}"

    @property
    def algorithm_version(self) -> str:
        """Recorded once per run (with its parameters), not repeated on every row."""
        return self.run.algorithm_version

    @property
    def reason_list(self) -> list[dict]:
        """The stored reasons, with the names they refer to filled in from the related rows (select_related
        `challenge`, `listing` and `deployment` when listing matches)."""
        from matching.reasons import enrich

        return enrich(self.reasons, self)


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


class IntroductionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=IntroductionStatus.REQUESTED)

    def visible_to(self, user):
        if is_secretariat(user):
            return self
        profile = profile_of(user)
        if profile is None or profile.member_since is None:
            return self.none()
        if profile.city_id:
            return self.filter(city_id=profile.city_id)
        if profile.startup_id:
            return self.filter(startup_id=profile.startup_id)
        return self.none()


def _default_expiry():
    return timezone.now() + timedelta(days=30)


class Introduction(models.Model):
    """A city official asks to meet a startup; the startup accepts or declines. A first-class record: it will
    expire, record its outcome later, and a decline reason feeds back into scores."""

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
    expires_at = models.DateTimeField(default=_default_expiry)

    objects = IntroductionQuerySet.as_manager()

    class Meta:
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
