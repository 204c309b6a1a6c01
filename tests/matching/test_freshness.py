"""Fresh profiles in the matching: a startup left stale past its grace period has every pair score multiplied
by MatchParams.stale_factor (the engine applies the catalogue's per-startup `freshness`; matching.inputs
computes it from Startup.objects.ranked_lower)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest
from django.utils import timezone

from matching import pipeline
from matching.engine import MatchParams, TextIndex, score_startups
from matching.engine.reference import COMPONENTS, reference
from matching.engine.synthetic import build_catalogue
from matching.inputs import freshness, matching_params
from matching.models import Match
from startups.models import Startup
from startups.services import confirm_profile_current
from tests.factories import MemberCityFactory, SolutionListingFactory, StartupFactory
from tests.matching.test_engine import BRANCHY, pairs_of


@pytest.fixture(scope="module")
def catalogue():
    cities, startups = build_catalogue(12, 8, seed=5, listing_words=(15, 40), challenges_per_city=1.5)
    return cities, startups, TextIndex.fit(cities, startups)


def test_a_stale_startups_pair_scores_are_multiplied_by_its_factor_and_nothing_else_moves(catalogue):
    cities, startups, index = catalogue
    params = replace(BRANCHY, stale_factor=0.8)
    every = np.arange(len(startups))
    before = pairs_of(score_startups(cities, startups, every, params, index))
    factors = np.ones(len(startups))
    factors[[1, 4]] = 0.8
    stale = replace(startups, freshness=factors)

    after = pairs_of(score_startups(cities, stale, every, params, index))

    assert after.keys() == before.keys()
    lowered = 0
    for (c, t), row in after.items():
        want = before[(c, t)]["score"] * (0.8 if t in (1, 4) else 1.0)
        if want < 0:  # an existing client stays excluded
            continue
        assert row["score"] == pytest.approx(want, abs=1e-9), (c, t)
        for name in COMPONENTS:  # the reasons' components are the profile's own
            assert row[name] == pytest.approx(before[(c, t)][name], abs=1e-12)
        lowered += t in (1, 4) and want > 0
    assert lowered > 10
    ref = reference(cities, stale, params, index)
    for key, want in ref.items():
        assert after[key]["score"] == pytest.approx(want["score"], abs=1e-9), key


def test_freshness_factors_outside_zero_to_one_are_refused(catalogue):
    _, startups, _ = catalogue
    with pytest.raises(ValueError, match="freshness"):
        replace(startups, freshness=np.zeros(len(startups)))
    with pytest.raises(ValueError, match="stale_factor"):
        MatchParams(stale_factor=1.5)


def _aged(startup: Startup, *, updated_days: int, reminded_days: int | None) -> Startup:
    now = timezone.now()
    Startup.objects.filter(pk=startup.pk).update(
        updated_at=now - timedelta(days=updated_days),
        stale_reminded_at=None if reminded_days is None else now - timedelta(days=reminded_days),
    )
    startup.listings.update(updated_at=now - timedelta(days=updated_days))
    return startup


@pytest.mark.django_db
def test_only_startups_reminded_a_grace_period_ago_and_not_edited_since_are_ranked_lower(settings):
    settings.MATCHING = {**settings.MATCHING, "STALE_FACTOR": 0.8}
    past_grace = _aged(StartupFactory(name="Past Grace"), updated_days=420, reminded_days=31)
    in_grace = _aged(StartupFactory(name="In Grace"), updated_days=420, reminded_days=5)
    never_reminded = _aged(StartupFactory(name="Never Reminded"), updated_days=420, reminded_days=None)
    edited_since = _aged(StartupFactory(name="Edited Since"), updated_days=420, reminded_days=40)
    fresh = StartupFactory(name="Fresh")
    # a listing edited last week makes the startup current, whatever its profile's date
    listing_edited = _aged(StartupFactory(name="Listing Edited"), updated_days=420, reminded_days=40)
    SolutionListingFactory(startup=listing_edited)
    Startup.objects.filter(pk=edited_since.pk).update(updated_at=timezone.now() - timedelta(days=10))

    ids = [s.pk for s in (past_grace, in_grace, never_reminded, edited_since, fresh, listing_edited)]
    factors = freshness(ids, factor=matching_params().stale_factor)

    assert factors.tolist() == [0.8, 1.0, 1.0, 1.0, 1.0, 1.0]
    assert matching_params().as_dict()["stale_factor"] == 0.8  # recorded with every run
    assert freshness(ids, factor=1.0).tolist() == [1.0] * 6  # the factor at 1 switches it off


@pytest.mark.django_db
def test_a_stale_startup_drops_in_the_stored_ranking_and_returns_once_it_confirms_its_profile(settings):
    settings.MATCHING = {**settings.MATCHING, "STALE_FACTOR": 0.8}
    seoul = MemberCityFactory(
        name="Seoul",
        country="KR",
        languages=["en"],
        priority_sectors=["environment"],
        profile="Food waste weighing bins with RFID cards for apartment blocks.",
    )
    texts = {
        "Best Bins": "food waste weighing bins with RFID cards for apartment blocks",
        "Good Bins": "food waste bins for apartment blocks",
    }
    startups = {}
    for name, text in texts.items():
        startups[name] = StartupFactory(name=name, country="KR", sectors=["environment"], languages=["en"])
        SolutionListingFactory(
            startup=startups[name], title=text, summary=text, description=text, sectors=["environment"]
        )

    def ranking() -> list[tuple[str, float]]:
        rows = Match.objects.for_city(seoul.pk).select_related("startup")
        return [(match.startup.name, match.score) for match in rows]

    pipeline.rescore_all()
    (best, best_score), (good, good_score) = ranking()
    assert (best, good) == ("Best Bins", "Good Bins") and best_score * 0.8 < good_score

    _aged(startups["Best Bins"], updated_days=400, reminded_days=31)
    run = pipeline.rescore_all()

    assert run.params["stale_factor"] == 0.8
    assert ranking() == [
        ("Good Bins", pytest.approx(good_score)),
        ("Best Bins", pytest.approx(best_score * 0.8)),
    ]

    confirm_profile_current(startup=startups["Best Bins"])
    pipeline.drain_outbox()
    assert ranking() == [("Best Bins", pytest.approx(best_score)), ("Good Bins", pytest.approx(good_score))]
