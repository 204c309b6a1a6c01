"""An official's feedback marks on recommended startups (matching.feedback)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from cities.models import CityChallenge
from core.querysets import profile_of
from matching.models import FeedbackKind, MatchFeedback, NotRelevantReason
from startups.models import Startup


class MatchFeedbackSerializer(serializers.ModelSerializer):
    """A mark as the city's officials see it (the startup never sees the marks)."""

    active = serializers.SerializerMethodField()
    hides_pair = serializers.BooleanField(read_only=True)

    class Meta:
        model = MatchFeedback
        fields = [
            "id",
            "city",
            "startup",
            "challenge",
            "kind",
            "reason",
            "note",
            "created_at",
            "withdrawn_at",
            "active",
            "hides_pair",
        ]
        read_only_fields = fields

    def get_active(self, mark: MatchFeedback) -> bool:
        return mark.withdrawn_at is None


class MatchFeedbackCreateSerializer(serializers.Serializer):
    """Mark a startup for your city: not relevant (with a reason; with a challenge, only for that
    challenge) or already in touch."""

    startup = serializers.PrimaryKeyRelatedField(
        queryset=Startup.objects.approved(), help_text=_("An approved startup.")
    )
    kind = serializers.ChoiceField(choices=FeedbackKind.choices)
    reason = serializers.ChoiceField(
        choices=NotRelevantReason.choices,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Required when not relevant."),
    )
    challenge = serializers.PrimaryKeyRelatedField(
        queryset=CityChallenge.objects.none(),
        required=False,
        allow_null=True,
        default=None,
        help_text=_("One of your city's challenges: the mark is then for that challenge only."),
    )
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        profile = profile_of(self.context["request"].user) if "request" in self.context else None
        if profile is not None and profile.city_id:
            self.fields["challenge"].queryset = CityChallenge.objects.filter(city_id=profile.city_id)

    def validate(self, attrs: dict) -> dict:
        if attrs["kind"] == FeedbackKind.NOT_RELEVANT and not attrs.get("reason"):
            raise serializers.ValidationError({"reason": _("Say why it is not relevant.")})
        return attrs
