"""The language of a listing's, challenge's or profile's text: the author picks it, or it is detected.

One hook for every way a text is written (the pages' forms, the API, the admin, the services): a model that
records the language of its text inherits `TextLanguageMixin`; a blank language is filled from the text when
the object is validated or saved."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from core import geo
from core.language import SUPPORTED_TEXT_LANGUAGES, detect_language

TEXT_LANGUAGE_CHOICES: list[tuple[str, str]] = [
    (code, geo.language_name(code, "en")) for code in SUPPORTED_TEXT_LANGUAGES
]


def text_language_field() -> models.CharField:
    return models.CharField(
        max_length=8,
        blank=True,
        default="",
        choices=TEXT_LANGUAGE_CHOICES,
        help_text=_("Language the text is written in; left blank, it is detected from the text."),
    )


class TextLanguageMixin:
    """For a model whose `language_field` records the language of `text_fields` (a blank value means
    "detect it")."""

    language_field: str = "language"
    text_fields: tuple[str, ...] = ()

    def fill_text_language(self) -> None:
        if not getattr(self, self.language_field):
            text = "\n".join(str(getattr(self, name) or "") for name in self.text_fields)
            setattr(self, self.language_field, detect_language(text))

    def clean(self) -> None:
        super().clean()
        self.fill_text_language()

    def save(self, *args, **kwargs) -> None:
        self.fill_text_language()
        super().save(*args, **kwargs)
