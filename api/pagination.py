from rest_framework.pagination import CursorPagination, PageNumberPagination


class PagePagination(PageNumberPagination):
    """`?page=2&page_size=50`; at most 100 per page."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class WholeListCursorPagination(CursorPagination):
    """`?cursor=`: pages of a list too long to count (staff's list of every stored match: hundreds of
    thousands of rows), in id order read from the primary key. No `count`: `next` is there while rows
    remain. Each page costs the same, however deep."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    ordering = "id"
