"""Reference vocabulary shared by every app: sectors, regions, languages, membership status, audit trail."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    SUSPENDED = "suspended", _("Suspended")  # an admitted member, for now acting for nobody
    REMOVED = "removed", _("Removed")  # an admitted member whose membership has ended


class Sector(models.Model):
    """A smart-city domain. The taxonomy is fixed and loaded by a data migration."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=80)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return self.name


class Region(models.Model):
    """One of the association's world regions (its own grouping, not a continent)."""

    code = models.SlugField(max_length=30, unique=True)
    name = models.CharField(max_length=60)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return self.name


class Language(models.Model):
    """An ISO 639-1 language, named in English; pages translate the name with babel."""

    code = models.CharField(max_length=3, unique=True)
    name = models.CharField(max_length=80)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AuditAction(models.TextChoices):
    """Every kind of entry the audit trail records: one name per state change, used by the services that
    write them and by whoever reads the trail."""

    APPLICATION_SUBMITTED = "application.submitted", _("Application submitted")
    APPLICATION_APPROVED = "application.approved", _("Application approved")
    APPLICATION_REJECTED = "application.rejected", _("Application rejected")
    APPLICATION_RESUBMITTED = "application.resubmitted", _("Application submitted again")
    MEMBERSHIP_CHANGED = "membership.changed", _("Membership changed")
    MEMBERSHIP_SUSPENDED = "membership.suspended", _("Membership suspended")
    MEMBERSHIP_REINSTATED = "membership.reinstated", _("Membership reinstated")
    MEMBERSHIP_REMOVED = "membership.removed", _("Membership removed")
    ROLE_CHANGED = "role.changed", _("Role changed")
    INTRODUCTION_REQUESTED = "introduction.requested", _("Introduction requested")
    INTRODUCTION_ACCEPTED = "introduction.accepted", _("Introduction accepted")
    INTRODUCTION_DECLINED = "introduction.declined", _("Introduction declined")
    INTRODUCTION_WITHDRAWN = "introduction.withdrawn", _("Introduction withdrawn")
    INTRODUCTION_EXPIRED = "introduction.expired", _("Introduction expired")
    MATCH_FEEDBACK_MARKED = "match_feedback.marked", _("Match marked by a city")
    MATCH_FEEDBACK_UNDONE = "match_feedback.undone", _("Match mark undone")
    RESPONSE_SUBMITTED = "response.submitted", _("Response to a challenge submitted")
    RESPONSE_EDITED = "response.edited", _("Response to a challenge edited")
    RESPONSE_SHORTLISTED = "response.shortlisted", _("Response shortlisted")
    RESPONSE_QUESTION_ASKED = "response.question_asked", _("Question asked about a response")
    RESPONSE_QUESTION_ANSWERED = "response.question_answered", _("Question about a response answered")
    RESPONSE_DECLINED = "response.declined", _("Response declined")
    RESPONSE_INTRODUCED = "response.introduced", _("Introduction opened from a response")
    OUTCOME_RECORDED = "outcome.recorded", _("Outcome of an introduction recorded")


class AuditEntry(models.Model):
    """Who did what to which object, when, and the state before and after. Written inside the service's
    transaction, so an action and its record land together or not at all."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=60, db_index=True, choices=AuditAction.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=40)
    target = GenericForeignKey("content_type", "object_id")
    target_repr = models.CharField(max_length=200)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_repr}"

    @classmethod
    def record(
        cls,
        *,
        actor,
        action: AuditAction,
        target: models.Model,
        before: dict | None = None,
        after: dict | None = None,
        note: str = "",
    ) -> AuditEntry:
        if action not in AuditAction.values:
            raise ValueError(f"unknown audit action {action!r}: add it to AuditAction")
        return cls.objects.create(
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            action=action,
            content_type=ContentType.objects.get_for_model(target),
            object_id=str(target.pk),
            target_repr=str(target)[:200],
            before=before or {},
            after=after or {},
            note=note,
        )


class FormSubmission(models.Model):
    """The one-time token of a create form, claimed by its first submission (portal.once): pressing Back and
    submitting the same form again, or clicking twice, finds the claim and goes to what the first submission
    created instead of creating a second one. The unique pair makes the claim atomic on any database."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64)
    location = models.CharField(max_length=500, blank=True, help_text="Where the first submission led.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "token"], name="form_submission_once")]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.token}"
