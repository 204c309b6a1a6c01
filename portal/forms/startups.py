"""Forms of the startup pages. They validate shape and ownership; the writes are startups.services'."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.images import LogoField, logo_change
from portal.forms.base import (
    LanguagesField,
    PortalFormMixin,
    RegionsField,
    SectorsField,
    TextLanguageField,
    country_choices,
    field_rule,
)
from startups.models import ReferenceDeployment, SolutionListing, Startup
from startups.services import STARTUP_FIELDS, check_listing_sectors


class StartupProfileForm(PortalFormMixin, forms.ModelForm):
    sectors = SectorsField(label=_("Sectors"), required=False)
    languages = LanguagesField(
        label=_("Working languages"),
        required=False,
        help_text=_("Languages your team can work in. Hold Ctrl (⌘ on a Mac) to choose several."),
    )
    target_regions = RegionsField(label=_("Regions you are looking for city clients in"), required=False)
    logo = LogoField(label=_("Logo"))

    class Meta:
        model = Startup
        fields = list(STARTUP_FIELDS)
        labels = {
            "name": _("Startup name"),
            "country": _("Country"),
            "founded_year": _("Year founded"),
            "stage": _("Stage"),
            "team_size": _("Team size"),
            "website": _("Website"),
            "contact_email": _("Contact email"),
            "description": _("What your startup does"),
            "description_language": _("Language of the description"),
        }
        help_texts = {
            "contact_email": _("Shown to a city only after you accept its introduction request."),
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}

    RELATIONS = ("sectors", "languages", "target_regions")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"] = forms.ChoiceField(label=_("Country"), choices=country_choices())
        self.fields["description_language"] = TextLanguageField(label=_("Language of the description"))
        self.fields["founded_year"].widget.attrs.update({"min": 1900, "max": timezone.now().year})
        self.fields["team_size"].widget.attrs.update({"min": 1})

    def changes(self) -> tuple[dict, dict]:
        """The plain fields and the many-to-many relations, as the services take them."""
        data = self.cleaned_data
        fields = {name: data[name] for name in self.fields if name not in self.RELATIONS}
        return logo_change(fields), {name: data[name] for name in self.RELATIONS}


class ListingForm(PortalFormMixin, forms.ModelForm):
    """A listing with no sector: startups.services' rule (the API's too)."""

    sectors = SectorsField(label=_("Sectors"), required=False)
    languages_supported = LanguagesField(label=_("Languages the product supports"), required=False)

    class Meta:
        model = SolutionListing
        fields = [
            "title",
            "summary",
            "description",
            "language",
            "sectors",
            "maturity",
            "pricing_model",
            "languages_supported",
        ]
        labels = {
            "title": _("Title"),
            "summary": _("One-sentence summary"),
            "description": _("Description"),
            "language": _("Language of the text"),
            "maturity": _("Maturity"),
            "pricing_model": _("Pricing model"),
        }
        help_texts = {
            "summary": _("Shown in the catalogue, up to 300 characters."),
            "description": _("What the solution does, for whom, and the results it achieved."),
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 8})}

    RELATIONS = ("sectors", "languages_supported")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"] = TextLanguageField(label=_("Language of the text"))

    def clean_sectors(self):
        return field_rule(check_listing_sectors, self.cleaned_data.get("sectors"), "sectors")

    def changes(self) -> tuple[dict, dict]:
        data = self.cleaned_data
        fields = {name: data[name] for name in self.Meta.fields if name not in self.RELATIONS}
        return fields, {name: data[name] for name in self.RELATIONS}


class DeploymentForm(PortalFormMixin, forms.ModelForm):
    class Meta:
        model = ReferenceDeployment
        fields = ["city_name", "country", "population", "since_year", "description"]
        labels = {
            "city_name": _("City"),
            "country": _("Country"),
            "population": _("Population"),
            "since_year": _("Running since (year)"),
            "description": _("What runs there"),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"] = forms.ChoiceField(label=_("Country"), choices=country_choices())
