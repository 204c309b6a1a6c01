"""Forms of the city pages. They validate shape; the writes are cities.services'."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cities.models import CityChallenge, MemberCity
from cities.services import check_deadline, check_sectors
from core.images import LogoField, logo_change
from portal.forms.base import LanguagesField, PortalFormMixin, SectorsField, TextLanguageField, field_rule


class ChallengeForm(PortalFormMixin, forms.ModelForm):
    """A deadline in the past and a challenge with no sector: cities.services' rules (the API's too)."""

    sectors = SectorsField(label=_("Sectors"), required=False)

    class Meta:
        model = CityChallenge
        fields = ["title", "description", "language", "sectors", "deadline"]
        labels = {
            "title": _("Title"),
            "description": _("What do you need solved?"),
            "language": _("Language of the text"),
            "deadline": _("Deadline for proposals"),
        }
        help_texts = {
            "title": _("A short statement of the problem, e.g. “Cut food waste in apartment blocks”."),
            "description": _("The situation today, what a good solution achieves, and any constraints."),
            "deadline": _("Optional."),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 7}),
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"] = TextLanguageField(label=_("Language of the text"))

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        return field_rule(check_deadline, deadline, "deadline", stored=self.instance.deadline)

    def clean_sectors(self):
        return field_rule(check_sectors, self.cleaned_data.get("sectors"), "sectors")


class CityProfileForm(PortalFormMixin, forms.ModelForm):
    languages = LanguagesField(label=_("Languages of the city administration"), required=False)
    priority_sectors = SectorsField(label=_("Priority sectors"), required=False)
    logo = LogoField(label=_("Logo or coat of arms"))

    class Meta:
        model = MemberCity
        fields = [
            "population",
            "website",
            "profile",
            "profile_language",
            "languages",
            "priority_sectors",
            "logo",
        ]
        labels = {
            "population": _("Population"),
            "website": _("Website"),
            "profile": _("About the city"),
            "profile_language": _("Language of the text"),
        }
        help_texts = {
            "profile": _("Your smart-city strategy and what you are looking for; the matching reads this."),
        }
        widgets = {"profile": forms.Textarea(attrs={"rows": 6})}

    RELATIONS = ("languages", "priority_sectors")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["profile_language"] = TextLanguageField(label=_("Language of the text"))

    def changes(self) -> tuple[dict, dict]:
        data = self.cleaned_data
        fields = {name: data[name] for name in self.Meta.fields if name not in self.RELATIONS}
        return logo_change(fields), {name: data[name] for name in self.RELATIONS}
