"""Introductions: a city official asks to meet a startup; the startup accepts or declines; the city may
withdraw. Who may act is decided by the scoped QuerySets of introductions.models."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from api.errors import Conflict
from api.filters import IntroductionFilter
from api.permissions import IsApprovedCityOfficial, MembershipNotEnded, ScopedWrite
from api.schema import error_response
from api.serializers.introductions import (
    IntroductionAcceptSerializer,
    IntroductionDeclineSerializer,
    IntroductionRequestSerializer,
    IntroductionSerializer,
    IntroductionWithdrawSerializer,
)
from introductions import services
from introductions.models import Introduction


@extend_schema_view(
    list=extend_schema(
        summary="List introductions",
        description="Your city's or your startup's introductions. Contact details appear once accepted.",
    ),
    retrieve=extend_schema(summary="One introduction"),
)
class IntroductionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """A city official asks to meet a startup; the startup accepts or declines; the city may withdraw."""

    serializer_class = IntroductionSerializer
    filterset_class = IntroductionFilter
    ordering_fields = ["created_at", "expires_at"]
    ordering = ["-created_at", "-id"]

    def get_permissions(self) -> list:
        if self.action == "create":
            return [IsAuthenticated(), MembershipNotEnded(), IsApprovedCityOfficial()]
        return [IsAuthenticated(), MembershipNotEnded(), ScopedWrite()]

    def get_queryset(self) -> QuerySet:
        return Introduction.objects.visible_to(self.request.user).select_related(
            "city", "startup", "listing", "challenge", "requested_by__profile", "responded_by__profile"
        )

    def get_editable_queryset(self) -> QuerySet:
        """The startup's approved members answer; the requesting city's approved officials withdraw."""
        if self.action == "withdraw":
            return Introduction.objects.withdrawable_by(self.request.user)
        if self.action in ("accept", "decline"):
            return Introduction.objects.answerable_by(self.request.user)
        return Introduction.objects.none()

    def _output(self, introduction: Introduction) -> dict:
        fresh = self.get_queryset().get(pk=introduction.pk)
        return IntroductionSerializer(fresh, context=self.get_serializer_context()).data

    @extend_schema(
        summary="Ask to meet a startup",
        request=IntroductionRequestSerializer,
        responses={201: IntroductionSerializer, 409: error_response(409)},
    )
    def create(self, request: Request) -> Response:
        serializer = IntroductionRequestSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            introduction = services.request_introduction(
                city=request.user.profile.city,
                startup=data["startup"],
                requested_by=request.user,
                message=data["message"],
                listing=data.get("listing"),
                challenge=data.get("challenge"),
            )
        except services.IntroductionError as exc:
            raise Conflict(str(exc)) from exc
        return Response(self._output(introduction), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Accept an introduction",
        request=IntroductionAcceptSerializer,
        responses={200: IntroductionSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def accept(self, request: Request, pk: str | None = None) -> Response:
        introduction = self.get_object()
        serializer = IntroductionAcceptSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._respond(introduction, accept=True, note=serializer.validated_data["note"])

    @extend_schema(
        summary="Decline an introduction",
        request=IntroductionDeclineSerializer,
        responses={200: IntroductionSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def decline(self, request: Request, pk: str | None = None) -> Response:
        introduction = self.get_object()
        serializer = IntroductionDeclineSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._respond(
            introduction,
            accept=False,
            note=serializer.validated_data["note"],
            decline_reason=serializer.validated_data["decline_reason"],
        )

    def _respond(self, introduction: Introduction, **answer) -> Response:
        try:
            introduction = services.respond_to_introduction(
                introduction=introduction, responder=self.request.user, **answer
            )
        except services.IntroductionError as exc:
            raise Conflict(str(exc)) from exc
        return Response(self._output(introduction))

    @extend_schema(
        summary="Withdraw a request",
        request=IntroductionWithdrawSerializer,
        responses={200: IntroductionSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request: Request, pk: str | None = None) -> Response:
        introduction = self.get_object()
        serializer = IntroductionWithdrawSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            introduction = services.withdraw_introduction(
                introduction=introduction, requester=request.user, note=serializer.validated_data["note"]
            )
        except services.IntroductionError as exc:
            raise Conflict(str(exc)) from exc
        return Response(self._output(introduction))
