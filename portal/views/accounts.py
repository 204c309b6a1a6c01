"""Sign-up, the role-aware "my dashboard" redirect, and the secretariat's pages: the queue of pending
applications, the decision page, the history of decisions and the dashboard of figures."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.models import MembershipApplication
from accounts.security import record_signup, signup_allowed, signup_limited_message
from accounts.services import (
    ApplicationError,
    approve_application,
    register_city_official,
    register_startup,
    reject_application,
)
from core.querysets import profile_of
from portal.access import secretariat_required
from portal.figures import secretariat_figures
from portal.forms.accounts import CityOfficialSignupForm, DecisionForm, StartupSignupForm

QUEUE_PAGE_SIZE = 20


def signup(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signup.html")


def _sign_in(request: HttpRequest, application: MembershipApplication) -> None:
    """Sign the new applicant in; the account counts against the address's sign-up limit."""
    record_signup(request)
    login(request, application.applicant, backend="django.contrib.auth.backends.ModelBackend")


def _rate_limited(request: HttpRequest, template: str, form) -> HttpResponse | None:
    """Past the address's sign-up limits (accounts created, and a higher one for submissions) the form
    answers 429."""
    if request.method != "POST" or signup_allowed(request):
        return None
    form.add_error(None, signup_limited_message())
    return render(request, template, {"form": form}, status=429)


@require_http_methods(["GET", "POST"])
def signup_startup(request: HttpRequest) -> HttpResponse:
    form = StartupSignupForm(request.POST or None)
    if (limited := _rate_limited(request, "accounts/signup_startup.html", form)) is not None:
        return limited
    if request.method == "POST" and form.is_valid():
        fields, relations = form.startup()
        try:
            application = register_startup(
                **form.account(),
                startup_fields=fields,
                relations=relations,
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_service_error(error)
        else:
            _sign_in(request, application)
            messages.success(
                request,
                _(
                    "Welcome! Your application is with the secretariat. Meanwhile, prepare your profile and "
                    "draft your listings: nothing is public until you are approved."
                ),
            )
            return redirect("startups:dashboard")
    return render(request, "accounts/signup_startup.html", {"form": form})


@require_http_methods(["GET", "POST"])
def signup_city(request: HttpRequest) -> HttpResponse:
    form = CityOfficialSignupForm(request.POST or None)
    if (limited := _rate_limited(request, "accounts/signup_city.html", form)) is not None:
        return limited
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            application = register_city_official(
                **form.account(), city=data["city"], job_title=data["job_title"], message=data["message"]
            )
        except ValidationError as error:
            form.add_service_error(error)
        else:
            _sign_in(request, application)
            messages.success(
                request,
                _("Welcome! The secretariat will confirm your role at %(city)s; meanwhile, look around.")
                % {"city": data["city"].name},
            )
            return redirect("cities:dashboard")
    return render(request, "accounts/signup_city.html", {"form": form})


def dashboard(request: HttpRequest) -> HttpResponse:
    """Where "My dashboard" and signing in lead: the page of the user's role."""
    if not request.user.is_authenticated:
        return redirect("login")
    profile = profile_of(request.user)
    if profile is None:
        messages.info(request, _("Your account is not linked to a city, a startup or the secretariat."))
        return redirect("home")
    if profile.is_secretariat:
        return redirect("accounts:secretariat")
    if profile.city_id:
        return redirect("cities:dashboard")
    return redirect("startups:dashboard")


# --- secretariat ----------------------------------------------------------------------------------------


@secretariat_required
def secretariat_dashboard(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/secretariat_dashboard.html", {"figures": secretariat_figures()})


def _applications(request: HttpRequest):
    return MembershipApplication.objects.reviewable_by(request.user).select_related(
        "city", "city__region", "startup", "applicant", "applicant__profile", "reviewed_by"
    )


@secretariat_required
def application_queue(request: HttpRequest) -> HttpResponse:
    """Pending applications, oldest first, with the applicant's details."""
    kind = request.GET.get("kind", "")
    pending = _applications(request).pending().prefetch_related("startup__sectors").order_by("submitted_at")
    if kind in ("city", "startup"):
        pending = pending.filter(kind=kind)
    page = Paginator(pending, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "accounts/application_queue.html", {"page": page, "kind": kind})


@secretariat_required
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        _applications(request).prefetch_related(
            "startup__sectors", "startup__languages", "city__languages", "city__priority_sectors"
        ),
        pk=pk,
    )
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        approve = data["decision"] == "approve"
        try:
            if approve:
                approve_application(application=application, reviewer=request.user, note=data["note"])
            else:
                reject_application(application=application, reviewer=request.user, note=data["note"])
        except ApplicationError as error:
            form.add_error(None, str(error))
        else:
            message = _("%(organisation)s was approved.") if approve else _("%(organisation)s was rejected.")
            messages.success(request, message % {"organisation": application.organisation.name})
            return redirect("accounts:application_queue")
    others = MembershipApplication.objects.none()
    if application.applicant_id:
        others = (
            MembershipApplication.objects.reviewable_by(request.user)
            .filter(applicant_id=application.applicant_id)
            .exclude(pk=pk)
            .select_related("city", "startup")
        )
    context = {"application": application, "form": form, "other_applications": others}
    return render(request, "accounts/application_detail.html", context)


@secretariat_required
def decision_history(request: HttpRequest) -> HttpResponse:
    """Decided applications, newest decision first: who decided, when, and why."""
    decided = _applications(request).decided().order_by("-reviewed_at", "-id")
    page = Paginator(decided, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "accounts/decision_history.html", {"page": page})
