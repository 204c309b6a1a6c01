"""The benchmark's memory sampler: PSS of this process and its children, the largest since the last call."""

from __future__ import annotations

import subprocess
import sys

import pytest

from matching.management.memory import PeakMemory, pss_available

pytestmark = pytest.mark.skipif(not pss_available(), reason="PSS is reported on Linux only")

HOLD_MIB = 200


def test_the_peak_counts_a_child_and_restarts_after_each_call():
    memory = PeakMemory()
    try:
        baseline = memory.peak_mib()
        assert baseline is not None and baseline > 10  # this test process at least
        # a child that touches HOLD_MIB of memory for a second: the sampler sees it among the descendants
        subprocess.run(
            [sys.executable, "-c", f"import time; b = b'x' * ({HOLD_MIB} << 20); time.sleep(1.0)"], check=True
        )
        with_child = memory.peak_mib()
        assert with_child >= baseline + 0.8 * HOLD_MIB
        after = memory.peak_mib()  # the child is gone: the next peak is back to this process alone
        assert after < with_child - 0.8 * HOLD_MIB
    finally:
        memory.close()
    assert memory._sampler.returncode == 0
