"""The membership lifecycle after admission: the secretariat suspends, reinstates or removes a member city or
startup, always with a note. The pages, the API and the admin call these functions.

Each change is one transaction: the organisation's status, its audit entry (a named event type) and its
re-scoring mark (matching.outbox), so a suspended or removed member leaves every stored match and a
reinstated one comes back at the next drain. Its people's permissions follow at once: every check reads the
organisation's current status (`accounts.models.Profile.is_approved_member`)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import AuditAction, AuditEntry, MembershipStatus
from core.querysets import is_secretariat
from matching.outbox import request_rescore
from startups.models import Startup


class MembershipError(Exception):
    """A membership change that cannot be made: not staff, no note, or not from the current status."""


# action → (the statuses it applies to, the status it leaves, the audit event)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str, AuditAction]] = {
    "suspend": (
        (MembershipStatus.APPROVED,),
        MembershipStatus.SUSPENDED,
        AuditAction.MEMBERSHIP_SUSPENDED,
    ),
    "reinstate": (
        (MembershipStatus.SUSPENDED, MembershipStatus.REMOVED),
        MembershipStatus.APPROVED,
        AuditAction.MEMBERSHIP_REINSTATED,
    ),
    "remove": (
        (MembershipStatus.APPROVED, MembershipStatus.SUSPENDED),
        MembershipStatus.REMOVED,
        AuditAction.MEMBERSHIP_REMOVED,
    ),
}


def allowed_actions(organisation: Model) -> list[str]:
    """The lifecycle actions open from the organisation's current status (the buttons a page offers)."""
    return [
        name
        for name, (sources, _to, _event) in TRANSITIONS.items()
        if organisation.membership_status in sources
    ]


def _change(*, action: str, organisation: Model, actor: AbstractBaseUser, note: str) -> Model:
    if not is_secretariat(actor):
        raise MembershipError(_("Only secretariat staff can change a membership."))
    if not note.strip():
        raise MembershipError(_("Write a note: the members read why their membership changes."))
    sources, target, event = TRANSITIONS[action]
    with transaction.atomic():
        organisation = type(organisation).objects.select_for_update().get(pk=organisation.pk)
        before = organisation.membership_status
        if before not in sources:
            raise MembershipError(
                _("%(organisation)s is %(status)s: this change does not apply.")
                % {"organisation": organisation.name, "status": organisation.get_membership_status_display()}
            )
        organisation.membership_status = target
        # A startup's updated_at is the freshness of its profile (startups.models.stale_cutoff): only its own
        # members' edits move it. A city's still does (the matching's cache of the city side watches it).
        fields = (
            ["membership_status"]
            if isinstance(organisation, Startup)
            else ["membership_status", "updated_at"]
        )
        if target == MembershipStatus.APPROVED and not organisation.joined_on:
            organisation.joined_on = timezone.now().date()
            fields.append("joined_on")
        organisation.save(update_fields=fields)
        AuditEntry.record(
            actor=actor,
            action=event,
            target=organisation,
            before={"membership_status": before},
            after={"membership_status": target},
            note=note,
        )
        request_rescore(organisation)
    return organisation


def suspend_membership(*, organisation: Model, actor: AbstractBaseUser, note: str) -> Model:
    """An approved member city or startup is suspended: public pages, matches and every action of its
    people stop until it is reinstated."""
    return _change(action="suspend", organisation=organisation, actor=actor, note=note)


def reinstate_membership(*, organisation: Model, actor: AbstractBaseUser, note: str) -> Model:
    """A suspended (or removed) member is approved again; its people act for it again at once."""
    return _change(action="reinstate", organisation=organisation, actor=actor, note=note)


def remove_membership(*, organisation: Model, actor: AbstractBaseUser, note: str) -> Model:
    """An approved or suspended member's membership ends."""
    return _change(action="remove", organisation=organisation, actor=actor, note=note)


def change_membership(*, action: str, organisation: Model, actor: AbstractBaseUser, note: str) -> Model:
    """One of the three by name ("suspend", "reinstate", "remove"): what the pages and the API call."""
    if action not in TRANSITIONS:
        raise MembershipError(_("Unknown membership change “%(action)s”.") % {"action": action})
    return _change(action=action, organisation=organisation, actor=actor, note=note)
