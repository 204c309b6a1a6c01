"""Stale profiles, for the secretariat: startups not edited for PROFILE_STALE_AFTER_DAYS."""

from __future__ import annotations

from rest_framework import serializers

from startups.models import SolutionListing, Startup
from startups.services import months_since


class StaleListingSerializer(serializers.ModelSerializer):
    class Meta:
        model = SolutionListing
        fields = ["id", "title", "updated_at"]
        read_only_fields = fields


class StaleProfileSerializer(serializers.ModelSerializer):
    last_update = serializers.DateTimeField(
        read_only=True, help_text="The latest edit of the profile or of one of its published listings."
    )
    months_since_update = serializers.SerializerMethodField()
    stale_reminded_at = serializers.DateTimeField(
        read_only=True, allow_null=True, help_text="When its members were last reminded."
    )
    ranked_lower = serializers.SerializerMethodField()
    stale_listings = StaleListingSerializer(many=True, read_only=True)

    class Meta:
        model = Startup
        fields = [
            "id",
            "name",
            "country",
            "last_update",
            "months_since_update",
            "stale_reminded_at",
            "ranked_lower",
            "stale_listings",
        ]
        read_only_fields = fields

    def get_months_since_update(self, startup: Startup) -> int:
        return months_since(startup.last_update)

    def get_ranked_lower(self, startup: Startup) -> bool:
        """Whether its pair scores are multiplied by the stale factor (reminded, grace period over)."""
        return startup.pk in self.context.get("ranked_lower", ())
