"""Storing a run's matches: the COPY rows built from shared pieces, through a forked formatter, in the
`json` reasons column, and a failing formatter that stores nothing."""

from __future__ import annotations

import json

import numpy as np
import pytest
from django.core.management import call_command
from django.db import connection

from matching import pipeline
from matching.engine import score_all
from matching.index import fit_index
from matching.inputs import load_catalogue, matching_params
from matching.models import Match, MatchRun, RunStatus
from matching.reasons import build
from matching.store import partitions, pieces, write
from tests.matching.conftest import _skip_or_fail

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", "--cities", "24", "--startups", "60", "--seed", "4")
    cat = load_catalogue()
    index = fit_index(cat, matching_params())
    return cat, index, score_all(cat.cities, cat.startups, matching_params(), index)


def _postgresql() -> None:
    if connection.vendor != "postgresql":
        _skip_or_fail("COPY and partitions need PostgreSQL (set DATABASE_URL)")


def _rows(text: bytes) -> list[list[str | None]]:
    return [[None if v == "\\N" else v for v in line.split("\t")] for line in text.decode().splitlines()]


def test_rows_do_not_depend_on_how_they_are_cut_into_chunks_and_blocks(demo):
    cat, index, result = demo
    whole = b"".join(write._blocks(result, cat, 3, index, chunk=10**6, block=10**6))
    cut = b"".join(write._blocks(result, cat, 3, index, chunk=7, block=3))
    assert cut == whole
    rows = _rows(whole)
    assert len(rows) == len(result)
    for row, i in zip(rows, range(len(result)), strict=True):
        values = dict(zip(write.COLUMNS, row, strict=True))
        assert values["run_id"] == "3"
        assert int(values["city_id"]) == cat.cities.ids[result.city[i]]
        assert int(values["startup_id"]) == cat.startups.ids[result.startup[i]]
        assert float(values["score"]) == pytest.approx(result.score[i], abs=5e-7)
        assert float(values["readiness"]) == pytest.approx(result.readiness[i], abs=5e-7)
        assert (values["city_rank"] is None) == (result.city_rank[i] == 0)
        reasons = json.loads(values["reasons"].replace("\\\\", "\\"))
        assert 1 <= len(reasons) <= build.MAX_REASONS
        if result.challenge[i] >= 0:
            assert reasons[0]["code"] == "answers_challenge"
            assert reasons[0]["challenge_id"] == int(values["challenge_id"])


def test_scores_are_written_fixed_width_and_out_of_range_ones_are_refused():
    text = pieces.fixed(np.array([0.0, 0.5, 99.9999996, 100.0]), 3).view("S10").ravel().tolist()
    assert text == [b"000.000000", b"000.500000", b"100.000000", b"100.000000"]
    assert float(b"084.927478") == 84.927478  # what PostgreSQL's float8 input reads too
    with pytest.raises(ValueError):
        pieces.fixed(np.array([-0.01]), 3)
    with pytest.raises(ValueError):
        pieces.fixed(np.array([1000.0]), 3)


def test_a_full_run_formatted_by_a_forked_child_stores_the_same_rows_as_one_without(demo, monkeypatch):
    _postgresql()
    forks = []
    original = write._forked_blocks
    monkeypatch.setattr(write, "_forked_blocks", lambda blocks: forks.append(1) or original(blocks))

    def stored(run: MatchRun) -> dict:
        rows = Match.objects.filter(run=run).values()
        return {(r["city_id"], r["startup_id"]): {**r, "id": None, "run_id": None} for r in rows}

    monkeypatch.setattr(write, "FORK_FROM_ROWS", 1)
    forked = pipeline.rescore_all()
    forked_rows = stored(forked)  # read before the next run retires and drops it
    monkeypatch.setattr(write, "FORK_FROM_ROWS", 10**9)
    alone = pipeline.rescore_all()
    assert forks == [1]
    assert forked_rows == stored(alone)
    assert len(forked_rows) == alone.pairs > 0
    some = Match.objects.current().exclude(challenge=None).first()
    assert isinstance(some.reasons, list) and some.reasons[0]["challenge_id"] == some.challenge_id
    with connection.cursor() as cursor:
        sql = "SELECT data_type FROM information_schema.columns WHERE table_name = %s AND column_name = %s"
        cursor.execute(sql, [partitions.run_table(alone.pk), "reasons"])
        assert cursor.fetchone() == ("json",)


def test_a_formatter_that_fails_stores_nothing_and_the_current_run_stays(demo, monkeypatch):
    _postgresql()
    current = pipeline.rescore_all()
    count = Match.objects.current().count()

    def broken(*args, **kwargs):
        raise MemoryError("the child ran out of memory")

    monkeypatch.setattr(write, "FORK_FROM_ROWS", 1)
    monkeypatch.setattr(write, "reason_slots", broken)
    with pytest.raises(RuntimeError, match="formatting the match rows failed"):
        pipeline.rescore_all()
    assert MatchRun.objects.get(status=RunStatus.CURRENT) == current
    assert Match.objects.current().count() == count
    failed = MatchRun.objects.filter(status=RunStatus.BUILDING).get()
    assert failed.slices_done == [] and not Match.objects.filter(run=failed).exists()


def test_a_match_written_through_the_orm_reads_back_its_reasons(demo):
    cat, index, result = demo
    run = MatchRun.objects.create(status=RunStatus.CURRENT, algorithm_version="test")
    reasons = [{"code": "works_in_languages", "languages": ["es", "ko"]}, {"code": "x", "text": 'a\\tb "q"'}]
    match = Match.objects.create(
        run=run,
        city_id=int(cat.cities.ids[0]),
        startup_id=int(cat.startups.ids[0]),
        score=50,
        relevance=0.5,
        sector_fit=0.5,
        proof=0.5,
        reach=0.5,
        readiness=0.5,
        overseas=True,
        reasons=reasons,
    )
    match.refresh_from_db()
    assert match.reasons == reasons
