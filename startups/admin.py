from django.contrib import admin

from startups.models import ReferenceDeployment, SolutionListing, Startup


@admin.register(Startup)
class StartupAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "stage", "team_size", "membership_status", "joined_on"]
    list_filter = ["membership_status", "stage", "sectors", "target_regions"]
    search_fields = ["name", "country", "description"]
    filter_horizontal = ["sectors", "languages", "target_regions"]
    readonly_fields = ["membership_status", "joined_on"]


class ReferenceDeploymentInline(admin.TabularInline):
    model = ReferenceDeployment
    extra = 0
    autocomplete_fields = ["member_city"]


@admin.register(SolutionListing)
class SolutionListingAdmin(admin.ModelAdmin):
    list_display = ["title", "startup", "status", "maturity", "language", "published_at"]
    list_filter = ["status", "maturity", "language", "sectors", "pricing_model"]
    search_fields = ["title", "summary", "description", "startup__name"]
    autocomplete_fields = ["startup"]
    filter_horizontal = ["sectors", "languages_supported"]
    inlines = [ReferenceDeploymentInline]
    list_select_related = ["startup"]
