"""The portal's password backend (after django-axes' lockout check): Django's ModelBackend, except that the
signed-in user of each request is read with their profile and its organisation in one query, since every page
and permission check reads the organisation's current membership status (`Profile.is_approved_member`)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class PortalModelBackend(ModelBackend):
    def get_user(self, user_id):
        user_model = get_user_model()
        users = user_model._default_manager.select_related("profile__city", "profile__startup")
        try:
            user = users.get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
