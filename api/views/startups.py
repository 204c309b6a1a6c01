"""Startups and their solution listings (`solutions/`)."""

from __future__ import annotations

from urllib.parse import quote

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import membership_refusal
from api.filters import ListingFilter, StartupFilter
from api.pagination import CataloguePagination
from api.schema import error_response
from api.serializers.startups import (
    DeploymentWriteSerializer,
    ListingSerializer,
    ListingWriteSerializer,
    StartupSerializer,
    StartupUpdateSerializer,
)
from api.throttling import AnonThrottle, SearchThrottle, UserThrottle
from api.views.base import MembershipActionsMixin, ScopedViewSet, split_relations
from core.models import Language, Region, Sector
from core.search import parse_query
from startups import services
from startups.models import ReferenceDeployment, SolutionListing, Startup

_SECTORS = Prefetch("sectors", queryset=Sector.objects.only("code", "position"))


@extend_schema_view(
    list=extend_schema(summary="List startups", description="Approved startups; your own startup too."),
    retrieve=extend_schema(summary="One startup"),
    suspend=extend_schema(responses={200: StartupSerializer, 409: error_response(409)}),
    reinstate=extend_schema(responses={200: StartupSerializer, 409: error_response(409)}),
    remove=extend_schema(responses={200: StartupSerializer, 409: error_response(409)}),
)
class StartupViewSet(MembershipActionsMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    """Startups. Their members edit their own startup; staff edit any. `contact_email` is shown to the
    startup's members and staff only."""

    serializer_class = StartupSerializer
    filterset_class = StartupFilter
    pagination_class = CataloguePagination
    ordering_fields = ["name", "founded_year", "team_size", "joined_on"]
    ordering = ["name", "id"]

    def get_queryset(self) -> QuerySet:
        return Startup.objects.visible_to(self.request.user).prefetch_related(
            _SECTORS,
            Prefetch("languages", queryset=Language.objects.only("code", "name")),
            Prefetch("target_regions", queryset=Region.objects.only("code", "position")),
        )

    def get_editable_queryset(self) -> QuerySet:
        return Startup.objects.editable_by(self.request.user)

    @extend_schema(summary="Edit a startup", request=StartupUpdateSerializer, responses=StartupSerializer)
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        startup = self.get_object()
        serializer = StartupUpdateSerializer(startup, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        fields, relations = split_relations(
            serializer.validated_data, ["sectors", "languages", "target_regions"]
        )
        services.update_startup(startup=startup, fields=fields, relations=relations)
        return Response(self.output(startup))


@extend_schema_view(
    list=extend_schema(
        summary="List solution listings",
        description="Published listings of approved startups; your own startup's drafts too.",
    ),
    retrieve=extend_schema(summary="One solution listing"),
)
class ListingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    """Solution listings. Startup members publish and edit their own startup's listings."""

    serializer_class = ListingSerializer
    filterset_class = ListingFilter
    ordering_fields = ["published_at", "created_at", "title"]
    ordering = ["-published_at", "-id"]
    search_ranked = True  # a ?search= comes best first (api.filters.StableOrderingFilter)
    pagination_class = CataloguePagination
    throttle_classes = [AnonThrottle, UserThrottle, SearchThrottle]

    def list(self, request: Request, *args, **kwargs) -> Response:
        """The list; when the search was cut to its first words or topics, the `Search-Query-Cut` header
        says what was searched."""
        response = super().list(request, *args, **kwargs)
        parsed = parse_query(request.query_params.get("search", ""))
        if parsed.cut:
            response["Search-Query-Cut"] = quote(parsed.text)
        return response

    def get_queryset(self) -> QuerySet:
        return (
            SolutionListing.objects.visible_to(self.request.user)
            .with_startup()
            .prefetch_related(
                _SECTORS,
                Prefetch("languages_supported", queryset=Language.objects.only("code", "name")),
                "deployments",
            )
        )

    def get_editable_queryset(self) -> QuerySet:
        return SolutionListing.objects.editable_by(self.request.user)

    @extend_schema(
        summary="Publish a listing", request=ListingWriteSerializer, responses={201: ListingSerializer}
    )
    def create(self, request: Request) -> Response:
        if not Startup.objects.editable_by(request.user).exists():
            raise PermissionDenied(
                membership_refusal(request.user)
                or _("Only a startup's members (or staff) can publish its listings.")
            )
        serializer = ListingWriteSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        fields, relations = split_relations(serializer.validated_data, ["sectors", "languages_supported"])
        startup = fields.pop("startup")
        listing = services.create_listing(startup=startup, fields=fields, relations=relations)
        return Response(self.output(listing), status=status.HTTP_201_CREATED)

    @extend_schema(summary="Edit a listing", request=ListingWriteSerializer, responses=ListingSerializer)
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        listing = self.get_object()
        serializer = ListingWriteSerializer(
            listing, data=request.data, partial=True, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        fields, relations = split_relations(serializer.validated_data, ["sectors", "languages_supported"])
        services.update_listing(listing=listing, fields=fields, relations=relations)
        return Response(self.output(listing))

    @extend_schema(summary="Delete a listing", responses={204: None})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        services.delete_listing(listing=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Add a reference deployment",
        description="A city where the solution already runs.",
        request=DeploymentWriteSerializer,
        responses={201: ListingSerializer},
    )
    @action(detail=True, methods=["post"], url_path="deployments")
    def add_deployment(self, request: Request, pk: str | None = None) -> Response:
        listing = self.get_object()
        serializer = DeploymentWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.add_deployment(listing=listing, fields=serializer.validated_data)
        return Response(self.output(listing), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Remove a reference deployment",
        parameters=[OpenApiParameter("deployment_id", int, OpenApiParameter.PATH)],
        request=None,
        responses={204: None},
    )
    @action(detail=True, methods=["delete"], url_path="deployments/<id:deployment_id>")
    def remove_deployment(self, request: Request, pk: int | None = None, deployment_id: int = 0) -> Response:
        listing = self.get_object()
        deployment = ReferenceDeployment.objects.filter(listing=listing, pk=deployment_id).first()
        if deployment is None:
            raise Http404
        services.remove_deployment(deployment=deployment)
        return Response(status=status.HTTP_204_NO_CONTENT)
