"""The events the portal tells people about, one `notify_*` function each. The services of accounts and
introductions call them inside their own transaction, so the notification and its mail commit with the
event or not at all; the beat tasks call the gatherers (expiring introductions, new matches, new challenges).
Account mails (e-mail confirmation; password reset in portal.views.passwords) always go out."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from accounts.models import ApplicationKind, Role
from cities.models import CityChallenge
from core.models import MembershipStatus
from introductions.models import Introduction, IntroductionStatus
from matching.models import Match
from notifications.models import Kind, Notification
from notifications.services import absolute, notify, queue_mail, remember_language
from startups.models import ListingStatus

CONFIRM_SALT = "notifications.confirm-email"


def _person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def _members(**organisation):
    """The active, approved members of a city (`city=`) or a startup (`startup=`)."""
    filters = {f"profile__{name}": value for name, value in organisation.items()}
    return (
        get_user_model()
        .objects.filter(is_active=True, profile__member_since__isnull=False, **filters)
        .select_related("profile")
    )


# --- accounts -------------------------------------------------------------------------------------------


def notify_application_submitted(*, application) -> None:
    """A new membership application: every secretariat member is told, and the applicant gets the link that
    confirms their contact e-mail (an account mail). The applicant's current language becomes their mail
    language."""
    applicant = application.applicant
    params = {"applicant": _person(applicant), "organisation": str(application.organisation)}
    url = reverse("accounts:application_detail", args=[application.pk])
    staff = get_user_model().objects.filter(is_active=True, profile__role=Role.SECRETARIAT)
    for user in staff.select_related("profile"):
        notify(
            user=user,
            kind=Kind.APPLICATION_SUBMITTED,
            key=f"application-submitted:{application.pk}",
            params=params,
            url=url,
            mail="application_submitted",
            context={"application": application, "applicant_name": params["applicant"]},
        )
    if applicant is not None:
        remember_language(user=applicant)
        send_email_confirmation(user=applicant)


def notify_application_decided(*, application) -> None:
    """The decision, to the applicant: the secretariat's note and the next step (publish the drafts, open
    the city's dashboard, or how to apply again)."""
    applicant = application.applicant
    if applicant is None:
        return
    approved = application.status == MembershipStatus.APPROVED
    drafts = 0
    if approved and application.kind == ApplicationKind.STARTUP:
        drafts = application.startup.listings.filter(status=ListingStatus.DRAFT).count()
    next_url = reverse(
        "startups:dashboard" if application.kind == ApplicationKind.STARTUP else "cities:dashboard"
    )
    notify(
        user=applicant,
        kind=Kind.APPLICATION_DECIDED,
        key=f"application-decided:{application.pk}",
        params={"organisation": str(application.organisation), "variant": application.status},
        url=next_url,
        mail="application_decided",
        context={
            "application": application,
            "approved": approved,
            "is_startup": application.kind == ApplicationKind.STARTUP,
            "drafts": drafts,
            "next_url": absolute(next_url),
        },
    )


def email_confirmation_token(user) -> str:
    return signing.dumps({"u": user.pk, "e": user.email}, salt=CONFIRM_SALT, compress=True)


def send_email_confirmation(*, user) -> None:
    """Mail the link that confirms the user's contact e-mail (an account mail: always sent). Each call is a
    mail of its own (the key carries the time), so "send it again" works."""
    if not user.email:
        return
    link = absolute(reverse("notifications:confirm_email", args=[email_confirmation_token(user)]))
    queue_mail(
        user=user,
        kind=Kind.ACCOUNT,
        key=f"confirm-email:{user.pk}:{timezone.now().timestamp()}",
        template="confirm_email",
        context={"link": link, "days": settings.NOTIFICATIONS["CONFIRM_MAX_AGE_DAYS"]},
    )


def confirm_email(*, token: str):
    """Mark the contact e-mail of the token's user confirmed; the user, or None when the token is bad, has
    expired, or names an address the user no longer has."""
    max_age = timedelta(days=settings.NOTIFICATIONS["CONFIRM_MAX_AGE_DAYS"])
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("u")).select_related("profile").first()
    profile = getattr(user, "profile", None)
    if user is None or profile is None or user.email != data.get("e"):
        return None
    if profile.email_confirmed_at is None:
        profile.email_confirmed_at = timezone.now()
        profile.save(update_fields=["email_confirmed_at"])
    return user


# --- introductions --------------------------------------------------------------------------------------


