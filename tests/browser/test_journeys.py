"""The three journeys of the portal, walked in Chromium through the pages only, as a person would: a startup
joins, a city official finds partners, the secretariat approves. Stored matches are written the way the
re-scoring worker writes them (the worker has its own tests); everything else happens by clicking."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from accounts.models import ApplicationKind, Role
from core.models import MembershipStatus
from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    MatchFactory,
    MemberCityFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"  # tests.factories.UserFactory's


# --- a small world, as left by earlier members and the re-scoring worker ---------------------------------


def _count_htmx_settles(page) -> None:
    """Count htmx's settled swaps on this page (the listener is on the document, which swaps keep)."""
    page.evaluate(
        "() => { window.settled = 0; document.addEventListener('htmx:afterSettle', () => window.settled++) }"
    )


def _htmx_settled(page, count: int) -> None:
    """Wait for the count-th settled swap: the filters live inside the swapped results, so a filter chosen
    mid-swap would be chosen on the old form, which the swap then replaces."""
    page.wait_for_function(f"() => window.settled >= {count}")


def _seoul_and_its_official():
    seoul = MemberCityFactory(
        name="Seoul",
        country="KR",
        population=9_400_000,
        languages=["ko", "en"],
        priority_sectors=["environment", "mobility"],
    )
    official = ProfileFactory(
        user=UserFactory(username="official.seoul", first_name="Ji-woo", last_name="Kim"),
        role=Role.CITY_OFFICIAL,
        city=seoul,
        job_title="Smart City Officer",
    ).user
    challenge = CityChallengeFactory(
        city=seoul,
        title="Cut food waste in apartment blocks",
        sectors=["environment"],
        description="Apartment complexes produce most of our food waste; we want pay-as-you-throw bins.",
    )
    return seoul, official, challenge


def _secretariat():
    user = UserFactory(username="secretariat", first_name="Mina", last_name="Park", is_staff=True)
    ProfileFactory(user=user, role=Role.SECRETARIAT)
    return user


def _startup_with_member(name: str, country: str, sector: str, title: str):
    startup = StartupFactory(
        name=name,
        country=country,
        sectors=[sector],
        languages=["en"],
        contact_email=f"hello@{name.lower().replace(' ', '')}.example",
    )
    member = ProfileFactory(user=UserFactory(), role=Role.STARTUP_MEMBER, startup=startup).user
    listing = SolutionListingFactory(
        startup=startup, title=title, sectors=[sector], languages_supported=["en"]
    )
    return startup, member, listing


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def approve_in_queue(browser: Browser, base: str, organisation: str, note: str) -> None:
    """The secretariat, in a browser of its own, approves an application from the queue."""
    context = browser.new_context(locale="en-GB")
    staff = context.new_page()
    sign_in(staff, base, "secretariat")
    staff.get_by_role("link", name="Applications").click()
    staff.get_by_role("link", name=organisation).first.click()
    staff.get_by_label("Note").fill(note)
    staff.get_by_role("button", name="Approve").click()
    expect(staff.get_by_text(f"{organisation} was approved.")).to_be_visible()
    context.close()


# --- 1. a startup joins ---------------------------------------------------------------------------------


