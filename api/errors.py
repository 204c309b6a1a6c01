"""One error body for every 4xx answer of the API (and the 503 while the database is unreachable).

    {"status": 400, "code": "invalid", "detail": "Invalid input.", "errors": {"population": ["…"]}}

`errors` maps a field (dotted for nested fields, `non_field_errors` for the whole object) to its messages;
it is empty for errors that are not about the input."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, InterfaceError, OperationalError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from accounts.services import ApplicationError
from core.services import DuplicateError
from introductions.services import IntroductionError
from startups.services import ListingError

log = logging.getLogger(__name__)


class Conflict(exceptions.APIException):
    """The request is valid but the object's state forbids it: already decided, already answered, a
    duplicate of an open request."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = _("The request conflicts with the current state of the object.")
    default_code = "conflict"


class ErrorSerializer(serializers.Serializer):
    """The body of every error answer (documentation only)."""

    status = serializers.IntegerField(help_text="The HTTP status code, repeated.")
    code = serializers.CharField(help_text="A stable machine-readable code: invalid, not_found, conflict…")
    detail = serializers.CharField(help_text="A human-readable message in the request's language.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Field-level messages, keyed by field name (dotted for nested fields).",
    )


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested error detail ({"a": {"0": ["…"]}}, ["…"]) as {"a.0": ["…"]}."""
    flat: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            key = api_settings.NON_FIELD_ERRORS_KEY if key == NON_FIELD_ERRORS else key
            name = f"{prefix}.{key}" if prefix else str(key)
            for field, messages in _flatten(value, name).items():
                flat.setdefault(field, []).extend(messages)
    elif isinstance(detail, list):
        if all(not isinstance(item, (dict, list)) for item in detail):
            flat[prefix or api_settings.NON_FIELD_ERRORS_KEY] = [str(item) for item in detail]
        else:
            for index, item in enumerate(detail):
                if item:
                    name = f"{prefix}.{index}" if prefix else str(index)
                    for field, messages in _flatten(item, name).items():
                        flat.setdefault(field, []).extend(messages)
    else:
        flat[prefix or api_settings.NON_FIELD_ERRORS_KEY] = [str(detail)]
    return flat


DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def service_unavailable_body() -> dict[str, Any]:
    """The error body of a 503 while the database is unreachable (the API's and the middleware's)."""
    detail = str(_("The service is temporarily unavailable. Please try again in a minute."))
    return {"status": 503, "code": "service_unavailable", "detail": detail, "errors": {}}


def _conflict(exc: Exception) -> Response:
    """409: a duplicate the database refused (two identical writes at once), with the field messages of
    the unique check it failed when the service found them."""
    errors = _flatten(serializers.as_serializer_error(exc)) if isinstance(exc, DuplicateError) else {}
    if not isinstance(exc, DuplicateError):
        log.warning("Integrity error answered 409: %s", exc)  # a service could name what collided
    body = {"status": 409, "code": "conflict", "detail": str(Conflict.default_detail), "errors": errors}
    return Response(body, status=status.HTTP_409_CONFLICT)


def _domain_error(exc: Exception) -> exceptions.APIException | None:
    """A service's refusal that no view turned into an answer: a listing that may not be published is the
    `status` field's error; an introduction or an application in the wrong state, a conflict."""
    if isinstance(exc, ListingError):
        return exceptions.ValidationError({"status": [str(exc)]})
    if isinstance(exc, (IntroductionError, ApplicationError)):
        return Conflict(str(exc))
    return None


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's handler, plus model validation errors raised by services, the services' own errors and the
    database's refusal of a duplicate (mapped here once for every view), then the one error body."""
    if isinstance(exc, (DuplicateError, IntegrityError)):
        return _conflict(exc)
    exc = _domain_error(exc) or exc
    if isinstance(exc, DATABASE_DOWN):
        log.error("Database unreachable: %s", exc)  # no stack trace for the client, one line for us
        return Response(
            service_unavailable_body(),
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(serializers.as_serializer_error(exc))
    elif isinstance(exc, Http404):
        # Never hint at what exists: every missing or out-of-scope object reads the same.
        exc = exceptions.NotFound()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        code, detail, errors = "invalid", str(_("Invalid input.")), _flatten(exc.detail)
    else:
        detail_value = getattr(exc, "detail", "")
        code = getattr(detail_value, "code", None) or getattr(exc, "default_code", "error")
        detail, errors = str(detail_value), {}
    response.data = {"status": response.status_code, "code": code, "detail": detail, "errors": errors}
    return response
