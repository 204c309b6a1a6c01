"""Response pages: a startup responds to a city's challenge; the city's officials read the responses to a
challenge and shortlist, question, decline or introduce; the startup answers a question. Writes go through
responses.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cities.models import CityChallenge
from core.querysets import is_secretariat, profile_of
from introductions.services import IntroductionError
from portal.access import own_startup, refuse_if_membership_ended
from portal.forms.responses import AnswerForm, DeclineForm, IntroduceForm, QuestionForm, ResponseForm
from responses import services
from responses.models import ChallengeResponse, ResponseStatus, accepts_responses


def _responses(request: HttpRequest):
    return ChallengeResponse.objects.visible_to(request.user).select_related(
        "challenge", "challenge__city", "startup", "listing", "submitted_by", "asked_by", "introduction"
    )


@login_required
def respond(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Respond to this challenge": for approved members of a startup; their response again (to change it
    while the city has not acted on it) when they already responded."""
    startup = own_startup(request.user)
    profile = profile_of(request.user)
    if not profile.is_approved_member:
        raise PermissionDenied(profile.refusal)
    challenge = get_object_or_404(
        CityChallenge.objects.visible_to(request.user).of_approved_cities().select_related("city"), pk=pk
    )
    existing = ChallengeResponse.objects.filter(challenge=challenge, startup=startup).first()
    if existing is not None and not existing.is_editable:
        return redirect("responses:response_detail", pk=existing.pk)
    initial = {}
    if existing is not None:
        initial = {name: getattr(existing, name) for name in services.EDITABLE_FIELDS}
    form = ResponseForm(request.POST or None, initial=initial, startup=startup)
    is_open = accepts_responses(challenge)
    if request.method == "POST" and is_open and form.is_valid():
        data = form.cleaned_data
        try:
            if existing is None:
                response = services.submit_response(
                    challenge=challenge, startup=startup, submitted_by=request.user, **data
                )
            else:
                response = services.edit_response(response=existing, editor=request.user, fields=data)
        except services.ResponseError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(
                request, _("Your response was sent to %(city)s.") % {"city": challenge.city.name}
            )
            return redirect("responses:response_detail", pk=response.pk)
    context = {
        "challenge": challenge,
        "startup": startup,
        "form": form,
        "existing": existing,
        "is_open": is_open,
        "has_listings": form.fields["listing"].queryset.exists(),
    }
    return render(request, "responses/respond_form.html", context)


@login_required
def challenge_responses(request: HttpRequest, pk: int) -> HttpResponse:
    """The responses to one of the city's challenges, for its officials (and the secretariat)."""
    refuse_if_membership_ended(request.user)
    challenge = get_object_or_404(
        CityChallenge.objects.visible_to(request.user).select_related("city"), pk=pk
    )
    profile = profile_of(request.user)
    if not is_secretariat(request.user) and getattr(profile, "city_id", None) != challenge.city_id:
        raise Http404
    rows = list(_responses(request).filter(challenge=challenge).order_by("status", "-created_at"))
    counts = {status: sum(r.status == status for r in rows) for status in ResponseStatus.values}
    context = {"challenge": challenge, "responses": rows, "counts": counts, "statuses": ResponseStatus}
    return render(request, "responses/challenge_responses.html", context)


def _detail_context(request: HttpRequest, response: ChallengeResponse, **forms) -> dict:
    can_review = (
        not response.is_decided
        and ChallengeResponse.objects.reviewable_by(request.user).filter(pk=response.pk).exists()
    )
    is_startup = ChallengeResponse.objects.editable_by(request.user).filter(pk=response.pk).exists()
    return {
        "response": response,
        "challenge": response.challenge,
        "can_review": can_review,
        "is_startup": is_startup,
        "can_edit": is_startup and response.is_editable and accepts_responses(response.challenge),
        "can_answer": is_startup and response.awaits_answer,
        "question_form": forms.get("question_form") or (QuestionForm() if can_review else None),
        "decline_form": forms.get("decline_form") or (DeclineForm() if can_review else None),
        "introduce_form": forms.get("introduce_form") or (IntroduceForm() if can_review else None),
        "answer_form": forms.get("answer_form") or AnswerForm(),
    }


@login_required
def response_detail(request: HttpRequest, pk: int) -> HttpResponse:
    refuse_if_membership_ended(request.user)
    response = get_object_or_404(_responses(request), pk=pk)
    return render(request, "responses/response_detail.html", _detail_context(request, response))


def _reviewable(request: HttpRequest, pk: int) -> ChallengeResponse:
    """The response, if the user may act on it for the city; one they only see is a 403, any other a 404."""
    refuse_if_membership_ended(request.user)
    response = get_object_or_404(_responses(request), pk=pk)
    if not ChallengeResponse.objects.reviewable_by(request.user).filter(pk=pk).exists():
        raise PermissionDenied(_("Only an official of the challenge's city can do this."))
    return response


def _act(request: HttpRequest, response, form, action, success: str, form_name: str) -> HttpResponse:
    """Run `action(data)` when the form is valid; the page again with the form's errors otherwise."""
    if form.is_valid():
        try:
            action(form.cleaned_data)
        except (services.ResponseError, IntroductionError) as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, success)
            return redirect("responses:response_detail", pk=response.pk)
    context = _detail_context(request, response, **{form_name: form})
    return render(request, "responses/response_detail.html", context, status=400)


@login_required
@require_POST
def response_shortlist(request: HttpRequest, pk: int) -> HttpResponse:
    response = _reviewable(request, pk)
    try:
        services.shortlist_response(response=response, reviewer=request.user)
    except services.ResponseError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The response is on your shortlist."))
    return redirect("responses:response_detail", pk=response.pk)


@login_required
@require_POST
def response_ask(request: HttpRequest, pk: int) -> HttpResponse:
    response = _reviewable(request, pk)
    return _act(
        request,
        response,
        QuestionForm(request.POST),
        lambda data: services.ask_question(
            response=response, official=request.user, question=data["question"]
        ),
        _("Your question was sent to the startup."),
        "question_form",
    )


@login_required
@require_POST
def response_decline(request: HttpRequest, pk: int) -> HttpResponse:
    response = _reviewable(request, pk)
    return _act(
        request,
        response,
        DeclineForm(request.POST),
        lambda data: services.decline_response(
            response=response, reviewer=request.user, reason=data["reason"]
        ),
        _("You declined the response; the startup sees your reason."),
        "decline_form",
    )


@login_required
@require_POST
def response_introduce(request: HttpRequest, pk: int) -> HttpResponse:
    response = _reviewable(request, pk)
    return _act(
        request,
        response,
        IntroduceForm(request.POST),
        lambda data: services.introduce_from_response(
            response=response, official=request.user, message=data["message"]
        ),
        _("Your introduction request was sent to %(startup)s.") % {"startup": response.startup.name},
        "introduce_form",
    )


@login_required
@require_POST
def response_answer(request: HttpRequest, pk: int) -> HttpResponse:
    refuse_if_membership_ended(request.user)
    response = get_object_or_404(_responses(request), pk=pk)
    if not ChallengeResponse.objects.editable_by(request.user).filter(pk=pk).exists():
        raise PermissionDenied(_("Only the startup that responded can answer."))
    return _act(
        request,
        response,
        AnswerForm(request.POST),
        lambda data: services.answer_question(response=response, member=request.user, answer=data["answer"]),
        _("Your answer was sent to the city."),
        "answer_form",
    )
