"""`/api/schema/` (OpenAPI 3), `/api/docs/` (Swagger UI) and the resources under `/api/v1/`."""

from django.http import HttpRequest, JsonResponse
from django.urls import include, path, re_path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api.views.accounts import ApplicationViewSet, MeView, TokenView
from api.views.cities import ChallengeViewSet, CityViewSet
from api.views.feedback import MatchFeedbackViewSet
from api.views.freshness import StaleProfileViewSet
from api.views.introductions import IntroductionViewSet
from api.views.matching import MatchViewSet
from api.views.notifications import NotificationViewSet
from api.views.reference import LanguageViewSet, RegionViewSet, SectorViewSet
from api.views.responses import ChallengeResponseViewSet, FunnelView, IntroductionOutcomeViewSet
from api.views.startups import ListingViewSet, StartupViewSet


class IdRouter(DefaultRouter):
    """DRF's router with Django path converters instead of regexes: an object reached by its primary key is
    `<id:pk>` (ASCII digits within 64 bits, core.ids), anything else (`sectors/<code>`) a `str`."""

    include_format_suffixes = False  # `.json` suffixes: not part of the API (and not in its schema)

    def __init__(self) -> None:
        super().__init__(use_regex_path=False)

    def get_lookup_regex(self, viewset, lookup_prefix: str = "") -> str:
        if getattr(viewset, "lookup_field", "pk") == "pk" and not hasattr(viewset, "lookup_value_converter"):
            return f"<id:{lookup_prefix}{getattr(viewset, 'lookup_url_kwarg', None) or 'pk'}>"
        return super().get_lookup_regex(viewset, lookup_prefix)


router = IdRouter()
router.include_root_view = False
router.register("cities", CityViewSet, basename="city")
router.register("challenges", ChallengeViewSet, basename="challenge")
router.register("startups", StartupViewSet, basename="startup")
router.register("solutions", ListingViewSet, basename="solution")
router.register("matches", MatchViewSet, basename="match")
router.register("introductions", IntroductionViewSet, basename="introduction")
router.register("match-feedback", MatchFeedbackViewSet, basename="match-feedback")
router.register("responses", ChallengeResponseViewSet, basename="response")
router.register("outcomes", IntroductionOutcomeViewSet, basename="outcome")
router.register("applications", ApplicationViewSet, basename="application")
router.register("notifications", NotificationViewSet, basename="notification")
router.register("stale-profiles", StaleProfileViewSet, basename="stale-profile")
router.register("sectors", SectorViewSet, basename="sector")
router.register("regions", RegionViewSet, basename="region")
router.register("languages", LanguageViewSet, basename="language")

app_name = "api"

v1 = [
    path("me/", MeView.as_view(), name="me"),
    path("auth/token/", TokenView.as_view(), name="token"),
    path("funnel/", FunnelView.as_view(), name="funnel"),
    *router.urls,
]


@csrf_exempt  # no state changes here; a POST to a wrong address must get the JSON 404, not the CSRF page
def not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """Any other address under /api/ answers with the API's error body, not the site's HTML page."""
    body = {"status": 404, "code": "not_found", "detail": _("Not found."), "errors": {}}
    return JsonResponse(body, status=404)


urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script as a file of its own: no inline script for the CSP.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("v1/", include(v1)),
    re_path(r"^(?P<path>.*)$", not_found),
]
