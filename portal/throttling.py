"""The catalogue page's search limit: core.throttling.SearchRate (one history per client address for the
page and the API), answered with a page that says when to try again."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from math import ceil

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accounts.security import client_ip
from core.throttling import SearchRate, is_search


def throttle_search(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        waiting = SearchRate.wait(client_ip(request)) if is_search(request.GET) else None
        if waiting is None:
            return view(request, *args, **kwargs)
        wait = max(1, ceil(waiting))
        response = render(request, "startups/search_throttled.html", {"wait": wait}, status=429)
        response["Retry-After"] = str(wait)
        return response

    return wrapped
