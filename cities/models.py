"""Member cities and the challenges they publish."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import geo
from core.images import LogoPath, delete_files_on_commit, validate_logo
from core.models import MembershipStatus
from core.querysets import MemberQuerySet, is_secretariat, profile_of
from core.text_language import TextLanguageMixin, text_language_field
from core.validators import validate_country_code


class MemberCityQuerySet(MemberQuerySet):
    member_field = "city"

    def in_region(self, code: str):
        return self.filter(region__code=code)


class MemberCity(TextLanguageMixin, models.Model):
    name = models.CharField(max_length=120)
    country = models.CharField(max_length=2, validators=[validate_country_code], db_index=True)
    region = models.ForeignKey("core.Region", on_delete=models.PROTECT, related_name="cities")
    population = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(100_000_000)]
    )
    languages = models.ManyToManyField("core.Language", related_name="cities", blank=True)
    priority_sectors = models.ManyToManyField("core.Sector", related_name="priority_of_cities", blank=True)
    profile = models.TextField(_("profile"), max_length=4000, blank=True)
    profile_language = text_language_field()
    membership_status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.PENDING, db_index=True
    )
    joined_on = models.DateField(null=True, blank=True)
    geonameid = models.PositiveIntegerField(null=True, blank=True, unique=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    website = models.URLField(blank=True)
    logo = models.ImageField(upload_to=LogoPath("logos/cities"), blank=True, validators=[validate_logo])
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MemberCityQuerySet.as_manager()

    language_field = "profile_language"
    text_fields = ("profile",)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "member cities"
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="city_unique_name_per_country"),
            models.CheckConstraint(condition=Q(population__gte=1), name="city_population_positive"),
            models.CheckConstraint(
                condition=Q(membership_status__in=MembershipStatus.values), name="city_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(membership_status=MembershipStatus.APPROVED) | Q(joined_on__isnull=False),
                name="city_approved_has_joined_on",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.country})"

    @property
    def country_name(self) -> str:
        return geo.country_name(self.country)

    @property
    def is_public(self) -> bool:
        return self.membership_status == MembershipStatus.APPROVED


# The logo's file leaves the storage when the city is deleted, however it goes (the admin, a cascade).
post_delete.connect(delete_files_on_commit, sender=MemberCity, dispatch_uid="membercity-files")


class ChallengeStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class CityChallengeQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ChallengeStatus.OPEN)

    def of_approved_cities(self):
        return self.filter(city__membership_status=MembershipStatus.APPROVED)

    def visible_to(self, user):
        if is_secretariat(user):
            return self
        profile = profile_of(user)
        if profile and profile.city_id:
            return self.filter(
                Q(city__membership_status=MembershipStatus.APPROVED) | Q(city_id=profile.city_id)
            )
        return self.of_approved_cities()

    def editable_by(self, user):
        return self.filter(city__in=MemberCity.objects.editable_by(user))


class CityChallenge(TextLanguageMixin, models.Model):
    city = models.ForeignKey(MemberCity, on_delete=models.CASCADE, related_name="challenges")
    title = models.CharField(max_length=160)
    description = models.TextField(max_length=6000)
    language = text_language_field()
    sectors = models.ManyToManyField("core.Sector", related_name="challenges", blank=True)
    status = models.CharField(max_length=10, choices=ChallengeStatus.choices, default=ChallengeStatus.OPEN)
    deadline = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = CityChallengeQuerySet.as_manager()

    text_fields = ("title", "description")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["city", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ChallengeStatus.values), name="challenge_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(status=ChallengeStatus.OPEN, closed_at__isnull=True)
                | Q(status=ChallengeStatus.CLOSED, closed_at__isnull=False),
                name="challenge_closed_at_matches_status",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == ChallengeStatus.OPEN

    def close(self) -> None:
        self.status = ChallengeStatus.CLOSED
        self.closed_at = timezone.now()
        self.save(update_fields=["status", "closed_at", "updated_at"])

    def reopen(self) -> None:
        self.status = ChallengeStatus.OPEN
        self.closed_at = None
        self.save(update_fields=["status", "closed_at", "updated_at"])
