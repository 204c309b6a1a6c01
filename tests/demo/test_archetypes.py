"""The demo data files and their schema check: the project's files load, a malformed copy is refused with a
message naming the file and the field. Pure Python: no database and no Django settings are needed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from demo import archetypes, content


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of ``demo/data`` that a test may break."""
    copy = tmp_path / "data"
    shutil.copytree(archetypes.DATA_DIRECTORY, copy)
    return copy.resolve()


def edit(path: Path, change: Callable[[Any], Any]) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


def first_translated(document: dict, kind: str, language: str) -> int:
    return next(i for i, archetype in enumerate(document[kind]) if language in archetype["texts"])


# --- The project's files ---------------------------------------------------------------------------------


def test_the_project_data_loads_once_and_is_what_content_uses():
    catalogue = archetypes.load()
    assert archetypes.load() is catalogue is archetypes.load(archetypes.DATA_DIRECTORY)
    assert content.SOLUTION_ARCHETYPES is catalogue.solutions
    assert content.CHALLENGE_ARCHETYPES is catalogue.challenges
    assert content.NAME_STEMS is catalogue.phrases.name_stems
    assert len(catalogue.solutions) >= 8 * len(archetypes.SECTOR_CODES)
    assert len(catalogue.challenges) >= 5 * len(archetypes.SECTOR_CODES)


def test_archetypes_come_in_the_order_of_the_reference_sectors():
    order = {code: position for position, code in enumerate(archetypes.SECTOR_CODES)}
    for catalogue in (archetypes.load().solutions, archetypes.load().challenges):
        positions = [order[archetype.sector] for archetype in catalogue]
        assert positions == sorted(positions)
        assert set(positions) == set(order.values())


def test_content_sectors_are_the_reference_sectors():
    from core.reference import SECTORS

    reference = {code: name for code, name, _ in SECTORS}
    assert reference == content.SECTORS
    assert tuple(reference) == archetypes.SECTOR_CODES


def test_the_project_files_are_named_relative_to_the_project():
    water = archetypes.DATA_DIRECTORY / "archetypes" / "water.json"
    assert archetypes._display(water) == "demo/data/archetypes/water.json"


def test_a_valid_copy_loads_and_reads_the_same(data):
    catalogue = archetypes.load(data)
    assert catalogue is not archetypes.load()
    assert catalogue == archetypes.load()
    assert archetypes.load(str(data)) is catalogue  # cached by directory


def test_a_valid_edit_is_read(data):
    def rename(document):
        document["solutions"][0]["texts"]["en"]["titles"] = ["{brand} Leak Radar"]

    edit(data / "archetypes" / "water.json", rename)
    water = next(a for a in archetypes.load(data).solutions if a.sector == "water")
    assert water.texts["en"].titles == ["{brand} Leak Radar"]


# --- Malformed sector files --------------------------------------------------------------------------------


def drop_korean_titles(document):
    index = first_translated(document, "solutions", "ko")
    del document["solutions"][index]["texts"]["ko"]["titles"]
    return f"solutions[{index}].texts.ko.titles: missing"


def drop_english(document):
    index = first_translated(document, "challenges", "ko")
    del document["challenges"][index]["texts"]["en"]
    return f"challenges[{index}].texts.en: missing"


def long_title(document):
    document["solutions"][1]["texts"]["en"]["titles"][2] = "x" * 121
    return "solutions[1].texts.en.titles[2]: 121 characters, more than 120"


def long_summary(document):
    document["solutions"][0]["texts"]["en"]["summaries"][0] = "y" * 281
    return "solutions[0].texts.en.summaries[0]: 281 characters, more than 280"


def unknown_extra_sector(document):
    document["challenges"][1]["extra_sectors"] = ["space-travel"]
    return "challenges[1].extra_sectors[0]: unknown sector 'space-travel'"


def own_sector_as_extra(document):
    document["challenges"][2]["extra_sectors"] = ["water"]
    return "challenges[2].extra_sectors: repeats the file's sector 'water'"


def fragments_not_a_list(document):
    document["solutions"][4]["texts"]["en"]["fragments"] = "One long sentence."
    return "solutions[4].texts.en.fragments: expected a list, not str"


def too_few_fragments(document):
    document["challenges"][0]["texts"]["en"]["fragments"] = ["{city} has a problem.", "It is big."]
    return "challenges[0].texts.en.fragments: needs at least 3 items"


def empty_fragment(document):
    document["solutions"][2]["texts"]["en"]["fragments"][1] = "  "
    return "solutions[2].texts.en.fragments[1]: empty"


def unknown_language(document):
    document["solutions"][0]["texts"]["de"] = document["solutions"][0]["texts"]["en"]
    return "solutions[0].texts: unknown key 'de'"


def unknown_key(document):
    document["challenges"][3]["owner"] = "the mayor"
    return "challenges[3]: unknown key 'owner'"


def unknown_placeholder(document):
    document["solutions"][0]["texts"]["en"]["summaries"][1] = "{brnd} finds leaks."
    return "solutions[0].texts.en.summaries[1]: unknown placeholder {brnd} (allowed: {brand})"


