"""Member cities and their challenges."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import membership_refusal
from api.filters import ChallengeFilter, CityFilter
from api.schema import error_response
from api.serializers.cities import (
    ChallengeSerializer,
    ChallengeWriteSerializer,
    CitySerializer,
    CityUpdateSerializer,
)
from api.views.base import MembershipActionsMixin, ScopedViewSet, split_relations
from cities import services
from cities.models import CityChallenge, MemberCity
from core.models import Language, Sector


@extend_schema_view(
    list=extend_schema(summary="List member cities", description="Approved cities; your own city too."),
    retrieve=extend_schema(summary="One member city"),
    suspend=extend_schema(responses={200: CitySerializer, 409: error_response(409)}),
    reinstate=extend_schema(responses={200: CitySerializer, 409: error_response(409)}),
    remove=extend_schema(responses={200: CitySerializer, 409: error_response(409)}),
)
class CityViewSet(MembershipActionsMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    """Member cities. Officials edit their own city; staff edit any."""

    serializer_class = CitySerializer
    filterset_class = CityFilter
    ordering_fields = ["name", "population", "joined_on"]
    ordering = ["name", "id"]

    def get_queryset(self) -> QuerySet:
        return (
            MemberCity.objects.visible_to(self.request.user)
            .select_related("region")
            .prefetch_related(
                Prefetch("languages", queryset=Language.objects.only("code")),
                Prefetch("priority_sectors", queryset=Sector.objects.only("code", "position")),
            )
        )

    def get_editable_queryset(self) -> QuerySet:
        return MemberCity.objects.editable_by(self.request.user)

    @extend_schema(summary="Edit a city", request=CityUpdateSerializer, responses=CitySerializer)
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        city = self.get_object()
        serializer = CityUpdateSerializer(city, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        fields, relations = split_relations(serializer.validated_data, ["languages", "priority_sectors"])
        services.update_city(city=city, fields=fields, relations=relations)
        return Response(self.output(city))


@extend_schema_view(
    list=extend_schema(summary="List challenges", description="Challenges of approved cities (and yours)."),
    retrieve=extend_schema(summary="One challenge"),
)
class ChallengeViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    """What member cities want solved. Officials post and edit their city's challenges."""

    serializer_class = ChallengeSerializer
    filterset_class = ChallengeFilter
    ordering_fields = ["created_at", "deadline", "title"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self) -> QuerySet:
        return (
            CityChallenge.objects.visible_to(self.request.user)
            .select_related("city")
            .prefetch_related(Prefetch("sectors", queryset=Sector.objects.only("code", "position")))
        )

    def get_editable_queryset(self) -> QuerySet:
        return CityChallenge.objects.editable_by(self.request.user)

    @extend_schema(
        summary="Post a challenge", request=ChallengeWriteSerializer, responses={201: ChallengeSerializer}
    )
    def create(self, request: Request) -> Response:
        if not MemberCity.objects.editable_by(request.user).exists():
            raise PermissionDenied(
                membership_refusal(request.user)
                or _("Only a city's officials (or staff) can post its challenges.")
            )
        serializer = ChallengeWriteSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        challenge = services.create_challenge(
            city=data["city"],
            title=data["title"],
            description=data["description"],
            sectors=data.get("sectors", []),
            language=data.get("language", ""),
            deadline=data.get("deadline"),
        )
        return Response(self.output(challenge), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit a challenge", request=ChallengeWriteSerializer, responses=ChallengeSerializer
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        challenge = self.get_object()
        serializer = ChallengeWriteSerializer(
            challenge, data=request.data, partial=True, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        fields, relations = split_relations(serializer.validated_data, ["sectors"])
        services.update_challenge(challenge=challenge, fields=fields, relations=relations)
        return Response(self.output(challenge))

    @extend_schema(summary="Close a challenge", request=None, responses=ChallengeSerializer)
    @action(detail=True, methods=["post"])
    def close(self, request: Request, pk: str | None = None) -> Response:
        challenge = services.close_challenge(challenge=self.get_object())
        return Response(self.output(challenge))

    @extend_schema(summary="Reopen a challenge", request=None, responses=ChallengeSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str | None = None) -> Response:
        challenge = services.reopen_challenge(challenge=self.get_object())
        return Response(self.output(challenge))
