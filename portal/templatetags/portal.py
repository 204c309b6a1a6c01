"""Template filters of the portal pages: names in the active language and stored match reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, ngettext

from core import geo, search
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


@dataclass(frozen=True)
class ConceptChip:
    """A concept named on a page: its code, its label in the reader's language, and the words of the text
    that made it match, as written there (empty for a hidden concept)."""

    code: str
    label: str
    evidence: tuple[str, ...] = ()


def _concept_text(item) -> str:
    return " ".join(getattr(item, name, "") or "" for name in ("title", "summary", "description"))


@register.filter
def concepts(item) -> list[str]:
    """The multilingual vocabulary's concepts that a listing's or a challenge's text mentions (title, summary,
    description; first mentioned first), but those its startup hid, labelled in the active language whatever
    the text's language."""
    hidden = set(getattr(item, "hidden_concepts", None) or ())
    codes = [code for code in default_vocabulary().concepts_in(_concept_text(item)) if code not in hidden]
    return concept_labels(codes[:MAX_CONCEPTS], reader_language())


@register.filter
def concept_chips(item) -> list[ConceptChip]:
    """What `concepts` names, each with its evidence: the words of the text that matched."""
    hidden = set(getattr(item, "hidden_concepts", None) or ())
    vocabulary, language = default_vocabulary(), reader_language()
    found = vocabulary.evidence(_concept_text(item)).items()
    chips = [ConceptChip(code, vocabulary.label(code, language), tuple(words)) for code, words in found]
    return [chip for chip in chips if chip.code not in hidden][:MAX_CONCEPTS]


@register.filter
def hidden_concept_chips(item) -> list[ConceptChip]:
    """The concepts a listing's startup hid, labelled (codes the vocabulary no longer has are left out)."""
    vocabulary, language = default_vocabulary(), reader_language()
    known = set(vocabulary.codes)
    codes = getattr(item, "hidden_concepts", None) or ()
    return [ConceptChip(code, vocabulary.label(code, language)) for code in codes if code in known]


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


@register.simple_tag
def updated_ago(*moments) -> str:
    """ "Updated N months ago" for the latest of `moments` (a startup's and its listing's `updated_at`),
    marked stale (class `stale`) from PROFILE_STALE_AFTER_DAYS on; empty when none is given."""
    known = [moment for moment in moments if moment]
    if not known:
        return ""
    latest = max(known)
    months = max((timezone.now() - latest).days // 30, 0)
    if months < 1:
        text = gettext("Updated this month")
    else:
        text = ngettext("Updated %(n)s month ago", "Updated %(n)s months ago", months) % {"n": months}
    stale = latest <= timezone.now() - timedelta(days=settings.PROFILE_STALE_AFTER_DAYS)
    return format_html(
        '<span class="updated{}" title="{}">{}</span>',
        " stale" if stale else "",
        date_format(timezone.localtime(latest), "DATE_FORMAT"),
        text,
    )


_MARKED = re.compile(f"{search.MARK_START}([^{search.MARK_START}{search.MARK_END}]*){search.MARK_END}")


@register.filter
def highlighted(snippet: str) -> str:
    """A search snippet (core.search: the words found between private-use markers) as escaped HTML with
    the words in <mark>; a stray marker is dropped."""
    html = _MARKED.sub(r"<mark>\1</mark>", str(escape(snippet or "")))
    return mark_safe(html.replace(search.MARK_START, "").replace(search.MARK_END, ""))  # noqa: S308 (escaped)
