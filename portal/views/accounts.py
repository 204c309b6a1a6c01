"""Sign-up, the role-aware "my dashboard" redirect, and the secretariat's pages: the queue of pending
applications, the decision page, the history of decisions and the dashboard of figures."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.membership import MembershipError, allowed_actions, change_membership
from accounts.models import ApplicationKind, MembershipApplication
from accounts.security import record_signup, signup_allowed, signup_limited_message
from accounts.services import (
    ApplicationError,
    approve_application,
    reapply,
    register_city_official,
    register_startup,
    reject_application,
)
from cities.models import MemberCity
from core.models import AuditEntry, MembershipStatus
from core.querysets import profile_of
from portal.access import secretariat_required
from portal.figures import secretariat_figures
from portal.forms.accounts import (
    CityOfficialSignupForm,
    DecisionForm,
    MembershipChangeForm,
    ReapplyForm,
    StartupSignupForm,
)
from startups.models import SolutionListing, Startup

QUEUE_PAGE_SIZE = 20


def signup(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signup.html")


def _sign_in(request: HttpRequest, application: MembershipApplication) -> None:
    """Sign the new applicant in; the account counts against the address's sign-up limit."""
    record_signup(request)
    login(request, application.applicant, backend="accounts.backends.PortalModelBackend")


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
        new_city = form.new_city()
        try:
            application = register_city_official(
                **form.account(),
                city=data["city"],
                new_city_fields=new_city,
                job_title=data["job_title"],
                message=data["message"],
            )
        except ValidationError as error:
            form.add_service_error(error)
        else:
            _sign_in(request, application)
            if new_city is None:
                welcome = _(
                    "Welcome! The secretariat will confirm your role at %(city)s; meanwhile, look around."
                )
            else:
                welcome = _(
                    "Welcome! %(city)s applied for membership: the secretariat reviews the application. "
                    "Meanwhile, complete the city's profile."
                )
            messages.success(request, welcome % {"city": application.city.name})
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


QUEUE_SORTS = {"oldest": ("submitted_at", "id"), "newest": ("-submitted_at", "-id")}
QUEUE_STATUSES = ("pending", "approved", "rejected", "all")


@secretariat_required
def application_queue(request: HttpRequest) -> HttpResponse:
    """Applications with the applicant's details: pending by default, oldest first; searched by the
    organisation's or the applicant's name or e-mail, filtered by kind and status, sorted either way."""
    kind = request.GET.get("kind", "")
    status = request.GET.get("status", "pending")
    status = status if status in QUEUE_STATUSES else "pending"
    sort = request.GET.get("sort", "oldest")
    sort = sort if sort in QUEUE_SORTS else "oldest"
    query = request.GET.get("q", "").strip()[:100]
    rows = _applications(request).prefetch_related("startup__sectors").order_by(*QUEUE_SORTS[sort])
    if status != "all":
        rows = rows.filter(status=status)
    if kind in ApplicationKind.values:
        rows = rows.filter(kind=kind)
    if query:
        rows = rows.filter(
            Q(city__name__icontains=query)
            | Q(startup__name__icontains=query)
            | Q(startup__contact_email__icontains=query)
            | Q(applicant__email__icontains=query)
            | Q(applicant__username__icontains=query)
            | Q(applicant__first_name__icontains=query)
            | Q(applicant__last_name__icontains=query)
        )
    page = Paginator(rows, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "kind": kind, "status": status, "sort": sort, "q": query}
    return render(request, "accounts/application_queue.html", context)


