"""Writes on startups and their listings. Each one marks the startup for re-scoring in its transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.images import guard_logo_upload
from core.services import apply_changes
from matching.engine.concepts import default_vocabulary
from matching.outbox import request_rescore
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing, Startup

# What a startup's members (or staff) may change, in the order the profile form shows it: the page's form
# and the API's serializer take their fields from here.
STARTUP_FIELDS = (
    "name",
    "country",
    "founded_year",
    "stage",
    "team_size",
    "website",
    "contact_email",
    "description",
    "description_language",
    "sectors",
    "languages",
    "target_regions",
    "logo",
)
LISTING_FIELDS = (
    "title",
    "summary",
    "description",
    "language",
    "maturity",
    "pricing_model",
    "status",
    "published_at",
    "sectors",
    "languages_supported",
    "hidden_concepts",
)
DEPLOYMENT_FIELDS = ("city_name", "country", "population", "member_city", "since_year", "description")


class ListingError(Exception):
    """A listing change that is not allowed: publishing before the startup's membership is approved."""


def _check_publishable(listing: SolutionListing) -> None:
    """A pending (or rejected) startup prepares drafts; it publishes once the secretariat approved it."""
    if not listing.startup.is_public:
        raise ListingError(_("You can publish listings once the secretariat has approved your membership."))


