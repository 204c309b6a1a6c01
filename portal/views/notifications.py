"""The bell's pages: the user's notifications, mark one or all read, the notification settings; and the two
pages reached from a mail without signing in: unsubscribe (a signed token) and confirm the e-mail."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from core.querysets import profile_of
from notifications import events, services
from notifications.models import Kind, Notification
from portal.forms.notifications import PreferencesForm, kinds_for

PAGE_SIZE = 20


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    notifications = Notification.objects.for_user(request.user)
    page = Paginator(notifications, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "notifications/list.html", {"page": page})


@login_required
@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one of the user's notifications read, then open what it is about."""
    notification = get_object_or_404(Notification.objects.for_user(request.user), pk=pk)
    services.mark_read(user=request.user, notification=notification)
    target = notification.url
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    services.mark_read(user=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:list")


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request.user)
    kinds = kinds_for(profile)
    current = services.preferences_of(request.user)
    initial = {kind: current[kind] for kind in kinds}
    initial["language"] = services.language_of(request.user)
    form = PreferencesForm(request.POST or None, kinds=kinds, initial=initial)
    if request.method == "POST" and form.is_valid():
        for kind, frequency in form.frequencies().items():
            services.set_preference(user=request.user, kind=kind, frequency=frequency)
        if profile is not None and profile.language != form.cleaned_data["language"]:
            profile.language = form.cleaned_data["language"]
            profile.save(update_fields=["language"])
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form, "profile": profile})


@login_required
@require_POST
def resend_confirmation(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request.user)
    if profile is not None and not profile.email_confirmed:
        events.send_email_confirmation(user=request.user)
        messages.success(
            request, _("We sent the confirmation link again to %(email)s.") % {"email": request.user.email}
        )
    return redirect("notifications:preferences")


@csrf_exempt  # the signed token is the credential; mail clients' one-click unsubscribe (RFC 8058) POSTs here
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """From a mail, signed in or not: GET asks (link scanners only GET), POST turns the kind off."""
    read = services.read_unsubscribe_token(token)
    if read is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    kind = Kind(read[1])
    if request.method == "POST":
        if services.unsubscribe(token=token) is None:
            return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
        return render(request, "notifications/unsubscribe.html", {"done": True, "kind": kind})
    return render(request, "notifications/unsubscribe.html", {"kind": kind, "token": token})


def confirm_email(request: HttpRequest, token: str) -> HttpResponse:
    user = events.confirm_email(token=token)
    status = 200 if user is not None else 400
    return render(request, "notifications/confirm_email.html", {"confirmed": user is not None}, status=status)
