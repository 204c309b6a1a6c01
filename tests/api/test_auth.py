"""Tokens for scripts, `me/`, the one error body, throttling and the API's own 404."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import UserFactory

V1 = "/api/v1"
ERROR_KEYS = {"status", "code", "detail", "errors"}


@pytest.mark.django_db
def test_a_script_obtains_a_token_and_uses_it(seoul_official):
    anonymous = APIClient()
    response = anonymous.post(
        f"{V1}/auth/token/", {"username": "official.seoul", "password": "a-long-test-password"}, format="json"
    )
    assert response.status_code == 200
    token = response.json()["token"]
    assert Token.objects.get(user=seoul_official).key == token

    script = APIClient(HTTP_AUTHORIZATION=f"Token {token}")
    me = script.get(f"{V1}/me/").json()
    assert me["username"] == "official.seoul"
    assert me["role"] == "city_official"
    assert me["city"]["name"] == "Seoul" and me["startup"] is None
    assert me["is_approved_member"] is True


@pytest.mark.django_db
def test_wrong_password_is_a_field_error_and_no_token(seoul_official):
    response = APIClient().post(
        f"{V1}/auth/token/", {"username": "official.seoul", "password": "not-the-password"}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert set(body) == ERROR_KEYS and body["code"] == "invalid"
    assert body["errors"]["non_field_errors"]
    assert not Token.objects.exists()


@pytest.mark.django_db
def test_revoked_token_no_longer_works(api, seoul_official):
    client = api(seoul_official)
    assert client.delete(f"{V1}/auth/token/").status_code == 204
    response = client.get(f"{V1}/me/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


@pytest.mark.django_db
def test_anonymous_gets_401_with_a_challenge_header(api):
    response = api().get(f"{V1}/matches/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {
        "status": 401,
        "code": "not_authenticated",
        "detail": "Authentication credentials were not provided.",
        "errors": {},
    }


@pytest.mark.django_db
def test_session_sign_in_works_for_the_pages(client, startup_member):
    client.force_login(startup_member)
    me = client.get(f"{V1}/me/").json()
    assert me["role"] == "startup_member" and me["startup"]["name"] == "Loopwise"


@pytest.mark.django_db
def test_session_writes_need_the_csrf_token(seoul_official, seoul):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(seoul_official)
    response = client.patch(f"{V1}/cities/{seoul.pk}/", {"population": 9_500_000}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "role", "organisation"),
    [
        ("official.seoul", "city_official", "city"),
        ("startup.member", "startup_member", "startup"),
        ("secretariat", "secretariat", None),
        ("outsider", None, None),
    ],
)
def test_me_tells_each_role_who_they_are(
    api, seoul_official, startup_member, secretariat, outsider, username, role, organisation
):
    user = {u.username: u for u in (seoul_official, startup_member, secretariat, outsider)}[username]
    me = api(user).get(f"{V1}/me/").json()
    assert me["role"] == role
    assert (me["city"] is not None) == (organisation == "city")
    assert (me["startup"] is not None) == (organisation == "startup")


@pytest.mark.django_db
def test_a_pending_founder_is_not_yet_an_approved_member(api, pending_startup):
    from accounts.models import Role
    from tests.factories import ProfileFactory

    founder = ProfileFactory(role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None).user
    me = api(founder).get(f"{V1}/me/").json()
    assert me["is_approved_member"] is False and me["member_since"] is None


@pytest.mark.django_db
def test_anonymous_requests_are_throttled(settings, api):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "100/minute", "login": "100/minute"},
    }
    client = api()
    statuses = [client.get(f"{V1}/sectors/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get(f"{V1}/sectors/")
    assert response.json()["code"] == "throttled" and response.json()["status"] == 429
    assert int(response["Retry-After"]) > 0


@pytest.mark.django_db
def test_signed_in_users_have_their_own_allowance(settings, api, seoul_official, bogota_official):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100/minute", "user": "2/minute", "login": "100/minute"},
    }
    seoul_client, bogota_client = api(seoul_official), api(bogota_official)
    assert [seoul_client.get(f"{V1}/me/").status_code for _ in range(3)] == [200, 200, 429]
    assert bogota_client.get(f"{V1}/me/").status_code == 200


@pytest.mark.django_db
def test_password_guessing_is_slowed_down(settings, api):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100/minute", "user": "100/minute", "login": "2/minute"},
    }
    UserFactory(username="victim")
    client = api()
    statuses = [
        client.post(
            f"{V1}/auth/token/", {"username": "victim", "password": f"guess-{n}"}, format="json"
        ).status_code
        for n in range(3)
    ]
    assert statuses == [400, 400, 429]


@pytest.mark.django_db
def test_unknown_api_addresses_answer_with_the_error_body(api):
    response = api().post(f"{V1}/no-such-thing/1.5/", {}, format="json")
    assert response.status_code == 404
    assert response.json() == {"status": 404, "code": "not_found", "detail": "Not found.", "errors": {}}


@pytest.mark.django_db
def test_a_missing_object_never_names_its_model(api):
    response = api().get(f"{V1}/cities/999999/")
    assert response.status_code == 404
    assert response.json()["detail"] == "Not found."
