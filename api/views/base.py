from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticatedOrReadOnly

from api.permissions import ScopedWrite


class ScopedViewSet(viewsets.GenericViewSet):
    """Public reads of what `visible_to(user)` allows; writes on what `get_editable_queryset()` allows."""

    permission_classes = [IsAuthenticatedOrReadOnly, ScopedWrite]

    def get_editable_queryset(self) -> QuerySet:
        raise NotImplementedError

    def output(self, instance: Any) -> dict:
        """The representation of a written object, re-read through the scoped, prefetched queryset."""
        fresh = self.get_queryset().get(pk=instance.pk)
        return self.serializer_class(fresh, context=self.get_serializer_context()).data


def split_relations(data: dict, relations: Iterable[str]) -> tuple[dict, dict]:
    """Validated data as (plain fields, many-to-many relations), the shape the services take."""
    names = set(relations)
    fields = {key: value for key, value in data.items() if key not in names}
    related = {key: value for key, value in data.items() if key in names}
    return fields, related
