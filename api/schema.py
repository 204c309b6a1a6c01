"""OpenAPI generation: every operation documents the error answers it can give, with the one error body."""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from api.errors import ErrorSerializer

ERROR_DESCRIPTIONS = {
    "400": "Invalid input: `errors` holds a message per field.",
    "401": "Missing or invalid credentials (session or `Authorization: Token …`).",
    "403": "Signed in, but not allowed to do this to this object.",
    "404": "No such object, or not one you can see.",
    "409": "The object's state forbids this (already decided, already answered, a duplicate).",
    "429": "Too many requests; retry after the `Retry-After` header's seconds.",
}

ACCEPT_LANGUAGE = OpenApiParameter(
    name="Accept-Language",
    type=str,
    location=OpenApiParameter.HEADER,
    enum=["en", "ko"],
    required=False,
    description="Language of the texts rendered for you (`reasons_text`, messages).",
)


def error_response(code: int | str) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=ERROR_DESCRIPTIONS[str(code)])


class ApiAutoSchema(AutoSchema):
    def _error_codes(self) -> list[str]:
        codes = ["401", "429"]
        unsafe = self.method not in ("GET", "HEAD", "OPTIONS")
        is_list = self._is_list_view()
        if unsafe:
            codes += ["400", "403"]
        elif is_list and getattr(self.view, "filterset_class", None):
            codes.append("400")
        if "{" in self.path or (is_list and self._get_paginator()):
            codes.append("404")
        return codes

    def _get_response_bodies(self, direction: str = "response") -> dict:
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code in self._error_codes():
            if code not in responses:
                responses[code] = self._get_response_for_code(error_response(code), code, direction=direction)
        return dict(sorted(responses.items()))
