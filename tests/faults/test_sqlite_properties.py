"""The property-based tests once more on the embedded default, SQLite (what `make run` serves with no
settings): schemathesis over every operation as every role (tests/api/test_schemathesis.py) and hypothesis
over every page form and the API writes (tests/faults/test_bad_input.py), in a pytest run of their own
with no DATABASE_URL, started as soon as the session has collected it (so it runs beside the rest of the
suite). On a run that is on SQLite already, those tests ran in it: nothing to repeat."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest
from django.conf import settings

from tests.matching.conftest import ROOT

PROPERTY_TESTS = ["tests/api/test_schemathesis.py", "tests/faults/test_bad_input.py"]


_run: subprocess.Popen | None = None
# the run's stdout and stderr: files, not pipes (a full pipe would stall it), read once it has ended
_output = tuple(tempfile.TemporaryFile(mode="w+") for _ in range(2))  # noqa: SIM115 - open for the session


def on_sqlite() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def start() -> None:
    """Start the SQLite run in the background (tests/conftest.py calls this once the session has collected
    this test): it runs beside the rest of the suite, on the core a single pytest process leaves idle, and
    the test below waits for it."""
    global _run
    if _run is not None or on_sqlite():
        return
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "TEST_DATABASE_NAME"}
    }
    _run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", *PROPERTY_TESTS]
        + ["-k", "not the_engine", "-o", "log_cli=false"],  # the engine reads no database
        cwd=ROOT,
        env=env,
        stdout=_output[0],
        stderr=_output[1],
        text=True,
    )


def stop() -> None:
    """Kill the run if it is still going (a session that ends early)."""
    if _run is not None and _run.poll() is None:
        _run.kill()
        _run.wait()


def test_the_property_tests_find_no_server_error_on_sqlite(capsys):
    if on_sqlite():
        pytest.skip("this run is on SQLite: the property tests run in it")
    start()  # not started yet when this test runs on its own
    try:
        _run.wait(timeout=900)
    finally:
        stop()
    stdout, stderr = (_read(f) for f in _output)
    lines = stdout.splitlines()
    with capsys.disabled():
        for line in lines:
            if line.startswith("schemathesis [") or " passed" in line or " failed" in line:
                print(f"\n[sqlite] {line}", end="")
    assert _run.returncode == 0, "\n".join(lines[-60:]) + stderr[-3000:]
    assert sum(line.startswith("schemathesis [") for line in lines) >= 4, "schemathesis did not run per role"


def _read(file) -> str:
    file.seek(0)
    return file.read()
