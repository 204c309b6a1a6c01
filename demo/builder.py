"""Builds the demo world with bulk inserts: real cities, believable startups, listings, challenges,
applications in every status, and one login per role."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import ApplicationKind, MembershipApplication, Profile, Role
from cities.models import ChallengeStatus, CityChallenge, MemberCity
from core import geo
from core.models import Language, MembershipStatus, Region, Sector
from demo import content
from demo.people import CITY_TITLES, FIRST_NAMES, LAST_NAMES, STARTUP_TITLES
from demo.world import RealCity, all_cities, pick_member_cities
from startups.models import ListingStatus, ReferenceDeployment, SolutionListing, Stage, Startup

DEMO_PASSWORD = "wego-demo-2026"  # noqa: S105 - printed for the demo logins, never used in production
TEXT_LANGUAGES = ("en", "ko", "es", "pt", "fr")
BATCH = 2000

# Where demo startups come from: Korea (the association's home), then the member cities' countries and a
# few startup hubs.
STARTUP_HUBS = ["KR"] * 12 + ["US", "DE", "FR", "IL", "SG", "IN", "EE", "FI", "NL", "GB", "ES", "BR", "JP"]
STAGE_WEIGHTS = [(Stage.IDEA, 1), (Stage.PILOT, 4), (Stage.GROWTH, 4), (Stage.SCALE, 2)]
TEAM_SIZE = {Stage.IDEA: (2, 6), Stage.PILOT: (4, 20), Stage.GROWTH: (12, 80), Stage.SCALE: (60, 400)}

# The cross-language showcase, the same in every world: a Spanish-speaking member city (its official is
# `official.bogota`) posts a challenge in Spanish, and the demo startup member's Korean startup answers it
# with a listing written in Korean.
SHOWCASE_CITY = ("Bogotá", "CO")
SHOWCASE_CHALLENGE = "warn-residents-before-flash-floods"
SHOWCASE_LISTING = "flood-early-warning-sensors"
SHOWCASE_SECTOR = "water"
SHOWCASE_STARTUP_LANGUAGES = ["ko", "en"]


@dataclass
class DemoLogins:
    secretariat: str = "secretariat"
    official: str = "official.seoul"
    other_official: str = "official.bogota"
    startup_member: str = "startup.member"
    password: str = DEMO_PASSWORD


@dataclass
class DemoSummary:
    cities: int = 0
    challenges: int = 0
    startups: int = 0
    listings: int = 0
    deployments: int = 0
    applications: int = 0
    logins: DemoLogins = field(default_factory=DemoLogins)
    official_city: str = ""
    other_city: str = ""
    startup_name: str = ""


def _status(rng: random.Random, index: int, *, always_approved: int = 1) -> str:
    """Most members are approved, some pending or rejected; the first `always_approved` are approved."""
    if index < always_approved:
        return MembershipStatus.APPROVED
    roll = rng.random()
    if roll < 0.85:
        return MembershipStatus.APPROVED
    return MembershipStatus.PENDING if roll < 0.95 else MembershipStatus.REJECTED


def _text_language(rng: random.Random, languages: list[str], local_share: float = 0.3) -> str:
    """Most texts are in English; a share is written in the author's own language where supported."""
    local = next((code for code in languages if code in TEXT_LANGUAGES and code != "en"), None)
    return local if local and rng.random() < local_share else "en"


def _bulk_m2m(through, rows: list[tuple[int, int]], left: str, right: str) -> None:
    through.objects.bulk_create(
        [through(**{left: a, right: b}) for a, b in rows], batch_size=BATCH * 5, ignore_conflicts=True
    )


