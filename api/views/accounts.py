"""Membership applications (reviewed by the secretariat), the signed-in user, and API tokens."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts import services
from accounts.models import MembershipApplication
from api.errors import Conflict
from api.filters import ApplicationFilter
from api.permissions import ScopedWrite
from api.schema import error_response
from api.serializers.accounts import (
    ApplicationSerializer,
    ApproveSerializer,
    MeSerializer,
    ReapplySerializer,
    RejectSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from api.throttling import LoginThrottle
from core.querysets import profile_of


@extend_schema_view(
    list=extend_schema(
        summary="List membership applications",
        description="Staff see every application; an applicant sees their own.",
    ),
    retrieve=extend_schema(summary="One membership application"),
)
class ApplicationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ApplicationSerializer
    permission_classes = [IsAuthenticated, ScopedWrite]
    filterset_class = ApplicationFilter
    ordering_fields = ["submitted_at", "reviewed_at"]
    ordering = ["-submitted_at", "-id"]

    def get_queryset(self) -> QuerySet:
        return MembershipApplication.objects.visible_to(self.request.user).select_related(
            "city", "startup", "applicant", "reviewed_by"
        )

    def get_editable_queryset(self) -> QuerySet:
        return MembershipApplication.objects.reviewable_by(self.request.user)

    @extend_schema(
        summary="Apply again after a rejection",
        description=(
            "A rejected applicant, having corrected the profile, applies again: a new pending application "
            "for the same organisation (the rejected one stays on record). 409 unless your latest "
            "application was rejected."
        ),
        request=ReapplySerializer,
        responses={201: ApplicationSerializer, 409: error_response(409)},
    )
    def create(self, request: Request) -> Response:
        serializer = ReapplySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            application = services.reapply(
                applicant=request.user, message=serializer.validated_data["message"]
            )
        except services.ApplicationError as exc:
            raise Conflict(str(exc)) from exc
        fresh = self.get_queryset().get(pk=application.pk)
        data = ApplicationSerializer(fresh, context=self.get_serializer_context()).data
        return Response(data, status=status.HTTP_201_CREATED)

    def _decide(self, decide, serializer_class) -> Response:
        application = self.get_object()
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        try:
            application = decide(
                application=application, reviewer=self.request.user, note=serializer.validated_data["note"]
            )
        except services.ApplicationError as exc:
            raise Conflict(str(exc)) from exc
        fresh = self.get_queryset().get(pk=application.pk)
        return Response(ApplicationSerializer(fresh, context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Approve an application",
        description="Approves the organisation's membership and the applicant's, with an audit entry.",
        request=ApproveSerializer,
        responses={200: ApplicationSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def approve(self, request: Request, pk: str | None = None) -> Response:
        return self._decide(services.approve_application, ApproveSerializer)

    @extend_schema(
        summary="Reject an application",
        description="A note is required: the applicant reads it.",
        request=RejectSerializer,
        responses={200: ApplicationSerializer, 409: error_response(409)},
    )
    @action(detail=True, methods=["post"])
    def reject(self, request: Request, pk: str | None = None) -> Response:
        return self._decide(services.reject_application, RejectSerializer)


class MeView(APIView):
    """Who am I: the signed-in user, their role and their city or startup."""

    permission_classes = [IsAuthenticated]

    @extend_schema(summary="Who am I", responses=MeSerializer)
    def get(self, request: Request) -> Response:
        user = request.user
        profile = profile_of(user)
        data = {
            "id": user.pk,
            "username": user.get_username(),
            "name": user.get_full_name(),
            "email": user.email,
            "role": profile.role if profile else None,
            "is_approved_member": bool(profile and profile.is_approved_member),
            "member_since": profile.member_since if profile else None,
            "city": profile.city if profile else None,
            "startup": profile.startup if profile else None,
        }
        return Response(MeSerializer(data).data)


class TokenView(APIView):
    """API tokens for scripts: obtain one with a username and password, or revoke yours."""

    def get_permissions(self) -> list:
        return [IsAuthenticated()] if self.request.method == "DELETE" else [AllowAny()]

    def get_throttles(self) -> list:
        throttles = super().get_throttles()
        return [LoginThrottle(), *throttles] if self.request.method == "POST" else throttles

    @extend_schema(
        summary="Obtain an API token",
        description=(
            "Send the token as `Authorization: Token <token>`. The same token is returned until revoked. "
            "After repeated failed attempts for one username from one address, that pair is locked out for "
            "a while: 429 with `code` `locked_out` and a `Retry-After` header, even for the right password."
        ),
        request=TokenRequestSerializer,
        responses={200: TokenSerializer, 400: error_response(400)},
        auth=[],
    )
    def post(self, request: Request) -> Response:
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(
            request=request._request,
            username=serializer.validated_data["username"],
            password=serializer.validated_data["password"],
        )
        if user is None or not user.is_active:
            raise serializers.ValidationError(
                {"non_field_errors": [_("Unable to sign in with these credentials.")]}
            )
        token, _created = Token.objects.get_or_create(user=user)
        return Response(TokenSerializer({"token": token.key}).data)

    @extend_schema(summary="Revoke your API token", request=None, responses={204: None})
    def delete(self, request: Request) -> Response:
        Token.objects.filter(user=request.user).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
