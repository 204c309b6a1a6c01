"""The catalogue's search limit, one history per client address shared by the page
(portal.throttling.throttle_search) and the API (api.throttling.SearchThrottle), so that neither is a way
around the other: at most `settings.SEARCH_THROTTLE_RATE` searches ("60/minute"; empty: no limit), signed in
or not. The history is DRF's: the times of the recent searches, in the cache."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache as default_cache

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class SearchRate:
    cache = default_cache
    key = "throttle_search_{ident}"

    @staticmethod
    def parse(rate: str) -> tuple[int, int] | None:
        if not rate:
            return None
        count, period = rate.split("/")
        return int(count), _PERIODS[period[0]]

    @classmethod
    def wait(cls, ident: str) -> float | None:
        """Record a search from `ident`; None when it is allowed, else the seconds until the next one is."""
        limit = cls.parse(getattr(settings, "SEARCH_THROTTLE_RATE", ""))
        if limit is None:
            return None
        allowed, duration = limit
        key = cls.key.format(ident=ident)
        now = time.time()
        history = [moment for moment in cls.cache.get(key, []) if moment > now - duration]
        if len(history) >= allowed:
            return max(0.0, duration - (now - history[-1]))
        cls.cache.set(key, [now, *history], duration)
        return None


def is_search(params) -> bool:
    """A request that searches: `?search=` (API) or `?q=` (the catalogue page)."""
    return any((params.get(name) or "").strip() for name in ("search", "q"))
