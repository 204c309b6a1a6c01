"""Screenshots of the portal's main pages, in English and Korean, for the README (docs/screenshots/*.png).

    .venv/bin/python scripts/screenshots.py          # or: make screenshots

Builds a throwaway SQLite database in a temporary folder (migrate, the demo world, a full re-score by the
matching engine), serves it with `manage.py runserver`, and captures each page with Playwright driving
Debian's Chromium (/usr/bin/chromium; no browser is downloaded). Your own database is not touched.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "wego-demo-2026"  # the demo logins' (demo/builder.py)
VIEWPORT = {"width": 1280, "height": 900}
MAX_HEIGHT = 1500  # long pages are cut here: the README shows the top of each page


@dataclass(frozen=True)
class Shot:
    name: str
    path: str
    login: str | None = None
    click: str | None = None  # then follow the link of this name
    demo_listing: bool = False  # then follow the link to the demo startup's best listing
    demo_match: bool = False  # cut below the demo startup's match, however far down the list it is


INTRODUCTION_MESSAGES = [
    "Seoul is preparing a pilot for this spring; could we meet to discuss your references?",
    "We would like to learn how your solution runs in cities of our size. Can we set up a call?",
]

SHOTS = [
    Shot("home", "/"),
    Shot("catalogue", "/solutions/?sector=mobility"),
    Shot("city-dashboard", "/city/", "official.seoul"),
    Shot("startup-cities", "/startup/cities/", "startup.member"),
    Shot("secretariat-queue", "/secretariat/applications/?kind=city", "secretariat"),
    Shot("secretariat-application", "/secretariat/applications/?kind=city", "secretariat", click="Seoul"),
    Shot("secretariat-dashboard", "/secretariat/", "secretariat"),
    Shot("how-matching-works", "/how-matching-works/"),
    # Matching across languages: Bogotá's Spanish challenge, answered by the demo's Korean startup and its
    # listing written in Korean (demo/builder.py, SHOWCASE_*).
    Shot("xlang-city-dashboard", "/city/", "official.bogota", demo_match=True),
    Shot("xlang-listing", "/city/", "official.bogota", demo_listing=True),
]


def require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: run `make browsers` (apt-get install -y chromium).")


def throwaway_env(folder: str, **settings: str) -> dict[str, str]:
    """The settings of a portal on a throwaway SQLite database in ``folder`` (tasks in-process, nothing
    leaves the folder, Chromium's profile and caches inside it), plus ``settings``."""
    return {
        "DATABASE_URL": f"sqlite:///{folder}/screenshots.sqlite3",
        "DEBUG": "true",
        "DJANGO_ENV": "development",
        "REDIS_URL": "",
        "HOME": folder,
        "XDG_CONFIG_HOME": f"{folder}/.config",
        "XDG_CACHE_HOME": f"{folder}/.cache",
        **settings,
    }


@contextmanager
def served(env: dict[str, str], port: int | None = None) -> Iterator[str]:
    """`manage.py runserver` with ``env`` on ``port`` (a free one by default) while the block runs; yields its
    base URL once it answers."""
    port = port or _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(f"{base}/healthz")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def launch(playwright):
    """Debian's Chromium, headless (no browser is downloaded)."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - our own local server
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def build_world(env: dict[str, str]) -> str:
    """The demo world, re-scored; returns the name of the demo startup member's startup."""
    _manage(env, "migrate", "--noinput", "-v", "0")
    loaded = subprocess.run(
        [sys.executable, "manage.py", "load_demo", "--seed", "1"],  # the world `make run` loads
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    print(loaded, end="")
    _manage(env, "embed_texts")  # the sentence embeddings of every text, before the full run reads them
    _manage(env, "rescore", "--all")  # the matching engine stores the matches the pages show
    return re.search(r"startup\.member\s+\((.+)\)", loaded).group(1)


def _sign_in(context, base: str, username: str) -> None:
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")
    page.close()


def prepare(browser, base: str) -> None:
    """A little activity through the pages, so that every screenshot has something to show: the demo
    startup publishes its drafts (re-scored at once: tasks run in-process here), Seoul asks to meet it and
    its best-ranked startup, the demo startup accepts, and a new city official signs up (an application with
    its applicant's details in the secretariat's queue)."""
    context = browser.new_context(viewport=VIEWPORT, locale="en")
    _sign_in(context, base, "startup.member")
    page = context.new_page()
    page.goto(f"{base}/startup/")
    publish = page.get_by_role("button", name=re.compile(r"^Publish "))
    for _ in range(publish.count()):
        publish.first.click()
        page.wait_for_load_state("networkidle")
    page.get_by_role("link", name=re.compile(r"^View")).first.click()
    demo_startup = page.locator(".eyebrow a").first.get_attribute("href")

    official = browser.new_context(viewport=VIEWPORT, locale="en")
    _sign_in(official, base, "official.seoul")
    seoul = official.new_page()
    seoul.goto(f"{base}/city/")
    best = seoul.locator(".match h3 a").first.get_attribute("href")
    for href, message in zip(dict.fromkeys([demo_startup, best]), INTRODUCTION_MESSAGES, strict=False):
        seoul.goto(f"{base}{href}introduce/")
        seoul.fill("#id_message", message)
        seoul.click("form.form button[type=submit]")
        seoul.wait_for_load_state("networkidle")
    official.close()

    page.goto(f"{base}/introductions/")
    page.get_by_role("link", name=re.compile(r"^Answer")).first.click()
    page.check("input[value=accept]")
    page.fill("#id_note", "Happy to talk: we can share the results of our pilots.")
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")
    context.close()

    context = browser.new_context(viewport=VIEWPORT, locale="en")
    page = context.new_page()
    page.goto(f"{base}/signup/city/")
    for field, value in {
        "first_name": "Minho",
        "last_name": "Park",
        "email": "minho.park@seoul.example",
        "username": "minho.park",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "job_title": "Deputy Director, Smart City Division",
        "message": "I lead the smart-mobility team and would like to follow our city's matches.",
    }.items():
        page.fill(f"#id_{field}", value)
    seoul_id = page.locator("#id_city option", has_text="Seoul").first.get_attribute("value")
    page.select_option("#id_city", seoul_id)
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")
    context.close()


def capture(base: str, demo_startup: str) -> list[Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        prepare(browser, base)
        for language in ("en", "ko"):
            contexts = {}
            for shot in SHOTS:
                if shot.login not in contexts:
                    context = browser.new_context(viewport=VIEWPORT, locale=language)
                    context.add_cookies([{"name": "django_language", "value": language, "url": base}])
                    if shot.login:
                        _sign_in(context, base, shot.login)
                    contexts[shot.login] = context
                page = contexts[shot.login].new_page()
                page.goto(f"{base}{shot.path}")
                if shot.click:
                    page.get_by_role("link", name=shot.click, exact=True).first.click()
                match = page.locator("li.match", has=page.get_by_role("link", name=demo_startup, exact=True))
                if shot.demo_listing:
                    match.locator(".meta a").first.click()
                page.wait_for_load_state("networkidle")
                height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
                if shot.demo_match:
                    box = match.first.bounding_box()
                    height = max(height, int(box["y"] + box["height"]) + 24)
                path = OUT / f"{shot.name}-{language}.png"
                page.screenshot(
                    path=path, full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": height}
                )
                page.close()
                written.append(path)
            for context in contexts.values():
                context.close()
        browser.close()
    return written


def main() -> None:
    require_chromium()
    fonts = subprocess.run(["fc-list", ":lang=ko"], capture_output=True, text=True, check=False).stdout
    if not fonts.strip():
        sys.exit(
            "No Korean font: the Korean screenshots would show empty boxes (apt-get install -y fonts-nanum)."
        )
    with tempfile.TemporaryDirectory(prefix="wego-screenshots-") as folder:
        env = {**os.environ, **throwaway_env(folder)}
        demo_startup = build_world(env)
        with served(env) as base:
            os.environ.update({key: env[key] for key in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")})
            for path in capture(base, demo_startup):
                print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
