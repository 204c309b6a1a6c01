"""Screenshots of a challenge's responses (the city official's page) and of the secretariat's funnel chart,
in English and Korean (docs/screenshots/challenge-responses-{en,ko}.png and funnel-{en,ko}.png).

    .venv/bin/python scripts/screenshots_follow_through.py

A throwaway SQLite database in a temporary folder with a small world: four member cities in three regions,
six startups, their stored matches (all pairs, as a run would store them), responses to a Seoul challenge
written through responses.services (one submitted, one shortlisted, one questioned, one introduced),
introductions answered through introductions.services, and both sides' outcomes. The portal runs under
`manage.py runserver`; Playwright drives Debian's Chromium."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from screenshots import (  # noqa: E402
    OUT,
    PASSWORD,
    VIEWPORT,
    _free_port,
    _sign_in,
    launch,
    require_chromium,
    served,
    throwaway_env,
)

CITIES = [
    ("Seoul", "KR", 9_400_000),
    ("Busan", "KR", 3_300_000),
    ("Kigali", "RW", 1_200_000),
    ("Medellín", "CO", 2_500_000),
]
STARTUPS = [
    ("AquaSense", "KR", "Acoustic leak detection", "Sensors on the mains hear a leak within a day."),
    ("Loopwise", "KR", "Smart bins and routes", "Bins report their fill level; routes follow them."),
    ("Vía Segura", "CO", "Safe-route lighting", "Street lights brighten along night-bus routes."),
    ("Hydrotrack", "RW", "Water-meter analytics", "Meter readings reveal losses street by street."),
    ("Pipewise", "KR", "Pipe-condition mapping", "A robot maps old pipes from the inside."),
    ("Andes Flow", "CO", "Pressure management", "Valves keep the pressure low at night."),
]


def build_world() -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import Profile, Role
    from cities.models import CityChallenge, MemberCity
    from core import geo
    from core.models import MembershipStatus, Region, Sector
    from introductions.services import request_introduction, respond_to_introduction
    from matching.models import Match, MatchRun, RunStatus
    from outcomes.services import record_outcome
    from responses import services as responses
    from startups.models import ListingStatus, SolutionListing, Startup

    call_command("migrate", verbosity=0)
    today = timezone.now().date()
    User = get_user_model()
    water = Sector.objects.get(code="water")

    def person(username: str, first: str, **role) -> object:
        user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, first_name=first)
        Profile.objects.create(user=user, member_since=timezone.now(), **role)
        return user

    cities, officials = [], {}
    for name, country, population in CITIES:
        city = MemberCity.objects.create(
            name=name,
            country=country,
            region=Region.objects.get(code=geo.region_for_country(country)),
            population=population,
            membership_status=MembershipStatus.APPROVED,
            joined_on=today,
        )
        cities.append(city)
        officials[name] = person(
            f"official.{country.lower()}.{len(officials)}", "Ji-woo", role=Role.CITY_OFFICIAL, city=city
        )
    person("secretariat", "Sam", role=Role.SECRETARIAT)
    User.objects.filter(username="secretariat").update(is_staff=True)

    startups, members, listings = [], {}, {}
    for name, country, title, summary in STARTUPS:
        startup = Startup.objects.create(
            name=name,
            country=country,
            founded_year=2019,
            team_size=12,
            membership_status=MembershipStatus.APPROVED,
            joined_on=today,
        )
        startup.sectors.set([water])
        listing = SolutionListing.objects.create(
            startup=startup,
            title=title,
            summary=summary,
            description=summary,
            status=ListingStatus.PUBLISHED,
            published_at=timezone.now(),
        )
        listing.sectors.set([water])
        startups.append(startup)
        listings[name] = listing
        members[name] = person(f"member.{len(members)}", "Dana", role=Role.STARTUP_MEMBER, startup=startup)

    run = MatchRun.objects.create(status=RunStatus.CURRENT, algorithm_version="screenshots")
    Match.objects.bulk_create(
        Match(
            run=run,
            city=city,
            startup=startup,
            score=60,
            relevance=0.5,
            sector_fit=1,
            proof=0.5,
            reach=1,
            readiness=1,
            overseas=city.country != startup.country,
            reasons=[],
            city_rank=1,
            startup_rank=1,
        )
        for city in cities
        for startup in startups
    )

    seoul = cities[0]
    challenge = CityChallenge.objects.create(
        city=seoul,
        title="Find water leaks before pipes burst",
        description="Our mains lose a fifth of treated water. We want leaks found before the street floods.",
    )
    challenge.sectors.set([water])
    official = officials["Seoul"]
    written = {}
    for name, approach in [
        ("AquaSense", "Acoustic sensors on 40 km of the oldest mains; a three-month pilot in Mapo district."),
        ("Hydrotrack", "We read your district meters nightly and point at the streets that lose water."),
        ("Pipewise", "A robot maps the pipes from the inside; we start where bursts were most frequent."),
        ("Andes Flow", "Lower night pressure means fewer bursts: valves on 12 district inlets."),
    ]:
        written[name] = responses.submit_response(
            challenge=challenge,
            startup=listings[name].startup,
            submitted_by=members[name],
            listing=listings[name],
            approach=approach,
            references="Medellín (2023), Goyang (2024)",
        )
    responses.shortlist_response(response=written["Hydrotrack"], reviewer=official)
    responses.ask_question(response=written["Pipewise"], official=official, question="Which pipe diameters?")
    responses.introduce_from_response(
        response=written["AquaSense"], official=official, message="Could we plan the pilot together?"
    )

    # Introductions across the world, answered, with outcomes.
    plan = [
        ("Seoul", "Vía Segura", True, ("meeting", "meeting")),
        ("Busan", "Loopwise", True, ("pilot", "contract")),
        ("Busan", "Andes Flow", True, ("no_follow_up", "")),
        ("Kigali", "Hydrotrack", True, ("pilot", "pilot")),
        ("Kigali", "AquaSense", False, None),
        ("Medellín", "Andes Flow", True, ("contract", "contract")),
        ("Medellín", "Pipewise", True, ("meeting", "")),
        ("Seoul", "Loopwise", False, None),
    ]
    for city_name, startup_name, accept, outcome in plan:
        city = next(c for c in cities if c.name == city_name)
        startup = listings[startup_name].startup
        introduction = request_introduction(
            city=city, startup=startup, requested_by=officials[city_name], message="Could we meet?"
        )
        respond_to_introduction(
            introduction=introduction,
            responder=members[startup_name],
            accept=accept,
            decline_reason="" if accept else "no_capacity",
        )
        if outcome:
            introduction.refresh_from_db()
            city_says, startup_says = outcome
            if city_says:
                record_outcome(introduction=introduction, user=officials[city_name], outcome=city_says)
            if startup_says:
                record_outcome(introduction=introduction, user=members[startup_name], outcome=startup_says)
    return challenge.pk, officials["Seoul"].username


def capture(base: str, challenge_id: int, official: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for language in ("en", "ko"):
            for username, url, name in [
                (official, f"/city/challenges/{challenge_id}/responses/", "challenge-responses"),
                ("secretariat", "/secretariat/funnel/", "funnel"),
            ]:
                context = browser.new_context(viewport=VIEWPORT, locale=language)
                context.add_cookies([{"name": "django_language", "value": language, "url": base}])
                _sign_in(context, base, username)
                page = context.new_page()
                page.goto(f"{base}{url}")
                page.wait_for_load_state("networkidle")
                path = OUT / f"{name}-{language}.png"
                page.screenshot(path=path, full_page=True)
                written.append(path)
                context.close()
        browser.close()
    return written


def main() -> None:
    require_chromium()
    with tempfile.TemporaryDirectory(prefix="wego-follow-shots-") as folder:
        port = _free_port()
        os.environ.update(
            throwaway_env(
                folder,
                MAIL_FOLDER=f"{folder}/mail",
                SITE_URL=f"http://127.0.0.1:{port}",
                MATCHING_EMBEDDING_MODEL="none",
                DJANGO_SETTINGS_MODULE="wego_portal.settings",
            )
        )
        challenge_id, official = build_world()
        with served(dict(os.environ), port) as base:
            for path in capture(base, challenge_id, official):
                print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
