"""Password reset and change: Django's own views with the portal's templates. A reset request is throttled
per client address and per e-mail address; past the limit nothing is sent, and the answer is the same page
whether or not an account has the address. The link (Django's token) expires after PASSWORD_RESET_TIMEOUT
and works once; setting the new password signs the person in and lifts a sign-in lockout."""

from __future__ import annotations

from axes.utils import reset as reset_lockouts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse_lazy
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from accounts.security import client_ip
from portal.forms.notifications import OutboxPasswordResetForm

_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def _within_limit(key: str) -> bool:
    """Count one request under `key`; False once PASSWORD_RESET_RATE_LIMIT is exceeded in the window."""
    rate = settings.PASSWORD_RESET_RATE_LIMIT
    if not rate:
        return True
    count, _slash, period = rate.partition("/")
    seconds = _PERIODS[period.strip().rstrip("s")]
    cache.add(key, 0, timeout=seconds)
    try:
        seen = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        seen = 1
    return seen is None or seen <= int(count)  # None: the cache is down, fail open


def reset_allowed(request: HttpRequest, email: str) -> bool:
    """Both limits count every request (the address's key is a hash: no e-mail address in the cache)."""
    by_email = salted_hmac("password-reset", email.strip().lower()).hexdigest()[:32]
    by_address = _within_limit(f"password-reset:ip:{client_ip(request)}")
    return _within_limit(f"password-reset:email:{by_email}") and by_address


class PasswordResetView(auth_views.PasswordResetView):
    form_class = OutboxPasswordResetForm
    template_name = "registration/password_reset_form.html"

    def form_valid(self, form) -> HttpResponse:
        if not reset_allowed(self.request, form.cleaned_data["email"]):
            return HttpResponseRedirect(self.get_success_url())  # the same answer, and no mail
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    post_reset_login = True
    post_reset_login_backend = "accounts.backends.PortalModelBackend"
    success_url = reverse_lazy("accounts:dashboard")

    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        reset_lockouts(username=form.user.get_username())
        messages.success(self.request, _("Your new password is set, and you are signed in."))
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change_form.html"


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "registration/password_change_done.html"
