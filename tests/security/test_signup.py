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
def test_signups_from_one_address_are_limited_per_window(settings, seoul, address):
    settings.SIGNUP_RATE_LIMIT = "3/hour"
    client = Client(REMOTE_ADDR=address)
    for attempt in range(3):  # failed submissions count too: they are how guessing starts
        response = client.post(reverse("accounts:signup_city"), _city_signup(seoul, password="short"))
        assert response.status_code == 200, attempt
    response = client.post(reverse("accounts:signup_city"), _city_signup(seoul))
    assert response.status_code == 429
    assert "Too many sign-ups from your address" in response.content.decode()
    response = client.post(reverse("accounts:signup_startup"), _startup_signup())
    assert response.status_code == 429
    assert not get_user_model().objects.exists()

    # Another address is not affected.
    other = Client(REMOTE_ADDR=f"{address.rsplit('.', 1)[0]}.255")
    assert other.post(reverse("accounts:signup_city"), _city_signup(seoul))["Location"] == reverse(
        "cities:dashboard"
    )
    assert get_user_model().objects.filter(username="minho.park").exists()


@pytest.mark.django_db
def test_reading_the_signup_form_does_not_count(settings, address):
    settings.SIGNUP_RATE_LIMIT = "1/hour"
    client = Client(REMOTE_ADDR=address)
    for _ in range(3):
        assert client.get(reverse("accounts:signup_startup")).status_code == 200
    assert client.post(reverse("accounts:signup_startup"), _startup_signup())["Location"] == reverse(
        "startups:dashboard"
    )
