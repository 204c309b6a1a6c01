"""Fresh profiles, for the secretariat: the approved startups and published listings not edited for
PROFILE_STALE_AFTER_DAYS, oldest first, with when the startup was reminded and whether it is ranked lower."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from portal.access import secretariat_required
from startups.models import SolutionListing, Startup

PAGE_SIZE = 50


@secretariat_required
def stale_profiles(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    lowered = set(Startup.objects.ranked_lower(now=now).values_list("pk", flat=True))
    startups = Paginator(Startup.objects.stale(now=now), PAGE_SIZE).get_page(request.GET.get("page"))
    for startup in startups:
        startup.is_ranked_lower = startup.pk in lowered
    listings = SolutionListing.objects.stale(now=now).select_related("startup")[:PAGE_SIZE]
    context = {
        "page": startups,
        "listings": listings,
        "stale_after_months": settings.PROFILE_STALE_AFTER_DAYS // 30,
        "grace_days": settings.PROFILE_STALE_GRACE_DAYS,
    }
    return render(request, "accounts/stale_profiles.html", context)
