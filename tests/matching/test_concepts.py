"""The multilingual concept vocabulary: its data files, the loader's validation and the extractor.

Pure tests (no database): they load whatever concept files are present in ``matching/data/concepts``.
"""

from __future__ import annotations

import json
import pickle
import random
import runpy
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from demo import content
from matching.engine.concepts import (
    DEFAULT_DIRECTORY,
    REQUIRED_LANGUAGES,
    SECTORS,
    ConceptVocabulary,
    _read_file,
    default_vocabulary,
    normalise,
)

CONCEPT_FILES = sorted(DEFAULT_DIRECTORY.glob("*.json"))


@pytest.fixture(scope="module")
def vocabulary() -> ConceptVocabulary:
    return default_vocabulary()


# --- the data -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", CONCEPT_FILES, ids=lambda p: p.name)
def test_every_concept_file_validates(path: Path) -> None:
    concepts = _read_file(path)
    assert concepts, f"{path.name} has no concepts"


def test_the_whole_vocabulary_loads_with_its_cross_references(vocabulary: ConceptVocabulary) -> None:
    assert len(vocabulary) == sum(len(_read_file(p)) for p in CONCEPT_FILES)
    assert len(set(vocabulary.codes)) == len(vocabulary)
    for concept in vocabulary.concepts:
        for code in concept.related:
            vocabulary.index_of(code)  # raises for an unknown code


def test_every_concept_has_labels_and_terms_in_the_required_languages(vocabulary: ConceptVocabulary) -> None:
    for concept in vocabulary.concepts:
        for language in REQUIRED_LANGUAGES:
            assert concept.labels.get(language), (concept.code, "label", language)
            assert concept.terms.get(language), (concept.code, "terms", language)


def test_every_sector_file_has_at_least_20_concepts_and_the_whole_several_hundred(
    vocabulary: ConceptVocabulary,
) -> None:
    per_sector: dict[str | None, int] = {}
    for concept in vocabulary.concepts:
        per_sector[concept.sector] = per_sector.get(concept.sector, 0) + 1
    present = {p.stem for p in CONCEPT_FILES} - {"cross-sector"}
    for sector in present:
        assert per_sector.get(sector, 0) >= 20, (sector, per_sector.get(sector, 0))
    assert per_sector.get(None, 0) >= 20  # cross-sector technologies
    assert len(vocabulary) >= 20 * len(CONCEPT_FILES)
    if present == set(SECTORS):  # the full vocabulary: every sector written
        assert len(vocabulary) >= 300


def test_each_file_declares_the_sector_of_its_name() -> None:
    for path in CONCEPT_FILES:
        document = json.loads(path.read_text(encoding="utf-8"))
        expected = None if path.stem == "cross-sector" else path.stem
        assert document["sector"] == expected, path.name


# --- cross-language equivalence -----------------------------------------------------------------------


def test_spanish_korean_and_english_landslide_texts_share_the_landslide_concept(
    vocabulary: ConceptVocabulary,
) -> None:
    spanish = (
        "Los deslizamientos de tierra amenazan los barrios de ladera de Medellín cada temporada de lluvias."
    )
    korean = "장마철마다 산사태가 발생해 급경사지 주민의 안전이 위협받고 있습니다."
    english = "We install landslide sensors on unstable slopes and send alerts before the ground moves."
    found = [set(vocabulary.concepts_in(text)) for text in (spanish, korean, english)]
    assert all("landslide-warning" in concepts for concepts in found), found
    vectors = vocabulary.extract([spanish, korean, english]).toarray()
    column = vocabulary.index_of("landslide-warning")
    assert (vectors[:, column] >= 1).all()


