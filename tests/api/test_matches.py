"""Stored matches: only read (the worker writes them), scoped, ranked, filtered, reasons in two forms."""

from __future__ import annotations

import pytest

from matching.models import MatchRun, RunStatus
from tests.factories import MatchFactory, MemberCityFactory, StartupFactory

V1 = "/api/v1"


@pytest.fixture
def ranked(seoul, startup):
    """Seoul's list (three startups) and Loopwise's list (two cities)."""
    korean = StartupFactory(name="Hanul Energy", country="KR")
    german = StartupFactory(name="Stadtwerk Digital", country="DE")
    busan = MemberCityFactory(name="Busan", country="KR")
    return {
        "second": MatchFactory(city=seoul, startup=startup, score=70.0, city_rank=2, startup_rank=1),
        "first": MatchFactory(city=seoul, startup=german, score=91.0, city_rank=1, startup_rank=3),
        "third": MatchFactory(city=seoul, startup=korean, score=40.0, city_rank=3, startup_rank=None),
        "busan": MatchFactory(city=busan, startup=startup, score=66.0, city_rank=None, startup_rank=2),
    }


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


@pytest.mark.django_db
def test_a_city_reads_its_list_in_rank_order(api, ranked, seoul_official):
    assert ids(api(seoul_official).get(f"{V1}/matches/")) == [
        ranked["first"].pk,
        ranked["second"].pk,
        ranked["third"].pk,
    ]


@pytest.mark.django_db
def test_a_startup_reads_its_own_list_in_its_rank_order(api, ranked, startup_member):
    assert ids(api(startup_member).get(f"{V1}/matches/")) == [ranked["second"].pk, ranked["busan"].pk]


@pytest.mark.django_db
def test_filters_min_score_overseas_startup_and_explicit_ordering(api, ranked, seoul_official, startup):
    client = api(seoul_official)
    assert ids(client.get(f"{V1}/matches/", {"min_score": 60})) == [ranked["first"].pk, ranked["second"].pk]
    assert ids(client.get(f"{V1}/matches/", {"overseas": "true"})) == [ranked["first"].pk]
    assert ids(client.get(f"{V1}/matches/", {"overseas": "false"})) == [
        ranked["second"].pk,
        ranked["third"].pk,
    ]
    assert ids(client.get(f"{V1}/matches/", {"startup": startup.pk})) == [ranked["second"].pk]
    assert ids(client.get(f"{V1}/matches/", {"ordering": "score"})) == [
        ranked["third"].pk,
        ranked["second"].pk,
        ranked["first"].pk,
    ]


@pytest.mark.django_db
def test_staff_filter_one_city_and_get_its_rank_order(api, ranked, secretariat, seoul, startup):
    client = api(secretariat)
    assert ids(client.get(f"{V1}/matches/", {"city": seoul.pk})) == [
        ranked["first"].pk,
        ranked["second"].pk,
        ranked["third"].pk,
    ]
    assert ids(client.get(f"{V1}/matches/", {"startup": startup.pk})) == [
        ranked["second"].pk,
        ranked["busan"].pk,
    ]
    assert len(ids(client.get(f"{V1}/matches/"))) == 4


@pytest.mark.django_db
def test_an_official_cannot_read_another_citys_list_by_filtering(api, ranked, bogota_official, seoul):
    assert ids(api(bogota_official).get(f"{V1}/matches/", {"city": seoul.pk})) == []


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"min_score": "high"}, {"overseas": "perhaps"}, {"city": "Seoul"}])
def test_invalid_match_filters_are_400(api, ranked, seoul_official, params):
    response = api(seoul_official).get(f"{V1}/matches/", params)
    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(params)


