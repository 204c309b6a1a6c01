"""The OpenAPI contract: generated without a warning, valid, served, documented error answers."""

from __future__ import annotations

import pytest
import yaml
from django.core.management import call_command
from drf_spectacular.drainage import GENERATOR_STATS


def test_schema_generates_without_warnings_and_validates(tmp_path):
    GENERATOR_STATS.reset()
    target = tmp_path / "schema.yaml"
    # --fail-on-warn raises SchemaGenerationError on the first warning; --validate checks OpenAPI 3.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = yaml.safe_load(target.read_text())
    assert schema["openapi"].startswith("3.")
    assert len([op for path in schema["paths"].values() for op in path]) >= 40


@pytest.fixture(scope="module")
def schema(django_db_blocker) -> dict:
    from django.test import Client

    with django_db_blocker.unblock():
        response = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


def test_every_operation_documents_its_errors_with_the_one_error_body(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert {"401", "429"} <= set(responses), (method, path)
            if method in ("post", "patch", "delete"):
                assert {"400", "403"} <= set(responses), (method, path)
            if "{" in path:
                assert "404" in responses, (method, path)
            for code, response in responses.items():
                if code.startswith("4"):
                    assert response["content"]["application/json"]["schema"] == {
                        "$ref": "#/components/schemas/Error"
                    }, (method, path, code)


def test_conflicts_are_documented_on_the_decisions(schema):
    for path in (
        "/api/v1/applications/{id}/approve/",
        "/api/v1/applications/{id}/reject/",
        "/api/v1/introductions/",
        "/api/v1/introductions/{id}/accept/",
        "/api/v1/introductions/{id}/decline/",
        "/api/v1/introductions/{id}/withdraw/",
    ):
        assert "409" in schema["paths"][path]["post"]["responses"], path


def test_token_obtain_is_documented_without_auth(schema):
    operation = schema["paths"]["/api/v1/auth/token/"]["post"]
    assert operation.get("security", []) in ([], [{}])
    assert "TokenRequest" in operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]


@pytest.mark.django_db
def test_docs_page_serves_swagger_ui_from_our_own_static_files(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert "cdn." not in html and "unpkg" not in html
    assert "/static/drf_spectacular_sidecar/" in html
