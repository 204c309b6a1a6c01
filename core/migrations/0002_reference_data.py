"""Load the fixed vocabularies: sectors and regions from core.reference, languages from pycountry."""

from django.db import migrations

from core.reference import load_reference_data


def load(apps, schema_editor):
    load_reference_data(
        apps.get_model("core", "Sector"), apps.get_model("core", "Region"), apps.get_model("core", "Language")
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
