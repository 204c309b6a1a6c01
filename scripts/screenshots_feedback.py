"""Screenshots of the city dashboard with feedback marks, in English and Korean
(docs/screenshots/feedback-mark-{en,ko}.png): a match marked "not relevant" for a challenge shows the mark and
its undo where it is listed, beside the "Hidden by your feedback" and "Already in touch" lists.

    .venv/bin/python scripts/screenshots_feedback.py

A throwaway SQLite database in a temporary folder with a small world (Seoul, its official and a challenge,
four food-waste startups), scored by the real engine (words and concepts, no sentence model); the official's
marks go through matching.feedback and the outbox is drained in this process. The portal runs under
`manage.py runserver`; Playwright drives Debian's Chromium.
"""

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
    _sign_in,
    launch,
    require_chromium,
    served,
    throwaway_env,
)

PHRASES = [
    ("Loopwise", "Food waste weighing bins with RFID cards for apartment blocks"),
    ("Binlytics", "Pay-as-you-throw food waste bins for apartment blocks"),
    ("GreenRoute", "Food waste collection routes for apartment complexes"),
    ("Compostly", "Community composting of food waste in apartment blocks"),
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
    from core.models import Language, MembershipStatus, Region, Sector
    from matching import feedback, pipeline
    from matching.models import FeedbackKind
    from startups.models import ListingStatus, SolutionListing, Startup

    call_command("migrate", verbosity=0)
    today = timezone.now().date()
    environment = Sector.objects.get(code="environment")
    english = Language.objects.get(code="en")
    seoul = MemberCity.objects.create(
        name="Seoul",
        country="KR",
        region=Region.objects.get(code=geo.region_for_country("KR")),
        population=9_400_000,
        membership_status=MembershipStatus.APPROVED,
        joined_on=today,
        profile="Seoul wants to cut food waste in its apartment blocks.",
    )
    seoul.languages.set([english, Language.objects.get(code="ko")])
    seoul.priority_sectors.set([environment])
    challenge = CityChallenge.objects.create(
        city=seoul,
        title="Cut food waste in apartment blocks",
        description="Apartment complexes produce most of our food waste: weighing bins, pay as you throw.",
    )
    challenge.sectors.set([environment])
    official = get_user_model().objects.create_user("official.seoul", "official@seoul.example", PASSWORD)
    Profile.objects.create(user=official, role=Role.CITY_OFFICIAL, city=seoul, member_since=timezone.now())
    startups = []
    for name, phrase in PHRASES:
        startup = Startup.objects.create(
            name=name,
            country="FI",
            founded_year=2020,
            team_size=12,
            website=f"https://{name.lower()}.example",
            contact_email=f"hello@{name.lower()}.example",
            membership_status=MembershipStatus.APPROVED,
            joined_on=today,
        )
        startup.sectors.set([environment])
        startup.languages.set([english])
        listing = SolutionListing.objects.create(
            startup=startup,
            title=phrase,
            summary=phrase,
            description=phrase,
            status=ListingStatus.PUBLISHED,
            published_at=timezone.now(),
            language="en",
        )
        listing.sectors.set([environment])
        startups.append(startup)
    pipeline.rescore_all()
    feedback.mark_match(
        official=official,
        startup=startups[0],
        kind=FeedbackKind.NOT_RELEVANT,
        reason="too_early",
        challenge=challenge,
    )
    feedback.mark_match(
        official=official,
        startup=startups[2],
        kind=FeedbackKind.NOT_RELEVANT,
        reason="wrong_need",
        note="Their routes need a depot we do not have.",
    )
    feedback.mark_match(official=official, startup=startups[3], kind=FeedbackKind.ALREADY_IN_TOUCH)
    pipeline.drain_outbox()
    pipeline.drain_outbox()


def capture(base: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for language in ("en", "ko"):
            context = browser.new_context(viewport=VIEWPORT, locale=language)
            context.add_cookies([{"name": "django_language", "value": language, "url": base}])
            _sign_in(context, base, "official.seoul")
            page = context.new_page()
            page.goto(f"{base}/city/")
            page.wait_for_load_state("networkidle")
            height = min(page.evaluate("document.documentElement.scrollHeight"), 1500)
            path = OUT / f"feedback-mark-{language}.png"
            page.screenshot(path=path, full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": height})
            written.append(path)
            context.close()
        browser.close()
    return written


def main() -> None:
    require_chromium()
    with tempfile.TemporaryDirectory(prefix="wego-feedback-shots-") as folder:
        os.environ.update(
            throwaway_env(
                folder,
                MATCHING_EMBEDDING_MODEL="none",
                MATCHING_CACHE_DIR=f"{folder}/matching",
                DJANGO_SETTINGS_MODULE="wego_portal.settings",
            )
        )
        build_world()
        with served(dict(os.environ)) as base:
            for path in capture(base):
                print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
