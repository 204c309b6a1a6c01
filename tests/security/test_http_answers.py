"""The pages: methods the portal does not speak are a 405 (TRACE no longer echoes), and every page a
signed-in user gets is `Cache-Control: private, no-store` while anonymous pages keep their caching."""

from __future__ import annotations

import pytest
from django.urls import reverse


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "PROPFIND", "FOO"])
@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/startups/"])
def test_an_unknown_method_on_a_page_is_a_405(client, method, path):
    response = client.generic(method, path)
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


@pytest.mark.django_db
def test_known_methods_still_reach_the_pages(client):
    assert client.get("/").status_code == 200
    assert client.head("/").status_code == 200


@pytest.mark.django_db
def test_signed_in_pages_are_private_and_not_stored(client, startup_member):
    assert "private" not in client.get("/").get("Cache-Control", "")  # anonymous: as the view chose
    client.force_login(startup_member)
    for url in ("/", reverse("startups:dashboard"), reverse("startups:profile_edit")):
        assert client.get(url)["Cache-Control"] == "private, no-store", url
    # The answer that signs a user in is private too.
    client.logout()
    response = client.post(
        reverse("login"), {"username": startup_member.username, "password": "a-long-test-password"}
    )
    assert response.status_code == 302 and response["Cache-Control"] == "private, no-store"
