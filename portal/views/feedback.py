"""The official's feedback on recommended startups: mark one (not relevant, already in touch) and undo a
mark. matching.feedback writes; the dashboard (portal.views.cities) lists the marks."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from matching import feedback
from matching.models import MatchFeedback
from portal.access import own_city
from portal.forms.feedback import MatchFeedbackForm
from startups.models import Startup


@login_required
def mark(request: HttpRequest, startup_pk: int) -> HttpResponse:
    """The small form of the dashboard, as a page of its own (shown again with its errors)."""
    city = own_city(request.user, for_edit=True)
    startup = get_object_or_404(Startup.objects.visible_to(request.user), pk=startup_pk)
    form = MatchFeedbackForm(request.POST or None, city=city)
    if request.method == "POST" and form.is_valid():
        try:
            feedback.mark_match(official=request.user, startup=startup, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(
                request,
                _("Your mark on %(startup)s is saved; the recommendations follow it within a minute.")
                % {"startup": startup.name},
            )
            return redirect("cities:dashboard")
    return render(request, "cities/feedback_form.html", {"form": form, "city": city, "startup": startup})


@login_required
@require_POST
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    own_city(request.user, for_edit=True)  # 403 with the reason for anyone who is not an official now
    found = get_object_or_404(MatchFeedback.objects.editable_by(request.user).active(), pk=pk)
    try:
        feedback.undo_mark(official=request.user, mark=found)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your mark on %(startup)s is undone.") % {"startup": found.startup.name})
    return redirect("cities:dashboard")
