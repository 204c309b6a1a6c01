"""Membership applications, the signed-in user, and API tokens."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import MembershipApplication, Role
from api.serializers.fields import CityRefSerializer, OptionalEmailField, StartupRefSerializer


class OrganisationSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["city", "startup"])
    id = serializers.IntegerField()
    name = serializers.CharField()
    country = serializers.CharField()
    membership_status = serializers.CharField()


class ApplicantSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    name = serializers.CharField()
    email = OptionalEmailField()


class ApplicationSerializer(serializers.ModelSerializer):
    organisation = serializers.SerializerMethodField()
    applicant = serializers.SerializerMethodField()
    reviewed_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = MembershipApplication
        fields = [
            "id",
            "kind",
            "organisation",
            "applicant",
            "message",
            "status",
            "submitted_at",
            "reviewed_by",
            "reviewed_at",
            "review_note",
        ]
        read_only_fields = fields

    @extend_schema_field(OrganisationSerializer)
    def get_organisation(self, application: MembershipApplication) -> dict:
        organisation = application.organisation
        return {
            "kind": application.kind,
            "id": organisation.pk,
            "name": organisation.name,
            "country": organisation.country,
            "membership_status": organisation.membership_status,
        }

    @extend_schema_field(ApplicantSerializer(allow_null=True))
    def get_applicant(self, application: MembershipApplication) -> dict | None:
        user = application.applicant
        if user is None:
            return None
        return {
            "id": user.pk,
            "username": user.get_username(),
            "name": user.get_full_name(),
            "email": user.email,
        }


class ApproveSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class RejectSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=4000, help_text=_("Required: the applicant reads it."))


class ReapplySerializer(serializers.Serializer):
    message = serializers.CharField(
        max_length=4000,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Optional: what you corrected since the secretariat's decision."),
    )


class MembershipChangeSerializer(serializers.Serializer):
    note = serializers.CharField(
        max_length=4000, help_text=_("Required: recorded in the audit trail; the members read why.")
    )


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    name = serializers.CharField()
    email = OptionalEmailField()
    role = serializers.ChoiceField(choices=Role.choices, allow_null=True)
    is_approved_member = serializers.BooleanField(
        help_text=_(
            "True while you may act for your organisation: the secretariat approved you and your city or "
            "startup is an approved member now (false while pending, rejected, suspended or removed)."
        )
    )
    member_since = serializers.DateTimeField(allow_null=True)
    city = CityRefSerializer(allow_null=True)
    startup = StartupRefSerializer(allow_null=True)


class TokenRequestSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=128, style={"input_type": "password"}, trim_whitespace=False)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text=_("Send it as `Authorization: Token <token>`."))
