"""The signed-in user's notifications (the bell)."""

from __future__ import annotations

from rest_framework import serializers

from notifications.models import Kind, Notification
from notifications.services import absolute


class NotificationSerializer(serializers.ModelSerializer):
    kind = serializers.ChoiceField(choices=Kind.choices, read_only=True)
    text = serializers.CharField(read_only=True, help_text="In the request's language.")
    url = serializers.SerializerMethodField(help_text="The portal page it is about (absolute), or empty.")
    is_read = serializers.BooleanField(read_only=True)

    class Meta:
        model = Notification
        fields = ["id", "kind", "text", "url", "created_at", "read_at", "is_read"]
        read_only_fields = fields

    def get_url(self, notification: Notification) -> str:
        return absolute(notification.url) if notification.url else ""


class MarkedSerializer(serializers.Serializer):
    marked = serializers.IntegerField(help_text="How many notifications were unread and are now read.")


class UnreadCountSerializer(serializers.Serializer):
    unread = serializers.IntegerField()