@secretariat_required
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        _applications(request).prefetch_related(
            "startup__sectors",
            "startup__languages",
            "startup__target_regions",
            "city__languages",
            "city__priority_sectors",
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
    organisation = application.organisation
    # what approval makes public: the startup's drafts (published at once by its founder afterwards)
    drafts = (
        SolutionListing.objects.filter(startup=application.startup).prefetch_related("sectors")
        if application.startup_id
        else SolutionListing.objects.none()
    )
    context = {
        "application": application,
        "form": form,
        "other_applications": others,
        "earlier_decisions": MembershipApplication.objects.reviewable_by(request.user)
        .filter(**{application.kind: organisation})
        .decided()
        .exclude(pk=pk)
        .select_related("reviewed_by", "applicant"),
        "drafts": drafts,
        "kind": application.kind,
    }
    return render(request, "accounts/application_detail.html", context)


@secretariat_required
def decision_history(request: HttpRequest) -> HttpResponse:
    """Decided applications, newest decision first: who decided, when, and why."""
    decided = _applications(request).decided().order_by("-reviewed_at", "-id")
    page = Paginator(decided, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "accounts/decision_history.html", {"page": page})


# --- applying again -------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def reapply_page(request: HttpRequest) -> HttpResponse:
    """A rejected applicant, having corrected the profile, applies again with a note."""
    profile = profile_of(request.user)
    latest = MembershipApplication.objects.visible_to(request.user).first()
    if profile is None or profile.organisation is None or latest is None:
        raise PermissionDenied(_("Only a city official or a startup member can apply."))
    if latest.status != MembershipStatus.REJECTED:
        raise PermissionDenied(
            profile.refusal or _("You are an approved member: there is nothing to apply for.")
        )
    form = ReapplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            reapply(applicant=request.user, message=form.cleaned_data["message"])
        except ApplicationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("You applied again. The secretariat reviews your application anew."))
            return redirect("accounts:dashboard")
    model, edit_url = (
        (MemberCity, "cities:profile_edit") if profile.city_id else (Startup, "startups:profile_edit")
    )
    context = {
        "form": form,
        "application": latest,
        "organisation": profile.organisation,
        # an official asking to join an approved city has nothing of the city's to correct
        "edit_url": edit_url if model.objects.editable_by(request.user).exists() else None,
    }
    return render(request, "accounts/reapply.html", context)


# --- members: suspend, reinstate, remove ----------------------------------------------------------------

MEMBER_MODELS = {"city": MemberCity, "startup": Startup}
ADMITTED = (MembershipStatus.APPROVED, MembershipStatus.SUSPENDED, MembershipStatus.REMOVED)


@secretariat_required
def member_list(request: HttpRequest) -> HttpResponse:
    """Admitted member cities or startups, filtered by membership status and searched by name."""
    kind = request.GET.get("kind", "startup")
    kind = kind if kind in MEMBER_MODELS else "startup"
    status = request.GET.get("status", "")
    query = request.GET.get("q", "").strip()[:100]
    members = MEMBER_MODELS[kind].objects.filter(membership_status__in=ADMITTED).order_by("name", "id")
    if status in ADMITTED:
        members = members.filter(membership_status=status)
    if query:
        members = members.filter(name__icontains=query)
    page = Paginator(members, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "kind": kind,
        "status": status,
        "q": query,
        "statuses": [(value, MembershipStatus(value).label) for value in ADMITTED],
    }
    return render(request, "accounts/member_list.html", context)


@secretariat_required
@require_http_methods(["GET", "POST"])
def member_detail(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """One member's status and history, with the lifecycle buttons open from its status and a note."""
    if kind not in MEMBER_MODELS:
        raise Http404
    model = MEMBER_MODELS[kind]
    organisation = get_object_or_404(model.objects.all(), pk=pk)
    form = MembershipChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            change_membership(
                action=form.cleaned_data["action"],
                organisation=organisation,
                actor=request.user,
                note=form.cleaned_data["note"],
            )
        except MembershipError as error:
            form.add_error(None, str(error))
        else:
            organisation.refresh_from_db()
            messages.success(
                request,
                _("%(organisation)s is now %(status)s.")
                % {"organisation": organisation.name, "status": organisation.get_membership_status_display()},
            )
            return redirect("accounts:member_detail", kind=kind, pk=organisation.pk)
    history = AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id=str(organisation.pk)
    ).select_related("actor")[:50]
    applications = (
        MembershipApplication.objects.reviewable_by(request.user)
        .filter(**{kind: organisation})
        .select_related("applicant", "reviewed_by")
    )
    people = organisation.officials if kind == "city" else organisation.members
    context = {
        "organisation": organisation,
        "kind": kind,
        "form": form,
        "actions": allowed_actions(organisation),
        "history": history,
        "applications": applications,
        "people": people.select_related("user"),
    }
    return render(request, "accounts/member_detail.html", context)
