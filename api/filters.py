"""Filters of the list endpoints (django-filter). Invalid values (an unknown sector, a country that is not
an ISO code) answer 400 with a field message rather than an empty list."""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from django import forms
from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.filters import OrderingFilter

from accounts.models import ApplicationKind, MembershipApplication
from api.serializers.fields import REGION_CODES, SECTOR_CODES, language_codes
from cities.models import ChallengeStatus, CityChallenge, MemberCity
from core import geo
from core.ids import MAX_ID, MIN_ID
from core.models import MembershipStatus
from core.search import (
    MAX_QUERY_CHARS,
    PROBLEM_MESSAGES,
    QueryProblem,
    narrow,
    needs_typo_route,
    parse_query,
)
from introductions.models import Introduction, IntroductionStatus
from matching.models import Match
from startups.models import ListingStatus, Maturity, PricingModel, SolutionListing, Stage, Startup

MAX_SEARCH_TERMS = 8


class StableOrderingFilter(OrderingFilter):
    """`?ordering=` plus the primary key as a tie-breaker, so that pages never repeat or skip a row. A
    view with `search_ranked` keeps the relevance order of a `?search=` unless `ordering` is given."""

    def get_default_ordering(self, view) -> list[str] | None:
        request = getattr(view, "request", None)
        if (
            getattr(view, "search_ranked", False)
            and request
            and request.query_params.get("search", "").strip()
        ):
            return None
        return super().get_default_ordering(view)

    def get_ordering(self, request, queryset, view) -> list[str] | None:
        ordering = super().get_ordering(request, queryset, view)
        if ordering and not {"id", "-id", "pk", "-pk"} & set(ordering):
            ordering = [*ordering, "id"]
        return ordering


