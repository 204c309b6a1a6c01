"""Helpers shared by the apps' services."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models


def apply_changes(
    instance: models.Model,
    *,
    fields: Mapping[str, Any] | None = None,
    relations: Mapping[str, Iterable[models.Model]] | None = None,
) -> list[str]:
    """Set plain fields, validate the whole object (raising ValidationError with field messages), save,
    then replace the given many-to-many relations. Returns the names of what changed."""
    changed: list[str] = []
    for name, value in (fields or {}).items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.append(name)
    instance.full_clean()
    instance.save()
    for name, values in (relations or {}).items():
        manager = getattr(instance, name)
        new = {obj.pk for obj in values}
        if set(manager.values_list("pk", flat=True)) != new:
            manager.set(list(values))
            changed.append(name)
    return changed
