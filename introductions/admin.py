from django.contrib import admin

from introductions.models import Introduction


@admin.register(Introduction)
class IntroductionAdmin(admin.ModelAdmin):
    list_display = ["city", "startup", "status", "created_at", "responded_at", "expires_at"]
    list_filter = ["status", "decline_reason", "created_at"]
    search_fields = ["city__name", "startup__name", "message"]
    raw_id_fields = ["city", "startup", "listing", "challenge", "requested_by", "responded_by"]
