"""Before the load starts (not measured): fetch the tokens and ids the users need into a JSON file, and warm
every gunicorn worker up (a fresh process's first request imports views and compiles templates, which is not
what a user of a running portal sees). Usage: prepare.py HOST OUTPUT.json"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import requests

PASSWORD = "wego-demo-2026"
OFFICIALS = ["official.seoul", "official.bogota"]
MEMBER = "startup.member"
STAFF = "secretariat"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _json(response: requests.Response) -> dict:
    response.raise_for_status()
    return response.json()


def discover(host: str) -> dict:
    session = requests.Session()

    def token(username: str) -> str:
        body = {"username": username, "password": PASSWORD}
        return _json(session.post(f"{host}/api/v1/auth/token/", json=body, timeout=30))["token"]

    def get(path: str, key: str, **params: object) -> dict:
        headers = {"Authorization": f"Token {key}"}
        return _json(session.get(f"{host}{path}", params=params, headers=headers, timeout=30))

    tokens = {name: token(name) for name in [*OFFICIALS, MEMBER, STAFF]}
    me = {name: get("/api/v1/me/", key) for name, key in tokens.items() if name != STAFF}
    challenges = {
        name: [
            item["id"]
            for item in get("/api/v1/challenges/", tokens[name], city=me[name]["city"]["id"], page_size=100)[
                "results"
            ]
        ]
        for name in OFFICIALS
    }
    startup = me[MEMBER]["startup"]["id"]
    listings = [item["id"] for item in get("/api/v1/solutions/", tokens[MEMBER], startup=startup)["results"]]
    public = [item["id"] for item in get("/api/v1/solutions/", tokens[MEMBER], page_size=100)["results"]]
    if not (public and listings and all(challenges.values())):
        sys.exit("the demo world is missing data")
    return {"tokens": tokens, "challenges": challenges, "listings": listings, "public": public}


def sign_in(session: requests.Session, host: str, username: str) -> None:
    page = session.get(f"{host}/accounts/login/", timeout=30)
    form = {
        "username": username,
        "password": PASSWORD,
        "csrfmiddlewaretoken": CSRF.search(page.text).group(1),
    }
    session.post(f"{host}/accounts/login/", data=form, timeout=30).raise_for_status()


def warm_up(host: str, world: dict) -> None:
    pages = {
        None: ["/", "/solutions/", "/solutions/?q=traffic", f"/solutions/{world['public'][0]}/"],
        OFFICIALS[0]: ["/city/", "/city/?overseas=1"],
        MEMBER: ["/startup/", "/startup/cities/"],
        STAFF: ["/secretariat/"],
    }
    api = {"Authorization": f"Token {world['tokens'][OFFICIALS[0]]}"}
    for username, paths in pages.items():
        session = requests.Session()
        if username:
            sign_in(session, host, username)
        for _ in range(10):
            for path in paths:
                session.get(f"{host}{path}", timeout=30).raise_for_status()
            session.get(f"{host}/api/v1/matches/", headers=api, timeout=30).raise_for_status()


if __name__ == "__main__":
    host, output = sys.argv[1].rstrip("/"), Path(sys.argv[2])
    world = discover(host)
    warm_up(host, world)
    output.write_text(json.dumps(world))
    print(f"prepared: {len(world['public'])} public listings, tokens for {', '.join(world['tokens'])}")
