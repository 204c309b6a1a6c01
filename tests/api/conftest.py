"""API fixtures: a small world with two cities, two startups, their listings, matches, introductions and
applications, and an API client per role authenticated with a token."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.cache.backends.locmem import LocMemCache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import ApplicationKind, Role
from api import throttling
from core.models import MembershipStatus
from introductions.models import IntroductionStatus
from startups.models import ListingStatus
from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    MatchFactory,
    MemberCityFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    ReferenceDeploymentFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)
from tests.factories.responses import ChallengeResponseFactory

GENEROUS_RATES = {"anon": "100000/minute", "user": "100000/minute", "login": "100000/minute"}


@pytest.fixture(autouse=True)
def _api_throttles(settings, monkeypatch):
    """Generous rates and a throttle history of each test's own: limits never leak between tests (nor into
    the Redis cache CI shares with Celery)."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": GENEROUS_RATES}
    cache = LocMemCache("api-throttle-tests", {})
    for throttle in (throttling.AnonThrottle, throttling.UserThrottle, throttling.LoginThrottle):
        monkeypatch.setattr(throttle, "cache", cache)
    yield cache
    cache.clear()


@pytest.fixture
def api() -> Callable[..., APIClient]:
    """`api(user)` is a client sending the user's token; `api()` is anonymous."""

    def client_for(user=None) -> APIClient:
        client = APIClient()
        if user is not None:
            token, _ = Token.objects.get_or_create(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return client_for


@pytest.fixture
def other_startup(db):
    return StartupFactory(name="Vía Segura", country="CO", sectors=["safety"], languages=["es"])


@pytest.fixture
def other_startup_member(other_startup):
    return ProfileFactory(
        user=UserFactory(username="member.viasegura"), role=Role.STARTUP_MEMBER, startup=other_startup
    ).user


@pytest.fixture
def pending_member(pending_startup):
    """The founder of a startup still under review: no member_since yet."""
    return ProfileFactory(
        user=UserFactory(username="founder.hanbit"),
        role=Role.STARTUP_MEMBER,
        startup=pending_startup,
        member_since=None,
    ).user


@pytest.fixture
def pending_city(db):
    return MemberCityFactory(
        name="Ulaanbaatar", country="MN", membership_status=MembershipStatus.PENDING, joined_on=None
    )


@pytest.fixture
def pending_official(pending_city):
    return ProfileFactory(
        user=UserFactory(username="official.ulaanbaatar"),
        role=Role.CITY_OFFICIAL,
        city=pending_city,
        member_since=None,
    ).user


@pytest.fixture
def world(
    seoul,
    bogota,
    startup,
    other_startup,
    pending_startup,
    pending_city,
    seoul_official,
    bogota_official,
    startup_member,
    other_startup_member,
    pending_member,
    pending_official,
    secretariat,
    outsider,
):
    """Everything the permission and resource tests reach for, by name."""
    listing = SolutionListingFactory(
        startup=startup, sectors=["environment"], languages_supported=["ko", "en"]
    )
    ReferenceDeploymentFactory(listing=listing)
    draft = SolutionListingFactory(
        startup=startup, title="Draft: noise sensors", status=ListingStatus.DRAFT, published_at=None
    )
    other_listing = SolutionListingFactory(
        startup=other_startup,
        title="Safe-route lighting for night buses",
        summary="Adaptive street lighting along bus routes.",
        sectors=["safety"],
        languages_supported=["es"],
        maturity="pilot",
    )
    pending_listing = SolutionListingFactory(startup=pending_startup, title="Shared e-scooter parking")
    seoul_challenge = CityChallengeFactory(city=seoul, sectors=["environment"])
    bogota_challenge = CityChallengeFactory(
        city=bogota, title="Safer night-time streets", description="Lighting and alerts.", sectors=["safety"]
    )
    pending_challenge = CityChallengeFactory(city=pending_city, title="Cleaner air downtown")
    matches = {
        "seoul_startup": MatchFactory(
            city=seoul, startup=startup, score=88.0, city_rank=1, startup_rank=1, listing=listing
        ),
        "seoul_other": MatchFactory(
            city=seoul, startup=other_startup, score=61.0, city_rank=2, startup_rank=2
        ),
        "bogota_other": MatchFactory(
            city=bogota, startup=other_startup, score=79.0, city_rank=1, startup_rank=1
        ),
        "bogota_startup": MatchFactory(
            city=bogota, startup=startup, score=55.0, city_rank=2, startup_rank=None
        ),
    }
    introduction = IntroductionFactory(
        city=seoul, startup=startup, listing=listing, requested_by=seoul_official
    )
    bogota_introduction = IntroductionFactory(
        city=bogota, startup=other_startup, requested_by=bogota_official, status=IntroductionStatus.REQUESTED
    )
    response = ChallengeResponseFactory(challenge=seoul_challenge, startup=startup, listing=listing)
    application = MembershipApplicationFactory(
        kind=ApplicationKind.STARTUP, startup=pending_startup, applicant=pending_member
    )
    city_application = MembershipApplicationFactory(
        kind=ApplicationKind.CITY, city=pending_city, startup=None, applicant=pending_official
    )
    return {
        "seoul": seoul,
        "bogota": bogota,
        "pending_city": pending_city,
        "startup": startup,
        "other_startup": other_startup,
        "pending_startup": pending_startup,
        "listing": listing,
        "draft": draft,
        "other_listing": other_listing,
        "pending_listing": pending_listing,
        "seoul_challenge": seoul_challenge,
        "bogota_challenge": bogota_challenge,
        "pending_challenge": pending_challenge,
        "matches": matches,
        "introduction": introduction,
        "bogota_introduction": bogota_introduction,
        "response": response,
        "application": application,
        "city_application": city_application,
        "users": {
            "anonymous": None,
            "seoul_official": seoul_official,
            "bogota_official": bogota_official,
            "startup_member": startup_member,
            "other_startup_member": other_startup_member,
            "pending_member": pending_member,
            "pending_official": pending_official,
            "secretariat": secretariat,
            "outsider": outsider,
        },
    }


ROLES = [
    "anonymous",
    "seoul_official",
    "bogota_official",
    "startup_member",
    "other_startup_member",
    "pending_member",
    "pending_official",
    "secretariat",
    "outsider",
]
