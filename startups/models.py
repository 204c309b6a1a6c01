"""Startups, the solution listings they publish, and where those solutions already run."""

from __future__ import annotations

from datetime import timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.db.models.signals import post_delete
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import geo, reference
from core.images import LogoPath, delete_files_on_commit, validate_logo
from core.models import MembershipStatus
from core.querysets import MemberQuerySet, is_secretariat, profile_of
from core.text_language import TextLanguageMixin, text_language_field
from core.validators import validate_country_code


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


SEARCH_FIELDS = ("title", "summary", "description", "startup__name")
MAX_SEARCH_WORDS = 8


def search_variants(word: str) -> list[str]:
    """The word itself, plus every language's terms of the multilingual concepts the word names, so that
    "landslide" also finds "deslizamientos" and "산사태" (see matching.engine.concepts)."""
    from matching.engine.concepts import default_vocabulary

    vocabulary = default_vocabulary()
    variants = {word.casefold(): word}
    for code in vocabulary.concepts_in(word):
        for terms in vocabulary.concept(code).terms.values():
            for term in terms:
                variants.setdefault(term.casefold(), term)
    return list(variants.values())


class SolutionListingQuerySet(models.QuerySet):
    def search(self, query: str):
        """Listings in which every word of ``query`` appears (case-insensitive) in the title, summary,
        description or startup name, in any language: a word that names a concept of the multilingual
        vocabulary also matches that concept's terms in the other languages."""
        listings = self
        for word in query.split()[:MAX_SEARCH_WORDS]:
            variants = search_variants(word)
            listings = listings.filter(
                reduce(or_, (Q(**{f"{field}__icontains": v}) for v in variants for field in SEARCH_FIELDS))
            )
        return listings

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

    objects = SolutionListingQuerySet.as_manager()

    text_fields = ("title", "summary", "description")

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"]),
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


def maturity_level(code: str) -> int:
    """The engine's maturity level of a listing's maturity code (pilot for an unknown one)."""
    values = Maturity.values
    return values.index(code) if code in values else values.index(Maturity.PILOT)
