"""Stored matches (read only: the worker writes them), with their reasons as stored and in words."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.fields import (
    ChallengeRefSerializer,
    CityRefSerializer,
    ListingRefSerializer,
    StartupRefSerializer,
)
from matching.models import Match
from matching.reasons.codes import ReasonCode
from matching.reasons.render import describe_all, enrich

REASON_CODES = [code.value for code in ReasonCode]

REASON_SCHEMA = {
    "type": "array",
    "description": (
        "The reasons as stored: a `code` and its values (ids, codes), with the titles and places the ids "
        "refer to filled in (see matching/reasons/codes.py)."
    ),
    "items": {
        "type": "object",
        "properties": {"code": {"type": "string", "enum": REASON_CODES}},
        "required": ["code"],
        "additionalProperties": True,
    },
}


class MatchSerializer(serializers.ModelSerializer):
    city = CityRefSerializer(read_only=True)
    startup = StartupRefSerializer(read_only=True)
    listing = ListingRefSerializer(read_only=True, allow_null=True)
    challenge = ChallengeRefSerializer(read_only=True, allow_null=True)
    reasons = serializers.SerializerMethodField()
    reasons_text = serializers.SerializerMethodField()
    algorithm_version = serializers.CharField(source="run.algorithm_version", read_only=True)
    run = serializers.IntegerField(
        source="run_id", read_only=True, help_text=_("The scoring run it belongs to.")
    )

    class Meta:
        model = Match
        fields = [
            "id",
            "city",
            "startup",
            "score",
            "relevance",
            "sector_fit",
            "proof",
            "reach",
            "readiness",
            "overseas",
            "listing",
            "challenge",
            "reasons",
            "reasons_text",
            "city_rank",
            "startup_rank",
            "run",
            "algorithm_version",
        ]
        read_only_fields = fields

    @extend_schema_field(REASON_SCHEMA)
    def get_reasons(self, match: Match) -> list[dict]:
        """The stored reasons (codes and ids), with the titles and places they refer to filled in."""
        return enrich(match.reasons, match)

    def get_reasons_text(self, match: Match) -> list[str]:
        """The reasons in words, in the request's language (Accept-Language: en or ko), addressed to the
        city's officials or, for a startup's members, to the startup."""
        return describe_all(enrich(match.reasons, match), reader=self.context.get("reader", "city"))
