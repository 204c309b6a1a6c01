"""Production mode: `manage.py check --deploy` (Django's checks and ours) reports nothing, and the answers
carry the security headers. Run in subprocesses with production environment variables, as a deployment
would start."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from accounts.checks import check_content_security_policy, check_sign_in_lockout

ROOT = Path(__file__).resolve().parents[2]
# Variables of the development/test environment that must not leak into the production process.
_DROPPED = (
    "DEBUG",
    "DJANGO_",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "SECURE_",
    "TRUSTED_PROXIES",
    "BEHIND_PROXY",
)


def production_env(**overrides: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(_DROPPED)}
    env.update(
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="match.example.org",
        DATABASE_URL="postgres://wego@127.0.0.1:5432/wego",  # check --deploy does not connect
        TRUSTED_PROXIES="10.0.0.2",  # the load balancer in front (production declares one by default)
        EMAIL_URL="smtp+tls://wego@smtp.example.org:587",
        SITE_URL="https://match.example.org",
    )
    return {**env, **overrides}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_reports_no_issue_in_production_mode():
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_flags_a_weakened_production():
    """The same command fails when production is configured unsafely (so the test above can fail)."""
    env = production_env(SECURE_HSTS_SECONDS="0", SECURE_SSL_REDIRECT="off")
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W004" in result.stderr and "security.W008" in result.stderr


def test_production_refuses_to_start_with_a_weak_secret_key():
    result = manage("check", env=production_env(SECRET_KEY="short"))
    assert result.returncode != 0 and "Production needs a real SECRET_KEY" in result.stderr


_PROBE = """
import json
from django.conf import settings
from django.test import Client
client = Client(HTTP_HOST="match.example.org")
plain = client.get("/api/v1/no-such-thing/")
secure = client.get("/api/v1/no-such-thing/", HTTP_X_FORWARDED_PROTO="https")
print(json.dumps({
    "plain": [plain.status_code, plain.get("Location")],
    "secure": [secure.status_code, dict(secure.headers)],
    "settings": {name: getattr(settings, name) for name in (
        "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY", "CSRF_COOKIE_SAMESITE", "DEBUG")},
}))
"""


def test_production_answers_redirect_to_https_and_carry_the_security_headers():
    result = manage("shell", "-c", _PROBE, env=production_env())
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["plain"] == [301, "https://match.example.org/api/v1/no-such-thing/"]
    status, headers = probe["secure"]
    assert status == 404
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert (
        headers["Referrer-Policy"] == "same-origin" and headers["Cross-Origin-Opener-Policy"] == "same-origin"
    )
    assert "Content-Security-Policy-Report-Only" not in headers  # enforced, not just reported
    policy = dict(part.strip().partition(" ")[::2] for part in headers["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["default-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'" and "upgrade-insecure-requests" in policy
    assert probe["settings"] == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "DEBUG": False,
    }


# --- our own deploy checks, on purpose-broken settings -------------------------------------------------

STRICT = {"DIRECTIVES": {"default-src": ["'self'"], "object-src": ["'none'"], "frame-ancestors": ["'none'"]}}


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (STRICT, []),
        (None, ["wego.W002"]),
        (
            {"DIRECTIVES": {**STRICT["DIRECTIVES"], "script-src": ["'self'", "'unsafe-inline'"]}},
            ["wego.W003"],
        ),
        ({"DIRECTIVES": {**STRICT["DIRECTIVES"], "style-src": ["*"]}}, ["wego.W003"]),
        ({"DIRECTIVES": {"script-src": ["'self'"]}}, ["wego.W003"] * 4),  # no default-src: four fall open
    ],
)
def test_the_csp_deploy_check_refuses_a_missing_or_relaxed_policy(policy, expected):
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        assert [warning.id for warning in check_content_security_policy()] == expected


def test_the_lockout_deploy_check_wants_axes_first():
    assert check_sign_in_lockout() == []
    with override_settings(AUTHENTICATION_BACKENDS=["django.contrib.auth.backends.ModelBackend"]):
        assert [warning.id for warning in check_sign_in_lockout()] == ["wego.W004"]
