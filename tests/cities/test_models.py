import pytest
from django.db import IntegrityError, transaction

from cities.models import CityChallenge, MemberCity
from core.models import MembershipStatus
from tests.factories import CityChallengeFactory, MemberCityFactory


@pytest.mark.django_db
def test_city_names_are_unique_per_country_but_may_repeat_across_countries():
    MemberCityFactory(name="Valencia", country="ES")
    MemberCityFactory(name="Valencia", country="VE")
    with pytest.raises(IntegrityError), transaction.atomic():
        MemberCity.objects.create(
            name="Valencia", country="ES", region_id=MemberCity.objects.first().region_id, population=800_000
        )


@pytest.mark.django_db
def test_population_must_be_positive():
    city = MemberCityFactory(name="Kigali", country="RW")
    with pytest.raises(IntegrityError), transaction.atomic():
        MemberCity.objects.filter(pk=city.pk).update(population=0)


@pytest.mark.django_db
def test_an_approved_city_must_have_a_joining_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        MemberCityFactory(
            name="Quito", country="EC", joined_on=None, membership_status=MembershipStatus.APPROVED
        )


@pytest.mark.django_db
def test_unknown_country_code_fails_validation():
    from django.core.exceptions import ValidationError

    city = MemberCityFactory.build(
        name="Atlantis", country="XX", region=MemberCityFactory(name="Lima", country="PE").region
    )
    with pytest.raises(ValidationError) as excinfo:
        city.full_clean()
    assert "country" in excinfo.value.message_dict


@pytest.mark.django_db
def test_public_sees_only_approved_cities(seoul, seoul_official, outsider, secretariat):
    pending = MemberCityFactory(
        name="Tbilisi", country="GE", membership_status=MembershipStatus.PENDING, joined_on=None
    )
    rejected = MemberCityFactory(
        name="Baku", country="AZ", membership_status=MembershipStatus.REJECTED, joined_on=None
    )
    from django.contrib.auth.models import AnonymousUser

    for user in (AnonymousUser(), outsider, seoul_official):
        visible = set(MemberCity.objects.visible_to(user))
        assert seoul in visible
        assert pending not in visible and rejected not in visible
    assert {seoul, pending, rejected} <= set(MemberCity.objects.visible_to(secretariat))


@pytest.mark.django_db
def test_challenges_of_unapproved_cities_are_not_public(seoul):
    from django.contrib.auth.models import AnonymousUser

    pending = MemberCityFactory(
        name="Bishkek", country="KG", membership_status=MembershipStatus.PENDING, joined_on=None
    )
    shown = CityChallengeFactory(city=seoul)
    hidden = CityChallengeFactory(city=pending)
    visible = set(CityChallenge.objects.visible_to(AnonymousUser()))
    assert shown in visible and hidden not in visible


@pytest.mark.django_db
def test_officials_edit_only_their_own_city(
    seoul, bogota, seoul_official, bogota_official, startup_member, outsider
):
    assert list(MemberCity.objects.editable_by(seoul_official)) == [seoul]
    assert list(MemberCity.objects.editable_by(bogota_official)) == [bogota]
    assert not MemberCity.objects.editable_by(startup_member).exists()
    assert not MemberCity.objects.editable_by(outsider).exists()
    challenge = CityChallengeFactory(city=bogota)
    assert not CityChallenge.objects.editable_by(seoul_official).filter(pk=challenge.pk).exists()
    assert CityChallenge.objects.editable_by(bogota_official).filter(pk=challenge.pk).exists()


@pytest.mark.django_db
def test_closing_a_challenge_records_when_and_keeps_status_consistent(seoul):
    challenge = CityChallengeFactory(city=seoul)
    challenge.close()
    challenge.refresh_from_db()
    assert challenge.status == "closed" and challenge.closed_at is not None
    with pytest.raises(IntegrityError), transaction.atomic():
        CityChallenge.objects.filter(pk=challenge.pk).update(closed_at=None)
    challenge.reopen()
    assert CityChallenge.objects.open().filter(pk=challenge.pk).exists()
