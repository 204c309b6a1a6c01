"""X-Forwarded-For is believed only from TRUSTED_PROXIES: one function gives the client's address to
django-axes, the sign-up limit and the API's throttles, and a deploy check compares the declared proxy with
the trusted ones."""

from __future__ import annotations

import json

import pytest
from django.test import RequestFactory, override_settings
from rest_framework.test import APIClient

from accounts.checks import check_trusted_proxies
from accounts.security import client_ip
from tests.security.test_deploy import manage, production_env

CASES = [
    # trusted proxies, REMOTE_ADDR, X-Forwarded-For, the client's address
    ([], "203.0.113.7", "", "203.0.113.7"),
    ([], "203.0.113.7", "198.51.100.1", "203.0.113.7"),  # behind no proxy: the header is the client's word
    (["10.0.0.1"], "203.0.113.7", "198.51.100.1", "203.0.113.7"),  # not from the proxy: ignored
    (["10.0.0.1"], "10.0.0.1", "198.51.100.1", "198.51.100.1"),
    (["10.0.0.1"], "10.0.0.1", "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # a forged left-most entry
    (["10.0.0.0/8"], "10.0.0.1", "198.51.100.1, 10.0.0.9", "198.51.100.1"),  # two proxies in a row
    (["10.0.0.1"], "10.0.0.1", "", "10.0.0.1"),
    (["10.0.0.1"], "10.0.0.1", "not-an-address", "10.0.0.1"),
    (["2001:db8::/32"], "2001:db8::1", "2001:db8::2, 2a00::5", "2a00::5"),
]


@pytest.mark.parametrize(("trusted", "remote", "forwarded", "expected"), CASES)
def test_the_client_address_reads_the_forwarded_header_only_from_trusted_proxies(
    trusted, remote, forwarded, expected
):
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXIES=trusted):
        assert client_ip(request) == expected


@pytest.mark.django_db
def test_the_api_throttle_counts_the_same_address_whatever_header_is_forged(settings, address):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "2/minute"},
    }
    client = APIClient(REMOTE_ADDR=address)
    statuses = [
        client.get("/api/v1/sectors/", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}").status_code
        for number in range(1, 4)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.parametrize(
    ("behind", "trusted", "expected"),
    [
        (True, ["10.0.0.2"], []),
        (False, [], []),
        (True, [], ["wego.W007"]),
        (False, ["10.0.0.2"], ["wego.W008"]),
    ],
)
def test_the_deploy_check_wants_a_declared_proxy_and_its_addresses_together(behind, trusted, expected):
    with override_settings(BEHIND_PROXY=behind, TRUSTED_PROXIES=trusted):
        assert [warning.id for warning in check_trusted_proxies()] == expected


def test_check_deploy_in_production_warns_about_a_proxy_without_trusted_addresses():
    env = production_env()
    del env["TRUSTED_PROXIES"]
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0 and "wego.W007" in result.stderr


_PROBE = """
import json
from django.test import RequestFactory
from accounts.security import client_ip
request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.1")
print(json.dumps(client_ip(request)))
"""


def test_production_behind_no_proxy_ignores_a_forged_header():
    """Production served directly (BEHIND_PROXY off, no TRUSTED_PROXIES): a client's X-Forwarded-For never
    stands for its address."""
    env = production_env(BEHIND_PROXY="off")
    del env["TRUSTED_PROXIES"]
    result = manage("shell", "-c", _PROBE, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == "203.0.113.7"


def test_an_unparseable_trusted_proxy_refuses_to_start():
    result = manage("check", env=production_env(TRUSTED_PROXIES="10.0.0.2,load-balancer"))
    assert result.returncode != 0 and "TRUSTED_PROXIES: 'load-balancer'" in result.stderr
