"""Fields shared by the serializers: reference data (sectors, regions, languages, countries) by code."""

from __future__ import annotations

from functools import cache

import pycountry
from django.db import models
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core import geo
from core.models import Language, Region, Sector
from core.reference import REGIONS, SECTORS
from core.text_language import TEXT_LANGUAGE_CHOICES

SECTOR_CODES = [code for code, _name, _description in SECTORS]
REGION_CODES = [code for code, _name in REGIONS]


@cache
def language_codes() -> list[str]:
    """The ISO 639-1 codes the reference data migration loads (from pycountry); no query needed."""
    return sorted(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


LANGUAGE_CODES = language_codes()
COUNTRY_CODES = geo.country_codes()


def _enum(codes: list[str]) -> dict:
    return {"type": "string", "enum": codes}


class CodeListField(serializers.ListField):
    """A many-to-many relation to reference rows, read and written as a list of codes. Unknown codes are
    one field-level message; the rows are fetched in one query."""

    model: type[models.Model]
    noun: str = ""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("child", serializers.CharField(max_length=40))
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)

    def to_internal_value(self, data) -> list[models.Model]:
        codes = list(dict.fromkeys(super().to_internal_value(data)))
        found = {obj.code: obj for obj in self.model.objects.filter(code__in=codes)}
        unknown = [code for code in codes if code not in found]
        if unknown:
            raise serializers.ValidationError(
                _("Unknown %(noun)s: %(codes)s.") % {"noun": self.noun, "codes": ", ".join(unknown)}
            )
        return [found[code] for code in codes]

    def to_representation(self, manager) -> list[str]:
        # `.all()` reads the prefetched rows: no query per object.
        return [obj.code for obj in manager.all()]


@extend_schema_field({"type": "array", "items": _enum(SECTOR_CODES), "maxItems": 30})
class SectorCodesField(CodeListField):
    model = Sector
    noun = _("sector")


@extend_schema_field({"type": "array", "items": _enum(REGION_CODES), "maxItems": 30})
class RegionCodesField(CodeListField):
    model = Region
    noun = _("region")


@extend_schema_field({"type": "array", "items": _enum(language_codes()), "maxItems": 30})
class LanguageCodesField(CodeListField):
    model = Language
    noun = _("language")


class LanguageCodeField(serializers.ChoiceField):
    """The language a text is written in (ISO 639-1), one of the supported ones. Blank (or omitted when the
    object is created), it is detected from the text."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("default", "")
        kwargs.setdefault("help_text", _("Blank or omitted: detected from the text."))
        super().__init__(choices=TEXT_LANGUAGE_CHOICES, **kwargs)


class CountryField(serializers.ChoiceField):
    """An ISO 3166-1 alpha-2 country code."""

    def __init__(self, **kwargs) -> None:
        super().__init__(choices=geo.country_codes(), **kwargs)


class CityRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    country = serializers.CharField(read_only=True)


class StartupRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    country = serializers.CharField(read_only=True)


class ListingRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)


class ChallengeRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)


@extend_schema_field(
    {"oneOf": [{"type": "string", "format": "uri", "maxLength": 200}, {"type": "string", "maxLength": 0}]}
)
class OptionalURLField(serializers.URLField):
    """A URL, or an empty string when none is known."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)


@extend_schema_field(
    {"oneOf": [{"type": "string", "format": "email", "maxLength": 254}, {"type": "string", "maxLength": 0}]}
)
class OptionalEmailField(serializers.EmailField):
    """An email address, or an empty string when none is known."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("max_length", 254)
        super().__init__(**kwargs)


class LogoUploadField(serializers.ImageField):
    """A logo sent as a file in a `multipart/form-data` request; `null` removes it. Checked as on the pages:
    a real PNG, JPEG or WebP image (whatever its name says), at most 2 MiB and 4096 × 4096 pixels."""

    def __init__(self, **kwargs) -> None:
        from core.images import NOT_AN_IMAGE, validate_logo

        kwargs.setdefault("required", False)
        kwargs.setdefault("error_messages", {"invalid_image": NOT_AN_IMAGE})
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("validators", [validate_logo])
        kwargs.setdefault(
            "help_text", _("PNG, JPEG or WebP; at most 2 MiB and 4096 × 4096 pixels. Null removes it.")
        )
        super().__init__(**kwargs)

    def run_validation(self, data=serializers.empty):
        value = super().run_validation(data)
        return "" if value is None else value  # the model stores "no logo" as an empty name
