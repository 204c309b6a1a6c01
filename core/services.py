"""Helpers shared by the apps' services."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from django.db import models

from core.images import discard_file_on_commit


def _values(instance: models.Model) -> dict[str, Any]:
    return {field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields}


def apply_changes(
    instance: models.Model,
    *,
    allowed: Collection[str],
    fields: Mapping[str, Any] | None = None,
    relations: Mapping[str, Iterable[models.Model]] | None = None,
) -> list[str]:
    """Set the plain fields that differ, validate the whole object (raising ValidationError with field
    messages), then save only what changed (with `update_fields`, plus the `auto_now` timestamps); then
    replace the many-to-many relations that differ. Returns the names of what changed. A file replaced or
    removed by the change is deleted from its storage once the transaction commits.

    `allowed` names the fields and relations the caller may change: any other key is a programming error
    (ValueError), never a silent write. An edit that changes nothing saves nothing, so `updated_at` (part of
    the matching worker's cache key) only moves on a real change. A new object is inserted whole."""
    unknown = sorted({*(fields or {}), *(relations or {})} - set(allowed))
    if unknown:
        raise ValueError(f"{type(instance).__name__} does not take {', '.join(unknown)} here")
    changed = [name for name, value in (fields or {}).items() if getattr(instance, name) != value]
    adding = instance._state.adding
    replaced = [
        getattr(instance, name)
        for name in changed
        if isinstance(instance._meta.get_field(name), models.FileField) and not adding
    ]
    if adding or changed:
        for name in changed:
            setattr(instance, name, fields[name])
        before = _values(instance)
        instance.full_clean()  # may fill derived fields (a text's detected language)
        if adding:
            instance.save()
        else:
            derived = [name for name, value in _values(instance).items() if before[name] != value]
            stamps = [f.name for f in instance._meta.concrete_fields if getattr(f, "auto_now", False)]
            update = {instance._meta.get_field(name).name for name in [*changed, *derived]} | set(stamps)
            instance.save(update_fields=sorted(update))
        for file in replaced:  # a replaced or removed file leaves the storage once this commits
            discard_file_on_commit(file)
    for name, values in (relations or {}).items():
        manager = getattr(instance, name)
        new = {obj.pk for obj in values}
        if set(manager.values_list("pk", flat=True)) != new:
            manager.set(list(values))
            changed.append(name)
    return changed
