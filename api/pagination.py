import hashlib
import json
from functools import cached_property

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connection
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.response import Response

from startups.models import catalogue_version


class PagePagination(PageNumberPagination):
    """`?page=2&page_size=50`; at most 100 per page."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


EXACT_COUNT_BELOW = 10_000


def estimated_count(queryset) -> int:
    """The number of rows of `queryset`: PostgreSQL's planner estimate when that is large (counting hundreds
    of thousands of rows per request is what this avoids), else the exact count."""
    if connection.vendor == "postgresql":
        try:
            sql, params = queryset.query.sql_with_params()
        except EmptyResultSet:
            return 0
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        estimate = int(plan[0]["Plan"]["Plan Rows"])
        if estimate >= EXACT_COUNT_BELOW:
            return estimate
    return queryset.count()


class WholeListCursorPagination(CursorPagination):
    """`?cursor=`: pages of a list too long to count (staff's list of every stored match: hundreds of
    thousands of rows), in id order read from the primary key; each page costs the same, however deep.
    The answer has the page-number lists' keys: `count` is the planner's estimate past EXACT_COUNT_BELOW
    rows, `next` is there while rows remain."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    ordering = "id"

    def paginate_queryset(self, queryset, request, view=None):
        self.count = estimated_count(queryset)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )


class CatalogueCountPaginator(Paginator):
    """The count of a catalogue list (listings, startups) kept in the cache under the catalogue's version
    (startups.models.catalogue_version: any write of a listing or a startup moves it) and the query's SQL:
    a repeated search or filter does not count its rows again."""

    @cached_property
    def count(self) -> int:
        query = getattr(self.object_list, "query", None)
        if query is None:
            return super().count
        try:
            sql, params = query.sql_with_params()
        except EmptyResultSet:
            return 0
        key = (
            "catalogue:count:"
            + hashlib.sha256(repr((catalogue_version(text=True), sql, params)).encode()).hexdigest()
        )
        count = cache.get(key)
        if count is None:
            count = super().count
            cache.set(key, count, 300)
        return count


class CataloguePagination(PagePagination):
    django_paginator_class = CatalogueCountPaginator
