"""Deployments recorded before `ReferenceDeployment.save()` linked member cities: each one without a member
city gets the member city it names, by the rule of `ReferenceDeployment.link_member_city` (the city's
geonames id, so "성남시" finds the member "Seongnam"; else the same name in the same country)."""

from django.db import migrations

from core.geo import city_geonameid


def link_member_cities(apps, schema_editor):
    ReferenceDeployment = apps.get_model("startups", "ReferenceDeployment")
    MemberCity = apps.get_model("cities", "MemberCity")
    unlinked = ReferenceDeployment.objects.filter(member_city__isnull=True)
    for pk, city_name, country in list(unlinked.values_list("pk", "city_name", "country")):
        found = MemberCity.objects.filter(country=country)
        geonameid = city_geonameid(city_name, country)
        city = found.filter(geonameid=geonameid).first() if geonameid is not None else None
        if city is None:
            city = found.filter(name__iexact=city_name.strip()).first()
        if city is not None:
            ReferenceDeployment.objects.filter(pk=pk).update(member_city=city)


class Migration(migrations.Migration):

    dependencies = [
        ("cities", "0005_text_languages_any_known"),
        ("startups", "0005_listing_hidden_concepts"),
    ]

    operations = [migrations.RunPython(link_member_cities, migrations.RunPython.noop)]
