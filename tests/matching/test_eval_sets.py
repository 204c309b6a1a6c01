"""The evaluation sets' loader (matching/evaluation/sets.py): the shipped data files load, and a malformed
set is refused with a ValueError naming the file and the place inside it. Pure: no database."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from matching.evaluation import Challenge, City, Deployment, Startup, load_set
from matching.evaluation.measured import MEASURED_FILE, NEEDS_FILE
from matching.evaluation.sets import CROSS_LANGUAGE_FILE, DATA_DIRECTORY, SAME_LANGUAGE_FILE


def _valid() -> dict[str, Any]:
    return {
        "description": ["A tiny set."],
        "cities": {
            "lyon": {
                "name": "Lyon",
                "country": "FR",
                "region": "europe",
                "population": 520_000,
                "languages": ["fr"],
                "sectors": ["mobility"],
                "profile": "Lyon veut des rues apaisées.",
                "challenges": [
                    {"title": "Stationnement", "text": "Trouver une place.", "sectors": ["mobility"]},
                ],
                "language": "fr",
            },
        },
        "startups": {
            "parkpal": {
                "country": "KR",
                "languages": ["ko", "en"],
                "target_regions": ["europe"],
                "title": "ParkPal",
                "text": "Parking sensors and an app.",
                "sectors": ["mobility"],
                "maturity": 2,
                "deployments": [{"region": "asia-pacific", "population": 1_000_000}],
            },
            "other": {
                "country": "FR",
                "languages": ["fr"],
                "target_regions": [],
                "title": "Autre",
                "text": "",
                "sectors": ["health"],
                "maturity": 0,
                "deployments": [],
                "language": "fr",
            },
        },
        "judgements": {"lyon": {"parkpal": 2, "other": 0}},
    }


def _write(tmp_path: Path, document: Any, name: str = "tiny.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", [SAME_LANGUAGE_FILE, CROSS_LANGUAGE_FILE, NEEDS_FILE])
def test_the_shipped_sets_load(name: str) -> None:
    data = load_set(DATA_DIRECTORY / name)
    assert data.cities and data.startups and data.judgements and data.description
    # the sets, and the figures eval_matching --record keeps for the "How matching works" page
    assert sorted(p.name for p in DATA_DIRECTORY.glob("*.json")) == sorted(
        [SAME_LANGUAGE_FILE, CROSS_LANGUAGE_FILE, NEEDS_FILE, MEASURED_FILE]
    )


def test_a_valid_set_loads_in_its_order_with_english_by_default(tmp_path: Path) -> None:
    data = load_set(_write(tmp_path, _valid()))
    assert data.cities["lyon"] == City(
        "Lyon",
        "FR",
        "europe",
        520_000,
        ("fr",),
        ("mobility",),
        "Lyon veut des rues apaisées.",
        (Challenge("Stationnement", "Trouver une place.", ("mobility",)),),
        "fr",
    )
    assert data.startups["parkpal"] == Startup(
        "KR",
        ("ko", "en"),
        ("europe",),
        "ParkPal",
        "Parking sensors and an app.",
        ("mobility",),
        2,
        (Deployment("asia-pacific", 1_000_000),),
    )
    assert list(data.startups) == ["parkpal", "other"]
    assert data.language_pair("lyon", "parkpal") == "fr→en"
    assert data.judgements == {"lyon": {"parkpal": 2, "other": 0}}


def _break(path: tuple[str | int, ...], value: Any = None, *, delete: bool = False) -> dict[str, Any]:
    document = copy.deepcopy(_valid())
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return document


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (_break(("judgements",), delete=True), "tiny.json: missing key 'judgements'"),
        (_break(("scores",), {}), "tiny.json: unknown key 'scores'"),
        (_break(("cities",), {}), "tiny.json: cities: is empty"),
        (_break(("cities", "lyon", "profile"), delete=True), "tiny.json: cities.lyon: missing key 'profile'"),
        (_break(("cities", "lyon", "mayor"), "X"), "tiny.json: cities.lyon: unknown key 'mayor'"),
        (
            _break(("cities", "lyon", "population"), "520000"),
            "tiny.json: cities.lyon.population: expected a whole",
        ),
        (
            _break(("cities", "lyon", "population"), True),
            "tiny.json: cities.lyon.population: expected a whole",
        ),
        (
            _break(("cities", "lyon", "region"), "mars"),
            "tiny.json: cities.lyon.region: unknown region 'mars'",
        ),
        (_break(("cities", "lyon", "country"), "France"), "tiny.json: cities.lyon.country: country 'France'"),
        (
            _break(("cities", "lyon", "language"), "french"),
            "tiny.json: cities.lyon.language: language 'french'",
        ),
        (_break(("cities", "lyon", "languages"), "fr"), "tiny.json: cities.lyon.languages: expected a list"),
        (
            _break(("cities", "lyon", "sectors"), ["mobility", "mobility"]),
            "cities.lyon.sectors: sector 'mobility'",
        ),
        (
            _break(("cities", "lyon", "challenges", 0, "sectors", 0), "parking"),
            "tiny.json: cities.lyon.challenges[0].sectors[0]: unknown sector 'parking'",
        ),
        (
            _break(("cities", "lyon", "challenges", 0, "title"), " "),
            "cities.lyon.challenges[0].title: is empty",
        ),
        (
            _break(("startups", "parkpal", "maturity"), 3),
            "startups.parkpal.maturity: maturity 3 is not one of",
        ),
        (
            _break(("startups", "parkpal", "deployments", 0, "population"), -1),
            "tiny.json: startups.parkpal.deployments[0].population: expected a whole number >= 0, not -1",
        ),
        (_break(("startups", "Park Pal"), {}), "tiny.json: startups: id 'Park Pal' is not lowercase"),
        (
            _break(("judgements", "lyon", "parkpal"), 3),
            "tiny.json: judgements.lyon.parkpal: grade 3 is not one of",
        ),
        (_break(("judgements", "lyon", "parkpal"), "2"), "judgements.lyon.parkpal: grade '2' is not one of"),
        (
            _break(("judgements", "lyon", "ghost"), 1),
            "tiny.json: judgements.lyon.ghost: unknown startup 'ghost'",
        ),
        (_break(("judgements", "paris"), {}), "tiny.json: judgements.paris: unknown city 'paris'"),
        (_break(("description",), "one line"), "tiny.json: description: must be a list of strings"),
        ([1, 2], "tiny.json: expected an object, not list"),
    ],
)
def test_a_malformed_set_is_refused_naming_the_file_and_the_place(
    tmp_path: Path, document: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        load_set(_write(tmp_path, document))


def test_invalid_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"cities": {', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^broken\.json: not valid JSON"):
        load_set(tmp_path / "broken.json")


def test_one_bad_grade_deep_in_a_shipped_set_is_refused(tmp_path: Path) -> None:
    document = json.loads((DATA_DIRECTORY / CROSS_LANGUAGE_FILE).read_text(encoding="utf-8"))
    document["judgements"]["kyoto"]["honjap"] = 5
    with pytest.raises(ValueError) as refused:
        load_set(_write(tmp_path, document, CROSS_LANGUAGE_FILE))
    assert str(refused.value) == "cross-language.json: judgements.kyoto.honjap: grade 5 is not one of 0, 1, 2"
