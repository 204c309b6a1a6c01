"""Re-scoring, from the database to stored matches. Celery tasks and the `rescore` command call these.

Full runs: `start_run` fits the text index and creates a `building` MatchRun; `score_slice` scores one slice
of the cities (slices are by city id, so several workers can share a run) and stores its rows in the same
transaction that records the slice as done; the slice that completes the run calls `finish_run`, which
re-ranks the startups' side across slices and makes the run current in one transaction. A worker killed
mid-slice stores nothing (its transaction rolls back); the redelivered slice stores it once.

Incremental: `rescore_startups` / `rescore_cities` update the current run in place, under a lock on it.

Sentence embeddings: every catalogue loaded here gets the stored vectors of its texts
(`matching.embeddings.attach`); an edited text has none yet, so the re-score of its city or startup embeds
and stores it first, in the worker. `embed_catalogue` is the first pass over a whole catalogue (the
`embed_texts` task and command). A run records in its params which model gave the vectors, or that they
were off.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone

from cities.models import ChallengeStatus, CityChallenge, MemberCity
from matching import embeddings
from matching.engine import ALGORITHM_VERSION, TextIndex, score_all, score_cities, score_startups
from matching.engine.text import DocumentVectors
from matching.index import dump_index, fit_index, load_index, warm
from matching.inputs import (
    Catalogue,
    ReferenceColumns,
    challenge_names,
    hidden_concepts,
    load_catalogue,
    load_cities,
    load_startups,
    matching_params,
)
from matching.models import MatchRun, RescoreKind, RescoreRequest, RunStatus
from matching.store import ranks
from matching.store.partitions import (
    attach_run_table,
    create_run_table,
    drop_run_rows,
    run_table,
    uses_partitions,
)
from matching.store.write import write_matches

MARK_MARGIN = timedelta(seconds=60)  # marks this close to a run's start are re-processed, to be safe


def current_run() -> MatchRun | None:
    return MatchRun.objects.defer("text_index").filter(status=RunStatus.CURRENT).first()


def _run_index(run: MatchRun) -> TextIndex:
    blob = MatchRun.objects.filter(pk=run.pk).values_list("text_index", flat=True).get()
    return load_index(bytes(blob))


# --- full runs ------------------------------------------------------------------------------------------


def start_run(
    *, slices: int = 1, catalogue: Catalogue | None = None
) -> tuple[MatchRun, Catalogue, TextIndex]:
    started = timezone.now()
    cat = catalogue or load_catalogue()
    params = matching_params()
    index = fit_index(cat, params)
    run = MatchRun.objects.create(
        status=RunStatus.BUILDING,
        started_at=started,
        algorithm_version=ALGORITHM_VERSION,
        params={**params.as_dict(), "embeddings": cat.embeddings},
        slices=max(1, slices),
        text_index=dump_index(index),
    )
    create_run_table(run.pk)
    return run, cat, index


def slice_cities(cat: Catalogue, *, slices: int, slice_index: int) -> np.ndarray:
    """City indices of one slice: by city id, so a slice is the same whoever loads the catalogue."""
    return np.flatnonzero(cat.cities.ids % slices == slice_index)


def score_slice(
    *, run_id: int, slice_index: int, catalogue: Catalogue | None = None, index: TextIndex | None = None
) -> int:
    """Score and store one slice of a building run; idempotent (a slice already stored is skipped)."""
    run = MatchRun.objects.filter(pk=run_id).first()
    if run is None or run.status != RunStatus.BUILDING or slice_index in run.slices_done:
        return 0
    cat = catalogue or load_catalogue()
    # another worker's slice: the run's weights, with this catalogue's vectors computed once (from the
    # counts cache where it has them) so the kernel can split frequent terms off to BLAS
    index = index or load_index(bytes(run.text_index)).refreshed(cat.cities, cat.startups)
    if index.model.stale:  # weights of another format or concept vocabulary: its scores would not compare
        raise RuntimeError(
            f"run {run_id}'s text index cannot be used by this code; a new full run replaces it"
        )
    result = score_all(
        cat.cities,
        cat.startups,
        matching_params(),
        index,
        city_indices=slice_cities(cat, slices=run.slices, slice_index=slice_index),
    )
    with transaction.atomic():
        stored = write_matches(result, cat, run_id=run.pk, bulk=True, text_index=index)
        run = MatchRun.objects.defer("text_index").select_for_update().get(pk=run_id)
        if run.status != RunStatus.BUILDING or slice_index in run.slices_done:
            transaction.set_rollback(True)  # another delivery of this slice got there first
            return 0
        run.slices_done = sorted({*run.slices_done, slice_index})
        run.pairs += stored
        run.save(update_fields=["slices_done", "pairs"])
        complete = len(run.slices_done) == run.slices
    if complete:
        finish_run(run_id=run.pk)
    return stored


def finish_run(*, run_id: int) -> bool:
    """Make a fully stored run current, in one transaction; then drop the retired runs' rows."""
    k = matching_params().k
    with transaction.atomic():
        run = MatchRun.objects.defer("text_index").select_for_update().get(pk=run_id)
        if run.status != RunStatus.BUILDING or len(run.slices_done) != run.slices:
            return False
        table = run_table(run.pk) if uses_partitions() else ranks.TABLE
        if run.slices > 1:
            ranks.rerank(run.pk, side="startup", k=k, owners=None, table=table)
            run.pairs = ranks.drop_unranked(run.pk, table=table)
        attach_run_table(run.pk)
        MatchRun.objects.filter(status=RunStatus.CURRENT).update(status=RunStatus.RETIRED)
        run.status = RunStatus.CURRENT
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "finished_at", "pairs"])
        RescoreRequest.objects.filter(requested_at__lt=run.started_at - MARK_MARGIN).delete()
    warm.clear()
    purge_old_runs()
    return True


