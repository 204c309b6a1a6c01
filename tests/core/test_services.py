"""apply_changes, the one update helper of the services: an allow-list of fields, only what changed saved
(with update_fields), and an edit that changes nothing saves nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities import services
from cities.models import MemberCity
from core.services import apply_changes
from matching.models import RescoreRequest
from tests.factories import language, sector

pytestmark = pytest.mark.django_db


def _updates(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]


def test_an_edit_that_changes_nothing_saves_nothing_and_marks_nothing(seoul):
    before = MemberCity.objects.get(pk=seoul.pk).updated_at
    city = MemberCity.objects.get(pk=seoul.pk)
    with CaptureQueriesContext(connection) as queries:
        changed = services.update_city(
            city=city,
            fields={"population": city.population, "profile": city.profile, "website": city.website},
            relations={
                "languages": list(city.languages.all()),
                "priority_sectors": list(city.priority_sectors.all()),
            },
        )
    assert changed is city
    assert _updates(queries) == []
    assert MemberCity.objects.get(pk=seoul.pk).updated_at == before
    assert not RescoreRequest.objects.filter(kind="city", object_id=seoul.pk).exists()


def test_a_changed_field_is_saved_alone_with_its_timestamp(seoul):
    city = MemberCity.objects.get(pk=seoul.pk)
    before = city.updated_at
    with CaptureQueriesContext(connection) as queries:
        changed = apply_changes(city, allowed=services.CITY_FIELDS, fields={"population": 9_500_000})
    assert changed == ["population"]
    (update,) = _updates(queries)
    assert '"population"' in update and '"updated_at"' in update
    assert '"profile"' not in update and '"name"' not in update
    stored = MemberCity.objects.get(pk=seoul.pk)
    assert stored.population == 9_500_000 and stored.updated_at > before


def test_a_field_outside_the_allow_list_is_refused_and_nothing_is_written(seoul):
    city = MemberCity.objects.get(pk=seoul.pk)
    with pytest.raises(ValueError, match="membership_status"):
        apply_changes(city, allowed=services.CITY_FIELDS, fields={"membership_status": "rejected"})
    with pytest.raises(ValueError, match="region"):
        apply_changes(city, allowed=services.CITY_FIELDS, relations={"region": []})
    assert MemberCity.objects.get(pk=seoul.pk).membership_status == seoul.membership_status


def test_an_invalid_value_raises_field_messages_and_keeps_what_is_stored(seoul):
    city = MemberCity.objects.get(pk=seoul.pk)
    with pytest.raises(ValidationError) as error:
        apply_changes(city, allowed=services.CITY_FIELDS, fields={"population": 0})
    assert "population" in error.value.message_dict
    assert MemberCity.objects.get(pk=seoul.pk).population == seoul.population


def test_a_relation_is_replaced_only_when_it_differs(seoul):
    city = MemberCity.objects.get(pk=seoul.pk)
    same = {"priority_sectors": list(city.priority_sectors.all())}
    assert apply_changes(city, allowed=services.CITY_FIELDS, relations=same) == []
    other = {"priority_sectors": [sector("water")], "languages": [language("ko"), language("en")]}
    assert apply_changes(city, allowed=services.CITY_FIELDS, relations=other) == ["priority_sectors"]
    assert list(city.priority_sectors.values_list("code", flat=True)) == ["water"]
