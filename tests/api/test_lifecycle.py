"""The life of an introduction and fresh profiles through the API: the cool-down's 400 with the field
message naming the date, withdrawal told to the startup, and the secretariat's stale profiles (every other
role refused)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from introductions import services
from introductions.models import Introduction
from notifications.models import Kind, Notification
from startups.models import SolutionListing, Startup
from tests.factories import IntroductionFactory, SolutionListingFactory

pytestmark = pytest.mark.django_db
V1 = "/api/v1"


@pytest.fixture
def declined(seoul, startup, seoul_official, startup_member):
    introduction = IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)
    return services.respond_to_introduction(
        introduction=introduction, responder=startup_member, accept=False, decline_reason="not_relevant"
    )


def _ask(api, user, startup):
    return api(user).post(
        f"{V1}/introductions/",
        {"startup": startup.pk, "message": "A new need in Seoul: could we meet?"},
        format="json",
    )


def test_a_city_in_its_cool_down_gets_400_with_the_date_on_the_startup_field(
    api, declined, startup, seoul_official
):
    response = _ask(api, seoul_official, startup)

    assert response.status_code == 400, response.content
    body = response.json()
    (message,) = body["errors"]["startup"]
    assert message.startswith("Loopwise declined your city's last request. You can ask again from ")
    assert str(timezone.localtime(declined.cooldown_ends_at).year) in message
    assert Introduction.objects.filter(startup=startup).count() == 1


def test_after_the_cool_down_the_city_may_ask_again(api, declined, startup, seoul_official):
    Introduction.objects.filter(pk=declined.pk).update(
        responded_at=timezone.now() - timedelta(days=90, hours=1)
    )
    response = _ask(api, seoul_official, startup)
    assert response.status_code == 201, response.content


def test_another_city_is_not_cooled_down(api, declined, startup, bogota_official):
    response = _ask(api, bogota_official, startup)
    assert response.status_code == 201, response.content


def test_a_withdrawal_through_the_api_is_told_to_the_startup(
    api, seoul, startup, seoul_official, startup_member
):
    introduction = IntroductionFactory(city=seoul, startup=startup, requested_by=seoul_official)
    response = api(seoul_official).post(f"{V1}/introductions/{introduction.pk}/withdraw/", {}, format="json")
    assert response.status_code == 200
    assert Notification.objects.filter(user=startup_member, kind=Kind.INTRODUCTION_WITHDRAWN).exists()


@pytest.fixture
def stale_startup(startup):
    listing = SolutionListingFactory(startup=startup, title="Smart bins for apartment blocks")
    then = timezone.now() - timedelta(days=400)
    Startup.objects.filter(pk=startup.pk).update(
        updated_at=then, stale_reminded_at=timezone.now() - timedelta(days=35)
    )
    SolutionListing.objects.filter(pk=listing.pk).update(updated_at=then)
    return startup


def test_the_secretariat_lists_the_stale_profiles(api, secretariat, stale_startup, other_startup):
    response = api(secretariat).get(f"{V1}/stale-profiles/")

    assert response.status_code == 200
    (row,) = response.json()["results"]  # the other startup is current
    assert row["id"] == stale_startup.pk and row["name"] == "Loopwise"
    assert row["months_since_update"] == 13 and row["ranked_lower"] is True
    assert [listing["title"] for listing in row["stale_listings"]] == ["Smart bins for apartment blocks"]


def test_nobody_else_sees_the_stale_profiles(
    api, stale_startup, seoul_official, bogota_official, startup_member, other_startup_member, outsider
):
    assert api().get(f"{V1}/stale-profiles/").status_code == 401
    for user in (seoul_official, bogota_official, startup_member, other_startup_member, outsider):
        response = api(user).get(f"{V1}/stale-profiles/")
        assert response.status_code == 403, user
        assert "Loopwise" not in response.content.decode()