@pytest.mark.parametrize(
    ("code", "texts"),
    [
        (
            "leak-detection",
            [
                "Perdemos el 30% del agua por fugas ocultas en la red de distribución.",
                "노후 상수관의 누수를 음향 센서로 찾아냅니다.",
                "Acoustic loggers pinpoint water leaks before the main bursts.",
                "Nous voulons réduire les fuites d'eau sur notre réseau.",
            ],
        ),
        (
            "ev-charging",
            [
                "La ville manque de bornes de recharge pour les habitants sans garage.",
                "아파트 단지에 전기차 충전소가 부족합니다.",
                "Queremos ampliar a rede de eletropostos nos bairros.",
                "Smart EV charging that keeps the depot within its grid connection.",
            ],
        ),
        (
            "air-quality-monitoring",
            [
                "Medimos la contaminación del aire calle por calle cerca de los colegios.",
                "학교 주변 미세먼지를 실시간으로 측정합니다.",
                "Capteurs à bas coût pour la qualité de l'air près des écoles.",
                "Sensores de baixo custo medem a qualidade do ar.",
            ],
        ),
        (
            "wildfire-detection",
            [
                "Cámaras con IA detectan los incendios forestales en las cumbres.",
                "산 정상의 AI 카메라가 산불 연기를 감지합니다.",
                "AI cameras on hilltops spot wildfire smoke within minutes.",
                "Des caméras repèrent les feux de forêt dès les premières fumées.",
            ],
        ),
        (
            "citizen-helpdesk",
            [
                "El centro de atención ciudadana recibe 45.000 llamadas al mes.",
                "민원 콜센터의 대기 시간을 줄이고 싶습니다.",
                "Our contact centre answers residents' questions about bins and permits.",
                "O atendimento ao cidadão está sobrecarregado.",
            ],
        ),
    ],
)
def test_hand_written_texts_in_four_languages_share_their_concept(
    vocabulary: ConceptVocabulary, code: str, texts: list[str]
) -> None:
    column = vocabulary.index_of(code)
    hits = vocabulary.extract(texts).toarray()[:, column]
    assert (hits >= 1).all(), dict(zip(texts, hits, strict=True))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Smart parking sensors on every bay", "iot-sensors"),  # English plural
        ("Las inundaciones de 2023 dejaron barrios enteros bajo el agua", "flood-warning"),  # Spanish plural
        ("Vazamentos escondidos na rede", "leak-detection"),  # Portuguese plural
        ("La ville veut moderniser l'éclairage public", "smart-streetlighting"),  # French elision
        ("산사태가 자주 일어납니다", "landslide-warning"),  # Korean particle 가
        ("홍수를 미리 알리는 시스템", "flood-warning"),  # Korean particle 를
        ("주차장에서 빈자리를 찾기 어렵다", "smart-parking"),  # Korean particle 에서
        ("스마트가로등을 설치했다", "smart-streetlighting"),  # Korean compound written without its space
        ("Угроза оползней растёт каждый год", "landslide-warning"),  # Russian genitive plural
        ("После наводнения город восстанавливает дамбы", "flood-warning"),  # Russian genitive
        ("城市滑坡监测平台", "landslide-warning"),  # Chinese: anywhere in a run of Han characters
        ("土砂崩れの危険がある地域", "landslide-warning"),  # Japanese
        ("وبالانهيارات الأرضية تتضرر الأحياء", "landslide-warning"),  # Arabic proclitics و + ب + ال
        ("Cảnh báo sạt lở đất cho vùng núi", "landslide-warning"),  # Vietnamese
        ("Sistem peringatan dini tanah longsor", "landslide-warning"),  # Indonesian
    ],
)
def test_inflected_forms_and_other_scripts_map_to_their_concept(
    vocabulary: ConceptVocabulary, text: str, code: str
) -> None:
    assert code in vocabulary.concepts_in(text)


def test_romance_phrases_also_match_with_their_head_in_the_plural(tmp_path: Path) -> None:
    terms = {
        "en": ["water meter"],
        "ko": ["수도 계량기"],
        "es": ["contador de agua", "vehículo eléctrico"],
        "pt": ["estação de recarga"],
        "fr": ["borne de recharge"],
    }
    _write(tmp_path, "water.json", _document([_concept("meters", terms=terms)], sector="water"))
    small = ConceptVocabulary.load(tmp_path)
    for text in (
        "Instalamos contadores de agua",
        "Flota de vehículos eléctricos",
        "Novas estações de recarga",
        "Des bornes de recharge",
    ):
        assert small.concepts_in(text) == ["meters"], text
    assert small.concepts_in("Des bornes kilométriques") == []


