"""The bell, the notifications page and the API: one's own notifications only, anonymous visitors refused;
the settings page; password reset and change (throttled, silent about unknown addresses, expiring)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient

from notifications.models import Frequency, Kind, Notification
from notifications.services import preferences_of

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # tests.factories.UserFactory's


def _notification(user, key: str, **fields) -> Notification:
    return Notification.objects.create(
        user=user,
        kind=Kind.INTRODUCTION_REQUESTED,
        key=key,
        params={"city": "Seoul", "startup": "Loopwise"},
        url="/introductions/",
        **fields,
    )


@pytest.fixture
def mine(startup_member):
    return [_notification(startup_member, f"mine:{n}") for n in range(3)]


@pytest.fixture
def theirs(seoul_official):
    return _notification(seoul_official, "theirs:1")


# --- pages ----------------------------------------------------------------------------------------------


def test_the_bell_shows_the_unread_count_on_every_page_with_one_query(
    client, startup_member, mine, django_assert_num_queries
):
    _notification(startup_member, "read", read_at=timezone.now())
    client.force_login(startup_member)
    for path in ["/", "/solutions/", "/startup/"]:
        page = client.get(path).content.decode()
        assert re.search(r'data-testid="bell-count">3<', page), path
    from notifications.context_processors import unread_count

    request = client.get("/").wsgi_request
    with django_assert_num_queries(0):  # counted once per request: a second read is free
        assert unread_count(request) == 3


def test_an_anonymous_visitor_has_no_bell_and_no_notifications_page(client):
    assert "bell-count" not in client.get("/").content.decode()
    response = client.get("/notifications/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert client.post("/notifications/read-all/").status_code == 302


@pytest.mark.parametrize("who", ["startup_member", "seoul_official", "outsider"])
def test_the_notifications_page_lists_only_ones_own(
    client, request, who, mine, theirs, django_assert_max_num_queries
):
    user = request.getfixturevalue(who)
    client.force_login(user)
    with django_assert_max_num_queries(8):
        page = client.get("/notifications/").content.decode()
    expected = Notification.objects.filter(user=user).count()
    assert page.count('class="card') == expected


def test_marking_someone_elses_notification_read_is_a_404(client, startup_member, theirs):
    client.force_login(startup_member)
    assert client.post(f"/notifications/{theirs.pk}/read/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_opening_a_notification_marks_it_read_and_follows_it(client, startup_member, mine):
    client.force_login(startup_member)
    response = client.post(f"/notifications/{mine[0].pk}/read/")
    assert response.status_code == 302 and response["Location"] == "/introductions/"
    assert Notification.objects.for_user(startup_member).unread().count() == 2
    client.post("/notifications/read-all/")
    assert Notification.objects.for_user(startup_member).unread().count() == 0


def test_the_settings_page_saves_a_frequency_per_kind_and_the_mail_language(client, startup_member):
    client.force_login(startup_member)
    page = client.get("/notifications/settings/").content.decode()
    assert "Introduction requests to my startup" in page
    assert "New membership applications" not in page  # a secretariat kind
    response = client.post(
        "/notifications/settings/",
        {
            "language": "ko",
            Kind.APPLICATION_DECIDED: Frequency.IMMEDIATELY,
            Kind.INTRODUCTION_REQUESTED: Frequency.WEEKLY,
            Kind.INTRODUCTION_EXPIRING: Frequency.OFF,
            Kind.NEW_CHALLENGES: Frequency.DAILY,
        },
    )
    assert response.status_code == 302
    assert preferences_of(startup_member)[Kind.INTRODUCTION_REQUESTED] == Frequency.WEEKLY
    assert preferences_of(startup_member)[Kind.INTRODUCTION_EXPIRING] == Frequency.OFF
    startup_member.profile.refresh_from_db()
    assert startup_member.profile.language == "ko"


def test_a_bad_frequency_is_a_form_error_not_a_500(client, startup_member):
    client.force_login(startup_member)
    response = client.post(
        "/notifications/settings/", {"language": "xx", Kind.INTRODUCTION_REQUESTED: "hourly"}
    )
    assert response.status_code == 200 and "errorlist" in response.content.decode()


def test_a_forged_unsubscribe_link_is_a_400(client):
    assert client.get("/notifications/unsubscribe/not-a-token/").status_code == 400
    assert client.post("/notifications/unsubscribe/not-a-token/").status_code == 400


# --- API ------------------------------------------------------------------------------------------------


def test_the_api_refuses_anonymous_requests():
    api = APIClient()
    assert api.get("/api/v1/notifications/").status_code == 401
    assert api.post("/api/v1/notifications/read-all/").status_code == 401


@pytest.mark.parametrize("who", ["startup_member", "seoul_official", "outsider"])
def test_the_api_lists_only_ones_own(request, who, mine, theirs, django_assert_max_num_queries):
    user = request.getfixturevalue(who)
    api = APIClient()
    api.force_authenticate(user)
    with django_assert_max_num_queries(4):
        body = api.get("/api/v1/notifications/").json()
    assert sorted(item["id"] for item in body["results"]) == sorted(
        Notification.objects.filter(user=user).values_list("pk", flat=True)
    )
    assert api.get(f"/api/v1/notifications/{theirs.pk}/").status_code == (200 if user == theirs.user else 404)


def test_the_api_marks_one_and_all_read(startup_member, mine, theirs):
    api = APIClient()
    api.force_authenticate(startup_member)
    assert api.get("/api/v1/notifications/unread-count/").json() == {"unread": 3}
    body = api.post(f"/api/v1/notifications/{mine[0].pk}/read/").json()
    assert body["is_read"] is True and body["text"] == "Seoul asks to meet Loopwise."
    assert api.post(f"/api/v1/notifications/{theirs.pk}/read/").status_code == 404
    assert api.post("/api/v1/notifications/read-all/").json() == {"marked": 2}
    assert api.get("/api/v1/notifications/?unread=true").json()["results"] == []
    assert api.get("/api/v1/notifications/?unread=maybe").status_code == 400
    theirs.refresh_from_db()
    assert theirs.read_at is None


# --- passwords ------------------------------------------------------------------------------------------


@pytest.fixture
def reset_limit(settings):
    settings.PASSWORD_RESET_RATE_LIMIT = "3/hour"
    cache.clear()
    yield
    cache.clear()


def _reset_link(message) -> str:
    return next(word for word in message.body.split() if "/accounts/password/reset/" in word).replace(
        "http://127.0.0.1:8000", ""
    )


def test_the_login_page_links_to_the_password_reset(client):
    assert 'href="/accounts/password/reset/"' in client.get("/accounts/login/").content.decode()


def test_a_reset_answers_the_same_whether_or_not_the_address_exists(
    client, startup_member, reset_limit, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/accounts/password/reset/", {"email": startup_member.email})
        unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/accounts/password/reset/sent/"
    assert [m.to for m in mail.outbox] == [[startup_member.email]]


def test_a_reset_link_sets_a_new_password_and_signs_in_once(
    client, startup_member, reset_limit, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": startup_member.email})
    link = _reset_link(mail.outbox[0])
    form = client.get(link, follow=True)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    new = "a-brand-new-password-42"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}, follow=True)
    assert done.wsgi_request.user == startup_member
    startup_member.refresh_from_db()
    assert startup_member.check_password(new)
    client.logout()
    assert "new_password1" not in client.get(link, follow=True).content.decode()  # used: invalid now


def test_a_reset_link_expires(
    client, startup_member, reset_limit, monkeypatch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": startup_member.email})
    link = _reset_link(mail.outbox[0])
    later = default_token_generator._now() + timedelta(hours=2)
    monkeypatch.setattr(default_token_generator, "_now", lambda: later)
    page = client.get(link, follow=True).content.decode()
    assert "new_password1" not in page and "not valid any more" in page


def test_reset_requests_are_throttled_per_address_without_saying_so(
    client, startup_member, reset_limit, monkeypatch, django_capture_on_commit_callbacks
):
    start, ticks = default_token_generator._now(), iter(range(100))
    # a new token each time (a token repeated within one second is one mail)
    monkeypatch.setattr(default_token_generator, "_now", lambda: start + timedelta(seconds=next(ticks)))
    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            client.post("/accounts/password/reset/", {"email": startup_member.email}) for _ in range(5)
        ]
    assert {answer.status_code for answer in answers} == {302}
    assert len(mail.outbox) == 3


def test_a_signed_in_user_changes_the_password(client, startup_member):
    client.force_login(startup_member)
    new = "another-long-password-7"
    response = client.post(
        "/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302 and response["Location"] == "/accounts/password/change/done/"
    startup_member.refresh_from_db()
    assert startup_member.check_password(new)
    assert client.get("/accounts/password/change/").status_code == 200  # still signed in


def test_the_lockout_message_offers_the_password_reset(rf):
    from accounts.security import lockout_response

    request = rf.post("/accounts/login/", {"username": "someone"})
    page = lockout_response(request, credentials={"username": "someone"}).content.decode()
    assert "Sign-in paused" in page and page.count('href="/accounts/password/reset/"') == 2


def test_a_pending_member_is_asked_to_confirm_the_email_and_can_get_the_link_again(
    client, pending_startup, django_capture_on_commit_callbacks
):
    from accounts.models import Role
    from tests.factories import MembershipApplicationFactory, ProfileFactory, UserFactory

    founder = UserFactory(username="founder", email="founder@hanbit.example")
    ProfileFactory(user=founder, role=Role.STARTUP_MEMBER, startup=pending_startup, member_since=None)
    MembershipApplicationFactory(startup=pending_startup, applicant=founder)
    client.force_login(founder)
    assert "Please confirm your e-mail address" in client.get("/startup/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/notifications/settings/confirm-again/")
    (message,) = mail.outbox
    link = next(word for word in message.body.split() if "/accounts/confirm-email/" in word)
    client.get(link.replace("http://127.0.0.1:8000", ""))
    assert "Please confirm your e-mail address" not in client.get("/startup/").content.decode()


def test_the_deploy_check_wants_a_mail_server_and_a_public_site_url(settings):
    from notifications.checks import check_mail

    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert [warning.id for warning in check_mail()] == ["wego.W101", "wego.W102"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.SITE_URL = "https://match.example.org"
    assert check_mail() == []
