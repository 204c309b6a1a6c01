"""Writers at the same moment, through a real server: on the embedded default (SQLite: a file, served by
gunicorn with two processes of four threads, as `make run` with no settings does it) and on PostgreSQL
(`live_server`, a thread per request). Identical writes keep one (201, then 409 or a form error); writes of
different things all succeed; an accept and a withdraw sent together end in exactly one of the two. Never a
5xx: no "database is locked" 503 and no unique-constraint 500."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from django.db import connections

from tests.faults.concurrent_world import build_world
from tests.faults.conftest import free_port
from tests.matching.conftest import ROOT

PASSWORD = "a-long-signup-password"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 is an answer here, not a hop


class Browser:
    """A client with its own cookies (a session and a CSRF token), over real HTTP."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect
        )

    def call(self, method: str, path: str, *, token: str = "", body: dict | None = None, form=None):
        headers, data = {}, None
        if token:
            headers["Authorization"] = f"Token {token}"
        if body is not None:
            headers["Content-Type"], data = "application/json", json.dumps(body).encode()
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            data = urllib.parse.urlencode(form, doseq=True).encode()
        request = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()
        except OSError as error:  # not listening yet
            return 0, str(error)

    def csrf(self, path: str) -> str:
        status, page = self.call("GET", path)
        assert status == 200, page[:500]
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


def at_once(calls: list[Callable[[], tuple[int, str]]]) -> list[tuple[int, str]]:
    """Run the calls in threads released together; their answers in order."""
    barrier, answers = threading.Barrier(len(calls)), [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        answers[index] = calls[index]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return answers


def _statuses(answers) -> Counter:
    return Counter(status for status, _ in answers)


# --- The two servers -------------------------------------------------------------------------------------


def _sqlite_env(database: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "TEST_DATABASE_NAME"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{database}",  # the embedded default's engine and options, on a file of ours
        DJANGO_ENV="development",
        DEBUG="0",
        LOG_LEVEL="WARNING",
        SIGNUP_RATE_LIMIT="",
        API_THROTTLE_ANON="100000/minute",
        API_THROTTLE_USER="100000/minute",
        MATCHING_EMBEDDING_MODEL="none",
        PYTHONPATH=str(ROOT),
    )
    return env


@pytest.fixture(scope="module")
def sqlite_portal(tmp_path_factory) -> Iterator[tuple[str, dict]]:
    folder = tmp_path_factory.mktemp("sqlite-portal")
    env = _sqlite_env(str(folder / "db.sqlite3"))
    script = (
        "import json, django; django.setup(); from django.core.management import call_command; "
        "call_command('migrate', verbosity=0); from tests.faults.concurrent_world import build_world; "
        "print(json.dumps(build_world()))"
    )
    built = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "wego_portal.settings"},
        check=True,
        capture_output=True,
        text=True,
    )
    world = json.loads(built.stdout.strip().splitlines()[-1])
    port, log = free_port(), folder / "gunicorn.log"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "wego_portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
        ]
        + ["--threads", "4", "--no-control-socket", "--timeout", "60"],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while Browser(base).call("GET", "/healthz")[0] != 200:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log.read_text()[-3000:])
            time.sleep(0.1)
        yield base, world
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=20)
        assert "database is locked" not in log.read_text()


@pytest.fixture
def postgresql_portal(live_server, settings) -> tuple[str, dict]:
    if connections["default"].vendor != "postgresql":
        pytest.skip("the PostgreSQL variant needs DATABASE_URL (the SQLite one runs its own server)")
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}
    return live_server.url, build_world()


# The PostgreSQL variant writes through `live_server` (its own connections: committed data, flushed after).
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.django_db(transaction=True))])
def portal(request) -> tuple[str, dict]:
    return request.getfixturevalue(f"{request.param}_portal")


# --- Scenarios ---------------------------------------------------------------------------------------------


def test_six_identical_introduction_requests_keep_one(portal):
    base, world = portal
    body = {"startup": world["wanted_startup"], "message": "Could we meet about food waste?"}
    answers = at_once(
        [
            lambda: Browser(base).call(
                "POST", "/api/v1/introductions/", token=world["official_token"], body=body
            )
            for _ in range(6)
        ]
    )
    assert _statuses(answers) == Counter({201: 1, 409: 5}), answers
    for status, text in answers:
        if status == 409:
            assert json.loads(text)["code"] == "conflict"


