"""The life of an introduction and fresh profiles on the pages: the city withdraws from the introduction's
page, a city in its cool-down gets the form error naming the date, "updated N months ago" on the pages, the
startup confirms its profile is current, and the secretariat's list of stale profiles. (Other roles are
refused in tests/portal/test_permissions.py.)"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.membership import change_membership
from introductions import services
from introductions.models import Introduction, IntroductionStatus
from notifications.models import Kind, Notification
from startups.models import SolutionListing, Startup
from startups.services import update_startup
from tests.factories import IntroductionFactory, SolutionListingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def introduction(seoul, startup, seoul_official, startup_member):
    return IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)


def test_the_city_withdraws_its_request_from_the_introduction_page(
    client, introduction, seoul_official, startup_member
):
    client.force_login(seoul_official)
    url = reverse("introductions:introduction_detail", args=[introduction.pk])
    page = client.get(url).content.decode()
    assert "Withdraw this request…" in page and "Yes, withdraw the request" in page

    response = client.post(
        reverse("introductions:introduction_withdraw", args=[introduction.pk]),
        {"note": "Our budget was cut."},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == url
    assert "You withdrew the request. The startup was told." in response.content.decode()
    assert Introduction.objects.get(pk=introduction.pk).status == IntroductionStatus.WITHDRAWN
    assert Notification.objects.filter(user=startup_member, kind=Kind.INTRODUCTION_WITHDRAWN).exists()
    assert "Yes, withdraw the request" not in response.content.decode()  # nothing left to withdraw


def test_the_startup_cannot_withdraw_the_request_it_received(client, introduction, startup_member):
    client.force_login(startup_member)
    page = client.get(reverse("introductions:introduction_detail", args=[introduction.pk])).content.decode()
    assert "Withdraw this request" not in page
    response = client.post(reverse("introductions:introduction_withdraw", args=[introduction.pk]))
    assert response.status_code == 403
    assert Introduction.objects.get(pk=introduction.pk).is_open


def test_an_answered_request_cannot_be_withdrawn(client, introduction, seoul_official, startup_member):
    services.respond_to_introduction(introduction=introduction, responder=startup_member, accept=True)
    client.force_login(seoul_official)
    response = client.post(
        reverse("introductions:introduction_withdraw", args=[introduction.pk]), follow=True
    )
    assert "already answered or closed" in response.content.decode()
    assert Introduction.objects.get(pk=introduction.pk).status == IntroductionStatus.ACCEPTED


def test_a_city_in_its_cool_down_gets_the_date_it_may_ask_again(
    client, introduction, startup, seoul_official, startup_member
):
    services.respond_to_introduction(
        introduction=introduction, responder=startup_member, accept=False, decline_reason="no_capacity"
    )
    client.force_login(seoul_official)
    url = reverse("introductions:introduction_request", args=[startup.pk])
    data = {"message": "We have a new need. Could we meet?"}

    response = client.post(url, data)

    assert response.status_code == 200
    body = response.content.decode()
    assert "declined your city&#x27;s last request. You can ask again from" in body
    ends = Introduction.objects.get(pk=introduction.pk).cooldown_ends_at
    assert str(timezone.localtime(ends).year) in body
    assert Introduction.objects.filter(startup=startup).count() == 1
    detail = reverse("introductions:introduction_detail", args=[introduction.pk])
    assert "Your city may ask Loopwise again from" in client.get(detail).content.decode()

    # time travel: the decline was 91 days ago
    Introduction.objects.filter(pk=introduction.pk).update(responded_at=timezone.now() - timedelta(days=91))
    response = client.post(url, data)
    assert response.status_code == 302
    assert Introduction.objects.filter(startup=startup).pending().count() == 1


def _stale(startup: Startup, days: int = 400) -> None:
    then = timezone.now() - timedelta(days=days)
    Startup.objects.filter(pk=startup.pk).update(updated_at=then)
    SolutionListing.objects.filter(startup=startup).update(updated_at=then)


def test_pages_say_when_a_profile_was_last_updated(client, startup):
    listing = SolutionListingFactory(startup=startup)
    _stale(startup, days=400)
    page = client.get(reverse("startups:startup_detail", args=[startup.pk])).content.decode()
    assert "Updated 13 months ago" in page and 'class="updated stale"' in page
    page = client.get(reverse("startups:listing_detail", args=[listing.pk])).content.decode()
    assert "Updated 13 months ago" in page
    page = client.get(reverse("startups:catalogue")).content.decode()
    assert "Updated 13 months ago" in page

    SolutionListing.objects.filter(pk=listing.pk).update(updated_at=timezone.now() - timedelta(days=65))
    page = client.get(reverse("startups:startup_detail", args=[startup.pk])).content.decode()
    assert "Updated 2 months ago" in page and "updated stale" not in page  # its listing was edited


def test_a_startup_confirms_its_stale_profile_is_current(client, startup, startup_member):
    SolutionListingFactory(startup=startup)
    _stale(startup)
    Startup.objects.filter(pk=startup.pk).update(stale_reminded_at=timezone.now() - timedelta(days=40))
    assert Startup.objects.ranked_lower().filter(pk=startup.pk).exists()
    client.force_login(startup_member)
    assert "Is your profile still current?" in client.get(reverse("startups:dashboard")).content.decode()

    response = client.post(reverse("startups:profile_confirm_current"), follow=True)

    assert "Thank you: your profile counts as up to date." in response.content.decode()
    assert "Is your profile still current?" not in response.content.decode()
    assert not Startup.objects.stale().filter(pk=startup.pk).exists()
    assert not Startup.objects.ranked_lower().filter(pk=startup.pk).exists()
    assert not SolutionListing.objects.stale().filter(startup=startup).exists()


def test_the_secretariat_sees_the_stale_profiles(client, secretariat, startup):
    listing = SolutionListingFactory(startup=startup, title="Smart bins for apartment blocks")
    _stale(startup, days=500)
    Startup.objects.filter(pk=startup.pk).update(stale_reminded_at=timezone.now() - timedelta(days=40))
    client.force_login(secretariat)

    page = client.get(reverse("accounts:stale_profiles")).content.decode()

    assert "Loopwise" in page and listing.title in page
    assert "Updated 16 months ago" in page and "Ranked lower" in page
    assert reverse("accounts:stale_profiles") in client.get(reverse("accounts:secretariat")).content.decode()


def test_how_matching_works_explains_the_stale_factor(client, settings):
    settings.MATCHING = {**settings.MATCHING, "STALE_FACTOR": 0.8}
    page = client.get(reverse("how_matching_works")).content.decode()
    assert "its scores are multiplied by 0.80 until it does" in page
    settings.MATCHING = {**settings.MATCHING, "STALE_FACTOR": 1.0}
    assert "multiplied by" not in client.get(reverse("how_matching_works")).content.decode()


def test_only_the_startups_own_edits_make_its_profile_fresh(startup, startup_member, secretariat):
    _stale(startup)
    for action in ("suspend", "reinstate"):  # the secretariat's changes are not edits of the profile
        change_membership(action=action, organisation=startup, actor=secretariat, note="Checked.")
    assert Startup.objects.stale().filter(pk=startup.pk).exists()

    update_startup(startup=Startup.objects.get(pk=startup.pk), fields={"team_size": 14})
    assert not Startup.objects.stale().filter(pk=startup.pk).exists()
