"""Deploy checks of our own, run by `manage.py check --deploy` beside Django's: the Content Security Policy
is enforced and strict, sign-in guessing is locked out, and the proxies believed on X-Forwarded-For are
the ones declared."""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.checks import Warning

_UNSAFE = ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*")


@checks.register(checks.Tags.security, deploy=True)
def check_content_security_policy(app_configs=None, **kwargs) -> list[Warning]:
    problems: list[Warning] = []
    if "csp.middleware.CSPMiddleware" not in settings.MIDDLEWARE:
        problems.append(
            Warning("CSPMiddleware is not installed: no Content Security Policy.", id="wego.W001")
        )
    directives = (getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}).get("DIRECTIVES") or {}
    if not directives:
        problems.append(
            Warning(
                "CONTENT_SECURITY_POLICY is not set: the policy is report-only or missing.",
                hint="Set DJANGO_ENV=production.",
                id="wego.W002",
            )
        )
    for name in ("default-src", "script-src", "style-src", "object-src", "frame-ancestors"):
        sources = directives.get(name, directives.get("default-src", [])) if directives else []
        if directives and (not sources or any(source in _UNSAFE for source in sources)):
            problems.append(
                Warning(
                    f"The Content Security Policy's {name} is missing or allows {sorted(set(sources))}.",
                    hint="Keep scripts and styles in static files; never relax the policy for inline code.",
                    id="wego.W003",
                )
            )
    return problems


@checks.register(checks.Tags.security, deploy=True)
def check_sign_in_lockout(app_configs=None, **kwargs) -> list[Warning]:
    problems: list[Warning] = []
    backends = list(settings.AUTHENTICATION_BACKENDS)
    if not backends or backends[0] != "axes.backends.AxesStandaloneBackend":
        problems.append(
            Warning("django-axes' backend is not the first authentication backend.", id="wego.W004")
        )
    if "axes.middleware.AxesMiddleware" not in settings.MIDDLEWARE:
        problems.append(Warning("AxesMiddleware is not installed.", id="wego.W005"))
    if not settings.AXES_ENABLED or settings.AXES_FAILURE_LIMIT > 20:
        problems.append(
            Warning("Sign-in lockout is off or too lenient (AXES_FAILURE_LIMIT > 20).", id="wego.W006")
        )
    if not settings.AXES_ADDRESS_FAILURE_LIMIT or settings.AXES_ADDRESS_FAILURE_LIMIT > 200:
        problems.append(
            Warning(
                "The per-address sign-in lockout is off or too lenient (AXES_ADDRESS_FAILURE_LIMIT > 200).",
                id="wego.W009",
            )
        )
    return problems


@checks.register(checks.Tags.security, deploy=True)
def check_trusted_proxies(app_configs=None, **kwargs) -> list[Warning]:
    """A proxy declared in front (BEHIND_PROXY) must be named in TRUSTED_PROXIES, or every client would share
    the proxy's address for lockouts and limits; proxies named with none declared would be believed on
    X-Forwarded-For while X-Forwarded-Proto is not."""
    behind, trusted = settings.BEHIND_PROXY, list(settings.TRUSTED_PROXIES)
    if behind and not trusted:
        return [
            Warning(
                "BEHIND_PROXY is on but TRUSTED_PROXIES is empty: X-Forwarded-For is ignored, so every "
                "client shares the proxy's address for sign-in lockouts, the sign-up limit and the API's "
                "throttles.",
                hint="Set TRUSTED_PROXIES to the addresses or networks of the proxies in front.",
                id="wego.W007",
            )
        ]
    if trusted and not behind:
        return [
            Warning(
                "TRUSTED_PROXIES is set but BEHIND_PROXY is off: no proxy is declared in front.",
                hint="Set BEHIND_PROXY=on behind a proxy, or empty TRUSTED_PROXIES when clients connect "
                "directly (then a forged X-Forwarded-For must be ignored).",
                id="wego.W008",
            )
        ]
    return []
