"""Forms of the introduction pages. They validate shape and ownership; introductions.services writes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cities.models import CityChallenge
from introductions.models import DeclineReason
from portal.forms.base import PortalFormMixin
from startups.models import SolutionListing


class IntroductionRequestForm(PortalFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Your message to the startup"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "What your city needs and why this startup could help. Your contact details are shared "
            "with the startup only if it accepts."
        ),
    )
    listing = forms.ModelChoiceField(
        label=_("About this solution"), queryset=SolutionListing.objects.none(), required=False
    )
    challenge = forms.ModelChoiceField(
        label=_("For this challenge"), queryset=CityChallenge.objects.none(), required=False
    )

    def __init__(self, *args, startup, city, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Only the startup's published listings and the city's own open challenges can be chosen.
        self.fields["listing"].queryset = SolutionListing.objects.published().filter(startup=startup)
        self.fields["listing"].empty_label = _("— No particular solution —")
        self.fields["challenge"].queryset = CityChallenge.objects.filter(city=city).open()
        self.fields["challenge"].empty_label = _("— No particular challenge —")


class IntroductionResponseForm(PortalFormMixin, forms.Form):
    decision = forms.ChoiceField(
        label=_("Your answer"),
        choices=[("accept", _("Accept: share our contact details")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    decline_reason = forms.ChoiceField(
        label=_("Why do you decline?"), choices=[("", "—"), *DeclineReason.choices], required=False
    )
    note = forms.CharField(
        label=_("Note to the city"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "decline" and not data.get("decline_reason"):
            self.add_error("decline_reason", _("Say why you decline; the city sees your reason."))
        return data
