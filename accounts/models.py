"""Roles on top of Django's auth, and membership applications reviewed by the secretariat."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import MembershipStatus
from core.querysets import is_secretariat, profile_of


class Role(models.TextChoices):
    CITY_OFFICIAL = "city_official", _("City official")
    STARTUP_MEMBER = "startup_member", _("Startup member")
    SECRETARIAT = "secretariat", _("Secretariat staff")


class Profile(models.Model):
    """A user's role: an official of one city, a member of one startup, or secretariat staff.

    `member_since` is set when the secretariat approves the user's membership application; until then the
    user can prepare a pending organisation but acts for no approved one. What the person may do is then
    governed by the organisation's current status (`is_approved_member`): suspending or removing a member
    city or startup stops all of its people at once."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField(max_length=20, choices=Role.choices)
    city = models.ForeignKey(
        "cities.MemberCity", null=True, blank=True, on_delete=models.PROTECT, related_name="officials"
    )
    startup = models.ForeignKey(
        "startups.Startup", null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    job_title = models.CharField(max_length=120, blank=True)
    member_since = models.DateTimeField(null=True, blank=True)
    # the language of the user's e-mails (blank: the language they last used the portal in, else English)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, blank=True)
    # set when the user follows the confirmation link mailed at sign-up (notifications.services)
    email_confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(role=Role.CITY_OFFICIAL, city__isnull=False, startup__isnull=True)
                    | Q(role=Role.STARTUP_MEMBER, startup__isnull=False, city__isnull=True)
                    | Q(role=Role.SECRETARIAT, city__isnull=True, startup__isnull=True)
                ),
                name="profile_role_matches_organisation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"

    @property
    def is_secretariat(self) -> bool:
        return self.role == Role.SECRETARIAT

    @property
    def is_city_official(self) -> bool:
        return self.role == Role.CITY_OFFICIAL

    @property
    def is_startup_member(self) -> bool:
        return self.role == Role.STARTUP_MEMBER

    @property
    def is_approved_member(self) -> bool:
        """Staff, or a person the secretariat approved whose organisation is an approved member now. Every
        permission check of the pages, the API and the services reads this (or `refusal`)."""
        if self.is_secretariat:
            return True
        organisation = self.organisation
        return (
            self.member_since is not None
            and organisation is not None
            and organisation.membership_status == MembershipStatus.APPROVED
        )

    @property
    def refusal(self) -> str:
        """Why this person may not act for their organisation now and what to do ("" if they may)."""
        if self.is_approved_member:
            return ""
        status = getattr(self.organisation, "membership_status", None)
        if status == MembershipStatus.SUSPENDED:
            return str(
                _(
                    "Your organisation's membership is suspended. Contact the secretariat to have it "
                    "reinstated."
                )
            )
        if status == MembershipStatus.REMOVED:
            return str(
                _(
                    "Your organisation is no longer a member of the association. Contact the secretariat "
                    "if you think this is a mistake."
                )
            )
        latest = MembershipApplication.objects.filter(applicant_id=self.user_id).first()
        if latest is not None and latest.status == MembershipStatus.REJECTED:
            return str(
                _(
                    "Your application was not approved. Correct your profile and apply again from your "
                    "dashboard."
                )
            )
        return str(
            _(
                "Your application is pending: the secretariat reviews it, usually within a few working days. "
                "You can act for your organisation once it is approved."
            )
        )

    @property
    def organisation(self):
        return self.city or self.startup

    @property
    def email_confirmed(self) -> bool:
        return self.email_confirmed_at is not None


def membership_refusal(user) -> str:
    """Why `user` may not act as a member now ("" if they may): the message of a 403 page or API answer."""
    profile = profile_of(user)
    if profile is None:
        return str(_("Only members of the association can do this."))
    return profile.refusal


class ApplicationKind(models.TextChoices):
    CITY = "city", _("City")
    STARTUP = "startup", _("Startup")


class MembershipApplicationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=MembershipStatus.PENDING)

    def decided(self):
        return self.exclude(status=MembershipStatus.PENDING)

    def visible_to(self, user):
        """Staff see every application; an applicant sees their own."""
        if is_secretariat(user):
            return self
        if profile_of(user) is None:
            return self.none()
        return self.filter(applicant=user)

    def reviewable_by(self, user):
        return self if is_secretariat(user) else self.none()


class MembershipApplication(models.Model):
    kind = models.CharField(max_length=10, choices=ApplicationKind.choices)
    city = models.ForeignKey(
        "cities.MemberCity", null=True, blank=True, on_delete=models.CASCADE, related_name="applications"
    )
    startup = models.ForeignKey(
        "startups.Startup", null=True, blank=True, on_delete=models.CASCADE, related_name="applications"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    message = models.TextField(max_length=4000, blank=True)
    status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.PENDING, db_index=True
    )
    submitted_at = models.DateTimeField(default=timezone.now, db_index=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(max_length=4000, blank=True)

    objects = MembershipApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind=ApplicationKind.CITY, city__isnull=False, startup__isnull=True)
                    | Q(kind=ApplicationKind.STARTUP, startup__isnull=False, city__isnull=True)
                ),
                name="application_kind_matches_organisation",
            ),
            models.CheckConstraint(
                condition=(
                    Q(status=MembershipStatus.PENDING, reviewed_at__isnull=True)
                    | Q(
                        status__in=[MembershipStatus.APPROVED, MembershipStatus.REJECTED],
                        reviewed_at__isnull=False,
                    )
                ),
                name="application_reviewed_iff_decided",
            ),
            models.UniqueConstraint(
                fields=["applicant", "city"],
                condition=Q(status=MembershipStatus.PENDING, city__isnull=False),
                name="application_one_pending_per_city",
            ),
            models.UniqueConstraint(
                fields=["applicant", "startup"],
                condition=Q(status=MembershipStatus.PENDING, startup__isnull=False),
                name="application_one_pending_per_startup",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.organisation} ({self.get_status_display()})"

    @property
    def organisation(self):
        return self.city if self.kind == ApplicationKind.CITY else self.startup

    @property
    def is_decided(self) -> bool:
        return self.status != MembershipStatus.PENDING
