"""The membership journey in Chromium: the secretariat suspends a startup, whose member can no longer answer
an introduction, then reinstates it and the member answers; a rejected founder corrects the profile, applies
again and is approved."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from accounts.models import Role
from accounts.services import reject_application
from core.models import MembershipStatus
from tests.browser.test_journeys import approve_in_queue, sign_in
from tests.factories import (
    IntroductionFactory,
    MemberCityFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_suspension_stops_a_member_reinstatement_restores_and_a_rejected_founder_applies_again(
    live_server, page: Page, browser
):
    base = live_server.url
    seoul = MemberCityFactory(name="Seoul", country="KR", population=9_400_000)
    official = ProfileFactory(
        user=UserFactory(username="official.seoul"), role=Role.CITY_OFFICIAL, city=seoul, job_title="Officer"
    ).user
    staff = UserFactory(username="secretariat", is_staff=True)
    ProfileFactory(user=staff, role=Role.SECRETARIAT)
    loopwise = StartupFactory(name="Loopwise", country="KR", sectors=["environment"])
    member = ProfileFactory(
        user=UserFactory(username="member.loopwise"), role=Role.STARTUP_MEMBER, startup=loopwise
    )
    introduction = IntroductionFactory(
        city=seoul, startup=loopwise, requested_by=official, message="Could we pilot your bins in Mapo-gu?"
    )
    hanbit = StartupFactory(
        name="Hanbit Mobility", membership_status=MembershipStatus.PENDING, joined_on=None
    )
    founder = ProfileFactory(
        user=UserFactory(username="founder.hanbit"),
        role=Role.STARTUP_MEMBER,
        startup=hanbit,
        member_since=None,
    ).user
    rejected = MembershipApplicationFactory(startup=hanbit, applicant=founder)
    reject_application(application=rejected, reviewer=staff, note="Tell us your team size and a pilot city.")
    SolutionListingFactory(startup=hanbit, title="Shared e-scooter docks", status="draft")

    # The secretariat suspends Loopwise from its members page.
    staff_page = browser.new_context(locale="en-GB").new_page()
    sign_in(staff_page, base, "secretariat")
    staff_page.get_by_role("link", name="Members").click()
    staff_page.get_by_role("link", name="Loopwise").click()
    staff_page.get_by_label("Note").fill("Unpaid membership fees.")
    staff_page.get_by_role("button", name="Suspend").click()
    expect(staff_page.get_by_text("Loopwise is now Suspended.")).to_be_visible()

    # Its member can no longer answer the introduction: a page that says why.
    sign_in(page, base, member.user.username)
    expect(page.get_by_role("heading", name="Your organisation's membership is suspended")).to_be_visible()
    page.goto(f"{base}/introductions/{introduction.pk}/")
    expect(page.get_by_role("heading", name="You cannot do this here")).to_be_visible()
    expect(
        page.get_by_text("Your organisation's membership is suspended. Contact the secretariat")
    ).to_be_visible()

    # Reinstated, it answers again and sees who asked.
    staff_page.get_by_label("Note").fill("Fees paid.")
    staff_page.get_by_role("button", name="Reinstate").click()
    expect(staff_page.get_by_text("Loopwise is now Approved.")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Could we pilot your bins in Mapo-gu?")).to_be_visible()
    page.get_by_label("Accept: share our contact details").check()
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_text("You accepted.")).to_be_visible()
    expect(page.locator(".contact")).to_contain_text("official.seoul@example.org")

    # A rejected founder corrects the profile and applies again; the secretariat approves.
    founder_page = browser.new_context(locale="en-GB").new_page()
    sign_in(founder_page, base, "founder.hanbit")
    expect(founder_page.get_by_role("heading", name="Your application was not approved")).to_be_visible()
    expect(founder_page.get_by_text("Tell us your team size and a pilot city.")).to_be_visible()
    founder_page.get_by_role("link", name="Correct the profile").click()
    founder_page.get_by_label("Team size").fill("14")
    founder_page.get_by_role("button", name="Save profile").click()
    expect(founder_page.get_by_text("Your startup's profile was saved.")).to_be_visible()
    founder_page.get_by_role("link", name="Apply again").click()
    founder_page.get_by_label("What you corrected").fill("Team size updated; pilot in Sejong since May.")
    founder_page.get_by_role("button", name="Submit my application again").click()
    expect(founder_page.get_by_text("You applied again.")).to_be_visible()
    expect(founder_page.get_by_role("heading", name="Your application is being reviewed")).to_be_visible()

    approve_in_queue(browser, base, "Hanbit Mobility", "Thanks for the details.")
    founder_page.reload()
    expect(founder_page.get_by_role("heading", name="You are a member: publish your draft")).to_be_visible()
    founder_page.get_by_role("button", name="Publish now Shared e-scooter docks").click()
    expect(founder_page.get_by_text("is published in the catalogue")).to_be_visible()
