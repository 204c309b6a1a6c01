"""Introduction moves from the matching app to its own app. Only Django's state moves: the table keeps its
name (`matching_introduction`) and every row, index and constraint; no data is copied. The content type is
renamed so that the audit trail's entries and the admin's permissions keep pointing at introductions."""

import django.db.models.deletion
import introductions.models
from django.conf import settings
from django.db import migrations, models


def rename_content_type(apps, schema_editor, *, old: str, new: str) -> None:
    content_type = apps.get_model("contenttypes", "ContentType")
    types = content_type.objects.using(schema_editor.connection.alias)
    if not types.filter(app_label=new, model="introduction").exists():
        types.filter(app_label=old, model="introduction").update(app_label=new)


def forwards(apps, schema_editor) -> None:
    rename_content_type(apps, schema_editor, old="matching", new="introductions")


def backwards(apps, schema_editor) -> None:
    rename_content_type(apps, schema_editor, old="introductions", new="matching")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("matching", "0003_reasons_as_json"),
        ("cities", "0004_logo"),
        ("startups", "0003_logo"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Introduction',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('message', models.TextField(max_length=4000)),
                        ('status', models.CharField(choices=[('requested', 'Requested'), ('accepted', 'Accepted'), ('declined', 'Declined'), ('withdrawn', 'Withdrawn'), ('expired', 'Expired')], db_index=True, default='requested', max_length=10)),
                        ('match_score', models.FloatField(blank=True, help_text='The stored score when requested.', null=True)),
                        ('responded_at', models.DateTimeField(blank=True, null=True)),
                        ('response_note', models.TextField(blank=True, max_length=4000)),
                        ('decline_reason', models.CharField(blank=True, choices=[('not_relevant', 'The need does not fit our solution'), ('no_capacity', 'No capacity at the moment'), ('not_in_region', 'We do not work in this region yet'), ('language', 'Language barrier'), ('other', 'Other')], max_length=20)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('expires_at', models.DateTimeField(default=introductions.models.default_expiry)),
                        ('challenge', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='introductions', to='cities.citychallenge')),
                        ('city', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='introductions', to='cities.membercity')),
                        ('listing', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='introductions', to='startups.solutionlisting')),
                        ('requested_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='introductions_requested', to=settings.AUTH_USER_MODEL)),
                        ('responded_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('startup', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='introductions', to='startups.startup')),
                    ],
                    options={
                        'db_table': 'matching_introduction',
                        'ordering': ['-created_at', '-id'],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('status', 'requested')), fields=('city', 'startup'), name='introduction_one_open_per_pair'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'declined'), _negated=True), models.Q(('decline_reason', ''), _negated=True), _connector='OR'), name='introduction_declined_has_reason')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
