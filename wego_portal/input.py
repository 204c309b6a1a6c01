"""Input normalisation for every page and API request, in one place: a NUL character in a query string or
in a URL-encoded form is refused with a 400 before any view, form or query sees it (PostgreSQL cannot store
or compare a NUL; a browser never sends one). Lone surrogates cannot arrive this way (Django decodes query
strings and forms with replacement characters); in JSON bodies the API's parser refuses them.

Multipart forms are left to the forms themselves (Django's CharField refuses a NUL), so that reading them
here does not fix their upload handlers before the view runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _

NUL = "\x00"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


def _refused_names(query: QueryDict) -> list[str]:
    """The names of the parameters whose name or any value holds a NUL (the name without it)."""
    names = []
    for name, values in query.lists():
        if NUL in name or any(NUL in value for value in values):
            names.append(name.replace(NUL, "") or "non_field_errors")
    return names


def _refused(request: HttpRequest) -> list[str]:
    names = _refused_names(request.GET)
    if request.method == "POST" and request.content_type == FORM_CONTENT_TYPE:
        names += _refused_names(request.POST)
    return names


def refused_response(request: HttpRequest, names: Iterable[str]) -> HttpResponse:
    """The API's error body under /api/, the site's page elsewhere."""
    message = _("Null characters are not allowed.")
    if request.path.startswith("/api/"):
        body = {
            "status": 400,
            "code": "invalid",
            "detail": str(_("Invalid input.")),
            "errors": {name: [message] for name in names},
        }
        return JsonResponse(body, status=400)
    return render(request, "input_refused.html", {"message": message}, status=400)


class InputNormalisationMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        names = _refused(request)
        if names:
            return refused_response(request, names)
        return self.get_response(request)