def test_a_startup_joins_prepares_is_approved_publishes_and_answers_a_city(live_server, page: Page, browser):
    base = live_server.url
    seoul, official, challenge = _seoul_and_its_official()
    kigali = MemberCityFactory(name="Kigali", country="RW", population=1_100_000, languages=["en", "fr"])
    _secretariat()

    page.goto(base)
    expect(page.get_by_role("heading", name="Find proven smart-city partners across borders")).to_be_visible()
    page.get_by_role("link", name="Join as a startup").first.click()

    page.get_by_label("First name").fill("Yuna")
    page.get_by_label("Last name").fill("Lee")
    page.get_by_label("Work email").fill("yuna@greenroute.example")
    page.get_by_label("Username").fill("yuna.lee")
    page.get_by_label("Password", exact=True).fill("a-long-signup-password")
    page.get_by_label("Password again").fill("not the same password")
    page.get_by_label("Startup name").fill("GreenRoute")
    page.get_by_label("Country").select_option("KR")
    page.get_by_label("Year founded").fill("2021")
    page.get_by_label("Stage").select_option("pilot")
    page.get_by_label("Team size").fill("9")
    page.get_by_label("Contact email").fill("hello@greenroute.example")
    page.get_by_label("What your startup does").fill("Route optimisation for municipal waste trucks.")
    page.get_by_label("Environment & waste").check()
    page.get_by_role("button", name="Create account and apply").click()

    # The form comes back with the error next to its field and everything typed still there.
    expect(page.get_by_text("The two passwords differ.")).to_be_visible()
    expect(page.get_by_label("Startup name")).to_have_value("GreenRoute")
    expect(page.get_by_label("Environment & waste")).to_be_checked()
    page.get_by_label("Password", exact=True).fill("a-long-signup-password")
    page.get_by_label("Password again").fill("a-long-signup-password")
    page.get_by_role("button", name="Create account and apply").click()

    expect(page.get_by_role("heading", name="Your application is being reviewed")).to_be_visible()
    expect(page.get_by_role("heading", name="GreenRoute")).to_be_visible()

    # While pending: prepare the profile and draft a listing; nothing is public.
    page.get_by_role("link", name="Edit profile").click()
    page.get_by_label("Team size").fill("11")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Your startup's profile was saved.")).to_be_visible()

    page.get_by_role("link", name="New listing").click()
    page.get_by_label("Title").fill("Route planning for waste collection trucks")
    page.get_by_label("One-sentence summary").fill("Daily routes that cut truck kilometres by a fifth.")
    page.get_by_label("Description", exact=True).fill("Uses bin fill-level data to plan the day's rounds.")
    page.get_by_label("Environment & waste").check()
    page.get_by_label("Maturity").select_option("deployed")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Draft “Route planning for waste collection trucks” saved.")).to_be_visible()

    page.get_by_role("link", name="My startup", exact=True).click()
    expect(page.get_by_text("You can publish your drafts once the secretariat has approved")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Publish"))).to_have_count(0)

    visitor = browser.new_context(locale="en-GB").new_page()
    visitor.goto(f"{base}/solutions/?q=Route+planning")
    expect(visitor.get_by_text("No solution matches these filters.")).to_be_visible()

    # The secretariat approves; the startup publishes.
    approve_in_queue(browser, base, "GreenRoute", "Checked the Daejeon references.")
    page.reload()
    expect(page.get_by_role("heading", name="Your application is being reviewed")).to_have_count(0)
    page.get_by_role("button", name="Publish Route planning for waste collection trucks").click()
    expect(page.get_by_text("is published in the catalogue")).to_be_visible()
    visitor.goto(f"{base}/solutions/?q=Route+planning")
    expect(visitor.get_by_role("link", name="Route planning for waste collection trucks")).to_be_visible()

    # The worker has scored the new listing: "Cities for you", ranked, with reasons, and the abroad filter.
    from startups.models import SolutionListing, Startup

    greenroute = Startup.objects.get(name="GreenRoute")
    listing = SolutionListing.objects.get(startup=greenroute)
    MatchFactory(
        city=seoul,
        startup=greenroute,
        listing=listing,
        challenge=challenge,
        score=83.4,
        startup_rank=1,
        reasons=[
            {"code": "answers_challenge", "challenge_id": challenge.pk, "title": challenge.title},
            {"code": "shared_sectors", "sectors": ["environment"]},
        ],
    )
    MatchFactory(
        city=kigali,
        startup=greenroute,
        listing=listing,
        score=61.0,
        startup_rank=2,
        reasons=[{"code": "works_in_languages", "languages": ["en"]}],
    )
    page.get_by_role("link", name="Cities for you").click()
    matches = page.locator(".match")
    expect(matches).to_have_count(2)
    expect(matches.first).to_contain_text("Seoul")
    expect(matches.first).to_contain_text("83")
    expect(matches.first).to_contain_text("Works in the city's priority sectors: Environment & waste")
    page.get_by_label("Only cities abroad").check()  # htmx swaps the list in place
    expect(matches).to_have_count(1)
    expect(matches.first).to_contain_text("Kigali")
    expect(page).to_have_url(re.compile(r"overseas=1"))

    page.get_by_role("link", name="Challenges", exact=True).click()
    expect(page.get_by_role("link", name="Cut food waste in apartment blocks")).to_be_visible()

    # Seoul asked to meet GreenRoute; the startup accepts and sees who asked.
    IntroductionFactory(
        city=seoul,
        startup=greenroute,
        requested_by=official,
        listing=listing,
        message="Could we pilot your routes in Mapo-gu this spring?",
    )
    page.get_by_role("link", name="Introductions").click()
    page.get_by_role("link", name=re.compile("^Answer.*Seoul")).click()
    expect(page.get_by_text("Could we pilot your routes in Mapo-gu this spring?")).to_be_visible()
    page.get_by_label("Accept: share our contact details").check()
    page.get_by_label("Note to the city").fill("Gladly: let us talk next week.")
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_text("You accepted.")).to_be_visible()
    contact = page.locator(".contact")
    expect(contact).to_contain_text("official.seoul@example.org")
    expect(contact).to_contain_text("Smart City Officer")


