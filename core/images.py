"""Uploaded logos: checked for what they really are (Pillow reads the content, whatever the file's name
says), their size and their pixel dimensions, then stored under a generated name; at most
LOGO_CHANGE_RATE_LIMIT new ones per organisation, and a logo's file goes when it is replaced or removed
(core.services.apply_changes) or its organisation is deleted (delete_files_on_commit)."""

from __future__ import annotations

import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image

from core import ratelimit

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_SIDE = 4096
# Pillow's format name → the extension the stored file gets. Nothing else is accepted (no SVG: it can carry
# script; no GIF, BMP or TIFF: no need for them).
LOGO_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}

NOT_AN_IMAGE = _("Upload a PNG, JPEG or WebP image; this file is not one, whatever its name says.")


def _content(value):
    """The uploaded file behind a model field's value (a FieldFile) or a form's (an UploadedFile)."""
    return value.file if isinstance(value, FieldFile) else value


def image_format(value) -> str | None:
    """The real format of an uploaded image among LOGO_FORMATS, read from its content; None otherwise."""
    content = _content(value)
    content.seek(0)
    try:
        with Image.open(content) as image:
            return image.format if image.format in LOGO_FORMATS else None
    except Exception:  # Pillow raises many kinds of error on what is not an image it knows
        return None
    finally:
        content.seek(0)


def validate_logo(value) -> None:
    """A PNG, JPEG or WebP image of at most 2 MiB and 4096 × 4096 pixels, that decodes completely. A logo
    already stored was checked when it was uploaded."""
    if not value or getattr(value, "_committed", False):
        return
    content = _content(value)
    if content.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is larger than 2 MiB; please upload a smaller file."), code="too_big"
        )
    content.seek(0)
    try:
        # The header first: format and dimensions, before any pixel is decoded (no decompression bomb).
        with Image.open(content) as image:
            if image.format not in LOGO_FORMATS:
                raise ValidationError(NOT_AN_IMAGE, code="invalid_image")
            width, height = image.size
            if width > LOGO_MAX_SIDE or height > LOGO_MAX_SIDE:
                raise ValidationError(
                    _("The logo is %(width)d × %(height)d pixels; at most 4096 × 4096 please."),
                    code="too_large",
                    params={"width": width, "height": height},
                )
            image.verify()
        content.seek(0)
        with Image.open(content) as image:
            image.load()  # decodes every pixel: a truncated or corrupt file fails here
    except ValidationError:
        raise
    except Exception as error:
        raise ValidationError(NOT_AN_IMAGE, code="invalid_image") from error
    finally:
        content.seek(0)


@deconstructible
class LogoPath:
    """`upload_to` of a logo: `<folder>/<uuid4>.<extension of its real format>`. The uploader's file name is
    never used, so it can neither guess other files' names nor choose an extension the server acts on."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        extension = LOGO_FORMATS.get(image_format(instance.logo) or "")
        if extension is None:  # only reachable if a caller skipped validation: store nothing
            raise ValidationError({"logo": [NOT_AN_IMAGE]})
        return f"{self.folder}/{uuid.uuid4().hex}.{extension}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LogoPath) and other.folder == self.folder


class LogoField(forms.ImageField):
    """The logo input of the profile forms (optional; the model's validate_logo has the last word). The file's
    name is not checked: its content is."""

    default_validators: list = []
    default_error_messages = {"invalid_image": NOT_AN_IMAGE}

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("PNG, JPEG or WebP; at most 2 MiB and 4096 × 4096 pixels."))
        kwargs.setdefault(
            "widget", forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"})
        )
        super().__init__(**kwargs)


def logo_change(fields: dict) -> dict:
    """A form's cleaned logo as the services take it: a new upload, "" to remove the logo (the "Clear" box),
    or no key at all when it stays as it is."""
    logo = fields.pop("logo", None)
    if logo is False:
        fields["logo"] = ""
    elif logo is not None and not isinstance(logo, FieldFile):
        fields["logo"] = logo
    return fields


def guard_logo_upload(instance: models.Model, fields: dict) -> None:
    """Called by a service inside its transaction before it stores `fields`: a new logo upload past
    LOGO_CHANGE_RATE_LIMIT for this organisation is a ValidationError on `logo` (a form error on the page,
    a 400 with the field's message in the API); otherwise it counts once the change is committed."""
    logo = fields.get("logo")
    if not logo or isinstance(logo, FieldFile):  # no new file: kept as it is, or removed
        return
    rate, ident = settings.LOGO_CHANGE_RATE_LIMIT, f"{instance._meta.label_lower}:{instance.pk}"
    if ratelimit.is_exceeded(scope="logo", ident=ident, rate=rate):
        raise ValidationError(
            {"logo": [_("You have changed the logo too many times recently. Please try again later.")]},
            code="throttled",
        )
    transaction.on_commit(lambda: ratelimit.count_hit(scope="logo", ident=ident, rate=rate))


def discard_file_on_commit(file: FieldFile) -> None:
    """Delete a stored file from its storage once the transaction that stopped using it commits (a rollback
    keeps it: the row still points at it)."""
    name, storage = file.name, file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def delete_files_on_commit(sender: type[models.Model], instance: models.Model, **kwargs) -> None:
    """A `post_delete` receiver, connected by each model with files beside its class (however the row goes:
    a service, the admin, a cascade): its files leave the storage when the deletion commits."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, models.FileField):
            discard_file_on_commit(getattr(instance, field.attname))