def purge_old_runs(*, keep_building_for: timedelta = timedelta(hours=6)) -> int:
    """Delete the rows of retired runs, and of building runs abandoned long ago (the run records stay)."""
    stale = MatchRun.objects.filter(status=RunStatus.RETIRED) | MatchRun.objects.filter(
        status=RunStatus.BUILDING, started_at__lt=timezone.now() - keep_building_for
    )
    ids = list(stale.values_list("pk", flat=True))
    if not ids:
        return 0
    deleted = drop_run_rows(ids)
    MatchRun.objects.filter(pk__in=ids, status=RunStatus.BUILDING).update(status=RunStatus.FAILED)
    MatchRun.objects.filter(pk__in=ids).update(text_index=None)
    return deleted


def rescore_all(*, slices: int = 1) -> MatchRun:
    """A full run in this process (the command, tests, and the embedded mode without a broker)."""
    run, cat, index = start_run(slices=slices)
    for slice_index in range(run.slices):
        score_slice(run_id=run.pk, slice_index=slice_index, catalogue=cat, index=index)
    run.refresh_from_db()
    return run


# --- incremental ----------------------------------------------------------------------------------------


def _city_fingerprint() -> tuple:
    cities = MemberCity.objects.approved().aggregate(n=Count("pk"), t=Max("updated_at"))
    challenges = CityChallenge.objects.filter(status=ChallengeStatus.OPEN).aggregate(
        n=Count("pk"), t=Max("updated_at")
    )
    return (cities["n"], cities["t"], challenges["n"], challenges["t"])


def _warm_city_side(run: MatchRun) -> tuple[ReferenceColumns, Catalogue, TextIndex]:
    """The city side and the run's text index, cached in this process until the run or a city changes."""
    key = (run.pk, _city_fingerprint())
    if warm.key != key:
        columns = ReferenceColumns.load()
        cities = load_cities(columns)
        embeddings.attach(cities, None)
        index = _run_index(run)
        ch = cities.challenges
        index.profiles = DocumentVectors(
            cities.ids.copy(),
            list(cities.profile_text),
            index.transform(cities.profile_text, cities.profile_language),
            list(cities.profile_language),
        )
        index.challenges = DocumentVectors(
            ch.ids.copy(), list(ch.text), index.transform(ch.text, ch.language), list(ch.language)
        )
        warm.key, warm.cities, warm.index, warm.columns = key, cities, index, columns
        warm.names = challenge_names(cities)
    return warm.columns, warm.cities, warm.index