# --- 2. a city official finds partners --------------------------------------------------------------------


def test_a_city_official_joins_finds_partners_posts_challenges_and_meets_a_startup(
    live_server, page: Page, browser
):
    base = live_server.url
    seoul, _, challenge = _seoul_and_its_official()
    _secretariat()
    loopwise, loopwise_member, bins = _startup_with_member(
        "Loopwise", "KR", "environment", "Smart food-waste bins with pay-as-you-throw billing"
    )
    aquasense, _, leaks = _startup_with_member(
        "AquaSense", "CL", "water", "Acoustic leak detection for water mains"
    )
    for n in range(13):
        SolutionListingFactory(startup=aquasense, title=f"Leak sensor kit model {n:02d}", sectors=["water"])
    MatchFactory(
        city=seoul,
        startup=loopwise,
        listing=bins,
        challenge=challenge,
        score=88.2,
        city_rank=1,
        reasons=[
            {"code": "answers_challenge", "challenge_id": challenge.pk, "title": challenge.title},
            {
                "code": "reference_deployment",
                "city": "Sejong",
                "country": "KR",
                "same_region": True,
                "similar_size": False,
                "count": 3,
            },
        ],
    )
    MatchFactory(
        city=seoul,
        startup=aquasense,
        listing=leaks,
        score=71.5,
        city_rank=2,
        reasons=[{"code": "targets_region", "region": "asia-pacific"}],
    )

    page.goto(base)
    page.get_by_role("link", name="Join as a city official").first.click()
    page.get_by_label("First name").fill("Minho")
    page.get_by_label("Last name").fill("Park")
    page.get_by_label("Work email").fill("minho.park@seoul.example")
    page.get_by_label("Username").fill("minho.park")
    page.get_by_label("Password", exact=True).fill("a-long-signup-password")
    page.get_by_label("Password again").fill("a-long-signup-password")
    page.get_by_label("Your city").select_option(label="Seoul · South Korea")
    page.get_by_role("button", name="Create account and ask to join").click()
    expect(page.get_by_label("Job title")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Your city")).to_have_value(str(seoul.pk))
    page.get_by_label("Job title").fill("Deputy Director, Smart City Division")
    page.get_by_label("Password", exact=True).fill("a-long-signup-password")
    page.get_by_label("Password again").fill("a-long-signup-password")
    page.get_by_role("button", name="Create account and ask to join").click()
    expect(page.get_by_role("heading", name="Your request to join is being reviewed")).to_be_visible()
    expect(
        page.get_by_text("Recommendations appear here once the secretariat has approved you.")
    ).to_be_visible()

    approve_in_queue(browser, base, "Seoul", "Confirmed with the Smart City Division.")

    # "Startups for your city": ranked, with score, reasons and the best listing; then only from abroad.
    page.reload()
    matches = page.locator(".match")
    expect(matches).to_have_count(2)
    expect(matches.first).to_contain_text("Loopwise")
    expect(matches.first).to_contain_text("88")
    expect(matches.first).to_contain_text("Answers your challenge “Cut food waste in apartment blocks”")
    expect(matches.first).to_contain_text("Runs in Sejong (KR), in the same region and 2 other cities")
    expect(matches.first.get_by_role("link", name=bins.title)).to_be_visible()
    page.get_by_label("Only startups from abroad").check()
    expect(matches).to_have_count(1)
    expect(matches.first).to_contain_text("AquaSense")

    # The catalogue: search, facets, pagination, an empty state.
    page.get_by_role("link", name="Solutions", exact=True).click()
    search = page.get_by_role("searchbox", name="Search")
    search.fill("hovercraft")
    search.press("Enter")
    expect(page.get_by_text("No solution matches these filters.")).to_be_visible()
    search.fill("leak")
    _count_htmx_settles(page)
    page.get_by_role("button", name="Search").click()
    _htmx_settled(page, 1)
    expect(page.get_by_text("14 solutions found")).to_be_visible()
    page.get_by_label("Startup's country").select_option("CL")  # htmx: the results change in place
    _htmx_settled(page, 2)
    expect(page).to_have_url(re.compile(r"country=CL"))
    page.get_by_label("Sector").select_option("water")
    _htmx_settled(page, 3)
    expect(page).to_have_url(re.compile(r"sector=water"))
    expect(page.get_by_text("14 solutions found")).to_be_visible()
    expect(page.get_by_label("Sector")).to_contain_text("Water (14)")
    page.get_by_role("link", name="Next").click()
    expect(page.get_by_text("Page 2 of 2")).to_be_visible()
    expect(page.locator(".listing-list > li")).to_have_count(2)
    page.get_by_role("link", name="Previous").click()
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()
    page.go_back()  # htmx pushed each page to the history
    expect(page.get_by_text("Page 2 of 2")).to_be_visible()
    page.get_by_role("link", name="Acoustic leak detection for water mains").click()

    # Solution page → startup page → request an introduction.
    expect(page.get_by_role("heading", name="Acoustic leak detection for water mains")).to_be_visible()
    page.get_by_role("link", name="AquaSense").first.click()
    page.get_by_role("link", name="Request an introduction").click()
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("This field is required.")).to_be_visible()
    page.get_by_label("Your message to the startup").fill(
        "Our water mains lose 20% of treated water. Can we meet?"
    )
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("Your request was sent to AquaSense.")).to_be_visible()
    expect(page.get_by_text("Both sides see each other's contact once the startup accepts.")).to_be_visible()
    introduction_url = page.url

    # Post a challenge (an error first), see it listed, close it.
    page.get_by_role("link", name="Our challenges").click()
    page.get_by_role("link", name="Post a challenge").click()
    page.get_by_label("What do you need solved?").fill(
        "Old pipes leak; we need to find leaks before they burst."
    )
    page.get_by_role("button", name="Publish challenge").click()
    expect(page.locator("#id_title_errors")).to_contain_text("This field is required.")
    expect(page.get_by_label("What do you need solved?")).to_have_value(
        "Old pipes leak; we need to find leaks before they burst."
    )
    page.get_by_label("Title").fill("Find water leaks before pipes burst")
    page.get_by_label("Water", exact=True).check()
    page.get_by_role("button", name="Publish challenge").click()
    expect(page.get_by_text("Challenge “Find water leaks before pipes burst” is published.")).to_be_visible()
    row = page.get_by_role("row", name=re.compile("Find water leaks before pipes burst"))
    row.get_by_role("button", name=re.compile("^Close")).click()
    expect(page.get_by_text("Challenge “Find water leaks before pipes burst” is closed.")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("Find water leaks before pipes burst"))).to_contain_text(
        "Closed"
    )

    # The startup accepts in its own browser; then both sides see each other's contact.
    from introductions.models import Introduction

    introduction = Introduction.objects.get(startup=aquasense)
    member = introduction.startup.members.first().user
    startup_page = browser.new_context(locale="en-GB").new_page()
    sign_in(startup_page, base, member.username)
    startup_page.goto(f"{base}/introductions/{introduction.pk}/")
    startup_page.get_by_label("Accept: share our contact details").check()
    startup_page.get_by_role("button", name="Send answer").click()
    expect(startup_page.locator(".contact")).to_contain_text("minho.park@seoul.example")
    page.goto(introduction_url)
    expect(page.locator(".contact")).to_contain_text("hello@aquasense.example")

    # The same dashboard in Korean, match reasons included.
    page.goto(f"{base}/city/")
    page.get_by_label("Language").select_option("ko")  # submits itself (static/js/portal.js)
    expect(page.get_by_role("heading", name="우리 도시를 위한 스타트업")).to_be_visible()
    expect(page.locator(".match").first).to_contain_text(
        "귀 도시의 과제 “Cut food waste in apartment blocks”에 답합니다"
    )
    expect(page.locator("html")).to_have_attribute("lang", "ko")


