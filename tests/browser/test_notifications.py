"""Being told, walked in Chromium: a forgotten password reset through the mailed link, and an introduction
request that rings the startup's bell and mails it, answered so that the official's bell rings and the
contacts arrive by mail. Celery runs in-process here and Django's in-memory mailbox stands in for the SMTP
server (tests/notifications/test_worker.py covers the worker and a real SMTP server)."""

from __future__ import annotations

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from accounts.models import Role
from tests.browser.test_journeys import PASSWORD, sign_in
from tests.factories import MemberCityFactory, ProfileFactory, StartupFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server, settings):
    settings.SITE_URL = live_server.url  # the links in mails lead back to this server
    mail.outbox.clear()
    return live_server.url


def _link(message, part: str) -> str:
    return next(word for word in message.body.split() if part in word)


def test_a_forgotten_password_is_reset_through_the_mailed_link(site, page: Page):
    user = UserFactory(username="ji-woo", email="jiwoo.kim@seoul.example")
    ProfileFactory(user=user, role=Role.CITY_OFFICIAL, city=MemberCityFactory(name="Seoul", country="KR"))

    page.goto(f"{site}/accounts/login/")
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email").fill("jiwoo.kim@seoul.example")
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()

    (message,) = mail.outbox
    assert message.to == ["jiwoo.kim@seoul.example"]
    page.goto(_link(message, "/accounts/password/reset/"))
    page.get_by_label("New password", exact=True).fill("a-fresh-password-2027")
    page.get_by_label("New password confirmation").fill("a-fresh-password-2027")
    page.get_by_role("button", name="Set the password and sign in").click()

    expect(page.get_by_text("Your new password is set, and you are signed in.")).to_be_visible()
    expect(page.locator(".user-chip")).to_be_visible()
    user.refresh_from_db()
    assert user.check_password("a-fresh-password-2027") and not user.check_password(PASSWORD)


def test_a_request_rings_the_startups_bell_and_the_answer_rings_the_officials(site, page: Page, browser):
    seoul = MemberCityFactory(name="Seoul", country="KR")
    official = ProfileFactory(
        user=UserFactory(username="official.seoul", email="minho.park@seoul.example"),
        role=Role.CITY_OFFICIAL,
        city=seoul,
    ).user
    startup = StartupFactory(name="AquaSense", contact_email="hello@aquasense.example")
    member = ProfileFactory(
        user=UserFactory(username="aquasense", email="founder@aquasense.example"),
        role=Role.STARTUP_MEMBER,
        startup=startup,
    ).user

    # The official asks to meet the startup.
    sign_in(page, site, official.username)
    page.goto(f"{site}/startups/{startup.pk}/introduce/")
    page.get_by_label("Your message to the startup").fill("Our water mains leak. Can we meet?")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("Your request was sent to AquaSense.")).to_be_visible()
    expect(page.get_by_test_id("bell-count")).to_have_count(0)  # nothing for the official yet

    # The startup's bell rings, and the mail came.
    (request_mail,) = mail.outbox
    assert request_mail.to == [member.email] and "Seoul would like to meet you" in request_mail.subject
    startup_page = browser.new_context(locale="en-GB").new_page()
    sign_in(startup_page, site, member.username)
    expect(startup_page.get_by_test_id("bell-count")).to_contain_text("1")
    startup_page.get_by_role("link", name="Notifications").click()
    startup_page.get_by_role("button", name="View").click()  # marks it read, opens the request
    expect(startup_page.get_by_text("Our water mains leak. Can we meet?")).to_be_visible()
    expect(startup_page.get_by_test_id("bell-count")).to_have_count(0)

    # The startup accepts: the official's bell rings, and the contacts arrive by mail.
    startup_page.get_by_label("Accept: share our contact details").check()
    startup_page.get_by_role("button", name="Send answer").click()
    expect(startup_page.locator(".contact")).to_contain_text("minho.park@seoul.example")
    answer = mail.outbox[-1]
    assert answer.to == [official.email] and "AquaSense accepted your introduction request" in answer.subject
    assert "hello@aquasense.example" in answer.body
    page.goto(f"{site}/city/")
    expect(page.get_by_test_id("bell-count")).to_contain_text("1")
    page.get_by_role("link", name="Notifications").click()
    expect(page.get_by_text("AquaSense accepted your introduction request.")).to_be_visible()
