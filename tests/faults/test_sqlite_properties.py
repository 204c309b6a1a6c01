"""The property-based tests once more on the embedded default, SQLite (what `make run` serves with no
settings): schemathesis over every operation as every role (tests/api/test_schemathesis.py) and hypothesis
over every page form and the API writes (tests/faults/test_bad_input.py), in a pytest run of their own
with no DATABASE_URL. On a run that is on SQLite already, those tests ran in it: nothing to repeat."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings

from tests.matching.conftest import ROOT

PROPERTY_TESTS = ["tests/api/test_schemathesis.py", "tests/faults/test_bad_input.py"]


def test_the_property_tests_find_no_server_error_on_sqlite(capsys):
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        pytest.skip("this run is on SQLite: the property tests run in it")
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "TEST_DATABASE_NAME"}
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", *PROPERTY_TESTS]
        + ["-k", "not the_engine", "-o", "log_cli=false"],  # the engine reads no database
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = run.stdout.splitlines()
    with capsys.disabled():
        for line in lines:
            if line.startswith("schemathesis [") or " passed" in line or " failed" in line:
                print(f"\n[sqlite] {line}", end="")
    assert run.returncode == 0, "\n".join(lines[-60:]) + run.stderr[-3000:]
    assert sum(line.startswith("schemathesis [") for line in lines) >= 4, "schemathesis did not run per role"
