"""MatchRun.vocabulary is named for what it holds: the fitted text index's weights. A column rename; the
bytes stay where they are."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("matching", "0004_introduction_moved"),
    ]

    operations = [
        migrations.RenameField(model_name="matchrun", old_name="vocabulary", new_name="text_index"),
        migrations.AlterField(
            model_name="matchrun",
            name="text_index",
            field=models.BinaryField(
                editable=False, help_text="The fitted text weights (TextIndex.to_bytes).", null=True
            ),
        ),
    ]