class DemoBuilder:
    def __init__(self, *, seed: int, cities: int, startups: int) -> None:
        self.rng = random.Random(seed)
        self.n_cities = cities
        self.n_startups = startups
        self.now = timezone.now()
        self.sectors = {s.code: s.pk for s in Sector.objects.all()}
        self.regions = {r.code: r.pk for r in Region.objects.all()}
        self.languages = {lang.code: lang.pk for lang in Language.objects.all()}
        self.summary = DemoSummary()
        self.showcase_listing: SolutionListing | None = None

    # --- helpers --------------------------------------------------------------------------------------
    def _past(self, max_days: int, min_days: int = 0) -> datetime:
        return self.now - timedelta(
            days=self.rng.randint(min_days, max_days), minutes=self.rng.randint(0, 1440)
        )

    def _langs(self, country: str) -> list[str]:
        found = [code for code in geo.country_languages(country) if code in self.languages]
        chosen = found[:1]
        if "en" in found[:3] and "en" not in chosen:
            chosen.append("en")
        return chosen or ["en"]

    # --- the world ------------------------------------------------------------------------------------
    def build(self) -> DemoSummary:
        with transaction.atomic():
            users = self._users()
            cities = self._cities()
            self._challenges(cities)
            startups = self._startups(cities)
            self._listings(startups, cities)
            self._applications(cities, startups, users)
            self._profiles(users, cities, startups)
        return self.summary

    def _users(self) -> dict[str, object]:
        User = get_user_model()
        logins = self.summary.logins
        password = self.password_hash = make_password(DEMO_PASSWORD)
        people = {
            logins.secretariat: ("Mina", "Park", True),
            logins.official: ("Ji-woo", "Kim", False),
            logins.other_official: ("Camila", "Rojas", False),
            logins.startup_member: ("Daniel", "Cho", False),
        }
        users = {}
        for username, (first, last, staff) in people.items():
            users[username] = User.objects.create(
                username=username,
                email=f"{username}@wego-demo.org",
                first_name=first,
                last_name=last,
                is_staff=staff,
                is_superuser=staff,
                password=password,
            )
        return users

    def _cities(self) -> list[MemberCity]:
        rng = self.rng
        sector_codes = list(self.sectors)
        real = pick_member_cities(self.n_cities)
        cities: list[MemberCity] = []
        extras: list[tuple[list[str], list[str]]] = []
        for index, place in enumerate(real):
            status = _status(rng, index, always_approved=15)  # the best-known featured cities
            langs = self._langs(place.country)
            priorities = rng.sample(sector_codes, rng.randint(2, 4))
            language = _text_language(rng, langs, local_share=0.25)
            cities.append(
                MemberCity(
                    name=place.name,
                    country=place.country,
                    region_id=self.regions[geo.region_for_country(place.country)],
                    population=place.population,
                    geonameid=place.geonameid,
                    latitude=place.latitude,
                    longitude=place.longitude,
                    profile=content.city_profile(
                        rng,
                        city=place.name,
                        country_name=geo.country_name(place.country, language),
                        population=place.population,
                        sectors=priorities,
                        language=language,
                    ),
                    profile_language=language,
                    membership_status=status,
                    joined_on=self._past(6 * 365, 30).date() if status == MembershipStatus.APPROVED else None,
                )
            )
            extras.append((langs, priorities))
        MemberCity.objects.bulk_create(cities, batch_size=BATCH)
        _bulk_m2m(
            MemberCity.languages.through,
            [
                (c.pk, self.languages[code])
                for c, (langs, _) in zip(cities, extras, strict=True)
                for code in langs
            ],
            "membercity_id",
            "language_id",
        )
        _bulk_m2m(
            MemberCity.priority_sectors.through,
            [
                (c.pk, self.sectors[code])
                for c, (_, prios) in zip(cities, extras, strict=True)
                for code in prios
            ],
            "membercity_id",
            "sector_id",
        )
        self.city_langs = {c.pk: langs for c, (langs, _) in zip(cities, extras, strict=True)}
        self.city_priorities = {c.pk: prios for c, (_, prios) in zip(cities, extras, strict=True)}
        self.showcase_city = self._spanish_speaking_city(cities)
        self.summary.cities = len(cities)
        return cities

    def _spanish_speaking_city(self, cities: list[MemberCity]) -> MemberCity:
        """Bogotá when the world has it; otherwise the first approved city abroad that speaks Spanish (or
        any approved city abroad, in a world too small to have one)."""
        home = cities[0].country
        abroad = [c for c in cities[1:] if c.country != home and c.membership_status == "approved"]
        return next(
            (c for c in abroad if (c.name, c.country) == SHOWCASE_CITY),
            next((c for c in abroad if "es" in self.city_langs[c.pk]), abroad[0] if abroad else cities[-1]),
        )

    def _challenges(self, cities: list[MemberCity]) -> None:
        rng = self.rng
        challenges: list[CityChallenge] = []
        sectors: list[list[str]] = []
        for city in cities:
            if city.membership_status == MembershipStatus.REJECTED:
                continue
            for number in range(rng.randint(1, 4)):
                sector = rng.choice(self.city_priorities[city.pk])
                language = _text_language(rng, self.city_langs[city.pk])
                showcase = city.pk == self.showcase_city.pk and number == 0  # open, in Spanish
                text = content.city_challenge(
                    rng,
                    archetype_key=SHOWCASE_CHALLENGE if showcase else None,
                    sector=sector,
                    city=city.name,
                    language="es" if showcase else language,
                )
                closed = rng.random() < 0.2 and not showcase
                created = self._past(400)
                challenges.append(
                    CityChallenge(
                        city=city,
                        title=text["title"],
                        description=text["description"],
                        language=text["language"],
                        status=ChallengeStatus.CLOSED if closed else ChallengeStatus.OPEN,
                        closed_at=created + timedelta(days=60) if closed else None,
                        deadline=(self.now + timedelta(days=rng.randint(20, 240))).date()
                        if not closed
                        else None,
                    )
                )
                sectors.append(text["sectors"])
        CityChallenge.objects.bulk_create(challenges, batch_size=BATCH)
        _bulk_m2m(
            CityChallenge.sectors.through,
            [
                (ch.pk, self.sectors[code])
                for ch, codes in zip(challenges, sectors, strict=True)
                for code in codes
            ],
            "citychallenge_id",
            "sector_id",
        )
        self.summary.challenges = len(challenges)

    def _startups(self, cities: list[MemberCity]) -> list[Startup]:
        rng = self.rng
        sector_codes = list(self.sectors)
        region_codes = list(self.regions)
        countries = STARTUP_HUBS + [c.country for c in cities[:200]]
        used: set[str] = set()
        startups: list[Startup] = []
        extras: list[tuple[list[str], list[str], list[str]]] = []
        current_year = self.now.year
        for index in range(self.n_startups):
            showcase = index == 0  # always approved: the demo startup member's Korean startup
            country = "KR" if showcase else rng.choice(countries)
            stage = rng.choices([s for s, _ in STAGE_WEIGHTS], weights=[w for _, w in STAGE_WEIGHTS])[0]
            name = content.startup_name(rng, used)
            sectors = rng.sample(sector_codes, rng.choices([1, 2, 3], weights=[3, 4, 2])[0])
            langs = self._langs(country)
            if "en" not in langs and rng.random() < 0.9:
                langs.append("en")
            if rng.random() < 0.2:
                langs.append(rng.choice(["es", "fr", "pt", "ar", "ru", "ko", "ja", "zh", "vi", "id"]))
            if showcase:  # works in Korean and English only: the city sees the language gap
                sectors = list(dict.fromkeys([SHOWCASE_SECTOR, *sectors]))[:3]
                langs = list(SHOWCASE_STARTUP_LANGUAGES)
            langs = [code for code in dict.fromkeys(langs) if code in self.languages]
            home = geo.region_for_country(country)
            targets = list(dict.fromkeys([home, *rng.sample(region_codes, rng.randint(0, 3))]))
            if showcase:  # looking for its first city clients in the Spanish-speaking city's region
                targets = list(dict.fromkeys([home, geo.region_for_country(self.showcase_city.country)]))
            status = _status(rng, index)
            language = "ko" if showcase else _text_language(rng, langs, local_share=0.2)
            slug = slugify(name) or f"startup-{index}"
            low, high = TEAM_SIZE[stage]
            startups.append(
                Startup(
                    name=name,
                    country=country,
                    stage=stage,
                    founded_year=rng.randint(max(2008, current_year - 15), current_year - 1),
                    team_size=rng.randint(low, high),
                    website=f"https://www.{slug}.example",
                    contact_email=f"hello@{slug}.example",
                    description=content.startup_description(
                        rng,
                        name=name,
                        sectors=sectors,
                        country_name=geo.country_name(country, language),
                        language=language,
                    ),
                    description_language=language,
                    membership_status=status,
                    joined_on=self._past(4 * 365, 10).date() if status == MembershipStatus.APPROVED else None,
                )
            )
            extras.append((sectors, langs, targets))
        Startup.objects.bulk_create(startups, batch_size=BATCH)
        pairs = list(zip(startups, extras, strict=True))
        _bulk_m2m(
            Startup.sectors.through,
            [(s.pk, self.sectors[c]) for s, (sec, _, _) in pairs for c in sec],
            "startup_id",
            "sector_id",
        )
        _bulk_m2m(
            Startup.languages.through,
            [(s.pk, self.languages[c]) for s, (_, langs, _) in pairs for c in langs],
            "startup_id",
            "language_id",
        )
        _bulk_m2m(
            Startup.target_regions.through,
            [(s.pk, self.regions[c]) for s, (_, _, regs) in pairs for c in regs],
            "startup_id",
            "region_id",
        )
        self.startup_meta = {s.pk: (sec, langs) for s, (sec, langs, _) in pairs}
        self.showcase_startup = startups[0]
        self.summary.startups = len(startups)
        return startups

    def _listings(self, startups: list[Startup], cities: list[MemberCity]) -> None:
        rng = self.rng
        listings: list[SolutionListing] = []
        meta: list[tuple[list[str], list[str]]] = []
        for startup in startups:
            sectors, langs = self.startup_meta[startup.pk]
            for number in range(rng.choices([1, 2, 3], weights=[3, 4, 3])[0]):
                language = _text_language(rng, langs, local_share=0.25)
                showcase = startup.pk == self.showcase_startup.pk and number == 0
                text = content.solution_listing(
                    rng,
                    archetype_key=SHOWCASE_LISTING if showcase else None,
                    sector=rng.choice(sectors),
                    brand=startup.name.split()[0],
                    language="ko" if showcase else language,
                )
                if showcase:
                    text["maturity"] = "deployed"  # with reference deployments
                published = startup.membership_status == MembershipStatus.APPROVED and rng.random() < 0.9
                published = published or showcase
                listings.append(
                    SolutionListing(
                        startup=startup,
                        title=text["title"],
                        summary=text["summary"],
                        description=text["description"],
                        language=text["language"],
                        maturity=text["maturity"],
                        pricing_model=text["pricing_model"],
                        status=ListingStatus.PUBLISHED if published else ListingStatus.DRAFT,
                        published_at=self._past(700) if published else None,
                    )
                )
                if showcase:
                    self.showcase_listing = listings[-1]
                supported = list(dict.fromkeys([text["language"], *langs]))
                meta.append((text["sectors"], [c for c in supported if c in self.languages]))
        SolutionListing.objects.bulk_create(listings, batch_size=BATCH)
        pairs = list(zip(listings, meta, strict=True))
        _bulk_m2m(
            SolutionListing.sectors.through,
            [(li.pk, self.sectors[c]) for li, (sec, _) in pairs for c in sec],
            "solutionlisting_id",
            "sector_id",
        )
        _bulk_m2m(
            SolutionListing.languages_supported.through,
            [(li.pk, self.languages[c]) for li, (_, langs) in pairs for c in langs],
            "solutionlisting_id",
            "language_id",
        )
        self._deployments(listings, cities)
        # bulk_create skips SolutionListing.save: the catalogue's search index is built here in one pass
        SolutionListing.objects.filter(pk__in=[li.pk for li in listings]).refresh_search_index()
        self.summary.listings = len(listings)

    def _deployments(self, listings: list[SolutionListing], cities: list[MemberCity]) -> None:
        rng = self.rng
        members = {(c.name, c.country): c for c in cities}
        members_by_geonameid = {c.geonameid: c for c in cities if c.geonameid}
        elsewhere: list[RealCity] = list(all_cities()[:6000])
        by_country: dict[str, list[RealCity]] = {}
        for place in elsewhere:
            by_country.setdefault(place.country, []).append(place)
        deployments: list[ReferenceDeployment] = []
        count_by_maturity = {"deployed": (1, 4), "pilot": (0, 2), "concept": (0, 0)}
        for listing in listings:
            low, high = count_by_maturity[listing.maturity]
            places: dict[tuple[str, str], RealCity] = {}
            for _ in range(rng.randint(low, high)):
                place = rng.choice(elsewhere)
                home = by_country.get(listing.startup.country)
                if home and rng.random() < 0.4:
                    place = rng.choice(home)  # home-market references are the most common kind
                places[(place.name, place.country)] = place
            if listing is self.showcase_listing:  # runs at home and near the Spanish-speaking city
                for country in (listing.startup.country, self.showcase_city.country):
                    options = [p for p in by_country.get(country, []) if p.name != self.showcase_city.name]
                    if options:
                        place = rng.choice(options[:20])
                        places[(place.name, place.country)] = place
            for place in places.values():
                deployments.append(
                    ReferenceDeployment(
                        listing=listing,
                        city_name=place.name,
                        country=place.country,
                        population=place.population,
                        member_city=members_by_geonameid.get(place.geonameid)
                        or members.get((place.name, place.country)),
                        since_year=rng.randint(2016, self.now.year),
                    )
                )
        ReferenceDeployment.objects.bulk_create(deployments, batch_size=BATCH)
        self.summary.deployments = len(deployments)

    def _applications(self, cities: list[MemberCity], startups: list[Startup], users: dict) -> None:
        rng = self.rng
        reviewer = users[self.summary.logins.secretariat]
        applications: list[MembershipApplication] = []
        for kind, organisations in ((ApplicationKind.CITY, cities), (ApplicationKind.STARTUP, startups)):
            for org in organisations:
                status = org.membership_status
                decided = status != MembershipStatus.PENDING
                submitted = (
                    self._past(30)
                    if not decided
                    else (
                        datetime.combine(org.joined_on, datetime.min.time(), tzinfo=self.now.tzinfo)
                        - timedelta(days=rng.randint(3, 40))
                        if org.joined_on
                        else self._past(200, 20)
                    )
                )
                applications.append(
                    MembershipApplication(
                        kind=kind,
                        city=org if kind == ApplicationKind.CITY else None,
                        startup=org if kind == ApplicationKind.STARTUP else None,
                        message=content.application_message(rng, kind=kind.value, name=org.name),
                        status=status,
                        submitted_at=submitted,
                        reviewed_by=reviewer if decided else None,
                        reviewed_at=submitted + timedelta(days=rng.randint(1, 10)) if decided else None,
                        review_note=content.review_note(rng, approved=status == MembershipStatus.APPROVED)
                        if decided
                        else "",
                    )
                )
        applicants = self._applicants(applications)
        for application, applicant in zip(applications, applicants, strict=True):
            application.applicant = applicant
        MembershipApplication.objects.bulk_create(applications, batch_size=BATCH)
        self.summary.applications = len(applications)

    def _applicants(self, applications: list[MembershipApplication]) -> list:
        """One account per application (its organisation's first member), with the demo password; approved
        ones are members, the others wait for the secretariat's decision."""
        rng = self.rng
        User = get_user_model()
        password = self.password_hash
        users, profiles = [], []
        for application in applications:
            org = application.organisation
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            username = f"{slugify(first)}.{slugify(last)}.{application.kind[0]}{org.pk}"
            users.append(
                User(
                    username=username,
                    email=f"{username}@wego-demo.org",
                    first_name=first,
                    last_name=last,
                    password=password,
                )
            )
        User.objects.bulk_create(users, batch_size=BATCH)
        for application, user in zip(applications, users, strict=True):
            is_city = application.kind == ApplicationKind.CITY
            profiles.append(
                Profile(
                    user=user,
                    role=Role.CITY_OFFICIAL if is_city else Role.STARTUP_MEMBER,
                    city=application.city if is_city else None,
                    startup=None if is_city else application.startup,
                    member_since=application.reviewed_at if application.status == "approved" else None,
                    job_title=rng.choice(CITY_TITLES if is_city else STARTUP_TITLES),
                )
            )
        Profile.objects.bulk_create(profiles, batch_size=BATCH)
        return users

    def _profiles(self, users: dict, cities: list[MemberCity], startups: list[Startup]) -> None:
        logins = self.summary.logins
        seoul = cities[0]
        other = self.showcase_city
        member_of = self.showcase_startup  # approved, Korean, with the published Korean listing
        Profile.objects.bulk_create(
            [
                Profile(
                    user=users[logins.secretariat],
                    role=Role.SECRETARIAT,
                    member_since=self.now,
                    job_title="Membership officer",
                ),
                Profile(
                    user=users[logins.official],
                    role=Role.CITY_OFFICIAL,
                    city=seoul,
                    member_since=self.now,
                    job_title="Smart City Policy Division",
                ),
                Profile(
                    user=users[logins.other_official],
                    role=Role.CITY_OFFICIAL,
                    city=other,
                    member_since=self.now,
                    job_title="Digital Transformation Office",
                ),
                Profile(
                    user=users[logins.startup_member],
                    role=Role.STARTUP_MEMBER,
                    startup=member_of,
                    member_since=self.now,
                    job_title="Head of partnerships",
                ),
            ]
        )
        self.summary.official_city = str(seoul)
        self.summary.other_city = str(other)
        self.summary.startup_name = member_of.name


def demo_present() -> bool:
    return MemberCity.objects.exists() or Startup.objects.exists()


def build_demo(*, seed: int, cities: int, startups: int) -> DemoSummary:
    return DemoBuilder(seed=seed, cities=cities, startups=startups).build()


def clear_demo() -> None:
    """Delete the demo world (and every match and application that hangs on it)."""
    from core.models import AuditEntry
    from introductions.models import Introduction
    from matching.models import Match, RescoreRequest

    User = get_user_model()
    with transaction.atomic():
        for model in (
            Match,
            Introduction,
            RescoreRequest,
            MembershipApplication,
            Profile,
            AuditEntry,
            ReferenceDeployment,
            SolutionListing,
            CityChallenge,
        ):
            model.objects.all().delete()
        Startup.objects.all().delete()
        MemberCity.objects.all().delete()
        User.objects.filter(username__in=vars(DemoLogins()).values()).delete()
