"""The matching end to end: a real Celery worker, the real Redis broker, PostgreSQL."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db.models import Count

from accounts.membership import remove_membership
from matching import pipeline
from matching.models import Match, MatchRun, RunStatus
from matching.reasons.render import enrich
from startups.models import SolutionListing
from startups.services import publish_listing, unpublish_listing
from tests.factories import (
    CityChallengeFactory,
    MemberCityFactory,
    ReferenceDeploymentFactory,
    SolutionListingFactory,
    StartupFactory,
)
from tests.matching.conftest import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

TOPICS = [
    ("mobility", "Adaptive traffic signal control", "Signals retime green phases from live traffic counts."),
    ("safety", "Landslide early warning sensors", "Slope tilt sensors and rain gauges send alerts."),
    ("water", "Acoustic leak detection for water mains", "Hydrophones find leaks in pipe networks."),
    ("energy", "Smart LED street lighting", "Dimmable streetlights cut municipal electricity bills."),
    ("health", "Remote care for elderly residents", "Sensors and calls keep older people safe at home."),
]


def _world():
    seoul = MemberCityFactory(
        name="Seoul",
        country="KR",
        population=9_400_000,
        languages=["ko", "en"],
        priority_sectors=["environment", "mobility"],
    )
    challenge = CityChallengeFactory(
        city=seoul,
        title="Cut food waste in apartment blocks",
        sectors=["environment"],
        description="Apartment complexes produce most of our food waste. We want weighing bins with "
        "RFID cards so that households pay by the weight of food waste they throw away.",
    )
    places = [
        ("Medellín", "CO", 2_500_000, ["es"], "safety"),
        ("Kigali", "RW", 1_100_000, ["en", "fr"], "water"),
        ("Almaty", "KZ", 2_000_000, ["ru", "kk"], "energy"),
        ("Tashkent", "UZ", 2_900_000, ["uz", "ru"], "health"),
    ]
    others = [
        MemberCityFactory(
            name=name, country=country, population=pop, languages=langs, priority_sectors=[sector]
        )
        for name, country, pop, langs, sector in places
    ]
    for index, (sector, title, text) in enumerate(TOPICS * 2):
        startup = StartupFactory(
            name=f"{title.split()[0]} Works {index}",
            country="JP",
            sectors=[sector],
            languages=["en"],
            target_regions=["asia-pacific"],
        )
        SolutionListingFactory(startup=startup, title=title, summary=text, description=text, sectors=[sector])
    loopwise = StartupFactory(
        name="Loopwise",
        country="FI",
        sectors=["environment"],
        languages=["en", "ko"],
        target_regions=["asia-pacific"],
    )
    listing = SolutionListingFactory(
        startup=loopwise,
        status="draft",
        published_at=None,
        sectors=["environment"],
        title="Food waste weighing bins with RFID pay-as-you-throw billing",
        summary="Households in apartment blocks pay by the weight of their food waste.",
        description="RFID cards open weighing bins; apartment food waste fell by a third in Sejong.",
    )
    ReferenceDeploymentFactory(listing=listing, city_name="Sejong", country="KR", population=390_000)
    return seoul, challenge, loopwise, listing, others


def _match(city, startup):
    return Match.objects.for_city(city.pk).filter(startup=startup).select_related("challenge").first()


def test_publishing_a_listing_that_answers_a_challenge_reaches_the_city_then_leaves(workers, secretariat):
    seoul, challenge, loopwise, listing, _ = _world()
    pipeline.rescore_all()
    assert _match(seoul, loopwise) is None  # its only listing is a draft
    workers.start()

    publish_listing(listing=listing)
    match = wait_for(lambda: _match(seoul, loopwise), timeout=45, what="the startup in Seoul's matches")
    assert match.city_rank == 1
    answered = [r for r in enrich(match.reasons, match) if r["code"] == "answers_challenge"]
    assert answered and answered[0]["challenge_id"] == challenge.pk
    assert answered[0]["title"] == "Cut food waste in apartment blocks"
    assert match.listing_id == listing.pk and match.overseas is True

    unpublish_listing(listing=SolutionListing.objects.get(pk=listing.pk))
    wait_for(lambda: _match(seoul, loopwise) is None, timeout=45, what="the startup to leave Seoul's matches")

    publish_listing(listing=SolutionListing.objects.get(pk=listing.pk))
    wait_for(lambda: _match(seoul, loopwise), timeout=45, what="the startup back in Seoul's matches")
    remove_membership(organisation=loopwise, actor=secretariat, note="Breached the code")
    wait_for(
        lambda: not Match.objects.current().filter(startup=loopwise).exists(),
        timeout=45,
        what="a removed startup to disappear from every city's matches",
    )
    assert "drain_rescore_requests" in workers.log()


def _assert_complete_and_consistent(k: int) -> None:
    run = MatchRun.objects.get(status=RunStatus.CURRENT)
    rows = Match.objects.filter(run=run)
    assert not rows.values("city", "startup").annotate(n=Count("id")).filter(n__gt=1).exists()
    reference = pipeline.load_catalogue()
    expected = min(k, int((reference.startups.listing_count > 0).sum()))
    for city_id in reference.cities.ids.tolist():
        ranks = sorted(
            rows.filter(city_id=city_id, city_rank__isnull=False).values_list("city_rank", flat=True)
        )
        assert ranks == list(range(1, expected + 1)), f"city {city_id} has ranks {ranks}"


def test_a_worker_killed_in_the_middle_of_rescore_all_leaves_complete_matches(workers, settings):
    from matching.tasks import rescore_all

    settings.MATCHING = {**settings.MATCHING, "TOP_K": 3}
    workers.env["MATCHING_TOP_K"] = "3"
    _world()
    for index in range(6):
        MemberCityFactory(
            name=f"Test City {index}",
            country="KR",
            population=100_000 * (index + 1),
            languages=["ko"],
            priority_sectors=["mobility"],
        )
    first = workers.start(name="w1")
    run_id = rescore_all.delay(slices=6).get(timeout=60)
    wait_for(lambda: len(MatchRun.objects.get(pk=run_id).slices_done) >= 1, timeout=60, what="a first slice")
    workers.kill(first)
    run = MatchRun.objects.get(pk=run_id)
    assert run.status == RunStatus.BUILDING and len(run.slices_done) < 6, "the kill came too late to test"

    workers.start(name="w2")
    wait_for(
        lambda: MatchRun.objects.get(pk=run_id).status == RunStatus.CURRENT,
        timeout=90,
        what="the run to finish on the second worker",
    )
    assert MatchRun.objects.get(pk=run_id).slices_done == [0, 1, 2, 3, 4, 5]
    _assert_complete_and_consistent(k=3)


def _stored(run: MatchRun) -> dict[tuple[int, int], dict]:
    fields = (
        "score",
        "relevance",
        "sector_fit",
        "proof",
        "reach",
        "readiness",
        "listing_id",
        "challenge_id",
        "deployment_id",
        "overseas",
        "city_rank",
        "startup_rank",
        "reasons",
    )
    return {
        (r["city_id"], r["startup_id"]): r
        for r in Match.objects.filter(run=run).values(*fields, "city_id", "startup_id")
    }


def test_a_full_run_in_a_worker_shares_its_work_with_forked_processes(
    workers, settings, tmp_path, monkeypatch
):
    """Big enough to fork (1,000+ startups, 2,000+ texts to tokenise cold, 50,000+ rows to COPY): inside a
    prefork pool child, the run stores what one process without helpers stores."""
    from matching.store import write
    from matching.tasks import rescore_all

    call_command("load_demo", "--cities", "60", "--startups", "1400", "--seed", "2", stdout=io.StringIO())
    settings.MATCHING = {**settings.MATCHING, "PROCESSES": 1, "CACHE_DIR": tmp_path / "alone"}
    fork_from_rows = write.FORK_FROM_ROWS
    monkeypatch.setattr(write, "FORK_FROM_ROWS", 10**9)  # here only: the worker keeps the real threshold
    alone = _stored(pipeline.rescore_all())
    assert len(alone) >= fork_from_rows

    workers.env.update(MATCHING_PROCESSES="2", MATCHING_CACHE_DIR=str(tmp_path / "worker"))  # a cold fit
    workers.start()
    run_id = rescore_all.delay().get(timeout=60)
    wait_for(
        lambda: MatchRun.objects.get(pk=run_id).status == RunStatus.CURRENT,
        timeout=120,
        what="the worker's run to become current",
    )
    log = workers.log()
    for work in (
        "tokenising shared out among 2",
        "scoring shared out among 2",
        "formatted by a forked process",
    ):
        assert work in log, work
    forked = _stored(MatchRun.objects.get(pk=run_id))
    assert forked.keys() == alone.keys()
    for pair, row in alone.items():
        for name, value in row.items():
            if isinstance(value, float):
                assert forked[pair][name] == pytest.approx(value, abs=2e-6), (pair, name)
            else:
                assert forked[pair][name] == value, (pair, name)