def test_diacritics_do_not_matter_for_latin_scripts(vocabulary: ConceptVocabulary) -> None:
    accented = vocabulary.concepts_in("Recarga de vehículos eléctricos en la vía pública")
    bare = vocabulary.concepts_in("RECARGA DE VEHICULOS ELECTRICOS en la via publica")
    assert "electric-vehicles" in accented
    assert accented == bare
    assert normalise("Vehículo") == normalise("vehiculo")
    assert normalise("산사태") == " 산사태"  # Hangul is kept as written


@pytest.mark.parametrize(
    "text",
    [
        "I went to the Crimea by train and had a great time with my friends.",
        "Thank you for your help, we had lunch on Sunday and then went home.",
        "She alluded to the essential question over coffee at the bistro.",
        "Il fait beau aujourd'hui, on va au cinéma ce soir avec des amis.",
        "Le car est parti à l'heure et la pena est ici.",
        "Mi hermana tiene un perro y dos gatos, y le gusta el color rojo.",
        "Nos vemos el martes en la red de amigos.",
        "Ela comprou pão e leite na padaria perto de casa.",
        "오늘 날씨가 정말 좋네요. 친구와 점심을 먹었어요.",
        "Мы ходили в магазин за хлебом и молоком.",
    ],
)
def test_everyday_sentences_map_to_no_concept(vocabulary: ConceptVocabulary, text: str) -> None:
    assert vocabulary.concepts_in(text) == []


def test_demo_texts_map_to_a_concept_in_every_language(vocabulary: ConceptVocabulary) -> None:
    """At least 90% of the demo listings and challenges of each language map to at least one concept."""
    mapped: dict[str, list[bool]] = {language: [] for language in content.LANGUAGES}
    rng = random.Random(8)
    for archetype in content.SOLUTION_ARCHETYPES:
        for language in archetype.texts:
            doc = content.solution_listing(rng, archetype_key=archetype.key, brand="Acme", language=language)
            text = f"{doc['title']}. {doc['summary']} {doc['description']}"
            mapped[language].append(bool(vocabulary.concepts_in(text)))
    for archetype in content.CHALLENGE_ARCHETYPES:
        for language in archetype.texts:
            doc = content.city_challenge(rng, archetype_key=archetype.key, city="Bogotá", language=language)
            mapped[language].append(bool(vocabulary.concepts_in(f"{doc['title']}. {doc['description']}")))
    for language, hits in mapped.items():
        assert hits, language
        assert sum(hits) / len(hits) >= 0.9, (language, sum(hits), len(hits))


def test_a_demo_challenge_and_its_answers_share_a_concept_across_languages(
    vocabulary: ConceptVocabulary,
) -> None:
    """A Spanish challenge and the Korean text of a listing that answers it share at least one concept."""
    solutions = {a.key: a for a in content.SOLUTION_ARCHETYPES}
    pairs = 0
    for challenge in content.CHALLENGE_ARCHETYPES:
        if "es" not in challenge.texts:
            continue
        spanish = " ".join(challenge.texts["es"].fragments)
        for key in challenge.answered_by:
            solution = solutions[key]
            if "ko" in solution.texts:
                korean = " ".join(solution.texts["ko"].fragments)
                shared = set(vocabulary.concepts_in(spanish)) & set(vocabulary.concepts_in(korean))
                assert shared, (challenge.key, key)
                pairs += 1
    assert pairs >= 10


# --- the extractor ------------------------------------------------------------------------------------


