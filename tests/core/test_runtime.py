"""A served process settles its memory once loaded (core.runtime, called by wego_portal/wsgi.py)."""

from __future__ import annotations

import gc
import importlib


def test_the_wsgi_application_settles_its_memory_once_loaded():
    before = gc.get_freeze_count()
    try:
        wsgi = importlib.reload(importlib.import_module("wego_portal.wsgi"))
        assert callable(wsgi.application)
        assert gc.get_freeze_count() > before  # the long-lived objects are out of the collector's passes
    finally:
        gc.unfreeze()
