"""How a page or the API puts stored reasons (codes.py) into words, in the active language, for the city's
officials or for the startup; and `enrich`, which fills in the names a stored reason refers to by id."""

from __future__ import annotations

from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.translation import get_language, gettext, ngettext

from core import geo
from core.reference import REGIONS, SECTORS
from matching.engine.concepts import default_vocabulary
from matching.reasons.codes import ReasonCode

_SECTOR_NAMES = {code: name for code, name, _ in SECTORS}
_REGION_NAMES = dict(REGIONS)


def _sector_name(code: str) -> str:
    return gettext(_SECTOR_NAMES.get(code, code))


def _join(items: list[str]) -> str:
    return ", ".join(items)


def reader_language() -> str:
    """The active language as a bare code ("ko" for "ko-kr"): what concept labels are keyed by."""
    return (get_language() or "en").split("-")[0]


def concept_labels(codes: list[str], language: str) -> list[str]:
    """Labels of concept codes in ``language`` (English where a label is missing); unknown codes are
    skipped (a concept removed from the vocabulary since the match was stored)."""
    vocabulary = default_vocabulary()
    known = set(vocabulary.codes)
    return [vocabulary.label(code, language) for code in codes if code in known]


def describe(reason: dict, *, reader: str = "city") -> str:
    """One reason as a sentence in the active language, addressed to the city (its officials read "your
    challenge") or, with `reader="startup"`, to the startup ("the city's challenge")."""
    code = reason.get("code")
    language = reader_language()
    to_startup = reader == "startup"
    labels = concept_labels(reason.get("concepts") or [], language)
    values = {"title": reason.get("title", ""), "concepts": "; ".join(labels)}
    if code == ReasonCode.ANSWERS_CHALLENGE:
        if to_startup:
            if labels:
                return gettext("Answers the city's challenge “%(title)s” (%(concepts)s)") % values
            return gettext("Answers the city's challenge “%(title)s”") % values
        if labels:
            return gettext("Answers your challenge “%(title)s” (%(concepts)s)") % values
        return gettext("Answers your challenge “%(title)s”") % values
    if code == ReasonCode.RELEVANT_SOLUTION:
        if to_startup:
            if labels:
                return gettext("“%(title)s” fits the city's profile (%(concepts)s)") % values
            return gettext("“%(title)s” fits the city's profile") % values
        if labels:
            return gettext("“%(title)s” fits your city's profile (%(concepts)s)") % values
        return gettext("“%(title)s” fits your city's profile") % values
    if code == ReasonCode.SHARED_SECTORS:
        sectors = [_sector_name(c) for c in reason.get("sectors", [])]
        if to_startup:
            return gettext("Works in the city's priority sectors: %(sectors)s") % {"sectors": _join(sectors)}
        return gettext("Works in your priority sectors: %(sectors)s") % {"sectors": _join(sectors)}
    if code == ReasonCode.CHALLENGE_SECTORS:
        sectors = [_sector_name(c) for c in reason.get("sectors", [])]
        if to_startup:
            return gettext("Works in the sector of the city's challenge: %(sectors)s") % {
                "sectors": _join(sectors)
            }
        return gettext("Works in your challenge's sector: %(sectors)s") % {"sectors": _join(sectors)}
    if code == ReasonCode.REFERENCE_DEPLOYMENT:
        place = f"{reason.get('city', '')} ({reason.get('country', '')})"
        if reason.get("similar_size"):
            text = gettext("Runs in %(place)s, a city of similar size") % {"place": place}
        elif reason.get("same_region"):
            text = gettext("Runs in %(place)s, in the same region") % {"place": place}
        else:
            text = gettext("Runs in %(place)s") % {"place": place}
        others = int(reason.get("count", 1)) - 1
        if others > 0:
            text += ngettext(" and %(n)d other city", " and %(n)d other cities", others) % {"n": others}
        return text
    if code == ReasonCode.WORKS_IN_LANGUAGES:
        names = [geo.language_name(c, language) for c in reason.get("languages", [])]
        return gettext("Works in %(languages)s") % {"languages": _join(names)}
    if code == ReasonCode.NO_SHARED_LANGUAGE:
        names = [geo.language_name(c, language) for c in reason.get("languages", [])]
        return gettext("Does not work in %(languages)s yet") % {"languages": _join(names)}
    if code == ReasonCode.TARGETS_REGION:
        region = gettext(_REGION_NAMES.get(reason.get("region", ""), reason.get("region", "")))
        return gettext("Looking for city clients in %(region)s") % {"region": region}
    if code == ReasonCode.READY_FOR_SIZE:
        if reason.get("maturity") == "deployed":
            if reason.get("largest") and reason.get("population"):
                values = {
                    "largest": intcomma(int(reason["largest"])),
                    "population": intcomma(int(reason["population"])),
                }
                return (
                    gettext(
                        "Proven at this scale: deployed in a city of %(largest)s inhabitants (this city: "
                        "%(population)s)"
                    )
                    % values
                )
            return gettext("A deployed product")
        return gettext("A pilot-stage product, suited to a first deployment")
    return str(reason.get("code", ""))


def describe_all(reasons: list[dict], *, reader: str = "city") -> list[str]:
    return [describe(reason, reader=reader) for reason in reasons]


def enrich(reasons: list[dict], match) -> list[dict]:
    """Stored reasons carry ids; fill in the titles and places from the match's related rows, so a
    renamed challenge or listing reads right without re-scoring."""
    out = []
    for reason in reasons:
        reason = dict(reason)
        code = reason.get("code")
        if (
            code == ReasonCode.ANSWERS_CHALLENGE
            and match.challenge_id == reason.get("challenge_id")
            and match.challenge
        ):
            reason.setdefault("title", match.challenge.title)
            reason.setdefault("language", match.challenge.language)
        elif (
            code == ReasonCode.RELEVANT_SOLUTION
            and match.listing_id == reason.get("listing_id")
            and match.listing
        ):
            reason.setdefault("title", match.listing.title)
        elif (
            code == ReasonCode.REFERENCE_DEPLOYMENT
            and match.deployment_id == reason.get("deployment_id")
            and match.deployment
        ):
            reason.setdefault("city", match.deployment.city_name)
            reason.setdefault("country", match.deployment.country)
        if reason.get("concepts"):
            reason["concept_labels"] = concept_labels(reason["concepts"], reader_language())
        out.append(reason)
    return out
