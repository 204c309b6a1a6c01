"""Load the fixed vocabularies: sectors and regions from core.reference, languages from pycountry."""

import pycountry
from django.db import migrations

from core.reference import REGIONS, SECTORS


def load(apps, schema_editor):
    Sector = apps.get_model("core", "Sector")
    Region = apps.get_model("core", "Region")
    Language = apps.get_model("core", "Language")
    for position, (code, name, description) in enumerate(SECTORS):
        Sector.objects.update_or_create(
            code=code, defaults={"name": name, "description": description, "position": position}
        )
    for position, (code, name) in enumerate(REGIONS):
        Region.objects.update_or_create(code=code, defaults={"name": name, "position": position})
    languages = [
        Language(code=lang.alpha_2, name=lang.name)
        for lang in pycountry.languages
        if hasattr(lang, "alpha_2")
    ]
    Language.objects.bulk_create(languages, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
