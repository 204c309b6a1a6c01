"""Helpers shared by the apps' services."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from core.images import discard_file_on_commit

UNIQUE_VIOLATION = "23505"  # PostgreSQL's SQLSTATE


class DuplicateError(ValidationError):
    """A write the database refused as a duplicate of a row stored a moment earlier (two identical requests
    at once: each passed the checks before the other committed). A form shows it like any ValidationError;
    the API answers 409 Conflict."""


def is_unique_violation(error: IntegrityError) -> bool:
    code = getattr(error.__cause__, "pgcode", None)
    if code is not None:
        return code == UNIQUE_VIOLATION
    return "UNIQUE constraint failed" in str(error)  # SQLite


@contextmanager
def duplicates_as(error: Callable[[], Exception]) -> Iterator[None]:
    """Run the block in a savepoint; a unique violation inside it raises `error()` instead (the transaction
    around stays usable), any other IntegrityError goes on."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as exc:
        if not is_unique_violation(exc):
            raise
        raise error() from exc


def _duplicate_of(instance: models.Model) -> DuplicateError:
    """The field messages of the unique check that `instance` now fails (the row it collided with is
    committed), as a DuplicateError."""
    try:
        instance.validate_unique()
        instance.validate_constraints()
    except ValidationError as error:
        return DuplicateError(error.error_dict if hasattr(error, "error_dict") else error.messages)
    return DuplicateError(_("The same entry was saved a moment ago."), code="duplicate")


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
        with duplicates_as(lambda: _duplicate_of(instance)):
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
