"""Forked helpers of a full run: results in order, a failing child reported, no child left behind."""

from __future__ import annotations

import os
import time

import pytest

from matching.engine.parallel import fork_map, processes, split


def test_each_item_runs_in_its_own_process_and_results_come_back_in_order():
    results = fork_map(lambda x: (x * x, os.getpid()), [1, 2, 3])
    assert [square for square, _ in results] == [1, 4, 9]
    pids = [pid for _, pid in results]
    assert pids[0] == os.getpid() and len(set(pids)) == 3


def test_a_failing_child_raises_here():
    with pytest.raises(RuntimeError, match="1 of 1 forked workers failed"):
        fork_map(lambda x: 1 / x, [1, 0])


def test_when_this_process_fails_its_children_are_killed(tmp_path):
    pid_file = tmp_path / "child.pid"

    def work(item: int) -> int:
        if item == 0:
            while not pid_file.exists():  # the child has started
                time.sleep(0.01)
            raise ValueError("the parent's share failed")
        pid_file.write_text(str(os.getpid()))
        time.sleep(600)
        return item

    with pytest.raises(ValueError, match="parent's share"):
        fork_map(work, [0, 1])
    with pytest.raises(ProcessLookupError):  # killed and reaped, not left running for ten minutes
        os.kill(int(pid_file.read_text()), 0)


def test_one_item_or_none_runs_here():
    assert fork_map(lambda x: os.getpid(), [7]) == [os.getpid()]
    assert fork_map(lambda x: x, []) == []


def test_split_covers_the_range_in_nearly_equal_parts():
    parts = split(10, 3)
    assert [list(part) for part in parts] == [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]
    assert split(2, 4) == [range(0, 1), range(1, 2)]
    assert 1 <= processes() <= 4
