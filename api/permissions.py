"""Object-level permissions. Every object reached by id is looked up in the view's `get_queryset()`, already
scoped to the user with `visible_to(user)`: someone else's object is a 404, never the data. A write on an
object the user can see but not change is a 403."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission

from core.querysets import profile_of


class ScopedWrite(BasePermission):
    """Unsafe methods need the object in the view's `get_editable_queryset()` (e.g. `editable_by(user)`)."""

    message = _("You do not have permission to change this object.")

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return view.get_editable_queryset().filter(pk=obj.pk).exists()


class IsApprovedCityOfficial(BasePermission):
    message = _("Only an approved official of a member city can do this.")

    def has_permission(self, request, view) -> bool:
        profile = profile_of(request.user)
        return bool(profile and profile.city_id and profile.member_since)
