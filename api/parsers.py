"""The API's request parsers: DRF's, with a JSON body nested too deep for Python's parser answered 400."""

from __future__ import annotations

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser; a document nested deeper than the interpreter's recursion limit (Python's json
    module raises RecursionError, which DRF does not catch) is a parse error like any malformed body."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - the document is nested too deeply.") from None
