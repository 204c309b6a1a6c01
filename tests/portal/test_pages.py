"""The pages for their owners: what each role sees, that forms show field errors and keep what was typed,
that every write goes through its service, and that every list has an empty state."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from accounts.models import MembershipApplication
from cities.models import CityChallenge
from core.models import AuditEntry, MembershipStatus
from introductions.models import Introduction
from matching.models import RescoreRequest
from startups.models import SolutionListing, Startup

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return response.content.decode()


# --- public pages --------------------------------------------------------------------------------------


def test_home_explains_the_portal_and_shows_approved_members_and_recent_solutions(client, world):
    page = body(client.get("/"))
    assert "Find proven smart-city partners" in page
    assert "Seoul" in page and world.published.title in page
    assert world.pending_city.name not in page and world.draft.title not in page


def test_home_has_empty_states(client, db):
    page = body(client.get("/"))
    assert "No member cities yet." in page and "No published solutions yet." in page


def test_catalogue_searches_and_filters_by_every_facet(client, world):
    url = reverse("startups:catalogue")
    page = body(client.get(url))
    assert world.published.title in page and world.draft.title not in page
    assert world.pending_draft.title not in page
    for query in (
        {"q": "food-waste bins"},
        {"sector": "environment"},
        {"country": "KR"},
        {"region": "asia-pacific"},
        {"language": "ko"},
        {"maturity": "deployed"},
    ):
        assert world.published.title in body(client.get(url, query)), query
    for query in (
        {"q": "hovercraft"},
        {"sector": "water"},
        {"country": "CO"},
        {"region": "europe"},
        {"language": "fr"},
        {"maturity": "concept"},
    ):
        page = body(client.get(url, query))
        assert world.published.title not in page, query
        assert "No solution matches these filters." in page


def test_catalogue_facets_count_listings_and_ignore_unknown_values(client, world):
    page = body(client.get(reverse("startups:catalogue"), {"sector": "no-such-sector", "country": "ZZ"}))
    assert world.published.title in page
    assert "Environment &amp; waste (1)" in page
    assert "South Korea (1)" in page


def test_catalogue_paginates_and_htmx_gets_only_the_fragment(client, world):
    from tests.factories import SolutionListingFactory

    for n in range(14):
        SolutionListingFactory(startup=world.startup, title=f"Leak detection kit {n:02d}", sectors=["water"])
    url = reverse("startups:catalogue")
    first = body(client.get(url, {"sector": "water"}))
    assert "Page 1 of 2" in first and "<html" in first
    second = client.get(url, {"sector": "water", "page": 2}, headers={"HX-Request": "true"})
    assert "<html" not in body(second) and "Page 2 of 2" in body(second)
    assert "HX-Request" in second["Vary"]


def test_solution_and_startup_pages_show_the_public_profile(client, world):
    page = body(client.get(reverse("startups:listing_detail", args=[world.published.pk])))
    assert world.published.title in page and "Sejong" in page and world.startup.name in page
    page = body(client.get(reverse("startups:startup_detail", args=[world.startup.pk])))
    assert world.published.title in page and world.draft.title not in page
    assert world.startup.contact_email not in page  # shared only through an accepted introduction


def test_city_and_challenge_pages_are_public_for_approved_cities(client, world):
    page = body(client.get(reverse("cities:city_detail", args=[world.seoul.pk])))
    assert world.seoul_challenge.title in page and world.seoul_closed_challenge.title not in page
    page = body(client.get(reverse("cities:challenge_detail", args=[world.seoul_challenge.pk])))
    assert escape(world.seoul_challenge.description) in page


# --- sign-up ---------------------------------------------------------------------------------------------


STARTUP_SIGNUP = {
    "first_name": "Yuna",
    "last_name": "Lee",
    "email": "yuna@greenroute.example",
    "username": "yuna.lee",
    "password1": "a-long-signup-password",
    "password2": "a-long-signup-password",
    "name": "GreenRoute",
    "country": "KR",
    "founded_year": "2021",
    "stage": "pilot",
    "team_size": "9",
    "website": "https://greenroute.example",
    "contact_email": "hello@greenroute.example",
    "description": "Route optimisation for municipal waste trucks.",
    "description_language": "en",
    "sectors": ["environment", "mobility"],
    "languages": ["ko", "en"],
    "target_regions": ["asia-pacific"],
    "message": "We run in two districts of Daejeon.",
}


def test_startup_signup_files_a_pending_application_and_signs_in(client, db):
    response = client.post(reverse("accounts:signup_startup"), STARTUP_SIGNUP)
    assert response.status_code == 302 and response["Location"] == reverse("startups:dashboard")
    startup = Startup.objects.get(name="GreenRoute")
    assert startup.membership_status == MembershipStatus.PENDING
    assert set(startup.sectors.values_list("code", flat=True)) == {"environment", "mobility"}
    application = MembershipApplication.objects.get(startup=startup)
    assert (
        application.message == "We run in two districts of Daejeon."
        and application.applicant.username == "yuna.lee"
    )
    assert AuditEntry.objects.filter(action="application.submitted").exists()
    page = body(client.get(reverse("startups:dashboard")))
    assert "Your application is being reviewed" in page


def test_startup_signup_shows_field_errors_and_keeps_what_was_typed(client, db):
    data = {**STARTUP_SIGNUP, "password2": "something-else-entirely", "founded_year": "2099", "team_size": ""}
    response = client.post(reverse("accounts:signup_startup"), data)
    page = body(response)
    assert response.status_code == 200
    assert "The two passwords differ." in page
    assert "The founding year cannot be in the future." in page
    assert 'aria-invalid="true"' in page
    assert 'value="GreenRoute"' in page and 'value="yuna@greenroute.example"' in page
    assert "Route optimisation for municipal waste trucks." in page
    assert re.search(r'value="environment"[^>]* checked', page)  # the ticked sectors stay ticked
    assert not Startup.objects.filter(name="GreenRoute").exists()


def test_startup_signup_rejects_a_taken_name_in_the_same_country(client, world):
    data = {**STARTUP_SIGNUP, "name": world.startup.name, "country": world.startup.country}
    page = body(client.post(reverse("accounts:signup_startup"), data))
    assert "already exists" in page
    assert not MembershipApplication.objects.filter(applicant__username="yuna.lee").exists()


def test_city_official_signup_asks_to_join_an_approved_city(client, world):
    page = body(client.get(reverse("accounts:signup_city")))
    assert "Seoul" in page and world.pending_city.name not in page
    data = {
        "first_name": "Minho",
        "last_name": "Park",
        "email": "minho@seoul.example",
        "username": "minho.park",
        "password1": "a-long-signup-password",
        "password2": "a-long-signup-password",
        "city": world.seoul.pk,
        "job_title": "Smart City Officer",
        "message": "",
    }
    response = client.post(reverse("accounts:signup_city"), data)
    assert response["Location"] == reverse("cities:dashboard")
    application = MembershipApplication.objects.get(applicant__username="minho.park")
    assert application.city == world.seoul and application.status == MembershipStatus.PENDING
    assert "Your request to join is being reviewed" in body(client.get(reverse("cities:dashboard")))


def test_signing_in_leads_to_the_page_of_ones_role(client, world, seoul_official, secretariat):
    for user, page in (
        (seoul_official, "cities:dashboard"),
        (world.pending_founder, "startups:dashboard"),
        (secretariat, "accounts:secretariat"),
    ):
        client.force_login(user)
        assert client.get(reverse("accounts:dashboard"))["Location"] == reverse(page)


# --- the startup's area --------------------------------------------------------------------------------


def test_startup_dashboard_lists_drafts_and_published_listings(client, world, startup_member):
    client.force_login(startup_member)
    page = body(client.get(reverse("startups:dashboard")))
    assert world.draft.title in page and world.published.title in page
    assert "Seoul" in page  # its pending introduction request and its best city


def test_startup_edits_its_profile_through_the_service(client, world, startup_member):
    client.force_login(startup_member)
    page = body(client.get(reverse("startups:profile_edit")))
    assert f'value="{world.startup.name}"' in page
    data = {
        "name": world.startup.name,
        "country": "KR",
        "founded_year": 2019,
        "stage": "scale",
        "team_size": 40,
        "website": "",
        "contact_email": "team@loopwise.example",
        "description": "New description.",
        "description_language": "en",
        "sectors": ["environment", "water"],
        "languages": ["en"],
        "target_regions": ["europe"],
    }
    response = client.post(reverse("startups:profile_edit"), data)
    assert response.status_code == 302
    startup = Startup.objects.get(pk=world.startup.pk)
    assert startup.stage == "scale" and startup.team_size == 40
    assert set(startup.sectors.values_list("code", flat=True)) == {"environment", "water"}
    assert RescoreRequest.objects.filter(kind="startup", object_id=startup.pk).exists()


def test_startup_drafts_publishes_and_unpublishes_a_listing(client, world, startup_member):
    client.force_login(startup_member)
    data = {
        "title": "Noise sensors for night-time quiet zones",
        "summary": "Sensors that map noise complaints.",
        "description": "Low-cost noise sensors.",
        "language": "en",
        "sectors": ["environment"],
        "maturity": "pilot",
        "pricing_model": "subscription",
        "languages_supported": ["en"],
    }
    response = client.post(reverse("startups:listing_create"), data)
    listing = SolutionListing.objects.get(title=data["title"])
    assert response["Location"] == reverse("startups:listing_edit", args=[listing.pk])
    assert listing.status == "draft" and listing.startup == world.startup
    client.post(reverse("startups:listing_publish", args=[listing.pk]))
    assert SolutionListing.objects.get(pk=listing.pk).is_published
    assert data["title"] in body(client.get(reverse("startups:catalogue")))
    client.post(reverse("startups:listing_unpublish", args=[listing.pk]))
    assert not SolutionListing.objects.get(pk=listing.pk).is_published


def test_listing_form_shows_errors_and_keeps_input(client, world, startup_member):
    client.force_login(startup_member)
    data = {
        "title": "",
        "summary": "Kept summary",
        "description": "",
        "language": "en",
        "maturity": "pilot",
        "pricing_model": "custom",
    }
    page = body(client.post(reverse("startups:listing_create"), data))
    assert "This field is required." in page and 'value="Kept summary"' in page
    assert "Please correct the" in page


def test_startup_adds_and_removes_a_reference_deployment(client, world, startup_member):
    client.force_login(startup_member)
    url = reverse("startups:deployment_add", args=[world.published.pk])
    page = body(client.post(url, {"deployment-city_name": "", "deployment-country": "KR"}))
    assert "This field is required." in page
    client.post(
        url,
        {"deployment-city_name": "Daejeon", "deployment-country": "KR", "deployment-population": 1_450_000},
    )
    deployment = world.published.deployments.get(city_name="Daejeon")
    client.post(reverse("startups:deployment_remove", args=[deployment.pk]))
    assert not world.published.deployments.filter(city_name="Daejeon").exists()


def test_cities_for_you_shows_score_reasons_and_the_overseas_filter(client, world, startup_member):
    client.force_login(startup_member)
    page = body(client.get(reverse("startups:cities_for_you")))
    assert "Seoul" in page and "Bogotá" in page and "81" in page
    assert (
        escape("Works in the city's priority sectors: Environment & waste") in page
    )  # addressed to the startup
    abroad = client.get(reverse("startups:cities_for_you"), {"overseas": "1"}, headers={"HX-Request": "true"})
    assert "Bogotá" in body(abroad) and "Seoul" not in body(abroad) and "<html" not in body(abroad)


def test_challenges_that_fit_are_open_and_in_the_startups_sectors(client, world, startup_member):
    client.force_login(startup_member)
    page = body(client.get(reverse("startups:challenges_that_fit")))
    assert world.seoul_challenge.title in page
    assert world.bogota_challenge.title not in page  # safety is not one of its sectors
    assert world.seoul_closed_challenge.title not in page


def test_empty_states_of_the_startup_area(client, world):
    client.force_login(world.other_startup_member)
    SolutionListing.objects.filter(startup=world.other_startup).delete()
    page = body(client.get(reverse("startups:dashboard")))
    assert "No listing yet." in page
    assert "No request is waiting for your answer." in page
    world.seoul_only_match.delete()
    assert "No recommended city yet." in body(client.get(reverse("startups:cities_for_you")))
    assert "Nothing is waiting for an answer." in body(client.get(reverse("introductions:introductions")))


# --- the city official's area --------------------------------------------------------------------------


def test_city_dashboard_ranks_startups_with_score_reasons_and_best_listing(client, world, seoul_official):
    client.force_login(seoul_official)
    page = body(client.get(reverse("cities:dashboard")))
    assert page.index(world.startup.name) < page.index(world.other_startup.name)
    assert "Answers your challenge “Cut food waste in apartment blocks”" in page
    assert world.published.title in page  # the best listing
    assert "Works in Korean, English" in page


def test_city_dashboard_overseas_filter(client, world, seoul_official):
    client.force_login(seoul_official)
    page = body(client.get(reverse("cities:dashboard"), {"overseas": "1"}))
    assert "No recommended startup from abroad yet." in page


def test_official_posts_edits_closes_and_reopens_a_challenge(client, world, seoul_official):
    client.force_login(seoul_official)
    data = {
        "title": "Detect water leaks early",
        "description": "Old pipes leak.",
        "language": "en",
        "sectors": ["water"],
        "deadline": "",
    }
    assert client.post(reverse("cities:challenge_create"), data).status_code == 302
    challenge = CityChallenge.objects.get(title="Detect water leaks early")
    assert challenge.city == world.seoul and challenge.is_open
    assert RescoreRequest.objects.filter(kind="city", object_id=world.seoul.pk).exists()
    client.post(reverse("cities:challenge_edit", args=[challenge.pk]), {**data, "title": "Detect leaks"})
    assert CityChallenge.objects.get(pk=challenge.pk).title == "Detect leaks"
    client.post(reverse("cities:challenge_close", args=[challenge.pk]))
    assert not CityChallenge.objects.get(pk=challenge.pk).is_open
    client.post(reverse("cities:challenge_reopen", args=[challenge.pk]))
    assert CityChallenge.objects.get(pk=challenge.pk).is_open


def test_challenge_form_shows_errors_and_keeps_input(client, world, seoul_official):
    client.force_login(seoul_official)
    data = {"title": "", "description": "Kept description", "language": "en", "deadline": "2001-01-01"}
    page = body(client.post(reverse("cities:challenge_create"), data))
    assert "This field is required." in page and "Kept description" in page
    assert "The deadline cannot be in the past." in page


def test_city_profile_edit_goes_through_the_service(client, world, seoul_official):
    client.force_login(seoul_official)
    data = {
        "population": 9_500_000,
        "website": "",
        "profile": "New profile.",
        "profile_language": "en",
        "languages": ["ko"],
        "priority_sectors": ["water"],
    }
    assert client.post(reverse("cities:profile_edit"), data).status_code == 302
    world.seoul.refresh_from_db()
    assert world.seoul.population == 9_500_000 and world.seoul.profile == "New profile."


# --- introductions ---------------------------------------------------------------------------------------


def test_official_requests_an_introduction_and_the_startup_accepts(
    client, world, seoul_official, startup_member
):
    client.force_login(seoul_official)
    startup_page = body(client.get(reverse("startups:startup_detail", args=[world.other_startup.pk])))
    assert "Request an introduction" in startup_page
    url = reverse("introductions:introduction_request", args=[world.other_startup.pk])
    page = body(client.post(url, {"message": ""}))
    assert "This field is required." in page
    response = client.post(
        url,
        {"message": "Could your parking sensors work in Jongno-gu?", "challenge": world.seoul_challenge.pk},
    )
    introduction = Introduction.objects.get(startup=world.other_startup)
    assert response["Location"] == reverse("introductions:introduction_detail", args=[introduction.pk])
    assert introduction.requested_by == seoul_official and introduction.match_score == 64.0
    assert "hello@" not in body(client.get(response["Location"]))  # no contact before an answer

    client.force_login(world.other_startup_member)
    respond = reverse("introductions:introduction_respond", args=[introduction.pk])
    page = body(client.post(respond, {"decision": "decline"}))
    assert "Say why you decline" in page
    client.post(respond, {"decision": "accept", "note": "Happy to talk."})
    introduction.refresh_from_db()
    assert introduction.status == "accepted" and introduction.responded_by == world.other_startup_member
    page = body(client.get(reverse("introductions:introduction_detail", args=[introduction.pk])))
    assert seoul_official.email in page  # the startup sees the official's contact

    client.force_login(seoul_official)
    page = body(client.get(reverse("introductions:introduction_detail", args=[introduction.pk])))
    assert world.other_startup_member.email in page  # and the city sees the startup's


def test_startup_declines_with_a_reason(client, world, startup_member):
    client.force_login(startup_member)
    respond = reverse("introductions:introduction_respond", args=[world.introduction.pk])
    client.post(respond, {"decision": "decline", "decline_reason": "no_capacity"})
    world.introduction.refresh_from_db()
    assert world.introduction.status == "declined" and world.introduction.decline_reason == "no_capacity"
    page = body(client.get(reverse("introductions:introduction_detail", args=[world.introduction.pk])))
    assert world.startup.contact_email not in page


def test_a_second_request_while_one_is_open_is_a_form_error(client, world, seoul_official):
    client.force_login(seoul_official)
    url = reverse("introductions:introduction_request", args=[world.startup.pk])
    page = body(client.post(url, {"message": "Again"}))
    assert "already waiting for an answer" in page
    assert Introduction.objects.filter(startup=world.startup).count() == 1


# --- the secretariat ---------------------------------------------------------------------------------------


def test_queue_shows_the_applicants_details(client, world, secretariat):
    client.force_login(secretariat)
    page = body(client.get(reverse("accounts:application_queue")))
    assert world.pending_startup.name in page and world.pending_founder.email in page
    assert world.application.message in page
    assert world.pending_startup.name not in body(
        client.get(reverse("accounts:application_queue"), {"kind": "city"})
    )


def test_secretariat_rejects_with_a_note_and_approves(client, world, secretariat):
    client.force_login(secretariat)
    url = reverse("accounts:application_detail", args=[world.application.pk])
    page = body(client.post(url, {"decision": "reject", "note": ""}))
    assert "Write a note to reject" in page
    assert not MembershipApplication.objects.get(pk=world.application.pk).is_decided
    client.post(url, {"decision": "approve", "note": "References checked with Daejeon."})
    application = MembershipApplication.objects.get(pk=world.application.pk)
    assert application.status == "approved" and application.reviewed_by == secretariat
    history = body(client.get(reverse("accounts:decision_history")))
    assert "References checked with Daejeon." in history and world.pending_startup.name in history
    page = body(client.post(url, {"decision": "reject", "note": "Changed my mind"}))
    assert MembershipApplication.objects.get(pk=world.application.pk).status == "approved"
    assert "Decided by" in page


def test_secretariat_dashboard_shows_figures_and_charts(client, world, secretariat):
    client.force_login(secretariat)
    page = body(client.get(reverse("accounts:secretariat")))
    assert "Members by region" in page and "Published solutions by sector" in page
    assert "<svg" in page and "Introductions made" in page
    assert "Review 1 pending application" in page


def test_applications_without_an_account_or_reviewer_still_show(client, world, secretariat):
    from tests.factories import MembershipApplicationFactory

    orphan = MembershipApplicationFactory(applicant=None, message="Orphan application")
    decided = MembershipApplicationFactory(applicant=None, status="approved", reviewed_at=timezone.now())
    client.force_login(secretariat)
    assert "No account is linked" in body(client.get(reverse("accounts:application_queue")))
    page = body(client.get(reverse("accounts:application_detail", args=[orphan.pk])))
    assert "No account is linked" in page and "Earlier applications" not in page
    assert decided.startup.name in body(client.get(reverse("accounts:decision_history")))


def test_empty_queue_and_history(client, db, secretariat):
    client.force_login(secretariat)
    assert "No application is waiting for a decision." in body(
        client.get(reverse("accounts:application_queue"))
    )
    assert "No decision has been taken yet." in body(client.get(reverse("accounts:decision_history")))
    assert "No matches have been computed yet." in body(client.get(reverse("accounts:secretariat")))
