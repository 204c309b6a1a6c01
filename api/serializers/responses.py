"""Responses to challenges, outcomes of introductions and the secretariat's funnel."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from api.serializers.fields import ChallengeRefSerializer, ListingRefSerializer, StartupRefSerializer
from cities.models import CityChallenge
from core.querysets import profile_of
from introductions.models import Introduction
from outcomes.models import IntroductionOutcome, Outcome
from responses.models import ChallengeResponse
from responses.services import check_listing
from startups.models import SolutionListing


class ChallengeResponseSerializer(serializers.ModelSerializer):
    challenge = ChallengeRefSerializer(read_only=True)
    startup = StartupRefSerializer(read_only=True)
    listing = ListingRefSerializer(read_only=True, allow_null=True)
    introduction = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = ChallengeResponse
        fields = [
            "id",
            "challenge",
            "startup",
            "listing",
            "approach",
            "references",
            "question",
            "status",
            "decline_reason",
            "official_question",
            "asked_at",
            "answer",
            "answered_at",
            "introduction",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class _ResponseFields(serializers.Serializer):
    """The proposal's fields; the listing must be one of the user's startup's published listings."""

    listing = serializers.PrimaryKeyRelatedField(
        queryset=SolutionListing.objects.published(), help_text=_("One of your startup's published listings.")
    )
    approach = serializers.CharField(max_length=4000, help_text=_("How it would meet the need."))
    references = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    question = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")

    def validate_listing(self, listing):
        profile = profile_of(self.context["request"].user)
        try:
            check_listing(startup=getattr(profile, "startup", None), listing=listing)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.message_dict["listing"]) from None
        return listing


class ResponseSubmitSerializer(_ResponseFields):
    challenge = serializers.PrimaryKeyRelatedField(
        queryset=CityChallenge.objects.of_approved_cities(),
        help_text=_("An open challenge of a member city."),
    )


class ResponseEditSerializer(_ResponseFields):
    """Only the fields sent change (PATCH)."""

    references = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    question = serializers.CharField(max_length=1000, required=False, allow_blank=True)


class ResponseQuestionSerializer(serializers.Serializer):
    question = serializers.CharField(max_length=1000)


class ResponseAnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(max_length=2000)


class ResponseDeclineSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=1000, help_text=_("The startup sees it."))


class ResponseIntroduceSerializer(serializers.Serializer):
    message = serializers.CharField(max_length=4000, help_text=_("Your message to the startup."))


class IntroductionOutcomeSerializer(serializers.ModelSerializer):
    class Meta:
        model = IntroductionOutcome
        fields = ["id", "introduction", "side", "outcome", "note", "asked_at", "recorded_at"]
        read_only_fields = fields


class OutcomeRecordSerializer(serializers.Serializer):
    introduction = serializers.PrimaryKeyRelatedField(
        queryset=Introduction.objects.none(), help_text=_("One of your accepted introductions.")
    )
    outcome = serializers.ChoiceField(choices=Outcome.choices)
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "request" in self.context:
            self.fields["introduction"].queryset = Introduction.objects.visible_to(
                self.context["request"].user
            )


class FunnelStageSerializer(serializers.Serializer):
    stage = serializers.CharField(
        read_only=True, help_text=_("matches, requested, accepted, meetings, pilots or contracts")
    )
    label = serializers.CharField(read_only=True)
    total = serializers.IntegerField(read_only=True)
    domestic = serializers.IntegerField(read_only=True)
    overseas = serializers.IntegerField(read_only=True)


class FunnelRegionSerializer(serializers.Serializer):
    region = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    matches = serializers.IntegerField(read_only=True)
    requested = serializers.IntegerField(read_only=True)
    accepted = serializers.IntegerField(read_only=True)
    meetings = serializers.IntegerField(read_only=True)
    pilots = serializers.IntegerField(read_only=True)
    contracts = serializers.IntegerField(read_only=True)


class FunnelSerializer(serializers.Serializer):
    region = serializers.CharField(read_only=True, allow_null=True)
    stages = FunnelStageSerializer(many=True, read_only=True)
    by_region = FunnelRegionSerializer(many=True, read_only=True)
