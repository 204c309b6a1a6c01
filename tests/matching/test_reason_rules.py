"""Every reason a match shows holds by its rule (the table in ``matching.engine.claims``), and one that does
not hold is never shown: each rule with a case that produces the reason and a case that must not.

Rules decided by the engine are checked on small catalogues built as the engine's types
(``tests.matching.catalogues``); the reasons built in ``matching.reasons.build`` are read from the stored
``Match.reasons`` after ``matching.pipeline.rescore_all()`` on a database catalogue made with the factories.
Last, every reason code has a sentence in English and in Korean.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

import numpy as np
import pytest
from django.utils import translation

from matching import pipeline
from matching.engine import MatchParams, claims, score_all, shared_concepts
from matching.engine.embedding import EMBEDDINGS_OFF
from matching.inputs import Catalogue, Names, ReferenceColumns
from matching.models import Match
from matching.reasons.build import reason_slots
from matching.reasons.codes import ReasonCode
from matching.reasons.render import describe, enrich
from matching.store.pieces import Pieces, gather
from tests.factories import (
    CityChallengeFactory,
    MemberCityFactory,
    ReferenceDeploymentFactory,
    SolutionListingFactory,
    StartupFactory,
)
from tests.matching.catalogues import (
    LANGUAGES,
    SECTORS,
    build,
    challenge,
    city,
    deployment,
    fit,
    listing,
    pairs_of,
    score,
    startup,
)

FLOODS = (
    "Flood warnings for riverside streets",
    "Rivers overflow every summer; residents of riverside streets need flood warnings hours ahead.",
)
FLOOD_SENSORS = (
    "River level sensors with flood warnings",
    "Flood warnings for residents of riverside streets, hours ahead",
    "Water-level sensors on the rivers send flood warnings to residents of riverside streets.",
)
FLOOD_PROFILE = "Our riverside streets flood every summer: residents need flood warnings from river sensors."
FOOD_WASTE = ("Cut food waste in apartment blocks", "Apartment complexes throw away too much food.")


def _listing(name: str, text: tuple[str, str, str] = FLOOD_SENSORS, **fields):
    startup_fields = {"languages": ["en"]} | fields.pop("startup", {})
    title, summary, description = text
    return SolutionListingFactory(
        startup=StartupFactory(name=name, **startup_fields),
        title=title,
        summary=summary,
        description=description,
        **fields,
    )


def _match(city, listing) -> Match:
    return (
        Match.objects.current()
        .select_related("challenge", "listing", "deployment")
        .get(city=city, startup_id=listing.startup_id)
    )


def _reasons(match: Match) -> dict[str, dict]:
    """The stored reasons by code (each code at most once)."""
    codes = [r["code"] for r in match.reasons]
    assert len(codes) == len(set(codes)), codes
    return {r["code"]: r for r in match.reasons}


def _sentences(match: Match, language: str = "en") -> list[str]:
    with translation.override(language):
        return [describe(reason) for reason in enrich(match.reasons, match)]


# --- 2. "Fits your city's profile" ----------------------------------------------------------------------


def test_profile_evidence_is_zero_for_a_city_without_a_profile_whatever_its_vectors_and_challenges():
    """City 0 has no profile text (but a stale profile vector equal to the listing's, and a challenge that is
    the listing's text); city 1's profile is the listing's text."""
    vector = np.eye(4)[0]
    text = " ".join(FLOOD_SENSORS)
    cities = [
        city(profile="", profile_embedding=vector, challenges=(challenge(text, embedding=vector),)),
        city(profile=text, profile_embedding=vector),
    ]
    startups = [
        startup(listing(text, embedding=vector)),
        startup(listing("Noise maps", embedding=np.eye(4)[1])),
    ]
    city_table, startup_table = build(cities, startups)
    result = score_all(
        city_table, startup_table, MatchParams(), fit(city_table, startup_table, MatchParams())
    )
    stored = claims.stored_profile_evidence(city_table, result)
    row = {(int(c), int(t)): i for i, (c, t) in enumerate(zip(result.city, result.startup, strict=True))}
    evidence = stored[[row[(0, 0)], row[(1, 0)], row[(1, 1)]]]
    assert evidence[0] == 0.0
    assert evidence[1] >= claims.PROFILE_THRESHOLD > evidence[2]
    assert claims.fits_profile(evidence).tolist() == [False, True, False]


@pytest.mark.django_db
def test_fits_your_citys_profile_only_where_the_city_has_a_close_profile_and_no_challenge_is_answered():
    sensors = _listing("Rivermark")
    busan = MemberCityFactory(name="Busan", country="KR", languages=["en"], profile=FLOOD_PROFILE)
    sejong = MemberCityFactory(name="Sejong", country="KR", languages=["en"], profile="")
    CityChallengeFactory(city=sejong, title=FLOODS[0], description=FLOODS[1])  # close: answered
    quito = MemberCityFactory(name="Quito", country="EC", languages=["en"], profile="")
    kigali = MemberCityFactory(name="Kigali", country="RW", languages=["en"], profile=FLOOD_PROFILE)
    CityChallengeFactory(city=kigali, title=FLOODS[0], description=FLOODS[1])
    pipeline.rescore_all()

    busan_match = _match(busan, sensors)
    fits = _reasons(busan_match)[ReasonCode.RELEVANT_SOLUTION]
    assert busan_match.challenge_id is None
    assert fits["listing_id"] == sensors.pk
    assert _sentences(busan_match)[0].startswith(f"“{FLOOD_SENSORS[0]}” fits your city's profile")

    for empty_profile in (sejong, quito):
        assert ReasonCode.RELEVANT_SOLUTION not in _reasons(_match(empty_profile, sensors)), empty_profile
    assert ReasonCode.ANSWERS_CHALLENGE in _reasons(_match(sejong, sensors))
    assert ReasonCode.ANSWERS_CHALLENGE not in _reasons(_match(quito, sensors))
    # a close profile, but the challenge is what the listing answers: that is the reason shown
    kigali_reasons = _reasons(_match(kigali, sensors))
    assert ReasonCode.ANSWERS_CHALLENGE in kigali_reasons
    assert ReasonCode.RELEVANT_SOLUTION not in kigali_reasons


# --- 3. Concepts: whole words only ----------------------------------------------------------------------

SOC = "security-operations-centre"
SOCORRO_ES = "Línea de socorro para los vecinos de los barrios altos"
SOC_ES = "Necesitamos un centro de operaciones de seguridad (SOC) que vigile la red municipal"
SOC_LISTING = (
    "Managed SOC for city networks",
    "A 24/7 security operations centre (SOC)",
    "Our SOC watches the city's networks, detects threats and answers incidents day and night.",
)


def _concepts_shared_with_the_soc_listing(concept_match: str) -> list[list[str]]:
    params = MatchParams(concept_match=concept_match)
    cities = [
        city(language="es", challenges=(challenge(SOCORRO_ES, language="es"),)),
        city(language="es", challenges=(challenge(SOC_ES, language="es"),)),
    ]
    city_table, startup_table = build(cities, [startup(listing(" ".join(SOC_LISTING), language="en"))])
    index = fit(city_table, startup_table, params)
    top = shared_concepts(index, city_table, startup_table, city=[0, 1], listing=[0, 0], challenge=[0, 1])
    codes = index.model.concepts.codes
    return [[codes[c] for c in row if c >= 0] for row in top.tolist()]


def test_soc_never_matches_the_inside_of_spanish_socorro():
    socorro, soc = _concepts_shared_with_the_soc_listing("words")
    assert SOC not in socorro
    assert SOC in soc  # "(SOC)" as a whole word does


def test_matched_as_a_prefix_soc_found_socorro():
    socorro, _ = _concepts_shared_with_the_soc_listing("prefix")  # the engine before whole words
    assert SOC in socorro


@pytest.mark.django_db
def test_a_stored_reason_names_soc_for_the_whole_word_and_never_for_socorro():
    soc_listing = _listing("Citadel Watch", SOC_LISTING)
    barrios = MemberCityFactory(name="Medellín", country="CO", languages=["es"], profile=SOCORRO_ES)
    CityChallengeFactory(
        city=barrios, title="Línea de socorro", description=SOCORRO_ES, language="es", sectors=["safety"]
    )
    red = MemberCityFactory(name="Quito", country="EC", languages=["es"], profile="")
    CityChallengeFactory(
        city=red, title="Centro de operaciones de seguridad", description=SOC_ES, language="es"
    )
    pipeline.rescore_all()

    for reason in _match(barrios, soc_listing).reasons:
        assert SOC not in reason.get("concepts", []), reason
    answers = _reasons(_match(red, soc_listing))[ReasonCode.ANSWERS_CHALLENGE]
    assert SOC in answers["concepts"]


# --- 4. Priority sectors and the challenge's sector ------------------------------------------------------

LANDSLIDES = (
    "Landslide warnings on hillsides",
    "Hillside neighbourhoods need landslide warnings from slope sensors before the rainy season.",
)
SLOPE_SENSORS = (
    "Slope sensors with landslide warnings",
    "Landslide warnings for hillside neighbourhoods",
    "Tilt sensors on hillsides send landslide warnings to residents before the ground moves.",
)


def test_the_sector_claims_split_priority_sectors_from_the_answered_challenges():
    cities = [
        city(sectors=("mobility",), challenges=(challenge("x", "safety"),)),
        city(sectors=("energy",), challenges=(challenge("y", "safety"),)),
        city(sectors=("safety",), challenges=(challenge("z", "safety"),)),
    ]
    city_table, startup_table = build(cities, [startup(listing("z", "mobility", "safety"))])
    at = {"city": [0, 1, 1, 2], "listing": [0, 0, 0, 0]}
    priority = claims.priority_sectors(city_table, startup_table, **at)
    of_challenge = claims.challenge_sectors(city_table, startup_table, **at, challenge=[0, 1, -1, 2])
    mobility, safety = SECTORS.index("mobility"), SECTORS.index("safety")
    # a challenge's sector is never a priority sector, unless the city lists it as one
    assert [priority[[i]].indices.tolist() for i in range(4)] == [[mobility], [], [], [safety]]
    # answered challenges' sectors that are not priorities; none without an answered challenge, none when
    # the challenge's sector is a priority already
    assert [of_challenge[[i]].indices.tolist() for i in range(4)] == [[safety], [safety], [], []]


@pytest.mark.django_db
def test_priority_sectors_name_only_the_citys_priorities_and_a_challenges_sector_says_so():
    slopes = _listing("Hillsense", SLOPE_SENSORS, sectors=["mobility", "safety"])
    priorities = MemberCityFactory(
        name="Medellín", country="CO", languages=["en"], priority_sectors=["mobility"]
    )
    CityChallengeFactory(city=priorities, title=LANDSLIDES[0], description=LANDSLIDES[1], sectors=["safety"])
    elsewhere = MemberCityFactory(
        name="Quito", country="EC", languages=["en"], priority_sectors=["environment"]
    )
    CityChallengeFactory(city=elsewhere, title=LANDSLIDES[0], description=LANDSLIDES[1], sectors=["safety"])
    unanswered = MemberCityFactory(
        name="Kigali", country="RW", languages=["en"], priority_sectors=["environment"]
    )
    CityChallengeFactory(city=unanswered, title=FOOD_WASTE[0], description=FOOD_WASTE[1], sectors=["safety"])
    pipeline.rescore_all()

    first = _match(priorities, slopes)
    assert first.challenge_id is not None
    reasons = _reasons(first)
    assert reasons[ReasonCode.SHARED_SECTORS]["sectors"] == ["mobility"]  # not the challenge's "safety"
    assert ReasonCode.CHALLENGE_SECTORS not in reasons

    second = _match(elsewhere, slopes)
    assert second.challenge_id is not None
    reasons = _reasons(second)
    assert ReasonCode.SHARED_SECTORS not in reasons
    assert reasons[ReasonCode.CHALLENGE_SECTORS]["sectors"] == ["safety"]
    sentences = _sentences(second)
    assert any(s.startswith("Works in your challenge's sector: Safety") for s in sentences), sentences
    assert not any("priority sectors" in s for s in sentences), sentences

    third = _match(unanswered, slopes)
    assert third.challenge_id is None
    assert not {ReasonCode.SHARED_SECTORS, ReasonCode.CHALLENGE_SECTORS} & set(_reasons(third))


# --- 5. Reference deployments: similar size, same region -------------------------------------------------


def test_similar_size_is_within_the_ratio_of_two_known_populations():
    city_population = np.full(5, 1_000_000.0)
    deployments = np.array([400_000, 666_667, 1_500_000, 2_500_000, 0])
    assert claims.similar_size(deployments, city_population, 2.0).tolist() == [
        False,
        True,
        True,
        False,
        False,
    ]
    assert claims.similar_size(deployments, city_population, 3.0).tolist() == [True, True, True, True, False]
    assert not claims.similar_size(np.array([500_000.0]), np.array([0.0]), 2.0).any()


@pytest.mark.django_db
def test_a_reference_deployment_is_of_similar_size_within_twice_and_of_the_same_region_or_not():
    busan = MemberCityFactory(name="Busan", country="KR", population=1_000_000, profile=FLOOD_PROFILE)
    places = {
        "2.5x smaller": ("Gimhae", "KR", 400_000),
        "1.5x smaller": ("Cheongju", "KR", 666_667),
        "in Europe": ("Lyon", "FR", 1_000_000),
        "size unknown": ("Gyeongju", "KR", None),
    }
    listings = {}
    for key, (name, country, population) in places.items():
        listings[key] = _listing(f"Rivermark {key}")
        ReferenceDeploymentFactory(
            listing=listings[key], city_name=name, country=country, population=population
        )
    pipeline.rescore_all()

    def flags(city, key: str) -> tuple[bool, bool]:
        proof = _reasons(_match(city, listings[key]))[ReasonCode.REFERENCE_DEPLOYMENT]
        return proof["similar_size"], proof["same_region"]

    assert flags(busan, "2.5x smaller") == (False, True)
    assert flags(busan, "1.5x smaller") == (True, True)
    assert flags(busan, "in Europe") == (True, False)
    assert flags(busan, "size unknown") == (False, True)
    sentences = _sentences(_match(busan, listings["1.5x smaller"]))
    assert "Runs in Cheongju (KR), a city of similar size" in sentences


def _stored_reasons(cities: list, startups: list, params: MatchParams) -> dict[tuple[int, int], list]:
    """The reasons ``reason_slots`` builds for every pair of an engine catalogue (no database), by pair."""
    city_table, startup_table = build(cities, startups)
    index = fit(city_table, startup_table, params)
    result = score_all(city_table, startup_table, params, index)
    columns = ReferenceColumns(
        languages={},
        sectors={},
        regions={},
        region_codes={code: i for i, code in enumerate(["asia-pacific", "europe", "africa"])},
        sector_codes=SECTORS,
        language_codes=LANGUAGES,
    )
    names = Names(challenge_language=list(city_table.challenges.language))
    cat = Catalogue(columns, city_table, startup_table, names, EMBEDDINGS_OFF)
    pieces = Pieces()
    slots = reason_slots(result, cat, pieces, index)
    rows = [json.loads("[" + gather(pieces, row[None, :]).decode() + "]") for row in slots]
    return {key: rows[i] for i, key in enumerate(pairs_of(result))}


def test_two_unknown_regions_are_not_the_same_region():
    """A member city's region is always known in the database; the rule still holds on the engine's side,
    where -1 is unknown on both."""
    cities = [
        city(region=-1, profile=" ".join(FLOOD_SENSORS)),
        city(region=0, profile=" ".join(FLOOD_SENSORS)),
    ]
    startups = [
        startup(listing(" ".join(FLOOD_SENSORS), deployments=[deployment(1_000_000, region=-1)]), regions=()),
        startup(listing(" ".join(FLOOD_SENSORS), deployments=[deployment(1_000_000, region=0)]), regions=()),
    ]
    reasons = _stored_reasons(cities, startups, MatchParams())

    def same_region(c: int, t: int) -> bool:
        return next(r for r in reasons[(c, t)] if r["code"] == ReasonCode.REFERENCE_DEPLOYMENT)["same_region"]

    assert [same_region(0, 0), same_region(0, 1), same_region(1, 0), same_region(1, 1)] == [
        False,
        False,
        False,
        True,
    ]


# --- 6. Ready for the city's size -----------------------------------------------------------------------


def test_a_deployed_listing_is_ready_for_a_city_up_to_twice_its_largest_deployment():
    largest = [655_000, 1_999_999, 2_000_000, 2_500_000, 0]
    cities, startups = build(
        [city(population=4_000_000), city(population=0)],
        [startup(listing(f"p{i}", deployments=[deployment(p)] if p else [])) for i, p in enumerate(largest)],
    )
    n = len(largest)
    deployed, pilot, found = claims.ready_for_size(
        startups, cities, MatchParams(), city=[0] * n, listing=range(n), readiness=np.ones(n)
    )
    assert deployed.tolist() == [False, False, True, True, False]
    assert found.tolist() == largest
    assert not pilot.any()  # deployed listings are never said to be pilots
    unknown, _, _ = claims.ready_for_size(
        startups, cities, MatchParams(), city=[1] * n, listing=range(n), readiness=np.ones(n)
    )
    assert not unknown.any()  # the city's population unknown: nothing is said


def test_a_pilot_is_said_to_suit_a_first_deployment_from_the_ready_readiness_on():
    cities, startups = build(
        [city(population=p, challenges=(challenge("Open need"),)) for p in (400_000, 1_000_000)],
        [startup(listing("Pilot", maturity=1)), startup(listing("Concept", maturity=0))],
    )
    _, pilot, _ = claims.ready_for_size(
        startups,
        cities,
        MatchParams(),
        city=[0, 0, 0],
        listing=[0, 0, 1],
        readiness=np.array([claims.READY, claims.READY - 1e-9, 1.0]),
    )
    assert pilot.tolist() == [True, False, False]  # a concept is never said to be ready
    rows, *_ = score(
        [city(population=p, challenges=(challenge("Open need"),)) for p in (400_000, 1_000_000)],
        [startup(listing("Pilot", maturity=1))],
    )
    # 0.9 - 0.5·s + 0.1 with s = ln(pop / 100,000) / ln(50): ready up to about 478,000 inhabitants
    assert rows[(0, 0)]["readiness"] >= claims.READY > rows[(1, 0)]["readiness"]


@pytest.mark.django_db
def test_proven_at_this_scale_only_with_a_deployment_at_least_half_the_citys_size():
    almaty = MemberCityFactory(
        name="Almaty", country="KZ", languages=["en"], population=4_000_000, profile=FLOOD_PROFILE
    )
    small = _listing("Rivermark Shymkent", maturity="deployed")
    ReferenceDeploymentFactory(listing=small, city_name="Shymkent", country="KZ", population=655_000)
    large = _listing("Rivermark Izmir", maturity="deployed")
    ReferenceDeploymentFactory(listing=large, city_name="Izmir", country="TR", population=2_500_000)
    pipeline.rescore_all()

    small_reasons = _reasons(_match(almaty, small))
    assert len(small_reasons) < 4  # room for one more reason: its absence is the rule's
    assert ReasonCode.READY_FOR_SIZE not in small_reasons

    match = _match(almaty, large)
    ready = _reasons(match)[ReasonCode.READY_FOR_SIZE]
    assert ready == {
        "code": ReasonCode.READY_FOR_SIZE,
        "maturity": "deployed",
        "population": 4_000_000,
        "largest": 2_500_000,
        "ratio": 2.0,
    }
    assert (
        "Proven at this scale: deployed in a city of 2,500,000 inhabitants (this city: 4,000,000)"
        in _sentences(match)
    )
    assert match.readiness > _match(almaty, small).readiness  # proportionate readiness agrees


# --- 7. Existing clients --------------------------------------------------------------------------------


def _client_world(params: MatchParams) -> dict:
    """Startup 0 runs in city 0 (a member city); startup 1 runs elsewhere. Both answer both cities."""
    text = " ".join(FLOOD_SENSORS)
    cities = [city(profile=text), city(profile=text)]
    startups = [
        startup(listing(text, deployments=[deployment(1_000_000, region=0, city=0)])),
        startup(listing(text, deployments=[deployment(1_000_000, region=0)])),
    ]
    rows, *_ = score(cities, startups, params)
    return rows


def test_a_startup_is_never_recommended_to_a_city_it_already_runs_in():
    rows = _client_world(MatchParams())
    assert (0, 0) not in rows
    assert {(0, 1), (1, 0), (1, 1)} <= rows.keys()
    assert rows[(0, 1)]["city_rank"] == 1


def test_before_trust_an_existing_client_was_recommended():
    rows = _client_world(MatchParams.before_trust())
    assert (0, 0) in rows
    assert rows[(0, 0)]["city_rank"] == 1  # the same listing, and a deployment in the city itself


def test_excluding_existing_clients_is_the_one_switch_that_removes_the_pair():
    rows = _client_world(replace(MatchParams(), exclude_existing_clients=False))
    assert (0, 0) in rows


@pytest.mark.django_db
def test_a_deployment_in_a_member_city_keeps_the_startup_out_of_that_citys_matches():
    kigali = MemberCityFactory(name="Kigali", country="RW", languages=["en"], profile=FLOOD_PROFILE)
    busan = MemberCityFactory(name="Busan", country="KR", languages=["en"], profile=FLOOD_PROFILE)
    client = _listing("Rivermark")
    deployed = ReferenceDeploymentFactory(
        listing=client, city_name="Kigali", country="RW", population=1_200_000
    )
    assert deployed.member_city_id == kigali.pk
    pipeline.rescore_all()

    assert not Match.objects.current().filter(city=kigali, startup_id=client.startup_id).exists()
    assert Match.objects.current().filter(city=busan, startup_id=client.startup_id).exists()


# --- 10. Every reason has a sentence in English and in Korean ------------------------------------------

EXAMPLES = [
    {
        "code": "answers_challenge",
        "challenge_id": 1,
        "title": "산사태 경보",
        "concepts": ["landslide-warning"],
    },
    {"code": "answers_challenge", "challenge_id": 1, "title": "산사태 경보"},
    {"code": "relevant_solution", "listing_id": 1, "title": "산사태 센서", "concepts": ["landslide-warning"]},
    {"code": "relevant_solution", "listing_id": 1, "title": "산사태 센서"},
    {"code": "shared_sectors", "sectors": ["safety", "water"]},
    {"code": "challenge_sectors", "sectors": ["safety"]},
    {"code": "reference_deployment", "city": "세종", "country": "KR", "similar_size": True, "count": 1},
    {"code": "reference_deployment", "city": "세종", "country": "KR", "same_region": True, "count": 3},
    {"code": "reference_deployment", "city": "세종", "country": "KR", "count": 2},
    {"code": "works_in_languages", "languages": ["es", "ko"]},
    {"code": "no_shared_language", "languages": ["es"]},
    {"code": "targets_region", "region": "europe"},
    {"code": "ready_for_size", "maturity": "deployed", "population": 4_000_000, "largest": 2_500_000},
    {"code": "ready_for_size", "maturity": "deployed"},
    {"code": "ready_for_size", "maturity": "pilot"},
]
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def test_the_examples_cover_every_reason_code():
    assert {example["code"] for example in EXAMPLES} == set(ReasonCode)


@pytest.mark.parametrize("reader", ["city", "startup"])
@pytest.mark.parametrize("reason", EXAMPLES, ids=[f"{r['code']}-{i}" for i, r in enumerate(EXAMPLES)])
def test_every_reason_reads_as_a_sentence_in_english_and_in_korean(reason, reader):
    with translation.override("en"):
        english = describe(reason, reader=reader)
    with translation.override("ko"):
        korean = describe(reason, reader=reader)
    for sentence in (english, korean):
        assert sentence and sentence != reason["code"] and reason["code"] not in sentence
    assert LATIN_WORD.search(english)
    # every value above is Korean or a code: an English word left in the Korean sentence is untranslated
    assert re.search("[가-힣]", korean), korean
    assert not LATIN_WORD.search(korean), korean
