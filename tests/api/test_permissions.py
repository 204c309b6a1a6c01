"""Every role (plus an outsider and an anonymous visitor) against every resource, by id, across cities and
startups. Someone else's object answers 404 (or 403 when it is public but not theirs to change), never
the data."""

from __future__ import annotations

import pytest

from tests.api.conftest import ROLES

V1 = "/api/v1"

# (case id, method, path, body (or a function of the world), expected status per role; "*" for the rest)
CASES = [
    # --- cities
    ("read approved city", "get", lambda w: f"/cities/{w['seoul'].pk}/", None, {"*": 200}),
    (
        "read pending city",
        "get",
        lambda w: f"/cities/{w['pending_city'].pk}/",
        None,
        {"*": 404, "secretariat": 200, "pending_official": 200},
    ),
    (
        "edit own city",
        "patch",
        lambda w: f"/cities/{w['seoul'].pk}/",
        {"population": 9_500_000},
        {"*": 403, "anonymous": 401, "seoul_official": 200, "secretariat": 200},
    ),
    (
        "edit another city",
        "patch",
        lambda w: f"/cities/{w['bogota'].pk}/",
        {"population": 8_000_000},
        {"*": 403, "anonymous": 401, "bogota_official": 200, "secretariat": 200},
    ),
    (
        "edit pending city",
        "patch",
        lambda w: f"/cities/{w['pending_city'].pk}/",
        {"profile": "Updated."},
        {"*": 404, "anonymous": 401, "pending_official": 200, "secretariat": 200},
    ),
    # --- challenges
    ("read challenge", "get", lambda w: f"/challenges/{w['seoul_challenge'].pk}/", None, {"*": 200}),
    (
        "read pending city's challenge",
        "get",
        lambda w: f"/challenges/{w['pending_challenge'].pk}/",
        None,
        {"*": 404, "secretariat": 200, "pending_official": 200},
    ),
    (
        "edit Seoul's challenge",
        "patch",
        lambda w: f"/challenges/{w['seoul_challenge'].pk}/",
        {"title": "Halve food waste"},
        {"*": 403, "anonymous": 401, "seoul_official": 200, "secretariat": 200},
    ),
    (
        "close Bogotá's challenge",
        "post",
        lambda w: f"/challenges/{w['bogota_challenge'].pk}/close/",
        None,
        {"*": 403, "anonymous": 401, "bogota_official": 200, "secretariat": 200},
    ),
    (
        "post a challenge",
        "post",
        lambda w: "/challenges/",
        {"title": "Flood alerts", "description": "Early warning for the river.", "sectors": ["water"]},
        {
            "*": 403,
            "anonymous": 401,
            "seoul_official": 201,
            "bogota_official": 201,
            "pending_official": 201,
            "secretariat": 400,
        },
    ),
    (
        "post a challenge for another city",
        "post",
        lambda w: "/challenges/",
        lambda w: {
            "city": w["bogota"].pk,
            "title": "Flood alerts",
            "description": "Early warning.",
            "sectors": ["safety"],
        },
        {
            "*": 403,
            "anonymous": 401,
            "seoul_official": 400,
            "pending_official": 400,
            "bogota_official": 201,
            "secretariat": 201,
        },
    ),
    # --- startups
    ("read approved startup", "get", lambda w: f"/startups/{w['startup'].pk}/", None, {"*": 200}),
    (
        "read pending startup",
        "get",
        lambda w: f"/startups/{w['pending_startup'].pk}/",
        None,
        {"*": 404, "secretariat": 200, "pending_member": 200},
    ),
    (
        "edit own startup",
        "patch",
        lambda w: f"/startups/{w['startup'].pk}/",
        {"team_size": 30},
        {"*": 403, "anonymous": 401, "startup_member": 200, "secretariat": 200},
    ),
    (
        "edit pending startup",
        "patch",
        lambda w: f"/startups/{w['pending_startup'].pk}/",
        {"team_size": 3},
        {"*": 404, "anonymous": 401, "pending_member": 200, "secretariat": 200},
    ),
    # --- solution listings
    ("read published listing", "get", lambda w: f"/solutions/{w['listing'].pk}/", None, {"*": 200}),
    (
        "read a draft",
        "get",
        lambda w: f"/solutions/{w['draft'].pk}/",
        None,
        {"*": 404, "startup_member": 200, "secretariat": 200},
    ),
    (
        "read a pending startup's listing",
        "get",
        lambda w: f"/solutions/{w['pending_listing'].pk}/",
        None,
        {"*": 404, "pending_member": 200, "secretariat": 200},
    ),
    (
        "edit a listing",
        "patch",
        lambda w: f"/solutions/{w['listing'].pk}/",
        {"summary": "Now with billing."},
        {"*": 403, "anonymous": 401, "startup_member": 200, "secretariat": 200},
    ),
    (
        "edit another startup's listing",
        "patch",
        lambda w: f"/solutions/{w['other_listing'].pk}/",
        {"summary": "Taken over."},
        {"*": 403, "anonymous": 401, "other_startup_member": 200, "secretariat": 200},
    ),
    (
        "delete another startup's listing",
        "delete",
        lambda w: f"/solutions/{w['other_listing'].pk}/",
        None,
        {"*": 403, "anonymous": 401, "other_startup_member": 204, "secretariat": 204},
    ),
    (
        "add a deployment",
        "post",
        lambda w: f"/solutions/{w['listing'].pk}/deployments/",
        {"city_name": "Goyang", "country": "KR", "population": 1_070_000},
        {"*": 403, "anonymous": 401, "startup_member": 201, "secretariat": 201},
    ),
    (
        "publish a listing",
        "post",
        lambda w: "/solutions/",
        {
            "title": "Leak detection",
            "summary": "Acoustic sensors.",
            "description": "Finds leaks early.",
            "sectors": ["water"],
        },
        {
            "*": 403,
            "anonymous": 401,
            "startup_member": 201,
            "other_startup_member": 201,
            "pending_member": 201,
            "secretariat": 400,
        },
    ),
    (
        "publish for another startup",
        "post",
        lambda w: "/solutions/",
        lambda w: {
            "startup": w["other_startup"].pk,
            "title": "X",
            "summary": "Y",
            "description": "Z",
            "sectors": ["water"],
        },
        {
            "*": 403,
            "anonymous": 401,
            "startup_member": 400,
            "pending_member": 400,
            "other_startup_member": 201,
            "secretariat": 201,
        },
    ),
    # --- matches
    (
        "read Seoul's match",
        "get",
        lambda w: f"/matches/{w['matches']['seoul_startup'].pk}/",
        None,
        {"*": 404, "anonymous": 401, "seoul_official": 200, "startup_member": 200, "secretariat": 200},
    ),
    (
        "read Bogotá's match",
        "get",
        lambda w: f"/matches/{w['matches']['bogota_other'].pk}/",
        None,
        {"*": 404, "anonymous": 401, "bogota_official": 200, "other_startup_member": 200, "secretariat": 200},
    ),
    (
        "read a match outside the startup's own list",
        "get",
        lambda w: f"/matches/{w['matches']['bogota_startup'].pk}/",
        None,
        {"*": 404, "anonymous": 401, "bogota_official": 200, "secretariat": 200},
    ),
    # --- introductions
    (
        "read an introduction",
        "get",
        lambda w: f"/introductions/{w['introduction'].pk}/",
        None,
        {"*": 404, "anonymous": 401, "seoul_official": 200, "startup_member": 200, "secretariat": 200},
    ),
    (
        "accept an introduction",
        "post",
        lambda w: f"/introductions/{w['introduction'].pk}/accept/",
        {},
        {"*": 404, "anonymous": 401, "startup_member": 200, "seoul_official": 403, "secretariat": 403},
    ),
    (
        "decline another startup's introduction",
        "post",
        lambda w: f"/introductions/{w['bogota_introduction'].pk}/decline/",
        {"decline_reason": "no_capacity"},
        {"*": 404, "anonymous": 401, "other_startup_member": 200, "bogota_official": 403, "secretariat": 403},
    ),
    (
        "withdraw an introduction",
        "post",
        lambda w: f"/introductions/{w['introduction'].pk}/withdraw/",
        {},
        {"*": 404, "anonymous": 401, "seoul_official": 200, "startup_member": 403, "secretariat": 403},
    ),
    (
        "request an introduction",
        "post",
        lambda w: "/introductions/",
        lambda w: {"startup": w["other_startup"].pk, "message": "Could we talk about night buses?"},
        {"*": 403, "anonymous": 401, "seoul_official": 201, "bogota_official": 409},
    ),
    # --- applications
    (
        "read an application",
        "get",
        lambda w: f"/applications/{w['application'].pk}/",
        None,
        {"*": 404, "anonymous": 401, "pending_member": 200, "secretariat": 200},
    ),
    (
        "approve an application",
        "post",
        lambda w: f"/applications/{w['application'].pk}/approve/",
        {"note": "References checked."},
        {"*": 404, "anonymous": 401, "pending_member": 403, "secretariat": 200},
    ),
    (
        "reject a city's application",
        "post",
        lambda w: f"/applications/{w['city_application'].pk}/reject/",
        {"note": "Not a local government."},
        {"*": 404, "anonymous": 401, "pending_official": 403, "secretariat": 200},
    ),
    # --- me
    ("who am I", "get", lambda w: "/me/", None, {"*": 200, "anonymous": 401}),
]


