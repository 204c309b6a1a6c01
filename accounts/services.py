"""Writes that span models: deciding membership applications. The page, the API, the admin action and the
management commands all call these functions."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import ApplicationKind, MembershipApplication, Profile, Role
from cities.models import MemberCity
from cities.services import NEW_CITY_FIELDS
from core.models import AuditAction, AuditEntry, MembershipStatus
from core.querysets import is_secretariat
from core.services import DuplicateError, apply_changes, duplicates_as
from matching.outbox import request_rescore
from notifications.events import notify_application_decided, notify_application_submitted
from startups.models import Startup
from startups.services import STARTUP_FIELDS


class ApplicationError(Exception):
    """A decision that cannot be taken: already decided, or the reviewer is not secretariat staff."""


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _decide(
    *, application: MembershipApplication, reviewer: AbstractBaseUser, note: str, approve: bool
) -> MembershipApplication:
    if not is_secretariat(reviewer):
        raise ApplicationError("Only secretariat staff can decide membership applications.")
    with transaction.atomic():
        application = MembershipApplication.objects.select_for_update().get(pk=application.pk)
        if application.is_decided:
            raise ApplicationError(
                f"This application was already {application.get_status_display().lower()}."
            )
        organisation = (
            type(application.organisation).objects.select_for_update().get(pk=application.organisation.pk)
        )
        profile = getattr(application.applicant, "profile", None) if application.applicant else None
        before = {
            "application": application.status,
            "organisation": organisation.membership_status,
            "applicant_member_since": _iso(profile.member_since) if profile else None,
        }
        now = timezone.now()
        application.status = MembershipStatus.APPROVED if approve else MembershipStatus.REJECTED
        application.reviewed_by = reviewer
        application.reviewed_at = now
        application.review_note = note
        application.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])

        org_fields: list[str] = []
        if approve and organisation.membership_status != MembershipStatus.APPROVED:
            organisation.membership_status = MembershipStatus.APPROVED
            organisation.joined_on = organisation.joined_on or now.date()
            org_fields = ["membership_status", "joined_on"]
        elif not approve and organisation.membership_status == MembershipStatus.PENDING:
            organisation.membership_status = MembershipStatus.REJECTED
            org_fields = ["membership_status"]
        if org_fields:
            organisation.save(update_fields=[*org_fields, "updated_at"])

        if approve and profile is not None and profile.member_since is None:
            profile.member_since = now
            profile.save(update_fields=["member_since"])

        AuditEntry.record(
            actor=reviewer,
            action=AuditAction.APPLICATION_APPROVED if approve else AuditAction.APPLICATION_REJECTED,
            target=application,
            before=before,
            after={
                "application": application.status,
                "organisation": organisation.membership_status,
                "applicant_member_since": _iso(profile.member_since) if profile else None,
            },
            note=note,
        )
        if org_fields:
            request_rescore(organisation)
        notify_application_decided(application=application)
    return application


def approve_application(
    *, application: MembershipApplication, reviewer: AbstractBaseUser, note: str = ""
) -> MembershipApplication:
    """Approve in one transaction: the application, the organisation's membership, the applicant's
    membership, and the audit entry; re-scoring is requested in the same transaction."""
    return _decide(application=application, reviewer=reviewer, note=note, approve=True)


def reject_application(
    *, application: MembershipApplication, reviewer: AbstractBaseUser, note: str
) -> MembershipApplication:
    """Reject with a note (required): a pending organisation becomes rejected; an approved one stays."""
    if not note.strip():
        raise ApplicationError("A rejection needs a note for the applicant.")
    return _decide(application=application, reviewer=reviewer, note=note, approve=False)


def _new_user(*, username: str, email: str, password: str, first_name: str = "", last_name: str = ""):
    """Create a user after Django's password validators accept the password (ValidationError otherwise)."""
    User = get_user_model()
    user = User(username=username, email=email, first_name=first_name, last_name=last_name)
    user.full_clean(exclude=["password"])
    validate_password(password, user)
    user.set_password(password)
    with duplicates_as(
        lambda: DuplicateError({"username": _("This username is taken; please choose another.")})
    ):
        user.save()
    return user


def register_startup(
    *,
    username: str,
    email: str,
    password: str,
    startup_fields: dict,
    relations: dict | None = None,
    message: str = "",
    first_name: str = "",
    last_name: str = "",
):
    """Sign-up of a startup: its first member's account, the pending startup, and its application.
    The founder can prepare the profile and draft listings until the secretariat decides."""
    with transaction.atomic():
        user = _new_user(
            username=username, email=email, password=password, first_name=first_name, last_name=last_name
        )
        startup = Startup(membership_status=MembershipStatus.PENDING)
        apply_changes(startup, allowed=STARTUP_FIELDS, fields=startup_fields, relations=relations)
        Profile.objects.create(user=user, role=Role.STARTUP_MEMBER, startup=startup)
        record_role_change(user=user, actor=user, before=NO_ROLE, note="Signed up.")
        application = MembershipApplication.objects.create(
            kind=ApplicationKind.STARTUP, startup=startup, applicant=user, message=message
        )
        AuditEntry.record(
            actor=user,
            action=AuditAction.APPLICATION_SUBMITTED,
            target=application,
            after={"status": application.status},
        )
        notify_application_submitted(application=application)
    return application


