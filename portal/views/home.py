"""The public front page, and the page that explains how matching works."""

from __future__ import annotations

import datetime

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cities.models import MemberCity
from matching import feedback
from matching.engine import COMPONENTS, claims
from matching.engine.embedding import EMBEDDINGS_OFF
from matching.evaluation.measured import measured
from matching.inputs import matching_params
from matching.models import MatchRun, RunStatus
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


def how_matching_works(request: HttpRequest) -> HttpResponse:
    """How recommendations are scored, the rule behind every reason, and the quality measured on the
    labelled set (with the date it was measured)."""
    params = matching_params()
    figures = measured()
    run = MatchRun.objects.defer("text_index").filter(status=RunStatus.CURRENT).first()
    embeddings = (run.params or {}).get("embeddings", "") if run else ""
    context = {
        "embeddings": embeddings,
        "embeddings_off": embeddings == EMBEDDINGS_OFF,
        "params": params,
        "weights": dict(zip(COMPONENTS, params.weights, strict=True)),
        "weight_total": sum(params.weights),
        "profile_threshold": claims.PROFILE_THRESHOLD,
        "pause_days": feedback.no_capacity_pause().days,
        "ready_threshold": claims.READY,
        "measured": figures,
        "measured_on": datetime.date.fromisoformat(figures["measured_on"]) if figures else None,
    }
    return render(request, "how_matching_works.html", context)
