"""Building blocks shared by the domain QuerySets of cities and startups."""

from __future__ import annotations

from django.db import models

from core.models import MembershipStatus


def profile_of(user):
    """The user's Profile, or None for anonymous users and accounts without one."""
    if not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "profile", None)


def is_secretariat(user) -> bool:
    profile = profile_of(user)
    return bool(profile and profile.is_secretariat)


class MemberQuerySet(models.QuerySet):
    """Shared scoping for organisations with a membership status (cities, startups).

    `member_field` is the Profile field that links a user to this kind of organisation."""

    member_field: str = ""

    def approved(self):
        return self.filter(membership_status=MembershipStatus.APPROVED)

    def pending(self):
        return self.filter(membership_status=MembershipStatus.PENDING)

    def visible_to(self, user):
        """The public sees approved members; staff see all; a member also sees its own organisation."""
        if is_secretariat(user):
            return self
        profile = profile_of(user)
        own_id = getattr(profile, f"{self.member_field}_id", None) if profile else None
        if own_id:
            return self.filter(models.Q(membership_status=MembershipStatus.APPROVED) | models.Q(pk=own_id))
        return self.approved()

    def editable_by(self, user):
        """Staff edit everything; an approved member edits its own organisation while that is an approved
        member (`Profile.is_approved_member`). An applicant edits a pending organisation (its founders
        prepare the profile before review) or a rejected one (to correct it and apply again). A suspended
        or removed organisation is edited by nobody but staff."""
        if is_secretariat(user):
            return self
        profile = profile_of(user)
        own_id = getattr(profile, f"{self.member_field}_id", None) if profile else None
        if not own_id:
            return self.none()
        if profile.is_approved_member:
            return self.filter(pk=own_id)
        if profile.member_since is None:
            return self.filter(
                pk=own_id, membership_status__in=[MembershipStatus.PENDING, MembershipStatus.REJECTED]
            )
        return self.none()
