"""Peak memory of a process and its forked helpers, for the benchmark.

``ru_maxrss`` of a forked child counts every page it shares with its parent, so adding the parent's and the
children's peaks overstates the total. This sampler, run as a separate process
(``python -m matching.management.memory PID``), sums the proportional set size (PSS: each shared page
split among the processes that share it) of PID and its descendants every 250 ms, and answers "peak" on its
standard input with the largest sum since the last question, in KiB. Linux only (``/proc``)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

INTERVAL = 0.25


def _tree(pid: int) -> list[int]:
    pids, pending = [], [pid]
    while pending:
        current = pending.pop()
        pids.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                pending += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return pids


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def sample(pid: int) -> None:
    peak = 0
    while Path(f"/proc/{pid}").exists():
        peak = max(peak, sum(_pss_kib(p) for p in _tree(pid)))
        ready, _, _ = select.select([sys.stdin], [], [], INTERVAL)
        if ready:
            line = sys.stdin.readline()
            if not line:
                return
            print(peak, flush=True)
            peak = 0


class PeakMemory:
    """``peak_mib()``: the largest PSS of this process and its children since the previous call; None
    where ``/proc`` is missing."""

    def __init__(self) -> None:
        self._sampler = None
        if Path(f"/proc/{os.getpid()}/smaps_rollup").exists():
            self._sampler = subprocess.Popen(  # noqa: S603 - our own module, our own pid
                [sys.executable, "-m", "matching.management.memory", str(os.getpid())],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )  # fmt: skip

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
