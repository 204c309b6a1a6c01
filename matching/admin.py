from django.contrib import admin

from matching.models import Match, RescoreRequest


@admin.register(Match)
class MatchAdmin(admin.ModelAdmin):
    list_display = ["city", "startup", "score", "city_rank", "startup_rank", "overseas", "run"]
    list_filter = ["overseas", "run__status"]
    search_fields = ["city__name", "startup__name"]
    list_select_related = ["city", "startup", "run"]
    raw_id_fields = ["run", "city", "startup", "listing", "challenge", "deployment"]

    def has_add_permission(self, request) -> bool:
        return False  # matches are computed by the worker, never typed in


@admin.register(RescoreRequest)
class RescoreRequestAdmin(admin.ModelAdmin):
    list_display = ["kind", "object_id", "requested_at"]
    list_filter = ["kind"]