def rescore_startups(startup_ids: list[int]) -> int:
    """Re-score these startups against every city and update the current run. Without a current run, a
    full run is made instead."""
    run = current_run()
    if run is None:
        return rescore_all().pairs
    columns, cities, index = _warm_city_side(run)
    if index.model.stale:  # the concept vocabulary changed since the run: scores would not compare
        return rescore_all().pairs
    startups = load_startups(
        columns, startup_ids=startup_ids, city_ids=cities.ids, challenge_ids=cities.challenges.ids
    )
    status = embeddings.attach(None, startups)
    cat = Catalogue(columns, cities, startups, warm.names, status, hidden_concepts(startup_ids=startup_ids))
    result = score_startups(cities, startups, np.arange(len(startups)), matching_params(), index)
    with transaction.atomic():
        run = MatchRun.objects.defer("text_index").select_for_update().get(pk=run.pk)
        if run.status != RunStatus.CURRENT:
            return 0
        return ranks.replace_rows(
            run, result, cat, side=ranks.STARTUP_SIDE, ids=startup_ids, text_index=index
        )


def rescore_cities(city_ids: list[int]) -> int:
    """Re-score these cities against every startup and update the current run."""
    run = current_run()
    if run is None:
        return rescore_all().pairs
    cat = load_catalogue()
    index = _run_index(run)
    if index.model.stale:  # the concept vocabulary changed since the run: scores would not compare
        return rescore_all().pairs
    index = index.refreshed(cat.cities, cat.startups)  # vectors once, for the scores and the reasons
    wanted = np.flatnonzero(np.isin(cat.cities.ids, city_ids))
    result = score_cities(cat.cities, cat.startups, wanted, matching_params(), index)
    with transaction.atomic():
        run = MatchRun.objects.defer("text_index").select_for_update().get(pk=run.pk)
        if run.status != RunStatus.CURRENT:
            return 0
        return ranks.replace_rows(run, result, cat, side=ranks.CITY_SIDE, ids=city_ids, text_index=index)


# --- sentence embeddings -------------------------------------------------------------------------------


def embed_catalogue(
    *,
    limit: int | None = None,
    batch: int = 64,
    progress: embeddings.Progress | None = None,
) -> embeddings.Ensured | None:
    """Embed and store the catalogue's texts that have no stored vector yet (at most ``limit``), in batches
    of one transaction each; None when the model is off. Interrupted, it keeps what it stored, and the next
    call resumes."""
    model = embeddings.active_model()
    if model is None:
        return None
    cat = load_catalogue(embed=False)
    pairs = embeddings.catalogue_texts(cat.cities, cat.startups, model)
    return embeddings.ensure(
        [text for text, _ in pairs],
        [form for _, form in pairs],
        batch=batch,
        progress=progress,
        limit=limit,
    )


def drain_outbox(*, limit: int = 5000) -> dict[str, int]:
    """Process the re-scoring marks: a whole-catalogue mark (or no current run) makes a full run; otherwise
    the marked cities and startups are re-scored together. A mark re-requested meanwhile stays."""
    marks = list(RescoreRequest.objects.order_by("requested_at")[:limit])
    if not marks:
        return {"cities": 0, "startups": 0, "full": 0}
    if current_run() is None or any(m.kind == RescoreKind.ALL for m in marks):
        rescore_all()
        done = {"cities": 0, "startups": 0, "full": 1}
    else:
        cities = sorted({m.object_id for m in marks if m.kind == RescoreKind.CITY})
        startups = sorted({m.object_id for m in marks if m.kind == RescoreKind.STARTUP})
        if cities:
            rescore_cities(cities)
        if startups:
            rescore_startups(startups)
        done = {"cities": len(cities), "startups": len(startups), "full": 0}
    for mark in marks:
        RescoreRequest.objects.filter(pk=mark.pk, requested_at=mark.requested_at).delete()
    return done
