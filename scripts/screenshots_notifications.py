"""Screenshots of the notification bell and of one rendered mail, in English and Korean
(docs/screenshots/notifications-{en,ko}.png and mail-introduction-requested-{en,ko}.png).

    .venv/bin/python scripts/screenshots_notifications.py

A throwaway SQLite database in a temporary folder with a small world (Seoul and its official, a startup with
an English- and a Korean-speaking member); Seoul asks to meet the startup through the service, which writes
the notifications and renders each member's mail in their language (tasks run in-process; the mails land
in the temporary folder). The portal runs under `manage.py runserver`; Playwright drives Debian's Chromium.
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
    _free_port,
    _sign_in,
    launch,
    require_chromium,
    served,
    throwaway_env,
)


def build_world() -> dict[str, str]:
    """The world, in this process (the same SQLite file the server reads); the members' mails by language."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import Profile, Role
    from cities.models import CityChallenge, MemberCity
    from core import geo
    from core.models import MembershipStatus, Region, Sector
    from introductions.services import request_introduction
    from notifications.events import notify_new_challenges
    from notifications.models import OutboxMail
    from startups.models import Startup

    call_command("migrate", verbosity=0)
    today = timezone.now().date()
    User = get_user_model()

    def person(username: str, first: str, last: str, email: str, language: str, **role) -> object:
        user = User.objects.create_user(username, email, PASSWORD, first_name=first, last_name=last)
        Profile.objects.create(user=user, member_since=timezone.now(), language=language, **role)
        return user

    seoul = MemberCity.objects.create(
        name="Seoul",
        country="KR",
        region=Region.objects.get(code=geo.region_for_country("KR")),
        population=9_400_000,
        membership_status=MembershipStatus.APPROVED,
        joined_on=today,
    )
    official = person(
        "official.seoul",
        "Ji-woo",
        "Kim",
        "jiwoo.kim@seoul.example",
        "en",
        role=Role.CITY_OFFICIAL,
        city=seoul,
    )
    startup = Startup.objects.create(
        name="AquaSense",
        country="KR",
        founded_year=2019,
        team_size=18,
        website="https://aquasense.example",
        contact_email="hello@aquasense.example",
        membership_status=MembershipStatus.APPROVED,
        joined_on=today,
    )
    startup.sectors.set([Sector.objects.get(code="water")])
    for username, first, email, language in [
        ("startup.member", "Dana", "dana@aquasense.example", "en"),
        ("startup.member.ko", "Seo-yeon", "seoyeon@aquasense.example", "ko"),
    ]:
        person(username, first, "Lee", email, language, role=Role.STARTUP_MEMBER, startup=startup)
    challenge = CityChallenge.objects.create(
        city=seoul, title="Find water leaks before pipes burst", description="Old pipes leak; we lose 20%."
    )
    challenge.sectors.set([Sector.objects.get(code="water")])
    notify_new_challenges()
    request_introduction(
        city=seoul,
        startup=startup,
        requested_by=official,
        message="Our water mains lose a fifth of treated water. Could we meet about a pilot this spring?",
    )
    return {
        mail.language: mail.body_html
        for mail in OutboxMail.objects.filter(key__startswith="introduction-requested")
    }


def capture(base: str, mails: dict[str, str], folder: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for language, username in [("en", "startup.member"), ("ko", "startup.member.ko")]:
            context = browser.new_context(viewport=VIEWPORT, locale=language)
            context.add_cookies([{"name": "django_language", "value": language, "url": base}])
            _sign_in(context, base, username)
            page = context.new_page()
            page.goto(f"{base}/notifications/")
            page.wait_for_load_state("networkidle")
            path = OUT / f"notifications-{language}.png"
            page.screenshot(path=path, clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": 560})
            written.append(path)

            html = Path(folder) / f"mail-{language}.html"
            html.write_text(mails[language], encoding="utf-8")
            page.set_viewport_size({"width": 720, "height": 900})
            page.goto(html.as_uri())
            card = page.locator("table table").first.bounding_box()  # the mail's card, without the empty rest
            path = OUT / f"mail-introduction-requested-{language}.png"
            page.screenshot(
                path=path, clip={"x": 0, "y": 0, "width": 720, "height": card["y"] + card["height"] + 24}
            )
            written.append(path)
            context.close()
        browser.close()
    return written


def main() -> None:
    require_chromium()
    with tempfile.TemporaryDirectory(prefix="wego-notify-shots-") as folder:
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
        mails = build_world()
        with served(dict(os.environ), port) as base:
            for path in capture(base, mails, folder):
                print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