def register_city_official(
    *,
    username: str,
    email: str,
    password: str,
    city=None,
    new_city_fields: dict | None = None,
    relations: dict | None = None,
    message: str = "",
    job_title: str = "",
    first_name: str = "",
    last_name: str = "",
):
    """Sign-up of a city official: either asking to join an existing member city, or applying for a new
    city's membership. Either way the secretariat approves the official before they act for the city."""
    with transaction.atomic():
        user = _new_user(
            username=username, email=email, password=password, first_name=first_name, last_name=last_name
        )
        if city is None:
            # the region is set first: comparing an unset foreign key with the new value would raise
            city = MemberCity(
                membership_status=MembershipStatus.PENDING, region=(new_city_fields or {}).get("region")
            )
            apply_changes(city, allowed=NEW_CITY_FIELDS, fields=new_city_fields or {}, relations=relations)
        Profile.objects.create(user=user, role=Role.CITY_OFFICIAL, city=city, job_title=job_title)
        record_role_change(user=user, actor=user, before=NO_ROLE, note="Signed up.")
        application = MembershipApplication.objects.create(
            kind=ApplicationKind.CITY, city=city, applicant=user, message=message
        )
        AuditEntry.record(
            actor=user,
            action=AuditAction.APPLICATION_SUBMITTED,
            target=application,
            after={"status": application.status},
        )
        notify_application_submitted(application=application)
    return application


def reapply(*, applicant: AbstractBaseUser, message: str = "") -> MembershipApplication:
    """A rejected applicant, having corrected the profile, applies again: a new pending application for the
    same organisation (the rejected one stays in the trail with its note), and a rejected organisation is
    pending again. Audited as "application.resubmitted" with the application it follows."""
    with transaction.atomic():
        profile = Profile.objects.select_for_update().filter(user=applicant).first()
        if profile is None or profile.organisation is None:
            raise ApplicationError(_("Only a city official or a startup member can apply."))
        if profile.member_since is not None:
            raise ApplicationError(_("You are already an approved member."))
        organisation = profile.organisation
        kind = ApplicationKind.CITY if profile.city_id else ApplicationKind.STARTUP
        previous = (
            MembershipApplication.objects.filter(applicant=applicant, **{kind: organisation})
            .order_by("-submitted_at", "-id")
            .first()
        )
        if previous is None or previous.status != MembershipStatus.REJECTED:
            raise ApplicationError(_("Only a rejected application can be submitted again."))
        organisation = type(organisation).objects.select_for_update().get(pk=organisation.pk)
        if organisation.membership_status in (MembershipStatus.SUSPENDED, MembershipStatus.REMOVED):
            raise ApplicationError(_("This organisation's membership has ended: contact the secretariat."))
        if organisation.membership_status == MembershipStatus.REJECTED:
            organisation.membership_status = MembershipStatus.PENDING
            organisation.save(update_fields=["membership_status", "updated_at"])
        application = MembershipApplication.objects.create(
            kind=kind, applicant=applicant, message=message, **{kind: organisation}
        )
        AuditEntry.record(
            actor=applicant,
            action=AuditAction.APPLICATION_RESUBMITTED,
            target=application,
            before={"previous_application": previous.pk, "status": previous.status},
            after={"status": application.status, "organisation": organisation.membership_status},
            note=message,
        )
    return application


# --- roles ----------------------------------------------------------------------------------------------
# A user's role is their Profile (role and organisation) plus the staff and superuser flags. Every change is
# kept in the audit trail as "role.changed" with the stored state before and after, in the change's
# transaction: at sign-up, through change_role(), and in the admin (accounts/admin.py).

NO_ROLE: dict = {"role": None, "city": None, "startup": None, "is_staff": False, "is_superuser": False}


def _reference(organisation) -> dict | None:
    return {"id": organisation.pk, "name": str(organisation)} if organisation is not None else None


def role_snapshot(*, user_id: int) -> dict:
    """The user's role as stored in the database (not as an unsaved form left it in memory)."""
    flags = get_user_model().objects.filter(pk=user_id).values("is_staff", "is_superuser").first()
    if flags is None:
        return dict(NO_ROLE)
    profile = Profile.objects.filter(user_id=user_id).select_related("city", "startup").first()
    return {
        "role": profile.role if profile else None,
        "city": _reference(profile.city) if profile else None,
        "startup": _reference(profile.startup) if profile else None,
        **flags,
    }


def record_role_change(*, user, actor, before: dict, note: str = "") -> AuditEntry | None:
    """Record "role.changed" if the stored role differs from `before` (a role_snapshot taken earlier in the
    same transaction). Call it inside the transaction that made the change."""
    after = role_snapshot(user_id=user.pk)
    if after == before:
        return None
    return AuditEntry.record(
        actor=actor, action=AuditAction.ROLE_CHANGED, target=user, before=before, after=after, note=note
    )


def change_role(
    *,
    user,
    actor: AbstractBaseUser,
    role: str,
    city=None,
    startup=None,
    is_staff: bool | None = None,
    note: str = "",
):
    """Secretariat staff (or a superuser) give a user a role: an official of `city`, a member of `startup`,
    or secretariat staff; optionally the admin site's staff flag. Validated against the profile's rules
    (ValidationError), applied and audited in one transaction."""
    if not (is_secretariat(actor) or getattr(actor, "is_superuser", False)):
        raise ApplicationError("Only secretariat staff can change a role.")
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().get(pk=user.pk)
        before = role_snapshot(user_id=user.pk)
        profile = Profile.objects.filter(user=user).first() or Profile(user=user)
        profile.role, profile.city, profile.startup = role, city, startup
        profile.full_clean()
        profile.save()
        if is_staff is not None and user.is_staff != is_staff:
            user.is_staff = is_staff
            user.save(update_fields=["is_staff"])
        record_role_change(user=user, actor=actor, before=before, note=note)
    return profile
