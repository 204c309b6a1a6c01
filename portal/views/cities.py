"""City pages: public city and challenge pages, and the official's area (dashboard with "Startups for your
city", the city's challenges, its profile). Writes go through cities.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import MembershipApplication
from cities import services
from cities.models import CityChallenge, MemberCity
from core.querysets import is_secretariat, profile_of
from introductions.models import Introduction
from matching.models import FeedbackKind, Match, MatchFeedback, NotRelevantReason
from portal import once
from portal.access import editable_or_refuse, own_city
from portal.forms.cities import ChallengeForm, CityProfileForm
from portal.htmx import render_list
from responses.models import ChallengeResponse, accepts_responses
from startups.models import ReferenceDeployment

MATCHES_PAGE_SIZE = 10


# --- public pages ---------------------------------------------------------------------------------------


def city_detail(request: HttpRequest, pk: int) -> HttpResponse:
    city = get_object_or_404(
        MemberCity.objects.visible_to(request.user)
        .select_related("region")
        .prefetch_related("languages", "priority_sectors"),
        pk=pk,
    )
    challenges = (
        CityChallenge.objects.visible_to(request.user).filter(city=city).open().prefetch_related("sectors")
    )
    return render(request, "cities/city_detail.html", {"city": city, "challenges": challenges})


def challenge_detail(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = get_object_or_404(
        CityChallenge.objects.visible_to(request.user).select_related("city").prefetch_related("sectors"),
        pk=pk,
    )
    can_edit = CityChallenge.objects.editable_by(request.user).filter(pk=challenge.pk).exists()
    profile = profile_of(request.user)
    context = {
        "challenge": challenge,
        "can_edit": can_edit,
        # the public sees how many startups responded; the city's officials reach the responses
        "response_count": ChallengeResponse.objects.filter(challenge=challenge).counted().count(),
        "sees_responses": is_secretariat(request.user)
        or getattr(profile, "city_id", None) == challenge.city_id,
        "takes_responses": accepts_responses(challenge),
        "is_startup": bool(profile and profile.startup_id),
        "own_response": ChallengeResponse.objects.visible_to(request.user)
        .filter(challenge=challenge, startup_id=getattr(profile, "startup_id", None) or 0)
        .first(),
    }
    return render(request, "cities/challenge_detail.html", context)


# --- the official's area --------------------------------------------------------------------------------


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """ "Startups for your city": the stored matches (read only), best first, optionally only from abroad;
    beside them the startups already working with the city."""
    city = own_city(request.user)
    matches = (
        Match.objects.visible_to(request.user)
        .for_city(city.pk)
        .between_approved()
        .select_related("startup", "listing", "challenge", "deployment")
        .defer("listing__search_vector")  # the listing's search index: 2-3 kB a row, never shown
    )
    overseas = request.GET.get("overseas") == "1"
    if overseas:
        matches = matches.overseas()
    page = Paginator(matches, MATCHES_PAGE_SIZE).get_page(request.GET.get("page"))
    # the officials' marks (matching.feedback): a pair marked for one challenge stays listed with its mark;
    # hidden pairs and contacts are listed beside the matches
    marks = list(
        MatchFeedback.objects.visible_to(request.user)
        .active()
        .filter(city=city)
        .select_related("startup", "challenge")
        .order_by("startup__name")
    )
    on_list = {mark.startup_id: mark for mark in marks if not mark.hides_pair}
    for match in page:
        match.feedback = on_list.get(match.startup_id)
    context = {
        "hidden_marks": [m for m in marks if m.hides_pair and m.kind == FeedbackKind.NOT_RELEVANT],
        "in_touch": [m for m in marks if m.kind == FeedbackKind.ALREADY_IN_TOUCH],
        "feedback_reasons": NotRelevantReason.choices,
        "city": city,
        "page": page,
        "overseas": overseas,
        # Lazy: evaluated only by the full page, not by the htmx fragment.
        "application": MembershipApplication.objects.visible_to(request.user).filter(city=city)[:1],
        "open_challenges": CityChallenge.objects.filter(city=city).open(),
        "introductions": Introduction.objects.visible_to(request.user).select_related("startup")[:5],
        # startups whose published solution already runs here: clients, so never among the matches
        "clients": ReferenceDeployment.objects.published()
        .filter(member_city=city)
        .select_related("listing__startup")
        .defer("listing__search_vector")
        .order_by("listing__startup__name", "listing__title"),
    }
    return render_list(request, "cities/dashboard.html", "cities/_startup_matches.html", context)


@login_required
def profile_edit(request: HttpRequest) -> HttpResponse:
    city = own_city(request.user, for_edit=True)
    form = CityProfileForm(request.POST or None, request.FILES or None, instance=city)
    if request.method == "POST" and form.is_valid():
        fields, relations = form.changes()
        try:
            services.update_city(city=city, fields=fields, relations=relations)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The city's profile was saved."))
            return redirect("cities:dashboard")
    return render(request, "cities/profile_form.html", {"form": form, "city": city})


@login_required
def challenges(request: HttpRequest) -> HttpResponse:
    city = own_city(request.user)
    rows = (
        CityChallenge.objects.visible_to(request.user)
        .filter(city=city)
        .annotate(response_count=Count("responses"))
        .prefetch_related("sectors")
        .order_by("status", "-created_at")
    )
    can_edit = MemberCity.objects.editable_by(request.user).filter(pk=city.pk).exists()
    page = Paginator(rows, 20).get_page(request.GET.get("page"))
    return render(request, "cities/challenges.html", {"city": city, "page": page, "can_edit": can_edit})


@login_required
def challenge_create(request: HttpRequest) -> HttpResponse:
    city = own_city(request.user, for_edit=True)
    form = once.protect(ChallengeForm(request.POST or None, instance=CityChallenge(city=city)))
    if request.method == "POST" and form.is_valid():
        if (earlier := once.earlier_submission(request, form, fallback="cities:challenges")) is not None:
            return earlier
        data = form.cleaned_data
        try:
            challenge = services.create_challenge(
                city=city,
                title=data["title"],
                description=data["description"],
                sectors=data["sectors"],
                language=data["language"],
                deadline=data["deadline"],
            )
        except ValidationError as error:
            once.release(request, form)
            form.add_service_error(error)
        else:
            messages.success(request, _("Challenge “%(title)s” is published.") % {"title": challenge.title})
            once.remember(request, form, reverse("cities:challenge_edit", args=[challenge.pk]))
            return redirect("cities:challenges")
    return render(request, "cities/challenge_form.html", {"form": form, "city": city})


def _editable_challenge(request: HttpRequest, pk: int) -> CityChallenge:
    """The challenge, if the user may change it; their own city's while they may not act for it is a 403
    with the reason; anyone else's a 404."""
    profile = profile_of(request.user)
    own = CityChallenge.objects.filter(city_id=getattr(profile, "city_id", None) or 0)
    editable = CityChallenge.objects.editable_by(request.user).select_related("city")
    return editable_or_refuse(request.user, editable, own, pk)


@login_required
def challenge_edit(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = _editable_challenge(request, pk)
    form = ChallengeForm(request.POST or None, instance=challenge)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {name: data[name] for name in ("title", "description", "language", "deadline")}
        try:
            services.update_challenge(
                challenge=challenge, fields=fields, relations={"sectors": data["sectors"]}
            )
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("Challenge “%(title)s” was saved.") % {"title": challenge.title})
            return redirect("cities:challenges")
    context = {"form": form, "city": challenge.city, "challenge": challenge}
    return render(request, "cities/challenge_form.html", context)


@login_required
@require_POST
def challenge_close(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = _editable_challenge(request, pk)
    services.close_challenge(challenge=challenge)
    messages.success(request, _("Challenge “%(title)s” is closed.") % {"title": challenge.title})
    return redirect("cities:challenges")


@login_required
@require_POST
def challenge_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = _editable_challenge(request, pk)
    services.reopen_challenge(challenge=challenge)
    messages.success(request, _("Challenge “%(title)s” is open again.") % {"title": challenge.title})
    return redirect("cities:challenges")
