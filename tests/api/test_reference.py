"""The fixed vocabularies are public and complete."""

from __future__ import annotations

import pytest

from core.reference import REGIONS, SECTORS

V1 = "/api/v1"


@pytest.mark.django_db
def test_sectors_are_public_in_the_taxonomys_order(api):
    body = api().get(f"{V1}/sectors/").json()
    assert [item["code"] for item in body] == [code for code, _name, _description in SECTORS]


@pytest.mark.django_db
def test_one_sector_by_code(api):
    assert api().get(f"{V1}/sectors/mobility/").json()["name"] == "Mobility & transport"
    assert api().get(f"{V1}/sectors/teleportation/").status_code == 404


@pytest.mark.django_db
def test_regions_and_languages(api):
    assert [item["code"] for item in api().get(f"{V1}/regions/").json()] == [code for code, _ in REGIONS]
    assert api().get(f"{V1}/languages/ko/").json() == {"code": "ko", "name": "Korean"}


@pytest.mark.django_db
def test_reference_data_is_read_only(api, secretariat):
    assert (
        api(secretariat).post(f"{V1}/sectors/", {"code": "x", "name": "X"}, format="json").status_code == 405
    )
