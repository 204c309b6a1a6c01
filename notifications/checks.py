"""Deploy checks of the mail (`manage.py check --deploy`): production sends through a real mail server, and
the links in mails point at the portal's public address."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.core.checks import Warning


@checks.register(checks.Tags.security, deploy=True)
def check_mail(app_configs=None, **kwargs) -> list[Warning]:
    problems: list[Warning] = []
    if not settings.EMAIL_BACKEND.endswith("smtp.EmailBackend"):
        problems.append(
            Warning(
                f"Mails are not sent: EMAIL_BACKEND is {settings.EMAIL_BACKEND}.",
                hint="Set EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.org:587.",
                id="wego.W101",
            )
        )
    site = urlsplit(settings.SITE_URL)
    if site.scheme != "https" or site.hostname in {"127.0.0.1", "localhost", "::1", None}:
        problems.append(
            Warning(
                f"The links in mails point at {settings.SITE_URL}.",
                hint="Set SITE_URL to the portal's public https:// address.",
                id="wego.W102",
            )
        )
    return problems