# --- 3. the secretariat approves ------------------------------------------------------------------------


def test_the_secretariat_reviews_applications_and_follows_the_figures(live_server, page: Page):
    base = live_server.url
    seoul, official, challenge = _seoul_and_its_official()
    _secretariat()
    loopwise, _, bins = _startup_with_member("Loopwise", "KR", "environment", "Smart food-waste bins")
    MatchFactory(city=seoul, startup=loopwise, listing=bins)
    IntroductionFactory(city=seoul, startup=loopwise, requested_by=official, status="accepted")
    hanbit = StartupFactory(
        name="Hanbit Mobility", membership_status=MembershipStatus.PENDING, joined_on=None
    )
    founder = UserFactory(username="hanbit.founder", first_name="Seo-yeon", last_name="Choi")
    ProfileFactory(user=founder, role=Role.STARTUP_MEMBER, startup=hanbit, member_since=None)
    MembershipApplicationFactory(
        startup=hanbit, applicant=founder, message="We run demand-responsive buses in three Korean cities."
    )
    spammy = StartupFactory(name="Gadget Shop", membership_status=MembershipStatus.PENDING, joined_on=None)
    MembershipApplicationFactory(kind=ApplicationKind.STARTUP, startup=spammy, message="We sell phone cases.")

    sign_in(page, base, "secretariat")
    # Signing in leads to the figures: membership by region, listings by sector, introductions made.
    expect(page.get_by_role("heading", name="Membership and matching")).to_be_visible()
    expect(page.get_by_role("table", name="Members by region")).to_contain_text("Asia-Pacific")
    expect(page.get_by_role("table", name="Published solutions by sector")).to_contain_text(
        "Environment & waste"
    )
    expect(page.locator("svg.bar").first).to_be_visible()
    expect(page.get_by_text("of answered introductions accepted")).to_be_visible()

    page.get_by_role("link", name="Review 2 pending applications").click()
    cards = page.locator(".application")
    expect(cards).to_have_count(2)
    hanbit_card = cards.filter(has_text="Hanbit Mobility")
    expect(hanbit_card).to_contain_text("Seo-yeon Choi")
    expect(hanbit_card).to_contain_text("hanbit.founder@example.org")
    expect(hanbit_card).to_contain_text("We run demand-responsive buses")

    # Reject without a note: refused, with the reason next to the field; then with a note.
    page.get_by_role("link", name="Gadget Shop").click()
    page.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("Write a note to reject: the applicant needs to know why.")).to_be_visible()
    page.get_by_label("Note").fill("Consumer products, not solutions for cities.")
    page.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("Gadget Shop was rejected.")).to_be_visible()
    expect(cards).to_have_count(1)

    # Approve with the keyboard only.
    page.get_by_role("link", name="Hanbit Mobility").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Note").focus()
    page.keyboard.type("Three municipal contracts verified.")
    page.keyboard.press("Tab")  # to "Approve"
    expect(page.get_by_role("button", name="Approve")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Hanbit Mobility was approved.")).to_be_visible()
    expect(page.get_by_text("No application is waiting for a decision.")).to_be_visible()

    # The history: who, when, why.
    page.get_by_role("link", name="Decisions").click()
    history = page.get_by_role("table")
    expect(history.get_by_role("row", name=re.compile("Hanbit Mobility"))).to_contain_text(
        "Three municipal contracts verified."
    )
    expect(history.get_by_role("row", name=re.compile("Gadget Shop"))).to_contain_text("Mina Park")
    expect(history.get_by_role("row", name=re.compile("Gadget Shop"))).to_contain_text("Rejected")

    # The skip link is the first stop of the keyboard.
    page.goto(f"{base}/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
