"""The response, outcome and funnel pages for every role: the startup that responded, the challenge's city,
another city's official, another startup, a signed-in outsider, an anonymous visitor and the secretariat.
Someone else's response is a 404 (never its text), one the user sees but may not act on a 403, and a refused
POST changes nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from introductions.models import IntroductionStatus
from outcomes.models import IntroductionOutcome
from responses.models import ChallengeResponse, ResponseStatus
from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)
from tests.factories.responses import ChallengeResponseFactory

pytestmark = pytest.mark.django_db

LOGIN = "login"
SECRET = "Sensor bins in 40 apartment blocks"


@pytest.fixture
def world(seoul, startup, startup_member, seoul_official, bogota_official, outsider, secretariat):
    challenge = CityChallengeFactory(city=seoul, sectors=["environment"])
    listing = SolutionListingFactory(startup=startup, sectors=["environment"])
    response = ChallengeResponseFactory(challenge=challenge, startup=startup, listing=listing)
    other = StartupFactory(name="Vía Segura", country="CO", sectors=["environment"])
    SolutionListingFactory(startup=other, title="Safe-route lighting")
    other_member = ProfileFactory(
        user=UserFactory(username="member.viasegura"), role=Role.STARTUP_MEMBER, startup=other
    ).user
    accepted = IntroductionFactory(
        city=seoul,
        startup=startup,
        requested_by=seoul_official,
        status=IntroductionStatus.ACCEPTED,
        responded_at=timezone.now(),
    )
    return {
        "challenge": challenge,
        "response": response,
        "accepted": accepted,
        "users": {
            "anonymous": None,
            "owner": startup_member,
            "city": seoul_official,
            "other_city": bogota_official,
            "other_startup": other_member,
            "outsider": outsider,
            "secretariat": secretariat,
        },
    }


ACTORS = ["anonymous", "owner", "city", "other_city", "other_startup", "outsider", "secretariat"]
CITY_ONLY = {"*": 404, "anonymous": LOGIN, "city": 302, "owner": 403, "secretariat": 403}

CASES = [
    (
        "the public challenge page",
        "get",
        lambda w: reverse("cities:challenge_detail", args=[w["challenge"].pk]),
        {},
        {"*": 200},
        False,
    ),
    (
        "the respond form",
        "get",
        lambda w: reverse("responses:respond", args=[w["challenge"].pk]),
        {},
        {"*": 403, "anonymous": LOGIN, "owner": 200, "other_startup": 200},
        False,
    ),
    (
        "the responses to a challenge",
        "get",
        lambda w: reverse("responses:challenge_responses", args=[w["challenge"].pk]),
        {},
        {"*": 404, "anonymous": LOGIN, "city": 200, "secretariat": 200},
        True,
    ),
    (
        "a response",
        "get",
        lambda w: reverse("responses:response_detail", args=[w["response"].pk]),
        {},
        {"*": 404, "anonymous": LOGIN, "city": 200, "owner": 200, "secretariat": 200},
        True,
    ),
    (
        "shortlist",
        "post",
        lambda w: reverse("responses:response_shortlist", args=[w["response"].pk]),
        {},
        CITY_ONLY,
        True,
    ),
    (
        "decline",
        "post",
        lambda w: reverse("responses:response_decline", args=[w["response"].pk]),
        {"reason": "No budget."},
        CITY_ONLY,
        True,
    ),
    (
        "ask",
        "post",
        lambda w: reverse("responses:response_ask", args=[w["response"].pk]),
        {"question": "Which blocks?"},
        CITY_ONLY,
        True,
    ),
    (
        "introduce",
        "post",
        lambda w: reverse("responses:response_introduce", args=[w["response"].pk]),
        {"message": "Let us meet."},
        CITY_ONLY,
        True,
    ),
    (
        "answer (no question waiting)",
        "post",
        lambda w: reverse("responses:response_answer", args=[w["response"].pk]),
        {"answer": "Four."},
        {"*": 404, "anonymous": LOGIN, "owner": 400, "city": 403, "secretariat": 403},
        True,
    ),
    (
        "record an outcome",
        "get",
        lambda w: reverse("outcomes:outcome_record", args=[w["accepted"].pk]),
        {},
        {"*": 404, "anonymous": LOGIN, "city": 200, "owner": 200, "secretariat": 403},
        False,
    ),
    (
        "save an outcome",
        "post",
        lambda w: reverse("outcomes:outcome_record", args=[w["accepted"].pk]),
        {"outcome": "pilot"},
        {"*": 404, "anonymous": LOGIN, "city": 302, "owner": 302, "secretariat": 403},
        False,
    ),
    (
        "the funnel",
        "get",
        lambda w: reverse("outcomes:funnel"),
        {},
        {"*": 403, "anonymous": LOGIN, "secretariat": 200},
        False,
    ),
]


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize(
    ("method", "url", "data", "expect", "private"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_each_role_reaches_only_what_it_may(client, world, actor, method, url, data, expect, private):
    user = world["users"][actor]
    if user is not None:
        client.force_login(user)
    before = ChallengeResponse.objects.values("status", "official_question", "introduction_id").get()
    response = getattr(client, method)(url(world), data)
    want = expect.get(actor, expect["*"])
    if want == LOGIN:
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == want, response.content[:300]
    if private and want in (LOGIN, 403, 404):
        assert SECRET not in response.content.decode()
    if method == "post" and want != 302:
        assert (
            ChallengeResponse.objects.values("status", "official_question", "introduction_id").get() == before
        )
        assert not IntroductionOutcome.objects.filter(outcome="pilot").exists()


def test_the_public_page_counts_the_responses_but_shows_none(client, world):
    page = client.get(reverse("cities:challenge_detail", args=[world["challenge"].pk])).content.decode()
    assert "1 startup responded" in page and SECRET not in page


def test_a_startup_responds_from_the_page_and_a_second_post_edits_it(client, world):
    client.force_login(world["users"]["other_startup"])
    url = reverse("responses:respond", args=[world["challenge"].pk])
    listing = world["users"]["other_startup"].profile.startup.listings.get()
    data = {
        "listing": listing.pk,
        "approach": "Lights that follow the buses.",
        "references": "",
        "question": "",
    }
    assert client.post(url, data).status_code == 302
    assert client.post(url, {**data, "approach": "Brighter lights."}).status_code == 302
    mine = ChallengeResponse.objects.get(startup=listing.startup)
    assert mine.approach == "Brighter lights." and mine.status == ResponseStatus.SUBMITTED


def test_after_the_deadline_the_form_says_so_and_takes_nothing(client, world):
    world["challenge"].deadline = timezone.localdate() - timezone.timedelta(days=1)
    world["challenge"].save(update_fields=["deadline"])
    client.force_login(world["users"]["other_startup"])
    url = reverse("responses:respond", args=[world["challenge"].pk])
    page = client.get(url).content.decode()
    assert "no longer takes responses" in page
    listing = world["users"]["other_startup"].profile.startup.listings.get()
    client.post(url, {"listing": listing.pk, "approach": "Late."})
    assert ChallengeResponse.objects.count() == 1


def test_an_empty_decline_is_a_form_error(client, world):
    client.force_login(world["users"]["city"])
    response = client.post(reverse("responses:response_decline", args=[world["response"].pk]), {"reason": ""})
    assert response.status_code == 400
    assert ChallengeResponse.objects.get().status == ResponseStatus.SUBMITTED


def test_the_responses_page_reads_a_fixed_number_of_queries(client, world, django_assert_max_num_queries):
    for n in range(5):
        other = StartupFactory(name=f"Startup {n}", country="KR")
        ChallengeResponseFactory(
            challenge=world["challenge"], startup=other, listing=SolutionListingFactory(startup=other)
        )
    client.force_login(world["users"]["city"])
    with django_assert_max_num_queries(20):
        client.get(reverse("responses:challenge_responses", args=[world["challenge"].pk]))
