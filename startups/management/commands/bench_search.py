"""`manage.py bench_search`: the catalogue search's latency, measured with Django's test client against the
database in DATABASE_URL (run it on the `load_demo --cities 1000 --startups 10000` world).

Prints p50 and p95 per language and query length (one, two and five words) for the API list
(`/api/v1/solutions/?search=`) and the catalogue page (`/solutions/?q=`, its facet counts recomputed every
time: the cache is bypassed), then the adversarial queries with their status codes, then the pages the
issue measured before. Rate limits are off for the run (one client sends every request)."""

from __future__ import annotations

import logging
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.test import Client, override_settings

from matching.engine.concepts import default_vocabulary
from startups.models import catalogue_changed

QUERIES: dict[str, tuple[str, str, str]] = {
    "en": ("parking", "smart parking", "water leak detection sensors pipes"),
    "ko": ("주차", "스마트 주차", "상수도 누수 감지 센서 배관"),
    "es": ("estacionamiento", "estacionamiento inteligente", "sensores detección fugas agua tuberías"),
    "fr": ("stationnement", "stationnement intelligent", "capteurs détection fuites eau canalisations"),
    "ja": ("駐車", "スマート 駐車", "水道 漏水 検知 センサー 配管"),
}
TARGET_MS, ADVERSARIAL_TARGET_MS, PAGE_TARGET_MS = 50, 200, 100


def _adversarial() -> dict[str, str]:
    vocabulary = default_vocabulary()
    words = []
    for code in vocabulary.codes:
        label = vocabulary.label(code, "en").split()
        if label and label[0].isalpha():
            words.append(label[0])
        if len(words) == 200:
            break
    korean = "".join(vocabulary.label(code, "ko").replace(" ", "") for code in vocabulary.codes)[:200]
    return {
        "1,000 characters": ("parking flood sensor " * 48)[:1000],
        "200 concept words": " ".join(words),
        "200 characters naming many concepts, no spaces": korean,
        "only punctuation": "!!! ??? ... --- ***",
        "NUL": "park\x00ing",
    }


def _figures(api: list[float], page: list[float]) -> str:
    return (
        f"{statistics.median(api):>8.1f} {_percentile(api, 0.95):>8.1f}  "
        f"{statistics.median(page):>9.1f} {_percentile(page, 0.95):>9.1f}"
    )


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):5.0f}-{max(values):<5.0f}"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Search latency (p50/p95 per language and query length) and the adversarial queries."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--runs", type=int, default=20, help="Requests per query (after one warm-up).")
        parser.add_argument(
            "--only",
            choices=["search", "adversarial", "pages"],
            action="append",
            help="Run only these sections (repeatable); all three by default.",
        )

    def handle(self, *args, runs: int, only: list[str] | None = None, **options) -> None:
        from core.runtime import settle_memory

        settle_memory()  # as wego_portal/wsgi.py does in every served process
        # the adversarial queries answer 400 by design: their "Bad Request" warnings would bury the tables
        logging.getLogger("django.request").setLevel(logging.ERROR)
        logging.getLogger("axes").setLevel(logging.WARNING)  # one sign-in per timed page
        self.sections = set(only or ["search", "adversarial", "pages"])
        rates = {"anon": None, "user": None, "login": None}
        from django.conf import settings

        framework = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
        with override_settings(SEARCH_THROTTLE_RATE="", REST_FRAMEWORK=framework, ALLOWED_HOSTS=["*"]):
            self._run(runs)

    def _time(self, client: Client, path: str, params: dict, runs: int, *, cold_facets: bool = False):
        client.get(path, params)  # warm-up: the process's first use of a word's stems and templates
        times, status = [], 0
        for _ in range(runs):
            if cold_facets:
                catalogue_changed()
            start = time.perf_counter()
            response = client.get(path, params)
            times.append((time.perf_counter() - start) * 1000)
            status = response.status_code
        return times, status

    def _run(self, runs: int) -> None:
        client = Client()
        if "search" in self.sections:
            self._search(client, runs)
        if "adversarial" in self.sections:
            self._adversarial_queries(client, runs)
        if "pages" in self.sections:
            self._pages(runs)

    def _search(self, client: Client, runs: int) -> None:
        out = self.stdout.write
        out(f"Search latency, {runs} requests per query, Django test client, ms")
        head = f"{'API p50':>8} {'API p95':>8}  {'page p50':>9} {'page p95':>9}"
        out(f"{'language':<9}{'words':>6}  {head}  query")
        api_all, page_all = [], []
        for language, queries in QUERIES.items():
            for words, query in zip((1, 2, 5), queries, strict=True):
                api, _ = self._time(client, "/api/v1/solutions/", {"search": query}, runs)
                page, _ = self._time(client, "/solutions/", {"q": query}, runs, cold_facets=True)
                api_all += api
                page_all += page
                out(f"{language:<9}{words:>6}  {_figures(api, page)}  {query}")
        out(f"{'all':<15}  {_figures(api_all, page_all)}  (target: search p95 < {TARGET_MS} ms)")
        out("")

    def _adversarial_queries(self, client: Client, runs: int) -> None:
        out = self.stdout.write
        out(f"Adversarial queries (p50-worst of {runs}), ms and status; the page with its facet counts")
        out(f"cached / recomputed (target < {ADVERSARIAL_TARGET_MS} ms; 200, or 400 with a message)")
        for name, query in _adversarial().items():
            api, api_status = self._time(client, "/api/v1/solutions/", {"search": query}, runs)
            page, page_status = self._time(client, "/solutions/", {"q": query}, runs)
            cold, _ = self._time(client, "/solutions/", {"q": query}, runs, cold_facets=True)
            out(
                f"  {name:<48} API {_spread(api)} ({api_status})   page {_spread(page)} / {_spread(cold)} "
                f"({page_status})"
            )
        out("")

    def _pages(self, runs: int) -> None:
        out = self.stdout.write
        out(f"Pages of the issue's table (p50 / p95 of {runs}), ms")
        users = get_user_model().objects.filter(is_active=True)
        staff = users.filter(is_staff=True).order_by("pk").first()
        official = users.filter(username="official.seoul").first()
        member = users.filter(username="startup.member").first()
        for label, path, params, user, cold in [
            ("/solutions/?q=parking (facet counts cached)", "/solutions/", {"q": "parking"}, None, False),
            ("/api/v1/solutions/?search=parking", "/api/v1/solutions/", {"search": "parking"}, None, False),
            ("/solutions/ (no query, facet counts cached)", "/solutions/", {}, None, False),
            ("/solutions/ (no query, facet counts recomputed)", "/solutions/", {}, None, True),
            ("/secretariat/ (staff)", "/secretariat/", {}, staff, False),
            ("/api/v1/matches/ (staff)", "/api/v1/matches/", {}, staff, False),
            ("/city/ (official.seoul)", "/city/", {}, official, False),
            ("/startup/ (startup.member)", "/startup/", {}, member, False),
            ("/startup/cities/ (startup.member)", "/startup/cities/", {}, member, False),
        ]:
            if user is None and path in ("/secretariat/", "/city/", "/startup/", "/startup/cities/"):
                continue
            client = Client()
            if user is not None:
                client.force_login(user)
            times, status = self._time(client, path, params, runs, cold_facets=cold)
            out(
                f"  {label:<48} {statistics.median(times):7.1f} / {_percentile(times, 0.95):7.1f}  ({status})"
            )
