"""Rate limits. Rates are read at request time (not frozen at import as DRF's classes do), so that
settings overrides in tests and deployments take effect; the client's address is accounts.security's."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, BaseThrottle, SimpleRateThrottle, UserRateThrottle

from accounts.security import client_ip
from core.throttling import SearchRate, is_search


class _LiveRate:
    scope: str

    def get_ident(self, request) -> str:
        """The client's address by the portal's one rule (X-Forwarded-For only from TRUSTED_PROXIES), not
        DRF's (which, without NUM_PROXIES, would take the whole header as sent)."""
        return client_ip(request)

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


class SearchThrottle(BaseThrottle):
    """Searches (`?search=`), per client address whoever is signed in, in the history the catalogue page
    counts too (core.throttling.SearchRate). A request that does not search is not counted."""

    def allow_request(self, request, view) -> bool:
        self._wait = SearchRate.wait(self.get_ident(request)) if is_search(request.query_params) else None
        return self._wait is None

    def wait(self) -> float | None:
        return getattr(self, "_wait", None)
