from django.contrib import admin

from outcomes.models import IntroductionOutcome


@admin.register(IntroductionOutcome)
class IntroductionOutcomeAdmin(admin.ModelAdmin):
    list_display = ["introduction", "side", "outcome", "asked_at", "recorded_at"]
    list_filter = ["side", "outcome"]
    raw_id_fields = ["introduction", "recorded_by"]