@pytest.mark.django_db
def test_reasons_are_stored_codes_and_sentences_in_the_requested_language(api, ranked, seoul_official):
    match = ranked["first"]
    match.reasons = [
        {"code": "shared_sectors", "sectors": ["environment"]},
        {"code": "works_in_languages", "languages": ["en"]},
    ]
    match.save(update_fields=["reasons"])
    client = api(seoul_official)
    english = client.get(f"{V1}/matches/{match.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()
    assert english["reasons"] == match.reasons
    assert english["reasons_text"][1] == "Works in English"
    assert english["reasons_text"][0].startswith("Works in your priority sectors")
    korean = client.get(f"{V1}/matches/{match.pk}/", HTTP_ACCEPT_LANGUAGE="ko").json()
    assert korean["reasons"] == match.reasons
    assert "영어" in korean["reasons_text"][1]


@pytest.mark.django_db
def test_only_the_current_runs_matches_are_read(api, seoul, startup, seoul_official):
    old_run = MatchRun.objects.create(status=RunStatus.RETIRED, algorithm_version="old")
    stale = MatchFactory(run=old_run, city=seoul, startup=startup)
    response = api(seoul_official).get(f"{V1}/matches/")
    assert stale.pk not in ids(response)
    assert api(seoul_official).get(f"{V1}/matches/{stale.pk}/").status_code == 404


@pytest.mark.django_db
def test_matches_are_read_only(api, ranked, secretariat):
    client = api(secretariat)
    match = ranked["first"]
    assert client.patch(f"{V1}/matches/{match.pk}/", {"score": 100}, format="json").status_code == 405
    assert client.delete(f"{V1}/matches/{match.pk}/").status_code == 405
    assert client.post(f"{V1}/matches/", {}, format="json").status_code == 405


@pytest.mark.django_db
def test_a_not_yet_approved_official_sees_no_matches(api, ranked, seoul):
    from accounts.models import Role
    from tests.factories import ProfileFactory

    newcomer = ProfileFactory(role=Role.CITY_OFFICIAL, city=seoul, member_since=None).user
    assert ids(api(newcomer).get(f"{V1}/matches/")) == []


@pytest.mark.django_db
def test_reasons_name_what_their_ids_refer_to_and_speak_to_the_reader(
    api, seoul, startup, seoul_official, startup_member
):
    from tests.factories import CityChallengeFactory

    challenge = CityChallengeFactory(city=seoul, title="Cut food waste in apartment blocks")
    match = MatchFactory(
        city=seoul,
        startup=startup,
        challenge=challenge,
        reasons=[
            {"code": "answers_challenge", "challenge_id": challenge.pk, "language": "en"},
            {"code": "shared_sectors", "sectors": ["environment"]},
        ],
    )
    city_view = api(seoul_official).get(f"{V1}/matches/{match.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()
    assert city_view["reasons"][0] == {
        "code": "answers_challenge",
        "challenge_id": challenge.pk,
        "language": "en",
        "title": "Cut food waste in apartment blocks",
    }
    assert city_view["reasons_text"] == [
        "Answers your challenge “Cut food waste in apartment blocks”",
        "Works in your priority sectors: Environment & waste",
    ]
    startup_view = api(startup_member).get(f"{V1}/matches/{match.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()
    assert (
        startup_view["reasons_text"][0] == "Answers the city's challenge “Cut food waste in apartment blocks”"
    )
    assert startup_view["challenge"] == {"id": challenge.pk, "title": "Cut food waste in apartment blocks"}


@pytest.mark.django_db
def test_staff_page_through_every_match_with_a_cursor(
    api, ranked, secretariat, django_assert_max_num_queries
):
    client = api(secretariat)
    first = client.get(f"{V1}/matches/", {"page_size": 3}).json()
    assert first["count"] == 4 and first["next"] and first["previous"] is None  # exact below 10,000 rows
    assert "cursor=" in first["next"]
    with django_assert_max_num_queries(8):
        second = client.get(first["next"]).json()
    seen = [item["id"] for item in first["results"] + second["results"]]
    assert seen == sorted(match.pk for match in ranked.values())
    assert second["next"] is None
    # with a city or a startup the list is short: pages and a count, as for everyone
    assert client.get(f"{V1}/matches/", {"city": ranked["first"].city_id}).json()["count"] == 3
