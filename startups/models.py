"""Startups, the solution listings they publish, and where those solutions already run."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections, models, transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.db.models.signals import post_delete
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import geo, reference, search, search_index
from core.images import LogoPath, delete_files_on_commit, validate_logo
from core.models import MembershipStatus
from core.querysets import MemberQuerySet, is_secretariat, profile_of
from core.text_language import TextLanguageMixin, text_language_field
from core.validators import validate_country_code

CATALOGUE_VERSION_KEY = "catalogue:version"
CATALOGUE_TEXT_VERSION_KEY = "catalogue:text-version"
# What the catalogue's filters and counts read of a listing and of a startup (a change of any other field,
# the text, moves the text version only: searches read it).
LISTING_COUNTED_FIELDS = frozenset({"status", "maturity", "published_at", "startup"})
STARTUP_COUNTED_FIELDS = frozenset({"membership_status", "country"})


def catalogue_version(*, text: bool = False) -> tuple[int, ...]:
    """Numbers that move on writes of listings and startups: cached catalogue figures are kept under them.
    The first moves when what the filters count changes (publication, maturity, sectors, languages, a
    startup's membership or country); with `text`, the second too, which moves on any write (a search's
    counts depend on the words)."""
    keys = [CATALOGUE_VERSION_KEY, CATALOGUE_TEXT_VERSION_KEY] if text else [CATALOGUE_VERSION_KEY]
    found = cache.get_many(keys)
    missing = {key: 1 for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
    return tuple({**missing, **found}[key] for key in keys)


def catalogue_changed(*, counted: bool = True) -> None:
    """Move the catalogue's versions (the text version always; the counted one when `counted`) now, for
    this transaction's own later reads, and again once the writing transaction commits (figures another
    request cached in between, from before the commit, are dropped)."""
    keys = [CATALOGUE_TEXT_VERSION_KEY, *([CATALOGUE_VERSION_KEY] if counted else [])]

    def bump() -> None:
        for key in keys:
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 2, timeout=None)

    bump()
    transaction.on_commit(bump)


def _counted(update_fields, fields: frozenset[str]) -> bool:
    return update_fields is None or bool(fields & set(update_fields))


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PILOT = "pilot", _("Pilot")
    GROWTH = "growth", _("Growth")
    SCALE = "scale", _("Scale")


def stale_cutoff(now=None):
    """Profiles last edited at or before this moment are stale (settings.PROFILE_STALE_AFTER_DAYS)."""
    return (now or timezone.now()) - timedelta(days=settings.PROFILE_STALE_AFTER_DAYS)


class StartupQuerySet(MemberQuerySet):
    member_field = "startup"

    def with_last_update(self):
        """Annotate `last_update`: the latest edit of the startup's profile or of one of its published
        listings (what a reader of its pages sees)."""
        latest_listing = (
            SolutionListing.objects.filter(startup=OuterRef("pk"), status=ListingStatus.PUBLISHED)
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        return self.annotate(
            last_update=Greatest("updated_at", Coalesce(Subquery(latest_listing), "updated_at"))
        )

    def stale(self, *, now=None):
        """Approved startups whose profile and published listings were all last edited
        PROFILE_STALE_AFTER_DAYS ago or more, oldest first."""
        return (
            self.approved()
            .with_last_update()
            .filter(last_update__lte=stale_cutoff(now))
            .order_by("last_update", "pk")
        )

    def due_stale_reminder(self, *, now=None):
        """Stale startups not reminded since their last edit, or reminded a full staleness period ago."""
        now = now or timezone.now()
        return self.stale(now=now).filter(
            Q(stale_reminded_at__isnull=True)
            | Q(stale_reminded_at__lt=F("last_update"))
            | Q(stale_reminded_at__lte=stale_cutoff(now))
        )

    def ranked_lower(self, *, now=None):
        """Stale startups reminded at least PROFILE_STALE_GRACE_DAYS ago and not edited since: their pair
        scores are multiplied by MATCHING["STALE_FACTOR"] (matching.inputs.freshness)."""
        now = now or timezone.now()
        grace = now - timedelta(days=settings.PROFILE_STALE_GRACE_DAYS)
        return self.stale(now=now).filter(
            stale_reminded_at__gte=F("last_update"), stale_reminded_at__lte=grace
        )


class Startup(TextLanguageMixin, models.Model):
    name = models.CharField(max_length=120)
    country = models.CharField(max_length=2, validators=[validate_country_code], db_index=True)
    founded_year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    stage = models.CharField(max_length=10, choices=Stage.choices, default=Stage.PILOT)
    team_size = models.PositiveIntegerField(validators=[MinValueValidator(1), MaxValueValidator(100_000)])
    website = models.URLField(blank=True)
    contact_email = models.EmailField(blank=True)
    description = models.TextField(max_length=4000, blank=True)
    description_language = text_language_field()
    logo = models.ImageField(upload_to=LogoPath("logos/startups"), blank=True, validators=[validate_logo])
    sectors = models.ManyToManyField("core.Sector", related_name="startups", blank=True)
    languages = models.ManyToManyField("core.Language", related_name="startups", blank=True)
    target_regions = models.ManyToManyField("core.Region", related_name="startups", blank=True)
    membership_status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.PENDING, db_index=True
    )
    joined_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # when its members were last reminded that the profile is stale (written with .update(), so the
    # reminder itself does not count as an edit)
    stale_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = StartupQuerySet.as_manager()

    language_field = "description_language"
    text_fields = ("description",)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="startup_unique_name_per_country"),
            models.CheckConstraint(
                condition=Q(founded_year__gte=1900, founded_year__lte=2100), name="startup_founded_year_range"
            ),
            models.CheckConstraint(condition=Q(team_size__gte=1), name="startup_team_size_positive"),
            models.CheckConstraint(
                condition=Q(membership_status__in=MembershipStatus.values), name="startup_status_valid"
            ),
            models.CheckConstraint(condition=Q(stage__in=Stage.values), name="startup_stage_valid"),
            models.CheckConstraint(
                condition=~Q(membership_status=MembershipStatus.APPROVED) | Q(joined_on__isnull=False),
                name="startup_approved_has_joined_on",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        catalogue_changed(counted=_counted(update_fields, STARTUP_COUNTED_FIELDS))
        if update_fields is None or "name" in update_fields:
            # the listings' search index holds the startup's name
            self.listings.all().refresh_search_index()

    @property
    def country_name(self) -> str:
        return geo.country_name(self.country)

    @property
    def is_public(self) -> bool:
        return self.membership_status == MembershipStatus.APPROVED

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        super().clean()
        if self.founded_year and self.founded_year > timezone.now().year:
            raise ValidationError({"founded_year": _("The founding year cannot be in the future.")})


# In order of readiness, from core.reference (the engine's maturity level is a value's position).
Maturity = models.TextChoices(
    "Maturity", [(code.upper(), (code, _(label))) for code, label in reference.MATURITIES]
)


# The logo's file leaves the storage when the startup is deleted, however it goes (the admin, a cascade).
post_delete.connect(delete_files_on_commit, sender=Startup, dispatch_uid="startup-files")


class PricingModel(models.TextChoices):
    SUBSCRIPTION = "subscription", _("Subscription (SaaS)")
    LICENCE = "licence", _("Licence")
    PER_UNIT = "per-unit", _("Per unit / device")
    REVENUE_SHARE = "revenue-share", _("Revenue share")
    FREE_PILOT = "free-pilot", _("Free pilot, then contract")
    CUSTOM = "custom", _("Custom quote")


class ListingStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


# What a listing's search index is built from (core.search): a save that changes none of them leaves
# the index as it is.
INDEXED_FIELDS = frozenset({"title", "summary", "description", "language", "hidden_concepts", "startup"})


class SolutionListingQuerySet(models.QuerySet):
    def search(self, query: str | search.ParsedQuery, *, snippets: bool = False, typos: bool = False):
        """Listings that match the search in their title, summary, description, startup name, sectors or the
        concepts of the multilingual vocabulary their text names (so that a query in one language finds
        listings written in another), best first: see core.search."""
        if isinstance(query, search.ParsedQuery):
            parsed = query
        else:  # a long query finds listings with two of its words when there are any
            parsed = search.narrow(search.parse_query(query), self)
        return search.ranked(self, parsed, snippets=snippets, typos=typos)

    def refresh_search_index(self) -> int:
        """Rebuild the search index rows of these listings (after a write the model's save cannot see: a
        startup's new name, new sectors, a bulk insert)."""
        return search_index.write_index(
            self.order_by().values_list("pk", flat=True), using=connections[self.db]
        )

    def published(self):
        """Public: published listings of approved startups."""
        return self.filter(
            status=ListingStatus.PUBLISHED, startup__membership_status=MembershipStatus.APPROVED
        )

    def in_sectors(self, codes: list[str]):
        return self.filter(sectors__code__in=codes).distinct()

    def with_startup(self):
        return self.select_related("startup")

    def visible_to(self, user):
        if is_secretariat(user):
            return self
        profile = profile_of(user)
        if profile and profile.startup_id:
            return self.filter(
                Q(status=ListingStatus.PUBLISHED, startup__membership_status=MembershipStatus.APPROVED)
                | Q(startup_id=profile.startup_id)
            )
        return self.published()

    def editable_by(self, user):
        return self.filter(startup__in=Startup.objects.editable_by(user))

    def stale(self, *, now=None):
        """Published listings of approved startups last edited PROFILE_STALE_AFTER_DAYS ago or more."""
        return self.published().filter(updated_at__lte=stale_cutoff(now)).order_by("updated_at", "pk")


class SolutionListingManager(models.Manager.from_queryset(SolutionListingQuerySet)):
    def get_queryset(self) -> SolutionListingQuerySet:
        # the search index is read by the database only: never carried into Python
        return super().get_queryset().defer("search_vector")


class SolutionListing(TextLanguageMixin, models.Model):
    startup = models.ForeignKey(Startup, on_delete=models.CASCADE, related_name="listings")
    title = models.CharField(max_length=160)
    summary = models.CharField(max_length=300)
    description = models.TextField(max_length=8000)
    language = text_language_field()
    sectors = models.ManyToManyField("core.Sector", related_name="listings", blank=True)
    maturity = models.CharField(max_length=10, choices=Maturity.choices, default=Maturity.PILOT)
    pricing_model = models.CharField(max_length=20, choices=PricingModel.choices, default=PricingModel.CUSTOM)
    languages_supported = models.ManyToManyField("core.Language", related_name="listings", blank=True)
    status = models.CharField(max_length=10, choices=ListingStatus.choices, default=ListingStatus.DRAFT)
    # concept codes the startup hid as a wrong reading of its text: not shown on its page nor named in
    # reasons (checked against the vocabulary by the services that set them; a code the vocabulary dropped
    # later is ignored)
    hidden_concepts = models.JSONField(default=list, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The full-text index on PostgreSQL (core.search_index.write_index keeps it; on SQLite the FTS5 table).
    # Its GIN index and the titles' trigram index are created by migration 0007 on PostgreSQL only.
    search_vector = SearchVectorField(null=True, blank=True, editable=False)

    objects = SolutionListingManager()

    text_fields = ("title", "summary", "description")

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            # the newest first, as every list without a search shows them (staff see drafts too)
            models.Index(fields=["-published_at", "-id"], name="listing_newest"),
            models.Index(fields=["startup", "status"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ListingStatus.values), name="listing_status_valid"),
            models.CheckConstraint(condition=Q(maturity__in=Maturity.values), name="listing_maturity_valid"),
            models.CheckConstraint(
                condition=Q(pricing_model__in=PricingModel.values), name="listing_pricing_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=ListingStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="listing_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        catalogue_changed(counted=_counted(update_fields, LISTING_COUNTED_FIELDS))
        if update_fields is None or INDEXED_FIELDS & set(update_fields):
            search_index.write_index(
                [self.pk], using=connections[kwargs.get("using") or self._state.db or "default"]
            )

    @property
    def is_published(self) -> bool:
        return self.status == ListingStatus.PUBLISHED

    def publish(self) -> None:
        self.status = ListingStatus.PUBLISHED
        self.published_at = self.published_at or timezone.now()
        self.save(update_fields=["status", "published_at", "updated_at"])

    def unpublish(self) -> None:
        self.status = ListingStatus.DRAFT
        self.save(update_fields=["status", "updated_at"])


class ReferenceDeploymentQuerySet(models.QuerySet):
    def published(self):
        """Deployments of published listings of approved startups: the ones the matching reads."""
        return self.filter(
            listing__status=ListingStatus.PUBLISHED,
            listing__startup__membership_status=MembershipStatus.APPROVED,
        )

    def in_member_cities(self):
        """Deployments in approved member cities: those cities are the startup's clients, not
        recommendations."""
        return self.filter(member_city__membership_status=MembershipStatus.APPROVED)


class ReferenceDeployment(models.Model):
    """A city where the solution runs, whether or not it is a member. Population and country are kept so the
    matching can weigh proof from a city of the same region or a similar size."""

    listing = models.ForeignKey(SolutionListing, on_delete=models.CASCADE, related_name="deployments")
    city_name = models.CharField(max_length=120)
    country = models.CharField(max_length=2, validators=[validate_country_code])
    population = models.PositiveIntegerField(null=True, blank=True)
    member_city = models.ForeignKey(
        "cities.MemberCity", null=True, blank=True, on_delete=models.SET_NULL, related_name="deployments"
    )
    since_year = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    description = models.CharField(max_length=300, blank=True)

    objects = ReferenceDeploymentQuerySet.as_manager()

    class Meta:
        ordering = ["city_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["listing", "city_name", "country"], name="deployment_unique_city"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.city_name} ({self.country})"

    def save(self, *args, **kwargs) -> None:
        self.link_member_city()
        super().save(*args, **kwargs)

    def link_member_city(self) -> None:
        """A deployment in a member city points at it (by the city's geonames id, so "성남시" finds the member
        "Seongnam"), which makes the startup that city's existing client rather than a recommendation."""
        if self.member_city_id is not None:
            return
        member_cities = self._meta.get_field("member_city").related_model
        geonameid = geo.city_geonameid(self.city_name, self.country)
        found = member_cities.objects.filter(country=self.country)
        if geonameid is not None:
            self.member_city = found.filter(geonameid=geonameid).first()
        if self.member_city is None:
            self.member_city = found.filter(name__iexact=self.city_name.strip()).first()

    @property
    def region_code(self) -> str:
        return geo.region_for_country(self.country)


def _listing_sectors_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    """The listings' search index holds their sectors' names; facet counts count them."""
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    catalogue_changed()
    if reverse:  # sector.listings.add(...): pk_set are listings (None on clear: rare, the sector's own)
        if pk_set:
            search_index.write_index(pk_set)
    else:
        search_index.write_index([instance.pk])


models.signals.m2m_changed.connect(_listing_sectors_changed, sender=SolutionListing.sectors.through)


def maturity_level(code: str) -> int:
    """The engine's maturity level of a listing's maturity code (pilot for an unknown one)."""
    values = Maturity.values
    return values.index(code) if code in values else values.index(Maturity.PILOT)


models.signals.m2m_changed.connect(
    lambda action, **kwargs: catalogue_changed() if action.startswith("post_") else None,
    sender=SolutionListing.languages_supported.through,
    weak=False,
)
