"""python manage.py rescore --all [--slices N] | --startup ID | --city ID | --pending"""

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from matching import pipeline


class Command(BaseCommand):
    help = "Re-score stored matches with the same code the Celery tasks run."

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="A full run over the whole catalogue.")
        which.add_argument("--startup", type=int, metavar="ID", help="One startup against every city.")
        which.add_argument("--city", type=int, metavar="ID", help="One city against every startup.")
        which.add_argument("--pending", action="store_true", help="Process the re-scoring outbox now.")
        parser.add_argument("--slices", type=int, default=1, help="City slices of a full run (--all).")

    def handle(
        self, *args, all: bool, startup: int | None, city: int | None, pending: bool, slices: int, **options
    ) -> None:
        started = time.perf_counter()
        if all:
            if slices < 1:
                raise CommandError("--slices must be at least 1")
            run = pipeline.rescore_all(slices=slices)
            what = f"run {run.pk}: {run.pairs} matches stored (embeddings: {run.params.get('embeddings')})"
        elif startup is not None:
            what = f"startup {startup}: {pipeline.rescore_startups([startup])} matches stored"
        elif city is not None:
            what = f"city {city}: {pipeline.rescore_cities([city])} matches stored"
        else:
            what = f"outbox: {pipeline.drain_outbox()}"
        self.stdout.write(self.style.SUCCESS(f"Re-scored {what} in {time.perf_counter() - started:.2f} s."))
