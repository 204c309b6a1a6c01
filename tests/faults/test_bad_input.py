"""Bad input, property-based (Hypothesis): the matching engine on odd catalogues, and the forms and API
writes on junk. The engine returns finite scores in [0, 100] and never raises; a form or an API write never
answers 5xx, and when it refuses the input, nothing stored has changed."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import numpy as np
import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import Role
from core.reference import REGIONS, SECTORS
from matching.engine import MatchParams, MatchResult, TextIndex, score_all
from matching.engine.synthetic import catalogue_from_records
from tests.factories import (
    CityChallengeFactory,
    IntroductionFactory,
    MemberCityFactory,
    MembershipApplicationFactory,
    ProfileFactory,
    SolutionListingFactory,
    StartupFactory,
    UserFactory,
)
from tests.faults.stored import stored_state

SECTOR_CODES = [code for code, _, _ in SECTORS]
REGION_CODES = [code for code, _ in REGIONS]
LANGUAGES = ["en", "ko", "es", "fr", "ar", "ru", "mn", "zh"]
COMPONENTS = ("relevance", "sector_fit", "proof", "reach", "readiness")

ODD = [
    "",
    " \t\n ",
    "\x00",
    "nul\x00inside",
    "مراقبة حركة المرور الذكية",  # Arabic, right to left
    "\u202emixed RTL override\u202c שלום",
    "🚦🚰♻️👩‍👩‍👧 traffic 🚦",
    "e\u0301\u0301\u0301 Z\u0351\u0352\u0357a\u0300\u0301l\u0302g\u0303o",  # combining marks
    "\ufeff\u200b\u200d zero widths",
    "스마트 쓰레기통 IoT 기반",
    "交通信号控制",
    "\ud800 lone \udfff surrogates",
    "\U0010ffff\uffff\ufffe",
]
HUGE = ["traffic signal " * 4_000, "x" * 60_000, "물 " * 20_000]  # 40–60k characters each


def _text(*, surrogates: bool) -> st.SearchStrategy[str]:
    characters = st.characters(exclude_categories=() if surrogates else ("Cs",))
    odd = [text for text in ODD if surrogates or not any("\ud800" <= c <= "\udfff" for c in text)]
    return st.one_of(st.sampled_from(odd), st.text(characters, max_size=80), st.sampled_from(HUGE))


# What the engine reads comes from PostgreSQL, which cannot hold a lone surrogate (the forms and the API
# refuse them: the API test below sends them).
ENGINE_TEXT = _text(surrogates=False)
# A form can carry a lone surrogate only as the bytes of its UTF-8 form (%ED%A0%80): sent that way below.
FORM_TEXT = _text(surrogates=True)
JSON_TEXT = _text(surrogates=True)  # JSON can ("\ud800")


@st.composite
def engine_city(draw) -> dict:
    sectors = st.lists(st.sampled_from(SECTOR_CODES), unique=True)
    challenges = draw(st.lists(st.tuples(ENGINE_TEXT, ENGINE_TEXT, sectors), max_size=2))
    return {
        "country": draw(st.sampled_from(["KR", "CO", "", "XX"])),
        "region": draw(st.integers(-1, 2)),
        "population": draw(st.sampled_from([0, 1, 390_000, 9_400_000, 2**31 - 1])),
        "languages": draw(st.lists(st.sampled_from(LANGUAGES), unique=True)),
        "sectors": draw(st.lists(st.sampled_from(SECTOR_CODES), unique=True)),
        "profile": draw(ENGINE_TEXT),
        "challenges": challenges,
    }


@st.composite
def engine_startup(draw) -> dict:
    listings = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "text": ENGINE_TEXT,
                    "sectors": st.lists(st.sampled_from(SECTOR_CODES), unique=True),
                    "maturity": st.integers(0, 3),
                    "languages": st.lists(st.sampled_from(LANGUAGES), unique=True),
                    "deployments": st.lists(
                        st.tuples(st.integers(-1, 2), st.sampled_from([0, 5_000, 10_000_000])), max_size=2
                    ),
                }
            ),
            max_size=3,
        )
    )
    return {
        "country": draw(st.sampled_from(["KR", "FI", "", "XX"])),
        "languages": draw(st.lists(st.sampled_from(LANGUAGES), unique=True)),
        "regions": draw(st.lists(st.integers(0, 2), unique=True)),
        "listings": listings,
    }


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cities=st.lists(engine_city(), min_size=1, max_size=4),
    startups=st.lists(engine_startup(), min_size=1, max_size=4),
)
def test_the_engine_scores_any_catalogue_within_0_and_100(cities, startups):
    city_cat, startup_cat = catalogue_from_records(
        cities, startups, languages=LANGUAGES, sectors=SECTOR_CODES, n_regions=3
    )
    index = TextIndex.fit(city_cat, startup_cat, min_df=1)
    result = score_all(city_cat, startup_cat, MatchParams(k=3), index)
    assert isinstance(result, MatchResult)
    assert np.isfinite(result.score).all()
    assert ((result.score >= 0) & (result.score <= 100)).all(), result.score
    for name in COMPONENTS:
        values = getattr(result, name)
        assert np.isfinite(values).all() and ((values >= 0) & (values <= 1 + 1e-9)).all(), (name, values)
    with_listings = sum(1 for s in startups if s["listings"])
    assert len(result) <= len(cities) * with_listings


# --- Forms ------------------------------------------------------------------------------------------------

ODD_VALUES = [
    "-1",
    "0",
    "1e309",
    "99999999999999999999",
    "-153344299945827631104",
    "²",  # digits that str.isdigit() accepts and int() refuses
    "٣",  # Arabic-Indic three
    "１２",  # full-width
    "2026-13-45",
    "1900-01-01",
    "nan",
    "http://",
    "a@",
]
JUNK = st.one_of(FORM_TEXT, st.sampled_from([*ODD_VALUES, "None", "[]"]))
CODES = st.lists(st.one_of(st.sampled_from(SECTOR_CODES + REGION_CODES + LANGUAGES), FORM_TEXT), max_size=4)
FORM_FIELDS = {
    "listing": ["title", "summary", "description", "language", "maturity", "pricing_model"],
    "startup": [
        "name",
        "country",
        "founded_year",
        "stage",
        "team_size",
        "website",
        "contact_email",
        "description",
        "description_language",
    ],
    "challenge": ["title", "description", "language", "deadline"],
    "city": ["population", "website", "profile", "profile_language"],
    "signup_startup": [
        "first_name",
        "last_name",
        "email",
        "username",
        "password1",
        "password2",
        "message",
        "name",
        "country",
        "contact_email",
        "description",
    ],
    "signup_city": [
        "first_name",
        "last_name",
        "email",
        "username",
        "password1",
        "password2",
        "city",
        "job_title",
        "message",
    ],
    "deployment": [
        "deployment-city_name",
        "deployment-country",
        "deployment-population",
        "deployment-since_year",
        "deployment-description",
    ],
    "introduction_request": ["message", "listing", "challenge"],
    "introduction_answer": ["decision", "decline_reason", "note"],
    "application_decision": ["decision", "note"],
    "login": ["username", "password"],
}
CHOICES = {  # valid values mixed in, so that some submissions get past the first check
    "decision": ["accept", "decline", "approve", "reject"],
    "decline_reason": ["not_relevant", "no_capacity", "other"],
    "deployment-country": ["KR", "CO"],
}
MULTI = {
    "listing": ["sectors", "languages_supported"],
    "startup": ["sectors", "languages", "target_regions"],
    "challenge": ["sectors"],
    "city": ["languages", "priority_sectors"],
    "signup_startup": ["sectors", "languages", "target_regions"],
    "signup_city": [],
}


@st.composite
def form_data(draw, form: str) -> dict:
    fields = FORM_FIELDS[form]
    data = {
        name: draw(st.one_of(JUNK, st.sampled_from(CHOICES.get(name, ["x"]))))
        for name in draw(st.lists(st.sampled_from(fields), unique=True))
    }
    data.update({name: draw(CODES) for name in MULTI.get(form, []) if draw(st.booleans())})
    return data


@pytest.fixture
def form_world(db, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.SIGNUP_RATE_LIMIT = "100000/hour"
    seoul = MemberCityFactory(name="Seoul", country="KR", languages=["ko", "en"])
    startup = StartupFactory(name="Loopwise", country="KR", sectors=["environment"])
    listing = SolutionListingFactory(startup=startup, title="Food waste weighing bins")
    challenge = CityChallengeFactory(city=seoul, title="Cut food waste", sectors=["environment"])
    member = ProfileFactory(
        user=UserFactory(username="member"), role=Role.STARTUP_MEMBER, startup=startup
    ).user
    official = ProfileFactory(user=UserFactory(username="official"), role=Role.CITY_OFFICIAL, city=seoul).user
    staff = ProfileFactory(user=UserFactory(username="staff", is_staff=True), role=Role.SECRETARIAT).user
    introduction = IntroductionFactory(city=seoul, startup=startup, requested_by=official)
    application = MembershipApplicationFactory()
    clients = {"member": Client(), "official": Client(), "staff": Client(), "anonymous": Client()}
    clients["member"].force_login(member)  # once: signing in writes the session and last_login
    clients["official"].force_login(official)
    clients["staff"].force_login(staff)
    return {
        "listing": listing,
        "challenge": challenge,
        "introduction": introduction,
        "application": application,
        "member": member,
        "official": official,
        "clients": clients,
    }


def _urls(world, form: str) -> tuple[str, list[str]]:
    listing, challenge = world["listing"], world["challenge"]
    return {
        "listing": ("member", [f"/startup/listings/{listing.pk}/", "/startup/listings/new/"]),
        "startup": ("member", ["/startup/profile/"]),
        "deployment": ("member", [f"/startup/listings/{listing.pk}/deployments/"]),
        "challenge": ("official", [f"/city/challenges/{challenge.pk}/", "/city/challenges/new/"]),
        "city": ("official", ["/city/profile/"]),
        "introduction_request": ("official", [f"/startups/{listing.startup_id}/introduce/"]),
        "introduction_answer": ("member", [f"/introductions/{world['introduction'].pk}/respond/"]),
        "application_decision": ("staff", [f"/secretariat/applications/{world['application'].pk}/"]),
        "signup_startup": ("anonymous", ["/signup/startup/"]),
        "signup_city": ("anonymous", ["/signup/city/"]),
        "login": ("anonymous", ["/accounts/login/", "/admin/login/"]),
    }[form]


def _post_form(world, form: str, data: dict, *, urlencoded: bool):
    """Each form's addresses, one at a time (checked after each). URL-encoded, a lone surrogate goes as the
    bytes a client may send; as multipart (Django's test client), as the replacement character those bytes
    decode to."""
    role, urls = _urls(world, form)
    client = world["clients"][role]
    for url in urls:
        if urlencoded:
            body = urlencode(data, doseq=True, encoding="utf-8", errors="surrogatepass")
            yield url, client.post(url, body, content_type="application/x-www-form-urlencoded")
        else:
            yield url, client.post(url, _replace_surrogates(data))


def _replace_surrogates(data: dict) -> dict:
    def clean(value):
        if isinstance(value, list):
            return [clean(item) for item in value]
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")

    return {name: clean(value) for name, value in data.items()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_form_answers_5xx_or_stores_refused_input(form_world, data):
    form = data.draw(st.sampled_from(sorted(FORM_FIELDS)))
    values = data.draw(form_data(form))
    urlencoded = data.draw(st.booleans())
    before = stored_state()
    for url, response in _post_form(form_world, form, values, urlencoded=urlencoded):
        assert response.status_code < 500, (url, values)
        after = stored_state()
        if response.status_code != 302:  # refused: the form again, with its errors
            assert after == before, f"{url} stored refused input {values!r}"
        before = after


# --- API writes -------------------------------------------------------------------------------------------

JSON_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        JSON_TEXT,
        st.sampled_from(SECTOR_CODES + LANGUAGES),
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)
API_FIELDS = [
    "title",
    "summary",
    "description",
    "language",
    "sectors",
    "maturity",
    "pricing_model",
    "languages_supported",
    "status",
    "startup",
    "city",
    "deadline",
    "population",
    "profile",
    "languages",
    "priority_sectors",
    "name",
    "message",
    "listing",
    "challenge",
    "note",
    "city_name",
    "country",
    "since_year",
]


@st.composite
def api_body(draw) -> str:
    body = draw(
        st.one_of(
            st.dictionaries(st.sampled_from(API_FIELDS), JSON_VALUE, max_size=6),
            JSON_VALUE,
        )
    )
    text = json.dumps(body)  # escapes lone surrogates as \udxxx, as any client may send them
    return draw(st.sampled_from([text, text[: len(text) // 2], text + "}"]))  # and broken JSON too


@pytest.fixture
def api_world(form_world):
    clients = {}
    for role in ("member", "official"):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=form_world[role]).key}")
        clients[role] = client
    listing, challenge = form_world["listing"], form_world["challenge"]
    operations = [
        ("member", "POST", "/api/v1/solutions/"),
        ("member", "PATCH", f"/api/v1/solutions/{listing.pk}/"),
        ("member", "POST", f"/api/v1/solutions/{listing.pk}/deployments/"),
        ("member", "PATCH", f"/api/v1/startups/{listing.startup_id}/"),
        ("official", "POST", "/api/v1/challenges/"),
        ("official", "PATCH", f"/api/v1/challenges/{challenge.pk}/"),
        ("official", "PATCH", f"/api/v1/cities/{challenge.city_id}/"),
        ("official", "POST", "/api/v1/introductions/"),
    ]
    return clients, operations


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_api_write_answers_5xx_or_stores_refused_input(api_world, data):
    clients, operations = api_world
    role, method, path = data.draw(st.sampled_from(operations))
    body = data.draw(api_body())
    before = stored_state()
    response = clients[role].generic(
        method, path, body.encode("utf-8", "surrogatepass"), content_type="application/json"
    )
    assert response.status_code < 500, (method, path, body, response.content[:300])
    if response.status_code >= 400:
        assert stored_state() == before, f"{method} {path} stored refused input {body!r}"
        assert set(response.json()) == {"status", "code", "detail", "errors"}
