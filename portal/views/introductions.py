"""Introduction pages: a city official asks to meet a startup, the startup accepts or declines, and both
sides then see each other's contact. Writes go through introductions.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.ids import parse_id
from core.querysets import profile_of
from introductions.models import Introduction
from introductions.services import (
    IntroductionError,
    request_introduction,
    respond_to_introduction,
    withdraw_introduction,
)
from outcomes.services import outcome_context
from portal.access import own_city, refuse_if_membership_ended
from portal.forms.introductions import (
    IntroductionRequestForm,
    IntroductionResponseForm,
    IntroductionWithdrawForm,
)
from startups.models import SolutionListing, Startup


def _introductions(request: HttpRequest):
    return Introduction.objects.visible_to(request.user).select_related(
        "city", "startup", "listing", "challenge", "requested_by", "requested_by__profile", "responded_by"
    )


@login_required
def introductions(request: HttpRequest) -> HttpResponse:
    """The user's introductions: sent by their city, or received by their startup."""
    refuse_if_membership_ended(request.user)
    rows = _introductions(request)
    waiting = list(rows.pending()[:50])
    answered = Paginator(rows.exclude(status="requested"), 20).get_page(request.GET.get("page"))
    profile = profile_of(request.user)
    context = {"waiting": waiting, "page": answered, "as_city": bool(profile and profile.city_id)}
    return render(request, "introductions/introductions.html", context)


@login_required
def introduction_detail(request: HttpRequest, pk: int) -> HttpResponse:
    refuse_if_membership_ended(request.user)
    introduction = get_object_or_404(_introductions(request), pk=pk)
    can_respond = (
        introduction.is_open and Introduction.objects.answerable_by(request.user).filter(pk=pk).exists()
    )
    can_withdraw = (
        introduction.is_open and Introduction.objects.withdrawable_by(request.user).filter(pk=pk).exists()
    )
    context = {
        "introduction": introduction,
        "form": IntroductionResponseForm() if can_respond else None,
        "can_respond": can_respond,
        "withdraw_form": IntroductionWithdrawForm() if can_withdraw else None,
        # the requesting city's officials see when a decline's cool-down ends
        "is_city": introduction.city_id == getattr(profile_of(request.user), "city_id", None),
        **outcome_context(request.user, introduction),
    }
    return render(request, "introductions/introduction_detail.html", context)


@login_required
@require_POST
def introduction_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """The requesting city takes back a request still waiting for an answer (the page's confirmation step
    is the disclosure that holds this form)."""
    refuse_if_membership_ended(request.user)
    introduction = get_object_or_404(_introductions(request), pk=pk)
    if not Introduction.objects.withdrawable_by(request.user).filter(pk=pk).exists():
        # the startup sees the introduction but cannot withdraw it
        raise PermissionDenied(_("Only the city that sent this request can withdraw it."))
    form = IntroductionWithdrawForm(request.POST)
    if form.is_valid():
        try:
            withdraw_introduction(
                introduction=introduction, requester=request.user, note=form.cleaned_data["note"]
            )
        except IntroductionError:
            messages.error(request, _("This request was already answered or closed: it cannot be withdrawn."))
        else:
            messages.success(request, _("You withdrew the request. The startup was told."))
        return redirect("introductions:introduction_detail", pk=introduction.pk)
    context = {"introduction": introduction, "form": None, "can_respond": False, "withdraw_form": form}
    return render(request, "introductions/introduction_detail.html", context, status=400)


@login_required
@require_POST
def introduction_respond(request: HttpRequest, pk: int) -> HttpResponse:
    refuse_if_membership_ended(request.user)
    introduction = get_object_or_404(_introductions(request), pk=pk)
    if not Introduction.objects.answerable_by(request.user).filter(pk=pk).exists():
        # the requesting city sees the introduction but cannot answer it
        raise PermissionDenied(_("Only the startup this introduction is addressed to can answer it."))
    form = IntroductionResponseForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        accept = data["decision"] == "accept"
        try:
            respond_to_introduction(
                introduction=introduction,
                responder=request.user,
                accept=accept,
                note=data["note"],
                decline_reason=data["decline_reason"],
            )
        except IntroductionError as error:
            form.add_error(None, str(error))
        else:
            if accept:
                messages.success(request, _("You accepted. The city can now see your contact details."))
            else:
                messages.success(request, _("You declined the introduction."))
            return redirect("introductions:introduction_detail", pk=introduction.pk)
    context = {"introduction": introduction, "form": form, "can_respond": True}
    return render(request, "introductions/introduction_detail.html", context)


@login_required
def introduction_request(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Request an introduction" on a startup's page: for approved officials of a member city."""
    city = own_city(request.user)
    profile = profile_of(request.user)
    if not profile.is_approved_member:
        raise PermissionDenied(profile.refusal)  # pending, rejected, or the city suspended or removed
    startup = get_object_or_404(Startup.objects.approved(), pk=pk)
    initial = {}
    listing_id = parse_id(request.GET.get("listing"))
    if listing_id is not None:
        initial["listing"] = (
            SolutionListing.objects.published().filter(startup=startup, pk=listing_id).first()
        )
    form = IntroductionRequestForm(request.POST or None, initial=initial, startup=startup, city=city)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            introduction = request_introduction(
                city=city,
                startup=startup,
                requested_by=request.user,
                message=data["message"],
                listing=data["listing"],
                challenge=data["challenge"],
            )
        except IntroductionError as error:
            form.add_error(None, str(error))
        except ValidationError as error:  # a challenge closed since the form was checked
            form.add_service_error(error)
        else:
            messages.success(request, _("Your request was sent to %(startup)s.") % {"startup": startup.name})
            return redirect("introductions:introduction_detail", pk=introduction.pk)
    return render(
        request, "introductions/request_form.html", {"form": form, "startup": startup, "city": city}
    )
