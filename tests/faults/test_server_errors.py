"""Each input that once answered 500, sent exactly as found (by hand and by schemathesis against `make run`):
now a 400 with a message, a form error or a 404, on PostgreSQL and on SQLite alike."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from core.models import MembershipStatus
from introductions.models import Introduction
from startups.models import ReferenceDeployment, SolutionListing, Startup
from tests.factories import ReferenceDeploymentFactory, SolutionListingFactory

V1 = "/api/v1"
BEYOND_64_BITS = "-153344299945827631104"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _api_throttles_off(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}


@pytest.fixture
def api():
    def client_for(user=None) -> APIClient:
        client = APIClient()
        if user is not None:
            client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
        return client

    return client_for


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- Input normalisation: NUL in a query string or a form ----------------------------------------------


@pytest.mark.parametrize("path", ["/solutions/?q=%00", "/solutions/?sector=%00&q=traffic", "/?%00=1"])
def test_a_nul_in_a_page_query_is_a_400_page(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert b"<html" in response.content.lower()


def test_a_nul_in_an_api_query_is_a_400_error_body(client):
    response = client.get(f"{V1}/cities/?country=%00")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_a_nul_in_a_posted_form_is_a_400(startup_member):
    response = _signed_in(startup_member).post(
        "/startup/listings/new/",
        "title=Bins%00&summary=x&language=en",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert not SolutionListing.objects.filter(title__startswith="Bins").exists()


# --- Sign-in: a username longer than django-axes' column --------------------------------------------------


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/"])
@pytest.mark.parametrize("length", [151, 256, 5_000])
def test_a_very_long_username_at_sign_in_is_a_form_error(client, path, length):
    response = client.post(path, {"username": "u" * length, "password": "whatever-password"})
    assert response.status_code == 200
    assert response.context["form"].errors


# --- Ids: only ASCII digits, within 64 bits ----------------------------------------------------------------


@pytest.mark.parametrize("digits", ["%C2%B2", "%D9%A3", "%EF%BC%91", "99999999999999999999999"])
def test_an_id_of_other_digits_is_a_404(api, startup_member, startup, digits):
    listing = SolutionListingFactory(startup=startup)
    ReferenceDeploymentFactory(listing=listing)
    response = api(startup_member).delete(f"{V1}/solutions/{listing.pk}/deployments/{digits}/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert ReferenceDeployment.objects.filter(listing=listing).count() == 1
    assert api().get(f"{V1}/solutions/{digits}/").status_code == 404
    assert _signed_in(startup_member).get(f"/solutions/{digits}/").status_code == 404


def _patterns(resolver, prefix: str = ""):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def test_every_route_reads_its_ids_with_the_ascii_digit_converter():
    """Django's `int` converter would let a 20-digit id overflow SQLite; DRF's default `[^/.]+` lets any
    text through to the view."""
    from django.urls import get_resolver
    from django.urls.converters import IntConverter

    from core.ids import IdConverter

    routes = list(_patterns(get_resolver()))
    assert len(routes) > 50
    for route, pattern in routes:
        converters = getattr(pattern.pattern, "converters", {})
        assert not any(isinstance(c, IntConverter) for c in converters.values()), route
        if route.startswith("api/v1/") and "{" not in route and "<" in route:
            ids = {name: c for name, c in converters.items() if name in {"pk", "deployment_id"}}
            assert all(isinstance(c, IdConverter) for c in ids.values()), route


@pytest.mark.parametrize("listing", ["%C2%B2", "%D9%A3", "99999999999999999999999", "-1", "1.0"])
def test_an_odd_listing_id_in_the_introduction_query_is_ignored(seoul_official, startup, listing):
    SolutionListingFactory(startup=startup)
    response = _signed_in(seoul_official).get(f"/startups/{startup.pk}/introduce/?listing={listing}")
    assert response.status_code == 200
    assert response.context["form"].initial.get("listing") is None


# --- A lone surrogate in a JSON body -----------------------------------------------------------------------


@pytest.mark.parametrize("field", ["country", "name", "stage"])
def test_a_lone_surrogate_in_a_json_body_is_a_400(api, startup_member, startup, field):
    body = f'{{"{field}": "\\ud800"}}'
    response = api(startup_member).generic(
        "PATCH", f"{V1}/startups/{startup.pk}/", body, content_type="application/json"
    )
    assert response.status_code == 400, response.content[:300]
    assert response.json()["code"] in {"parse_error", "invalid"}
    assert Startup.objects.get(pk=startup.pk).country == startup.country


# --- Integer filters beyond 64 bits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (f"{V1}/solutions/?startup={BEYOND_64_BITS}", "startup"),
        (f"{V1}/challenges/?city={BEYOND_64_BITS}", "city"),
        (f"{V1}/challenges/?city=9223372036854775808", "city"),
        (f"{V1}/matches/?startup={BEYOND_64_BITS}", "startup"),
        (f"{V1}/introductions/?city={BEYOND_64_BITS}", "city"),
    ],
)
def test_an_integer_filter_beyond_64_bits_is_a_400_with_its_field(api, secretariat, path, field):
    response = api(secretariat).get(path)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_the_largest_64_bit_id_is_a_valid_filter(api, secretariat):
    response = api(secretariat).get(f"{V1}/challenges/?city=9223372036854775807")
    assert response.status_code == 200
    assert response.json()["results"] == []


# --- Domain errors of the services, mapped once ---------------------------------------------------------


def test_a_listing_error_that_escapes_a_view_is_a_400_with_its_message(api, startup_member, startup):
    """A removed startup's member publishing: the serializer's own check is the first line; what a service
    refuses after it (its state changed in between) is still answered, not a 500."""
    draft = SolutionListingFactory(startup=startup, status="draft", published_at=None)
    from api.serializers.startups import ListingWriteSerializer

    validate = ListingWriteSerializer.validate

    def remove_after_validation(self, attrs):
        attrs = validate(self, attrs)
        self.instance.startup.membership_status = MembershipStatus.REJECTED  # removed meanwhile
        return attrs

    ListingWriteSerializer.validate = remove_after_validation
    try:
        response = api(startup_member).patch(
            f"{V1}/solutions/{draft.pk}/", {"status": "published"}, format="json"
        )
    finally:
        ListingWriteSerializer.validate = validate
    assert response.status_code == 400, response.content[:300]
    body = response.json()
    assert body["errors"]["status"]
    assert not SolutionListing.objects.get(pk=draft.pk).is_published


def test_a_duplicate_that_escapes_a_service_is_a_409_with_the_error_body(
    api, seoul_official, startup, monkeypatch
):
    """Two identical requests at once: the second passes every check and meets the unique constraint.
    Simulated here by skipping the service's own duplicate check (the concurrent version is in
    test_concurrent_writes.py)."""
    from introductions import services
    from introductions.models import IntroductionQuerySet

    first = api(seoul_official).post(
        f"{V1}/introductions/", {"startup": startup.pk, "message": "Hello"}, format="json"
    )
    assert first.status_code == 201
    monkeypatch.setattr(IntroductionQuerySet, "pending", lambda self: self.none())
    second = api(seoul_official).post(
        f"{V1}/introductions/", {"startup": startup.pk, "message": "Hello"}, format="json"
    )
    assert second.status_code == 409, second.content[:300]
    assert set(second.json()) == {"status", "code", "detail", "errors"}
    assert Introduction.objects.filter(startup=startup).count() == 1
    assert services  # the service, not the view, turned the database's refusal into its domain error