def test_extract_counts_term_hits_per_concept(vocabulary: ConceptVocabulary) -> None:
    texts = [
        "Smart parking: parking sensors tell drivers where parking is free.",
        "",
        "Merci pour votre aide.",
    ]
    matrix = vocabulary.extract(texts)
    assert matrix.shape == (3, len(vocabulary))
    assert matrix.dtype == np.float64
    assert matrix[[0], :].toarray()[0, vocabulary.index_of("smart-parking")] == 3
    assert matrix[[1], :].nnz == 0 and matrix[[2], :].nnz == 0


def test_overlapping_terms_of_one_concept_count_once(vocabulary: ConceptVocabulary) -> None:
    """'water leak' and 'leak detection' overlap in 'water leak detection': one span, one hit."""
    row = vocabulary.extract(["Acoustic water leak detection for the network."]).toarray()[0]
    assert row[vocabulary.index_of("leak-detection")] == 1
    two = vocabulary.extract(["A water leak here, and another water leak there."]).toarray()[0]
    assert two[vocabulary.index_of("leak-detection")] == 2


def test_terms_match_only_at_the_start_of_a_word(vocabulary: ConceptVocabulary) -> None:
    assert "iot-sensors" in vocabulary.concepts_in("capteurs")
    assert "iot-sensors" not in vocabulary.concepts_in("multicapteurs")  # no hit in the middle of a word
    assert vocabulary.concepts_in("(sensor)") == vocabulary.concepts_in("sensor")  # punctuation is a boundary


def test_concepts_in_lists_codes_by_first_occurrence(vocabulary: ConceptVocabulary) -> None:
    text = "Flood warnings reach residents by SMS; the river level sensors feed the flood model."
    codes = vocabulary.concepts_in(text)
    assert (
        codes.index("flood-warning")
        < codes.index("push-notifications")
        < codes.index("river-level-monitoring")
    )
    assert len(codes) == len(set(codes))
    assert vocabulary.terms_in(text)["flood-warning"] == ["flood"]


def test_related_matrix_links_related_concepts_both_ways(vocabulary: ConceptVocabulary) -> None:
    related = vocabulary.related_matrix(weight=0.25)
    assert related.shape == (len(vocabulary), len(vocabulary))
    landslide, slope = vocabulary.index_of("landslide-warning"), vocabulary.index_of("slope-monitoring")
    dense = related[[landslide, slope], :].toarray()
    assert dense[0, landslide] == dense[1, slope] == 1.0
    assert dense[0, slope] == dense[1, landslide] == 0.25
    challenge = vocabulary.extract(["Deslizamientos de tierra en los barrios altos"])
    listing = vocabulary.extract(["Slope sensors with automatic alerts"])
    assert (challenge @ listing.T).toarray()[0, 0] == 0  # no concept in common by themselves
    assert (challenge @ related @ listing.T).toarray()[0, 0] > 0


def test_label_falls_back_to_english(vocabulary: ConceptVocabulary, tmp_path: Path) -> None:
    assert vocabulary.label("landslide-warning", "es") == "alerta temprana de deslizamientos"
    assert vocabulary.label("landslide-warning", "pt-BR") == vocabulary.label("landslide-warning", "pt")
    (tmp_path / "safety.json").write_text(json.dumps(_document([_concept("no-japanese")])), encoding="utf-8")
    small = ConceptVocabulary.load(tmp_path)
    assert small.label("no-japanese", "ja") == "no-japanese in en"
    assert small.label("no-japanese", "xx") == "no-japanese in en"
    with pytest.raises(KeyError, match="unknown concept code"):
        small.label("missing", "en")


def test_vocabulary_pickles_and_default_vocabulary_is_loaded_once(vocabulary: ConceptVocabulary) -> None:
    texts = ["Detección de fugas de agua", "전기차 충전소 부족"]
    copy = pickle.loads(pickle.dumps(vocabulary))
    assert copy.codes == vocabulary.codes
    assert (copy.extract(texts) != vocabulary.extract(texts)).nnz == 0
    assert default_vocabulary() is default_vocabulary()


# --- validation of broken files -----------------------------------------------------------------------


