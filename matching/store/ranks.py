"""All SQL on the match table besides COPY: ranks recomputed from stored scores, an incremental update of
the current run (one side's rows replaced, the other side's top K kept right), and the pruning of rows that
left every list. The outbox marks owners whose full list an update shortened."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from django.db import connection

from matching.engine import MatchResult, TextIndex
from matching.inputs import Catalogue, matching_params
from matching.models import Match, MatchRun, RescoreKind
from matching.outbox import request_rescores
from matching.store.write import write_matches

TABLE = Match._meta.db_table


def rerank(run_id: int, *, side: str, k: int, owners: list[int] | None, table: str = TABLE) -> None:
    """Recompute one side's ranks from the stored scores (ties: the lower id on the other side wins)."""
    own, other = ("startup_id", "city_id") if side == "startup" else ("city_id", "startup_id")
    rank = f"{side}_rank"
    where, params = "run_id = %s", [run_id]
    if owners is not None:
        where += f" AND {own} IN ({', '.join(['%s'] * len(owners))})"
        params += owners
    if side == "startup" and owners is None:
        where += " AND startup_rank IS NOT NULL"  # after slices: re-rank each slice's candidates
    # the rows whose rank changes are picked inside the subquery, which reads the old rank with the scores:
    # the update then looks up only those rows (comparing in the outer WHERE looked up every row: 3× slower)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""UPDATE {table} SET {rank} = r.new_rank
                FROM (SELECT id, new_rank FROM (
                        SELECT id, {rank} AS old_rank, CASE WHEN rn <= %s THEN rn END AS new_rank
                        FROM (SELECT id, {rank},
                                     ROW_NUMBER() OVER (PARTITION BY {own} ORDER BY score DESC, {other}) AS rn
                              FROM {table} WHERE {where}) AS numbered) AS ranked
                      WHERE old_rank IS DISTINCT FROM new_rank) AS r
                WHERE {table}.id = r.id AND {table}.run_id = %s""",
            [k, *params, run_id],
        )


@dataclass
class Side:
    name: str  # "startup" or "city": the side being re-scored
    own: str
    other: str


STARTUP_SIDE = Side("startup", "startup_id", "city_id")
CITY_SIDE = Side("city", "city_id", "startup_id")


def replace_rows(
    run: MatchRun,
    result: MatchResult,
    cat: Catalogue,
    *,
    side: Side,
    ids: list[int],
    text_index: TextIndex,
) -> int:
    """Replace the rows of `ids` (on `side`) in the current run with `result`, keeping the other side's
    top K right: a pair enters the other side's list when it beats its stored K-th score."""
    k = matching_params().k
    other_side = "city" if side.name == "startup" else "startup"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {side.other}, score FROM {TABLE} WHERE run_id = %s AND {other_side}_rank = %s",
            [run.pk, k],
        )
        threshold = dict(cursor.fetchall())
        placeholders = ", ".join(["%s"] * len(ids))
        cursor.execute(
            f"SELECT DISTINCT {side.other} FROM {TABLE} WHERE run_id = %s AND {side.own} IN ({placeholders}) "
            f"AND {other_side}_rank IS NOT NULL",
            [run.pk, *ids],
        )
        affected = {row[0] for row in cursor.fetchall()}
        cursor.execute(
            f"DELETE FROM {TABLE} WHERE run_id = %s AND {side.own} IN ({placeholders})", [run.pk, *ids]
        )
    if len(result):
        other_ids = (
            cat.cities.ids[result.city] if side.name == "startup" else cat.startups.ids[result.startup]
        )
        bar = np.array([threshold.get(int(x), -1.0) for x in other_ids.tolist()])
        own_rank = result.startup_rank if side.name == "startup" else result.city_rank
        # a pair as good as the K-th (often this very pair, stored to the millionth) stays: the re-rank
        # below keeps the best K, and an unchanged pair never leaves a list it was in
        enters = result.score >= bar - 1e-6
        keep = (own_rank > 0) | enters
        result = result.take(np.flatnonzero(keep))
        affected |= {int(x) for x in other_ids[keep & enters].tolist()} if keep.any() else set()
        # the other side's rank is recomputed below from what is stored
        if side.name == "startup":
            result.city_rank[:] = 0
        else:
            result.startup_rank[:] = 0
        write_matches(result, cat, run_id=run.pk, text_index=text_index)
    if affected:
        owners = sorted(affected)
        rerank(run.pk, side=other_side, k=k, owners=owners)
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE run_id = %s AND city_rank IS NULL AND startup_rank IS NULL "
                f"AND {side.other} IN ({', '.join(['%s'] * len(owners))})",
                [run.pk, *owners],
            )
        _refill_later(run, side=other_side, owners=[owner for owner in owners if owner in threshold], k=k)
    return len(result)


def _refill_later(run: MatchRun, *, side: str, owners: list[int], k: int) -> None:
    """Owners on `side` that held a full top K before this update and now hold fewer (a pair left their
    list, and the next best was never stored) are marked for re-scoring: the next drain fills their list
    again from the whole catalogue. Re-scoring them does not shorten anyone else's list."""
    if not owners:
        return
    column = f"{side}_id"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {column}, count(*) FROM {TABLE} WHERE run_id = %s AND {side}_rank IS NOT NULL "
            f"AND {column} IN ({', '.join(['%s'] * len(owners))}) GROUP BY {column}",
            [run.pk, *owners],
        )
        held = dict(cursor.fetchall())
    short = [owner for owner in owners if held.get(owner, 0) < k]
    if short:
        request_rescores(RescoreKind.CITY if side == "city" else RescoreKind.STARTUP, short)


def drop_unranked(run_id: int, *, table: str = TABLE) -> int:
    """After the startup side was re-ranked across slices: delete the rows in no list; return how many are
    left."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE run_id = %s AND city_rank IS NULL AND startup_rank IS NULL", [run_id]
        )
        cursor.execute(f"SELECT count(*) FROM {table} WHERE run_id = %s", [run_id])
        return cursor.fetchone()[0]
