"""python manage.py embed_texts [--limit N] [--batch N]: the first embedding pass over a catalogue."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from matching import pipeline


class Command(BaseCommand):
    help = (
        "Embed and store the sentence embeddings of the catalogue's texts that have none yet (the same code "
        "as the embed_texts task). One transaction per batch: pages are never blocked, and an interrupted "
        "pass (Ctrl-C) keeps what it stored; run it again to resume."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--limit", type=int, default=None, help="Embed at most this many texts.")
        parser.add_argument("--batch", type=int, default=64, help="Texts per batch (and per transaction).")

    def handle(self, *args, limit: int | None, batch: int, **options) -> None:
        started = time.perf_counter()
        seen = {"done": 0, "total": 0}

        def progress(done: int, total: int) -> None:
            seen.update(done=done, total=total)
            elapsed = time.perf_counter() - started
            rate = done / elapsed if elapsed else 0.0
            eta = (total - done) / rate if rate else 0.0
            self.stdout.write(
                f"embed_texts: {done} / {total} texts, {rate:.1f} texts/s, ETA {eta / 60:.1f} min",
                ending="\r" if self.stdout.isatty() else "\n",
            )
            self.stdout.flush()

        model = settings.MATCHING_EMBEDDING_MODEL
        self.stdout.write(f"embed_texts: model {model}, batches of {batch}")
        try:
            result = pipeline.embed_catalogue(limit=limit, batch=max(1, batch), progress=progress)
        except KeyboardInterrupt:
            self.stdout.write("")
            self.stdout.write(
                self.style.WARNING(
                    f"Interrupted: {seen['done']} of {seen['total']} texts stored; run again to resume."
                )
            )
            return
        if result is None:
            self.stdout.write(
                self.style.WARNING(f"No embedding model ({model!r} is off or cannot load): nothing to do.")
            )
            return
        elapsed = time.perf_counter() - started
        rate = result.computed / elapsed if elapsed else 0.0
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Embedded {result.computed} texts in {elapsed:.1f} s ({rate:.1f} texts/s); "
                f"{result.missing} still to embed; {len(result.vectors) - result.computed - result.missing} "
                "were already stored or repeated."
            )
        )
