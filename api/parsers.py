"""The API's request parsers: DRF's, with a JSON body nested too deep for Python's parser, or holding a lone
surrogate, answered 400."""

from __future__ import annotations

import json

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser; a document nested deeper than the interpreter's recursion limit (Python's json
    module raises RecursionError, which DRF does not catch) is a parse error like any malformed body.

    So is a string holding a lone surrogate (`"\\ud800"`: valid JSON escapes, but no character: it cannot
    be stored, compared or even echoed in an error message as UTF-8). The input normalisation of query
    strings and forms (wego_portal.input) refuses NUL; DRF's text fields refuse NUL in JSON."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except RecursionError:
            raise ParseError("JSON parse error - the document is nested too deeply.") from None
        except UnicodeEncodeError:
            raise ParseError("JSON parse error - a string holds a lone surrogate.") from None
        return data
