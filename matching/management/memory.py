"""Peak memory of a process and its forked helpers, for the benchmark.

``ru_maxrss`` of a forked child counts every page it shares with its parent, so adding the parent's and the
children's peaks overstates the total. This sampler, run as a separate process
(``python -m matching.management.memory PID``), sums the proportional set size (PSS: each shared page
split among the processes that share it, read by ``psutil``) of PID and its descendants, the sampler itself
left out, every 250 ms, and answers "peak" on its standard input with the largest sum since the last
question, in KiB. PSS is known on Linux only; elsewhere ``PeakMemory.peak_mib()`` is None."""

from __future__ import annotations

import os
import select
import subprocess
import sys

import psutil

INTERVAL = 0.25


def _pss_kib(process: psutil.Process) -> int:
    try:
        return int(process.memory_full_info().pss) // 1024
    except (psutil.Error, AttributeError):  # gone, a zombie, not ours to read; AttributeError: no PSS here
        return 0


def _tree_pss_kib(root: psutil.Process) -> int:
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    me = os.getpid()
    return sum(_pss_kib(process) for process in processes if process.pid != me)


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def sample(pid: int) -> None:
    peak = 0
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while _alive(root):
        peak = max(peak, _tree_pss_kib(root))
        ready, _, _ = select.select([sys.stdin], [], [], INTERVAL)
        if ready:
            line = sys.stdin.readline()
            if not line:
                return
            print(peak, flush=True)
            peak = 0


def pss_available() -> bool:
    """Whether this platform reports PSS (Linux)."""
    try:
        return hasattr(psutil.Process().memory_full_info(), "pss")
    except psutil.Error:
        return False


class PeakMemory:
    """``peak_mib()``: the largest PSS of this process and its children since the previous call; None
    where PSS is not available."""

    def __init__(self) -> None:
        self._sampler = None
        if pss_available():
            self._sampler = subprocess.Popen(  # noqa: S603 - our own module, our own pid
                [sys.executable, "-m", "matching.management.memory", str(os.getpid())],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )

    def peak_mib(self) -> float | None:
        if self._sampler is None:
            return None
        self._sampler.stdin.write("peak\n")
        self._sampler.stdin.flush()
        return int(self._sampler.stdout.readline()) / 1024

    def close(self) -> None:
        if self._sampler is not None:
            self._sampler.stdin.close()
            self._sampler.wait(timeout=5)


if __name__ == "__main__":
    sample(int(sys.argv[1]))
