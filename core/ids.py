"""Object ids as they arrive in addresses and query strings: ASCII digits only, within the 64-bit range of
the primary keys. (`str.isdigit()` and the regex `\\d` accept other scripts' digits and superscripts, which
`int()` then refuses or reads; an id beyond 64 bits overflows SQLite's integers.) The URL converter `id` is
registered once (core.apps) and used by every route in place of Django's `int`; `parse_id` reads an id from
a query parameter."""

from __future__ import annotations

import re

MAX_ID = 2**63 - 1
MIN_ID = -(2**63)
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_id(value: object) -> int | None:
    """The id in `value` ("42"), or None for anything else: other digits, signs, blanks, beyond 64 bits."""
    if not isinstance(value, str) or not _ASCII_DIGITS.fullmatch(value):
        return None
    number = int(value)
    return number if number <= MAX_ID else None


class IdConverter:
    """`<id:pk>`: like Django's `int`, but an id beyond 64 bits does not match (a 404, not an overflow)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = parse_id(value)
        if number is None:
            raise ValueError(value)  # Django then tries the next pattern, and answers 404 when none matches
        return number

    def to_url(self, value: int | str) -> str:
        return str(int(value))
