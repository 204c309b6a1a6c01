"""Feedback marks: an approved official marks a startup for the city (not relevant, already in touch) and
may undo the mark; the next re-score applies it (matching.feedback). Only the city's officials and the
secretariat read them."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from api.errors import Conflict
from api.permissions import IsApprovedCityOfficial, MembershipNotEnded
from api.schema import error_response
from api.serializers.feedback import MatchFeedbackCreateSerializer, MatchFeedbackSerializer
from matching import feedback
from matching.models import MatchFeedback


@extend_schema_view(
    list=extend_schema(summary="List your city's feedback marks", description="Undone marks included."),
    retrieve=extend_schema(summary="One feedback mark"),
)
class MatchFeedbackViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = MatchFeedbackSerializer
    ordering_fields = ["created_at"]
    ordering = ["-created_at", "-id"]

    def get_permissions(self) -> list:
        if self.action in ("create", "destroy"):
            return [IsAuthenticated(), MembershipNotEnded(), IsApprovedCityOfficial()]
        return [IsAuthenticated(), MembershipNotEnded()]

    def get_queryset(self) -> QuerySet:
        if self.action == "destroy":
            return MatchFeedback.objects.editable_by(self.request.user)
        return MatchFeedback.objects.visible_to(self.request.user)

    @extend_schema(
        summary="Mark a recommended startup",
        request=MatchFeedbackCreateSerializer,
        responses={201: MatchFeedbackSerializer, 409: error_response(409)},
    )
    def create(self, request: Request) -> Response:
        serializer = MatchFeedbackCreateSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        try:
            mark = feedback.mark_match(official=request.user, **serializer.validated_data)
        except feedback.MarkConflict as exc:
            raise Conflict(exc.messages[0]) from exc
        return Response(MatchFeedbackSerializer(mark).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Undo a feedback mark", responses={204: None, 409: error_response(409)})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        try:
            feedback.undo_mark(official=request.user, mark=self.get_object())
        except feedback.MarkConflict as exc:
            raise Conflict(exc.messages[0]) from exc
        return Response(status=status.HTTP_204_NO_CONTENT)
