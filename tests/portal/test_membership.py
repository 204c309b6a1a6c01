"""The membership lifecycle on the pages: the secretariat's members pages and queue, refusals that say why
(styled 403/404/405 pages), applying again after a rejection, a new member city's sign-up, and the call to
publish drafts once approved."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.membership import reinstate_membership, suspend_membership
from accounts.models import ApplicationKind, MembershipApplication, Role
from accounts.services import reject_application
from cities.models import CityChallenge, MemberCity
from core.models import AuditEntry, MembershipStatus
from introductions.models import Introduction
from tests.factories import (
    IntroductionFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return response.content.decode()


# --- the secretariat's member pages ---------------------------------------------------------------------


def test_the_secretariat_suspends_and_reinstates_a_startup_with_a_note(client, secretariat, startup):
    client.force_login(secretariat)
    listing_page = body(client.get(reverse("accounts:member_list"), {"kind": "startup", "q": "loop"}))
    assert "Loopwise" in listing_page
    url = reverse("accounts:member_detail", args=["startup", startup.pk])
    page = body(client.get(url))
    assert 'value="suspend"' in page and 'value="reinstate"' not in page

    missing_note = client.post(url, {"action": "suspend", "note": ""})
    assert missing_note.status_code == 200 and "This field is required." in body(missing_note)
    startup.refresh_from_db()
    assert startup.is_public

    response = client.post(url, {"action": "suspend", "note": "Unpaid fees."}, follow=True)
    assert "Loopwise is now Suspended." in body(response)
    assert 'value="reinstate"' in body(response) and "Unpaid fees." in body(response)
    startup.refresh_from_db()
    assert startup.membership_status == MembershipStatus.SUSPENDED
    suspended_only = body(
        client.get(reverse("accounts:member_list"), {"kind": "startup", "status": "approved"})
    )
    assert "Loopwise" not in suspended_only

    client.post(url, {"action": "reinstate", "note": "Fees paid."})
    startup.refresh_from_db()
    assert startup.is_public
    assert list(
        AuditEntry.objects.filter(action__startswith="membership.").values_list("action", flat=True)
    ) == [
        "membership.reinstated",
        "membership.suspended",
    ]


def test_members_pages_are_the_secretariats_only(client, startup, startup_member, seoul_official, outsider):
    for user in (startup_member, seoul_official, outsider):
        client.force_login(user)
        response = client.post(
            reverse("accounts:member_detail", args=["startup", startup.pk]),
            {"action": "suspend", "note": "x"},
        )
        assert response.status_code == 403
        assert "for the association&#x27;s secretariat" in body(response)
    startup.refresh_from_db()
    assert startup.is_public


# --- the organisation's status governs its people -------------------------------------------------------


def test_a_suspended_citys_official_is_refused_with_the_reason(
    client, secretariat, seoul, seoul_official, startup
):
    suspend_membership(organisation=seoul, actor=secretariat, note="Under review.")
    client.force_login(seoul_official)
    challenge = {"title": "Floods", "description": "x", "language": "en", "sectors": ["water"]}
    for response in (
        client.get(reverse("introductions:introduction_request", args=[startup.pk])),
        client.post(reverse("introductions:introduction_request", args=[startup.pk]), {"message": "Hi"}),
        client.post(reverse("cities:profile_edit"), {"population": 9_500_000}),
        client.post(reverse("cities:challenge_create"), challenge),
    ):
        assert response.status_code == 403
        page = body(response)
        assert "You cannot do this here" in page and "membership is suspended" in page  # the styled page
        assert 'class="site-header"' in page
    assert not Introduction.objects.exists() and not CityChallenge.objects.exists()
    dashboard = body(client.get(reverse("cities:dashboard")))
    assert "Your organisation's membership is suspended" in dashboard
    assert reverse("cities:challenge_create") not in dashboard

    reinstate_membership(organisation=seoul, actor=secretariat, note="Done.")
    assert client.get(reverse("introductions:introduction_request", args=[startup.pk])).status_code == 200
    assert client.post(reverse("cities:challenge_create"), challenge).status_code == 302


def test_a_suspended_startups_member_cannot_answer_and_never_sees_the_contact(
    client, secretariat, seoul, seoul_official, startup, startup_member
):
    introduction = IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)
    suspend_membership(organisation=startup, actor=secretariat, note="Under review.")
    client.force_login(startup_member)
    url = reverse("introductions:introduction_respond", args=[introduction.pk])
    response = client.post(url, {"decision": "accept", "note": "Yes"})
    assert response.status_code == 403 and "membership is suspended" in body(response)
    assert "official.seoul@example.org" not in body(response)
    assert client.get(reverse("introductions:introduction_detail", args=[introduction.pk])).status_code == 403
    introduction.refresh_from_db()
    assert introduction.is_open
    assert client.get(reverse("startups:profile_edit")).status_code == 403

    reinstate_membership(organisation=startup, actor=secretariat, note="Done.")
    response = client.post(url, {"decision": "accept", "note": "Yes"}, follow=True)
    assert "official.seoul@example.org" in body(response)


def test_a_suspended_startup_vanishes_from_public_pages(client, secretariat, startup):
    listing = SolutionListingFactory(startup=startup, title="Smart bins for apartment blocks")
    assert client.get(reverse("startups:startup_detail", args=[startup.pk])).status_code == 200
    suspend_membership(organisation=startup, actor=secretariat, note="x")
    response = client.get(reverse("startups:startup_detail", args=[startup.pk]))
    assert response.status_code == 404 and "Page not found" in body(response)  # the styled 404
    assert "Smart bins" not in body(client.get(reverse("startups:catalogue")))
    assert client.get(reverse("startups:listing_detail", args=[listing.pk])).status_code == 404


def test_a_post_only_address_opened_by_mistake_gets_a_page_not_an_empty_answer(
    client, startup, startup_member
):
    listing = SolutionListingFactory(startup=startup)
    client.force_login(startup_member)
    response = client.get(reverse("startups:listing_publish", args=[listing.pk]))
    assert response.status_code == 405 and response["Allow"] == "POST"
    assert "Not possible this way" in body(response)
    api = client.get(f"/api/v1/introductions/{listing.pk}/accept/")
    assert api["Content-Type"] == "application/json"  # the API keeps its error body


# --- applying again -------------------------------------------------------------------------------------


@pytest.fixture
def rejected_founder(secretariat):
    startup = StartupFactory(
        name="Hanbit Mobility", membership_status=MembershipStatus.PENDING, joined_on=None
    )
    founder = ProfileFactory(
        user=UserFactory(username="founder.hanbit"),
        role=Role.STARTUP_MEMBER,
        startup=startup,
        member_since=None,
    ).user
    application = MembershipApplicationFactory(startup=startup, applicant=founder)
    reject_application(application=application, reviewer=secretariat, note="Add your pilot references.")
    SolutionListingFactory(startup=startup, title="Shared e-scooter docks", status="draft")
    return founder


def test_a_rejected_founders_buttons_lead_somewhere_and_they_apply_again(client, rejected_founder):
    client.force_login(rejected_founder)
    dashboard = body(client.get(reverse("startups:dashboard")))
    assert "Add your pilot references." in dashboard and reverse("accounts:reapply") in dashboard
    for name in ("startups:profile_edit", "startups:listing_create"):
        assert client.get(reverse(name)).status_code == 200
    listing = rejected_founder.profile.startup.listings.get()
    assert client.get(reverse("startups:listing_edit", args=[listing.pk])).status_code == 200

    page = client.get(reverse("accounts:reapply"))
    assert page.status_code == 200 and "Add your pilot references." in body(page)
    response = client.post(reverse("accounts:reapply"), {"message": "References added."}, follow=True)
    assert "You applied again." in body(response)
    assert "Your application is being reviewed" in body(client.get(reverse("startups:dashboard")))
    statuses = MembershipApplication.objects.filter(applicant=rejected_founder).values_list(
        "status", flat=True
    )
    assert sorted(statuses) == ["pending", "rejected"]
    again = client.get(reverse("accounts:reapply"))
    assert again.status_code == 403 and "Your application is pending" in body(again)


def test_an_approved_founder_is_led_to_publish_the_drafts(client, startup, startup_member):
    SolutionListingFactory(startup=startup, title="Pay-as-you-throw bins", status="draft")
    client.force_login(startup_member)
    page = body(client.get(reverse("startups:dashboard")))
    assert "You are a member: publish your draft" in page and "Publish now" in page


# --- the queue and the decision page --------------------------------------------------------------------


def test_the_queue_is_searched_sorted_and_filtered(client, secretariat):
    old = MembershipApplicationFactory(
        startup=StartupFactory(name="Aqua Old", membership_status="pending", joined_on=None),
        applicant=UserFactory(username="ana", email="ana@aqua.example"),
    )
    MembershipApplicationFactory(
        startup=StartupFactory(name="Bright New", membership_status="pending", joined_on=None),
        applicant=UserFactory(username="bo", email="bo@bright.example"),
    )
    MembershipApplication.objects.filter(pk=old.pk).update(
        submitted_at=timezone.now() - timezone.timedelta(days=9)
    )
    client.force_login(secretariat)
    url = reverse("accounts:application_queue")

    def names(**query):
        page = body(client.get(url, query))
        return [name for name in ("Aqua Old", "Bright New") if name in page], page

    oldest, page = names()
    assert page.index("Aqua Old") < page.index("Bright New")
    _, page = names(sort="newest")
    assert page.index("Bright New") < page.index("Aqua Old")
    assert names(q="bo@bright")[0] == ["Bright New"]
    assert names(q="aqua")[0] == ["Aqua Old"]
    assert names(kind="city")[0] == []
    assert names(status="rejected")[0] == []
    assert names(status="<script>", sort="; drop")[0] == ["Aqua Old", "Bright New"]  # unknown: the defaults


def test_an_application_page_shows_what_the_decision_needs(client, secretariat):
    startup = StartupFactory(
        name="Hanbit Mobility",
        membership_status="pending",
        joined_on=None,
        contact_email="hello@hanbit.example",
        target_regions=["asia-pacific"],
    )
    first = MembershipApplicationFactory(startup=startup)
    reject_application(application=first, reviewer=secretariat, note="No references yet.")
    second = MembershipApplicationFactory(startup=startup)
    SolutionListingFactory(startup=startup, title="Shared e-scooter docks", status="draft")
    client.force_login(secretariat)
    page = body(client.get(reverse("accounts:application_detail", args=[second.pk])))
    for expected in ("Asia", "hello@hanbit.example", "Shared e-scooter docks", "No references yet."):
        assert expected in page, expected


# --- a new member city ----------------------------------------------------------------------------------


def test_a_new_city_applies_for_membership_from_the_sign_up_page(client, secretariat):
    data = {
        "first_name": "Amara",
        "last_name": "Okafor",
        "email": "amara@kigali.example",
        "username": "amara.okafor",
        "password1": "a-long-signup-password",
        "password2": "a-long-signup-password",
        "city": "",
        "job_title": "Head of Innovation",
        "message": "",
    }
    missing = client.post(reverse("accounts:signup_city"), data)
    assert missing.status_code == 200 and "describe your city here" in body(missing)
    data |= {"new_city_name": "Kigali", "new_city_country": "RW", "new_city_population": "1100000"}
    response = client.post(reverse("accounts:signup_city"), data)
    assert response["Location"] == reverse("cities:dashboard")
    city = MemberCity.objects.get(name="Kigali")
    assert city.membership_status == MembershipStatus.PENDING and city.region.code == "africa"
    assert city.geonameid  # found among the real places
    application = MembershipApplication.objects.get(city=city)
    assert application.kind == ApplicationKind.CITY
    assert client.get(reverse("cities:profile_edit")).status_code == 200  # the founder prepares the profile

    client.force_login(secretariat)
    client.post(
        reverse("accounts:application_detail", args=[application.pk]), {"decision": "approve", "note": ""}
    )
    city.refresh_from_db()
    assert city.is_public


def test_an_official_refused_by_an_approved_city_asks_again_without_touching_the_city(
    client, secretariat, seoul
):
    official = ProfileFactory(
        user=UserFactory(username="minho.park"), role=Role.CITY_OFFICIAL, city=seoul, member_since=None
    ).user
    application = MembershipApplicationFactory(
        kind=ApplicationKind.CITY, startup=None, city=seoul, applicant=official
    )
    reject_application(application=application, reviewer=secretariat, note="The division could not confirm.")
    client.force_login(official)
    dashboard = body(client.get(reverse("cities:dashboard")))
    assert reverse("accounts:reapply") in dashboard and reverse("cities:profile_edit") not in dashboard
    page = body(client.get(reverse("accounts:reapply")))
    assert reverse("cities:profile_edit") not in page
    edit = client.get(reverse("cities:profile_edit"))
    assert edit.status_code == 403 and "apply again" in body(edit)
    client.post(reverse("accounts:reapply"), {"message": "My director confirms: ext. 2041."})
    seoul.refresh_from_db()
    assert seoul.is_public
    assert MembershipApplication.objects.filter(applicant=official, status="pending").count() == 1


def test_the_members_list_and_the_queue_read_a_fixed_number_of_queries(
    client, secretariat, django_assert_max_num_queries
):
    for n in range(6):
        StartupFactory(name=f"Member {n}", country="KR")
        MembershipApplicationFactory(applicant=UserFactory(username=f"applicant{n}"))
    client.force_login(secretariat)
    with django_assert_max_num_queries(10):
        assert body(client.get(reverse("accounts:member_list"))).count("Member ") >= 6
    with django_assert_max_num_queries(12):
        client.get(reverse("accounts:application_queue"), {"q": "applicant", "sort": "newest"})
