"""Security fixtures: a media folder of each test's own, fast password hashing, and a client address of each
test's own (lockouts, throttles and the sign-up limit count per address in shared stores)."""

from __future__ import annotations

import secrets

import pytest


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def address() -> str:
    """A client address no other test (nor another run sharing the Redis cache) uses."""
    return f"10.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{secrets.randbelow(254) + 1}"


def stored_files(root) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())
