"""The Content Security Policy, enforced as in production, blocks nothing the portal itself does: pages,
htmx swaps (htmx would inject an indicator style unless configured not to), a logo upload and its display,
and Swagger UI at /api/docs/. Chromium reports every blocked script, style or image as a
`securitypolicyviolation` event; none may occur."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from accounts.models import Role
from tests.factories import ProfileFactory, SolutionListingFactory, StartupFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Registered before any page script runs (Playwright injects it outside the page's policy).
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const what = `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`;
  window.__violations.push(`${what} at ${location.pathname}`);
});
"""


@pytest.fixture
def enforced_policy(settings, tmp_path):
    """The production policy, enforced (less `upgrade-insecure-requests`: the live server speaks HTTP)."""
    settings.CONTENT_SECURITY_POLICY = settings.CONTENT_SECURITY_POLICY_REPORT_ONLY
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = None
    settings.MEDIA_ROOT = tmp_path / "media"


def _violations(page: Page) -> list[str]:
    return page.evaluate("window.__violations")


def test_the_enforced_policy_blocks_nothing_the_portal_does(
    live_server, page: Page, enforced_policy, tmp_path
):
    base = live_server.url
    startup = StartupFactory(name="Loopwise", country="KR", sectors=["environment"], languages=["en"])
    ProfileFactory(user=UserFactory(username="startup.member"), role=Role.STARTUP_MEMBER, startup=startup)
    for number in range(3):
        SolutionListingFactory(startup=startup, title=f"Food waste bins {number}", sectors=["environment"])
    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (11, 95, 165)).save(buffer, format="PNG")
    logo.write_bytes(buffer.getvalue())
    page.add_init_script(RECORD_VIOLATIONS)
    seen: list[str] = []

    response = page.goto(f"{base}/solutions/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "content-security-policy-report-only" not in response.headers
    page.get_by_label("Sector").select_option("environment")  # an htmx swap
    expect(page).to_have_url(re.compile(r"sector=environment"))
    expect(page.get_by_text("3 solutions found")).to_be_visible()
    seen += _violations(page)

    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("startup.member")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{base}/startup/profile/")
    page.get_by_label("Logo").set_input_files(str(logo))
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Your startup's profile was saved.")).to_be_visible()
    seen += _violations(page)

    page.goto(f"{base}/startups/{startup.pk}/")
    expect(page.get_by_role("img", name="Logo of Loopwise")).to_be_visible()
    assert page.get_by_role("img", name="Logo of Loopwise").evaluate("img => img.naturalWidth") == 120
    seen += _violations(page)

    page.goto(f"{base}/api/docs/")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("WeGo Match API")
    expect(page.locator(".opblock").first).to_be_visible()
    seen += _violations(page)

    assert seen == []
