"""Sign-up: Django's password validators on both forms and in the service, and a rate limit per address."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from accounts.models import MembershipApplication
from accounts.services import register_startup

STRONG = "a-long-signup-password"


def _city_signup(city, *, username: str = "minho.park", password: str = STRONG) -> dict:
    return {
        "first_name": "Minho",
        "last_name": "Park",
        "email": f"{username}@seoul.example",
        "username": username,
        "password1": password,
        "password2": password,
        "city": city.pk,
        "job_title": "Smart City Officer",
    }


def _startup_signup(*, username: str = "yuna.lee", password: str = STRONG) -> dict:
    return {
        "first_name": "Yuna",
        "last_name": "Lee",
        "email": "yuna@greenroute.example",
        "username": username,
        "password1": password,
        "password2": password,
        "name": "GreenRoute",
        "country": "KR",
        "founded_year": "2021",
        "stage": "pilot",
        "team_size": "9",
        "contact_email": "hello@greenroute.example",
        "description": "Route optimisation for municipal waste trucks.",
        "description_language": "en",
        "sectors": ["environment"],
    }


WEAK = [
    ("short-pw", "too short"),
    ("password123", "too common"),
    ("8204719365120", "entirely numeric"),
    ("minho.park.seoul", "too similar"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("password", "message"), WEAK)
def test_city_signup_refuses_weak_passwords_with_the_validators_message(client, seoul, password, message):
    response = client.post(reverse("accounts:signup_city"), _city_signup(seoul, password=password))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_user_model().objects.filter(username="minho.park").exists()


@pytest.mark.django_db
def test_startup_signup_refuses_a_weak_password(client):
    response = client.post(reverse("accounts:signup_startup"), _startup_signup(password="password123"))
    assert response.status_code == 200 and "too common" in response.content.decode()
    assert not get_user_model().objects.filter(username="yuna.lee").exists()


@pytest.mark.django_db
def test_the_service_validates_the_password_whoever_calls_it():
    with pytest.raises(ValidationError, match="too common"):
        register_startup(
            username="yuna.lee", email="yuna@example.org", password="password123", startup_fields={}
        )
    assert not get_user_model().objects.exists() and not MembershipApplication.objects.exists()


@pytest.mark.django_db
def test_accounts_created_from_one_address_are_limited_and_typos_do_not_count(settings, seoul, address):
    """A shared office network: a few mistyped forms do not count, two accounts created do."""
    settings.SIGNUP_RATE_LIMIT = "2/hour"
    client = Client(REMOTE_ADDR=address)
    for attempt in range(5):  # typos: a short password, then passwords that differ
        response = client.post(reverse("accounts:signup_city"), _city_signup(seoul, password="short"))
        assert response.status_code == 200, attempt
    response = client.post(reverse("accounts:signup_city"), _city_signup(seoul))
    assert response["Location"] == reverse("cities:dashboard")
    client = Client(REMOTE_ADDR=address)  # a colleague on the same network
    response = client.post(reverse("accounts:signup_startup"), _startup_signup())
    assert response["Location"] == reverse("startups:dashboard")

    client = Client(REMOTE_ADDR=address)
    response = client.post(reverse("accounts:signup_city"), _city_signup(seoul, username="third.person"))
    assert response.status_code == 429
    assert "Too many sign-ups from your address" in response.content.decode()
    assert not get_user_model().objects.filter(username="third.person").exists()

    # Another address is not affected.
    other = Client(REMOTE_ADDR=f"{address.rsplit('.', 1)[0]}.255")
    response = other.post(reverse("accounts:signup_city"), _city_signup(seoul, username="third.person"))
    assert response["Location"] == reverse("cities:dashboard")


@pytest.mark.django_db
def test_submissions_of_any_outcome_have_a_higher_limit_of_their_own(settings, seoul, address):
    settings.SIGNUP_RATE_LIMIT = "10/hour"
    settings.SIGNUP_ATTEMPT_RATE_LIMIT = "4/hour"
    client = Client(REMOTE_ADDR=address)
    for attempt in range(4):
        response = client.post(reverse("accounts:signup_city"), _city_signup(seoul, password="short"))
        assert response.status_code == 200, attempt
    response = client.post(reverse("accounts:signup_city"), _city_signup(seoul))
    assert response.status_code == 429
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_a_forged_forwarded_for_header_does_not_bypass_the_signup_limit(settings, seoul, address):
    """Behind no proxy (TRUSTED_PROXIES empty) X-Forwarded-For is the client's own word: ignored."""
    settings.SIGNUP_RATE_LIMIT = "1/hour"
    assert settings.TRUSTED_PROXIES == []
    client = Client(REMOTE_ADDR=address, HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert client.post(reverse("accounts:signup_city"), _city_signup(seoul)).status_code == 302
    client = Client(REMOTE_ADDR=address, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert client.post(reverse("accounts:signup_startup"), _startup_signup()).status_code == 429


@pytest.mark.django_db
def test_reading_the_signup_form_does_not_count(settings, address):
    settings.SIGNUP_RATE_LIMIT = "1/hour"
    client = Client(REMOTE_ADDR=address)
    for _ in range(3):
        assert client.get(reverse("accounts:signup_startup")).status_code == 200
    assert client.post(reverse("accounts:signup_startup"), _startup_signup())["Location"] == reverse(
        "startups:dashboard"
    )
