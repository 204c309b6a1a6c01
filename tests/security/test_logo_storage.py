"""Logos in the real storage (a temporary MEDIA_ROOT): a replaced or removed logo's file is deleted once the
change commits, and so is the logo of a deleted organisation; new logos are limited per organisation
(LOGO_CHANGE_RATE_LIMIT), with the same field message on the page and in the API."""

from __future__ import annotations

import re

import pytest
from django.db import transaction
from django.urls import reverse
from rest_framework.test import APIClient

from cities.models import MemberCity
from core import ratelimit
from startups.models import Startup
from startups.services import update_startup
from tests.security.conftest import stored_files
from tests.security.test_logos import image, profile_data

LIMITED = "You have changed the logo too many times recently"


@pytest.fixture
def logo_limit(settings, startup, seoul):
    """A limit of three new logos an hour, from a clean count (the cache outlives the test database)."""
    settings.LOGO_CHANGE_RATE_LIMIT = "3/hour"
    for organisation in (startup, seoul):
        ratelimit.reset(scope="logo", ident=f"{organisation._meta.label_lower}:{organisation.pk}")
    yield 3
    for organisation in (startup, seoul):
        ratelimit.reset(scope="logo", ident=f"{organisation._meta.label_lower}:{organisation.pk}")


def _edit(client, startup: Startup, commit, **extra):
    with commit(execute=True):
        return client.post(reverse("startups:profile_edit"), profile_data(startup, **extra))


@pytest.mark.django_db
def test_a_replaced_then_removed_logo_leaves_the_storage(
    client, media_root, startup, startup_member, django_capture_on_commit_callbacks
):
    client.force_login(startup_member)
    assert _edit(client, startup, django_capture_on_commit_callbacks, logo=image()).status_code == 302
    startup.refresh_from_db()
    first = startup.logo.name
    assert stored_files(media_root) == [first]

    assert _edit(client, startup, django_capture_on_commit_callbacks, logo=image("JPEG")).status_code == 302
    startup.refresh_from_db()
    assert startup.logo.name != first and stored_files(media_root) == [startup.logo.name]

    # Saving without a file keeps it; the "Clear" box removes it from the storage too.
    assert _edit(client, startup, django_capture_on_commit_callbacks).status_code == 302
    assert stored_files(media_root) == [startup.logo.name]
    response = _edit(client, startup, django_capture_on_commit_callbacks, **{"logo-clear": "on"})
    assert response.status_code == 302
    startup.refresh_from_db()
    assert not startup.logo and stored_files(media_root) == []


@pytest.mark.django_db
def test_the_api_replacing_and_removing_a_city_logo_leaves_no_file_behind(
    media_root, seoul, seoul_official, django_capture_on_commit_callbacks
):
    client = APIClient()
    client.force_authenticate(seoul_official)
    url = f"/api/v1/cities/{seoul.pk}/"
    for upload in (image(), image("WEBP"), image("JPEG")):
        with django_capture_on_commit_callbacks(execute=True):
            assert client.patch(url, {"logo": upload}, format="multipart").status_code == 200
        seoul.refresh_from_db()
        assert stored_files(media_root) == [seoul.logo.name]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.patch(url, {"logo": None}, format="json").status_code == 200
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_a_change_that_rolls_back_keeps_the_old_file(media_root, startup, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        update_startup(startup=startup, fields={"logo": image()})
    kept = startup.logo.name
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        update_startup(startup=Startup.objects.get(pk=startup.pk), fields={"logo": ""})
        raise RuntimeError("the surrounding work failed")
    assert kept in stored_files(media_root)


@pytest.mark.django_db
def test_deleting_an_organisation_deletes_its_logo(
    media_root, startup, seoul, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        update_startup(startup=startup, fields={"logo": image()})
        seoul.logo = image("JPEG")
        seoul.save()
    assert len(stored_files(media_root)) == 2
    with django_capture_on_commit_callbacks(execute=True):
        Startup.objects.filter(pk=startup.pk).delete()  # a bulk delete, as the admin's action does
    assert stored_files(media_root) == [seoul.logo.name]
    with django_capture_on_commit_callbacks(execute=True):
        MemberCity.objects.get(pk=seoul.pk).delete()
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_new_logos_are_limited_per_organisation_on_the_page(
    client, media_root, startup, startup_member, logo_limit, django_capture_on_commit_callbacks
):
    client.force_login(startup_member)
    for _ in range(logo_limit):
        assert _edit(client, startup, django_capture_on_commit_callbacks, logo=image()).status_code == 302
    startup.refresh_from_db()
    stored = startup.logo.name
    response = _edit(client, startup, django_capture_on_commit_callbacks, logo=image("JPEG"))
    assert response.status_code == 200
    errors = re.search(
        r'<ul class="errorlist" id="id_logo_errors">(.*?)</ul>', response.content.decode(), re.S
    )
    assert errors and LIMITED in errors.group(1)
    startup.refresh_from_db()
    assert startup.logo.name == stored and stored_files(media_root) == [stored]
    # Removing the logo is still possible.
    response = _edit(client, startup, django_capture_on_commit_callbacks, **{"logo-clear": "on"})
    assert response.status_code == 302 and stored_files(media_root) == []


@pytest.mark.django_db
def test_new_logos_are_limited_per_organisation_in_the_api(
    media_root, startup, startup_member, seoul, seoul_official, logo_limit, django_capture_on_commit_callbacks
):
    client = APIClient()
    client.force_authenticate(startup_member)
    url = f"/api/v1/startups/{startup.pk}/"
    for _ in range(logo_limit):
        with django_capture_on_commit_callbacks(execute=True):
            assert client.patch(url, {"logo": image()}, format="multipart").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.patch(url, {"logo": image()}, format="multipart")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and list(body["errors"]) == ["logo"]
    assert LIMITED in body["errors"]["logo"][0]
    assert len(stored_files(media_root)) == 1
    # Another organisation has a count of its own.
    city = APIClient()
    city.force_authenticate(seoul_official)
    response = city.patch(f"/api/v1/cities/{seoul.pk}/", {"logo": image()}, format="multipart")
    assert response.status_code == 200
