"""Two answers that hold for the pages and the API alike: the HTTP methods the portal speaks (others are a 405
before any view runs), and no shared cache keeps an answer meant for a signed-in user."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.utils.translation import gettext as _

ALLOWED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class KnownMethodsMiddleware:
    """TRACE, CONNECT and any other method than ALLOWED_METHODS: 405 with `Allow`, in the API's error body
    under /api/."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ALLOWED_METHODS:
            return self.get_response(request)
        detail = _("The method %(method)s is not allowed.") % {"method": request.method[:20]}
        if request.path.startswith("/api/"):
            body = {"status": 405, "code": "method_not_allowed", "detail": detail, "errors": {}}
            response: HttpResponse = JsonResponse(body, status=405)
            response["Allow"] = ", ".join(ALLOWED_METHODS)
        else:
            response = HttpResponseNotAllowed(
                ALLOWED_METHODS, detail, content_type="text/plain; charset=utf-8"
            )
        return response


class PrivateCacheMiddleware:
    """`Cache-Control: private, no-store` on every answer to a signed-in user (a session, or a token sent in
    `Authorization`: DRF sets the user it authenticates on the request): neither a shared cache nor the
    browser's keeps it. Answers to anonymous visitors keep the caching their views chose."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if "HTTP_AUTHORIZATION" in request.META or (user is not None and user.is_authenticated):
            response["Cache-Control"] = "private, no-store"
        return response
