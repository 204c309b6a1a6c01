"""The one rule of the htmx-enhanced pages: a list page returns only its list fragment to htmx, and the
whole page to everyone else (a browser without script, a bookmark, htmx restoring history)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def render_list(request: HttpRequest, page: str, fragment: str, context: dict) -> HttpResponse:
    htmx = getattr(request, "htmx", None)
    wants_fragment = bool(htmx) and not htmx.history_restore_request
    response = render(request, fragment if wants_fragment else page, context)
    patch_vary_headers(response, ("HX-Request",))
    return response