def _expected(table: dict, role: str) -> int:
    return table.get(role, table["*"])


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [pytest.param(m, p, b, e, id=name) for name, m, p, b, e in CASES],
)
def test_every_role_gets_only_what_it_may(world, api, role, method, path, body, expected):
    client = api(world["users"][role])
    url = V1 + path(world)
    body = body(world) if callable(body) else body
    if body is None:
        response = getattr(client, method)(url)
    else:
        response = getattr(client, method)(url, body, format="json")
    want = _expected(expected, role)
    assert response.status_code == want, (role, method, url, response.status_code, response.content[:300])
    if want in (401, 403, 404):
        # The error body, and nothing of the object.
        assert set(response.json()) == {"status", "code", "detail", "errors"}
        assert response.json()["status"] == want


LISTS = {
    "matches": lambda w: {
        "anonymous": None,
        "seoul_official": {w["matches"]["seoul_startup"].pk, w["matches"]["seoul_other"].pk},
        "bogota_official": {w["matches"]["bogota_other"].pk, w["matches"]["bogota_startup"].pk},
        "startup_member": {w["matches"]["seoul_startup"].pk},
        "other_startup_member": {w["matches"]["seoul_other"].pk, w["matches"]["bogota_other"].pk},
        "pending_member": set(),
        "pending_official": set(),
        "secretariat": {m.pk for m in w["matches"].values()},
        "outsider": set(),
    },
    "introductions": lambda w: {
        "anonymous": None,
        "seoul_official": {w["introduction"].pk},
        "bogota_official": {w["bogota_introduction"].pk},
        "startup_member": {w["introduction"].pk},
        "other_startup_member": {w["bogota_introduction"].pk},
        "pending_member": set(),
        "pending_official": set(),
        "secretariat": {w["introduction"].pk, w["bogota_introduction"].pk},
        "outsider": set(),
    },
    "applications": lambda w: {
        "anonymous": None,
        "seoul_official": set(),
        "bogota_official": set(),
        "startup_member": set(),
        "other_startup_member": set(),
        "pending_member": {w["application"].pk},
        "pending_official": {w["city_application"].pk},
        "secretariat": {w["application"].pk, w["city_application"].pk},
        "outsider": set(),
    },
    "cities": lambda w: {
        role: {w["seoul"].pk, w["bogota"].pk}
        | ({w["pending_city"].pk} if role in ("secretariat", "pending_official") else set())
        for role in ROLES
    },
    "startups": lambda w: {
        role: {w["startup"].pk, w["other_startup"].pk}
        | ({w["pending_startup"].pk} if role in ("secretariat", "pending_member") else set())
        for role in ROLES
    },
    "solutions": lambda w: {
        role: {w["listing"].pk, w["other_listing"].pk}
        | ({w["draft"].pk} if role in ("secretariat", "startup_member") else set())
        | ({w["pending_listing"].pk} if role in ("secretariat", "pending_member") else set())
        for role in ROLES
    },
    "challenges": lambda w: {
        role: {w["seoul_challenge"].pk, w["bogota_challenge"].pk}
        | ({w["pending_challenge"].pk} if role in ("secretariat", "pending_official") else set())
        for role in ROLES
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("resource", sorted(LISTS))
def test_lists_hold_exactly_what_each_role_may_see(world, api, role, resource):
    expected = LISTS[resource](world)[role]
    response = api(world["users"][role]).get(f"{V1}/{resource}/", {"page_size": 100})
    if expected is None:
        assert response.status_code == 401
        return
    assert response.status_code == 200, response.content
    assert {item["id"] for item in response.json()["results"]} == expected


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_contact_email_only_for_the_startups_members_and_staff(world, api, role):
    world["startup"].contact_email = "hello@loopwise.example"
    world["startup"].save(update_fields=["contact_email"])
    response = api(world["users"][role]).get(f"{V1}/startups/{world['startup'].pk}/")
    shown = role in ("startup_member", "secretariat")
    assert response.json()["contact_email"] == ("hello@loopwise.example" if shown else None)


@pytest.mark.django_db
def test_a_forbidden_write_changes_nothing(world, api):
    seoul = world["seoul"]
    response = api(world["users"]["bogota_official"]).patch(
        f"{V1}/cities/{seoul.pk}/", {"name": "Hijacked"}, format="json"
    )
    assert response.status_code == 403
    seoul.refresh_from_db()
    assert seoul.name == "Seoul"
