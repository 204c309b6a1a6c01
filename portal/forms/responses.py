"""Forms of the response and outcome pages. They validate shape and ownership; responses.services and
outcomes.services write."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from outcomes.models import Outcome
from portal.forms.base import PortalFormMixin
from responses.services import check_listing
from startups.models import SolutionListing


class ResponseForm(PortalFormMixin, forms.Form):
    listing = forms.ModelChoiceField(
        label=_("The solution you offer"), queryset=SolutionListing.objects.none(), empty_label=None
    )
    approach = forms.CharField(
        label=_("How it would meet the need"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What you would do for this city, in what time, with whom."),
    )
    references = forms.CharField(
        label=_("References"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Cities or clients where it runs, and whom the city may ask."),
    )
    question = forms.CharField(
        label=_("A question for the city"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, startup, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.startup = startup
        self.fields["listing"].queryset = SolutionListing.objects.published().filter(startup=startup)

    def clean(self):
        data = super().clean()
        if data.get("listing") is not None:
            try:
                check_listing(startup=self.startup, listing=data["listing"])
            except ValidationError as error:
                self.add_service_error(error)
        return data


class QuestionForm(PortalFormMixin, forms.Form):
    question = forms.CharField(
        label=_("Your question to the startup"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AnswerForm(PortalFormMixin, forms.Form):
    answer = forms.CharField(
        label=_("Your answer"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class DeclineForm(PortalFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Why do you decline?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The startup sees your reason."),
    )


class IntroduceForm(PortalFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Your message to the startup"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Your contact details are shared with the startup only if it accepts."),
    )


class OutcomeForm(PortalFormMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("What came of it?"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
