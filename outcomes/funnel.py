"""The secretariat's funnel: matches shown → introductions requested → accepted → meetings → pilots →
contracts, in total, by the city's region, and domestic vs overseas (the city's country against the
startup's). Read in three grouped queries whatever the size.

What each stage counts:
- matches shown: the stored matches of the current run between approved members (every stored match is
  shown on a dashboard: the city's list and the startup's);
- introductions requested: every introduction, whatever became of it; accepted: those accepted;
- meetings / pilots / contracts: accepted introductions for which at least one side recorded that outcome
  or a further one (a pilot counts as a meeting too, a contract as a pilot and a meeting); "no follow-up"
  and "other" count in none of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q
from django.utils.translation import gettext_lazy as _

from core.models import Region
from introductions.models import Introduction, IntroductionStatus
from matching.models import Match
from outcomes.models import REACHED

STAGES = (
    ("matches", _("Matches shown")),
    ("requested", _("Introductions requested")),
    ("accepted", _("Accepted")),
    ("meetings", _("Meetings held")),
    ("pilots", _("Pilots")),
    ("contracts", _("Contracts")),
)


@dataclass
class FunnelStage:
    key: str
    label: object
    total: int = 0  # domestic + overseas
    domestic: int = 0
    overseas: int = 0

    # the bar chart's two series (includes/bar_chart.html)
    @property
    def value(self) -> int:
        return self.domestic

    @property
    def second(self) -> int:
        return self.overseas


@dataclass
class Funnel:
    region: str = ""  # the region it is limited to, "" for all
    stages: list[FunnelStage] = field(default_factory=list)
    by_region: list[tuple[Region, dict[str, int]]] = field(default_factory=list)

    @property
    def maximum(self) -> int:
        return max([max(stage.domestic, stage.overseas) for stage in self.stages] + [0])

    def as_dict(self) -> dict:
        return {
            "region": self.region or None,
            "stages": [
                {
                    "stage": s.key,
                    "label": str(s.label),
                    "total": s.total,
                    "domestic": s.domestic,
                    "overseas": s.overseas,
                }
                for s in self.stages
            ],
            "by_region": [
                {"region": region.code, "name": region.name, **counts} for region, counts in self.by_region
            ],
        }


# True when the city's country differs from the startup's (as Match.overseas is stored).
OVERSEAS = ExpressionWrapper(~Q(city__country=F("startup__country")), output_field=BooleanField())


def secretariat_funnel(*, region: str = "") -> Funnel:
    """The funnel, for every region or for one (a region code)."""
    matches = Match.objects.current().between_approved()
    introductions = Introduction.objects.all()
    if region:
        matches = matches.filter(city__region__code=region)
        introductions = introductions.filter(city__region__code=region)
    # counts[(region code, overseas)][stage]
    counts: dict[tuple[str, bool], dict[str, int]] = {}

    def add(region_code: str, overseas: bool, stage: str, n: int) -> None:
        counts.setdefault((region_code, overseas), {})[stage] = n

    for row in (
        matches.values(code=F("city__region__code"), abroad=F("overseas")).annotate(n=Count("id")).order_by()
    ):
        add(row["code"], row["abroad"], "matches", row["n"])

    accepted = Q(status=IntroductionStatus.ACCEPTED)
    reached = {
        stage: Count("id", filter=accepted & Q(outcomes__outcome__in=values), distinct=True)
        for stage, values in REACHED.items()
    }
    rows = (
        introductions.annotate(abroad=OVERSEAS)
        .values("abroad", code=F("city__region__code"))
        .annotate(
            requested=Count("id", distinct=True),
            accepted=Count("id", filter=accepted, distinct=True),
            **reached,
        )
        .order_by()
    )
    for row in rows:
        for stage in ("requested", "accepted", *REACHED):
            add(row["code"], row["abroad"], stage, row[stage])

    funnel = Funnel(region=region)
    for key, label in STAGES:
        domestic = sum(stages.get(key, 0) for (_code, abroad), stages in counts.items() if not abroad)
        overseas = sum(stages.get(key, 0) for (_code, abroad), stages in counts.items() if abroad)
        funnel.stages.append(FunnelStage(key, label, domestic + overseas, domestic, overseas))
    regions = Region.objects.filter(code=region) if region else Region.objects.all()
    for each in regions:
        totals = {key: 0 for key, _label in STAGES}
        for (code, _abroad), stages in counts.items():
            if code == each.code:
                for key, n in stages.items():
                    totals[key] += n
        funnel.by_region.append((each, totals))
    return funnel