def _concept(code: str, **changes: Any) -> dict[str, Any]:
    concept: dict[str, Any] = {
        "code": code,
        "kind": "need",
        "labels": {language: f"{code} in {language}" for language in REQUIRED_LANGUAGES},
        "terms": {language: [f"{code} term {language}"] for language in REQUIRED_LANGUAGES},
    }
    concept.update(changes)
    return concept


def _document(concepts: list[dict[str, Any]], sector: str | None = "safety") -> dict[str, Any]:
    return {"sector": sector, "concepts": concepts}


def _write(directory: Path, name: str, document: dict[str, Any]) -> None:
    (directory / name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_a_valid_small_directory_loads(tmp_path: Path) -> None:
    _write(tmp_path, "safety.json", _document([_concept("a-need", related=["a-tool"])]))
    _write(tmp_path, "cross-sector.json", _document([_concept("a-tool", kind="technology")], sector=None))
    small = ConceptVocabulary.load(tmp_path)
    assert small.codes == ("a-tool", "a-need")  # files in name order
    assert small.concepts_in("the a-need term en") == ["a-need"]


def _terms_without(language: str) -> dict[str, list[str]]:
    return {lang: ["a good term"] for lang in REQUIRED_LANGUAGES if lang != language}


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {
                "safety.json": _document([_concept("twice")]),
                "water.json": _document([_concept("twice")], "water"),
            },
            r"water\.json: concept 'twice': duplicate code \(also in safety\.json\)",
        ),
        (
            {
                "safety.json": _document(
                    [_concept("no-korean-label", labels={"en": "x", "es": "x", "pt": "x", "fr": "x"})]
                )
            },
            r"safety\.json: concept 'no-korean-label': labels: missing required language 'ko'",
        ),
        (
            {"safety.json": _document([_concept("no-french-terms", terms=_terms_without("fr"))])},
            r"safety\.json: concept 'no-french-terms': terms: missing required language 'fr'",
        ),
        (
            {"safety.json": _document([_concept("empty-pt", terms={**_terms_without("pt"), "pt": []})])},
            r"safety\.json: concept 'empty-pt': terms: missing required language 'pt'",
        ),
        (
            {"safety.json": _document([_concept("lost")], sector="space")},
            r"safety\.json: unknown sector 'space'",
        ),
        ({"water.json": _document([_concept("misfiled")], sector="safety")}, r"water\.json: sector 'safety'"),
        (
            {"safety.json": _document([_concept("linked", related=["nowhere"])])},
            r"safety\.json: concept 'linked': unknown related code 'nowhere'",
        ),
        (
            {
                "safety.json": _document(
                    [_concept("short-latin", terms={**_terms_without("en"), "en": ["ar"]})]
                )
            },
            r"safety\.json: concept 'short-latin': forbidden term 'ar' \(en\)",
        ),
        (
            {
                "safety.json": _document(
                    [_concept("short-cyrillic", terms={**_terms_without("ru"), "ru": ["ад"]})]
                )
            },
            r"safety\.json: concept 'short-cyrillic': forbidden term 'ад' \(ru\)",
        ),
        (
            {
                "safety.json": _document(
                    [_concept("one-hangul", terms={**_terms_without("ko"), "ko": ["산"]})]
                )
            },
            r"safety\.json: concept 'one-hangul': forbidden term '산' \(ko\)",
        ),
        (
            {"safety.json": _document([_concept("Not_Kebab")])},
            r"safety\.json: concept #1: code 'Not_Kebab' is not lowercase-kebab",
        ),
        ({"safety.json": _document([_concept("odd-kind", kind="wish")])}, r"concept 'odd-kind': kind 'wish'"),
    ],
)
def test_broken_files_raise_a_value_error_naming_file_and_concept(
    tmp_path: Path, files: dict[str, dict[str, Any]], message: str
) -> None:
    for name, document in files.items():
        _write(tmp_path, name, document)
    with pytest.raises(ValueError, match=message):
        ConceptVocabulary.load(tmp_path)