def _dated(listing: SolutionListing, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A listing published through an edit gets its publication date in the same save."""
    fields = dict(fields)
    if fields.get("status", listing.status) == ListingStatus.PUBLISHED:
        if not listing.is_published:
            _check_publishable(listing)
        if not listing.published_at:
            fields.setdefault("published_at", timezone.now())
    return fields


def check_listing_sectors(sectors: Iterable | None) -> None:
    """A listing names at least one sector (the catalogue and the matching read them). The one rule of the
    page's form and the API."""
    if not list(sectors or []):
        raise ValidationError({"sectors": [_("Choose at least one sector.")]}, code="required")


def _check_sectors(relations: Mapping[str, Iterable] | None, *, adding: bool) -> None:
    """On creation, and when an edit sets them."""
    relations = relations or {}
    if adding or "sectors" in relations:
        check_listing_sectors(relations.get("sectors"))


def update_startup(
    *, startup: Startup, fields: Mapping[str, Any], relations: Mapping[str, Iterable] | None = None
) -> Startup:
    with transaction.atomic():
        guard_logo_upload(startup, fields)
        changed = apply_changes(startup, allowed=STARTUP_FIELDS, fields=fields, relations=relations)
        if changed and startup.is_public:
            request_rescore(startup)
    return startup


def create_listing(
    *, startup: Startup, fields: Mapping[str, Any], relations: Mapping[str, Iterable] | None = None
) -> SolutionListing:
    """A new listing starts as a draft unless `fields` says published; it names at least one sector."""
    _check_sectors(relations, adding=True)
    with transaction.atomic():
        listing = SolutionListing(startup=startup)
        apply_changes(listing, allowed=LISTING_FIELDS, fields=_dated(listing, fields), relations=relations)
        if listing.is_published:
            request_rescore(startup)
    return listing


def update_listing(
    *, listing: SolutionListing, fields: Mapping[str, Any], relations: Mapping[str, Iterable] | None = None
) -> SolutionListing:
    _check_sectors(relations, adding=False)
    with transaction.atomic():
        was_published = listing.is_published
        changed = apply_changes(
            listing, allowed=LISTING_FIELDS, fields=_dated(listing, fields), relations=relations
        )
        if changed and (was_published or listing.is_published):
            request_rescore(listing.startup)
    return listing


def check_concept_codes(codes: Iterable[str]) -> None:
    """Every code is one of the multilingual concept vocabulary's; else a ValidationError on
    `hidden_concepts` naming the unknown ones."""
    known = set(default_vocabulary().codes)
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValidationError(
            {"hidden_concepts": _("Unknown concept: %(codes)s.") % {"codes": ", ".join(unknown)}},
            code="unknown_concept",
        )


def _set_hidden_concepts(*, listing: SolutionListing, code: str, hidden: bool) -> SolutionListing:
    """Hide or show one concept of the listing, from the stored list read on the locked row (two clicks at
    once keep both)."""
    check_concept_codes([code])
    with transaction.atomic():
        stored = SolutionListing.objects.select_for_update().values_list("hidden_concepts", flat=True)
        listing.hidden_concepts = list(stored.get(pk=listing.pk))
        if hidden:
            codes = (
                listing.hidden_concepts
                if code in listing.hidden_concepts
                else [*listing.hidden_concepts, code]
            )
        else:
            codes = [c for c in listing.hidden_concepts if c != code]
        update_listing(listing=listing, fields={"hidden_concepts": codes})
    return listing


def hide_concept(*, listing: SolutionListing, code: str) -> SolutionListing:
    """The concept `code` is no longer shown on the listing's page nor named in its matches' reasons (a
    wrong reading of its text); its matches are re-scored if it is published."""
    return _set_hidden_concepts(listing=listing, code=code, hidden=True)


def show_concept(*, listing: SolutionListing, code: str) -> SolutionListing:
    """Undo `hide_concept`."""
    return _set_hidden_concepts(listing=listing, code=code, hidden=False)


def publish_listing(*, listing: SolutionListing) -> SolutionListing:
    with transaction.atomic():
        if not listing.is_published:
            _check_publishable(listing)
            listing.publish()
            request_rescore(listing.startup)
    return listing


def unpublish_listing(*, listing: SolutionListing) -> SolutionListing:
    with transaction.atomic():
        if listing.is_published:
            listing.unpublish()
            request_rescore(listing.startup)
    return listing


def delete_listing(*, listing: SolutionListing) -> None:
    with transaction.atomic():
        startup, was_published = listing.startup, listing.is_published
        listing.delete()
        if was_published:
            request_rescore(startup)


def add_deployment(*, listing: SolutionListing, fields: Mapping[str, Any]) -> ReferenceDeployment:
    with transaction.atomic():
        deployment = ReferenceDeployment(listing=listing)
        apply_changes(deployment, allowed=DEPLOYMENT_FIELDS, fields=fields)
        if listing.is_published:
            request_rescore(listing.startup)
    return deployment


def remove_deployment(*, deployment: ReferenceDeployment) -> None:
    with transaction.atomic():
        listing = deployment.listing
        deployment.delete()
        if listing.is_published:
            request_rescore(listing.startup)


def months_since(moment, *, now=None) -> int:
    """Whole months (of 30 days) from `moment` to now."""
    return max(((now or timezone.now()) - moment).days // 30, 0)


def remind_stale_profiles(*, now=None) -> int:
    """Remind each stale startup (Startup.objects.due_stale_reminder) once per period: its members are
    notified (profile_stale) and `stale_reminded_at` is stored, in one transaction per startup. The grace
    period before its matches are ranked lower counts from this reminder. Returns how many were reminded."""
    from notifications.events import notify_stale_profile  # notifications imports startups' models

    now = now or timezone.now()
    reminded = 0
    for startup in Startup.objects.due_stale_reminder(now=now):
        listings = list(SolutionListing.objects.stale(now=now).filter(startup=startup))
        with transaction.atomic():
            # .update(): the reminder is not an edit of the profile (updated_at stays)
            Startup.objects.filter(pk=startup.pk).update(stale_reminded_at=now)
            notify_stale_profile(
                startup=startup, months=months_since(startup.last_update, now=now), stale_listings=listings
            )
        reminded += 1
    return reminded


def confirm_profile_current(*, startup: Startup) -> Startup:
    """The startup's member says its profile and published listings are still current, with nothing to
    change: they count as updated now (no longer stale, no longer ranked lower) and the startup is
    re-scored."""
    now = timezone.now()
    with transaction.atomic():
        Startup.objects.filter(pk=startup.pk).update(updated_at=now)
        SolutionListing.objects.filter(startup=startup, status=ListingStatus.PUBLISHED).update(updated_at=now)
        if startup.is_public:
            request_rescore(startup)
    startup.updated_at = now
    return startup