def notify_introduction_requested(*, introduction: Introduction) -> None:
    """A city asks to meet a startup: each of the startup's approved members is told."""
    params = {"city": introduction.city.name, "startup": introduction.startup.name}
    url = reverse("introductions:introduction_detail", args=[introduction.pk])
    for user in _members(startup=introduction.startup):
        notify(
            user=user,
            kind=Kind.INTRODUCTION_REQUESTED,
            key=f"introduction-requested:{introduction.pk}",
            params=params,
            url=url,
            mail="introduction_requested",
            context={
                "introduction": introduction,
                "requester": _person(introduction.requested_by),
                "expires": introduction.expires_at,
            },
        )


def notify_introduction_answered(*, introduction: Introduction) -> None:
    """The startup's answer, to the official who asked: the contacts on acceptance, the reason on decline."""
    official = introduction.requested_by
    if official is None:
        return
    accepted = introduction.status == IntroductionStatus.ACCEPTED
    url = reverse("introductions:introduction_detail", args=[introduction.pk])
    responder = introduction.responded_by
    notify(
        user=official,
        kind=Kind.INTRODUCTION_ANSWERED,
        key=f"introduction-answered:{introduction.pk}",
        params={
            "city": introduction.city.name,
            "startup": introduction.startup.name,
            "variant": introduction.status,
        },
        url=url,
        mail="introduction_answered",
        context={
            "introduction": introduction,
            "accepted": accepted,
            "responder": _person(responder),
            "responder_email": responder.email if responder else "",
            "reason": introduction.get_decline_reason_display() if not accepted else "",
        },
    )


def reminder_stage(introduction: Introduction, *, now) -> int:
    """How many of the reminders (settings.INTRODUCTION_REMINDER_DAYS, e.g. 7 and 2 days before expiry) are
    due for an open request now: 0 none yet, 1 the first, 2 the second…"""
    left = introduction.expires_at - now
    return sum(1 for days in settings.INTRODUCTION_REMINDER_DAYS if left <= timedelta(days=days))


def notify_expiring_introductions(*, now=None) -> int:
    """Requests still unanswered that reached a reminder's window before they expire: the startup's members
    are reminded, each reminder once. The request's `reminders_sent` is the stored marker (written in the
    notification's transaction); a request first seen inside a later window gets that one reminder only.
    Returns how many reminders went out."""
    now = now or timezone.now()
    days = settings.INTRODUCTION_REMINDER_DAYS
    if not days:
        return 0
    due = (
        Introduction.objects.pending()
        .filter(expires_at__gt=now, expires_at__lte=now + timedelta(days=max(days)))
        .filter(reminders_sent__lt=len(days))
        .select_related("city", "startup")
    )
    count = 0
    for introduction in due:
        stage = reminder_stage(introduction, now=now)
        if stage <= introduction.reminders_sent:
            continue
        url = reverse("introductions:introduction_detail", args=[introduction.pk])
        with transaction.atomic():
            marked = Introduction.objects.pending().filter(
                pk=introduction.pk, reminders_sent=introduction.reminders_sent
            )
            if not marked.update(reminders_sent=stage):
                continue  # answered, or reminded by a concurrent run
            for user in _members(startup=introduction.startup):
                notify(
                    user=user,
                    kind=Kind.INTRODUCTION_EXPIRING,
                    key=f"introduction-expiring:{introduction.pk}:{stage}",
                    params={"city": introduction.city.name, "expires": date_format(introduction.expires_at)},
                    url=url,
                    mail="introduction_expiring",
                    context={"introduction": introduction, "expires": introduction.expires_at},
                )
        count += 1
    return count


def _city_side(introduction: Introduction) -> list:
    """Who hears of a request's end on the city's side: the official who asked, or, when that account is
    gone or inactive, the city's approved officials."""
    official = introduction.requested_by
    if official is not None and official.is_active:
        return [official]
    return list(_members(city=introduction.city))


def notify_introduction_expired(*, introduction: Introduction) -> None:
    """A request expired unanswered: both sides are told (the startup's members and the requesting city)."""
    url = reverse("introductions:introduction_detail", args=[introduction.pk])
    params = {"city": introduction.city.name, "startup": introduction.startup.name}
    sides = [("startup", user) for user in _members(startup=introduction.startup)]
    sides += [("city", user) for user in _city_side(introduction)]
    for side, user in sides:
        notify(
            user=user,
            kind=Kind.INTRODUCTION_EXPIRED,
            key=f"introduction-expired:{introduction.pk}",
            params={**params, "variant": side},
            url=url,
            mail="introduction_expired",
            context={"introduction": introduction, "to_city": side == "city"},
        )


