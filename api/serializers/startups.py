"""Startups and their solution listings."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.fields import (
    CountryField,
    LanguageCodeField,
    LanguageCodesField,
    LogoUploadField,
    OptionalEmailField,
    OptionalURLField,
    RegionCodesField,
    SectorCodesField,
    StartupRefSerializer,
)
from core.querysets import is_secretariat, profile_of
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing, Startup
from startups.services import STARTUP_FIELDS, check_concept_codes


class StartupSerializer(serializers.ModelSerializer):
    country_name = serializers.CharField(read_only=True)
    sectors = SectorCodesField(read_only=True)
    languages = LanguageCodesField(read_only=True)
    target_regions = RegionCodesField(read_only=True)
    website = OptionalURLField(read_only=True)
    contact_email = serializers.SerializerMethodField()

    class Meta:
        model = Startup
        fields = [
            "id",
            "name",
            "country",
            "country_name",
            "founded_year",
            "stage",
            "team_size",
            "website",
            "contact_email",
            "description",
            "description_language",
            "sectors",
            "languages",
            "target_regions",
            "logo",
            "membership_status",
            "joined_on",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(OptionalEmailField(allow_null=True))
    def get_contact_email(self, startup: Startup) -> str | None:
        """Contact details are for the startup's own members and staff; cities get them through an accepted
        introduction."""
        user = self.context["request"].user
        profile = profile_of(user)
        if is_secretariat(user) or (profile and profile.startup_id == startup.pk):
            return startup.contact_email
        return None


class StartupUpdateSerializer(serializers.ModelSerializer):
    country = CountryField(required=False)
    description_language = LanguageCodeField()
    sectors = SectorCodesField(required=False)
    languages = LanguageCodesField(required=False)
    target_regions = RegionCodesField(required=False)
    website = OptionalURLField(required=False)
    contact_email = OptionalEmailField(required=False)
    logo = LogoUploadField()

    class Meta:
        model = Startup
        fields = list(STARTUP_FIELDS)
        validators: list = []


class DeploymentSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReferenceDeployment
        fields = ["id", "city_name", "country", "population", "member_city", "since_year", "description"]
        read_only_fields = fields


class DeploymentWriteSerializer(serializers.ModelSerializer):
    country = CountryField()

    class Meta:
        model = ReferenceDeployment
        fields = ["city_name", "country", "population", "since_year", "description"]
        validators: list = []


class ListingSerializer(serializers.ModelSerializer):
    startup = StartupRefSerializer(read_only=True)
    sectors = SectorCodesField(read_only=True)
    languages_supported = LanguageCodesField(read_only=True)
    deployments = DeploymentSerializer(many=True, read_only=True)
    hidden_concepts = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = SolutionListing
        fields = [
            "id",
            "startup",
            "title",
            "summary",
            "description",
            "language",
            "sectors",
            "maturity",
            "pricing_model",
            "languages_supported",
            "status",
            "published_at",
            "hidden_concepts",
            "deployments",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ListingWriteSerializer(serializers.ModelSerializer):
    """A new listing or an edit. `startup` defaults to the member's own startup; staff name it."""

    startup = serializers.PrimaryKeyRelatedField(
        queryset=Startup.objects.none(),
        required=False,
        help_text=_("The startup offering the solution; defaults to your own startup."),
    )
    language = LanguageCodeField()
    sectors = SectorCodesField(required=False)
    languages_supported = LanguageCodesField(required=False)
    status = serializers.ChoiceField(
        choices=ListingStatus.choices,
        required=False,
        help_text=_("`published` makes the listing public once its startup is approved."),
    )
    hidden_concepts = serializers.ListField(
        child=serializers.CharField(),
        required=False,
        help_text=_(
            "Codes of the concepts read from the text that are wrong for this solution: not shown on its "
            "page nor named in the reasons of its matches."
        ),
    )

    class Meta:
        model = SolutionListing
        fields = [
            "startup",
            "title",
            "summary",
            "description",
            "language",
            "sectors",
            "maturity",
            "pricing_model",
            "languages_supported",
            "status",
            "hidden_concepts",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if self.instance is not None:
            self.fields.pop("startup")
        elif request is not None:
            self.fields["startup"].queryset = Startup.objects.editable_by(request.user)

    def validate_hidden_concepts(self, codes: list[str]) -> list[str]:
        try:
            check_concept_codes(codes)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.message_dict["hidden_concepts"]) from None
        return list(dict.fromkeys(codes))

    def validate(self, attrs: dict) -> dict:
        if self.instance is None and "startup" not in attrs:
            profile = profile_of(self.context["request"].user)
            own = self.fields["startup"].queryset.filter(pk=getattr(profile, "startup_id", None)).first()
            if own is None:
                raise serializers.ValidationError({"startup": [_("Say which startup offers this solution.")]})
            attrs["startup"] = own
        startup = attrs["startup"] if self.instance is None else self.instance.startup
        publishing = attrs.get("status") == ListingStatus.PUBLISHED and not (
            self.instance is not None and self.instance.is_published
        )
        if publishing and not startup.is_public:  # the service's ListingError, as a field error
            raise serializers.ValidationError(
                {"status": [_("You can publish listings once the secretariat has approved your membership.")]}
            )
        return attrs
