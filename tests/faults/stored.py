"""A fingerprint of everything the portal stores, to show that a refused request changed nothing."""

from __future__ import annotations

import hashlib

from django.apps import apps
from django.db import models

APPS = ("auth", "core", "accounts", "cities", "startups", "matching", "introductions")
# Rows a refused request may legitimately write or that the harness itself rewrites.
IGNORED = {
    "axes.accessattempt",
    "axes.accessfailurelog",
    "axes.accesslog",
    "authtoken.token",
    "sessions.session",
}


def stored_models() -> list[type[models.Model]]:
    found = []
    for label in APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.label_lower not in IGNORED:
                found.append(model)
    return found


def stored_state() -> str:
    """A digest of every row of the portal's own tables (a small test world: a few hundred rows)."""
    digest = hashlib.sha256()
    for model in stored_models():
        digest.update(model._meta.label_lower.encode())
        for row in model._default_manager.order_by("pk").values_list():
            row = tuple(bytes(value) if isinstance(value, memoryview) else value for value in row)
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
