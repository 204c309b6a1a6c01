"""The Content Security Policy needs nothing inline: no <script> body, no <style>, no `on…=` handler and no
`style=` attribute in any template or in the pages as rendered. Development sends the policy report-only
(production enforces it: see test_deploy.py)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.urls import reverse

from cities.models import MemberCity
from tests.factories import MembershipApplicationFactory, SolutionListingFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]


class InlineCode(HTMLParser):
    """Collects everything in a page that a strict policy (no 'unsafe-inline') would block."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _value in attrs}
        if tag == "style":
            self.found.append("<style>")
        if tag == "script":
            self._in_script = "src" not in names
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name == "style":
                self.found.append(f"<{tag} style=…>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:…>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.found.append(f"inline script: {data.strip()[:60]}")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def test_the_checker_finds_inline_code():
    """The detector itself: each kind of inline code is caught, external files are not."""
    page = (
        '<script src="/static/js/portal.js"></script><script>alert(1)</script><style>p{}</style>'
        '<p style="color:red" onclick="go()">x</p><a href="javascript:go()">y</a>'
    )
    assert len(inline_code(page)) == 5
    assert inline_code('<script src="/static/js/htmx.min.js" defer></script><p class="x">ok</p>') == []


def test_no_template_contains_inline_script_style_or_handlers():
    pattern = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\son[a-z]+\s*=|\sstyle\s*=", re.I)
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sorted((ROOT / "templates").rglob("*.html"))
        for match in pattern.finditer(path.read_text())
    ]
    assert offenders == []


def test_htmx_is_configured_not_to_inject_its_indicator_style(client, db):
    page = client.get(reverse("home")).content.decode()
    assert '<meta name="htmx-config" content=\'{"includeIndicatorStyles": false' in page


@pytest.mark.django_db
def test_pages_send_the_policy_report_only_in_development(client):
    response = client.get(reverse("startups:catalogue"))
    assert "Content-Security-Policy" not in response
    policy = response["Content-Security-Policy-Report-Only"]
    directives = dict(part.strip().partition(" ")[::2] for part in policy.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in policy


@pytest.fixture
def pages(seoul: MemberCity, startup, startup_member, seoul_official, secretariat, pending_startup):
    listing = SolutionListingFactory(startup=startup, sectors=["environment"])
    application = MembershipApplicationFactory(startup=pending_startup)
    public = [
        reverse("home"),
        reverse("startups:catalogue"),
        reverse("startups:catalogue") + "?q=waste&sector=environment",
        reverse("startups:listing_detail", args=[listing.pk]),
        reverse("startups:startup_detail", args=[startup.pk]),
        reverse("cities:city_detail", args=[seoul.pk]),
        reverse("login"),
        reverse("accounts:signup"),
        reverse("accounts:signup_startup"),
        reverse("accounts:signup_city"),
        "/api/docs/",
    ]
    signed_in = {
        startup_member: [
            reverse("startups:dashboard"),
            reverse("startups:profile_edit"),
            reverse("startups:listing_edit", args=[listing.pk]),
            reverse("startups:cities_for_you"),
        ],
        seoul_official: [
            reverse("cities:dashboard"),
            reverse("cities:profile_edit"),
            reverse("cities:challenges"),
        ],
        secretariat: [
            reverse("accounts:secretariat"),
            reverse("accounts:application_queue"),
            reverse("accounts:application_detail", args=[application.pk]),
            reverse("admin:index"),
        ],
        UserFactory(username="root.admin", is_staff=True, is_superuser=True): [
            reverse("admin:auth_user_change", args=[startup_member.pk]),
            reverse("admin:startups_startup_change", args=[startup.pk]),
            reverse("admin:core_auditentry_changelist"),
        ],
    }
    return public, signed_in


def test_rendered_pages_contain_no_inline_code(client, pages):
    public, signed_in = pages
    checked = 0
    for users, urls in [(None, public), *signed_in.items()]:
        client.logout()
        if users is not None:
            client.force_login(users)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "Content-Security-Policy-Report-Only" in response, url
            assert inline_code(response.content.decode()) == [], url
            checked += 1
    assert checked == 25


@pytest.mark.django_db
def test_swagger_ui_start_up_script_is_a_file_of_its_own(client):
    page = client.get("/api/docs/").content.decode()
    script = re.search(r'<script src="(/api/docs/\?[^"]*script[^"]*)"', page)
    assert script, page
    response = client.get(script.group(1).replace("&amp;", "&"))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in response.content.decode()
