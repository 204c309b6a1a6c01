"""Counting rows of tables too large to count on every request."""

from __future__ import annotations

import json

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet

EXACT_COUNT_BELOW = 10_000


def estimated_count(queryset: QuerySet) -> tuple[int, bool]:
    """The number of rows of `queryset` and whether it is an estimate: PostgreSQL's planner estimate when
    that is EXACT_COUNT_BELOW or more (counting hundreds of thousands of rows per request is what this
    avoids: the estimate costs one EXPLAIN, about a millisecond), else the exact count."""
    connection = connections[queryset.db]
    if connection.vendor == "postgresql":
        try:
            sql, params = queryset.query.sql_with_params()
        except EmptyResultSet:
            return 0, False
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        estimate = int(plan[0]["Plan"]["Plan Rows"])
        if estimate >= EXACT_COUNT_BELOW:
            return estimate, True
    return queryset.count(), False
