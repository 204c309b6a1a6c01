"""Object-level permissions. Every object reached by id is looked up in the view's `get_queryset()`, already
scoped to the user with `visible_to(user)`: someone else's object is a 404, never the data. A write on an
object the user can see but not change is a 403."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission

from core.models import MembershipStatus
from core.querysets import is_secretariat, profile_of


class ScopedWrite(BasePermission):
    """Unsafe methods need the object in the view's `get_editable_queryset()` (e.g. `editable_by(user)`)."""

    message = _("You do not have permission to change this object.")

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in SAFE_METHODS:
            return True
        if view.get_editable_queryset().filter(pk=obj.pk).exists():
            return True
        profile = profile_of(request.user)
        if profile is not None and profile.refusal:
            self.message = profile.refusal  # e.g. "Your organisation's membership is suspended…"
        return False


class IsApprovedCityOfficial(BasePermission):
    message = _("Only an approved official of a member city can do this.")

    def has_permission(self, request, view) -> bool:
        profile = profile_of(request.user)
        if profile and profile.city_id and not profile.is_approved_member:
            self.message = profile.refusal  # why not, and what to do: suspended, pending, rejected
        return bool(profile and profile.city_id and profile.is_approved_member)


class MembershipNotEnded(BasePermission):
    """The people of a suspended or removed organisation get 403 with the reason (not an empty list or a
    404 that reads as if their introductions were gone)."""

    def has_permission(self, request, view) -> bool:
        profile = profile_of(request.user)
        status = getattr(getattr(profile, "organisation", None), "membership_status", None)
        if status in (MembershipStatus.SUSPENDED, MembershipStatus.REMOVED):
            self.message = profile.refusal
            return False
        return True


class IsSecretariat(BasePermission):
    message = _("Only the association's secretariat can do this.")

    def has_permission(self, request, view) -> bool:
        return is_secretariat(request.user)
