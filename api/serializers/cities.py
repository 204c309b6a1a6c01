"""Member cities and their challenges: output serializers for reads, input serializers for writes."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from api.serializers.fields import (
    CityRefSerializer,
    LanguageCodeField,
    LanguageCodesField,
    LogoUploadField,
    OptionalURLField,
    SectorCodesField,
)
from cities.models import CityChallenge, MemberCity
from core.querysets import profile_of


class CitySerializer(serializers.ModelSerializer):
    region = serializers.SlugRelatedField(slug_field="code", read_only=True)
    country_name = serializers.CharField(read_only=True)
    languages = LanguageCodesField(read_only=True)
    priority_sectors = SectorCodesField(read_only=True)
    website = OptionalURLField(read_only=True)

    class Meta:
        model = MemberCity
        fields = [
            "id",
            "name",
            "country",
            "country_name",
            "region",
            "population",
            "languages",
            "priority_sectors",
            "profile",
            "profile_language",
            "website",
            "logo",
            "latitude",
            "longitude",
            "membership_status",
            "joined_on",
            "updated_at",
        ]
        read_only_fields = fields


class CityUpdateSerializer(serializers.ModelSerializer):
    """What an official may change on their city. Country, region and membership are the secretariat's."""

    profile_language = LanguageCodeField()
    languages = LanguageCodesField(required=False)
    priority_sectors = SectorCodesField(required=False)
    website = OptionalURLField(required=False)
    logo = LogoUploadField()

    class Meta:
        model = MemberCity
        fields = [
            "name",
            "population",
            "profile",
            "profile_language",
            "website",
            "languages",
            "priority_sectors",
            "logo",
        ]
        # Uniqueness of (name, country) is checked by the service's full_clean, with a field message.
        validators: list = []


class ChallengeSerializer(serializers.ModelSerializer):
    city = CityRefSerializer(read_only=True)
    sectors = SectorCodesField(read_only=True)

    class Meta:
        model = CityChallenge
        fields = [
            "id",
            "city",
            "title",
            "description",
            "language",
            "sectors",
            "status",
            "deadline",
            "created_at",
            "updated_at",
            "closed_at",
        ]
        read_only_fields = fields


class ChallengeWriteSerializer(serializers.ModelSerializer):
    """A new challenge or an edit. `city` defaults to the official's own city; staff name it."""

    city = serializers.PrimaryKeyRelatedField(
        queryset=MemberCity.objects.none(),
        required=False,
        help_text=_("The city posting the challenge; defaults to your own city."),
    )
    language = LanguageCodeField()
    sectors = SectorCodesField(required=False)

    class Meta:
        model = CityChallenge
        fields = ["city", "title", "description", "language", "sectors", "deadline"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if self.instance is not None:
            # The city of an existing challenge does not change.
            self.fields.pop("city")
        elif request is not None:
            self.fields["city"].queryset = MemberCity.objects.editable_by(request.user)

    def validate(self, attrs: dict) -> dict:
        if self.instance is None and "city" not in attrs:
            profile = profile_of(self.context["request"].user)
            own = self.fields["city"].queryset.filter(pk=getattr(profile, "city_id", None)).first()
            if own is None:
                raise serializers.ValidationError({"city": [_("Say which city posts this challenge.")]})
            attrs["city"] = own
        return attrs
