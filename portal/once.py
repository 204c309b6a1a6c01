"""Create forms that create once. Each carries a one-time token (a hidden field); the first valid
submission claims it (core.models.FormSubmission, unique per user and token) and records where it led. The
same form sent again (Back, then submit; a second click) goes there instead of creating a duplicate.

    form = once.protect(ListingForm(request.POST or None, ...))
    if request.method == "POST" and form.is_valid():
        if (earlier := once.earlier_submission(request, form, fallback="startups:dashboard")) is not None:
            return earlier
        ...create; on a refusal `once.release(request, form)`, on success `once.remember(...)`
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import FormSubmission

FIELD = "submission"
KEPT_FOR = timedelta(days=1)


def protect(form: forms.BaseForm) -> forms.BaseForm:
    """Add the hidden one-time token (a new one for each form shown)."""
    form.fields[FIELD] = forms.CharField(
        widget=forms.HiddenInput, required=False, max_length=64, initial=uuid.uuid4().hex
    )
    return form


def _token(form: forms.BaseForm) -> str:
    return form.cleaned_data.get(FIELD) or ""


def earlier_submission(request: HttpRequest, form: forms.BaseForm, *, fallback: str) -> HttpResponse | None:
    """None for the first submission of this form (its token is now claimed), else the answer to a repeat:
    a redirect to what the first one created, or to `fallback` while the first is still being saved. A
    form sent without a token (an older page) is always a first submission."""
    token = _token(form)
    if not token:
        return None
    FormSubmission.objects.filter(user=request.user, created_at__lt=timezone.now() - KEPT_FOR).delete()
    try:
        with transaction.atomic():
            FormSubmission.objects.create(user=request.user, token=token)
        return None
    except IntegrityError:
        pass
    first = FormSubmission.objects.filter(user=request.user, token=token)
    location = first.values_list("location", flat=True).first()
    messages.info(request, _("This form was already sent; nothing was saved twice."))
    return redirect(location or fallback)


def remember(request: HttpRequest, form: forms.BaseForm, location: str) -> None:
    """The first submission succeeded: a repeat of its form goes to `location`."""
    if token := _token(form):
        FormSubmission.objects.filter(user=request.user, token=token).update(location=location)


def release(request: HttpRequest, form: forms.BaseForm) -> None:
    """The first submission was refused (a service error): the corrected form may be sent again."""
    if token := _token(form):
        FormSubmission.objects.filter(user=request.user, token=token, location="").delete()
