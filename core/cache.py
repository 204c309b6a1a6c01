"""A Redis cache that degrades instead of failing: while Redis is down, reads miss and writes are dropped.

The cache only holds what can be lost (API throttle counters, the short lock that collapses a burst of
re-scoring drains), and it shares its Redis with the Celery broker. Without this, a Redis outage would turn
every API read into a 500 through DRF's throttles. Short socket timeouts come from the cache's OPTIONS.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)
DOWN = (RedisConnectionError, RedisTimeoutError)


def _warn(operation: str, error: Exception) -> None:
    log.warning("Cache unavailable (%s skipped): %s", operation, error)


class ResilientRedisCache(RedisCache):
    def get(self, key: str, default: Any = None, version: int | None = None) -> Any:
        try:
            return super().get(key, default, version)
        except DOWN as error:
            _warn("get", error)
            return default

    def get_many(self, keys, version: int | None = None) -> dict:
        try:
            return super().get_many(keys, version)
        except DOWN as error:
            _warn("get_many", error)
            return {}

    def has_key(self, key: str, version: int | None = None) -> bool:
        try:
            return super().has_key(key, version)
        except DOWN as error:
            _warn("has_key", error)
            return False

    def add(self, key: str, value: Any, timeout: float | None = DEFAULT_TIMEOUT, version=None) -> bool:
        """While Redis is down nothing holds the key, so the caller goes ahead (fail open)."""
        try:
            return super().add(key, value, timeout, version)
        except DOWN as error:
            _warn("add", error)
            return True

    def set(self, key: str, value: Any, timeout: float | None = DEFAULT_TIMEOUT, version=None) -> None:
        try:
            super().set(key, value, timeout, version)
        except DOWN as error:
            _warn("set", error)

    def set_many(self, data: dict, timeout: float | None = DEFAULT_TIMEOUT, version=None) -> list:
        try:
            return super().set_many(data, timeout, version)
        except DOWN as error:
            _warn("set_many", error)
            return list(data)

    def touch(self, key: str, timeout: float | None = DEFAULT_TIMEOUT, version=None) -> bool:
        try:
            return super().touch(key, timeout, version)
        except DOWN as error:
            _warn("touch", error)
            return False

    def delete(self, key: str, version: int | None = None) -> bool:
        try:
            return super().delete(key, version)
        except DOWN as error:
            _warn("delete", error)
            return False

    def delete_many(self, keys, version: int | None = None) -> None:
        try:
            super().delete_many(keys, version)
        except DOWN as error:
            _warn("delete_many", error)

    def incr(self, key: str, delta: int = 1, version: int | None = None) -> int:
        """While Redis is down every counter reads as fresh (rate limits fail open, the request goes on)."""
        try:
            return super().incr(key, delta, version)
        except DOWN as error:
            _warn("incr", error)
            return delta
