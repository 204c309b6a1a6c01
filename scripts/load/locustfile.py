"""The load mix for `make load` (locust, headless): anonymous catalogue browsing, searches and solution
pages; signed-in city dashboards and startup "cities for you"; API reads with a token; and a few writes
(a city edits a challenge, a startup edits a listing, both through the API, which queues a re-score).

Every request is named after its group, so the summary reports latency per group. The demo logins are the
ones `load_demo` prints (password `wego-demo-2026`)."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from locust import HttpUser, between, events, task
from prepare import CSRF, MEMBER, OFFICIALS, PASSWORD, STAFF

# Searches in five languages (one, two and five words), alone and with facets.
SEARCHES = [
    {"q": "traffic"},
    {"q": "water leak", "sector": "water"},
    {"q": "waste", "region": "asia-pacific"},
    {"q": "energy", "page": "2"},
    {"q": "smart parking"},
    {"q": "water leak detection sensors pipes"},
    {"q": "주차"},
    {"q": "스마트 주차", "language": "ko"},
    {"q": "상수도 누수 감지 센서 배관"},
    {"q": "estacionamiento inteligente"},
    {"q": "sensores detección fugas agua tuberías", "region": "latin-america"},
    {"q": "stationnement"},
    {"q": "capteurs détection fuites eau canalisations"},
    {"q": "駐車"},
    {"q": "スマート 駐車", "maturity": "deployed"},
]
# Faceted browsing without a search.
FACETS = [
    {"sector": "mobility", "language": "ko"},
    {"maturity": "deployed"},
    {"sector": "water", "region": "europe"},
    {"country": "KR", "sector": "environment"},
    {"page": "3"},
]
API_READS = [
    ("/api/v1/solutions/", {"sector": "mobility", "page_size": "20"}),
    ("/api/v1/solutions/", {"search": "sensor"}),
    ("/api/v1/solutions/", {"search": "주차"}),
    ("/api/v1/solutions/", {"search": "estacionamiento inteligente"}),
    ("/api/v1/matches/", {"page_size": "20"}),
    ("/api/v1/matches/", {"overseas": "true", "min_score": "40"}),
    ("/api/v1/cities/", {"page_size": "20"}),
    ("/api/v1/startups/", {"page_size": "20"}),
    ("/api/v1/challenges/", {"page_size": "20"}),
]
WORLD: dict[str, object] = {}


@events.test_start.add_listener
def load_world(environment, **kwargs) -> None:
    """Tokens and ids, found by prepare.py before the clock starts."""
    WORLD.update(json.loads(Path(os.environ.get("LOAD_WORLD", ".run/load/world.json")).read_text()))


class SignedIn(HttpUser):
    abstract = True
    username = ""

    def on_start(self) -> None:
        page = self.client.get("/accounts/login/", name="sign in")
        token = CSRF.search(page.text).group(1)
        with self.client.post(
            "/accounts/login/",
            {"username": self.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
            name="sign in",
            catch_response=True,
            allow_redirects=False,
        ) as response:
            if response.status_code != 302:
                response.failure(f"sign-in answered {response.status_code}")

    def api_headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {WORLD['tokens'][self.username]}"}


class Visitor(HttpUser):
    """Anonymous: the catalogue, its searches and facets, solution pages, the home page."""

    weight = 10
    wait_time = between(0.5, 1.5)

    @task(4)
    def catalogue(self) -> None:
        self.client.get("/solutions/", name="catalogue")

    @task(4)
    def search(self) -> None:
        self.client.get("/solutions/", params=random.choice(SEARCHES), name="catalogue search")

    @task(2)
    def facets(self) -> None:
        self.client.get("/solutions/", params=random.choice(FACETS), name="catalogue facets")

    @task(4)
    def solution_page(self) -> None:
        self.client.get(f"/solutions/{random.choice(WORLD['public'])}/", name="solution page")

    @task(1)
    def home(self) -> None:
        self.client.get("/", name="home")


class CityOfficial(SignedIn):
    """The city dashboard ("Startups for your city"), its overseas filter, and now and then a challenge
    edit (which marks the city for re-scoring)."""

    weight = 4
    wait_time = between(0.5, 1.5)

    def on_start(self) -> None:
        self.username = random.choice(OFFICIALS)
        super().on_start()

    @task(6)
    def dashboard(self) -> None:
        self.client.get("/city/", name="city dashboard")

    @task(2)
    def dashboard_overseas(self) -> None:
        self.client.get("/city/", params={"overseas": "1"}, name="city dashboard")

    @task(1)
    def edit_challenge(self) -> None:
        challenge = random.choice(WORLD["challenges"][self.username])
        body = {"description": f"We need this solved across the city (load edit {random.randint(1, 10**6)})."}
        self.client.patch(
            f"/api/v1/challenges/{challenge}/",
            json=body,
            headers=self.api_headers(),
            name="write: edit challenge (API)",
        )


class StartupMember(SignedIn):
    """The startup's "cities for you" and its dashboard, and now and then a listing edit."""

    weight = 3
    wait_time = between(0.5, 1.5)
    username = MEMBER

    @task(6)
    def cities_for_you(self) -> None:
        self.client.get("/startup/cities/", name="startup cities for you")

    @task(2)
    def dashboard(self) -> None:
        self.client.get("/startup/", name="startup dashboard")

    @task(1)
    def edit_listing(self) -> None:
        listing = random.choice(WORLD["listings"])
        body = {"summary": f"Proven in several member cities (load edit {random.randint(1, 10**6)})."}
        self.client.patch(
            f"/api/v1/solutions/{listing}/",
            json=body,
            headers=self.api_headers(),
            name="write: edit listing (API)",
        )


class ApiClient(HttpUser):
    """A partner city's system reading the API with a token."""

    weight = 3
    wait_time = between(0.5, 1.5)

    @task
    def read(self) -> None:
        path, params = random.choice(API_READS)
        key = WORLD["tokens"][random.choice(OFFICIALS)]
        self.client.get(path, params=params, headers={"Authorization": f"Token {key}"}, name=f"api {path}")


class Secretariat(SignedIn):
    """Staff: the secretariat dashboard and the staff lists of the API (every match, every listing)."""

    weight = 1
    wait_time = between(0.5, 1.5)
    username = STAFF

    @task(3)
    def dashboard(self) -> None:
        self.client.get("/secretariat/", name="secretariat dashboard")

    @task(1)
    def queue(self) -> None:
        self.client.get("/secretariat/applications/", name="secretariat applications")

    @task(2)
    def staff_lists(self) -> None:
        path, params = random.choice(
            [
                ("/api/v1/matches/", {"page_size": "20"}),
                ("/api/v1/solutions/", {"page_size": "20"}),
                ("/api/v1/startups/", {"page_size": "20"}),
            ]
        )
        self.client.get(path, params=params, headers=self.api_headers(), name=f"staff api {path}")
