"""The unread count under the bell on every page: one COUNT, only when a page shows it, once per request."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from notifications.models import Notification


def unread_count(request: HttpRequest) -> int:
    """The signed-in user's unread notifications, counted once per request (0 for a visitor)."""
    if not hasattr(request, "_unread_notifications"):
        user = getattr(request, "user", None)
        request._unread_notifications = (
            Notification.objects.for_user(user).unread().count()
            if user is not None and user.is_authenticated
            else 0
        )
    return request._unread_notifications


def notifications(request: HttpRequest) -> dict:
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(request))}
