"""While the database is unreachable, answer a clear 503 instead of a stack trace or a bare 500, for the pages
and the API alike (so it lives beside the settings, above both edges); and Django's own error answers
(400, 403, 404, 413, 500) in the API's error body under /api/.

The API answers in its own error body (its exception handler catches the error first; this middleware
covers the rest of /api/ too). The next request after PostgreSQL is back gets a new connection: Django's
CONN_HEALTH_CHECKS drops a broken persistent connection, so no restart is needed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

from api.errors import DATABASE_DOWN, RETRY_AFTER_SECONDS, service_unavailable_body

log = logging.getLogger(__name__)


def database_unavailable(request: HttpRequest) -> HttpResponse:
    """The 503 answer: JSON under /api/, the site's page elsewhere; nothing in it reads the database."""
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse(service_unavailable_body(), status=503)
    else:
        # No request context: the context processors would read the user and messages from the session.
        response = HttpResponse(render_to_string("503.html", {"request": request}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DATABASE_DOWN):
            return None
        log.error("Database unreachable on %s %s: %s", request.method, request.path, exception)
        return database_unavailable(request)


def _api_error(request: HttpRequest, status: int, code: str, detail: str) -> HttpResponse | None:
    """The API's error body for an answer Django gives before or around a view, under /api/ only."""
    if not request.path.startswith("/api/"):
        return None
    return JsonResponse({"status": status, "code": code, "detail": str(detail), "errors": {}}, status=status)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler400: a body over DATA_UPLOAD_MAX_MEMORY_SIZE (or with too many fields or files) is a 413, other
    refused requests a 400; JSON under /api/."""
    if isinstance(exception, (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)):
        detail = _("The request body is too large.")
        return _api_error(request, 413, "too_large", detail) or HttpResponse(detail, status=413)
    detail = _("The request could not be understood.")
    return _api_error(request, 400, "bad_request", detail) or defaults.bad_request(request, exception)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler403: JSON under /api/ (a refusal outside a DRF view, such as a CSRF failure)."""
    detail = _("You do not have permission to perform this action.")
    return _api_error(request, 403, "permission_denied", detail) or defaults.permission_denied(
        request, exception
    )


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler404: an unknown /api/ path answers the API's error body."""
    detail = _("Not found.")
    return _api_error(request, 404, "not_found", detail) or defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database outage that escaped the views (raised in a middleware, say) is still the
    clear 503, not a 500; under /api/ the API's error body."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return database_unavailable(request)
    detail = _("A server error occurred. It has been logged; please try again later.")
    return _api_error(request, 500, "server_error", detail) or defaults.server_error(request)
