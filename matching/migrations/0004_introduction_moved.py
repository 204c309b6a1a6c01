"""Introduction now belongs to the introductions app (see introductions/migrations/0001_initial.py): the model
leaves matching's state only; its table stays as it is."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("matching", "0003_reasons_as_json"),
        ("introductions", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Introduction")],
            database_operations=[],
        ),
    ]
