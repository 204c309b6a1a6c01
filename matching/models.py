"""Stored matches (computed by the worker, only read by requests) and the re-scoring outbox."""

from __future__ import annotations

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


class TextEmbedding(models.Model):
    """The sentence embedding of one text by one model, computed once by the worker
    (``matching.embeddings.ensure``). Keyed by ``sha256(model version + "\\0" + text)``: an edited text or
    another model version gets a new row, and rows nobody asks for any more are only dead weight."""

    digest = models.CharField(max_length=64, primary_key=True)
    model = models.CharField(max_length=100, help_text=_("Package, version and model id."))
    vector = models.BinaryField(help_text=_("float16 values, little-endian, L2-normalised."))
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.model} {self.digest[:12]}"


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
    text_index = models.BinaryField(
        null=True, editable=False, help_text=_("The fitted text weights (TextIndex.to_bytes).")
    )

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
        """A city's matches are visible to its approved officials and staff; a startup sees its own. Members
        see only pairs of two approved members."""
        if is_secretariat(user):
            return self.current()
        profile = profile_of(user)
        if profile is None or not profile.is_approved_member:
            return self.none()
        # a counterpart suspended or removed since the last re-score is left out at once
        if profile.city_id:
            return self.current().between_approved().filter(city_id=profile.city_id, city_rank__isnull=False)
        if profile.startup_id:
            return (
                self.current()
                .between_approved()
                .filter(startup_id=profile.startup_id, startup_rank__isnull=False)
            )
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
