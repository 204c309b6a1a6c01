"""Responses to challenges (a startup proposes; the city shortlists, asks, declines or introduces),
outcomes of introductions, and the secretariat's funnel. Who may act is decided by the scoped QuerySets of
responses.models and outcomes.models; the writes are the services'."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.errors import Conflict
from api.filters import IdFilter
from api.permissions import IsSecretariat, MembershipNotEnded, ScopedWrite
from api.schema import error_response
from api.serializers.responses import (
    ChallengeResponseSerializer,
    FunnelSerializer,
    IntroductionOutcomeSerializer,
    OutcomeRecordSerializer,
    ResponseAnswerSerializer,
    ResponseDeclineSerializer,
    ResponseEditSerializer,
    ResponseIntroduceSerializer,
    ResponseQuestionSerializer,
    ResponseSubmitSerializer,
)
from core.models import Region
from core.querysets import profile_of
from introductions.services import IntroductionError
from outcomes.funnel import secretariat_funnel
from outcomes.models import IntroductionOutcome, Outcome, Side
from outcomes.services import OutcomeError, record_outcome
from responses import services
from responses.models import ChallengeResponse, ResponseStatus


class IsApprovedStartupMember(BasePermission):
    message = _("Only an approved member of a member startup can do this.")

    def has_permission(self, request, view) -> bool:
        profile = profile_of(request.user)
        if profile and profile.startup_id and not profile.is_approved_member:
            self.message = profile.refusal
        return bool(profile and profile.startup_id and profile.is_approved_member)


class ChallengeResponseFilter(filters.FilterSet):
    challenge = IdFilter(field_name="challenge_id")
    status = filters.ChoiceFilter(choices=ResponseStatus.choices)

    class Meta:
        model = ChallengeResponse
        fields = ["challenge", "status"]


def _django_errors(error: DjangoValidationError) -> serializers.ValidationError:
    return serializers.ValidationError(error.message_dict if hasattr(error, "error_dict") else error.messages)


@extend_schema_view(
    list=extend_schema(
        summary="List responses to challenges",
        description="Your startup's responses, or the responses to your city's challenges.",
    ),
    retrieve=extend_schema(summary="One response to a challenge"),
)
class ChallengeResponseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """An approved startup responds to an open challenge; the city's officials shortlist, ask a question,
    decline with a reason, or open an introduction from it; the startup answers the question."""

    serializer_class = ChallengeResponseSerializer
    filterset_class = ChallengeResponseFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ["-created_at", "-id"]

    def get_permissions(self) -> list:
        if self.action == "create":
            return [IsAuthenticated(), MembershipNotEnded(), IsApprovedStartupMember()]
        return [IsAuthenticated(), MembershipNotEnded(), ScopedWrite()]

    def get_queryset(self) -> QuerySet:
        return ChallengeResponse.objects.visible_to(self.request.user).select_related(
            "challenge", "startup", "listing"
        )

    def get_editable_queryset(self) -> QuerySet:
        """The startup's approved members edit and answer; the challenge's city's approved officials
        review."""
        if self.action in ("partial_update", "answer"):
            return ChallengeResponse.objects.editable_by(self.request.user)
        if self.action in ("shortlist", "ask", "decline", "introduce"):
            return ChallengeResponse.objects.reviewable_by(self.request.user)
        return ChallengeResponse.objects.none()

    def _output(self, response: ChallengeResponse, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=response.pk)
        return Response(
            ChallengeResponseSerializer(fresh, context=self.get_serializer_context()).data, status=code
        )

    def _run(self, write, *args, **kwargs) -> Response:
        try:
            response = write(*args, **kwargs)
        except (services.ResponseError, IntroductionError) as exc:
            raise Conflict(str(exc)) from exc
        except DjangoValidationError as exc:
            raise _django_errors(exc) from exc
        return self._output(response)

    @extend_schema(
        summary="Respond to a challenge",
        request=ResponseSubmitSerializer,
        responses={201: ChallengeResponseSerializer, 409: error_response(409)},
    )
    def create(self, request: Request) -> Response:
        serializer = ResponseSubmitSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        try:
            response = services.submit_response(
                challenge=data.pop("challenge"),
                startup=request.user.profile.startup,
                submitted_by=request.user,
                **data,
            )
        except services.ResponseError as exc:
            raise Conflict(str(exc)) from exc
        except DjangoValidationError as exc:
            raise _django_errors(exc) from exc
        return self._output(response, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Change a response",
        description="While the city has not acted on it and the challenge takes responses.",
        request=ResponseEditSerializer,
        responses={200: ChallengeResponseSerializer, 409: error_response(409)},
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        response = self.get_object()
        serializer = ResponseEditSerializer(
            data=request.data, partial=True, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        return self._run(
            services.edit_response, response=response, editor=request.user, fields=serializer.validated_data
        )

    @extend_schema(
        summary="Shortlist a response",
        request=None,
        responses={200: ChallengeResponseSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def shortlist(self, request: Request, pk: str | None = None) -> Response:
        return self._run(services.shortlist_response, response=self.get_object(), reviewer=request.user)

    @extend_schema(
        summary="Ask the startup a question",
        request=ResponseQuestionSerializer,
        responses={200: ChallengeResponseSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def ask(self, request: Request, pk: str | None = None) -> Response:
        response = self.get_object()
        serializer = ResponseQuestionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._run(
            services.ask_question, response=response, official=request.user, **serializer.validated_data
        )

    @extend_schema(
        summary="Answer the city's question",
        request=ResponseAnswerSerializer,
        responses={200: ChallengeResponseSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def answer(self, request: Request, pk: str | None = None) -> Response:
        response = self.get_object()
        serializer = ResponseAnswerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._run(
            services.answer_question, response=response, member=request.user, **serializer.validated_data
        )

    @extend_schema(
        summary="Decline a response",
        request=ResponseDeclineSerializer,
        responses={200: ChallengeResponseSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def decline(self, request: Request, pk: str | None = None) -> Response:
        response = self.get_object()
        serializer = ResponseDeclineSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._run(
            services.decline_response, response=response, reviewer=request.user, **serializer.validated_data
        )

    @extend_schema(
        summary="Open an introduction from a response",
        description="Asks to meet the startup, citing the challenge and the listing offered.",
        request=ResponseIntroduceSerializer,
        responses={200: ChallengeResponseSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def introduce(self, request: Request, pk: str | None = None) -> Response:
        response = self.get_object()
        serializer = ResponseIntroduceSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._run(
            services.introduce_from_response,
            response=response,
            official=request.user,
            **serializer.validated_data,
        )


class OutcomeFilter(filters.FilterSet):
    introduction = IdFilter(field_name="introduction_id")
    side = filters.ChoiceFilter(choices=Side.choices)
    outcome = filters.ChoiceFilter(choices=Outcome.choices)

    class Meta:
        model = IntroductionOutcome
        fields = ["introduction", "side", "outcome"]


@extend_schema_view(
    list=extend_schema(
        summary="List outcomes of introductions",
        description="Both sides' answers about your city's or your startup's introductions.",
    ),
    retrieve=extend_schema(summary="One side's outcome of an introduction"),
)
class IntroductionOutcomeViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """What came of accepted introductions, as each side tells it."""

    serializer_class = IntroductionOutcomeSerializer
    filterset_class = OutcomeFilter
    ordering_fields = ["recorded_at", "asked_at"]
    ordering = ["-id"]
    permission_classes = [IsAuthenticated, MembershipNotEnded]

    def get_queryset(self) -> QuerySet:
        return IntroductionOutcome.objects.visible_to(self.request.user)

    @extend_schema(
        summary="Record what came of an introduction",
        description="Your side's answer (city or startup); a later answer replaces the earlier.",
        request=OutcomeRecordSerializer,
        responses={200: IntroductionOutcomeSerializer, 409: error_response(409)},
    )
    def create(self, request: Request) -> Response:
        serializer = OutcomeRecordSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        try:
            row = record_outcome(user=request.user, **serializer.validated_data)
        except OutcomeError as exc:
            raise Conflict(str(exc)) from exc
        return Response(IntroductionOutcomeSerializer(row).data)


class FunnelView(APIView):
    """The secretariat's funnel: matches shown → introductions requested → accepted → meetings → pilots →
    contracts, domestic and overseas, in total and by region (staff only)."""

    permission_classes = [IsAuthenticated, IsSecretariat]

    @extend_schema(
        summary="The funnel from matches to contracts (staff)",
        parameters=[
            OpenApiParameter("region", OpenApiTypes.STR, description="A region code; all regions if absent.")
        ],
        responses={200: FunnelSerializer, 400: error_response(400), 403: error_response(403)},
    )
    def get(self, request: Request) -> Response:
        region = request.query_params.get("region", "")
        if region and not Region.objects.filter(code=region).exists():
            raise serializers.ValidationError({"region": [_("Unknown region.")]})
        return Response(FunnelSerializer(secretariat_funnel(region=region).as_dict()).data)
