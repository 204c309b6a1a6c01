"""Work split across forked processes, for the CPU-bound steps of a full run that Python cannot thread
(tokenising thousands of texts). Forked children share the parent's memory (the catalogue, the concept
automaton) without pickling it; only their results travel back, through a pipe.

A Celery prefork worker is a daemon process and may not start `multiprocessing` children; a plain fork is
allowed. Children never touch the database connection they inherit, and leave with `os._exit`."""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
MAX_PROCESSES = 4
log = logging.getLogger(__name__)


def processes() -> int:
    """Cores this process may run on (at most ``MAX_PROCESSES``); 1 where fork is missing."""
    if not hasattr(os, "fork"):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_PROCESSES, cores))


def _run_child(function: Callable[[T], R], item: T, write_fd: int) -> None:
    status = 0
    try:
        payload = pickle.dumps(function(item), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(payload)
    except BaseException:  # noqa: BLE001 - reported to the parent by the exit status
        status = 1
    finally:
        os._exit(status)


def fork_map(function: Callable[[T], R], items: Sequence[T], *, label: str = "work") -> list[R]:
    """``[function(item) for item in items]``: the first item in this process, each other one in a forked
    child, all at once. A child that fails raises RuntimeError here; if this process fails, its children
    are killed. Without fork, the items run one after the other. ``label`` names the work in the log."""
    if len(items) < 2 or not hasattr(os, "fork"):
        return [function(item) for item in items]
    log.info("%s shared out among %d forked processes", label, len(items))
    children: list[tuple[int, int]] = []
    results: list[R] = []
    try:
        for item in items[1:]:
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child's coverage is not collected
                os.close(read_fd)
                _run_child(function, item, write_fd)
            os.close(write_fd)
            children.append((pid, read_fd))
        results.append(function(items[0]))
        failed = 0
        while children:
            pid, read_fd = children.pop(0)
            with os.fdopen(read_fd, "rb") as pipe:
                payload = pipe.read()  # read before waiting: a child blocks until its result is read
            _, status = os.waitpid(pid, 0)
            if status != 0 or not payload:
                failed += 1
            else:
                results.append(pickle.loads(payload))  # noqa: S301 - our own child's result
        if failed:
            raise RuntimeError(f"{failed} of {len(items) - 1} forked workers failed")
        return results
    finally:
        for pid, read_fd in children:  # only left when this process failed first
            with contextlib.suppress(OSError):
                os.close(read_fd)
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def split(n: int, parts: int) -> list[range]:
    """``range(n)`` cut into ``parts`` contiguous ranges of nearly equal length (none empty)."""
    parts = max(1, min(parts, n))
    bounds = [n * i // parts for i in range(parts + 1)]
    return [range(lo, hi) for lo, hi in zip(bounds, bounds[1:], strict=False)]
