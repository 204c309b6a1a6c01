"""Texts in their own language, concepts in the reader's: a Korean listing and a Spanish challenge shown to
English and Korean readers, and the badge on a city's dashboard for a startup that does not work in the
city's language."""

from __future__ import annotations

import random
import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from demo import content
from matching.engine.concepts import default_vocabulary
from tests.factories import CityChallengeFactory, MatchFactory, SolutionListingFactory, StartupFactory

pytestmark = pytest.mark.django_db

HANGUL = re.compile(r"[\uac00-\ud7a3]")
CHIPS = re.compile(r'<ul class="concepts">(.*?)</ul>', re.S)
# a challenge's chip is the list item; a listing's is a span in it, with the words it was found in beside it
CHIP = re.compile(r'<(li|span) class="tag"[^>]*>(.*?)</\1>')


def body(response) -> str:
    return response.content.decode()


def chips(page: str) -> list[str]:
    found = CHIPS.search(page)
    assert found, "no concept chips on the page"
    return [label for _, label in CHIP.findall(found.group(1))]


def expected_labels(text: str, language: str) -> list[str]:
    vocabulary = default_vocabulary()
    return [escape(vocabulary.label(code, language)) for code in vocabulary.concepts_in(text)][:10]


@pytest.fixture
def korean_listing(startup):
    """The demo's Korean flood early warning listing (the generator's real Korean text)."""
    text = content.solution_listing(
        random.Random(1), archetype_key="flood-early-warning-sensors", brand="Hanul", language="ko"
    )
    return SolutionListingFactory(
        startup=startup,
        title=text["title"],
        summary=text["summary"],
        description=text["description"],
        language="ko",
        sectors=["water", "safety"],
        languages_supported=["ko", "en"],
    )


@pytest.fixture
def spanish_challenge(bogota):
    text = content.city_challenge(
        random.Random(1), archetype_key="warn-residents-before-flash-floods", city="Bogotá", language="es"
    )
    return CityChallengeFactory(
        city=bogota, title=text["title"], description=text["description"], language="es", sectors=["water"]
    )


def listing_text(listing) -> str:
    return f"{listing.title} {listing.summary} {listing.description}"


def test_korean_listing_is_marked_korean_and_its_concepts_read_in_english(client, korean_listing):
    page = body(client.get(reverse("startups:listing_detail", args=[korean_listing.pk])))
    assert f'<h1 lang="ko">{escape(korean_listing.title)}</h1>' in page
    assert f'<p class="lead" lang="ko">{escape(korean_listing.summary)}</p>' in page
    assert '<div lang="ko">' in page  # the description
    assert "Written in Korean" in page
    labels = chips(page)
    assert labels == expected_labels(listing_text(korean_listing), "en")
    assert escape(default_vocabulary().label("flood-warning", "en")) in labels
    assert not any(HANGUL.search(label) for label in labels)


def test_the_same_listing_shows_its_concepts_in_korean_to_a_korean_reader(client, korean_listing):
    client.cookies["django_language"] = "ko"
    page = body(client.get(reverse("startups:listing_detail", args=[korean_listing.pk])))
    assert '<html lang="ko">' in page and f'<h1 lang="ko">{escape(korean_listing.title)}</h1>' in page
    assert "작성 언어: 한국어" in page and "Written in" not in page
    labels = chips(page)
    assert labels == expected_labels(listing_text(korean_listing), "ko")
    assert default_vocabulary().label("flood-warning", "ko") in labels
    assert all(HANGUL.search(label) for label in labels)


def test_a_listing_without_any_known_concept_shows_no_chips(client, startup):
    listing = SolutionListingFactory(
        startup=startup, title="Qwerty zxcv", summary="Asdf ghjk.", description="Lorem ipsum dolor."
    )
    page = body(client.get(reverse("startups:listing_detail", args=[listing.pk])))
    assert '<ul class="concepts">' not in page and "What it covers" not in page


def test_spanish_challenge_is_marked_spanish_and_its_concepts_read_in_english(client, spanish_challenge):
    page = body(client.get(reverse("cities:challenge_detail", args=[spanish_challenge.pk])))
    assert f'<h1 lang="es">{escape(spanish_challenge.title)}</h1>' in page
    assert '<div lang="es">' in page and "Written in Spanish" in page
    labels = chips(page)
    assert labels == expected_labels(f"{spanish_challenge.title} {spanish_challenge.description}", "en")
    assert escape(default_vocabulary().label("flood-warning", "en")) in labels


def test_city_dashboard_badges_a_startup_that_does_not_work_in_the_city_language(
    client, bogota, bogota_official, startup, korean_listing, spanish_challenge
):
    speaks_spanish = StartupFactory(name="Andes Hydro", country="CO", sectors=["water"], languages=["es"])
    MatchFactory(
        city=bogota,
        startup=startup,
        listing=korean_listing,
        challenge=spanish_challenge,
        score=70.0,
        reasons=[
            {
                "code": "answers_challenge",
                "challenge_id": spanish_challenge.pk,
                "language": "es",
                "concepts": ["flood-warning"],
            },
            {"code": "no_shared_language", "languages": ["es"]},
        ],
    )
    MatchFactory(
        city=bogota,
        startup=speaks_spanish,
        score=65.0,
        city_rank=2,
        reasons=[{"code": "works_in_languages", "languages": ["es"]}],
    )
    client.force_login(bogota_official)
    page = body(client.get(reverse("cities:dashboard")))
    korean, spanish = page.split('<li class="match">')[1:3]
    assert startup.name in korean and "Andes Hydro" in spanish
    assert '<span class="badge badge-language-gap">Does not work in Spanish yet</span>' in korean
    assert "badge-language-gap" not in spanish
    assert f'lang="ko">{escape(korean_listing.title)}</a>' in korean  # the best listing, in its language
    flood = escape(default_vocabulary().label("flood-warning", "en"))
    assert f"Answers your challenge “{escape(spanish_challenge.title)}” ({flood})" in korean

    client.cookies["django_language"] = "ko"
    page = body(client.get(reverse("cities:dashboard")))
    korean = page.split('<li class="match">')[1]
    assert '<span class="badge badge-language-gap">아직 스페인어는 지원하지 않습니다</span>' in korean
    assert default_vocabulary().label("flood-warning", "ko") in korean


def test_lists_mark_each_title_with_its_own_language(client, korean_listing, spanish_challenge):
    catalogue = body(client.get(reverse("startups:catalogue")))
    assert f'lang="ko">{escape(korean_listing.title)}</a>' in catalogue
    assert f'<p lang="ko">{escape(korean_listing.summary)}</p>' in catalogue
    city = body(client.get(reverse("cities:city_detail", args=[spanish_challenge.city_id])))
    assert f'lang="es">{escape(spanish_challenge.title)}</a>' in city