def notify_introduction_withdrawn(*, introduction: Introduction, note: str = "") -> None:
    """The city took back its request: the startup's members are told (with the city's note, if any)."""
    url = reverse("introductions:introduction_detail", args=[introduction.pk])
    for user in _members(startup=introduction.startup):
        notify(
            user=user,
            kind=Kind.INTRODUCTION_WITHDRAWN,
            key=f"introduction-withdrawn:{introduction.pk}",
            params={"city": introduction.city.name, "startup": introduction.startup.name},
            url=url,
            mail="introduction_withdrawn",
            context={"introduction": introduction, "note": note},
        )


# --- fresh profiles -------------------------------------------------------------------------------------


def notify_stale_profile(*, startup, months: int, stale_listings: list) -> None:
    """A startup's profile has not been edited for PROFILE_STALE_AFTER_DAYS: its members are asked to check
    it (the key carries the day, so a profile stale again in a later period is reminded again)."""
    url = reverse("startups:dashboard")
    key = f"profile-stale:{startup.pk}:{timezone.now().date().isoformat()}"
    for user in _members(startup=startup):
        notify(
            user=user,
            kind=Kind.PROFILE_STALE,
            key=key,
            params={"startup": startup.name, "months": months},
            url=url,
            mail="profile_stale",
            context={"startup": startup, "months": months, "listings": stale_listings},
        )


def _announced(prefix: str):
    """The object ids already announced under a key prefix (keys end in the object's id)."""
    keys = Notification.objects.filter(key__startswith=prefix).values_list("key", flat=True).distinct()
    return [int(key.rsplit(":", 1)[1]) for key in keys]


# --- news for the digests -------------------------------------------------------------------------------


def notify_new_matches() -> int:
    """Each approved city's officials hear of strong matches (score ≥ STRONG_MATCH_SCORE among the city's
    top STRONG_MATCH_RANK) they were not told of before. Returns how many notifications were written."""
    config = settings.NOTIFICATIONS
    strong = (
        Match.objects.current()
        .between_approved()
        .filter(score__gte=config["STRONG_MATCH_SCORE"], city_rank__lte=config["STRONG_MATCH_RANK"])
        .select_related("city", "startup")
        .order_by("city_id", "city_rank")
    )
    known = set(Notification.objects.filter(kind=Kind.NEW_MATCHES).values_list("key", flat=True).distinct())
    written = 0
    officials: dict[int, list] = {}
    for match in strong:
        if f"match:{match.city_id}:{match.startup_id}" in known:
            continue  # its city's officials were told (an official who joined later was not: news is news)
        if match.city_id not in officials:
            officials[match.city_id] = list(_members(city=match.city))
        url = reverse("startups:startup_detail", args=[match.startup_id])
        params = {"city": match.city.name, "startup": match.startup.name, "score": f"{match.score:.0f}"}
        with transaction.atomic():
            for user in officials[match.city_id]:
                notification = notify(
                    user=user,
                    kind=Kind.NEW_MATCHES,
                    key=f"match:{match.city_id}:{match.startup_id}",
                    params=params,
                    url=url,
                    mail="new_match",
                    context={"match": match},
                )
                written += notification is not None
    return written


def notify_new_challenges(*, now=None) -> int:
    """Each approved startup's members hear of open challenges of approved cities in the startup's sectors,
    opened in the last NEW_CHALLENGE_DAYS, once each. Returns how many challenges were announced."""
    now = now or timezone.now()
    since = now - timedelta(days=settings.NOTIFICATIONS["NEW_CHALLENGE_DAYS"])
    challenges = (
        CityChallenge.objects.open()
        .of_approved_cities()
        .filter(created_at__gte=since)
        .exclude(pk__in=_announced("challenge:"))
        .select_related("city")
        .prefetch_related("sectors")
    )
    count = 0
    for challenge in challenges:
        sectors = [sector.pk for sector in challenge.sectors.all()]
        users = (
            _members()
            .filter(
                Q(profile__startup__sectors__in=sectors),
                profile__startup__membership_status=MembershipStatus.APPROVED,
            )
            .distinct()
        )
        if not users:
            continue  # nobody it fits yet: not announced, so a startup that joins this week still hears of it
        url = reverse("cities:challenge_detail", args=[challenge.pk])
        with transaction.atomic():
            for user in users:
                notify(
                    user=user,
                    kind=Kind.NEW_CHALLENGES,
                    key=f"challenge:{challenge.pk}",
                    params={"city": challenge.city.name, "title": challenge.title},
                    url=url,
                    mail="new_challenge",
                    context={"challenge": challenge},
                )
        count += 1
    return count
