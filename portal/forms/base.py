"""Form building blocks shared by the portal's pages: accessible error markup and reference-data fields
whose labels follow the active language."""

from __future__ import annotations

import copy
from collections.abc import Callable

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from core import geo
from core.language import SUPPORTED_TEXT_LANGUAGES
from core.models import Language, Region, Sector


class PortalFormMixin:
    """Marks invalid fields with aria-invalid and points them at their error list (see _field.html).

    A model form validates a copy of its `instance`: a ModelForm writes the cleaned values onto its
    instance, while the services compare the submitted values with the object as stored, to save only what
    changed."""

    def __init__(self, *args, **kwargs) -> None:
        if kwargs.get("instance") is not None:
            kwargs["instance"] = copy.copy(kwargs["instance"])
        super().__init__(*args, **kwargs)

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                field, auto_id = self.fields[name], self[name].auto_id
                described_by = [f"{auto_id}_helptext"] if field.help_text else []
                field.widget.attrs["aria-invalid"] = "true"
                field.widget.attrs["aria-describedby"] = " ".join([*described_by, f"{auto_id}_errors"])

    def add_service_error(self, error: ValidationError) -> None:
        """A ValidationError raised by a service: field messages go to fields this form has, the rest to
        the top of the form."""
        if hasattr(error, "error_dict"):
            for field, messages in error.message_dict.items():
                self.add_error(field if field in self.fields else None, messages)
        else:
            self.add_error(None, error)


def field_rule(rule: Callable[..., None], value, name: str, **kwargs):
    """A form's `clean_<name>` that applies a service's rule (which raises a ValidationError keyed by
    `name`) to the field's value: one rule for the page and the API, its message the field's error."""
    try:
        rule(value, **kwargs)
    except ValidationError as error:
        raise ValidationError(error.message_dict[name]) from None
    return value


class _SortedChoiceIterator(forms.models.ModelChoiceIterator):
    """Options sorted by their label in the active language (language names differ in order per language)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from sorted((self.choice(obj) for obj in self.queryset), key=lambda choice: choice[1])


class SectorsField(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("to_field_name", "code")
        super().__init__(queryset=Sector.objects.all(), **kwargs)

    def label_from_instance(self, obj: Sector) -> str:
        return gettext(obj.name)


class RegionsField(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("to_field_name", "code")
        super().__init__(queryset=Region.objects.all(), **kwargs)

    def label_from_instance(self, obj: Region) -> str:
        return gettext(obj.name)


class LanguagesField(forms.ModelMultipleChoiceField):
    iterator = _SortedChoiceIterator

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("widget", forms.SelectMultiple(attrs={"size": 8}))
        kwargs.setdefault("to_field_name", "code")
        kwargs.setdefault("help_text", _("Hold Ctrl (⌘ on a Mac) to choose several."))
        super().__init__(queryset=Language.objects.all(), **kwargs)

    def label_from_instance(self, obj: Language) -> str:
        return geo.language_name(obj.code, get_language() or "en")


def country_choices() -> list[tuple[str, str]]:
    return [("", "—"), *geo.country_choices(get_language() or "en")]


def text_language_choices() -> list[tuple[str, str]]:
    """Languages a profile or listing text can be written in, named in the active language; the blank
    choice has it detected from the text when saved."""
    language = get_language() or "en"
    named = sorted(
        ((code, geo.language_name(code, language)) for code in SUPPORTED_TEXT_LANGUAGES), key=lambda c: c[1]
    )
    return [("", gettext("Detect from the text")), *named]


class TextLanguageField(forms.ChoiceField):
    """The language a text is written in, optional: left blank, the model detects it on save."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("required", False)
        super().__init__(choices=text_language_choices, **kwargs)
