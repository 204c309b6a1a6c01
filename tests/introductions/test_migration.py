"""Moving Introduction out of the matching app moves no data: a database holding introductions under the old
schema (the model in `matching`) migrates to the new one with every row, its table and its audit trail."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from core.models import AuditEntry
from introductions.models import Introduction
from tests.factories import MemberCityFactory, StartupFactory, UserFactory

OLD = [("matching", "0003_reasons_as_json"), ("introductions", None), ("responses", None), ("outcomes", None)]


def _migrate(targets):
    """Migrate the test database to `targets`; return the apps (historical models) of the state reached."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    wanted = dict(executor.loader.graph.leaf_nodes())
    wanted.update(targets)
    return executor.loader.project_state([(app, name) for app, name in wanted.items() if name]).apps


@pytest.mark.django_db(transaction=True)
def test_introductions_survive_the_move_to_their_own_app():
    city, startup = MemberCityFactory(name="Seoul", country="KR"), StartupFactory(name="Loopwise")
    official = UserFactory(username="official.seoul")
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()

    old_apps = _migrate(OLD)
    try:
        assert not old_apps.is_installed("introductions")
        old_introduction = old_apps.get_model("matching", "Introduction")
        assert old_introduction._meta.db_table == "matching_introduction"
        content_types = old_apps.get_model("contenttypes", "ContentType").objects
        content_types.filter(app_label="introductions").delete()
        old_type = content_types.get_or_create(app_label="matching", model="introduction")[0]
        row = old_introduction.objects.create(
            city_id=city.pk,
            startup_id=startup.pk,
            requested_by_id=official.pk,
            message="Could we meet?",
            status="declined",
            decline_reason="no_capacity",
            response_note="Next year",
            match_score=71.5,
        )
        old_audit = old_apps.get_model("core", "AuditEntry")
        old_audit.objects.create(
            action="introduction.declined",
            content_type_id=old_type.pk,
            object_id=str(row.pk),
            target_repr="Seoul → Loopwise",
            before={"status": "requested"},
            after={"status": "declined"},
        )
    finally:
        _migrate(latest)
    ContentType.objects.clear_cache()

    moved = Introduction.objects.get(pk=row.pk)
    assert (moved.city_id, moved.startup_id, moved.requested_by_id) == (city.pk, startup.pk, official.pk)
    assert (moved.message, moved.status, moved.decline_reason) == (
        "Could we meet?",
        "declined",
        "no_capacity",
    )
    assert (moved.response_note, moved.match_score, moved.expires_at) == ("Next year", 71.5, row.expires_at)
    assert Introduction._meta.db_table == "matching_introduction"
    entry = AuditEntry.objects.get(object_id=str(row.pk), action="introduction.declined")
    assert entry.target == moved
    assert ContentType.objects.get(pk=old_type.pk).app_label == "introductions"
    assert not ContentType.objects.filter(app_label="matching", model="introduction").exists()
