"""Notifying people: the in-app notification, the mail in the outbox, the worker's delivery, the digests,
preferences and the signed unsubscribe links.

`notify()` and `queue_mail()` are called inside the event's transaction (see notifications.events): the rows
commit with the event, and the delivery task is queued only after commit. `deliver_mail()` runs in the
worker: it sends under the row's lock and marks the row sent in the same transaction, so a task delivered
twice sends once."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta

from celery import current_app
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from notifications.models import (
    ALWAYS_SENT,
    Frequency,
    Kind,
    MailStatus,
    Notification,
    OutboxMail,
    Preference,
    default_frequency,
)

log = logging.getLogger(__name__)
DELIVER_TASK = "notifications.tasks.deliver_mail"
UNSUBSCRIBE_SALT = "notifications.unsubscribe"


# --- addresses, languages, links ------------------------------------------------------------------------


def absolute(path: str) -> str:
    """An absolute link back to the portal (SITE_URL, never the request's Host header)."""
    return settings.SITE_URL.rstrip("/") + path


def language_of(user) -> str:
    """The language of the user's mails: their profile's choice, else the site's default."""
    profile = getattr(user, "profile", None) if user is not None else None
    language = getattr(profile, "language", "") or ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def remember_language(*, user, language: str | None = None) -> None:
    """Keep `language` (default: the active one) as the user's mail language when they have none yet."""
    language = (language or translation.get_language() or "").split("-")[0]
    profile = getattr(user, "profile", None)
    if profile is not None and not profile.language and language in dict(settings.LANGUAGES):
        profile.language = language
        profile.save(update_fields=["language"])


def unsubscribe_token(*, user, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    """(user id, kind) from a signed unsubscribe token, or None if it was not made by this portal."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("k") not in Kind.values or data.get("k") in ALWAYS_SENT:
        return None
    return data.get("u"), data["k"]


def unsubscribe_url(*, user, kind: str) -> str:
    return absolute(reverse("notifications:unsubscribe", args=[unsubscribe_token(user=user, kind=kind)]))


# --- preferences ----------------------------------------------------------------------------------------


def frequency_for(*, user, kind: str) -> str:
    if kind in ALWAYS_SENT:
        return Frequency.IMMEDIATELY
    chosen = Preference.objects.filter(user=user, kind=kind).values_list("frequency", flat=True).first()
    return chosen or default_frequency(kind)


def preferences_of(user) -> dict[str, str]:
    """Every kind's frequency for this user (the default where they never chose)."""
    chosen = dict(Preference.objects.filter(user=user).values_list("kind", "frequency"))
    return {
        kind: chosen.get(kind, default_frequency(kind)) for kind in Kind.values if kind not in ALWAYS_SENT
    }


def set_preference(*, user, kind: str, frequency: str) -> None:
    if kind in ALWAYS_SENT or kind not in Kind.values or frequency not in Frequency.values:
        raise ValueError(f"No preference {kind}={frequency}.")
    with transaction.atomic():
        Preference.objects.update_or_create(user=user, kind=kind, defaults={"frequency": frequency})
        if frequency in (Frequency.OFF, Frequency.IMMEDIATELY):
            # nothing of this kind waits for a digest any more
            Notification.objects.filter(user=user, kind=kind).awaiting_digest().update(digest_pending=False)


def unsubscribe(*, token: str) -> tuple[object, str] | None:
    """Turn off the kind named by a signed unsubscribe token; (user, kind), or None for a bad token."""
    read = read_unsubscribe_token(token)
    if read is None:
        return None
    user = get_user_model().objects.filter(pk=read[0]).first()
    if user is None:
        return None
    set_preference(user=user, kind=read[1], frequency=Frequency.OFF)
    return user, read[1]


# --- notifying ------------------------------------------------------------------------------------------


def notify(
    *, user, kind: str, key: str, params: dict, url: str = "", mail: str | None = None, context=None
) -> Notification | None:
    """Tell `user` of one event: the notification under the bell, and, by their preference for `kind`, a mail
    now (rendered from the `emails/<mail>` templates with `context`), a place in the next digest, or no
    mail. Call inside the event's transaction. A second call for the same event (`key`) does nothing."""
    if user is None or not user.is_active:
        return None
    notification, created = Notification.objects.get_or_create(
        user=user, key=key, defaults={"kind": kind, "params": params, "url": url}
    )
    if not created:
        return notification
    frequency = frequency_for(user=user, kind=kind)
    if frequency in (Frequency.DAILY, Frequency.WEEKLY):
        notification.digest_pending = True
        notification.save(update_fields=["digest_pending"])
    elif frequency == Frequency.IMMEDIATELY and mail and user.email:
        queue_mail(
            user=user,
            kind=kind,
            key=f"{key}:{user.pk}",
            template=mail,
            context={**(context or {}), "notification": notification, "link": absolute(url) if url else ""},
        )
    return notification


def render_mail(*, user, kind: str, template: str, context: dict, language: str) -> tuple[str, str, str]:
    """(subject, plain text, HTML) of `emails/<template>` in `language`, with the links every mail carries."""
    with translation.override(language):
        context = {
            **context,
            "user": user,
            "site_url": settings.SITE_URL.rstrip("/"),
            "preferences_url": absolute(reverse("notifications:preferences")),
            "unsubscribe_url": "" if kind in ALWAYS_SENT else unsubscribe_url(user=user, kind=kind),
            "kind_label": Kind(kind).label,
        }
        subject = " ".join(render_to_string(f"emails/{template}_subject.txt", context).split())
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    return subject, text, html


def queue_mail(*, user, kind: str, key: str, template: str, context: dict, to: str = "") -> OutboxMail | None:
    """Write one mail to the outbox in the caller's transaction and queue its delivery after commit. The
    `key` is unique: a mail already written for it is not written again."""
    to = to or user.email
    if not to:
        return None
    language = language_of(user)
    subject, text, html = render_mail(
        user=user, kind=kind, template=template, context=context, language=language
    )
    headers = {}
    if kind not in ALWAYS_SENT:
        # one-click unsubscribe (RFC 8058): the link stops this kind, signed in or not
        headers = {
            "List-Unsubscribe": f"<{unsubscribe_url(user=user, kind=kind)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    mail, created = OutboxMail.objects.get_or_create(
        key=key[:200],
        defaults={
            "user": user,
            "to": to,
            "kind": kind,
            "language": language,
            "subject": subject[:250],
            "body_text": text,
            "body_html": html,
            "headers": headers,
        },
    )
    if created:
        transaction.on_commit(lambda: queue_delivery(mail.pk))
    return mail if created else None


def queue_delivery(mail_id: int, *, countdown: float = 0) -> None:
    """Queue the worker's delivery of one mail. A broker outage is logged, not raised: the row is committed
    and the beat sweep (sweep_outbox) queues it later."""
    try:
        current_app.tasks[DELIVER_TASK].apply_async(args=[mail_id], countdown=countdown or None)
    except Exception:  # noqa: BLE001 - the outbox row is committed; nothing is lost
        log.warning("Could not queue mail %s; the outbox sweep will.", mail_id, exc_info=True)


# --- delivering (in the worker) -------------------------------------------------------------------------


def retry_delay(attempts: int) -> float:
    """Seconds before the try after `attempts` failed ones: doubling from RETRY_DELAY, at most an hour."""
    return min(settings.NOTIFICATIONS["RETRY_DELAY"] * 2 ** max(attempts - 1, 0), 3600)


def deliver_mail(*, mail_id: int) -> bool:
    """Send one pending mail. The row is locked while it is sent and marked sent in the same transaction: a
    second delivery of the same task waits for nothing (the locked row is skipped) and finds it sent later.
    True if this call sent it; raises the mail server's error after recording the failed attempt."""
    with transaction.atomic():
        mail = (
            OutboxMail.objects.select_for_update(skip_locked=True)
            .filter(pk=mail_id, status=MailStatus.PENDING)
            .first()
        )
        if mail is None:  # sent, given up, gone, or being sent by another delivery right now
            return False
        message = EmailMultiAlternatives(
            subject=mail.subject,
            body=mail.body_text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[mail.to],
            headers=mail.headers,
        )
        if mail.body_html:
            message.attach_alternative(mail.body_html, "text/html")
        mail.attempts += 1
        try:
            get_connection(fail_silently=False).send_messages([message])
        except Exception as error:  # noqa: BLE001 - recorded on the row, then raised for the task's retry
            failure = error
            mail.last_error = f"{type(error).__name__}: {error}"[:2000]
            mail.next_attempt_at = timezone.now() + timedelta(seconds=retry_delay(mail.attempts))
            if mail.attempts >= settings.NOTIFICATIONS["MAX_ATTEMPTS"]:
                mail.status = MailStatus.FAILED
            mail.save(update_fields=["attempts", "last_error", "next_attempt_at", "status"])
        else:
            mail.status, mail.sent_at = MailStatus.SENT, timezone.now()
            mail.save(update_fields=["attempts", "status", "sent_at"])
            return True
    raise failure


def sweep_outbox(*, now=None) -> int:
    """Queue every pending mail whose delivery should have happened a while ago (its task was lost while the
    broker was down, or its retry is overdue). Returns how many were queued."""
    now = now or timezone.now()
    due = now - timedelta(seconds=settings.NOTIFICATIONS["SWEEP_GRACE"])
    ids = list(
        OutboxMail.objects.filter(status=MailStatus.PENDING, next_attempt_at__lte=due)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:500]
    )
    for mail_id in ids:
        queue_delivery(mail_id)
    return len(ids)


# --- digests --------------------------------------------------------------------------------------------


def send_digests(*, frequency: str, now=None) -> int:
    """One mail per user gathering every notification waiting for their `frequency` digest (daily or
    weekly): each user's kinds set to that frequency. Returns how many digests were written."""
    if frequency not in (Frequency.DAILY, Frequency.WEEKLY):
        raise ValueError(frequency)
    now = now or timezone.now()
    users = get_user_model().objects.filter(
        is_active=True, pk__in=Notification.objects.awaiting_digest().values("user_id")
    )
    written = 0
    for user in users.select_related("profile"):
        kinds = [kind for kind, chosen in preferences_of(user).items() if chosen == frequency]
        with transaction.atomic():
            waiting = list(
                Notification.objects.select_for_update(skip_locked=True)
                .awaiting_digest()
                .filter(user=user, kind__in=kinds)
                .order_by("kind", "created_at", "pk")
            )
            if not waiting:
                continue
            Notification.objects.filter(pk__in=[n.pk for n in waiting]).update(digest_pending=False)
            if not user.email:
                continue
            sections = defaultdict(list)
            for notification in waiting:
                sections[notification.kind].append(notification)
            period = now.date().isoformat() if frequency == Frequency.DAILY else f"{now:%G-W%V}"
            queue_mail(
                user=user,
                kind=waiting[0].kind,  # its List-Unsubscribe header; each section has its link
                key=f"digest:{frequency}:{period}:{user.pk}:{waiting[0].pk}",
                template="digest",
                context={
                    "frequency": frequency,
                    "sections": [
                        {
                            "kind": kind,
                            "items": items,
                            "unsubscribe_url": unsubscribe_url(user=user, kind=kind),
                        }
                        for kind, items in sections.items()
                    ],
                    "count": len(waiting),
                    "notifications_url": absolute(reverse("notifications:list")),
                },
            )
            written += 1
    return written


# --- reading --------------------------------------------------------------------------------------------


def mark_read(*, user, notification: Notification | None = None) -> int:
    """Mark one of the user's notifications (or, without one, all of them) read; how many changed."""
    unread = Notification.objects.for_user(user).unread()
    if notification is not None:
        unread = unread.filter(pk=notification.pk)
    return unread.update(read_at=timezone.now())
