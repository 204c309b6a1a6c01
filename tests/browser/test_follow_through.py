"""Follow-through, walked in Chromium through the pages only: a startup responds to a city's challenge, the
city shortlists the response and opens an introduction from it, the startup accepts, and weeks later (the
acceptance moved back in the database, then the beat task's function run as the schedule would) both sides
say what came of it, and the secretariat's funnel chart counts it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from accounts.models import Role
from introductions.models import Introduction
from outcomes.services import ask_for_outcomes
from tests.browser.test_journeys import sign_in
from tests.factories import (
    CityChallengeFactory,
    MemberCityFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_response_becomes_an_introduction_with_an_outcome_the_funnel_counts(
    live_server, page: Page, browser: Browser, settings
):
    settings.SITE_URL = live_server.url
    site = live_server.url
    seoul = MemberCityFactory(name="Seoul", country="KR")
    official = ProfileFactory(
        user=UserFactory(username="official.seoul"), role=Role.CITY_OFFICIAL, city=seoul
    ).user
    startup = StartupFactory(name="AquaSense", country="CO", sectors=["water"])
    member = ProfileFactory(
        user=UserFactory(username="aquasense"), role=Role.STARTUP_MEMBER, startup=startup
    ).user
    SolutionListingFactory(startup=startup, title="Acoustic leak detection", sectors=["water"])
    CityChallengeFactory(city=seoul, title="Find water leaks before pipes burst", sectors=["water"])
    ProfileFactory(user=UserFactory(username="secretariat", is_staff=True), role=Role.SECRETARIAT)

    # The startup finds the challenge among those that fit it, and responds.
    sign_in(page, site, member.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Challenges", exact=True).click()
    page.locator(".card", has_text="Find water leaks before pipes burst").get_by_role(
        "link", name="Respond"
    ).click()
    page.get_by_label("The solution you offer").select_option(label="Acoustic leak detection")
    page.get_by_label("How it would meet the need").fill("Sensors on 40 km of old mains; a 3-month pilot.")
    page.get_by_label("References").fill("Medellín water utility, since 2023.")
    page.get_by_role("button", name="Send your response").click()
    expect(page.get_by_text("Your response was sent to Seoul.")).to_be_visible()

    # The city's official reads it among the challenge's responses, shortlists it and asks to meet.
    city = browser.new_context(locale="en-GB").new_page()
    sign_in(city, site, official.username)
    city.get_by_role("navigation", name="Main").get_by_role("link", name="Our challenges", exact=True).click()
    city.get_by_role("row", name="Find water leaks before pipes burst").get_by_role(
        "link", name="Responses"
    ).click()
    city.get_by_role("link", name="AquaSense").click()
    expect(city.get_by_text("Sensors on 40 km of old mains")).to_be_visible()
    city.get_by_role("button", name="Shortlist").click()
    expect(city.get_by_text("The response is on your shortlist.")).to_be_visible()
    city.get_by_label("Your message to the startup").fill("Could we plan the pilot together?")
    city.get_by_role("button", name="Request an introduction").click()
    expect(city.get_by_text("Your introduction request was sent to AquaSense.")).to_be_visible()

    # The startup accepts.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Introductions", exact=True).click()
    page.get_by_role("link", name="Seoul, South Korea").first.click()
    expect(page.get_by_text("Find water leaks before pipes burst")).to_be_visible()  # the challenge is cited
    page.get_by_label("Accept: share our contact details").check()
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_text("You accepted.")).to_be_visible()

    # Seven weeks later the beat task asks both sides what came of it.
    introduction = Introduction.objects.get()
    Introduction.objects.filter(pk=introduction.pk).update(responded_at=timezone.now() - timedelta(weeks=7))
    assert ask_for_outcomes() == 1

    page.goto(f"{site}/notifications/")
    expect(page.get_by_text("What came of the introduction between Seoul and AquaSense?")).to_be_visible()
    page.get_by_role("button", name="View").first.click()
    page.get_by_label("Pilot").check()
    page.get_by_label("Note").fill("Pilot in Mapo district from May.")
    page.get_by_role("button", name="Record the outcome").click()
    expect(page.get_by_text("Thank you: the outcome is recorded.")).to_be_visible()

    city.goto(f"{site}/introductions/{introduction.pk}/")
    city.get_by_role("link", name="Record what came of it").click()
    city.get_by_label("Meeting held").check()
    city.get_by_role("button", name="Record the outcome").click()
    outcomes = city.get_by_test_id("outcomes")
    expect(outcomes).to_contain_text("Meeting held")
    expect(outcomes).to_contain_text("Pilot · Pilot in Mapo district from May.")

    # The secretariat's funnel counts it, overseas (a Colombian startup and a Korean city).
    staff = browser.new_context(locale="en-GB").new_page()
    sign_in(staff, site, "secretariat")
    staff.get_by_role("navigation", name="Main").get_by_role("link", name="Funnel", exact=True).click()
    chart = staff.get_by_test_id("funnel-chart")
    for stage in ("Introductions requested", "Accepted", "Meetings held", "Pilots"):
        expect(chart.get_by_role("row", name=stage)).to_contain_text("0 / 1")
    expect(chart.get_by_role("row", name="Contracts")).to_contain_text("0 / 0")
    expect(staff.locator("[data-stage=pilots] strong")).to_have_text("1")
