import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction

from core.models import MembershipStatus
from startups.models import SolutionListing, Startup
from tests.factories import SolutionListingFactory, StartupFactory


@pytest.mark.django_db
def test_startup_names_are_unique_per_country():
    StartupFactory(name="AquaSense", country="KR")
    StartupFactory(name="AquaSense", country="CL")
    with pytest.raises(IntegrityError), transaction.atomic():
        StartupFactory(name="AquaSense", country="KR")


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value"), [("founded_year", 1850), ("team_size", 0)])
def test_startup_ranges_are_enforced_by_the_database(field, value):
    startup = StartupFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Startup.objects.filter(pk=startup.pk).update(**{field: value})


@pytest.mark.django_db
def test_a_founding_year_in_the_future_is_a_field_error():
    from django.core.exceptions import ValidationError

    startup = StartupFactory.build(founded_year=2099)
    with pytest.raises(ValidationError) as excinfo:
        startup.full_clean()
    assert "founded_year" in excinfo.value.message_dict


@pytest.mark.django_db
def test_only_published_listings_of_approved_startups_are_public(startup, pending_startup):
    published = SolutionListingFactory(startup=startup)
    draft = SolutionListingFactory(startup=startup, status="draft", published_at=None)
    of_pending = SolutionListingFactory(startup=pending_startup)
    visible = set(SolutionListing.objects.visible_to(AnonymousUser()))
    assert visible == {published}
    assert draft not in visible and of_pending not in visible


@pytest.mark.django_db
def test_a_member_sees_its_own_drafts_but_not_others(startup, startup_member):
    own_draft = SolutionListingFactory(startup=startup, status="draft", published_at=None)
    other_draft = SolutionListingFactory(status="draft", published_at=None)
    visible = set(SolutionListing.objects.visible_to(startup_member))
    assert own_draft in visible and other_draft not in visible
    assert set(SolutionListing.objects.editable_by(startup_member)) == {own_draft}


@pytest.mark.django_db
def test_published_listing_needs_a_publication_date(startup):
    listing = SolutionListingFactory(startup=startup, status="draft", published_at=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        SolutionListing.objects.filter(pk=listing.pk).update(status="published")
    listing.publish()
    assert listing.published_at is not None and listing.is_published


@pytest.mark.django_db
def test_founders_prepare_a_pending_startup_correct_a_rejected_one_but_not_a_suspended_one(pending_startup):
    from accounts.models import Role
    from tests.factories import ProfileFactory

    founder = ProfileFactory(role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None).user
    assert list(Startup.objects.editable_by(founder)) == [pending_startup]
    Startup.objects.filter(pk=pending_startup.pk).update(membership_status=MembershipStatus.REJECTED)
    assert list(Startup.objects.editable_by(founder)) == [pending_startup]  # to correct it and apply again
    for ended in (MembershipStatus.SUSPENDED, MembershipStatus.REMOVED):
        Startup.objects.filter(pk=pending_startup.pk).update(membership_status=ended)
        assert not Startup.objects.editable_by(founder).exists()
