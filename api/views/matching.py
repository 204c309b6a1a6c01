"""Stored matches (read only: the worker writes them)."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticated

from api.filters import MatchFilter
from api.pagination import PagePagination, WholeListCursorPagination
from api.schema import ACCEPT_LANGUAGE
from api.serializers.matching import (
    MatchSerializer,
)
from core.querysets import is_secretariat, profile_of
from matching.models import Match


@extend_schema_view(
    list=extend_schema(
        summary="List matches",
        description=(
            "Stored matches you may see: your city's (in the city's rank order) or your startup's (in the "
            "startup's rank order); staff see all. Staff's list of every match (no `city` or `startup`) is "
            "paged with `cursor` in id order and its `count` is an estimate past 10,000 rows (it has "
            "hundreds of thousands); "
            "with `city` or `startup` it is paged with `page` like the others. `reasons_text` is in the "
            "language of `Accept-Language`."
        ),
        parameters=[ACCEPT_LANGUAGE],
    ),
    retrieve=extend_schema(summary="One match", parameters=[ACCEPT_LANGUAGE]),
)
class MatchViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = MatchSerializer
    permission_classes = [IsAuthenticated]
    filterset_class = MatchFilter
    ordering_fields = ["score", "city_rank", "startup_rank"]
    ordering = None  # the default order depends on who asks: see get_queryset
    pagination_class = PagePagination  # the schema's; staff's whole list: see `paginator`

    @property
    def paginator(self):
        """Page numbers and a count, except for staff's list of every match: a cursor (see the list's
        description), so that no request counts or sorts the whole stored set."""
        if not hasattr(self, "_paginator"):
            self._paginator = WholeListCursorPagination() if self._whole_list() else PagePagination()
        return self._paginator

    def _whole_list(self) -> bool:
        params = self.request.query_params
        return (
            self.action == "list"
            and is_secretariat(self.request.user)
            and not params.get("city")
            and not params.get("startup")
        )

    def get_queryset(self) -> QuerySet:
        user = self.request.user
        # not the run's text index (hundreds of kB, once per row) nor the listing's search index
        queryset = (
            Match.objects.visible_to(user)
            .select_related("run", "city", "startup", "listing", "challenge", "deployment")
            .defer("run__text_index", "listing__search_vector")
        )
        profile = profile_of(user)
        if profile and profile.city_id:
            return queryset.order_by("city_rank", "id")
        if profile and profile.startup_id:
            return queryset.order_by("startup_rank", "id")
        if self._whole_list():
            return queryset.order_by("id")
        return queryset.order_by("-score", "id")

    def get_serializer_context(self) -> dict:
        """`reasons_text` speaks to whoever reads it: the startup's members, or else the city."""
        profile = profile_of(self.request.user)
        reader = "startup" if profile is not None and profile.startup_id else "city"
        return {**super().get_serializer_context(), "reader": reader}
