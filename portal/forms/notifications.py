"""The notification settings form (a frequency per kind, the mail language) and the password reset form
whose mail goes through the outbox."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from notifications.models import Frequency, Kind
from notifications.services import absolute, queue_mail
from portal.forms.base import PortalFormMixin

# The kinds each role can receive (the settings page offers only these).
KINDS_BY_ROLE = {
    "secretariat": [Kind.APPLICATION_SUBMITTED],
    "city": [Kind.APPLICATION_DECIDED, Kind.INTRODUCTION_ANSWERED, Kind.NEW_MATCHES],
    "startup": [
        Kind.APPLICATION_DECIDED,
        Kind.INTRODUCTION_REQUESTED,
        Kind.INTRODUCTION_EXPIRING,
        Kind.NEW_CHALLENGES,
    ],
}


def kinds_for(profile) -> list[str]:
    if profile is None:
        return []
    if profile.is_secretariat:
        return KINDS_BY_ROLE["secretariat"]
    return KINDS_BY_ROLE["city" if profile.city_id else "startup"]


class PreferencesForm(PortalFormMixin, forms.Form):
    language = forms.ChoiceField(
        label=_("Language of your e-mails"), choices=settings.LANGUAGES, widget=forms.RadioSelect
    )

    def __init__(self, *args, kinds: list[str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kinds = kinds
        for kind in kinds:
            self.fields[kind] = forms.ChoiceField(
                label=Kind(kind).label, choices=Frequency.choices, widget=forms.RadioSelect
            )

    def frequencies(self) -> dict[str, str]:
        return {kind: self.cleaned_data[kind] for kind in self.kinds}


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's password reset form (active users with a usable password and this address; nothing tells
    whether one exists), its mail written to the outbox and sent by the worker, in the user's language,
    with a link on SITE_URL (never the request's Host header)."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ) -> None:
        user = context["user"]
        link = absolute(reverse("password_reset_confirm", args=[context["uid"], context["token"]]))
        queue_mail(
            user=user,
            to=to_email,
            kind=Kind.ACCOUNT,
            key=f"password-reset:{user.pk}:{context['token']}",
            template="password_reset",
            context={"link": link, "minutes": settings.PASSWORD_RESET_TIMEOUT // 60},
        )
