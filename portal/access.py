"""Who may open a page: the signed-in user's own organisation, looked up through the scoped QuerySets.

Objects reached by id are looked up by each view in `X.objects.editable_by(user)` or `visible_to(user)`
(someone else's object is a 404). These helpers answer the other question: which city or startup is "mine"
on pages without an id in the URL. A user without one, or one who may only read it, gets 403 when writing,
with the reason and what to do (`Profile.refusal`), shown by templates/403.html."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from accounts.models import membership_refusal
from cities.models import MemberCity
from core.models import MembershipStatus
from core.querysets import is_secretariat, profile_of
from startups.models import Startup


def own_city(user, *, for_edit: bool = False) -> MemberCity:
    """The city the user is an official of: visible (to read its pages) or editable (to write)."""
    profile = profile_of(user)
    if profile is None or not profile.city_id:
        raise PermissionDenied(_("This page is for the officials of a member city."))
    cities = MemberCity.objects.editable_by(user) if for_edit else MemberCity.objects.visible_to(user)
    city = cities.select_related("region").filter(pk=profile.city_id).first()
    if city is None:
        raise PermissionDenied(membership_refusal(user))
    return city


def own_startup(user, *, for_edit: bool = False) -> Startup:
    """The startup the user is a member of: visible (to read its pages) or editable (to write)."""
    profile = profile_of(user)
    if profile is None or not profile.startup_id:
        raise PermissionDenied(_("This page is for the members of a startup."))
    startups = Startup.objects.editable_by(user) if for_edit else Startup.objects.visible_to(user)
    startup = startups.filter(pk=profile.startup_id).first()
    if startup is None:
        raise PermissionDenied(membership_refusal(user))
    return startup


def refuse_if_membership_ended(user) -> None:
    """403 with the reason for the people of a suspended or removed organisation (pages they could read
    while a member, such as their introductions, would otherwise just look empty or missing)."""
    profile = profile_of(user)
    status = getattr(getattr(profile, "organisation", None), "membership_status", None)
    if status in (MembershipStatus.SUSPENDED, MembershipStatus.REMOVED):
        raise PermissionDenied(profile.refusal)


def editable_or_refuse(user, editable, own, pk: int):
    """The object `pk` from the `editable` queryset. If it is one of the user's own organisation's (`own`)
    but they may not act for it now, 403 with the reason (suspended, pending, rejected…); otherwise 404."""
    found = editable.filter(pk=pk).first()
    if found is not None:
        return found
    refusal = membership_refusal(user)
    if refusal and own.filter(pk=pk).exists():
        raise PermissionDenied(refusal)
    raise Http404


def secretariat_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed-out visitors go to the sign-in page; signed-in users who are not staff get 403."""

    @wraps(view)
    @login_required
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_secretariat(request.user):
            raise PermissionDenied(_("This page is for the association's secretariat."))
        return view(request, *args, **kwargs)

    return wrapped
