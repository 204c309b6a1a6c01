from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import User
from django.shortcuts import render

from accounts.models import MembershipApplication, Profile
from accounts.services import (
    NO_ROLE,
    ApplicationError,
    approve_application,
    record_role_change,
    reject_application,
    role_snapshot,
)


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    autocomplete_fields = ["city", "startup"]


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    inlines = [ProfileInline]
    list_display = ["username", "email", "first_name", "last_name", "is_staff", "profile__role"]
    list_filter = [*BaseUserAdmin.list_filter, "profile__role"]

    # The admin saves the user, then its profile, in one transaction (changeform_view is atomic): the role
    # stored before the save is read first, and the change is recorded once both are saved.
    def save_model(self, request, obj, form, change) -> None:
        request._role_before = role_snapshot(user_id=obj.pk) if change else dict(NO_ROLE)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        before = getattr(request, "_role_before", dict(NO_ROLE))
        record_role_change(
            user=form.instance, actor=request.user, before=before, note="Changed in the admin."
        )


class DecisionForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "cols": 60}), required=False)


def _decide(modeladmin, request, queryset, *, approve: bool):
    """An intermediate page asks for the note; then each application goes through the one service."""
    if "apply" in request.POST:
        form = DecisionForm(request.POST)
        if form.is_valid():
            decide = approve_application if approve else reject_application
            done = 0
            for application in queryset:
                try:
                    decide(application=application, reviewer=request.user, note=form.cleaned_data["note"])
                    done += 1
                except ApplicationError as error:
                    modeladmin.message_user(request, f"{application}: {error}", messages.ERROR)
            if done:
                verb = "approved" if approve else "rejected"
                modeladmin.message_user(request, f"{done} application(s) {verb}.", messages.SUCCESS)
            return None
    else:
        form = DecisionForm()
    return render(
        request,
        "admin/accounts/decide.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": "Approve applications" if approve else "Reject applications",
            "applications": queryset,
            "form": form,
            "action": request.POST.get("action"),
            "approve": approve,
            "opts": modeladmin.model._meta,
        },
    )


@admin.register(MembershipApplication)
class MembershipApplicationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "applicant", "status", "submitted_at", "reviewed_by", "reviewed_at"]
    list_filter = ["status", "kind", "submitted_at", "reviewed_at"]
    search_fields = ["city__name", "startup__name", "applicant__username", "applicant__email", "message"]
    date_hierarchy = "submitted_at"
    readonly_fields = ["status", "reviewed_by", "reviewed_at", "review_note", "submitted_at"]
    autocomplete_fields = ["city", "startup", "applicant"]
    list_select_related = ["city", "startup", "applicant", "reviewed_by"]
    actions = ["approve_selected", "reject_selected"]

    @admin.action(description="Approve selected applications…")
    def approve_selected(self, request, queryset):
        return _decide(self, request, queryset, approve=True)

    @admin.action(description="Reject selected applications…")
    def reject_selected(self, request, queryset):
        return _decide(self, request, queryset, approve=False)
