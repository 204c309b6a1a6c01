"""Startup pages: the public catalogue, solution and startup pages, and the startup's own area (profile,
listings, "Cities for you", challenges that fit). Writes go through startups.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import MembershipApplication
from cities.models import CityChallenge
from core.querysets import profile_of
from core.search import MAX_QUERY_CHARS
from introductions.models import Introduction
from matching.engine.concepts import default_vocabulary
from matching.models import Match
from matching.reasons.render import reader_language
from portal import catalogue as cat
from portal import once
from portal.access import editable_or_refuse, own_startup
from portal.forms.startups import DeploymentForm, ListingForm, StartupProfileForm
from portal.htmx import render_list
from portal.throttling import throttle_search
from responses.models import ChallengeResponse
from startups import services
from startups.models import ReferenceDeployment, SolutionListing, Startup, stale_cutoff

CATALOGUE_PAGE_SIZE = 12
MATCHES_PAGE_SIZE = 10


# --- public pages ---------------------------------------------------------------------------------------


@throttle_search
def catalogue(request: HttpRequest) -> HttpResponse:
    """Published solutions with a search box, five facets and pagination; htmx swaps the results only. A
    search is ranked by relevance (core.search); one that was cut or has nothing to search says so."""
    filters = cat.CatalogueFilters.from_query(request.GET)
    facets = cat.facets(filters)
    paginator = Paginator(cat.results(filters), CATALOGUE_PAGE_SIZE)
    paginator.count = cat.total(cat.facet_counts(filters), filters)  # known from the (cached) facet counts
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "filters": filters,
        "facets": facets,
        "page": page,
        "max_query_chars": MAX_QUERY_CHARS,
    }
    return render_list(request, "startups/catalogue.html", "startups/_catalogue.html", context)


def _introduction_context(request: HttpRequest, startup: Startup) -> dict:
    """What the "Request an introduction" box needs: may this user ask, and is a request already open."""
    profile = profile_of(request.user)
    can_request = bool(profile and profile.city_id and profile.is_approved_member and startup.is_public)
    latest = (
        Introduction.objects.visible_to(request.user).filter(startup=startup).first() if can_request else None
    )
    return {"can_request_introduction": can_request, "introduction": latest}


def listing_detail(request: HttpRequest, pk: int, *, status: int = 200) -> HttpResponse:
    """A solution's public page; its startup's members also get the buttons that hide a concept named from
    its text (a wrong reading) and show it again."""
    listing = get_object_or_404(
        SolutionListing.objects.visible_to(request.user)
        .with_startup()
        .prefetch_related("sectors", "languages_supported", "deployments"),
        pk=pk,
    )
    context = {
        "listing": listing,
        "can_edit": SolutionListing.objects.editable_by(request.user).filter(pk=listing.pk).exists(),
        **_introduction_context(request, listing.startup),
    }
    return render(request, "startups/listing_detail.html", context, status=status)


def startup_detail(request: HttpRequest, pk: int) -> HttpResponse:
    startup = get_object_or_404(
        Startup.objects.visible_to(request.user)
        .with_last_update()
        .prefetch_related("sectors", "languages", "target_regions"),
        pk=pk,
    )
    listings = (
        SolutionListing.objects.visible_to(request.user)
        .filter(startup=startup)
        .prefetch_related("sectors")
        .order_by("-published_at", "-id")
    )
    context = {"startup": startup, "listings": listings, **_introduction_context(request, startup)}
    return render(request, "startups/startup_detail.html", context)


# --- the startup's own area -----------------------------------------------------------------------------


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    startup = own_startup(request.user)
    listings = list(
        SolutionListing.objects.visible_to(request.user)
        .filter(startup=startup)
        .order_by("status", "-updated_at")
    )
    # Startup.objects.with_last_update()'s value, from the listings already read
    last_update = max([startup.updated_at, *(item.updated_at for item in listings if item.is_published)])
    context = {
        "startup": startup,
        "last_update": last_update,
        "is_stale": startup.is_public and last_update <= stale_cutoff(),
        "application": MembershipApplication.objects.visible_to(request.user).filter(startup=startup).first(),
        "can_edit": Startup.objects.editable_by(request.user).filter(pk=startup.pk).exists(),
        "listings": listings,
        # an approved member is led to publish what it prepared while pending
        "drafts": [listing for listing in listings if not listing.is_published],
        "pending_introductions": Introduction.objects.visible_to(request.user)
        .pending()
        .select_related("city")[:5],
        "top_matches": Match.objects.visible_to(request.user)
        .for_startup(startup.pk)
        .select_related("city")[:3],
    }
    return render(request, "startups/dashboard.html", context)


@login_required
@require_POST
def profile_confirm_current(request: HttpRequest) -> HttpResponse:
    """ "Still current": the member confirms the profile and published solutions need no change."""
    startup = own_startup(request.user, for_edit=True)
    services.confirm_profile_current(startup=startup)
    messages.success(request, _("Thank you: your profile counts as up to date."))
    return redirect("startups:dashboard")


@login_required
def profile_edit(request: HttpRequest) -> HttpResponse:
    startup = own_startup(request.user, for_edit=True)
    form = StartupProfileForm(request.POST or None, request.FILES or None, instance=startup)
    if request.method == "POST" and form.is_valid():
        fields, relations = form.changes()
        try:
            services.update_startup(startup=startup, fields=fields, relations=relations)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("Your startup's profile was saved."))
            return redirect("startups:dashboard")
    return render(request, "startups/profile_form.html", {"form": form, "startup": startup})


@login_required
def listing_create(request: HttpRequest) -> HttpResponse:
    startup = own_startup(request.user, for_edit=True)
    form = once.protect(ListingForm(request.POST or None, instance=SolutionListing(startup=startup)))
    if request.method == "POST" and form.is_valid():
        if (earlier := once.earlier_submission(request, form, fallback="startups:dashboard")) is not None:
            return earlier
        fields, relations = form.changes()
        try:
            listing = services.create_listing(startup=startup, fields=fields, relations=relations)
        except ValidationError as error:
            once.release(request, form)
            form.add_service_error(error)
        else:
            messages.success(request, _("Draft “%(title)s” saved.") % {"title": listing.title})
            once.remember(request, form, reverse("startups:listing_edit", args=[listing.pk]))
            return redirect("startups:listing_edit", pk=listing.pk)
    return render(request, "startups/listing_form.html", {"form": form, "startup": startup})


def _editable_listing(request: HttpRequest, pk: int) -> SolutionListing:
    """The listing, if the user may change it; their own startup's listing while they may not act for it is
    a 403 with the reason; anyone else's a 404."""
    profile = profile_of(request.user)
    own = SolutionListing.objects.filter(startup_id=getattr(profile, "startup_id", None) or 0)
    return editable_or_refuse(
        request.user, SolutionListing.objects.editable_by(request.user).select_related("startup"), own, pk
    )