@extend_schema_field({"type": "integer", "format": "int64", "minimum": MIN_ID, "maximum": MAX_ID})
class IdFilter(filters.NumberFilter):
    """An object id: an integer within 64 bits (a field error beyond, before the database sees it: SQLite
    cannot bind a larger integer), not a decimal."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("min_value", MIN_ID)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class StrictBooleanField(forms.Field):
    """`true`/`false` (or 1/0); anything else is an error, not "no filter" as with NullBooleanField."""

    default_error_messages = {"invalid": _("Enter true or false.")}
    values = {"true": True, "1": True, "false": False, "0": False}

    def to_python(self, value) -> bool | None:
        if value in (None, ""):
            return None
        try:
            return self.values[str(value).strip().lower()]
        except KeyError as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(filters.Filter):
    field_class = StrictBooleanField


def _choices(codes: list[str]) -> list[tuple[str, str]]:
    return [(code, code) for code in codes]


def search_terms(value: str) -> list[str]:
    return value.split()[:MAX_SEARCH_TERMS]


class SearchField(forms.CharField):
    """A free-text search: at most MAX_QUERY_CHARS characters and at least one letter or digit (a NUL
    character is refused by CharField itself)."""

    def validate(self, value: str) -> None:
        super().validate(value)
        if value and parse_query(value).problem == QueryProblem.NO_WORDS:
            raise forms.ValidationError(PROBLEM_MESSAGES[QueryProblem.NO_WORDS], code="no_words")


class SearchFilter(filters.CharFilter):
    field_class = SearchField


def text_search(queryset: QuerySet, value: str, fields: list[str]) -> QuerySet:
    """Every word must appear in one of `fields` (case-insensitive)."""
    terms = search_terms(value)
    if not terms:
        return queryset
    clauses = [reduce(or_, (Q(**{f"{field}__icontains": term}) for field in fields)) for term in terms]
    return queryset.filter(reduce(and_, clauses))


class SearchFilterSet(filters.FilterSet):
    search = SearchFilter(
        method="filter_search", max_length=MAX_QUERY_CHARS, label=_("Free text: every word must appear.")
    )
    search_fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return text_search(queryset, value, self.search_fields)


class CityFilter(SearchFilterSet):
    country = filters.ChoiceFilter(choices=_choices(geo.country_codes()))
    region = filters.ChoiceFilter(field_name="region__code", choices=_choices(REGION_CODES))
    sector = filters.MultipleChoiceFilter(
        field_name="priority_sectors__code",
        choices=_choices(SECTOR_CODES),
        distinct=True,
        label=_("Priority sector code (repeat for any of several)."),
    )
    language = filters.ChoiceFilter(
        field_name="languages__code", choices=_choices(language_codes()), distinct=True
    )
    membership_status = filters.ChoiceFilter(choices=MembershipStatus.choices)
    search_fields = ["name", "profile"]

    class Meta:
        model = MemberCity
        fields = ["country", "region", "sector", "language", "membership_status"]


class ChallengeFilter(SearchFilterSet):
    city = IdFilter(field_name="city_id")
    country = filters.ChoiceFilter(field_name="city__country", choices=_choices(geo.country_codes()))
    sector = filters.MultipleChoiceFilter(
        field_name="sectors__code", choices=_choices(SECTOR_CODES), distinct=True
    )
    language = filters.ChoiceFilter(choices=_choices(language_codes()))
    status = filters.ChoiceFilter(choices=ChallengeStatus.choices)
    search_fields = ["title", "description"]

    class Meta:
        model = CityChallenge
        fields = ["city", "country", "sector", "language", "status"]


class StartupFilter(SearchFilterSet):
    country = filters.ChoiceFilter(choices=_choices(geo.country_codes()))
    region = filters.ChoiceFilter(
        field_name="target_regions__code",
        choices=_choices(REGION_CODES),
        distinct=True,
        label=_("A region the startup targets."),
    )
    sector = filters.MultipleChoiceFilter(
        field_name="sectors__code", choices=_choices(SECTOR_CODES), distinct=True
    )
    language = filters.ChoiceFilter(
        field_name="languages__code", choices=_choices(language_codes()), distinct=True
    )
    stage = filters.ChoiceFilter(choices=Stage.choices)
    membership_status = filters.ChoiceFilter(choices=MembershipStatus.choices)
    search_fields = ["name", "description"]

    class Meta:
        model = Startup
        fields = ["country", "region", "sector", "language", "stage", "membership_status"]


def _having(queryset: QuerySet, relation: str, values) -> QuerySet:
    """`queryset` narrowed to rows with a related row whose code is among `values`, as a semi-join
    (`id IN (...)`): no DISTINCT over the listing's wide rows, so the newest-first index still serves the
    page."""
    if not values:
        return queryset
    values = [values] if isinstance(values, str) else list(values)
    model = queryset.model
    inner = model.objects.filter(**{f"{relation}__code__in": values}).values("pk")
    return queryset.filter(pk__in=inner)


class ListingFilter(SearchFilterSet):
    startup = IdFilter(field_name="startup_id")
    sector = filters.MultipleChoiceFilter(
        method="filter_sector",
        choices=_choices(SECTOR_CODES),
        label=_("Sector code (repeat for any of several)."),
    )
    country = filters.ChoiceFilter(
        field_name="startup__country",
        choices=_choices(geo.country_codes()),
        label=_("The startup's country."),
    )
    region = filters.ChoiceFilter(
        method="filter_region",
        choices=_choices(REGION_CODES),
        label=_("A region the startup targets."),
    )
    language = filters.ChoiceFilter(
        method="filter_language",
        choices=_choices(language_codes()),
        label=_("A language the solution supports."),
    )
    maturity = filters.ChoiceFilter(choices=Maturity.choices)
    pricing_model = filters.ChoiceFilter(choices=PricingModel.choices)
    status = filters.ChoiceFilter(choices=ListingStatus.choices)
    search = SearchFilter(
        method="filter_search",
        max_length=MAX_QUERY_CHARS,
        label=_(
            "Free text in any language, best matches first: listings with every word above those with some. "
            "At most 6 words and 20 related topics are searched (the response's Search-Query-Cut header "
            "says when a search was cut)."
        ),
    )

    def filter_sector(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return _having(queryset, "sectors", value)

    def filter_region(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return _having(queryset, "startup__target_regions", value)

    def filter_language(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return _having(queryset, "languages_supported", value)

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Ranked full-text search in any language (core.search)."""
        parsed = narrow(parse_query(value), queryset)
        found = queryset.search(parsed, typos=needs_typo_route(queryset, parsed))
        # the page's startups are fetched apart (one query): joined, every ranked listing would carry one
        return found.select_related(None).prefetch_related("startup") if parsed else found

    class Meta:
        model = SolutionListing
        fields = ["startup", "sector", "country", "region", "language", "maturity", "pricing_model", "status"]


class MatchFilter(filters.FilterSet):
    """A city's list comes in the city's rank order, a startup's in the startup's (unless `ordering`)."""

    city = IdFilter(method="filter_city")
    startup = IdFilter(method="filter_startup")
    min_score = filters.NumberFilter(field_name="score", lookup_expr="gte", min_value=0, max_value=100)
    overseas = StrictBooleanFilter(label=_("true: only pairs in different countries; false: same country."))

    class Meta:
        model = Match
        fields = ["city", "startup", "min_score", "overseas"]

    def filter_city(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(city_id=value).order_by(F("city_rank").asc(nulls_last=True), "id")

    def filter_startup(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(startup_id=value).order_by(F("startup_rank").asc(nulls_last=True), "id")


class IntroductionFilter(filters.FilterSet):
    city = IdFilter(field_name="city_id")
    startup = IdFilter(field_name="startup_id")
    status = filters.ChoiceFilter(choices=IntroductionStatus.choices)

    class Meta:
        model = Introduction
        fields = ["city", "startup", "status"]


class ApplicationFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=ApplicationKind.choices)
    status = filters.ChoiceFilter(choices=MembershipStatus.choices)

    class Meta:
        model = MembershipApplication
        fields = ["kind", "status"]
