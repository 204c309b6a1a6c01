"""Protection against guessing: the client's address behind the proxies, django-axes' lockout answer (the
sign-in page or the API's error body) and the per-address rate limit of the sign-up forms."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or with NUM_PROXIES trusted proxies in front, the address the
    outermost of them saw (read from the right of X-Forwarded-For, so a client cannot forge it). The same
    rule as DRF's throttles."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    proxies = settings.NUM_PROXIES
    if not proxies or not forwarded:
        return remote_addr
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    return hops[-min(proxies, len(hops))] if hops else remote_addr


def axes_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The username django-axes records a sign-in attempt under (AXES_USERNAME_CALLABLE): the submitted one,
    cut to the longest a username can be. Every sign-in (the page, the admin, the API token) goes through
    axes, whose columns hold 255 characters: a longer submitted name is then an ordinary failed sign-in,
    not a database error."""
    if credentials:
        username = credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    else:
        username = getattr(request, "data", request.POST).get(settings.AXES_USERNAME_FORM_FIELD)
    if not isinstance(username, str):
        return username
    return username[: get_user_model()._meta.get_field("username").max_length]


def _cooloff_minutes() -> int:
    return max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))


def lockout_message() -> str:
    minutes = _cooloff_minutes()
    return ngettext(
        "Too many failed sign-in attempts for this username from your address. Please wait %(minutes)d "
        "minute and try again.",
        "Too many failed sign-in attempts for this username from your address. Please wait %(minutes)d "
        "minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """django-axes' answer to a locked-out sign-in (AXES_LOCKOUT_CALLABLE): 429 with the API's error body
    under /api/, otherwise the sign-in page with the reason at the top of the form."""
    status = settings.AXES_HTTP_RESPONSE_CODE
    retry_after = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    if request.path.startswith("/api/"):
        body = {"status": status, "code": "locked_out", "detail": lockout_message(), "errors": {}}
        response: HttpResponse = JsonResponse(body, status=status)
    else:
        username = (credentials or {}).get("username") or request.POST.get("username", "")
        form = AuthenticationForm(request, initial={"username": username})
        context = {"form": form, "lockout_message": lockout_message(), "next": request.POST.get("next", "")}
        response = render(request, "registration/login.html", context, status=status)
    response["Retry-After"] = retry_after
    return response


def _parse_rate(rate: str | None) -> tuple[int, int] | None:
    """ "10/hour" as (10, 3600); empty or None switches the limit off."""
    if not rate:
        return None
    count, _slash, period = rate.partition("/")
    return int(count), _PERIODS[period.strip().rstrip("s")]


def signup_allowed(request: HttpRequest) -> bool:
    """Count one sign-up submission from the client's address; False once SIGNUP_RATE_LIMIT is exceeded in
    the current window. The window starts at the address's first submission (Django's cache: shared by
    every web process when it is Redis)."""
    limit = _parse_rate(settings.SIGNUP_RATE_LIMIT)
    if limit is None:
        return True
    count, period = limit
    key = f"signup-rate:{client_ip(request)}"
    cache.add(key, 0, timeout=period)
    try:
        submissions = cache.incr(key)
    except ValueError:  # expired between add and incr: a new window
        cache.set(key, 1, timeout=period)
        submissions = 1
    if submissions is None:  # the cache is down (django-redis ignores the error): fail open
        return True
    return submissions <= count


def signup_limited_message() -> str:
    return _("Too many sign-ups from your address. Please try again later.")
