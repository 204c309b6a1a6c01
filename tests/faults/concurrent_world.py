"""The small world the concurrent-writer tests write to, built the same way in this process (PostgreSQL,
behind `live_server`) and in a subprocess against a SQLite file (behind gunicorn)."""

from __future__ import annotations

from rest_framework.authtoken.models import Token

from accounts.models import Role
from tests.factories import (
    IntroductionFactory,
    MemberCityFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)


def build_world() -> dict:
    seoul = MemberCityFactory(name="Seoul", country="KR", languages=["ko", "en"])
    official = ProfileFactory(
        user=UserFactory(username="official.seoul"), role=Role.CITY_OFFICIAL, city=seoul
    ).user
    wanted = StartupFactory(name="Loopwise", country="KR", sectors=["environment"])
    answering = StartupFactory(name="Vía Segura", country="CO", sectors=["safety"])
    member = ProfileFactory(
        user=UserFactory(username="member.viasegura"), role=Role.STARTUP_MEMBER, startup=answering
    ).user
    listing = SolutionListingFactory(startup=answering, title="Safe-route lighting for night buses")
    introduction = IntroductionFactory(city=seoul, startup=answering, requested_by=official)
    staff = ProfileFactory(
        user=UserFactory(username="secretariat", is_staff=True), role=Role.SECRETARIAT
    ).user
    application = MembershipApplicationFactory()
    return {
        "city": seoul.pk,
        "wanted_startup": wanted.pk,
        "listing": listing.pk,
        "member_startup": answering.pk,
        "introduction": introduction.pk,
        "official_token": Token.objects.create(user=official).key,
        "member_token": Token.objects.create(user=member).key,
        "application": application.pk,
        "staff_token": Token.objects.create(user=staff).key,
    }
