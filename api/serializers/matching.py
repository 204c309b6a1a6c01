"""Stored matches (read only) and introductions."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.fields import (
    ChallengeRefSerializer,
    CityRefSerializer,
    ListingRefSerializer,
    OptionalEmailField,
    OptionalURLField,
    StartupRefSerializer,
)
from cities.models import CityChallenge
from core.querysets import is_secretariat, profile_of
from introductions.models import DeclineReason, Introduction, IntroductionStatus
from matching.models import Match
from matching.reasons.codes import ReasonCode
from matching.reasons.render import describe_all, enrich
from startups.models import SolutionListing, Startup

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


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField()
    email = OptionalEmailField()
    job_title = serializers.CharField(allow_blank=True)


class StartupContactSerializer(serializers.Serializer):
    name = serializers.CharField(help_text=_("The member who answered."))
    email = OptionalEmailField()
    startup_email = OptionalEmailField()
    website = OptionalURLField()


def _person(user) -> dict:
    if user is None:
        return {"name": "", "email": "", "job_title": ""}
    profile = getattr(user, "profile", None)
    return {
        "name": user.get_full_name() or user.get_username(),
        "email": user.email,
        "job_title": getattr(profile, "job_title", ""),
    }


class IntroductionSerializer(serializers.ModelSerializer):
    city = CityRefSerializer(read_only=True)
    startup = StartupRefSerializer(read_only=True)
    listing = ListingRefSerializer(read_only=True, allow_null=True)
    challenge = ChallengeRefSerializer(read_only=True, allow_null=True)
    decline_reason = serializers.ChoiceField(
        choices=DeclineReason.choices, allow_blank=True, read_only=True, help_text=_("Empty unless declined.")
    )
    city_contact = serializers.SerializerMethodField()
    startup_contact = serializers.SerializerMethodField()

    class Meta:
        model = Introduction
        fields = [
            "id",
            "city",
            "startup",
            "listing",
            "challenge",
            "message",
            "status",
            "match_score",
            "created_at",
            "expires_at",
            "responded_at",
            "response_note",
            "decline_reason",
            "city_contact",
            "startup_contact",
        ]
        read_only_fields = fields

    def _contacts_shown(self, introduction: Introduction) -> bool:
        """Each side's contact details appear once the startup has accepted (staff always see them)."""
        return introduction.status == IntroductionStatus.ACCEPTED or is_secretariat(
            self.context["request"].user
        )

    @extend_schema_field(ContactSerializer(allow_null=True))
    def get_city_contact(self, introduction: Introduction) -> dict | None:
        if not self._contacts_shown(introduction):
            return None
        return _person(introduction.requested_by)

    @extend_schema_field(StartupContactSerializer(allow_null=True))
    def get_startup_contact(self, introduction: Introduction) -> dict | None:
        if not self._contacts_shown(introduction):
            return None
        person = _person(introduction.responded_by)
        return {
            "name": person["name"],
            "email": person["email"],
            "startup_email": introduction.startup.contact_email,
            "website": introduction.startup.website,
        }


class IntroductionRequestSerializer(serializers.Serializer):
    """An official's request to meet a startup; the city is the official's own."""

    startup = serializers.PrimaryKeyRelatedField(
        queryset=Startup.objects.approved(), help_text=_("An approved startup.")
    )
    listing = serializers.PrimaryKeyRelatedField(
        queryset=SolutionListing.objects.published(),
        required=False,
        allow_null=True,
        help_text=_("One of the startup's published listings."),
    )
    challenge = serializers.PrimaryKeyRelatedField(
        queryset=CityChallenge.objects.none(),
        required=False,
        allow_null=True,
        help_text=_("One of your city's challenges."),
    )
    message = serializers.CharField(max_length=4000)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        profile = profile_of(self.context["request"].user) if "request" in self.context else None
        if profile is not None and profile.city_id:
            self.fields["challenge"].queryset = CityChallenge.objects.filter(city_id=profile.city_id)

    def validate(self, attrs: dict) -> dict:
        listing = attrs.get("listing")
        if listing is not None and listing.startup_id != attrs["startup"].pk:
            raise serializers.ValidationError({"listing": [_("This listing belongs to another startup.")]})
        return attrs


class IntroductionAcceptSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class IntroductionDeclineSerializer(serializers.Serializer):
    decline_reason = serializers.ChoiceField(choices=DeclineReason.choices)
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class IntroductionWithdrawSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
