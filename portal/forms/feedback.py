"""The official's feedback form on a recommended startup. It validates shape; matching.feedback writes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cities.models import CityChallenge
from matching.models import FeedbackKind, NotRelevantReason
from portal.forms.base import PortalFormMixin


class MatchFeedbackForm(PortalFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Mark"), choices=FeedbackKind.choices, widget=forms.RadioSelect)
    reason = forms.ChoiceField(
        label=_("Why is it not relevant?"),
        choices=[("", _("— Choose a reason —")), *NotRelevantReason.choices],
        required=False,
    )
    challenge = forms.ModelChoiceField(
        label=_("Only for this challenge"),
        queryset=CityChallenge.objects.none(),
        required=False,
        help_text=_("Leave empty to hide the startup from your city's recommendations."),
    )
    note = forms.CharField(
        label=_("Note for your colleagues"),
        max_length=500,
        required=False,
        help_text=_("Seen by your city's officials only, never by the startup."),
    )

    def __init__(self, *args, city, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["challenge"].queryset = CityChallenge.objects.filter(city=city).open()
        self.fields["challenge"].empty_label = _("— The whole city —")

    def clean(self) -> dict:
        data = super().clean()
        if data.get("kind") == FeedbackKind.NOT_RELEVANT and not data.get("reason"):
            self.add_error("reason", _("Say why it is not relevant."))
        return data
