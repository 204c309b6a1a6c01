"""The official's feedback on the city dashboard: the small form on each recommended startup, the mark
shown where the pair is listed ("You marked this as not relevant …" with an undo), the "Hidden by your
feedback" and "Already in touch" lists, and who may do what."""

from __future__ import annotations

import pytest
from django.urls import reverse

from matching.models import FeedbackKind, MatchFeedback

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("cities:dashboard")


def _mark_url(startup) -> str:
    return reverse("cities:feedback_mark", args=[startup.pk])


def test_a_mark_for_a_challenge_shows_in_the_listed_pair_with_an_undo(client, world, seoul_official):
    client.force_login(seoul_official)
    page = client.get(DASHBOARD).content.decode()
    assert "Not relevant or already in touch?" in page and _mark_url(world.startup) in page
    response = client.post(
        _mark_url(world.startup),
        {
            "kind": "not_relevant",
            "reason": "too_early",
            "challenge": world.seoul_challenge.pk,
            "note": "pilot failed",
        },
    )
    assert response.status_code == 302
    mark = MatchFeedback.objects.get(city=world.seoul, startup=world.startup)
    assert (mark.kind, mark.reason, mark.challenge, mark.marked_by) == (
        FeedbackKind.NOT_RELEVANT,
        "too_early",
        world.seoul_challenge,
        seoul_official,
    )
    page = client.get(DASHBOARD).content.decode()
    assert "You marked this as not relevant to “Cut food waste in apartment blocks” on" in page
    assert reverse("cities:feedback_undo", args=[mark.pk]) in page
    client.post(reverse("cities:feedback_undo", args=[mark.pk]))
    mark.refresh_from_db()
    assert mark.withdrawn_at is not None
    assert "You marked this as not relevant" not in client.get(DASHBOARD).content.decode()


def test_hidden_and_in_touch_marks_are_listed_beside_the_matches(client, world, seoul_official):
    client.force_login(seoul_official)
    client.post(
        _mark_url(world.startup), {"kind": "not_relevant", "reason": "wrong_need", "note": "Not for us."}
    )
    client.post(_mark_url(world.other_startup), {"kind": "already_in_touch"})
    page = client.get(DASHBOARD).content.decode()
    hidden = page.split("Hidden by your feedback", 1)[1]
    assert "Loopwise" in hidden and "You marked this as not relevant on" in hidden and "Not for us." in hidden
    in_touch = page.split("Already in touch", 1)[1]
    assert "Hanbit Parking" in in_touch
    mark = MatchFeedback.objects.get(startup=world.startup)
    assert reverse("cities:feedback_undo", args=[mark.pk]) in hidden


def test_bad_input_is_a_form_error(client, world, seoul_official):
    client.force_login(seoul_official)
    response = client.post(_mark_url(world.startup), {"kind": "not_relevant"})
    assert response.status_code == 200 and "Say why it is not relevant." in response.content.decode()
    response = client.post(
        _mark_url(world.startup), {"kind": "not_relevant", "reason": "x", "challenge": "abc"}
    )
    assert response.status_code == 200 and "aria-invalid" in response.content.decode()
    response = client.post(
        _mark_url(world.startup),
        {"kind": "not_relevant", "reason": "other", "challenge": world.bogota_challenge.pk},
    )
    assert response.status_code == 200
    assert not MatchFeedback.objects.exists()
    client.post(_mark_url(world.startup), {"kind": "already_in_touch"})
    response = client.post(_mark_url(world.startup), {"kind": "already_in_touch"})
    assert response.status_code == 200 and "already marked" in response.content.decode()


def test_other_roles_cannot_mark_or_undo_and_the_startup_sees_nothing(
    client, world, seoul_official, bogota_official, startup_member, outsider, secretariat
):
    client.force_login(seoul_official)
    client.post(
        _mark_url(world.startup), {"kind": "not_relevant", "reason": "wrong_need", "note": "Secret note"}
    )
    mark = MatchFeedback.objects.get()
    undo = reverse("cities:feedback_undo", args=[mark.pk])
    client.logout()
    assert client.post(_mark_url(world.startup), {"kind": "already_in_touch"}).status_code == 302  # sign in
    assert client.post(undo).status_code == 302
    for user in (startup_member, outsider, secretariat):
        client.force_login(user)
        assert client.post(_mark_url(world.startup), {"kind": "already_in_touch"}).status_code == 403
        assert client.post(undo).status_code == 403
    client.force_login(bogota_official)
    assert client.post(undo).status_code == 404  # another city's mark
    assert "Secret note" not in client.get(DASHBOARD).content.decode()
    mark.refresh_from_db()
    assert mark.withdrawn_at is None and MatchFeedback.objects.count() == 1
    client.force_login(startup_member)
    page = client.get(reverse("startups:cities_for_you")).content.decode()
    assert "Secret note" not in page and "not relevant" not in page.lower()
