"""Template filters of the portal pages: names in the active language and stored match reasons."""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from core import geo
from matching.engine.concepts import default_vocabulary
from matching.reasons.render import concept_labels, describe, describe_all, enrich, reader_language

register = template.Library()


@register.filter
def country_name(code: str) -> str:
    """An ISO 3166 code as the country's name in the active language ("KR" → "South Korea" / "대한민국")."""
    return geo.country_name(code, get_language() or "en") if code else ""


@register.filter
def language_name(code: str) -> str:
    """An ISO 639-1 code as the language's name in the active language."""
    return geo.language_name(code, get_language() or "en") if code else ""


@register.filter
def vocabulary(name: str) -> str:
    """A sector or region name from the reference tables, translated (the names are marked in
    core/reference.py so that makemessages collects them)."""
    return gettext(name) if name else ""


@register.filter
def reasons(match, reader: str = "city") -> list[str]:
    """A stored match's reasons as sentences in the active language, for the city's officials or (with
    `|reasons:"startup"`) for the startup; the names they refer to come from the match's related rows."""
    return describe_all(enrich(match.reasons or [], match), reader=reader)


@register.filter
def language_gap(stored: list[dict]) -> str:
    """ "Does not work in Spanish yet" when a stored match says the startup works in none of the city's
    languages (the `no_shared_language` reason); empty otherwise."""
    gap = next((reason for reason in stored or [] if reason.get("code") == "no_shared_language"), None)
    return describe(gap) if gap else ""


MAX_CONCEPTS = 10


@register.filter
def concepts(item) -> list[str]:
    """The multilingual vocabulary's concepts that a listing's or a challenge's text mentions (title, summary,
    description; first mentioned first), labelled in the active language whatever the text's language."""
    text = " ".join(getattr(item, name, "") or "" for name in ("title", "summary", "description"))
    codes = default_vocabulary().concepts_in(text)[:MAX_CONCEPTS]
    return concept_labels(codes, reader_language())


@register.filter
def percent_of(value: float, maximum: float) -> float:
    """`value` as a percentage of `maximum` (for chart bars); 0 when there is nothing to compare with."""
    try:
        return round(100 * float(value) / float(maximum), 1) if maximum else 0
    except (TypeError, ValueError):
        return 0


@register.simple_tag(takes_context=True)
def current(context, *view_names: str) -> str:
    """` aria-current="page"` on the navigation link of the page being shown."""
    match = getattr(context.get("request"), "resolver_match", None)
    return mark_safe(' aria-current="page"') if match and match.view_name in view_names else ""


@register.filter
def person(user) -> str:
    """A user's full name, or their username; empty for a deleted account."""
    if not user:
        return ""
    return user.get_full_name() or user.get_username()
