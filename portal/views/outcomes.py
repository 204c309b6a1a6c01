"""What came of an introduction (each side records it from the introduction's page) and the secretariat's
funnel. Writes go through outcomes.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.models import Region
from introductions.models import Introduction, IntroductionStatus
from outcomes.funnel import secretariat_funnel
from outcomes.models import IntroductionOutcome
from outcomes.services import OutcomeError, record_outcome, side_of
from portal.access import refuse_if_membership_ended, secretariat_required
from portal.forms.responses import OutcomeForm


@login_required
def outcome_record(request: HttpRequest, pk: int) -> HttpResponse:
    """ "What came of it?" for one side of an accepted introduction; both sides' answers are shown."""
    refuse_if_membership_ended(request.user)
    introduction = get_object_or_404(
        Introduction.objects.visible_to(request.user).select_related("city", "startup"), pk=pk
    )
    side = side_of(request.user, introduction)
    if side is None:
        raise PermissionDenied(
            _("Only the city or the startup of this introduction can say what came of it.")
        )
    if introduction.status != IntroductionStatus.ACCEPTED:
        raise PermissionDenied(_("Only an accepted introduction has an outcome to record."))
    outcomes = {row.side: row for row in IntroductionOutcome.objects.filter(introduction=introduction)}
    mine = outcomes.get(side)
    initial = {"outcome": mine.outcome, "note": mine.note} if mine and mine.outcome else {}
    form = OutcomeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            record_outcome(introduction=introduction, user=request.user, **form.cleaned_data)
        except OutcomeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you: the outcome is recorded."))
            return redirect("introductions:introduction_detail", pk=introduction.pk)
    context = {"introduction": introduction, "form": form, "side": side, "outcomes": outcomes}
    return render(request, "outcomes/outcome_form.html", context)


@secretariat_required
def funnel(request: HttpRequest) -> HttpResponse:
    """From the stored matches to contracts, domestic and overseas, for every region or one."""
    regions = list(Region.objects.all())
    region = request.GET.get("region", "")
    if region not in {r.code for r in regions}:
        region = ""
    context = {"funnel": secretariat_funnel(region=region), "regions": regions, "region": region}
    return render(request, "outcomes/funnel.html", context)