@login_required
def listing_edit(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _editable_listing(request, pk)
    form = ListingForm(request.POST or None, instance=listing)
    if request.method == "POST" and form.is_valid():
        fields, relations = form.changes()
        try:
            services.update_listing(listing=listing, fields=fields, relations=relations)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("“%(title)s” was saved.") % {"title": listing.title})
            return redirect("startups:listing_edit", pk=listing.pk)
    return _render_listing_edit(
        request, listing, form=form, deployment_form=DeploymentForm(prefix="deployment")
    )


def _render_listing_edit(request, listing, *, form, deployment_form) -> HttpResponse:
    context = {
        "listing": listing,
        "startup": listing.startup,
        "form": form,
        "deployment_form": deployment_form,
        "deployments": listing.deployments.all(),
    }
    return render(request, "startups/listing_form.html", context)


@login_required
@require_POST
def listing_publish(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _editable_listing(request, pk)
    try:
        services.publish_listing(listing=listing)
    except services.ListingError:
        messages.error(
            request, _("You can publish listings once the secretariat has approved your membership.")
        )
    else:
        messages.success(request, _("“%(title)s” is published in the catalogue.") % {"title": listing.title})
    return redirect("startups:dashboard")


@login_required
@require_POST
def listing_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _editable_listing(request, pk)
    services.unpublish_listing(listing=listing)
    messages.success(request, _("“%(title)s” is back to draft.") % {"title": listing.title})
    return redirect("startups:dashboard")


@login_required
@require_POST
def listing_delete(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _editable_listing(request, pk)
    services.delete_listing(listing=listing)
    messages.success(request, _("“%(title)s” was deleted.") % {"title": listing.title})
    return redirect("startups:dashboard")


def _set_concept(request: HttpRequest, pk: int, code: str, *, hidden: bool) -> HttpResponse:
    listing = _editable_listing(request, pk)
    change = services.hide_concept if hidden else services.show_concept
    try:
        change(listing=listing, code=code)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return listing_detail(request, listing.pk, status=400)
    label = default_vocabulary().label(code, reader_language())
    if hidden:
        messages.success(
            request, _("“%(concept)s” is no longer shown for this solution.") % {"concept": label}
        )
    else:
        messages.success(request, _("“%(concept)s” is shown again for this solution.") % {"concept": label})
    return redirect("startups:listing_detail", pk=listing.pk)


@login_required
@require_POST
def concept_hide(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """Hide a concept named from the listing's text (a wrong reading): off its page and its match reasons."""
    return _set_concept(request, pk, code, hidden=True)


@login_required
@require_POST
def concept_show(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    return _set_concept(request, pk, code, hidden=False)


@login_required
@require_POST
def deployment_add(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _editable_listing(request, pk)
    form = DeploymentForm(request.POST, prefix="deployment", instance=ReferenceDeployment(listing=listing))
    if form.is_valid():
        try:
            services.add_deployment(listing=listing, fields=form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("Reference deployment added."))
            return redirect("startups:listing_edit", pk=listing.pk)
    return _render_listing_edit(request, listing, form=ListingForm(instance=listing), deployment_form=form)


@login_required
@require_POST
def deployment_remove(request: HttpRequest, pk: int) -> HttpResponse:
    deployment = get_object_or_404(
        ReferenceDeployment.objects.filter(listing__in=SolutionListing.objects.editable_by(request.user)),
        pk=pk,
    )
    listing_id = deployment.listing_id
    services.remove_deployment(deployment=deployment)
    messages.success(request, _("Reference deployment removed."))
    return redirect("startups:listing_edit", pk=listing_id)


@login_required
def cities_for_you(request: HttpRequest) -> HttpResponse:
    """The startup's stored matches (read only; the worker computes them), best first, and the member cities
    that are already its clients."""
    startup = own_startup(request.user)
    matches = (
        Match.objects.visible_to(request.user)
        .for_startup(startup.pk)
        .between_approved()
        .select_related("city", "city__region", "listing", "challenge", "deployment")
        .defer("listing__search_vector")  # the listing's search index: 2-3 kB a row, never shown
    )
    overseas = request.GET.get("overseas") == "1"
    if overseas:
        matches = matches.overseas()
    page = Paginator(matches, MATCHES_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "startup": startup,
        "page": page,
        "overseas": overseas,
        # member cities where a published solution already runs: clients, so never among the matches
        "clients": ReferenceDeployment.objects.published()
        .in_member_cities()
        .filter(listing__startup=startup)
        .select_related("member_city", "listing")
        .defer("listing__search_vector")
        .order_by("member_city__name", "listing__title"),
    }
    return render_list(request, "startups/cities_for_you.html", "startups/_city_matches.html", context)


@login_required
def challenges_that_fit(request: HttpRequest) -> HttpResponse:
    """Open challenges of member cities in the startup's sectors, soonest deadline first."""
    startup = own_startup(request.user)
    challenges = (
        CityChallenge.objects.visible_to(request.user)
        .open()
        .of_approved_cities()
        .filter(sectors__in=startup.sectors.all())
        .distinct()
        .select_related("city")
        .prefetch_related("sectors")
        .order_by(F("deadline").asc(nulls_last=True), "-created_at")
    )
    page = Paginator(challenges, 20).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    responded = dict(
        ChallengeResponse.objects.filter(startup=startup, challenge__in=page.object_list).values_list(
            "challenge_id", "pk"
        )
    )
    for challenge in page.object_list:
        challenge.response_id = responded.get(challenge.pk)  # the startup's response, if it sent one
    context = {"startup": startup, "page": page, "today": timezone.localdate()}
    return render(request, "startups/challenges_that_fit.html", context)
