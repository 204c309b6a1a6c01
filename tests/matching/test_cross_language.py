"""Matching and search across languages: a Spanish challenge finds a Korean or English listing through the
multilingual concept vocabulary, the stored reason names the shared concept, and the catalogue's search
finds a Spanish listing from an English word."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from matching import pipeline
from matching.models import Match
from matching.reasons.render import describe, enrich
from startups.models import SolutionListing
from tests.factories import CityChallengeFactory, MemberCityFactory, SolutionListingFactory, StartupFactory

pytestmark = pytest.mark.django_db

LANDSLIDE_ES = (
    "Alerta temprana de deslizamientos en laderas",
    "En temporada de lluvias, los barrios de ladera sufren deslizamientos y derrumbes. Buscamos una red de "
    "alerta temprana que mida la humedad del suelo y la inclinación de los taludes y avise a los vecinos.",
)
LANDSLIDE_KO = (
    "산사태 조기 경보 시스템",
    "사면에 설치한 경사계와 토양 수분 센서가 산사태 위험을 실시간으로 감지하고, 위험 지역 주민에게 조기 경보 "
    "문자를 보냅니다. 국내 여러 지자체의 급경사지에서 운영 중입니다.",
)
LANDSLIDE_EN = (
    "Slope monitoring against landslides",
    "Tilt sensors and soil moisture probes on hillsides detect landslide risk and send early warnings to "
    "residents' phones before the ground gives way.",
)
CCTV_ES = (
    "Videovigilancia inteligente para plazas",
    "Cámaras con analítica de video detectan aglomeraciones y peleas en plazas y parques, y avisan a la "
    "central de monitoreo de la policía municipal.",
)


def _listing(name: str, country: str, language: str, text: tuple[str, str], speaks: list[str]):
    startup = StartupFactory(
        name=name, country=country, sectors=["safety"], languages=speaks, target_regions=["latin-america"]
    )
    return SolutionListingFactory(
        startup=startup,
        title=text[0],
        summary=text[0],
        description=text[1],
        language=language,
        sectors=["safety"],
        maturity="deployed",
        languages_supported=speaks,
    )


@pytest.fixture
def medellin_world():
    medellin = MemberCityFactory(
        name="Medellín",
        country="CO",
        population=2_500_000,
        languages=["es"],
        priority_sectors=["safety"],
        profile="Medellín es una ciudad de montaña con barrios en ladera.",
        profile_language="es",
    )
    challenge = CityChallengeFactory(
        city=medellin, title=LANDSLIDE_ES[0], description=LANDSLIDE_ES[1], language="es", sectors=["safety"]
    )
    korean = _listing("Sanmaru Sensing", "KR", "ko", LANDSLIDE_KO, ["ko"])
    spanish_cctv = _listing("Vigía Urbana", "MX", "es", CCTV_ES, ["es"])
    return medellin, challenge, korean, spanish_cctv


def _stored_for(city) -> list[Match]:
    return list(Match.objects.current().filter(city=city).select_related("challenge").order_by("city_rank"))


def test_a_spanish_challenge_is_answered_by_a_korean_listing_with_the_shared_concept_named(medellin_world):
    medellin, challenge, korean, spanish_cctv = medellin_world
    pipeline.rescore_all()
    stored = _stored_for(medellin)
    by_startup = {m.startup_id: m for m in stored}
    match = by_startup[korean.startup_id]
    # the Korean listing shares no word with the Spanish challenge, only concepts: it is still the most
    # relevant answer, ranked behind a Spanish-speaking one because it does not work in Spanish (reach)
    cctv = by_startup[spanish_cctv.startup_id]
    assert match.relevance > cctv.relevance
    assert match.reach < cctv.reach
    assert match.challenge_id == challenge.pk
    answers = next(r for r in match.reasons if r["code"] == "answers_challenge")
    assert "landslide-warning" in answers["concepts"]
    # the startup does not speak Spanish: matched on relevance, but the gap is said
    assert any(r["code"] == "no_shared_language" for r in match.reasons)
    with translation.override("en"):
        sentence = describe(enrich(match.reasons, match)[0])
    assert sentence.startswith(f"Answers your challenge “{LANDSLIDE_ES[0]}” (")
    assert "landslide early warning" in sentence
    with translation.override("ko"):
        assert "산사태" in describe(enrich(match.reasons, match)[0])


def test_a_korean_listing_from_a_startup_that_works_in_spanish_ranks_first(medellin_world):
    medellin, challenge, _, spanish_cctv = medellin_world
    bilingual = _listing("Sanmaru Latam", "KR", "ko", LANDSLIDE_KO, ["ko", "es"])
    pipeline.rescore_all()
    stored = _stored_for(medellin)
    assert stored[0].startup_id == bilingual.startup_id
    assert stored[0].challenge_id == challenge.pk
    assert stored[0].overseas


def test_without_concepts_the_korean_listing_does_not_answer_the_spanish_challenge(medellin_world, settings):
    """The same world with the cross-language signal switched off: the words-only engine finds nothing."""
    medellin, challenge, korean, _ = medellin_world
    settings.MATCHING = {**settings.MATCHING, "CONCEPT_WEIGHT": 0.0}
    pipeline.rescore_all()
    match = next(m for m in _stored_for(medellin) if m.startup_id == korean.startup_id)
    assert match.challenge_id is None
    assert match.relevance == pytest.approx(0.0, abs=1e-9)


def test_an_english_listing_answers_the_spanish_challenge_too(medellin_world):
    medellin, challenge, _, spanish_cctv = medellin_world
    english = _listing("Hillside Analytics", "GB", "en", LANDSLIDE_EN, ["en", "es"])
    pipeline.rescore_all()
    by_startup = {m.startup_id: m for m in _stored_for(medellin)}
    assert by_startup[english.startup_id].challenge_id == challenge.pk
    assert by_startup[english.startup_id].score > by_startup[spanish_cctv.startup_id].score


def test_an_english_search_finds_a_listing_written_in_spanish(client, medellin_world):
    spanish = SolutionListingFactory(
        startup=StartupFactory(name="Laderas Seguras", country="CO", sectors=["safety"]),
        title="Red de sensores para laderas",
        summary="Monitoreo de taludes en barrios de montaña.",
        description="Avisamos a los vecinos antes de que ocurran deslizamientos.",
        language="es",
        sectors=["safety"],
    )
    found = set(SolutionListing.objects.published().search("landslide").values_list("pk", flat=True))
    assert spanish.pk in found
    _, _, korean, spanish_cctv = medellin_world
    assert korean.pk in found  # 산사태
    assert spanish_cctv.pk not in found
    page = client.get(reverse("startups:catalogue"), {"q": "landslide"})
    assert page.status_code == 200
    assert "Red de sensores para laderas" in page.content.decode()
    api = client.get("/api/v1/solutions/", {"search": "landslide"})
    assert spanish.pk in {row["id"] for row in api.json()["results"]}
    assert spanish_cctv.pk not in {row["id"] for row in api.json()["results"]}


def test_a_word_that_names_no_concept_still_searches_as_plain_text(medellin_world):
    _, _, korean, spanish_cctv = medellin_world
    found = set(SolutionListing.objects.published().search("Vigía").values_list("pk", flat=True))
    assert found == {spanish_cctv.pk}
