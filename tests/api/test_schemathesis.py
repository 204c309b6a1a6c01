"""Schemathesis 4 against the live schema (`/api/schema/`, through WSGI): every operation, as an anonymous
visitor and as each role (token auth), with positive and negative data. Checks: no 5xx, documented status
codes and content types, bodies that match the documented schemas, and (for negative writes) a refused
request leaves every stored row as it was.

Path ids are drawn both from the generator and from the objects of the test world (including other cities'
and startups'), so writes reach the services and scoping is exercised, not only 404s. Hypothesis runs
derandomized, so a run is reproducible."""

from __future__ import annotations

import time
from collections import Counter

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from rest_framework.authtoken.models import Token
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.faults.stored import stored_state

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# Positive cases are cheap (≈ 10 ms); negative ones cost ≈ 80 ms each to generate, so fewer of them. Kept
# small: the whole run goes twice, here and on SQLite (tests/faults/test_sqlite_properties.py).
EXAMPLES = {GenerationMode.POSITIVE: 4, GenerationMode.NEGATIVE: 1}
ROLES = ["anonymous", "outsider", "seoul_official", "startup_member", "pending_member", "secretariat"]
MIN_OPERATIONS = 40  # every operation of the contract; fewer means a route fell out of the schema


@pytest.fixture
def wsgi_schema(db):
    """The schema as served, and requests through Django's WSGI handler inside the test's transaction
    (without closing the connection at the end of each request, as Django's own test client does)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _world_ids(world) -> dict[str, list[int]]:
    """Real ids per resource, mine and other people's, for the `{id}` of each path."""
    return {
        "cities": [world[name].pk for name in ("seoul", "bogota", "pending_city")],
        "challenges": [
            world[name].pk for name in ("seoul_challenge", "bogota_challenge", "pending_challenge")
        ],
        "startups": [world[name].pk for name in ("startup", "other_startup", "pending_startup")],
        "solutions": [world[name].pk for name in ("listing", "draft", "other_listing", "pending_listing")],
        "matches": [match.pk for match in world["matches"].values()],
        "introductions": [world["introduction"].pk, world["bogota_introduction"].pk],
        "applications": [world["application"].pk, world["city_application"].pk],
        "responses": [world["response"].pk],
        "deployments": list(world["listing"].deployments.values_list("pk", flat=True)),
    }


def _gist(exc: BaseException) -> str:
    """The failed checks and the curl line that reproduces them."""
    lines = str(exc).splitlines()
    kept = [line.strip() for line in lines if line.startswith("- ") or "curl " in line]
    detail = [line.strip() for line in lines[lines.index(kept[0]) + 1 :][:8]] if kept else lines[:8]
    return " | ".join([*kept, *[line for line in detail if line]])[:900]


def _has_invalid_inputs(raw_operation: dict) -> bool:
    """Whether negative data exists at all: a body, or a parameter narrower than "any string". (`GET /me/`
    or `GET /sectors/{code}/` have none, and asking Hypothesis for some only burns time.)"""
    if "requestBody" in raw_operation:
        return True
    for parameter in raw_operation.get("parameters", []):
        schema = parameter.get("schema", {})
        if schema.get("type") != "string" or set(schema) - {"type", "description"}:
            return True
    return False


def _run_operation(operation, mode, headers, ids, failures, statuses: Counter, restore_token) -> int:
    resource = operation.path.split("/")[3]
    known = ids.get(resource, [])
    executed = 0

    @hypothesis_settings(
        max_examples=EXAMPLES[mode],
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode), data=st.data())
    def run(case, data):
        nonlocal executed
        if "id" in case.path_parameters and known and mode == GenerationMode.POSITIVE:
            case.path_parameters["id"] = data.draw(st.sampled_from([*known, case.path_parameters["id"]]))
        if "deployment_id" in case.path_parameters and ids["deployments"]:
            case.path_parameters["deployment_id"] = data.draw(st.sampled_from(ids["deployments"]))
        # The schema's security schemes make Schemathesis invent credentials; use the role's own instead.
        case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
        case.headers.update(headers)
        case.cookies = {}
        executed += 1
        write = case.method.upper() not in {"GET", "HEAD", "OPTIONS"}
        before = stored_state() if write and mode == GenerationMode.NEGATIVE else None
        try:
            response = case.call_and_validate(checks=CHECKS)
            kind = "reads" if case.method.upper() == "GET" else "writes"
            statuses[f"{kind} {response.status_code}"] += 1
            if before is not None and response.status_code >= 400 and stored_state() != before:
                failures.append(
                    f"{operation.label} [{mode.value}]: refused with {response.status_code} but "
                    f"stored data changed: {case.as_curl_command()}"
                )
        except (Exception, BaseExceptionGroup) as exc:  # every failure is collected and reported together
            failures.append(f"{operation.label} [{mode.value}]: {_gist(exc)}")
        finally:
            restore_token()  # `DELETE /auth/token/` revokes it; the next cases need it back

    try:
        run()
    except Unsatisfiable:
        # Nothing in this operation can be made invalid (e.g. GET /me/ has no input): no negative cases.
        if mode == GenerationMode.POSITIVE:
            raise
    if mode == GenerationMode.POSITIVE and executed == 0:
        failures.append(f"{operation.label}: no case was run")
    return executed


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_no_operation_breaks_the_contract(world, wsgi_schema, role, capsys):
    user = world["users"][role]
    key = Token.objects.get_or_create(user=user)[0].key if user else ""
    headers = {"Authorization": f"Token {key}"} if user else {}

    def restore_token() -> None:
        if user is not None:
            Token.objects.get_or_create(key=key, defaults={"user": user})

    ids = _world_ids(world)
    failures: list[str] = []
    statuses: Counter = Counter()
    operations = cases = 0
    started = time.perf_counter()
    for result in wsgi_schema.get_all_operations():
        operation = result.ok()
        operations += 1
        raw = wsgi_schema.raw_schema["paths"][operation.path][operation.method.lower()]
        modes = [GenerationMode.POSITIVE]
        if _has_invalid_inputs(raw):
            modes.append(GenerationMode.NEGATIVE)
        for mode in modes:
            cases += _run_operation(operation, mode, headers, ids, failures, statuses, restore_token)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(
            f"\nschemathesis [{role}]: {operations} operations, {cases} cases, {len(failures)} failures "
            f"in {elapsed:.1f} s ({', '.join(f'{k}: {v}' for k, v in sorted(statuses.items()))})"
        )
    assert operations >= MIN_OPERATIONS, f"only {operations} operations in the schema"
    assert cases >= operations, "schemathesis ran (almost) no cases"
    assert not failures, "\n\n".join(failures[:10])
