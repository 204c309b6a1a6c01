"""Each full run's rows live in a table of their own (PostgreSQL): created empty, filled by COPY without
indexes, then indexed in one pass each and attached as the run's partition of `matching_match`; a retired
run's partition is dropped, not deleted row by row. Other databases keep every run in the one table."""

from __future__ import annotations

from django.db import connection

from matching.models import Match


def run_table(run_id: int) -> str:
    return f"{Match._meta.db_table}_r{int(run_id)}"


def uses_partitions() -> bool:
    return connection.vendor == "postgresql"


def create_run_table(run_id: int) -> None:
    """PostgreSQL: a table of the run's own, without indexes, to COPY a full run into."""
    if uses_partitions():
        with connection.cursor() as cursor:
            like = f"LIKE {Match._meta.db_table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
            cursor.execute(f"DROP TABLE IF EXISTS {run_table(run_id)}")  # left over from an old database
            cursor.execute(f"CREATE TABLE {run_table(run_id)} ({like})")


def attach_run_table(run_id: int) -> None:
    """Index the run's table in one pass each and attach it as the run's partition."""
    if not uses_partitions():
        return
    table, run_id = run_table(run_id), int(run_id)
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_run CHECK (run_id = {run_id})")
        cursor.execute(f"ALTER TABLE {table} ADD PRIMARY KEY (id, run_id)")
        cursor.execute(f"CREATE UNIQUE INDEX ON {table} (run_id, city_id, startup_id)")
        cursor.execute(f"CREATE INDEX ON {table} (run_id, startup_id, startup_rank)")
        cursor.execute(f"CREATE INDEX ON {table} (run_id, city_rank) WHERE city_rank IS NOT NULL")
        cursor.execute(
            f"ALTER TABLE {Match._meta.db_table} ATTACH PARTITION {table} FOR VALUES IN ({run_id})"
        )


def drop_run_rows(run_ids: list[int]) -> int:
    """Remove retired runs' rows: drop their partitions (PostgreSQL) or delete them."""
    if not run_ids:
        return 0
    if not uses_partitions():
        return Match.objects.filter(run_id__in=run_ids)._raw_delete(connection.alias)
    with connection.cursor() as cursor:
        for run_id in run_ids:
            cursor.execute(f"DROP TABLE IF EXISTS {run_table(run_id)}")
        cursor.execute(f"DELETE FROM {Match._meta.db_table} WHERE run_id = ANY(%s)", [list(run_ids)])
    return len(run_ids)
