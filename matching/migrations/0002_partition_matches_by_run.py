"""On PostgreSQL, store matches in a table partitioned by run (LIST on run_id).

A full run COPYs into a table of its own with no index, builds the indexes in one sorted pass, and attaches
it as a partition: much faster than maintaining three indexes row by row, and retiring a run is a DROP
instead of deleting hundreds of thousands of rows. Columns, constraint and index names are those Django
created, so the model is unchanged; PostgreSQL 15 does not allow identity columns on partitioned tables,
so `id` takes its values from a sequence. Other databases keep the plain table."""

from django.db import migrations

CREATE = """
DROP TABLE matching_match;
CREATE SEQUENCE IF NOT EXISTS matching_match_id_seq;
CREATE TABLE matching_match (
    id bigint NOT NULL DEFAULT nextval('matching_match_id_seq'),
    run_id bigint NOT NULL,
    city_id bigint NOT NULL,
    startup_id bigint NOT NULL,
    score double precision NOT NULL,
    relevance double precision NOT NULL,
    sector_fit double precision NOT NULL,
    proof double precision NOT NULL,
    reach double precision NOT NULL,
    readiness double precision NOT NULL,
    listing_id bigint NULL,
    challenge_id bigint NULL,
    deployment_id bigint NULL,
    overseas boolean NOT NULL,
    reasons jsonb NOT NULL,
    city_rank smallint NULL CHECK (city_rank >= 0),
    startup_rank smallint NULL CHECK (startup_rank >= 0),
    CONSTRAINT match_score_range CHECK (score >= 0 AND score <= 100),
    CONSTRAINT matching_match_pkey PRIMARY KEY (id, run_id),
    CONSTRAINT match_unique_pair UNIQUE (run_id, city_id, startup_id)
) PARTITION BY LIST (run_id);
ALTER SEQUENCE matching_match_id_seq OWNED BY matching_match.id;
CREATE INDEX match_startup_rank ON matching_match (run_id, startup_id, startup_rank);
CREATE INDEX match_city_rank ON matching_match (run_id, city_rank) WHERE city_rank IS NOT NULL;
-- Rows of a run written one by one (without a partition of their own) land here.
CREATE TABLE matching_match_default PARTITION OF matching_match DEFAULT;
"""


def partition(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


class Migration(migrations.Migration):
    dependencies = [("matching", "0001_initial")]
    operations = [migrations.RunPython(partition, migrations.RunPython.noop)]
