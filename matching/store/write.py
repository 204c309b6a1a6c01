"""Writes an engine result as Match rows: PostgreSQL's COPY, fed while it is being built (in a forked child
for a full run, so formatting and parsing use both cores), or bulk_create on other databases."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
from collections.abc import Iterable, Iterator

import numpy as np
from django.db import connection

from matching.engine import MatchResult, TextIndex
from matching.inputs import Catalogue
from matching.models import Match
from matching.reasons.build import reason_slots
from matching.store.partitions import run_table
from matching.store.pieces import Pieces, fixed, gather

COLUMNS = (
    "run_id",
    "city_id",
    "startup_id",
    "score",
    "relevance",
    "sector_fit",
    "proof",
    "reach",
    "readiness",
    "listing_id",
    "challenge_id",
    "deployment_id",
    "overseas",
    "city_rank",
    "startup_rank",
    "reasons",
)
SCORES = ("score", "relevance", "sector_fit", "proof", "reach", "readiness")
FORK_FROM_ROWS = 50_000  # rows from which a child process formats the COPY stream
NULL = "\\N"  # COPY's text format
log = logging.getLogger(__name__)


def _field(pieces: Pieces, texts: Iterable[str]) -> np.ndarray:
    """Pieces "<text>\t" for a column's distinct values, then NULL's: index -1 picks NULL."""
    return pieces.add([f"{text}\t" for text in texts] + [f"{NULL}\t"])


def _score_rows(result: MatchResult) -> np.ndarray:
    """Each row's six scores with their tabs, fixed width: a (rows, 56) uint8 matrix."""
    tab = np.full((len(result), 1), ord("\t"), dtype=np.uint8)
    columns = [fixed(result.score, 3)]  # 0–100
    columns += [fixed(getattr(result, name), 1) for name in SCORES[1:]]  # 0–1
    return np.hstack([part for column in columns for part in (column, tab)])


def _blocks(
    result: MatchResult,
    cat: Catalogue,
    run_id: int,
    text_index: TextIndex | None,
    chunk: int = 40_000,
    block: int = 10_000,
) -> Iterator[bytes]:
    """Blocks of rows in COPY's text format. A chunk's rows become sequences of piece ids all at once
    (vectorised), then their bytes are gathered block by block as COPY asks for them. Chunks keep the first
    block early, so that PostgreSQL parses while the rest is still being formatted."""
    cities, startups = cat.cities, cat.startups
    pieces = Pieces()
    top_rank = int(max(result.city_rank.max(initial=0), result.startup_rank.max(initial=0)))
    ranks = _field(pieces, [str(rank) for rank in range(1, top_rank + 1)])
    fields = [  # (column of the result, pieces of its values by index)
        (result.city, _field(pieces, cities.ids.astype(str).tolist())),
        (result.startup, _field(pieces, startups.ids.astype(str).tolist())),
        None,  # the scores
        (result.listing, _field(pieces, startups.listings.ids.astype(str).tolist())),
        (result.challenge, _field(pieces, cities.challenges.ids.astype(str).tolist())),
        (result.deployment, _field(pieces, startups.deployments.ids.astype(str).tolist())),
        (result.overseas, _field(pieces, ["f", "t"])),
        (result.city_rank.astype(np.int64) - 1, ranks),  # rank 0 (not in that top K): NULL
        (result.startup_rank.astype(np.int64) - 1, ranks),
    ]
    run, open_reasons, close_reasons = pieces.add([f"{int(run_id)}\t", "[", "]\n"])
    for lo in range(0, len(result), chunk):
        rows = np.arange(lo, min(len(result), lo + chunk))
        slots = np.empty((rows.shape[0], 18), dtype=np.int64)
        slots[:, 0] = run
        for column, spec in enumerate(fields, start=1):
            if spec is None:
                continue
            values, table = spec
            values = values[rows].astype(np.int64)
            slots[:, column] = table[np.where(values >= 0, values, -1)]
        part = result.take(rows)
        slots[:, 10] = open_reasons
        slots[:, 11:17] = reason_slots(part, cat, pieces, text_index)  # reasons stay for later chunks
        slots[:, 17] = close_reasons
        shared = len(pieces.items)
        slots[:, 3] = pieces.add_rows(_score_rows(part))  # one piece per row: dropped after the chunk
        for start in range(0, rows.shape[0], block):
            yield gather(pieces, slots[start : start + block])
        del pieces.items[shared:]


