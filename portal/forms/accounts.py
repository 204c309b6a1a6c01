"""Sign-up and review forms. They validate shape (and the password, with Django's validators, so the
person sees every problem at once); accounts.services writes."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cities.models import MemberCity
from core import geo
from core.models import Region
from portal.forms.base import PortalFormMixin
from portal.forms.startups import StartupProfileForm


class AccountFields(PortalFormMixin, forms.Form):
    """The person's account: the first fieldset of both sign-up forms."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("Work email"))
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        help_text=_("Letters, digits and @ . + - _ only. You sign in with it."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not a common password and not only digits."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    ACCOUNT_FIELDS = ("first_name", "last_name", "email", "username", "password1", "password2")

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise ValidationError(_("This username is taken; please choose another."))
        return username

    def clean(self):
        data = super().clean()
        password1, password2 = data.get("password1"), data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords differ."))
        elif password1:
            user = get_user_model()(
                username=data.get("username", ""),
                email=data.get("email", ""),
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password1, user)
            except ValidationError as error:
                self.add_error("password1", error)
        return data

    def account(self) -> dict:
        data = self.cleaned_data
        return {
            "username": data["username"],
            "email": data["email"],
            "password": data["password1"],
            "first_name": data["first_name"],
            "last_name": data["last_name"],
        }

    def account_fields(self):
        return [self[name] for name in self.ACCOUNT_FIELDS]


class StartupSignupForm(AccountFields):
    """An account, the startup's profile and a note for the secretariat, in one form."""

    message = forms.CharField(
        label=_("Note for the secretariat"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: references, who you work with, anything that helps the review."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.profile_form = StartupProfileForm(*args, prefix=None, **kwargs)
        # The logo is added from the profile page once signed in (sign-up stays a plain form).
        del self.profile_form.fields["logo"]
        for name, field in self.profile_form.fields.items():
            self.fields[name] = field
        self.fields["contact_email"].required = True

    def startup_fields(self):
        return [self[name] for name in StartupProfileForm.Meta.fields if name in self.fields]

    def clean(self):
        data = super().clean()
        # The startup's own rules (unique name per country, founding year) are checked by its model form.
        if not self.profile_form.is_valid():
            for name, errors in self.profile_form.errors.items():
                if name == "__all__" or name not in self.errors:
                    self.add_error(None if name == "__all__" else name, errors)
        return data

    def startup(self) -> tuple[dict, dict]:
        return self.profile_form.changes()


class CityOfficialSignupForm(AccountFields):
    """Join a member city, or apply for a city that is not a member yet (the new-city fields)."""

    city = forms.ModelChoiceField(
        label=_("Your city"),
        queryset=MemberCity.objects.approved(),
        required=False,
        empty_label=_("— My city is not a member yet —"),
        help_text=_(
            "The secretariat confirms with the city that you work there before you can act for it. If your "
            "city is not listed, leave this empty and describe it below: the city applies for membership."
        ),
    )
    job_title = forms.CharField(label=_("Job title"), max_length=120)
    new_city_name = forms.CharField(label=_("City name"), max_length=120, required=False)
    new_city_country = forms.ChoiceField(label=_("City's country"), required=False)
    new_city_population = forms.IntegerField(
        label=_("Population"), min_value=1, max_value=100_000_000, required=False
    )
    NEW_CITY = ("new_city_name", "new_city_country", "new_city_population")

    message = forms.CharField(
        label=_("Note for the secretariat"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: your department and who at the city can confirm your role."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        language = get_language() or "en"
        self.fields["city"].label_from_instance = lambda city: (
            f"{city.name} · {geo.country_name(city.country, language)}"
        )
        self.fields["new_city_country"].choices = [("", "—"), *geo.country_choices(language)]

    def clean(self):
        data = super().clean()
        if data.get("city") is None and "city" not in self.errors:
            for name in self.NEW_CITY:
                if data.get(name) in (None, ""):
                    self.add_error(name, _("Choose your member city above, or describe your city here."))
        return data

    def new_city_fields(self) -> list:
        return [self[name] for name in self.NEW_CITY]

    def new_city(self) -> dict | None:
        """The fields of a city applying for membership (None when joining a member city)."""
        data = self.cleaned_data
        if data.get("city") is not None:
            return None
        name, country = data["new_city_name"].strip(), data["new_city_country"]
        return {
            "name": name,
            "country": country,
            "population": data["new_city_population"],
            "region": Region.objects.get(code=geo.region_for_country(country)),
            "geonameid": geo.city_geonameid(name, country),
        }


class DecisionForm(PortalFormMixin, forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded with the decision. Required to reject: the applicant reads it."),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not data.get("note", "").strip():
            self.add_error("note", _("Write a note to reject: the applicant needs to know why."))
        return data


class ReapplyForm(PortalFormMixin, forms.Form):
    message = forms.CharField(
        label=_("What you corrected"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional: tell the secretariat what changed since its decision."),
    )


class MembershipChangeForm(PortalFormMixin, forms.Form):
    action = forms.ChoiceField(
        choices=[("suspend", _("Suspend")), ("reinstate", _("Reinstate")), ("remove", _("Remove"))]
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required: recorded in the audit trail, and the members read why."),
    )
