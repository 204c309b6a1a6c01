"""A reference deployment in a member city points at it, by any of the city's recorded names: on save, and
for the deployments recorded before that rule by the data migration."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps

from startups.models import ReferenceDeployment
from tests.factories import MemberCityFactory, ReferenceDeploymentFactory

pytestmark = pytest.mark.django_db

SEONGNAM = 1897000  # geonames id of Seongnam-si, South Korea

link_member_cities = import_module(
    "startups.migrations.0006_link_deployments_to_member_cities"
).link_member_cities


def test_a_deployment_named_in_korean_links_to_the_member_city_on_save():
    seongnam = MemberCityFactory(name="Seongnam", country="KR", geonameid=SEONGNAM)
    deployment = ReferenceDeploymentFactory(city_name="성남시", country="KR")
    assert deployment.member_city == seongnam
    assert ReferenceDeployment.objects.get(pk=deployment.pk).member_city_id == seongnam.pk


def test_a_city_of_that_name_elsewhere_or_no_member_city_links_nothing():
    MemberCityFactory(name="Seongnam", country="KR", geonameid=SEONGNAM)
    assert ReferenceDeploymentFactory(city_name="Seongnam", country="CN").member_city is None
    assert ReferenceDeploymentFactory(city_name="수원시", country="KR").member_city is None


def test_the_migration_links_the_deployments_recorded_before_their_member_city():
    by_name = ReferenceDeploymentFactory(city_name="성남시", country="KR")
    by_plain_name = ReferenceDeploymentFactory(city_name="kigali ", country="RW")
    elsewhere = ReferenceDeploymentFactory(city_name="Quito", country="EC")
    assert by_name.member_city is None and by_plain_name.member_city is None
    seongnam = MemberCityFactory(name="Seongnam", country="KR", geonameid=SEONGNAM)
    kigali = MemberCityFactory(name="Kigali", country="RW", geonameid=None)

    link_member_cities(apps, None)

    linked = dict(ReferenceDeployment.objects.values_list("pk", "member_city_id"))
    assert linked == {by_name.pk: seongnam.pk, by_plain_name.pk: kigali.pk, elsewhere.pk: None}


def test_the_migration_leaves_a_linked_deployment_as_it_is():
    seongnam = MemberCityFactory(name="Seongnam", country="KR", geonameid=SEONGNAM)
    other = MemberCityFactory(name="Busan", country="KR")
    deployment = ReferenceDeploymentFactory(city_name="성남시", country="KR", member_city=other)
    link_member_cities(apps, None)
    assert ReferenceDeployment.objects.get(pk=deployment.pk).member_city_id == other.pk != seongnam.pk