class _BlockReader(io.RawIOBase):
    """A file-like object over an iterator of byte blocks, so COPY consumes rows as they are produced."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target: memoryview) -> int:
        if not self._buffer:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._buffer = memoryview(block)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def _forked_blocks(blocks: Iterator[bytes]) -> tuple[io.BufferedReader, int] | None:
    """Build the blocks in a forked child that writes them to a pipe, so the parent only pumps bytes
    to PostgreSQL while the child formats (both cores busy, no GIL shared). None where fork is missing."""
    if not hasattr(os, "fork"):
        return None
    read_fd, write_fd = os.pipe()
    with contextlib.suppress(ImportError, OSError, AttributeError):  # Linux: a 1 MiB pipe, fewer hand-overs
        import fcntl

        fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    pid = os.fork()
    if pid == 0:  # the child: format, write, and leave without running the parent's clean-up
        status = 0
        try:
            os.close(read_fd)
            with os.fdopen(write_fd, "wb", buffering=0) as pipe:
                for block in blocks:
                    pipe.write(block)
        except BaseException:  # noqa: BLE001 - reported to the parent by the exit status
            status = 1
        finally:
            os._exit(status)
    os.close(write_fd)
    return os.fdopen(read_fd, "rb", buffering=1 << 20), pid


def _copy(table: str, blocks: Iterator[bytes], expected: int) -> None:
    sql = f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN"  # text format: tab-separated, \N for NULL
    # forking a worker that holds the catalogue costs ~30 ms: worth it for a full run, not for the few
    # thousand rows of an incremental re-score
    forked = _forked_blocks(blocks) if expected >= FORK_FROM_ROWS else None
    if forked is not None:
        log.info("COPY of %d match rows formatted by a forked process", expected)
    with connection.cursor() as cursor:
        if forked is None:
            cursor.copy_expert(sql, io.BufferedReader(_BlockReader(blocks), buffer_size=1 << 20), 1 << 20)
            copied = cursor.cursor.rowcount
        else:
            pipe, pid = forked
            try:
                cursor.copy_expert(sql, pipe, 1 << 20)
                copied = cursor.cursor.rowcount
            finally:
                pipe.close()
                _, status = os.waitpid(pid, 0)
            if status != 0:
                raise RuntimeError(f"the process formatting the match rows failed (status {status})")
    if copied != expected:  # a short stream must never be committed as a complete set
        raise RuntimeError(f"COPY stored {copied} match rows, expected {expected}")


def _parsed(blocks: Iterator[bytes]) -> Iterator[Match]:
    """The rows of the text-format blocks as unsaved Match objects (databases without COPY)."""
    for line in b"".join(blocks).decode().splitlines():
        fields = [None if value == NULL else value for value in line.split("\t")]
        values = dict(zip(COLUMNS, fields, strict=True))
        values["reasons"] = json.loads(values["reasons"].replace("\\\\", "\\"))
        values["overseas"] = values["overseas"] == "t"
        yield Match(**values)


def write_matches(
    result: MatchResult,
    cat: Catalogue,
    *,
    run_id: int,
    bulk: bool = False,
    text_index: TextIndex | None = None,
) -> int:
    """Insert the result's rows for `run_id`, inside the caller's transaction. `bulk`: a full run's rows,
    into the run's own table (PostgreSQL); otherwise into the live table. Elsewhere: bulk_create."""
    if len(result) == 0:
        return 0
    blocks = _blocks(result, cat, run_id, text_index)
    if connection.vendor == "postgresql":
        _copy(run_table(run_id) if bulk else Match._meta.db_table, blocks, len(result))
        return len(result)
    return len(Match.objects.bulk_create(_parsed(blocks), batch_size=2000))
