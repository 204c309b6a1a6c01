"""What the portal tells people: in-app notifications (the bell), each user's choice per kind (immediately,
daily digest, weekly digest, off), and the mail outbox the worker delivers from.

An event writes its notification and, when the recipient wants it at once, its outbox mail in the event's own
transaction; the mail is queued for the worker after commit, and a beat sweep re-queues what is still
pending, so a broker or mail-server outage delays mail but loses none (the re-scoring outbox's pattern)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    APPLICATION_SUBMITTED = "application_submitted", _("New membership applications")
    APPLICATION_DECIDED = "application_decided", _("The decision on my application")
    INTRODUCTION_REQUESTED = "introduction_requested", _("Introduction requests to my startup")
    INTRODUCTION_ANSWERED = "introduction_answered", _("Answers to my city's introduction requests")
    INTRODUCTION_EXPIRING = "introduction_expiring", _("Introduction requests about to expire")
    INTRODUCTION_EXPIRED = "introduction_expired", _("Introduction requests that expired unanswered")
    INTRODUCTION_WITHDRAWN = "introduction_withdrawn", _("Introduction requests withdrawn by the city")
    PROFILE_STALE = "profile_stale", _("Reminders to keep my startup's profile up to date")
    NEW_MATCHES = "new_matches", _("New strong matches for my city")
    NEW_CHALLENGES = "new_challenges", _("New open challenges that fit my startup")
    CHALLENGE_RESPONSES = "challenge_responses", _("Responses to my city's challenges")
    RESPONSE_REVIEWED = "response_reviewed", _("News on my startup's responses to challenges")
    OUTCOME_ASKED = "outcome_asked", _("What came of an introduction")
    ACCOUNT = "account", _("Account (password reset, e-mail confirmation)")


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately")
    DAILY = "daily", _("Daily digest")
    WEEKLY = "weekly", _("Weekly digest")
    OFF = "off", _("Off")


# Account mails are not a preference: they always go out at once.
ALWAYS_SENT = frozenset({Kind.ACCOUNT})
# What a user gets when they never chose: the match and challenge news come gathered in a daily digest.
DEFAULT_FREQUENCY = {Kind.NEW_MATCHES: Frequency.DAILY, Kind.NEW_CHALLENGES: Frequency.DAILY}


def default_frequency(kind: str) -> str:
    return DEFAULT_FREQUENCY.get(kind, Frequency.IMMEDIATELY)


# The text of each kind under the bell, by `params["variant"]` (the params fill the placeholders).
TEXTS = {
    Kind.APPLICATION_SUBMITTED: {"": _("%(applicant)s applied for membership: %(organisation)s.")},
    Kind.APPLICATION_DECIDED: {
        "approved": _("Your application for %(organisation)s was approved."),
        "rejected": _("Your application for %(organisation)s was not approved."),
    },
    Kind.INTRODUCTION_REQUESTED: {"": _("%(city)s asks to meet %(startup)s.")},
    Kind.INTRODUCTION_ANSWERED: {
        "accepted": _("%(startup)s accepted your introduction request."),
        "declined": _("%(startup)s declined your introduction request."),
    },
    Kind.INTRODUCTION_EXPIRING: {"": _("The introduction request from %(city)s expires on %(expires)s.")},
    Kind.INTRODUCTION_EXPIRED: {
        "city": _("Your introduction request to %(startup)s expired without an answer."),
        "startup": _("The introduction request from %(city)s expired without an answer."),
    },
    Kind.INTRODUCTION_WITHDRAWN: {"": _("%(city)s withdrew its introduction request.")},
    Kind.PROFILE_STALE: {
        "": _(
            "The profile of %(startup)s was last updated %(months)s months ago: please check that it is "
            "current."
        )
    },
    Kind.NEW_MATCHES: {"": _("%(startup)s is a strong match for %(city)s (score %(score)s).")},
    Kind.NEW_CHALLENGES: {"": _("A new challenge from %(city)s fits you: %(title)s")},
    Kind.CHALLENGE_RESPONSES: {
        "": _("%(startup)s responded to your challenge “%(title)s”."),
        "answered": _("%(startup)s answered your question about “%(title)s”."),
    },
    Kind.RESPONSE_REVIEWED: {
        "shortlisted": _("%(city)s shortlisted your response to “%(title)s”."),
        "declined": _("%(city)s declined your response to “%(title)s”."),
        "question": _("%(city)s asks a question about your response to “%(title)s”."),
    },
    Kind.OUTCOME_ASKED: {"": _("What came of the introduction between %(city)s and %(startup)s?")},
}


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        """A user's own notifications (nobody else's, staff included); none for an anonymous visitor."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(user=user)

    def unread(self):
        return self.filter(read_at__isnull=True)

    def awaiting_digest(self):
        return self.filter(digest_pending=True)


class Notification(models.Model):
    """One thing that happened, for one user: shown under the bell, mailed at once or gathered into a digest.
    `key` names the event, so one event never notifies a user twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    key = models.CharField(max_length=150)
    params = models.JSONField(default=dict, blank=True)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # waiting for the daily or weekly digest its user chose for this kind
    digest_pending = models.BooleanField(default=False)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="notification_once_per_event")]
        indexes = [
            models.Index(fields=["user"], condition=Q(read_at__isnull=True), name="notification_unread"),
            models.Index(
                fields=["user", "kind"], condition=Q(digest_pending=True), name="notification_digest"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.kind} · {self.key}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    @property
    def text(self) -> str:
        """The one-line text under the bell, in the reader's language (the active one)."""
        variants = TEXTS.get(self.kind, {})
        template = variants.get(self.params.get("variant", "")) or variants.get("")
        if template is None:
            return str(self.get_kind_display())
        try:
            return str(template) % self.params
        except (KeyError, TypeError, ValueError):  # params of an older shape
            return str(self.get_kind_display())


class Preference(models.Model):
    """How a user wants one kind of notification mailed. No row: the kind's default."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=30, choices=Kind.choices)
    frequency = models.CharField(max_length=12, choices=Frequency.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="preference_one_per_kind")]

    def __str__(self) -> str:
        return f"{self.user} · {self.kind}: {self.frequency}"


class MailStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutboxMail(models.Model):
    """One e-mail to one address, rendered in the recipient's language when the event happened, and
    delivered by the worker. `key` (event + recipient) is unique: one event never mails twice."""

    key = models.CharField(max_length=200, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to = models.EmailField()
    kind = models.CharField(max_length=30, choices=Kind.choices)
    language = models.CharField(max_length=8)
    subject = models.CharField(max_length=250)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10, choices=MailStatus.choices, default=MailStatus.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"], condition=Q(status="pending"), name="outbox_mail_pending"
            )
        ]

    def __str__(self) -> str:
        return f"{self.to}: {self.subject} ({self.status})"
