from django.contrib import admin

from responses.models import ChallengeResponse


@admin.register(ChallengeResponse)
class ChallengeResponseAdmin(admin.ModelAdmin):
    list_display = ["challenge", "startup", "status", "created_at", "reviewed_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["challenge__title", "startup__name", "approach"]
    raw_id_fields = [
        "challenge",
        "startup",
        "listing",
        "submitted_by",
        "asked_by",
        "reviewed_by",
        "introduction",
    ]
