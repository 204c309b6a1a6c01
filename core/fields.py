"""Model fields shared by the apps."""

from __future__ import annotations

from django.db import models


class TextJSONField(models.JSONField):
    """A JSONField kept in PostgreSQL's `json` type rather than `jsonb`: checked to be valid JSON on write,
    then stored as the text it was given, not decomposed into jsonb's binary form.

    For documents that are written in bulk and only ever read whole, such as a match's reasons: a full
    re-score writes hundreds of thousands of them, and parsing them into jsonb was about 40 % of its
    COPY time. The price is jsonb's operators: no key, containment or GIN lookups on this field (its value
    is never filtered on). Other databases store it as their JSONField does."""

    def db_type(self, connection):
        return "json" if connection.vendor == "postgresql" else super().db_type(connection)

    def from_db_value(self, value, expression, connection):
        if value is not None and not isinstance(value, str | bytes | bytearray):
            return value  # psycopg2 already decoded the `json` type (Django only turns that off for jsonb)
        return super().from_db_value(value, expression, connection)
