"""The time from an event to its mail accepted by an SMTP server, through the outbox and the Celery worker.

    REDIS_URL=redis://127.0.0.1:6379/2 .venv/bin/python scripts/measure_mail_latency.py [--runs 20]

Uses a PostgreSQL database of its own (`--database`, default postgres://postgres@127.0.0.1:5432/
wego_mail_latency: created and migrated if missing, its rows left for the next run), a real SMTP server
(aiosmtpd, in this process) and one real `celery worker` subprocess consuming from REDIS_URL (flushed first).
Each run is one introduction request through `introductions.services.request_introduction` (the event: its
row, its notification and its outbox mail in one transaction; the delivery queued on commit); the clock starts
before the service is called and stops when the SMTP server has the whole message. Runs are one after the
other (a latency, not a throughput). One warm-up run (the worker's first database connection) is left out.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/wego_mail_latency")
    args = parser.parse_args()
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        sys.exit("Set REDIS_URL (a Redis database this script may flush), e.g. redis://127.0.0.1:6379/2")

    import psycopg2
    import redis

    server, name = args.database.rsplit("/", 1)
    admin = psycopg2.connect(f"{server}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    redis.Redis.from_url(redis_url).flushdb()

    from aiosmtpd.controller import Controller

    arrivals: list[float] = []
    arrived = threading.Event()

    class Handler:
        async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's hook
            arrivals.append(time.perf_counter())
            arrived.set()
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()

    env = {
        **os.environ,
        "DATABASE_URL": args.database,
        "REDIS_URL": redis_url,
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "DJANGO_SETTINGS_MODULE": "wego_portal.settings",
        "MATCHING_EMBEDDING_MODEL": "none",
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    worker_log = ROOT / "var" / "mail-latency-worker.log"
    worker_log.parent.mkdir(exist_ok=True)
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "wego_portal",
            "worker",
            "--pool=prefork",
            "-c1",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=worker_log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while "ready." not in worker_log.read_text():
            if worker.poll() is not None or time.monotonic() > deadline:
                sys.exit(worker_log.read_text()[-3000:])
            time.sleep(0.1)
        timings = measure(args.runs, arrivals, arrived)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        controller.stop()
    ms = sorted(t * 1000 for t in timings)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    print(f"event → mail accepted by the SMTP server, through the outbox and the worker ({len(ms)} runs)")
    median = statistics.median(ms)
    print(f"  median {median:.0f} ms · p90 {p90:.0f} ms · min {ms[0]:.0f} ms · max {ms[-1]:.0f} ms")


def measure(runs: int, arrivals: list[float], arrived: threading.Event) -> list[float]:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from accounts.models import Profile, Role
    from cities.models import MemberCity
    from core import geo
    from core.models import MembershipStatus, Region
    from introductions.services import request_introduction
    from startups.models import Startup

    User = get_user_model()
    stamp = int(time.time())
    city = MemberCity.objects.create(
        region=Region.objects.get(code=geo.region_for_country("KR")),
        name=f"Latency City {stamp}",
        country="KR",
        membership_status=MembershipStatus.APPROVED,
        population=1,
        joined_on=timezone.now().date(),
    )
    official = User.objects.create(username=f"latency.official.{stamp}", email="official@latency.example")
    Profile.objects.create(user=official, role=Role.CITY_OFFICIAL, city=city, member_since=timezone.now())
    timings = []
    for run in range(runs + 1):
        startup = Startup.objects.create(
            name=f"Latency Startup {stamp}-{run}",
            country="KR",
            founded_year=2020,
            team_size=5,
            membership_status=MembershipStatus.APPROVED,
            joined_on=timezone.now().date(),
        )
        member = User.objects.create(
            username=f"latency.member.{stamp}.{run}", email=f"m{run}@latency.example"
        )
        Profile.objects.create(
            user=member, role=Role.STARTUP_MEMBER, startup=startup, member_since=timezone.now()
        )
        arrived.clear()
        started = time.perf_counter()
        request_introduction(city=city, startup=startup, requested_by=official, message="Can we meet?")
        if not arrived.wait(timeout=60):
            sys.exit("No mail arrived within 60 s: see var/mail-latency-worker.log")
        if run:  # the first run warms the worker's database connection up
            timings.append(arrivals[-1] - started)
    return timings


if __name__ == "__main__":
    main()
