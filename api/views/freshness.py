"""Stale profiles (secretariat only): approved startups whose profile and published listings were all last
edited PROFILE_STALE_AFTER_DAYS ago or more, oldest first."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.permissions import IsAuthenticated

from api.permissions import IsSecretariat
from api.schema import error_response
from api.serializers.freshness import StaleProfileSerializer
from startups.models import SolutionListing, Startup


@extend_schema_view(
    list=extend_schema(
        summary="List stale profiles",
        description=(
            "Secretariat only. Approved startups not updated for the configured time (12 months by default), "
            "oldest first: when they were reminded, whether their matches are ranked lower (the grace period "
            "after the reminder has passed), and their published listings not updated either."
        ),
        responses={200: StaleProfileSerializer(many=True), 403: error_response(403)},
    )
)
class StaleProfileViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = StaleProfileSerializer
    permission_classes = [IsAuthenticated, IsSecretariat]
    filter_backends: list = []

    def get_queryset(self) -> QuerySet:
        now = timezone.now()
        stale_listings = SolutionListing.objects.stale(now=now)
        return Startup.objects.stale(now=now).prefetch_related(
            Prefetch("listings", queryset=stale_listings, to_attr="stale_listings")
        )

    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        if getattr(self, "swagger_fake_view", False):
            return context
        context["ranked_lower"] = set(Startup.objects.ranked_lower().values_list("pk", flat=True))
        return context
