"""The signed-in user's notifications: list, read one, mark one or all read. Only ever one's own: someone
else's notification is a 404, an anonymous request a 401."""

from __future__ import annotations

from django.db.models import QuerySet
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from api.filters import StrictBooleanFilter
from api.serializers.notifications import MarkedSerializer, NotificationSerializer, UnreadCountSerializer
from notifications import services
from notifications.models import Kind, Notification


class NotificationFilter(filters.FilterSet):
    unread = StrictBooleanFilter(
        field_name="read_at", lookup_expr="isnull", help_text="Only unread (or read)."
    )
    kind = filters.ChoiceFilter(choices=Kind.choices)

    class Meta:
        model = Notification
        fields = ["unread", "kind"]


@extend_schema_view(
    list=extend_schema(summary="List your notifications", description="Newest first; yours only."),
    retrieve=extend_schema(summary="One of your notifications"),
)
class NotificationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = NotificationSerializer
    permission_classes = [IsAuthenticated]
    filterset_class = NotificationFilter
    ordering_fields = ["created_at"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self) -> QuerySet:
        return Notification.objects.for_user(self.request.user)

    @extend_schema(
        summary="Mark one notification read", request=None, responses={200: NotificationSerializer}
    )
    @action(detail=True, methods=["post"])
    def read(self, request: Request, pk: str | None = None) -> Response:
        notification = self.get_object()
        services.mark_read(user=request.user, notification=notification)
        notification.refresh_from_db()
        return Response(self.get_serializer(notification).data)

    @extend_schema(
        summary="Mark all your notifications read", request=None, responses={200: MarkedSerializer}
    )
    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request: Request) -> Response:
        return Response(MarkedSerializer({"marked": services.mark_read(user=request.user)}).data)

    @extend_schema(
        summary="How many of your notifications are unread", responses={200: UnreadCountSerializer}
    )
    @action(
        detail=False, methods=["get"], url_path="unread-count", filterset_class=None, pagination_class=None
    )
    def unread_count(self, request: Request) -> Response:
        count = Notification.objects.for_user(request.user).unread().count()
        return Response(UnreadCountSerializer({"unread": count}).data)
