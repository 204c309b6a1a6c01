from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.membership import MembershipError, change_membership
from api.errors import Conflict
from api.permissions import IsSecretariat, ScopedWrite
from api.serializers.accounts import MembershipChangeSerializer


class ScopedViewSet(viewsets.GenericViewSet):
    """Public reads of what `visible_to(user)` allows; writes on what `get_editable_queryset()` allows."""

    permission_classes = [IsAuthenticatedOrReadOnly, ScopedWrite]

    def get_editable_queryset(self) -> QuerySet:
        raise NotImplementedError

    def output(self, instance: Any) -> dict:
        """The representation of a written object, re-read through the scoped, prefetched queryset."""
        fresh = self.get_queryset().get(pk=instance.pk)
        return self.serializer_class(fresh, context=self.get_serializer_context()).data


class MembershipActionsMixin:
    """Staff-only `suspend`, `reinstate` and `remove` actions on a member city or startup, each with a
    required note, through accounts.membership (409 when the change does not apply to its status)."""

    def _change_membership(self, action_name: str) -> Response:
        organisation = self.get_object()
        serializer = MembershipChangeSerializer(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        try:
            organisation = change_membership(
                action=action_name,
                organisation=organisation,
                actor=self.request.user,
                note=serializer.validated_data["note"],
            )
        except MembershipError as exc:
            raise Conflict(str(exc)) from exc
        return Response(self.output(organisation))

    @extend_schema(
        summary="Suspend a member (staff)",
        request=MembershipChangeSerializer,
    )
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated, IsSecretariat])
    def suspend(self, request: Request, pk: str | None = None) -> Response:
        return self._change_membership("suspend")

    @extend_schema(
        summary="Reinstate a suspended or removed member (staff)",
        request=MembershipChangeSerializer,
    )
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated, IsSecretariat])
    def reinstate(self, request: Request, pk: str | None = None) -> Response:
        return self._change_membership("reinstate")

    @extend_schema(
        summary="Remove a member (staff)",
        request=MembershipChangeSerializer,
    )
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated, IsSecretariat])
    def remove(self, request: Request, pk: str | None = None) -> Response:
        return self._change_membership("remove")


def split_relations(data: dict, relations: Iterable[str]) -> tuple[dict, dict]:
    """Validated data as (plain fields, many-to-many relations), the shape the services take."""
    names = set(relations)
    fields = {key: value for key, value in data.items() if key not in names}
    related = {key: value for key, value in data.items() if key in names}
    return fields, related
