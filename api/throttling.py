"""Rate limits. Rates are read at request time (not frozen at import as DRF's classes do), so that
settings overrides in tests and deployments take effect."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle


class _LiveRate:
    scope: str

    def get_rate(self) -> str | None:
        try:
            return api_settings.DEFAULT_THROTTLE_RATES[self.scope]
        except KeyError as exc:
            raise ImproperlyConfigured(f"No throttle rate set for scope {self.scope!r}.") from exc


class AnonThrottle(_LiveRate, AnonRateThrottle):
    """Anonymous requests, per client address."""


class UserThrottle(_LiveRate, UserRateThrottle):
    """Signed-in requests, per user."""


class LoginThrottle(_LiveRate, SimpleRateThrottle):
    """Token requests, per client address whoever is signed in: slows down password guessing."""

    scope = "login"

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class SearchThrottle(SimpleRateThrottle):
    """Searches (`?search=` on the API, `?q=` on the catalogue page), per client address whoever is signed
    in, at `settings.SEARCH_THROTTLE_RATE`: the page (portal.throttling.throttle_search) and the API count in
    one history, so neither is a way around the other. A request that does not search is not counted."""

    scope = "search"

    def get_rate(self) -> str | None:
        return getattr(settings, "SEARCH_THROTTLE_RATE", "") or None

    def get_cache_key(self, request, view) -> str | None:
        params = getattr(request, "query_params", request.GET)
        if not any((params.get(name) or "").strip() for name in ("search", "q")):
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
