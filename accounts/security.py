"""Protection against guessing: the client's address (X-Forwarded-For believed only from TRUSTED_PROXIES),
django-axes' lockouts per username and address and per address, their answer (the sign-in page or the API's
error body) and the per-address limits of the sign-up forms."""

from __future__ import annotations

from functools import lru_cache
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import ratelimit


@lru_cache(maxsize=8)
def _trusted_networks(entries: tuple[str, ...]) -> tuple[IPv4Network | IPv6Network, ...]:
    """TRUSTED_PROXIES parsed (settings.py refused anything that is not an address or a network)."""
    return tuple(ip_network(entry.strip(), strict=False) for entry in entries if entry.strip())


def _address(value: str) -> IPv4Address | IPv6Address | None:
    try:
        return ip_address(value.strip())
    except ValueError:
        return None


def _is_trusted_proxy(address: IPv4Address | IPv6Address | None) -> bool:
    if address is None:
        return False
    return any(address in network for network in _trusted_networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request: HttpRequest) -> str:
    """The client's address, the one every per-address limit counts (django-axes' lockouts, the sign-up
    limit, the API's throttles): REMOTE_ADDR, unless that is one of TRUSTED_PROXIES. Then X-Forwarded-For is
    read from the right, past the trusted proxies, and the first address that is not one of them is the
    client. A header sent by anyone else (behind no proxy: by the client itself) is ignored, and so is
    whatever a client wrote to the left of what the proxies appended."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    client = remote_addr
    if not _is_trusted_proxy(_address(remote_addr)):
        return client
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([hop for hop in forwarded.split(",") if hop.strip()]):
        address = _address(hop)
        if address is None:  # not an address: nothing further left can be believed
            break
        client = str(address)
        if not _is_trusted_proxy(address):
            break
    return client


class AddressLockoutHandler(AxesDatabaseHandler):
    """django-axes' database handler (AXES_HANDLER) with a second, higher limit: besides
    AXES_FAILURE_LIMIT failures of one username from one address, AXES_ADDRESS_FAILURE_LIMIT failures from
    one address across every username within the cool-off time lock that whole address out (one address
    trying many usernames). A successful sign-in still resets only its own username and address."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        failures = super().get_failures(request, credentials)
        limit = settings.AXES_ADDRESS_FAILURE_LIMIT
        if not limit:
            return failures
        from_address = AccessAttempt.objects.filter(
            ip_address=client_ip(request), attempt_time__gte=get_cool_off_threshold(request)
        ).aggregate(total=Sum("failures_since_start"))["total"]
        if (from_address or 0) >= limit:
            request.wego_address_locked_out = True
            return max(failures, get_failure_limit(request, credentials))
        return failures


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


def lockout_message(*, address: bool = False) -> str:
    minutes = _cooloff_minutes()
    if address:
        message = ngettext(
            "Too many failed sign-in attempts from your network. Please wait %(minutes)d minute and try "
            "again.",
            "Too many failed sign-in attempts from your network. Please wait %(minutes)d minutes and try "
            "again.",
            minutes,
        )
    else:
        message = ngettext(
            "Too many failed sign-in attempts for this username from your address. Please wait "
            "%(minutes)d minute and try again.",
            "Too many failed sign-in attempts for this username from your address. Please wait "
            "%(minutes)d minutes and try again.",
            minutes,
        )
    return message % {"minutes": minutes}


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """django-axes' answer to a locked-out sign-in (AXES_LOCKOUT_CALLABLE): 429 with the API's error body
    under /api/, otherwise the sign-in page with the reason and what to do at the top of the form."""
    status = settings.AXES_HTTP_RESPONSE_CODE
    retry_after = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    message = lockout_message(address=getattr(request, "wego_address_locked_out", False))
    if request.path.startswith("/api/"):
        body = {"status": status, "code": "locked_out", "detail": message, "errors": {}}
        response: HttpResponse = JsonResponse(body, status=status)
    else:
        username = (credentials or {}).get("username") or request.POST.get("username", "")
        form = AuthenticationForm(request, initial={"username": username})
        context = {"form": form, "lockout_message": message, "next": request.POST.get("next", "")}
        response = render(request, "registration/login.html", context, status=status)
    response["Retry-After"] = retry_after
    return response


def signup_allowed(request: HttpRequest) -> bool:
    """Whether the client's address may submit a sign-up form now: fewer than SIGNUP_RATE_LIMIT accounts
    created from it in the current window, and fewer than SIGNUP_ATTEMPT_RATE_LIMIT submissions (a much
    higher limit, so that a shared office network is not stopped by a few typos). Counts this submission."""
    ident = client_ip(request)
    if ratelimit.is_exceeded(scope="signup", ident=ident, rate=settings.SIGNUP_RATE_LIMIT):
        return False
    submissions = ratelimit.count_hit(
        scope="signup-attempt", ident=ident, rate=settings.SIGNUP_ATTEMPT_RATE_LIMIT
    )
    return submissions is None or submissions <= ratelimit.parse_rate(settings.SIGNUP_ATTEMPT_RATE_LIMIT)[0]


def record_signup(request: HttpRequest) -> None:
    """Count an account created from the client's address against SIGNUP_RATE_LIMIT."""
    ratelimit.count_hit(scope="signup", ident=client_ip(request), rate=settings.SIGNUP_RATE_LIMIT)


def signup_limited_message() -> str:
    return _("Too many sign-ups from your address. Please try again later.")
