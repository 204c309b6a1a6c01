"""Store a match's reasons as `json` rather than `jsonb` (see core.fields.TextJSONField).

ALTER TABLE on the partitioned table changes every attached partition. A run table still being built
when this migration runs is not attached yet, so it is changed here too: otherwise it could not be
attached when its run finishes."""

from django.db import migrations

import core.fields

DETACHED = """
SELECT c.relname FROM pg_class c
WHERE c.relname LIKE 'matching\\_match\\_r%' AND c.relkind = 'r'
  AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
"""


def detached_run_tables(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(DETACHED)
        tables = [row[0] for row in cursor.fetchall()]
        for table in tables:
            cursor.execute(f'ALTER TABLE "{table}" ALTER COLUMN reasons TYPE json')


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0002_partition_matches_by_run"),
    ]

    operations = [
        migrations.AlterField(
            model_name="match",
            name="reasons",
            field=core.fields.TextJSONField(default=list),
        ),
        migrations.RunPython(detached_run_tables, migrations.RunPython.noop),
    ]
