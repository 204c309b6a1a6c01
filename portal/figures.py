"""The secretariat dashboard's figures: membership, listings and introductions, read across the apps in a
fixed, small number of queries. The two that read the largest tables are kept cheap: the listings per sector
are cached under the catalogue's version (any write that changes what they count moves it), and the number
of stored matches (hundreds of thousands at full size) is PostgreSQL's estimate past
core.counting.EXACT_COUNT_BELOW rows, shown with "≈"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from accounts.models import MembershipApplication
from cities.models import MemberCity
from core import geo
from core.counting import estimated_count
from core.models import MembershipStatus, Region, Sector
from introductions.models import Introduction, IntroductionStatus
from matching.models import Match, MatchRun, RunStatus
from startups.models import ListingStatus, SolutionListing, Startup, catalogue_version

SECTOR_COUNTS_SECONDS = 300


@dataclass
class Bar:
    label: object  # a name to translate, a choice label or a month's first day
    value: int
    second: int = 0  # a second series on the same row (startups next to cities)
    key: str = ""


@dataclass
class Figures:
    cities: int = 0
    startups: int = 0
    listings: int = 0
    pending_applications: int = 0
    decided_last_30_days: int = 0
    members_by_region: list[Bar] = field(default_factory=list)
    listings_by_sector: list[Bar] = field(default_factory=list)
    introductions_by_status: list[Bar] = field(default_factory=list)
    introductions_by_month: list[Bar] = field(default_factory=list)
    introductions_total: int = 0
    introductions_accepted: int = 0
    run: MatchRun | None = None
    matches: int = 0
    matches_estimated: bool = False

    @property
    def region_max(self) -> int:
        return max(
            [bar.value for bar in self.members_by_region] + [b.second for b in self.members_by_region] + [0]
        )

    @property
    def sector_max(self) -> int:
        return max([bar.value for bar in self.listings_by_sector] + [0])

    @property
    def month_max(self) -> int:
        return max([bar.value for bar in self.introductions_by_month] + [0])

    @property
    def acceptance_rate(self) -> int | None:
        answered = sum(
            bar.value for bar in self.introductions_by_status if bar.key in {"accepted", "declined"}
        )
        return round(100 * self.introductions_accepted / answered) if answered else None


def _last_months(count: int) -> list:
    """The first day of each of the last `count` months, oldest first (this month included)."""
    month = timezone.now().date().replace(day=1)
    months = [month]
    for _ in range(count - 1):
        month = (month - timedelta(days=1)).replace(day=1)
        months.append(month)
    return list(reversed(months))


def _listings_by_sector() -> list[tuple[str, int]]:
    """(sector name, published listings in it), cached under the catalogue's version."""
    key = f"secretariat:listings-by-sector:{catalogue_version()[0]}"
    rows = cache.get(key)
    if rows is None:
        sectors = Sector.objects.annotate(
            n=Count(
                "listings",
                filter=Q(
                    listings__status=ListingStatus.PUBLISHED,
                    listings__startup__membership_status=MembershipStatus.APPROVED,
                ),
            )
        )
        rows = [(sector.name, sector.n) for sector in sectors]
        cache.set(key, rows, SECTOR_COUNTS_SECONDS)
    return rows


def secretariat_figures() -> Figures:
    figures = Figures()
    figures.cities = MemberCity.objects.approved().count()
    figures.listings = SolutionListing.objects.published().count()
    figures.pending_applications = MembershipApplication.objects.pending().count()
    figures.decided_last_30_days = MembershipApplication.objects.filter(
        reviewed_at__gte=timezone.now() - timedelta(days=30)
    ).count()

    # Members by region: cities carry their region; a startup's region is its home country's.
    startups_by_region: dict[str, int] = {}
    for row in Startup.objects.approved().values("country").annotate(n=Count("id")).order_by():
        code = geo.region_for_country(row["country"])
        startups_by_region[code] = startups_by_region.get(code, 0) + row["n"]
    figures.startups = sum(startups_by_region.values())
    regions = Region.objects.annotate(
        n=Count("cities", filter=Q(cities__membership_status=MembershipStatus.APPROVED))
    )
    figures.members_by_region = [Bar(r.name, r.n, startups_by_region.get(r.code, 0)) for r in regions]

    figures.listings_by_sector = sorted(
        (Bar(name, n) for name, n in _listings_by_sector()), key=lambda bar: bar.value, reverse=True
    )

    by_status = dict(Introduction.objects.values_list("status").annotate(n=Count("id")).order_by())
    figures.introductions_by_status = [
        Bar(status.label, by_status.get(status.value, 0), key=status.value) for status in IntroductionStatus
    ]
    figures.introductions_total = sum(by_status.values())
    figures.introductions_accepted = by_status.get(IntroductionStatus.ACCEPTED, 0)

    months = _last_months(6)
    per_month = {
        row["month"].date() if hasattr(row["month"], "date") else row["month"]: row["n"]
        for row in Introduction.objects.filter(created_at__date__gte=months[0])
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("id"))
        .order_by()
    }
    figures.introductions_by_month = [Bar(month, per_month.get(month, 0)) for month in months]

    # the fitted text index (megabytes) stays in the database
    figures.run = MatchRun.objects.filter(status=RunStatus.CURRENT).defer("text_index").first()
    if figures.run:
        figures.matches, figures.matches_estimated = estimated_count(Match.objects.current())
    return figures
