"""Stored matches (computed by the worker, only read by requests) and the re-scoring outbox."""

from __future__ import annotations

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


class FeedbackKind(models.TextChoices):
    NOT_RELEVANT = "not_relevant", _("Not relevant")
    ALREADY_IN_TOUCH = "already_in_touch", _("Already in touch")


class NotRelevantReason(models.TextChoices):
    WRONG_NEED = "wrong_need", _("It does not answer our need")
    WRONG_SIZE = "wrong_size", _("Not suited to a city of our size")
    TOO_EARLY = "too_early", _("The solution is not mature enough")
    HAVE_ONE = "have_one", _("We already have a solution for this")
    OTHER = "other", _("Other")


class MatchFeedbackQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)

    def visible_to(self, user):
        """A city's marks are seen by its approved officials and the secretariat only: never by the startup
        (the official's reason stays with the city)."""
        if is_secretariat(user):
            return self
        profile = profile_of(user)
        if profile is None or not profile.is_approved_member or not profile.city_id:
            return self.none()
        return self.filter(city_id=profile.city_id)

    def editable_by(self, user):
        """The marks this user may undo: their city's, for an approved official of it (not the
        secretariat, which does not act for a city)."""
        profile = profile_of(user)
        if profile is None or not profile.is_approved_member or not profile.city_id or is_secretariat(user):
            return self.none()
        return self.filter(city_id=profile.city_id)


class MatchFeedback(models.Model):
    """An official's mark on a recommended startup, read by every re-score (``matching.feedback``).

    not relevant, without a challenge: the pair is hidden on both sides; not relevant to one of the city's
    challenges: the startup's evidence for that challenge is lowered; already in touch: the pair is not
    recommended (the startup is listed with the city's existing contacts). Undo sets ``withdrawn_at``; the
    row stays as history. At most one active mark per pair."""

    city = models.ForeignKey("cities.MemberCity", on_delete=models.CASCADE, related_name="match_feedback")
    startup = models.ForeignKey("startups.Startup", on_delete=models.CASCADE, related_name="match_feedback")
    challenge = models.ForeignKey(
        "cities.CityChallenge", null=True, blank=True, on_delete=models.CASCADE, related_name="match_feedback"
    )
    kind = models.CharField(max_length=20, choices=FeedbackKind.choices)
    reason = models.CharField(max_length=20, choices=NotRelevantReason.choices, blank=True)
    note = models.CharField(max_length=500, blank=True, help_text=_("Seen by the city's officials only."))
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="match_feedback_marked"
    )
    created_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = MatchFeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "match feedback"
        constraints = [
            models.UniqueConstraint(
                fields=["city", "startup"],
                condition=Q(withdrawn_at__isnull=True),
                name="match_feedback_one_active_per_pair",
            ),
            models.CheckConstraint(
                condition=Q(kind="already_in_touch", reason="", challenge__isnull=True)
                | Q(kind="not_relevant") & ~Q(reason=""),
                name="match_feedback_reason_iff_not_relevant",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.city_id} marks {self.startup_id}: {self.kind}"

    @property
    def hides_pair(self) -> bool:
        return self.kind == FeedbackKind.ALREADY_IN_TOUCH or self.challenge_id is None
