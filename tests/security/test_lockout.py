"""Password guessing: after AXES_FAILURE_LIMIT failed sign-ins for one username from one address, that pair
is locked out (the page login, the admin login and the API token endpoint alike), even with the right
password; other addresses and other usernames are not."""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

from tests.factories import UserFactory

PASSWORD = "a-long-test-password"  # the factories' password
TOKEN_URL = "/api/v1/auth/token/"


@pytest.fixture
def lockout(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return settings.AXES_FAILURE_LIMIT


def _sign_in(client: Client, username: str, password: str, address: str):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


def _token(client: Client, username: str, password: str, address: str):
    body = {"username": username, "password": password}
    return client.post(TOKEN_URL, body, content_type="application/json", REMOTE_ADDR=address)


@pytest.mark.django_db
def test_page_login_locks_out_the_username_from_that_address_with_a_clear_message(
    client, lockout, address, seoul_official
):
    for _ in range(lockout - 1):
        response = _sign_in(client, "official.seoul", "guess", address)
        assert response.status_code == 200 and "_auth_user_id" not in client.session
    response = _sign_in(client, "official.seoul", "guess", address)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-in attempts" in page and 'role="alert"' in page
    assert response["Retry-After"] == "900"

    # The right password is refused too while the lockout lasts…
    response = _sign_in(client, "official.seoul", PASSWORD, address)
    assert response.status_code == 429 and "_auth_user_id" not in client.session
    # …but only for that username from that address.
    assert _sign_in(Client(), "official.seoul", PASSWORD, "192.0.2.7").status_code == 302
    UserFactory(username="someone.else")
    assert _sign_in(Client(), "someone.else", PASSWORD, address).status_code == 302
    assert AccessAttempt.objects.get(username="official.seoul", ip_address=address).failures_since_start >= 3


@pytest.mark.django_db
def test_a_successful_sign_in_resets_the_count(client, lockout, address, seoul_official):
    for _ in range(lockout - 1):
        _sign_in(client, "official.seoul", "guess", address)
    assert _sign_in(client, "official.seoul", PASSWORD, address).status_code == 302
    client.logout()
    for _ in range(lockout - 1):
        assert _sign_in(client, "official.seoul", "guess", address).status_code == 200


@pytest.mark.django_db
def test_api_token_endpoint_locks_out_with_the_api_error_body(client, lockout, address, seoul_official):
    for _ in range(lockout - 1):
        response = _token(client, "official.seoul", "guess", address)
        assert response.status_code == 400 and response.json()["code"] == "invalid"
    response = _token(client, "official.seoul", "guess", address)
    assert response.status_code == 429
    body = response.json()
    assert set(body) == {"status", "code", "detail", "errors"}
    assert body["status"] == 429 and body["code"] == "locked_out" and body["errors"] == {}
    assert "Too many failed sign-in attempts" in body["detail"]
    assert response["Retry-After"] == "900"

    response = _token(client, "official.seoul", PASSWORD, address)
    assert response.status_code == 429 and response.json()["code"] == "locked_out"
    assert not Token.objects.exists()
    assert _token(client, "official.seoul", PASSWORD, "192.0.2.8").status_code == 200


@pytest.mark.django_db
def test_a_lockout_on_the_api_also_holds_on_the_pages(client, lockout, address, seoul_official):
    for _ in range(lockout):
        _token(client, "official.seoul", "guess", address)
    assert _sign_in(client, "official.seoul", PASSWORD, address).status_code == 429


@pytest.mark.django_db
def test_admin_login_is_locked_out_too(client, lockout, address, secretariat):
    url = reverse("admin:login")
    for _ in range(lockout):
        response = client.post(url, {"username": "secretariat", "password": "guess"}, REMOTE_ADDR=address)
    assert response.status_code == 429
    response = client.post(url, {"username": "secretariat", "password": PASSWORD}, REMOTE_ADDR=address)
    assert response.status_code == 429 and "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_behind_the_proxy_the_forwarded_address_counts_not_the_proxys(
    settings, client, lockout, seoul_official
):
    """With a trusted proxy, clients behind it are told apart, and a forged left-most entry is ignored."""
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    proxy = "10.0.0.1"
    for _ in range(lockout):
        client.post(
            reverse("login"),
            {"username": "official.seoul", "password": "guess"},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR="203.0.113.5, 198.51.100.20",
        )
    assert AccessAttempt.objects.get().ip_address == "198.51.100.20"
    other = Client().post(
        reverse("login"),
        {"username": "official.seoul", "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR="198.51.100.21",
    )
    assert other.status_code == 302


# --- one address trying many usernames ------------------------------------------------------------------


@pytest.mark.django_db
def test_one_address_trying_many_usernames_is_locked_out(client, address, seoul_official):
    """The issue's probe: 120 failed sign-ins across 30 usernames, 4 each (under the per-username limit of
    5), from one address. With the default limits the address is locked out well before the end."""
    assert settings.AXES_FAILURE_LIMIT == 5 and settings.AXES_ADDRESS_FAILURE_LIMIT == 30
    answers = [
        _sign_in(client, f"guess.{number}", "guess", address).status_code
        for _attempt in range(4)
        for number in range(30)
    ]
    assert answers[: settings.AXES_ADDRESS_FAILURE_LIMIT - 1] == [200] * 29
    assert set(answers[settings.AXES_ADDRESS_FAILURE_LIMIT - 1 :]) == {429}

    # Locked out: the address's next sign-in with a real password is refused, with the page and its way out.
    response = _sign_in(client, "official.seoul", PASSWORD, address)
    assert response.status_code == 429 and "_auth_user_id" not in client.session
    page = response.content.decode()
    assert "Too many failed sign-in attempts from your network" in page and 'role="alert"' in page
    assert 'href="/"' in page or "<nav" in page  # the site's page, with its navigation
    assert response["Retry-After"] == "900"
    # The API's token endpoint holds too, and another address is not affected.
    token = _token(client, "official.seoul", PASSWORD, address)
    assert token.status_code == 429 and "from your network" in token.json()["detail"]
    assert _sign_in(Client(), "official.seoul", PASSWORD, "192.0.2.9").status_code == 302


@pytest.mark.django_db
def test_a_successful_sign_in_does_not_reset_the_other_usernames_of_the_address(
    settings, client, address, seoul_official
):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 6
    for number in range(5):
        assert _sign_in(client, f"guess.{number}", "guess", address).status_code == 200
    assert _sign_in(client, "official.seoul", PASSWORD, address).status_code == 302  # the attacker's own
    client.logout()
    assert _sign_in(client, "guess.5", "guess", address).status_code == 429


@pytest.mark.django_db
def test_a_forged_forwarded_for_header_does_not_bypass_the_lockout(client, lockout, address, seoul_official):
    """Behind no proxy a client can send any X-Forwarded-For: each guess claims another address."""
    for number in range(lockout):
        response = client.post(
            reverse("login"),
            {"username": "official.seoul", "password": "guess"},
            REMOTE_ADDR=address,
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number + 1}",
        )
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {address}
