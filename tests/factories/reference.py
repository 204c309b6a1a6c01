"""Reference rows (sectors, regions, languages) come from the data migration: looked up, never invented."""

from __future__ import annotations

from core.models import Language, Region, Sector


def sector(code: str) -> Sector:
    return Sector.objects.get(code=code)


def region(code: str) -> Region:
    return Region.objects.get(code=code)


def language(code: str) -> Language:
    return Language.objects.get(code=code)
