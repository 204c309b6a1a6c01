"""``ConceptVocabulary.evidence``: the words of a text each concept was found in, as written there, for the
chips of a page. Pure tests (no database)."""

from __future__ import annotations

import random

import pytest

from demo import content
from matching.engine.alignment import aligned
from matching.engine.concepts import ConceptVocabulary, default_vocabulary, normalise


@pytest.fixture(scope="module")
def vocabulary() -> ConceptVocabulary:
    return default_vocabulary()


def test_the_words_are_shown_as_written_with_their_endings(vocabulary: ConceptVocabulary) -> None:
    text = "Smart FOOD-WASTE bins. Sensors detect water leaks; 산사태를 감지하는 센서"
    assert vocabulary.evidence(text) == {
        "food-waste": ["FOOD-WASTE"],
        "iot-sensors": ["Sensors", "센서"],
        "leak-detection": ["water leaks"],
        "landslide-warning": ["산사태를"],
    }


def test_accents_and_case_are_kept_and_a_repeat_is_shown_once(vocabulary: ConceptVocabulary) -> None:
    text = "Deslizamientos en la ladera. Alerta de DESLIZAMIENTO; más deslizamientos."
    assert vocabulary.evidence(text)["landslide-warning"] == ["Deslizamientos", "DESLIZAMIENTO"]
    assert vocabulary.evidence("Un vehículo eléctrico")["electric-vehicles"] == ["vehículo eléctrico"]


def test_overlapping_hits_of_one_concept_are_one_span(vocabulary: ConceptVocabulary) -> None:
    assert vocabulary.terms_in("Water leak detection")["leak-detection"] == ["water leak", "leak detection"]
    assert vocabulary.evidence("Water leak detection for pipes")["leak-detection"] == ["Water leak detection"]


def test_an_arabic_word_is_shown_with_its_article_and_proclitics(vocabulary: ConceptVocabulary) -> None:
    assert vocabulary.evidence("نظام للإنذار المبكر بالفيضانات") == {
        "early-warning": ["للإنذار المبكر"],
        "flood-warning": ["بالفيضانات"],
    }


def test_a_japanese_hit_is_shown_as_found(vocabulary: ConceptVocabulary) -> None:
    assert vocabulary.evidence("土砂災害の警報システム")["landslide-warning"] == ["土砂災害"]


def test_nothing_is_found_inside_a_longer_word(vocabulary: ConceptVocabulary) -> None:
    assert "security-operations-centre" not in vocabulary.evidence("Línea de socorro para los vecinos")
    assert vocabulary.evidence("A 24/7 SOC watches the networks")["security-operations-centre"] == ["SOC"]
    assert vocabulary.evidence("") == {}


def _demo_texts() -> list[str]:
    rng = random.Random(7)
    texts = []
    for language in ("en", "ko", "es", "pt", "fr", "ja", "ar", "ru"):
        for archetype in ("flood-early-warning-sensors", "smart-water-meters"):
            try:
                text = content.solution_listing(
                    rng, archetype_key=archetype, brand="Hanul", language=language
                )
            except (KeyError, ValueError):
                continue
            texts.append(f"{text['title']}\n{text['summary']}\n{text['description']}")
    return texts


def test_the_concepts_are_those_of_concepts_in_in_the_same_order(vocabulary: ConceptVocabulary) -> None:
    texts = _demo_texts()
    assert len(texts) >= 10
    for text in texts:
        evidence = vocabulary.evidence(text)
        assert list(evidence) == vocabulary.concepts_in(text)
        for code, words in evidence.items():
            assert words and all(word in text for word in words), code


def test_the_alignment_maps_every_normalised_character_back_to_the_text() -> None:
    text = "Straße ﬁ vehi\u0301culo «Ё»"
    normal, starts, ends = aligned(text, normalise)
    assert normal == normalise(text) == " strasse fi vehiculo  е "
    assert [text[starts[i] : ends[i]] for i in range(1, len(normal))] == [
        *"Stra",
        "ß",
        "ß",
        *"e ",
        "ﬁ",
        "ﬁ",
        *" veh",
        "i\u0301",
        *"culo ",
        "«",
        "Ё",
        "»",
    ]
