import hashlib
from functools import cached_property

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.response import Response

from core.counting import estimated_count
from startups.models import catalogue_version


class PagePagination(PageNumberPagination):
    """`?page=2&page_size=50`; at most 100 per page."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


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
        self.count, _estimated = estimated_count(queryset)
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
