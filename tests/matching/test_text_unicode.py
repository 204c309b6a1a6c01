"""Texts the database would refuse still never break the text model (the engine is pure and may get them)."""

from __future__ import annotations

from matching.engine.counts import digests


def test_digests_accept_lone_surrogates_and_tell_texts_apart():
    values = digests(["", "a", "\ud800", "\ud800x", "산사태", "a"])
    assert values[1] == values[5]
    assert len(set(values.tolist())) == 5
