"""A small world for the page tests: Seoul and Bogotá with their officials, two approved startups and a
pending one with their members, listings in every state, challenges, stored matches and introductions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.utils import timezone

from accounts.models import ApplicationKind, Role
from cities.models import CityChallenge, MemberCity
from core.models import MembershipStatus
from introductions.models import Introduction
from matching.models import Match
from startups.models import ReferenceDeployment, SolutionListing, Startup
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


@dataclass
class World:
    seoul: MemberCity
    bogota: MemberCity
    pending_city: MemberCity
    startup: Startup  # Loopwise, approved; its member is `startup_member`
    other_startup: Startup  # Hanbit Parking, approved; its member is `other_startup_member`
    pending_startup: Startup
    published: SolutionListing
    draft: SolutionListing
    pending_draft: SolutionListing
    deployment: ReferenceDeployment
    seoul_challenge: CityChallenge
    seoul_closed_challenge: CityChallenge
    bogota_challenge: CityChallenge
    seoul_match: Match
    seoul_only_match: Match
    bogota_match: Match
    introduction: Introduction
    other_startup_member: object
    pending_founder: object
    pending_official: object
    application: object


@pytest.fixture
def world(seoul, bogota, startup, startup_member, seoul_official, bogota_official, pending_startup) -> World:
    seoul.profile = "Seoul wants to cut food waste and traffic in its dense districts."
    seoul.save(update_fields=["profile"])
    startup.contact_email = "hello@loopwise.example"
    startup.save(update_fields=["contact_email"])
    pending_city = MemberCityFactory(
        name="Sejong", country="KR", membership_status=MembershipStatus.PENDING, joined_on=None
    )
    other_startup = StartupFactory(name="Hanbit Parking", country="KR", sectors=["mobility"])
    other_startup_member = ProfileFactory(
        user=UserFactory(username="other.startup"), role=Role.STARTUP_MEMBER, startup=other_startup
    ).user
    pending_founder = ProfileFactory(
        user=UserFactory(username="pending.founder"),
        role=Role.STARTUP_MEMBER,
        startup=pending_startup,
        member_since=None,
    ).user
    pending_official = ProfileFactory(
        user=UserFactory(username="pending.official"), role=Role.CITY_OFFICIAL, city=seoul, member_since=None
    ).user
    application = MembershipApplicationFactory(
        kind=ApplicationKind.STARTUP,
        startup=pending_startup,
        applicant=pending_founder,
        message="Hanbit Mobility runs demand-responsive buses in three Korean cities.",
    )
    published = SolutionListingFactory(
        startup=startup,
        title="Smart food-waste bins with pay-as-you-throw billing",
        sectors=["environment"],
        languages_supported=["ko", "en"],
    )
    draft = SolutionListingFactory(
        startup=startup,
        title="Secret draft: recycling robot for sorting plants",
        summary="Not ready to be seen.",
        description="A robot arm that sorts recyclables; still a secret draft.",
        status="draft",
        published_at=None,
        sectors=["environment"],
    )
    pending_draft = SolutionListingFactory(
        startup=pending_startup,
        title="Pending draft: on-demand minibuses",
        status="draft",
        published_at=None,
        sectors=["mobility"],
    )
    deployment = ReferenceDeploymentFactory(listing=published, city_name="Sejong", country="KR")
    seoul_challenge = CityChallengeFactory(
        city=seoul,
        title="Cut food waste in apartment blocks",
        description="Seoul's private need: apartment complexes produce most of our food waste.",
        sectors=["environment"],
    )
    seoul_closed_challenge = CityChallengeFactory(
        city=seoul,
        title="Count cyclists on the Han river paths",
        description="Closed already.",
        status="closed",
        closed_at=timezone.now(),
        sectors=["mobility"],
    )
    bogota_challenge = CityChallengeFactory(
        city=bogota, title="Safer bus stops at night", description="Lighting and alerts.", sectors=["safety"]
    )
    seoul_match = MatchFactory(
        city=seoul,
        startup=startup,
        score=81.0,
        listing=published,
        challenge=seoul_challenge,
        reasons=[
            {
                "code": "answers_challenge",
                "challenge_id": seoul_challenge.pk,
                "title": seoul_challenge.title,
                "language": "en",
            },
            {"code": "shared_sectors", "sectors": ["environment"]},
            {"code": "works_in_languages", "languages": ["ko", "en"]},
        ],
    )
    seoul_only_match = MatchFactory(
        city=seoul,
        startup=other_startup,
        score=64.0,
        city_rank=2,
        startup_rank=1,
        reasons=[{"code": "targets_region", "region": "asia-pacific"}],
    )
    bogota_match = MatchFactory(
        city=bogota,
        startup=startup,
        score=55.0,
        city_rank=1,
        startup_rank=2,
        listing=published,
        reasons=[
            {
                "code": "reference_deployment",
                "city": "Sejong",
                "country": "KR",
                "same_region": False,
                "similar_size": False,
                "count": 1,
            }
        ],
    )
    introduction = IntroductionFactory(
        city=seoul,
        startup=startup,
        requested_by=seoul_official,
        listing=published,
        message="Seoul's private message: could we pilot the bins in Mapo-gu?",
    )
    return World(
        seoul=seoul,
        bogota=bogota,
        pending_city=pending_city,
        startup=startup,
        other_startup=other_startup,
        pending_startup=pending_startup,
        published=published,
        draft=draft,
        pending_draft=pending_draft,
        deployment=deployment,
        seoul_challenge=seoul_challenge,
        seoul_closed_challenge=seoul_closed_challenge,
        bogota_challenge=bogota_challenge,
        seoul_match=seoul_match,
        seoul_only_match=seoul_only_match,
        bogota_match=bogota_match,
        introduction=introduction,
        other_startup_member=other_startup_member,
        pending_founder=pending_founder,
        pending_official=pending_official,
        application=application,
    )
