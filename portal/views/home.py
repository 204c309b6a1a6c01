"""The public front page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cities.models import MemberCity
from startups.models import SolutionListing, Startup


def home(request: HttpRequest) -> HttpResponse:
    """The public front page: what the portal is, its approved members and recent solutions."""
    context = {
        "city_count": MemberCity.objects.approved().count(),
        "startup_count": Startup.objects.approved().count(),
        "listing_count": SolutionListing.objects.published().count(),
        "cities": MemberCity.objects.approved().select_related("region").order_by("-population")[:12],
        "recent_listings": SolutionListing.objects.published()
        .with_startup()
        .prefetch_related("sectors")
        .order_by("-published_at", "-id")[:8],
    }
    return render(request, "home.html", context)