def city_in_a_solution(document):
    document["solutions"][0]["texts"]["en"]["titles"][0] = "Leak finder for {city}"
    return "solutions[0].texts.en.titles[0]: unknown placeholder {city} (allowed: {brand})"


def unknown_maturity(document):
    document["solutions"][5]["maturity_hint"] = "mature"
    return "solutions[5].maturity_hint: unknown maturity 'mature'"


def bad_key(document):
    document["solutions"][0]["key"] = "Acoustic Leak Detection"
    return "solutions[0].key: 'Acoustic Leak Detection' is not a lowercase-kebab code"


def unknown_answer(document):
    document["challenges"][0]["answered_by"].append("teleportation")
    position = len(document["challenges"][0]["answered_by"]) - 1
    return f"challenges[0].answered_by[{position}]: 'teleportation' is not a solution archetype"


def no_answer(document):
    document["challenges"][0]["answered_by"] = []
    return "challenges[0].answered_by: needs at least 1 item"


def duplicate_key(document):
    document["challenges"][1]["key"] = document["solutions"][0]["key"]
    return f"challenges[1].key: duplicate {document['solutions'][0]['key']!r} (also "


def wrong_sector(document):
    document["sector"] = "energy"
    return "sector: 'energy' does not match the file name"


def no_challenges(document):
    del document["challenges"]
    return "challenges: missing"


@pytest.mark.parametrize(
    "break_it",
    [
        drop_korean_titles,
        drop_english,
        long_title,
        long_summary,
        unknown_extra_sector,
        own_sector_as_extra,
        fragments_not_a_list,
        too_few_fragments,
        empty_fragment,
        unknown_language,
        unknown_key,
        unknown_placeholder,
        city_in_a_solution,
        unknown_maturity,
        bad_key,
        unknown_answer,
        no_answer,
        duplicate_key,
        wrong_sector,
        no_challenges,
    ],
)
def test_a_malformed_sector_file_is_refused_naming_the_file_and_the_field(data, break_it):
    water = data / "archetypes" / "water.json"
    expected: list[str] = []
    edit(water, lambda document: expected.append(break_it(document)))
    with pytest.raises(ValueError) as refused:
        archetypes.load(data)
    assert str(refused.value).startswith(f"{water}: {expected[0]}"), str(refused.value)


def test_invalid_json_is_refused(data):
    water = data / "archetypes" / "water.json"
    water.write_text('{"sector": "water", "solutions": [', encoding="utf-8")
    with pytest.raises(ValueError, match=r"water\.json: not valid JSON"):
        archetypes.load(data)


def test_every_sector_needs_its_file_and_only_sectors_have_one(data):
    (data / "archetypes" / "health.json").rename(data / "archetypes" / "space-travel.json")
    with pytest.raises(ValueError, match=r"space-travel\.json: not a sector \(known: e-government, "):
        archetypes.load(data)
    (data / "archetypes" / "space-travel.json").unlink()
    with pytest.raises(ValueError, match=r"archetypes: no file for sector 'health' \(health\.json\)"):
        archetypes.load(data)


# --- Malformed phrases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["startup_templates"].pop("ko"), "startup_templates.ko: missing"),
        (lambda d: d["city_sizes"]["fr"].pop("metropolis"), "city_sizes.fr.metropolis: missing"),
        (lambda d: d["sector_topics"]["es"].pop("water"), "sector_topics.es.water: missing"),
        (lambda d: d["review_notes"].update(approved=[]), "review_notes.approved: needs at least 1 item"),
        (
            lambda d: d["city_templates"]["pt"]["intro"].append("{city} tem {habitantes}."),
            "city_templates.pt.intro[2]: unknown placeholder {habitantes}",
        ),
        (
            lambda d: d["startup_templates"]["en"].update(extra=["One extra sentence."]),
            "startup_templates.en.extra: needs at least 2 items",
        ),
        (lambda d: d["population_thousands"].update(ko="약 {n}명"), "population_thousands: unknown key 'ko'"),
        (
            lambda d: d["population_millions"]["es"].pop("singular"),
            "population_millions.es.singular: missing",
        ),
        (lambda d: d["name_stems"].append("Civitas"), "name_stems: 'Civitas' appears twice"),
        (lambda d: d["list_and"].update(fr=""), "list_and.fr: expected a non-empty string"),
        (lambda d: d["pricing_sentences"]["en"].pop("licence"), "pricing_sentences.en.licence: missing"),
        (lambda d: d.pop("founders"), "founders: missing"),
    ],
)
def test_malformed_phrases_are_refused_naming_the_file_and_the_field(data, change, message):
    phrases = data / "phrases.json"
    edit(phrases, change)
    with pytest.raises(ValueError) as refused:
        archetypes.load(data)
    assert str(refused.value).startswith(f"{phrases}: {message}"), str(refused.value)


def test_phrases_keep_their_python_shapes():
    phrases = archetypes.load().phrases
    assert set(phrases.review_notes) == {True, False}
    assert all(isinstance(forms, tuple) and len(forms) == 2 for forms in phrases.population_millions.values())
