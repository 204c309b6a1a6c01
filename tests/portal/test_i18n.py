"""English and Korean: the switcher, pages and match reasons in Korean, and a complete Korean catalogue."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.urls import reverse
from django.utils import translation

from core.reference import REGIONS, SECTORS

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "ko" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def _catalog():
    with PO.open("rb") as handle:
        return read_po(handle, locale="ko")


def test_every_korean_message_is_translated_and_none_is_fuzzy():
    untranslated = [m.id for m in _catalog() if m.id and not all(m.string if m.pluralizable else [m.string])]
    fuzzy = [m.id for m in _catalog() if m.id and m.fuzzy]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy


def test_the_compiled_catalogue_is_up_to_date_with_the_po_file():
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in _catalog():
        if not message.id:
            continue
        if message.pluralizable:
            assert compiled.ngettext(message.id[0], message.id[1], 2) == message.string[0], message.id
        elif message.context:
            assert compiled.pgettext(message.context, message.id) == message.string, message.id
        else:
            assert compiled.gettext(message.id) == message.string, message.id


def test_every_template_string_is_in_the_catalogue():
    ids = {m.id for m in _catalog() if m.id and not m.pluralizable}
    pattern = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")
    missing = []
    for template in (ROOT / "templates").rglob("*.html"):
        if "admin" in template.parts:
            continue
        for _quote, text in pattern.findall(template.read_text()):
            if text not in ids:
                missing.append(f"{template.relative_to(ROOT)}: {text}")
    assert not missing, missing


def test_sector_and_region_names_are_translated_into_korean():
    names = [text for _code, name, description in SECTORS for text in (name, description)]
    names += [name for _code, name in REGIONS]
    with translation.override("ko"):
        untranslated = [name for name in names if translation.gettext(name) == name]
    assert not untranslated, untranslated


@pytest.mark.django_db
def test_the_switcher_sets_korean_and_pages_follow(client, world):
    response = client.post(reverse("set_language"), {"language": "ko", "next": reverse("startups:catalogue")})
    assert response.status_code == 302 and response["Location"] == reverse("startups:catalogue")
    page = client.get(reverse("startups:catalogue")).content.decode()
    assert '<html lang="ko">' in page
    assert "솔루션 카탈로그" in page and "환경·폐기물" in page and "대한민국" in page
    assert "Solution catalogue" not in page
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert "Solution catalogue" in client.get(reverse("startups:catalogue")).content.decode()


@pytest.mark.django_db
def test_match_reasons_are_rendered_in_the_chosen_language(client, world, seoul_official, startup_member):
    client.cookies["django_language"] = "ko"
    client.force_login(seoul_official)
    page = client.get(reverse("cities:dashboard")).content.decode()
    assert "귀 도시의 과제 “Cut food waste in apartment blocks”에 답합니다" in page
    assert "귀 도시의 중점 분야에서 활동합니다: 환경·폐기물" in page
    assert "한국어, 영어로 일할 수 있습니다" in page
    assert "우리 도시를 위한 스타트업" in page
    client.force_login(startup_member)
    page = client.get(reverse("startups:cities_for_you")).content.decode()
    assert "도시의 과제 “Cut food waste in apartment blocks”에 답합니다" in page
    assert "Sejong (KR)에서 운영 중입니다" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "name"),
    [
        (None, "home"),
        (None, "accounts:signup_startup"),
        ("seoul_official", "cities:challenges"),
        ("startup_member", "startups:dashboard"),
        ("secretariat", "accounts:secretariat"),
        ("secretariat", "accounts:application_queue"),
    ],
)
def test_main_pages_have_no_english_left_in_korean(who, name, client, world, request):
    if who:
        client.force_login(request.getfixturevalue(who))
    client.cookies["django_language"] = "ko"
    page = client.get(reverse(name)).content.decode()
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S))
    for english in ("Sign in", "Sign out", "Solutions", "Dashboard", "Skip to content", "optional", "Status"):
        assert english not in text, english
