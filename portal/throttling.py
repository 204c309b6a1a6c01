"""The catalogue page's search limit: the API's SearchThrottle (one history per client address for the page
and the API), answered with a page that says when to try again."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from math import ceil

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from api.throttling import SearchThrottle


def throttle_search(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        throttle = SearchThrottle()
        if throttle.allow_request(request, None):
            return view(request, *args, **kwargs)
        wait = max(1, ceil(throttle.wait() or 1))
        response = render(request, "startups/search_throttled.html", {"wait": wait}, status=429)
        response["Retry-After"] = str(wait)
        return response

    return wrapped
