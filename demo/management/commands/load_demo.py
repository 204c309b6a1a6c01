"""python manage.py load_demo [--seed N] [--cities N] [--startups N] [--reset]"""

import time

from django.core.management.base import BaseCommand, CommandParser

from demo.builder import build_demo, clear_demo, demo_present


class Command(BaseCommand):
    help = "Fill an empty database with a believable demo world (real cities, startups, listings, logins)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed: the same seed gives the same world."
        )
        parser.add_argument("--cities", type=int, default=80, help="Member cities (real places).")
        parser.add_argument("--startups", type=int, default=320, help="Startups (about two listings each).")
        parser.add_argument("--reset", action="store_true", help="Delete the existing demo world first.")

    def handle(self, *args, seed: int, cities: int, startups: int, reset: bool, **options) -> None:
        if cities < 2 or startups < 2:
            self.stderr.write("Need at least 2 cities and 2 startups.")
            raise SystemExit(2)
        if demo_present():
            if not reset:
                self.stdout.write("Demo data already present; nothing loaded (use --reset to replace it).")
                return
            clear_demo()
        started = time.perf_counter()
        summary = build_demo(seed=seed, cities=cities, startups=startups)
        elapsed = time.perf_counter() - started
        logins = summary.logins
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {summary.cities} cities, {summary.challenges} challenges, "
                f"{summary.startups} startups, {summary.listings} listings, "
                f"{summary.deployments} reference deployments and "
                f"{summary.applications} applications in {elapsed:.1f} s."
            )
        )
        self.stdout.write(f"Demo logins (password for all: {logins.password}):")
        self.stdout.write(f"  secretariat staff      {logins.secretariat}")
        self.stdout.write(f"  city official          {logins.official}  ({summary.official_city})")
        self.stdout.write(f"  official of another    {logins.other_official}  ({summary.other_city})")
        self.stdout.write(f"  startup member         {logins.startup_member}  ({summary.startup_name})")