def test_invalid_json_and_an_empty_directory_raise(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no concept files"):
        ConceptVocabulary.load(tmp_path)
    (tmp_path / "safety.json").write_text('{"sector": "safety", "concepts": [', encoding="utf-8")
    with pytest.raises(ValueError, match=r"safety\.json: not valid JSON"):
        ConceptVocabulary.load(tmp_path)


def test_the_benchmark_script_runs_and_reports_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "bench_concepts.py"
    main = runpy.run_path(str(script))["main"]  # not as __main__: its command line is not run

    main(["--texts", "40", "--regex", "5"])
    out = capsys.readouterr().out
    assert "load:" in out and "concepts" in out
    assert "extract: 40 texts" in out and "texts/s" in out
    assert "one compiled regex instead: 5 texts" in out


# --- whole words, not the inside of another word --------------------------------------------------------


def _one_concept(tmp_path: Path, terms: dict[str, list[str]]) -> ConceptVocabulary:
    full = {language: terms.get(language, [f"placeholder {language}"]) for language in REQUIRED_LANGUAGES}
    full.update(terms)
    _write(tmp_path, "safety.json", _document([_concept("the-concept", terms=full)]))
    return ConceptVocabulary.load(tmp_path)


def test_a_short_term_does_not_match_the_inside_of_a_longer_word(vocabulary: ConceptVocabulary) -> None:
    soc = "security-operations-centre"
    assert soc not in vocabulary.concepts_in("Línea de socorro para los vecinos")
    assert soc not in vocabulary.concepts_in("Programas sociales del municipio")
    assert soc in vocabulary.concepts_in("A 24/7 SOC watches the city's networks")
    # the rule before, still reachable for the evaluation of the engine before it
    before = vocabulary.extract(["Línea de socorro para los vecinos"], whole_words=False).toarray()[0]
    assert before[vocabulary.index_of(soc)] == 1


def test_a_three_letter_acronym_matches_only_as_a_whole_word(tmp_path: Path) -> None:
    small = _one_concept(tmp_path, {"en": ["ems"], "es": ["ems"]})
    assert small.concepts_in("The EMS dispatch") == ["the-concept"]
    assert small.concepts_in("(ems) dispatch") == ["the-concept"]
    for text in ("emsland", "emsemble", "The emsx device", "systems"):
        assert small.concepts_in(text) == [], text
    assert (
        small.concepts_in(
            "emsland",
        )
        == []
    )
    assert small.extract(["emsland"], whole_words=False).toarray()[0, 0] == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Wireless sensors on every bridge", "iot-sensors"),  # sensor → sensors
        ("Предупреждение об угрозе оползней", "landslide-warning"),  # оползн → оползней
        ("산사태를 미리 알려 주는 서비스", "landslide-warning"),  # 산사태 → 산사태를
        ("Alerta temprana de deslizamientos", "landslide-warning"),  # Spanish plural
        ("Sensores de humedad en las laderas", "iot-sensors"),  # Spanish/Portuguese plural -es
        ("Des capteurs dans les caniveaux", "iot-sensors"),  # French plural -s
        ("Alerta de inundaciones en el barrio", "flood-warning"),
        ("IoT로 연결된 센서", "iot-sensors"),  # a particle of another script ends the term's word
    ],
)
def test_true_stems_still_match_their_inflections(
    vocabulary: ConceptVocabulary, text: str, code: str
) -> None:
    assert code in vocabulary.concepts_in(text)


def test_an_ending_longer_than_an_inflection_is_another_word(tmp_path: Path) -> None:
    small = _one_concept(tmp_path, {"en": ["sensor"], "ru": ["оползн"], "ko": ["산사태"]})
    assert small.concepts_in("sensors") == ["the-concept"]
    assert small.concepts_in("sensorial") == ["the-concept"]  # "ial": three letters, an inflection's length
    assert small.concepts_in("sensorimotor") == []
    assert small.concepts_in("оползнями") == ["the-concept"]
    assert small.concepts_in("оползнеопасности") == []
    assert small.concepts_in("산사태에서는") == ["the-concept"]
    assert small.concepts_in("산사태복구사업단") == []