def test_a_deployment_added_twice_at_once_is_kept_once(portal):
    base, world = portal
    body = {"city_name": "Medellín", "country": "CO", "population": 2_500_000, "since_year": 2022}
    path = f"/api/v1/solutions/{world['listing']}/deployments/"
    answers = at_once([lambda: Browser(base).call("POST", path, token=world["member_token"], body=body)] * 3)
    statuses = _statuses(answers)
    assert statuses[201] == 1 and statuses[201] + statuses[400] + statuses[409] == 3, answers
    _, listing = Browser(base).call(
        "GET", f"/api/v1/solutions/{world['listing']}/", token=world["member_token"]
    )
    assert [d["city_name"] for d in json.loads(listing)["deployments"]].count("Medellín") == 1


def _city_signup(world: dict, username: str, csrf: str) -> dict:
    return {
        "csrfmiddlewaretoken": csrf,
        "first_name": "Minho",
        "last_name": "Park",
        "email": f"{username}@seoul.example",
        "username": username,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "city": world["city"],
        "job_title": "Smart City Officer",
    }


def test_sign_ups_at_once_all_succeed_and_one_username_is_kept_once(portal):
    base, world = portal
    browsers = [Browser(base) for _ in range(6)]
    tokens = [browser.csrf("/signup/city/") for browser in browsers]
    names = ["minho.park", "minho.park", "jiwoo.kim", "seoyeon.lee", "dohyun.choi", "hana.jung"]
    answers = at_once(
        [
            (lambda b=b, n=n, t=t: b.call("POST", "/signup/city/", form=_city_signup(world, n, t)))
            for b, n, t in zip(browsers, names, tokens, strict=True)
        ]
    )
    assert _statuses(answers) == Counter({302: 5, 200: 1}), [(s, t[:200]) for s, t in answers]
    refused = next(text for status, text in answers if status == 200)
    # The username's own error: found by the form's or the model's check, or by the database (whichever the
    # second request met first: SQLite runs the writes one after the other, PostgreSQL side by side).
    assert 'id="id_username_errors"' in refused, re.findall(r'class="errorlist.*?</ul>', refused, re.S)


def test_an_accept_and_a_withdraw_sent_together_end_in_one_of_them(portal):
    base, world = portal
    path = f"/api/v1/introductions/{world['introduction']}"
    answers = at_once(
        [
            lambda: Browser(base).call(
                "POST", f"{path}/accept/", token=world["member_token"], body={"note": ""}
            ),
            lambda: Browser(base).call("POST", f"{path}/withdraw/", token=world["official_token"], body={}),
        ]
    )
    assert sorted(status for status, _ in answers) == [200, 409], answers
    winner = json.loads(next(text for status, text in answers if status == 200))["status"]
    _, stored = Browser(base).call("GET", f"{path}/", token=world["official_token"])
    assert json.loads(stored)["status"] == winner in {"accepted", "withdrawn"}


def test_two_decisions_on_one_application_at_once_keep_the_first(portal):
    base, world = portal
    path = f"/api/v1/applications/{world['application']}"
    token = world["staff_token"]
    answers = at_once(
        [
            lambda: Browser(base).call("POST", f"{path}/approve/", token=token, body={"note": "Welcome."}),
            lambda: Browser(base).call(
                "POST", f"{path}/reject/", token=token, body={"note": "Not a startup."}
            ),
        ]
    )
    assert sorted(status for status, _ in answers) == [200, 409], answers
    winner = json.loads(next(text for status, text in answers if status == 200))["status"]
    _, stored = Browser(base).call("GET", f"{path}/", token=token)
    assert json.loads(stored)["status"] == winner in {"approved", "rejected"}


def test_a_create_form_sent_twice_at_once_creates_one_listing(portal):
    """A double click: one session, one form, two submissions at the same moment."""
    base, world = portal
    browser = Browser(base)
    csrf = browser.csrf("/accounts/login/")
    login = {"csrfmiddlewaretoken": csrf, "username": "member.viasegura", "password": "a-long-test-password"}
    assert browser.call("POST", "/accounts/login/", form=login)[0] == 302
    _, page = browser.call("GET", "/startup/listings/new/")
    form = {
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1),
        "submission": re.search(r'name="submission" value="([0-9a-f]+)"', page).group(1),
        "title": "Night-bus stop lighting",
        "summary": "Lights that brighten as a bus arrives.",
        "description": "Adaptive lighting at bus stops along night routes.",
        "language": "en",
        "sectors": ["safety"],
        "maturity": "pilot",
        "pricing_model": "custom",
    }
    answers = at_once([lambda: browser.call("POST", "/startup/listings/new/", form=form)] * 2)
    assert [status for status, _ in answers] == [302, 302], answers
    _, listings = Browser(base).call(
        "GET", f"/api/v1/solutions/?startup={world['member_startup']}", token=world["member_token"]
    )
    titles = [row["title"] for row in json.loads(listings)["results"]]
    assert titles.count("Night-bus stop lighting") == 1, titles
