"""Responses to challenges, outcomes and the funnel through the API: every role (plus an outsider and an
anonymous visitor) against every operation. Someone else's response or outcome is a 404; one the user sees
but may not act on a 403; a state that forbids the action a 409."""

from __future__ import annotations

import pytest
from django.utils import timezone

from introductions.models import IntroductionStatus
from outcomes.models import IntroductionOutcome, Side
from responses.models import ChallengeResponse, ResponseStatus
from tests.api.conftest import ROLES
from tests.factories import IntroductionFactory

V1 = "/api/v1"


@pytest.fixture
def follow(world):
    """The world plus an accepted introduction between Bogotá and Vía Segura, with the city's outcome."""
    accepted = IntroductionFactory(
        city=world["bogota"],
        startup=world["other_startup"],
        requested_by=world["users"]["bogota_official"],
        status=IntroductionStatus.ACCEPTED,
        responded_at=timezone.now(),
    )
    outcome = IntroductionOutcome.objects.create(introduction=accepted, side=Side.CITY, outcome="meeting")
    return {**world, "accepted": accepted, "outcome": outcome}


REVIEW = {"*": 404, "anonymous": 401, "seoul_official": 200, "startup_member": 403, "secretariat": 403}
CASES = [
    (
        "read a response",
        "get",
        lambda w: f"/responses/{w['response'].pk}/",
        None,
        {"*": 404, "anonymous": 401, "seoul_official": 200, "startup_member": 200, "secretariat": 200},
    ),
    (
        "edit a response",
        "patch",
        lambda w: f"/responses/{w['response'].pk}/",
        {"approach": "Taken over."},
        {"*": 404, "anonymous": 401, "startup_member": 200, "seoul_official": 403, "secretariat": 403},
    ),
    ("shortlist a response", "post", lambda w: f"/responses/{w['response'].pk}/shortlist/", {}, REVIEW),
    (
        "ask about a response",
        "post",
        lambda w: f"/responses/{w['response'].pk}/ask/",
        {"question": "How many bins?"},
        REVIEW,
    ),
    (
        "decline a response",
        "post",
        lambda w: f"/responses/{w['response'].pk}/decline/",
        {"reason": "Out of budget."},
        REVIEW,
    ),
    (
        # Seoul already has a request waiting for Loopwise in this world: the introductions service refuses
        "introduce from a response",
        "post",
        lambda w: f"/responses/{w['response'].pk}/introduce/",
        {"message": "Let us meet."},
        {**REVIEW, "seoul_official": 409},
    ),
    (
        "answer a question nobody asked",
        "post",
        lambda w: f"/responses/{w['response'].pk}/answer/",
        {"answer": "Four."},
        {"*": 404, "anonymous": 401, "startup_member": 409, "seoul_official": 403, "secretariat": 403},
    ),
    (
        "respond to Bogotá's challenge",
        "post",
        lambda w: "/responses/",
        lambda w: {"challenge": w["bogota_challenge"].pk, "listing": w["listing"].pk, "approach": "Lights."},
        # another startup's member offers a listing that is not theirs: a field error
        {"*": 403, "anonymous": 401, "startup_member": 201, "other_startup_member": 400},
    ),
    (
        "respond a second time",
        "post",
        lambda w: "/responses/",
        lambda w: {"challenge": w["seoul_challenge"].pk, "listing": w["listing"].pk, "approach": "Again."},
        {"*": 403, "anonymous": 401, "startup_member": 409, "other_startup_member": 400},
    ),
    (
        "read an outcome",
        "get",
        lambda w: f"/outcomes/{w['outcome'].pk}/",
        None,
        {"*": 404, "anonymous": 401, "bogota_official": 200, "other_startup_member": 200, "secretariat": 200},
    ),
    (
        "record an outcome",
        "post",
        lambda w: "/outcomes/",
        lambda w: {"introduction": w["accepted"].pk, "outcome": "pilot"},
        {"*": 400, "anonymous": 401, "bogota_official": 200, "other_startup_member": 200, "secretariat": 409},
    ),
    (
        "record an outcome of a request not accepted",
        "post",
        lambda w: "/outcomes/",
        lambda w: {"introduction": w["introduction"].pk, "outcome": "pilot"},
        {"*": 400, "anonymous": 401, "seoul_official": 409, "startup_member": 409, "secretariat": 409},
    ),
    ("read the funnel", "get", lambda w: "/funnel/", None, {"*": 403, "anonymous": 401, "secretariat": 200}),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [pytest.param(m, p, b, e, id=name) for name, m, p, b, e in CASES],
)
def test_every_role_gets_only_what_it_may(follow, api, role, method, path, body, expected):
    client = api(follow["users"][role])
    url = V1 + path(follow)
    body = body(follow) if callable(body) else body
    before = ChallengeResponse.objects.get(pk=follow["response"].pk)
    if body is None:
        response = getattr(client, method)(url)
    else:
        response = getattr(client, method)(url, body, format="json")
    want = expected.get(role, expected["*"])
    assert response.status_code == want, (role, method, url, response.status_code, response.content[:300])
    if want >= 400:
        assert set(response.json()) == {"status", "code", "detail", "errors"}
        after = ChallengeResponse.objects.get(pk=follow["response"].pk)
        assert (after.status, after.approach, after.official_question) == (
            before.status,
            before.approach,
            before.official_question,
        )


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_the_response_list_holds_exactly_what_each_role_may_see(follow, api, role):
    mine = {follow["response"].pk}
    expected = {"seoul_official": mine, "startup_member": mine, "secretariat": mine}.get(role, set())
    response = api(follow["users"][role]).get(f"{V1}/responses/", {"page_size": 100})
    if role == "anonymous":
        assert response.status_code == 401
        return
    assert {item["id"] for item in response.json()["results"]} == expected


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_the_outcome_list_holds_exactly_what_each_role_may_see(follow, api, role):
    mine = {follow["outcome"].pk}
    visible = {"bogota_official": mine, "other_startup_member": mine, "secretariat": mine}
    response = api(follow["users"][role]).get(f"{V1}/outcomes/")
    if role == "anonymous":
        assert response.status_code == 401
        return
    assert {item["id"] for item in response.json()["results"]} == visible.get(role, set())


@pytest.mark.django_db
def test_the_funnel_answers_by_region_and_refuses_an_unknown_one(follow, api):
    client = api(follow["users"]["secretariat"])
    body = client.get(f"{V1}/funnel/").json()
    stages = {row["stage"]: row for row in body["stages"]}
    assert stages["accepted"]["total"] == 1 and stages["meetings"]["total"] == 1
    assert client.get(f"{V1}/funnel/", {"region": "atlantis"}).status_code == 400
    code = follow["seoul"].region.code
    assert client.get(f"{V1}/funnel/", {"region": code}).json()["region"] == code


@pytest.mark.django_db
def test_a_shortlisted_response_reads_so_and_the_startup_is_told(follow, api):
    official = api(follow["users"]["seoul_official"])
    response = official.post(f"{V1}/responses/{follow['response'].pk}/shortlist/", {}, format="json")
    assert response.json()["status"] == ResponseStatus.SHORTLISTED
    patch = api(follow["users"]["startup_member"]).patch(
        f"{V1}/responses/{follow['response'].pk}/", {"approach": "Late."}, format="json"
    )
    assert patch.status_code == 409
