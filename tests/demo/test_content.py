"""The demo texts: catalogue coverage, limits, determinism and the shared vocabulary the matching relies on.

Pure Python: no database and no Django settings are needed.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from demo import content

TRANSLATED = ("ko", "es", "pt", "fr")
PLACEHOLDER = re.compile(r"\{[^}]*\}")
# Words too common in city and product texts to count as shared domain vocabulary.
_STOPWORDS = """
    a about above after again all also an and any are around as at be because been before being below
    between both but by can city cities could day days did do does each every few for from get gets had has
    have how if in into is it its just less like made make makes many may more most much must need needs new
    no not now of on once one only or other our out over own per same should so some such than that the
    their them then there these they this those three through to too two under up us use used uses using
    very via want was we were what when where which while who whole will with within without would year
    years you your residents resident solution solutions system systems data pilot first based time times
    help helps helping
"""
STOPWORDS = frozenset(_STOPWORDS.split())


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9][a-z0-9-]*[a-z0-9]", text.lower())
    return {word for word in words if word not in STOPWORDS and len(word) > 3}


def listing_text(listing: dict) -> str:
    return " ".join([listing["title"], listing["summary"], listing["description"]])


def challenge_text(challenge: dict) -> str:
    return " ".join([challenge["title"], challenge["description"]])


def solutions_by_sector(sector: str) -> list[content.SolutionArchetype]:
    return [a for a in content.SOLUTION_ARCHETYPES if a.sector == sector]


def challenges_by_sector(sector: str) -> list[content.ChallengeArchetype]:
    return [a for a in content.CHALLENGE_ARCHETYPES if a.sector == sector]


# --- The catalogue -------------------------------------------------------------------------------------


def test_archetype_keys_are_unique():
    solution_keys = [a.key for a in content.SOLUTION_ARCHETYPES]
    challenge_keys = [a.key for a in content.CHALLENGE_ARCHETYPES]
    assert len(solution_keys) == len(set(solution_keys))
    assert len(challenge_keys) == len(set(challenge_keys))
    assert not set(solution_keys) & set(challenge_keys)


def test_every_answered_by_key_is_a_solution_archetype():
    solution_keys = {a.key for a in content.SOLUTION_ARCHETYPES}
    for challenge in content.CHALLENGE_ARCHETYPES:
        assert challenge.answered_by, challenge.key
        assert set(challenge.answered_by) <= solution_keys, challenge.key


def test_archetypes_use_known_sectors_maturities_and_languages():
    for archetype in [*content.SOLUTION_ARCHETYPES, *content.CHALLENGE_ARCHETYPES]:
        assert archetype.sector in content.SECTORS
        assert len(archetype.extra_sectors) <= 2
        assert set(archetype.extra_sectors) <= set(content.SECTORS) - {archetype.sector}
        assert "en" in archetype.texts
        assert set(archetype.texts) <= set(content.LANGUAGES)
    for archetype in content.SOLUTION_ARCHETYPES:
        assert archetype.maturity_hint in content.MATURITIES


@pytest.mark.parametrize("sector", list(content.SECTORS))
def test_every_sector_has_enough_archetypes(sector):
    assert len(solutions_by_sector(sector)) >= 8
    assert len(challenges_by_sector(sector)) >= 5


@pytest.mark.parametrize("sector", list(content.SECTORS))
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_sector_has_archetypes_in_every_language(sector, language):
    assert len(content.archetypes_for_sector(sector, language)) >= 3
    assert len(content.challenge_archetypes_for_sector(sector, language)) >= 2


def test_english_texts_have_enough_variants():
    for archetype in content.SOLUTION_ARCHETYPES:
        text = archetype.texts["en"]
        assert len(text.titles) >= 3 and len(text.summaries) >= 2 and len(text.fragments) >= 5, archetype.key
    for archetype in content.CHALLENGE_ARCHETYPES:
        text = archetype.texts["en"]
        assert len(text.titles) >= 2 and len(text.fragments) >= 5, archetype.key


def test_every_sentence_is_a_complete_sentence():
    for archetype in [*content.SOLUTION_ARCHETYPES, *content.CHALLENGE_ARCHETYPES]:
        for language, text in archetype.texts.items():
            sentences = [*getattr(text, "summaries", []), *text.fragments]
            for sentence in sentences:
                assert sentence == sentence.strip() and sentence[-1] in ".!?", (
                    archetype.key,
                    language,
                    sentence,
                )
                assert not sentence[0].islower(), (archetype.key, language, sentence)


def test_every_text_has_enough_sentences_for_a_full_description():
    """Even with every fragment used and the shortest closing, a description reaches its minimum length."""
    for archetype in content.SOLUTION_ARCHETYPES:
        for language, text in archetype.texts.items():
            closing = min(
                len(s) for sentences in content.PRICING_SENTENCES[language].values() for s in sentences
            )
            longest = sum(map(len, text.fragments)) + len(text.fragments) + closing
            assert longest >= content.LISTING_DESCRIPTION_CHARS[0], (archetype.key, language)
    for archetype in content.CHALLENGE_ARCHETYPES:
        for language, text in archetype.texts.items():
            closing = min(len(s.format(city="Ulm")) for s in content.CHALLENGE_CLOSINGS[language])
            longest = sum(len(f.format(city="Ulm")) for f in text.fragments) + len(text.fragments) + closing
            assert longest >= content.CHALLENGE_DESCRIPTION_CHARS[0], (archetype.key, language)


def test_archetypes_for_sector_filters_by_language_and_rejects_unknown_sectors():
    every = content.archetypes_for_sector("water")
    korean = content.archetypes_for_sector("water", "ko")
    assert set(korean) < set(every)
    assert content.archetypes_for_sector("water", "de") == []
    with pytest.raises(ValueError):
        content.archetypes_for_sector("space-travel")


# --- Generated texts ------------------------------------------------------------------------------------


def every_listing(rng: random.Random, samples: int) -> list[dict]:
    used: set[str] = set()
    return [
        content.solution_listing(
            rng,
            archetype_key=archetype.key,
            brand=content.startup_name(rng, used).split()[0],
            language=language,
        )
        for archetype in content.SOLUTION_ARCHETYPES
        for language in archetype.texts
        for _ in range(samples)
    ]


def every_challenge(rng: random.Random, samples: int) -> list[dict]:
    cities = ["Seoul", "Bogotá", "Ho Chi Minh City", "Santiago de los Caballeros", "Porto", "Lyon"]
    return [
        content.city_challenge(rng, archetype_key=archetype.key, city=rng.choice(cities), language=language)
        for archetype in content.CHALLENGE_ARCHETYPES
        for language in archetype.texts
        for _ in range(samples)
    ]


def test_listings_respect_the_length_limits_and_vocabularies():
    for listing in every_listing(random.Random(7), samples=25):
        assert 0 < len(listing["title"]) <= 120, listing["title"]
        assert 0 < len(listing["summary"]) <= 280, listing["summary"]
        assert 400 <= len(listing["description"]) <= 1500, (listing["archetype"], listing["language"])
        assert listing["maturity"] in {"concept", "pilot", "deployed"}
        assert listing["pricing_model"] in {
            "subscription",
            "licence",
            "per-unit",
            "revenue-share",
            "free-pilot",
            "custom",
        }
        assert listing["sectors"][0] in content.SECTORS


def test_challenges_respect_the_length_limits():
    for challenge in every_challenge(random.Random(7), samples=25):
        assert 0 < len(challenge["title"]) <= 120, challenge["title"]
        assert 300 <= len(challenge["description"]) <= 1200, (challenge["archetype"], challenge["language"])
        assert set(challenge["sectors"]) <= set(content.SECTORS)


def test_a_listing_description_is_not_always_the_same():
    rng = random.Random(3)
    descriptions = {
        content.solution_listing(rng, archetype_key="smart-parking-sensors", brand="Loopwise")["description"]
        for _ in range(600)
    }
    assert len(descriptions) > 500


def test_listing_falls_back_to_english_when_the_language_is_missing():
    untranslated = next(a for a in content.SOLUTION_ARCHETYPES if "ko" not in a.texts)
    listing = content.solution_listing(
        random.Random(1), archetype_key=untranslated.key, brand="Civitas", language="ko"
    )
    assert listing["language"] == "en"
    challenge = content.city_challenge(random.Random(1), sector="water", city="Lyon", language="de")
    assert challenge["language"] == "en"


def test_listing_for_a_sector_prefers_archetypes_written_in_the_language():
    rng = random.Random(5)
    for sector in content.SECTORS:
        listing = content.solution_listing(rng, sector=sector, brand="Hanbit", language="ko")
        assert listing["language"] == "ko"
        assert listing["archetype"] in content.archetypes_for_sector(sector, "ko")
        assert listing["sectors"][0] == sector


def test_generation_is_deterministic_for_a_seed():
    def world(seed: int) -> list:
        rng = random.Random(seed)
        used: set[str] = set()
        out: list = [content.startup_name(rng, used) for _ in range(50)]
        for language in content.LANGUAGES:
            out.append(content.solution_listing(rng, sector="energy", brand="Nuri", language=language))
            out.append(content.city_challenge(rng, sector="health", city="Busan", language=language))
            out.append(
                content.startup_description(
                    rng,
                    name="Nuri Energy",
                    sectors=["energy", "water"],
                    country_name="Korea",
                    language=language,
                )
            )
            out.append(
                content.city_profile(
                    rng,
                    city="Busan",
                    country_name="Korea",
                    population=3_400_000,
                    sectors=["energy"],
                    language=language,
                )
            )
        out.append(content.application_message(rng, kind="city", name="Busan"))
        out.append(content.review_note(rng, approved=True))
        return out

    assert world(11) == world(11)
    assert world(11) != world(12)


def test_outputs_have_no_placeholders_or_filler():
    rng = random.Random(9)
    texts = [listing_text(listing) for listing in every_listing(rng, samples=3)]
    texts += [challenge_text(challenge) for challenge in every_challenge(rng, samples=3)]
    for language in content.LANGUAGES:
        for sectors in (["mobility"], ["water", "health"], list(content.SECTORS)):
            texts.append(
                content.startup_description(
                    rng, name="Civitas Labs", sectors=sectors, country_name="France", language=language
                )
            )
            for population in (80_000, 450_000, 1_000_000, 1_400_000, 9_700_000):
                texts.append(
                    content.city_profile(
                        rng,
                        city="Lyon",
                        country_name="France",
                        population=population,
                        sectors=sectors,
                        language=language,
                    )
                )
    for kind in ("city", "startup"):
        texts += [content.application_message(rng, kind=kind, name="Lyon") for _ in range(20)]
    texts += [content.review_note(rng, approved=approved) for approved in (True, False) for _ in range(20)]
    for text in texts:
        assert not PLACEHOLDER.search(text) and "{" not in text and "}" not in text, text
        assert "lorem" not in text.lower() and "ipsum" not in text.lower()
        assert "  " not in text and text == text.strip(), text


# --- Shared vocabulary, the ground truth of the matching evaluation --------------------------------------


def test_a_challenge_shares_content_words_with_every_listing_that_answers_it():
    rng = random.Random(21)
    for challenge_archetype in content.CHALLENGE_ARCHETYPES:
        for _ in range(6):
            challenge = content.city_challenge(rng, archetype_key=challenge_archetype.key, city="Medellín")
            for answer in challenge_archetype.answered_by:
                listing = content.solution_listing(rng, archetype_key=answer, brand="Loopwise")
                shared = content_words(challenge_text(challenge)) & content_words(listing_text(listing))
                assert len(shared) >= 3, (challenge_archetype.key, answer, shared)


def test_a_challenge_opening_shares_domain_words_with_every_summary_of_its_answers():
    """The opening sentence and the summary appear in every generated text, so this overlap is guaranteed."""
    solutions = {a.key: a for a in content.SOLUTION_ARCHETYPES}
    for challenge in content.CHALLENGE_ARCHETYPES:
        opening = content_words(challenge.texts["en"].fragments[0].format(city="Kigali"))
        for answer in challenge.answered_by:
            for summary in solutions[answer].texts["en"].summaries:
                assert len(opening & content_words(summary)) >= 2, (challenge.key, answer, summary)


def test_answers_are_among_the_closest_archetypes_by_vocabulary():
    """The archetypes a challenge names as answers use its words more than almost any other archetype."""

    def vocabulary(text) -> set[str]:
        return content_words(" ".join([*text.titles, *getattr(text, "summaries", []), *text.fragments]))

    solutions = {a.key: vocabulary(a.texts["en"]) for a in content.SOLUTION_ARCHETYPES}
    for challenge in content.CHALLENGE_ARCHETYPES:
        words = vocabulary(challenge.texts["en"])
        ranking = sorted(
            solutions, key=lambda key: len(words & solutions[key]) / len(solutions[key]), reverse=True
        )
        for answer in challenge.answered_by:
            assert ranking.index(answer) < 5, (challenge.key, answer, ranking[:5])


# --- Startups, cities and applications ------------------------------------------------------------------


def test_100000_startup_names_are_unique_and_quick():
    rng = random.Random(2026)
    used: set[str] = set()
    started = time.perf_counter()
    names = [content.startup_name(rng, used) for _ in range(100_000)]
    elapsed = time.perf_counter() - started
    assert len(set(names)) == 100_000 == len(used)
    assert elapsed < 4, elapsed
    assert all(name == name.strip() and "  " not in name for name in names)


def test_startup_name_skips_names_already_taken():
    first = content.startup_name(random.Random(4), set())
    taken = {first}
    second = content.startup_name(random.Random(4), taken)
    assert second != first and taken == {first, second}


def test_startup_name_qualifies_a_name_once_the_combinations_run_out(monkeypatch):
    monkeypatch.setattr(content, "_candidate_name", lambda rng: "Civitas Labs")
    used: set[str] = set()
    names = [content.startup_name(random.Random(1), used) for _ in range(12)]
    assert names[0] == "Civitas Labs"
    assert len(set(names)) == 12 and all(name.startswith("Civitas Labs") for name in names)


@pytest.mark.parametrize("language", content.LANGUAGES)
def test_startup_description_names_the_company_and_its_sectors(language):
    rng = random.Random(8)
    for sector in content.SECTORS:
        text = content.startup_description(
            rng, name="Saebom Analytics", sectors=[sector], country_name="Korea", language=language
        )
        sentences = re.findall(r"[.!?](?:\s|$)", text)
        assert 2 <= len(sentences) <= 4, text
        assert "Saebom Analytics" in text
        assert any(phrase in text for phrase in content.SECTOR_FOCUS[language][sector]), text


@pytest.mark.parametrize("language", content.LANGUAGES)
def test_city_profile_mentions_the_city_and_its_priorities(language):
    rng = random.Random(8)
    for population in (60_000, 600_000, 2_500_000, 12_000_000):
        text = content.city_profile(
            rng,
            city="Kigali",
            country_name="Rwanda",
            population=population,
            sectors=["water", "education"],
            language=language,
        )
        assert "Kigali" in text
        assert content.SECTOR_TOPICS[language]["water"] in text
        assert 2 <= len(re.findall(r"[.!?](?:\s|$)", text)) <= 3, text


def test_city_profile_writes_population_the_local_way():
    def profile(population: int, language: str) -> str:
        return content.city_profile(
            random.Random(1), city="X", country_name="Y", population=population, sectors=[], language=language
        )

    assert "2.4 million" in profile(2_400_000, "en")
    assert "240만 명" in profile(2_400_000, "ko")
    assert "2,4 millones" in profile(2_400_000, "es")
    assert "1,4 milhão" in profile(1_400_000, "pt")
    assert "350 000 habitants" in profile(350_000, "fr")


def test_application_message_and_review_note():
    rng = random.Random(1)
    assert "Tallinn" in content.application_message(rng, kind="city", name="Tallinn")
    assert "Loopwise" in content.application_message(rng, kind="startup", name="Loopwise")
    with pytest.raises(ValueError):
        content.application_message(rng, kind="investor", name="Acme")
    assert content.review_note(rng, approved=True) in content.REVIEW_NOTES[True]
    assert content.review_note(rng, approved=False) in content.REVIEW_NOTES[False]
