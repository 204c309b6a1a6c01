"""/api/v1/match-feedback/: an approved official marks a startup for the city and undoes the mark; the
city's officials (and the secretariat) read the marks; everyone else is refused or sees nothing; bad input
is 400 with field messages, a second mark 409."""

from __future__ import annotations

import pytest

from matching.models import MatchFeedback, RescoreKind, RescoreRequest
from tests.factories import CityChallengeFactory

V1 = "/api/v1/match-feedback/"
pytestmark = pytest.mark.django_db


def _mark(api, user, startup, **data):
    return api(user).post(
        V1, {"startup": startup.pk, "kind": "not_relevant", "reason": "wrong_need", **data}, format="json"
    )


def test_an_official_marks_reads_and_undoes(api, seoul, startup, seoul_official):
    response = _mark(api, seoul_official, startup, note="Tried it in 2024.")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["city"] == seoul.pk and body["hides_pair"] is True and body["active"] is True
    assert RescoreRequest.objects.filter(kind=RescoreKind.STARTUP, object_id=startup.pk).exists()
    assert [row["id"] for row in api(seoul_official).get(V1).json()["results"]] == [body["id"]]
    assert _mark(api, seoul_official, startup).status_code == 409  # one active mark per pair
    assert api(seoul_official).delete(f"{V1}{body['id']}/").status_code == 204
    assert MatchFeedback.objects.get().withdrawn_at is not None
    assert api(seoul_official).delete(f"{V1}{body['id']}/").status_code == 409
    assert _mark(api, seoul_official, startup).status_code == 201  # marked again after the undo


def test_bad_input_is_400_with_field_messages(api, seoul, bogota, startup, seoul_official):
    assert "reason" in _mark(api, seoul_official, startup, reason="").json()["errors"]
    assert "kind" in _mark(api, seoul_official, startup, kind="meh").json()["errors"]
    other = CityChallengeFactory(city=bogota)
    response = _mark(api, seoul_official, startup, challenge=other.pk)
    assert response.status_code == 400 and "challenge" in response.json()["errors"]
    response = api(seoul_official).post(V1, {"startup": "x", "kind": "already_in_touch"}, format="json")
    assert response.status_code == 400 and "startup" in response.json()["errors"]
    mine = CityChallengeFactory(city=seoul)
    response = _mark(api, seoul_official, startup, challenge=mine.pk)
    assert response.status_code == 201 and response.json()["hides_pair"] is False


def test_every_other_role_is_refused_or_sees_nothing(
    api, seoul, startup, seoul_official, bogota_official, startup_member, outsider, secretariat
):
    mark_id = _mark(api, seoul_official, startup).json()["id"]
    assert api().get(V1).status_code == 401
    assert api().post(V1, {}, format="json").status_code == 401
    assert api().delete(f"{V1}{mark_id}/").status_code == 401
    for user in (bogota_official, startup_member, outsider):
        assert api(user).get(V1).json()["results"] == []  # the startup never sees a city's marks
        assert api(user).get(f"{V1}{mark_id}/").status_code == 404
    for user in (startup_member, outsider, secretariat):
        assert _mark(api, user, startup).status_code == 403
        assert api(user).delete(f"{V1}{mark_id}/").status_code in (403, 404)
    assert api(bogota_official).delete(f"{V1}{mark_id}/").status_code == 404  # another city's mark
    assert MatchFeedback.objects.get(pk=mark_id).withdrawn_at is None
    assert [row["id"] for row in api(secretariat).get(V1).json()["results"]] == [mark_id]
    seoul.membership_status = "suspended"
    seoul.save(update_fields=["membership_status"])
    assert api(seoul_official).get(V1).status_code == 403
    assert api(seoul_official).delete(f"{V1}{mark_id}/").status_code == 403
