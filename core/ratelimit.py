"""Fixed-window counters in Django's cache (Redis in production: shared by every web process), for the limits
that are not django-axes' or DRF's: sign-ups per address, logo changes per organisation.

A rate reads "10/hour" (count/second|minute|hour|day); an empty rate switches the limit off. While the cache
is down (django-redis ignores the error) the counters read as zero: the limits fail open."""

from __future__ import annotations

from django.core.cache import cache

_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_rate(rate: str | None) -> tuple[int, int] | None:
    """ "10/hour" as (10, 3600); empty or None switches the limit off."""
    if not rate:
        return None
    count, _slash, period = rate.partition("/")
    return int(count), _PERIODS[period.strip().rstrip("s")]


def _key(scope: str, ident: str) -> str:
    return f"rate:{scope}:{ident}"


def is_exceeded(*, scope: str, ident: str, rate: str | None) -> bool:
    """True once `ident` has used up `rate` in its current window (nothing is counted here)."""
    limit = parse_rate(rate)
    if limit is None:
        return False
    used = cache.get(_key(scope, ident)) or 0
    return used >= limit[0]


def count_hit(*, scope: str, ident: str, rate: str | None) -> int | None:
    """Count one use of `rate` by `ident` and return the uses of its window so far (None when the limit is
    off or the cache is down). A window starts with its first use."""
    limit = parse_rate(rate)
    if limit is None:
        return None
    key = _key(scope, ident)
    cache.add(key, 0, timeout=limit[1])
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr: a new window
        cache.set(key, 1, timeout=limit[1])
        return 1


def reset(*, scope: str, ident: str) -> None:
    cache.delete(_key(scope, ident))
