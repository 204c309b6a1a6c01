"""Forms of the introduction pages. They validate shape and ownership; introductions.services writes."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cities.models import CityChallenge
from introductions.models import DeclineReason
from introductions.services import check_citations, check_cooldown
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
        self.startup, self.city = startup, city
        # Only the startup's published listings and the city's own open challenges are offered; a closed
        # challenge sent anyway (closed since the page was shown) gets the service's message in clean().
        self.fields["listing"].queryset = SolutionListing.objects.published().filter(startup=startup)
        self.fields["listing"].empty_label = _("— No particular solution —")
        challenge = self.fields["challenge"]
        challenge.queryset = CityChallenge.objects.filter(city=city)
        challenge.empty_label = _("— No particular challenge —")
        challenge.choices = [("", challenge.empty_label)] + [
            (item.pk, challenge.label_from_instance(item)) for item in challenge.queryset.open()
        ]

    def clean(self):
        data = super().clean()
        try:
            check_citations(
                city=self.city,
                startup=self.startup,
                listing=data.get("listing"),
                challenge=data.get("challenge"),
            )
            check_cooldown(city=self.city, startup=self.startup)
        except ValidationError as error:
            self.add_service_error(error)
        return data


class IntroductionWithdrawForm(PortalFormMixin, forms.Form):
    note = forms.CharField(
        label=_("Note to the startup (optional)"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


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
