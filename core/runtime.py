"""A served process's memory, settled once it has loaded what every request reads."""

from __future__ import annotations

import gc


def settle_memory() -> None:
    """Load what requests read for the life of the process (the concept vocabulary the search and the
    reasons use, the URL patterns), then move every object alive now out of the garbage collector's reach
    (`gc.freeze`). The collector's full passes otherwise walk these hundreds of thousands of long-lived
    objects again and again: about 100 ms each on the 2-core machine, paid by whichever request triggered
    it (the slowest search in twenty)."""
    from django.urls import get_resolver

    from matching.engine.concepts import default_vocabulary

    default_vocabulary()
    get_resolver().url_patterns  # noqa: B018 (imports every view module)
    gc.collect()
    gc.freeze()
