from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core import geo


def validate_country_code(value: str) -> None:
    if not geo.is_country(value):
        raise ValidationError(_("“%(value)s” is not an ISO 3166 country code."), params={"value": value})
