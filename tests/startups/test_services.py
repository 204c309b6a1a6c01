"""Hiding a listing's concept: the stored list, the re-scoring mark of a published listing, and the field
error for a code the vocabulary does not have."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from matching.models import RescoreRequest
from startups.models import SolutionListing
from startups.services import hide_concept, show_concept, update_listing
from tests.factories import SolutionListingFactory

pytestmark = pytest.mark.django_db


def _marked(listing: SolutionListing) -> bool:
    return RescoreRequest.objects.filter(kind="startup", object_id=listing.startup_id).exists()


def test_hiding_a_concept_stores_it_once_and_marks_the_startup_for_rescoring(startup):
    listing = SolutionListingFactory(startup=startup)
    hide_concept(listing=listing, code="food-waste")
    hide_concept(listing=listing, code="rfid-qr-tagging")
    hide_concept(listing=listing, code="food-waste")
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == ["food-waste", "rfid-qr-tagging"]
    assert _marked(listing)

    RescoreRequest.objects.all().delete()
    show_concept(listing=listing, code="food-waste")
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == ["rfid-qr-tagging"]
    assert listing.hidden_concepts == ["rfid-qr-tagging"]
    assert _marked(listing)


def test_a_change_that_changes_nothing_marks_nothing(startup):
    listing = SolutionListingFactory(startup=startup, hidden_concepts=["food-waste"])
    hide_concept(listing=listing, code="food-waste")
    show_concept(listing=listing, code="pay-as-you-throw")
    assert not _marked(listing)


def test_a_draft_is_not_rescored(startup):
    draft = SolutionListingFactory(startup=startup, status="draft", published_at=None)
    hide_concept(listing=draft, code="food-waste")
    assert SolutionListing.objects.get(pk=draft.pk).hidden_concepts == ["food-waste"]
    assert not _marked(draft)


def test_the_stored_list_is_read_again_so_a_stale_copy_loses_nothing(startup):
    listing = SolutionListingFactory(startup=startup)
    stale = SolutionListing.objects.get(pk=listing.pk)
    hide_concept(listing=listing, code="food-waste")
    hide_concept(listing=stale, code="rfid-qr-tagging")
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == ["food-waste", "rfid-qr-tagging"]


@pytest.mark.parametrize("change", [hide_concept, show_concept])
def test_an_unknown_concept_is_a_field_error(change, startup):
    listing = SolutionListingFactory(startup=startup)
    with pytest.raises(ValidationError) as excinfo:
        change(listing=listing, code="no-such-concept")
    assert excinfo.value.message_dict == {"hidden_concepts": ["Unknown concept: no-such-concept."]}
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == []
    assert not _marked(listing)


def test_a_listing_edit_sets_the_whole_list(startup):
    listing = SolutionListingFactory(startup=startup)
    update_listing(listing=listing, fields={"hidden_concepts": ["food-waste", "pay-as-you-throw"]})
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == ["food-waste", "pay-as-you-throw"]
    assert _marked(listing)
