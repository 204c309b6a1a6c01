"""Introductions: the request, the answers, and the contact details each side sees once accepted."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
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
from introductions.services import check_citations, check_cooldown
from startups.models import SolutionListing, Startup


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
        profile = profile_of(self.context["request"].user)
        try:
            check_citations(
                city=getattr(profile, "city", None),
                startup=attrs["startup"],
                listing=attrs.get("listing"),
                challenge=attrs.get("challenge"),
            )
            if profile is not None and profile.city_id:
                check_cooldown(city=profile.city, startup=attrs["startup"])
        except DjangoValidationError as error:  # the service's rules, as the page's form applies them
            raise serializers.ValidationError(error.message_dict) from None
        return attrs


class IntroductionAcceptSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class IntroductionDeclineSerializer(serializers.Serializer):
    decline_reason = serializers.ChoiceField(choices=DeclineReason.choices)
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class IntroductionWithdrawSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
