from django.contrib import admin

from cities.models import CityChallenge, MemberCity


@admin.register(MemberCity)
class MemberCityAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "region", "population", "membership_status", "joined_on"]
    list_filter = ["membership_status", "region", "priority_sectors"]
    search_fields = ["name", "country", "profile"]
    filter_horizontal = ["languages", "priority_sectors"]
    list_select_related = ["region"]
    readonly_fields = ["membership_status", "joined_on"]


@admin.register(CityChallenge)
class CityChallengeAdmin(admin.ModelAdmin):
    list_display = ["title", "city", "status", "language", "deadline", "created_at"]
    list_filter = ["status", "language", "sectors", "city__region"]
    search_fields = ["title", "description", "city__name"]
    autocomplete_fields = ["city"]
    filter_horizontal = ["sectors"]
    list_select_related = ["city"]
