"""The catalogue's search (core.search): ranking, the concept vocabulary across languages, the index kept
up to date on every write, the caps on a query's cost, the search limit per address, and pages and API lists
that answer 200 or 400, never 500. Runs on PostgreSQL (CI) and on SQLite (FTS5) alike."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from core.search import (
    MAX_CONCEPTS,
    MAX_QUERY_CHARS,
    MAX_QUERY_PIECES,
    MAX_QUERY_WORDS,
    QueryProblem,
    parse_query,
    pieces,
)
from startups import services
from startups.models import SolutionListing
from tests.factories import SolutionListingFactory, StartupFactory

pytestmark = pytest.mark.django_db
V1 = "/api/v1"


@pytest.fixture
def api():
    return APIClient


def found(query: str) -> list[str]:
    return list(SolutionListing.objects.published().search(query).values_list("title", flat=True))


@pytest.fixture
def parking():
    """Listings about parking in English and Korean, and one about something else."""
    startup = StartupFactory(name="Curbside Labs", country="KR")
    return {
        "sensors": SolutionListingFactory(
            startup=startup,
            title="Parking sensors for every bay",
            summary="In-ground sensors report free parking bays to a guidance app.",
            description="Magnetometer sensors in each on-street bay; drivers find a space in seconds.",
            language="en",
        ),
        "guidance": SolutionListingFactory(
            startup=startup,
            title="Parking guidance",
            summary="Signs that guide drivers to free spaces in car parks.",
            description="Variable message signs fed by car park counts.",
            language="en",
        ),
        "korean": SolutionListingFactory(
            startup=StartupFactory(name="한빛 모빌리티", country="KR"),
            title="스마트 노상주차 안내 시스템",
            summary="노상 주차면마다 센서를 설치해 빈자리를 실시간으로 안내합니다.",
            description="운전자는 앱에서 빈 주차면을 찾습니다.",
            language="ko",
        ),
        "waste": SolutionListingFactory(
            startup=startup,
            title="Footfall and spending analytics",
            summary="Counts visitors on shopping streets.",
            description="Aggregated card spending and footfall counters.",
            language="en",
        ),
    }


def test_the_listing_whose_title_is_the_query_ranks_first(parking):
    assert found("parking guidance")[0] == "Parking guidance"
    assert found("Parking sensors for every bay")[0] == "Parking sensors for every bay"


def test_a_korean_listing_ranks_for_its_english_concept(parking):
    titles = found("parking")
    assert "스마트 노상주차 안내 시스템" in titles
    assert "Footfall and spending analytics" not in titles
    # and the other way round: a Korean word finds the English listings through the concept
    assert {"Parking sensors for every bay", "Parking guidance"} <= set(found("주차"))
    # a piece of a Korean compound word finds it (two-character pieces are indexed)
    assert found("노상주차")[0] == "스마트 노상주차 안내 시스템"


def test_all_words_rank_above_some_words_and_some_words_still_find(parking):
    titles = found("parking sensors drivers app")
    assert titles[0] == "Parking sensors for every bay"  # every word
    assert "Parking guidance" in titles  # some words
    assert titles.index("Parking sensors for every bay") < titles.index("Parking guidance")
    assert found("parking zeppelin")  # one word found is enough to be listed


def test_a_typo_in_a_short_query_still_finds_on_postgresql(parking, settings):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the trigram route is PostgreSQL's (pg_trgm)")
    response = reverse("startups:catalogue")
    from django.test import Client

    page = Client().get(response, {"q": "parkng"}).content.decode()
    assert "Parking guidance" in page and "similar spelling" in page


def test_the_index_follows_every_write(parking):
    listing = parking["waste"]
    services.update_listing(listing=listing, fields={"title": "Heatwave shelter finder"})
    assert found("heatwave") == ["Heatwave shelter finder"]
    assert found("analytics") == []
    services.update_startup(startup=listing.startup, fields={"name": "Zephyrine Works"})
    assert set(found("Zephyrine")) == {
        "Heatwave shelter finder",
        "Parking sensors for every bay",
        "Parking guidance",
    }
    listing.sectors.set([])
    from core.models import Sector

    listing.sectors.add(Sector.objects.get(code="water"))
    sector_name = Sector.objects.get(code="water").name.split()[0]
    assert "Heatwave shelter finder" in found(sector_name)
    listing.delete()
    assert found("heatwave") == []


def test_hidden_concepts_no_longer_find_the_listing(parking):
    korean = parking["korean"]
    services.hide_concept(listing=korean, code="smart-parking")
    assert "스마트 노상주차 안내 시스템" not in found("parking")
    assert "스마트 노상주차 안내 시스템" in found("주차")  # its own words still do


def test_a_query_is_capped_in_characters_words_and_concepts():
    long = parse_query("water " * 400)
    assert long.cut and len(long.text) <= MAX_QUERY_CHARS and long.words == ("water",)
    many = parse_query(" ".join(f"w{i}" for i in range(40)))
    assert many.cut and len(many.words) == MAX_QUERY_WORDS
    concepts = parse_query(
        "parking flood landslide wifi drone leak streetlight bus taxi waste recycling noise"
    )
    assert len(concepts.concepts) <= MAX_CONCEPTS
    assert not parse_query("smart parking").cut
    six = "water leak detection sensors pipes pressure"
    assert not parse_query(six).cut and len(parse_query(six).words) == MAX_QUERY_WORDS == 6
    assert parse_query(f"{six} valves").cut
    assert parse_query("!!! ??? ---").problem == QueryProblem.NO_WORDS
    assert parse_query("park\x00ing").problem == QueryProblem.NUL
    assert not parse_query("   ").problem and not parse_query("")


def test_a_query_without_spaces_in_hangul_kana_or_han_is_capped_in_pieces():
    """Those scripts are searched as two-character pieces: a long run without spaces keeps its first
    MAX_QUERY_PIECES of them, and the query says it was shortened."""
    run = "스마트노상주차안내시스템" * 10  # 120 characters, one word
    parsed = parse_query(f"{run} parking")
    assert parsed.cut and parsed.words == (run[: MAX_QUERY_PIECES + 1],)
    assert sum(len(pieces(word)) for word in parsed.words) == MAX_QUERY_PIECES
    assert parsed.text in parsed.cut_message
    short = parse_query("상수도 누수 감지 센서 배관")
    assert not short.cut and len(short.words) == 5


@pytest.mark.parametrize(
    ("query", "status", "says"),
    [
        ("parking " * 150, 200, "shortened"),  # 1,050 characters
        # 200 words
        (" ".join(["parking", "flood", "landslide", "streetlight", "drone"] * 40), 200, "shortened"),
        ("!!! ??? ...", 200, "at least one letter or digit"),
        # a NUL never reaches the search: the input middleware refuses it for every page (wego_portal.input)
        ("park\x00ing", 400, "Null characters are not allowed."),
    ],
)
def test_adversarial_queries_answer_on_the_page_with_a_message(client, parking, query, status, says):
    response = client.get(reverse("startups:catalogue"), {"q": query})
    assert response.status_code == status
    assert says in response.content.decode()


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("parking " * 150, 400),  # over MAX_QUERY_CHARS: a field message
        ("!!! ??? ...", 400),
        ("park\x00ing", 400),
        (" ".join(f"parking{i}" for i in range(20)), 200),  # 20 words: searched as 12, and said so
    ],
)
def test_adversarial_queries_answer_200_or_400_on_the_api(api, parking, query, status):
    response = api().get(f"{V1}/solutions/", {"search": query})
    assert response.status_code == status
    if status == 400:
        assert response.json()["errors"]["search"]
    else:
        assert "Search-Query-Cut" in response


def test_the_api_lists_a_search_best_first(api, parking):
    body = api().get(f"{V1}/solutions/", {"search": "parking guidance"}).json()
    assert body["results"][0]["title"] == "Parking guidance"
    newest = api().get(f"{V1}/solutions/", {"search": "parking", "ordering": "-published_at"}).json()
    assert newest["results"][0]["id"] == parking["korean"].pk  # ?ordering= still wins


def test_the_page_highlights_the_words_found_and_escapes_the_rest(client, parking):
    SolutionListingFactory(
        startup=parking["sensors"].startup,
        title="Parking rules",
        summary="<script>alert(1)</script> parking rules explained",
        language="en",
    )
    page = client.get(reverse("startups:catalogue"), {"q": "parking"}).content.decode()
    assert "<mark>parking</mark>" in page.lower()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_a_search_page_runs_the_same_number_of_queries_whatever_it_finds(
    client, parking, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("startups:catalogue")
    SolutionListingFactory(startup=parking["sensors"].startup, title="Parking sensors", sectors=["mobility"])
    with CaptureQueriesContext(connection) as few:
        client.get(url, {"q": "parking sensors", "sector": "mobility"})
    for n in range(15):
        SolutionListingFactory(
            startup=parking["sensors"].startup, title=f"Parking sensors {n}", sectors=["mobility"]
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url, {"q": "parking sensors", "sector": "mobility"})
    assert response.status_code == 200


def test_searches_are_limited_per_address_on_the_page_and_the_api_together(client, api, parking, settings):
    settings.SEARCH_THROTTLE_RATE = "3/minute"
    url = reverse("startups:catalogue")
    assert client.get(url, {"q": "parking"}).status_code == 200
    assert client.get(url, {"q": "guidance"}).status_code == 200
    assert api().get(f"{V1}/solutions/", {"search": "parking"}).status_code == 200
    refused = client.get(url, {"q": "sensors"})
    assert refused.status_code == 429 and "Retry-After" in refused
    assert "Too many searches" in refused.content.decode()
    assert api().get(f"{V1}/solutions/", {"search": "parking"}).status_code == 429
    assert client.get(url).status_code == 200  # browsing without a search is not counted
    assert api().get(f"{V1}/solutions/").status_code == 200


def test_cached_counts_follow_every_write_that_changes_them(parking):
    from django.http import QueryDict

    from portal import catalogue as cat

    def total(query: str) -> int:
        filters = cat.CatalogueFilters.from_query(QueryDict(query))
        return cat.total(cat.facet_counts(filters), filters)

    everything, heatwave = total(""), total("q=heatwave")
    assert (everything, heatwave) == (4, 0)
    services.update_listing(listing=parking["waste"], fields={"title": "Heatwave shelter finder"})
    assert (total(""), total("q=heatwave")) == (4, 1)  # a text edit: the search's counts move
    services.unpublish_listing(listing=parking["waste"])
    assert (total(""), total("q=heatwave")) == (3, 0)
    assert total("maturity=deployed") == 3


def test_a_long_query_finds_the_listings_holding_several_of_its_words(parking):
    """Five words: only listings with three of them or more, when there are any (core.search.narrow)."""
    titles = found("parking sensors drivers guidance bays")
    assert set(titles) == {"Parking sensors for every bay", "Parking guidance"}
    assert "스마트 노상주차 안내 시스템" in found("parking")  # one word is enough for a short query


def test_a_long_query_whose_words_meet_in_no_listing_still_finds_by_one_word(parking):
    titles = found("parking zeppelin airship blimp dirigible")
    assert {"Parking sensors for every bay", "Parking guidance", "스마트 노상주차 안내 시스템"} <= set(titles)


def test_a_long_search_page_runs_the_same_number_of_queries_whatever_it_finds(
    client, parking, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("startups:catalogue")
    query = {"q": "parking sensors drivers guidance bays"}
    with CaptureQueriesContext(connection) as few:
        client.get(url, query)
    for n in range(15):
        SolutionListingFactory(
            startup=parking["sensors"].startup, title=f"Parking sensors for drivers {n}", sectors=["mobility"]
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url, query)
    assert response.status_code == 200 and "Parking sensors for drivers 14" in response.content.decode()
