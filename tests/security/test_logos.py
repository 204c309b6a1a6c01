"""Logos: a real PNG, JPEG or WebP of at most 2 MiB and 4096 × 4096 pixels, stored under a generated name;
anything else (a text file named .png, an SVG, a GIF, too big, too many pixels) is refused with a field
message on the page and in the API, and nothing is stored."""

from __future__ import annotations

import io
import os
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from rest_framework.test import APIClient

from cities.models import MemberCity
from startups.models import Startup
from tests.security.conftest import stored_files

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'
GENERATED = re.compile(r"^logos/(startups|cities)/[0-9a-f]{32}\.(png|jpg|webp)$")


def image(fmt: str = "PNG", size: tuple[int, int] = (64, 64), name: str = "our logo.png", noise=False):
    if noise:
        picture = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        picture = Image.new("RGB", size, (11, 95, 165))
    buffer = io.BytesIO()
    picture.save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def fake(name: str, content: bytes, content_type: str = "image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def profile_data(startup: Startup, **extra) -> dict:
    return {
        "name": startup.name,
        "country": startup.country,
        "founded_year": startup.founded_year,
        "stage": startup.stage,
        "team_size": startup.team_size,
        "website": "",
        "contact_email": "",
        "description": startup.description,
        "description_language": "en",
        "sectors": ["environment"],
        **extra,
    }


def city_data(city: MemberCity, **extra) -> dict:
    return {"population": city.population, "website": "", "profile": "", "profile_language": "en", **extra}


@pytest.mark.django_db
def test_startup_uploads_a_logo_that_is_stored_under_a_generated_name_and_shown(
    client, media_root, startup, startup_member
):
    client.force_login(startup_member)
    response = client.post(reverse("startups:profile_edit"), profile_data(startup, logo=image()))
    assert response.status_code == 302
    startup.refresh_from_db()
    assert GENERATED.match(startup.logo.name) and startup.logo.name.endswith(".png")
    assert "our logo" not in startup.logo.name
    assert stored_files(media_root) == [startup.logo.name]
    page = client.get(reverse("startups:startup_detail", args=[startup.pk])).content.decode()
    assert f'<img class="org-logo" src="/media/{startup.logo.name}" alt="Logo of Loopwise">' in page

    # Saving the profile again without a file keeps the logo; the "Clear" box removes it.
    assert client.post(reverse("startups:profile_edit"), profile_data(startup)).status_code == 302
    startup.refresh_from_db()
    assert startup.logo.name
    data = profile_data(startup, **{"logo-clear": "on"})
    assert client.post(reverse("startups:profile_edit"), data).status_code == 302
    startup.refresh_from_db()
    assert not startup.logo


@pytest.mark.django_db
def test_the_stored_extension_follows_the_real_format_not_the_name(
    client, media_root, startup, startup_member
):
    client.force_login(startup_member)
    upload = image("JPEG", name="logo.png")
    assert (
        client.post(reverse("startups:profile_edit"), profile_data(startup, logo=upload)).status_code == 302
    )
    startup.refresh_from_db()
    assert startup.logo.name.endswith(".jpg")


REFUSED = {
    "text renamed .png": (fake("logo.png", b"this is not an image at all\n" * 20), "not one"),
    "svg": (fake("logo.svg", SVG, "image/svg+xml"), "not one"),
    "svg renamed .png": (fake("logo.png", SVG), "not one"),
    "gif": (lambda: image("GIF", name="logo.gif"), "not one"),
    "truncated png": (
        lambda: fake("logo.png", image(size=(300, 300), noise=True).read()[:2000]),
        "not one",
    ),
    "too big (> 2 MiB)": (lambda: image(size=(1100, 1100), noise=True), "larger than 2 MiB"),
    "too many pixels": (lambda: image(size=(4097, 8)), "4097 × 8 pixels"),
}


def _upload(case: str):
    upload, message = REFUSED[case]
    upload = upload() if callable(upload) else upload
    upload.seek(0)
    return upload, message


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED))
def test_profile_form_refuses_what_is_not_an_acceptable_image(
    case, client, media_root, startup, startup_member
):
    upload, message = _upload(case)
    client.force_login(startup_member)
    response = client.post(reverse("startups:profile_edit"), profile_data(startup, logo=upload))
    assert response.status_code == 200
    page = response.content.decode()
    errors = re.search(r'<ul class="errorlist" id="id_logo_errors">(.*?)</ul>', page, re.S)
    assert errors and message in errors.group(1), page[:0]
    startup.refresh_from_db()
    assert not startup.logo
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_city_official_uploads_the_city_logo_and_a_fake_one_is_refused(
    client, media_root, seoul, seoul_official
):
    client.force_login(seoul_official)
    response = client.post(reverse("cities:profile_edit"), city_data(seoul, logo=fake("crest.png", SVG)))
    assert response.status_code == 200 and "id_logo_errors" in response.content.decode()
    assert stored_files(media_root) == []

    upload = image("WEBP", name="crest.webp")
    assert client.post(reverse("cities:profile_edit"), city_data(seoul, logo=upload)).status_code == 302
    seoul.refresh_from_db()
    assert GENERATED.match(seoul.logo.name) and seoul.logo.name.startswith("logos/cities/")
    page = client.get(reverse("cities:city_detail", args=[seoul.pk])).content.decode()
    assert f'src="/media/{seoul.logo.name}"' in page


@pytest.fixture
def member_api(startup_member):
    client = APIClient()
    client.force_authenticate(startup_member)
    return client


@pytest.mark.django_db
def test_api_takes_a_logo_as_multipart_and_returns_its_url(member_api, media_root, startup):
    url = f"/api/v1/startups/{startup.pk}/"
    response = member_api.patch(url, {"logo": image()}, format="multipart")
    assert response.status_code == 200, response.json()
    startup.refresh_from_db()
    assert GENERATED.match(startup.logo.name)
    assert response.json()["logo"] == f"http://testserver/media/{startup.logo.name}"
    assert stored_files(media_root) == [startup.logo.name]

    response = member_api.patch(url, {"logo": None}, format="json")
    assert response.status_code == 200 and response.json()["logo"] is None
    startup.refresh_from_db()
    assert not startup.logo


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED))
def test_api_refuses_a_bad_logo_with_a_400_field_message(case, member_api, media_root, startup):
    upload, message = _upload(case)
    response = member_api.patch(f"/api/v1/startups/{startup.pk}/", {"logo": upload}, format="multipart")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and list(body["errors"]) == ["logo"]
    assert any(message.lower() in text.lower() for text in body["errors"]["logo"]), body
    startup.refresh_from_db()
    assert not startup.logo
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_api_city_logo(media_root, seoul, seoul_official):
    client = APIClient()
    client.force_authenticate(seoul_official)
    url = f"/api/v1/cities/{seoul.pk}/"
    assert (
        client.patch(url, {"logo": fake("crest.png", b"GIF89a not really")}, format="multipart").status_code
        == 400
    )
    assert stored_files(media_root) == []
    response = client.patch(url, {"logo": image("JPEG", name="crest.jpeg")}, format="multipart")
    assert response.status_code == 200
    seoul.refresh_from_db()
    assert seoul.logo.name.endswith(".jpg") and response.json()["logo"].endswith(seoul.logo.name)


@pytest.mark.django_db
def test_another_startups_member_cannot_change_its_logo(media_root, startup, bogota_official):
    client = APIClient()
    client.force_authenticate(bogota_official)
    response = client.patch(f"/api/v1/startups/{startup.pk}/", {"logo": image()}, format="multipart")
    assert response.status_code == 403
    assert stored_files(media_root) == []
