"""What a signed-out visitor, a member of another startup, an official of another city and a signed-in
outsider get when they try to reach what is not theirs through the pages: the sign-in page, 403 or 404,
never the data, and never a change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.urls import reverse
from django.utils.html import escape

from accounts.models import MembershipApplication
from cities.models import CityChallenge
from introductions.models import Introduction
from startups.models import ReferenceDeployment, SolutionListing

pytestmark = pytest.mark.django_db

ACTORS = ("anonymous", "other_startup", "other_city", "outsider")
LOGIN = "login"  # expected: a redirect to the sign-in page


@dataclass
class Case:
    name: str
    method: str
    url: Callable
    expect: dict[str, object]  # actor -> status code or LOGIN
    secret: Callable | None = None  # text that must not appear in the response
    data: dict = field(default_factory=dict)
    unchanged: Callable | None = None  # a check that the POST changed nothing


def _all(status, anonymous=LOGIN) -> dict[str, object]:
    return {"anonymous": anonymous, "other_startup": status, "other_city": status, "outsider": status}


CASES = [
    # --- a city's challenges ---------------------------------------------------------------------------
    Case(
        "edit Seoul's challenge",
        "get",
        lambda w: reverse("cities:challenge_edit", args=[w.seoul_challenge.pk]),
        _all(404),
        secret=lambda w: w.seoul_challenge.description,
    ),
    Case(
        "save Seoul's challenge",
        "post",
        lambda w: reverse("cities:challenge_edit", args=[w.seoul_challenge.pk]),
        _all(404),
        data={"title": "Hijacked", "description": "x", "language": "en", "sectors": ["water"]},
        unchanged=lambda w: CityChallenge.objects.get(pk=w.seoul_challenge.pk).title != "Hijacked",
    ),
    Case(
        "close Seoul's challenge",
        "post",
        lambda w: reverse("cities:challenge_close", args=[w.seoul_challenge.pk]),
        _all(404),
        unchanged=lambda w: CityChallenge.objects.get(pk=w.seoul_challenge.pk).is_open,
    ),
    Case(
        "reopen Seoul's closed challenge",
        "post",
        lambda w: reverse("cities:challenge_reopen", args=[w.seoul_closed_challenge.pk]),
        _all(404),
        unchanged=lambda w: not CityChallenge.objects.get(pk=w.seoul_closed_challenge.pk).is_open,
    ),
    Case(
        "post a challenge without a city",
        "post",
        lambda w: reverse("cities:challenge_create"),
        {"anonymous": LOGIN, "other_startup": 403, "outsider": 403},
        data={"title": "Planted", "description": "x", "language": "en", "sectors": ["water"]},
        unchanged=lambda w: not CityChallenge.objects.filter(title="Planted").exists(),
    ),
    Case(
        "edit a city profile without a city",
        "get",
        lambda w: reverse("cities:profile_edit"),
        {"anonymous": LOGIN, "other_startup": 403, "outsider": 403},
    ),
    Case(
        "the city dashboard without a city",
        "get",
        lambda w: reverse("cities:dashboard"),
        {"anonymous": LOGIN, "other_startup": 403, "outsider": 403},
        secret=lambda w: "Startups for your city",
    ),
    Case(
        "Seoul's matches from another city",
        "get",
        lambda w: reverse("cities:dashboard"),
        {"other_city": 200},
        secret=lambda w: w.other_startup.name,
    ),
    Case(
        "the public page of a pending city",
        "get",
        lambda w: reverse("cities:city_detail", args=[w.pending_city.pk]),
        _all(404, anonymous=404),
        secret=lambda w: w.pending_city.name,
    ),
    # --- a startup's listings, drafts and profile ----------------------------------------------------------
    Case(
        "open another startup's draft",
        "get",
        lambda w: reverse("startups:listing_detail", args=[w.draft.pk]),
        _all(404, anonymous=404),
        secret=lambda w: w.draft.title,
    ),
    Case(
        "edit another startup's draft",
        "get",
        lambda w: reverse("startups:listing_edit", args=[w.draft.pk]),
        _all(404),
        secret=lambda w: w.draft.title,
    ),
    Case(
        "save another startup's listing",
        "post",
        lambda w: reverse("startups:listing_edit", args=[w.published.pk]),
        _all(404),
        data={
            "title": "Hijacked",
            "summary": "x",
            "description": "x",
            "language": "en",
            "sectors": ["water"],
            "maturity": "pilot",
            "pricing_model": "custom",
        },
        unchanged=lambda w: SolutionListing.objects.get(pk=w.published.pk).title != "Hijacked",
    ),
    Case(
        "publish another startup's draft",
        "post",
        lambda w: reverse("startups:listing_publish", args=[w.draft.pk]),
        _all(404),
        unchanged=lambda w: not SolutionListing.objects.get(pk=w.draft.pk).is_published,
    ),
    Case(
        "unpublish another startup's listing",
        "post",
        lambda w: reverse("startups:listing_unpublish", args=[w.published.pk]),
        _all(404),
        unchanged=lambda w: SolutionListing.objects.get(pk=w.published.pk).is_published,
    ),
    Case(
        "delete another startup's draft",
        "post",
        lambda w: reverse("startups:listing_delete", args=[w.draft.pk]),
        _all(404),
        unchanged=lambda w: SolutionListing.objects.filter(pk=w.draft.pk).exists(),
    ),
    Case(
        "add a deployment to another startup's listing",
        "post",
        lambda w: reverse("startups:deployment_add", args=[w.published.pk]),
        _all(404),
        data={"deployment-city_name": "Planted", "deployment-country": "KR"},
        unchanged=lambda w: not ReferenceDeployment.objects.filter(city_name="Planted").exists(),
    ),
    Case(
        "remove another startup's deployment",
        "post",
        lambda w: reverse("startups:deployment_remove", args=[w.deployment.pk]),
        _all(404),
        unchanged=lambda w: ReferenceDeployment.objects.filter(pk=w.deployment.pk).exists(),
    ),
    Case(
        "a pending startup's public page",
        "get",
        lambda w: reverse("startups:startup_detail", args=[w.pending_startup.pk]),
        _all(404, anonymous=404),
        secret=lambda w: w.pending_startup.name,
    ),
    Case(
        "a pending startup's draft",
        "get",
        lambda w: reverse("startups:listing_detail", args=[w.pending_draft.pk]),
        _all(404, anonymous=404),
        secret=lambda w: w.pending_draft.title,
    ),
    Case(
        "edit a startup profile without a startup",
        "post",
        lambda w: reverse("startups:profile_edit"),
        {"anonymous": LOGIN, "other_city": 403, "outsider": 403},
        data={"name": "Hijacked"},
    ),
    Case(
        "new listing without a startup",
        "post",
        lambda w: reverse("startups:listing_create"),
        {"anonymous": LOGIN, "other_city": 403, "outsider": 403},
        data={
            "title": "Planted",
            "summary": "x",
            "description": "x",
            "language": "en",
            "sectors": ["water"],
            "maturity": "pilot",
            "pricing_model": "custom",
        },
        unchanged=lambda w: not SolutionListing.objects.filter(title="Planted").exists(),
    ),
    Case(
        "cities for you without a startup",
        "get",
        lambda w: reverse("startups:cities_for_you"),
        {"anonymous": LOGIN, "other_city": 403, "outsider": 403},
    ),
    Case(
        "another startup's cities",
        "get",
        lambda w: reverse("startups:cities_for_you"),
        {"other_startup": 200},
        secret=lambda w: w.bogota.name,
    ),
    # --- introductions ---------------------------------------------------------------------------------
    Case(
        "read Seoul's introduction",
        "get",
        lambda w: reverse("introductions:introduction_detail", args=[w.introduction.pk]),
        _all(404),
        secret=lambda w: w.introduction.message,
    ),
    Case(
        "answer an introduction to another startup",
        "post",
        lambda w: reverse("introductions:introduction_respond", args=[w.introduction.pk]),
        _all(404),
        data={"decision": "accept"},
        unchanged=lambda w: Introduction.objects.get(pk=w.introduction.pk).is_open,
    ),
    Case(
        "withdraw Seoul's request",
        "post",
        lambda w: reverse("introductions:introduction_withdraw", args=[w.introduction.pk]),
        _all(404),
        data={"note": "Hijacked"},
        unchanged=lambda w: Introduction.objects.get(pk=w.introduction.pk).is_open,
    ),
    Case(
        "confirm a startup profile current without a startup",
        "post",
        lambda w: reverse("startups:profile_confirm_current"),
        {"anonymous": LOGIN, "other_city": 403, "outsider": 403},
    ),
    Case(
        "list introductions",
        "get",
        lambda w: reverse("introductions:introductions"),
        {"anonymous": LOGIN, "other_startup": 200, "other_city": 200, "outsider": 200},
        secret=lambda w: w.introduction.message[:40],
    ),
    Case(
        "request an introduction without a city",
        "post",
        lambda w: reverse("introductions:introduction_request", args=[w.other_startup.pk]),
        {"anonymous": LOGIN, "other_startup": 403, "outsider": 403},
        data={"message": "Planted"},
        unchanged=lambda w: not Introduction.objects.filter(message="Planted").exists(),
    ),
    # --- the secretariat ---------------------------------------------------------------------------------
    Case(
        "the application queue",
        "get",
        lambda w: reverse("accounts:application_queue"),
        _all(403),
        secret=lambda w: w.application.message,
    ),
    Case(
        "an application",
        "get",
        lambda w: reverse("accounts:application_detail", args=[w.application.pk]),
        _all(403),
        secret=lambda w: w.application.message,
    ),
    Case(
        "approve an application",
        "post",
        lambda w: reverse("accounts:application_detail", args=[w.application.pk]),
        _all(403),
        data={"decision": "approve", "note": "ok"},
        unchanged=lambda w: not MembershipApplication.objects.get(pk=w.application.pk).is_decided,
    ),
    Case("the decision history", "get", lambda w: reverse("accounts:decision_history"), _all(403)),
    Case("the secretariat dashboard", "get", lambda w: reverse("accounts:secretariat"), _all(403)),
    Case("the stale profiles", "get", lambda w: reverse("accounts:stale_profiles"), _all(403)),
]

PARAMS = [
    pytest.param(case, actor, id=f"{actor}: {case.name}")
    for case in CASES
    for actor in ACTORS
    if actor in case.expect
]


@pytest.fixture
def as_actor(client, world, startup_member, bogota_official, outsider):
    def login(actor: str):
        users = {
            "other_startup": world.other_startup_member,
            "other_city": bogota_official,
            "outsider": outsider,
        }
        if actor in users:
            client.force_login(users[actor])
        return client

    return login


@pytest.mark.parametrize(("case", "actor"), PARAMS)
def test_others_cannot_see_or_change_what_is_not_theirs(case: Case, actor: str, world, as_actor):
    client = as_actor(actor)
    url = case.url(world)
    response = client.post(url, case.data) if case.method == "post" else client.get(url)

    expected = case.expect[actor]
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == expected
    if case.secret is not None:
        body, secret = response.content.decode(), case.secret(world)
        assert secret not in body and escape(secret) not in body
    if case.unchanged is not None:
        assert case.unchanged(world)


def test_the_requesting_city_sees_its_introduction_but_cannot_answer_it(client, world, seoul_official):
    client.force_login(seoul_official)
    url = reverse("introductions:introduction_detail", args=[world.introduction.pk])
    assert escape(world.introduction.message) in client.get(url).content.decode()
    response = client.post(
        reverse("introductions:introduction_respond", args=[world.introduction.pk]), {"decision": "accept"}
    )
    assert response.status_code == 403
    assert Introduction.objects.get(pk=world.introduction.pk).is_open


def test_a_pending_official_reads_the_city_but_cannot_act_for_it(client, world):
    client.force_login(world.pending_official)
    assert client.get(reverse("cities:dashboard")).status_code == 200
    assert world.other_startup.name not in client.get(reverse("cities:dashboard")).content.decode()
    data = {"title": "Planted", "description": "x", "language": "en", "sectors": ["water"]}
    assert client.post(reverse("cities:challenge_create"), data).status_code == 403
    # the city's own challenge: refused with the reason (pending), not a 404 as if it did not exist
    response = client.post(reverse("cities:challenge_close", args=[world.seoul_challenge.pk]))
    assert response.status_code == 403
    assert "Your application is pending" in response.content.decode()
    assert (
        client.get(reverse("introductions:introduction_request", args=[world.other_startup.pk])).status_code
        == 403
    )
    assert CityChallenge.objects.get(pk=world.seoul_challenge.pk).is_open


def test_a_pending_founder_prepares_drafts_but_cannot_publish(client, world):
    client.force_login(world.pending_founder)
    assert client.get(reverse("startups:listing_edit", args=[world.pending_draft.pk])).status_code == 200
    response = client.post(reverse("startups:listing_publish", args=[world.pending_draft.pk]), follow=True)
    assert "once the secretariat has approved" in response.content.decode()
    assert not SolutionListing.objects.get(pk=world.pending_draft.pk).is_published
    assert client.get(reverse("startups:cities_for_you")).status_code == 200  # an empty state, not an error


def test_a_rejected_founder_can_correct_the_profile_but_not_publish(client, world):
    world.pending_startup.membership_status = "rejected"
    world.pending_startup.save(update_fields=["membership_status"])
    client.force_login(world.pending_founder)
    assert client.get(reverse("startups:profile_edit")).status_code == 200  # to correct it and apply again
    assert client.get(reverse("startups:listing_edit", args=[world.pending_draft.pk])).status_code == 200
    client.post(reverse("startups:listing_publish", args=[world.pending_draft.pk]))
    assert not SolutionListing.objects.get(pk=world.pending_draft.pk).is_published
