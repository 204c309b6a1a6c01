"""Every error the API answers carries its error body (`status`, `code`, `detail`, `errors`), including those
Django gives before or around a view: a body over DATA_UPLOAD_MAX_MEMORY_SIZE, an unknown path, a method the
portal does not speak, an unsupported media type, a server error. Signed-in answers are never cached."""

from __future__ import annotations

import json

import pytest
from rest_framework.test import APIClient

from api.views.reference import SectorViewSet

BODY_KEYS = {"status", "code", "detail", "errors"}


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == BODY_KEYS and body["status"] == status and body["code"] == code
    return body


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content_type",
    ["application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b"],
)
def test_an_oversized_body_is_a_413_in_the_error_body(settings, api, seoul_official, content_type):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    if content_type == "application/json":
        body = json.dumps({"title": "x" * 20_000})
    elif content_type.startswith("multipart"):
        body = f'--b\r\nContent-Disposition: form-data; name="title"\r\n\r\n{"x" * 20_000}\r\n--b--\r\n'
    else:
        body = "title=" + "x" * 20_000
    client = api(seoul_official)
    response = client.generic("POST", "/api/v1/challenges/", body, content_type=content_type)
    assert "too large" in _error(response, 413, "too_large")["detail"]
    # The token endpoint (anonymous, read by django-axes' middleware first) too.
    response = api().generic("POST", "/api/v1/auth/token/", body, content_type=content_type)
    _error(response, 413, "too_large")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/no-such-thing/", "/api/v2/", "/api/", "/api/v1/challenges/1/x/"])
def test_an_unknown_api_path_is_a_404_in_the_error_body(api, path):
    _error(api().get(path), 404, "not_found")
    _error(api().post(path, {}, format="json"), 404, "not_found")


@pytest.mark.django_db
def test_a_method_an_endpoint_does_not_take_is_a_405_in_the_error_body(api, seoul_official):
    _error(api(seoul_official).put("/api/v1/sectors/", {}, format="json"), 405, "method_not_allowed")
    _error(api(seoul_official).delete("/api/v1/me/"), 405, "method_not_allowed")


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "PROPFIND", "FOO"])
def test_an_unknown_method_is_a_405_in_the_error_body(api, method):
    response = api().generic(method, "/api/v1/sectors/")
    _error(response, 405, "method_not_allowed")
    assert "GET" in response["Allow"] and "TRACE" not in response["Allow"]


@pytest.mark.django_db
def test_an_unsupported_media_type_is_a_415_in_the_error_body(api, seoul_official):
    client = api(seoul_official)
    response = client.generic("POST", "/api/v1/challenges/", "<a/>", content_type="application/xml")
    _error(response, 415, "unsupported_media_type")


@pytest.mark.django_db
def test_a_server_error_is_a_500_in_the_error_body(monkeypatch, api):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(SectorViewSet, "list", broken)
    client = APIClient(raise_request_exception=False)
    body = _error(client.get("/api/v1/sectors/"), 500, "server_error")
    assert "a bug" not in body["detail"]


@pytest.mark.django_db
def test_signed_in_api_answers_are_private_and_not_stored(api, seoul_official, client):
    for response in (
        api(seoul_official).get("/api/v1/me/"),
        api(seoul_official).get("/api/v1/sectors/"),
        api(seoul_official).get("/api/v1/no-such-thing/"),
    ):
        assert response["Cache-Control"] == "private, no-store"
    client.force_login(seoul_official)  # a session, as the pages' scripts would send
    assert client.get("/api/v1/me/")["Cache-Control"] == "private, no-store"
    # A wrong token is not a signed-in answer, but it names a user's credentials: not stored either.
    response = APIClient(HTTP_AUTHORIZATION="Token nope").get("/api/v1/sectors/")
    assert response.status_code == 401 and response["Cache-Control"] == "private, no-store"
    # Public reads keep their caching.
    assert "private" not in api().get("/api/v1/sectors/").get("Cache-Control", "")
