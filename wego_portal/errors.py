"""While the database is unreachable, answer a clear 503 instead of a stack trace or a bare 500, for the pages
and the API alike (so it lives beside the settings, above both edges).

The API answers in its own error body (its exception handler catches the error first; this middleware
covers the rest of /api/ too). The next request after PostgreSQL is back gets a new connection: Django's
CONN_HEALTH_CHECKS drops a broken persistent connection, so no restart is needed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
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


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database outage that escaped the views (raised in a middleware, say) is still the
    clear 503, not a 500."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return database_unavailable(request)
    return defaults.server_error(request)
