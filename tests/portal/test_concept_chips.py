"""The concept chips of a listing's page: each with the words of the text it was found in, and the startup's
buttons to hide a chip that misreads its text (off the page and out of its matches' reasons) and to show it
again; nobody else can."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from matching import pipeline
from matching.engine.concepts import default_vocabulary
from matching.models import Match, RescoreRequest
from startups.models import SolutionListing
from tests.factories import CityChallengeFactory, SolutionListingFactory

pytestmark = pytest.mark.django_db

CHIP = re.compile(
    r'<span class="tag" title="Found in the text: (?P<title>[^"]*)">(?P<label>[^<]*)</span> '
    r'<span class="small muted">found: <span lang="\w+">(?P<words>[^<]*)</span></span>'
)


def body(response) -> str:
    return response.content.decode()


def label(code: str) -> str:
    return escape(default_vocabulary().label(code, "en"))


def chips(page: str) -> dict[str, str]:
    """Label -> the words shown as found, for every chip of the page (hidden ones have no words)."""
    found = {match["label"]: match["words"] for match in CHIP.finditer(page)}
    for match in CHIP.finditer(page):
        assert match["title"] == match["words"]
    return found


def detail(listing: SolutionListing) -> str:
    return reverse("startups:listing_detail", args=[listing.pk])


def hide(listing: SolutionListing, code: str) -> str:
    return reverse("startups:concept_hide", args=[listing.pk, code])


def show(listing: SolutionListing, code: str) -> str:
    return reverse("startups:concept_show", args=[listing.pk, code])


def test_each_chip_shows_the_words_of_the_text_it_was_found_in(client, world):
    page = body(client.get(detail(world.published)))
    found = chips(page)
    # "Smart food-waste bins with pay-as-you-throw billing … RFID bins weigh each household's food waste"
    assert found[label("food-waste")] == "food-waste"  # "food waste" later is the same words, shown once
    assert found[label("pay-as-you-throw")] == "pay-as-you-throw"
    assert found[label("rfid-qr-tagging")] == "RFID"
    assert "Hide" not in page  # a visitor gets no buttons


def test_a_chip_shows_every_form_its_concept_was_written_in(client, startup):
    listing = SolutionListingFactory(
        startup=startup,
        title="Leak sensors for water networks",
        summary="Acoustic sensors find water leaks.",
        description="Each sensor reports a leak within hours.",
    )
    found = chips(body(client.get(detail(listing))))
    assert found[label("iot-sensors")] == "sensors, sensor"
    assert found[label("leak-detection")] == "water leaks"


def test_a_short_term_inside_a_longer_spanish_word_is_no_chip(client, startup):
    """ "soc" (a security operations centre) is not in "socorro" (help): no chip, whatever the evidence."""
    listing = SolutionListingFactory(
        startup=startup,
        title="Línea de socorro para los vecinos",
        summary="Botones de socorro en las paradas de autobús.",
        description="Un servicio de socorro con sensores en las paradas.",
        language="es",
    )
    page = body(client.get(detail(listing)))
    found = chips(page)
    assert label("security-operations-centre") not in page
    assert found[label("iot-sensors")] == "sensores"  # the page does show the concepts that are there


def test_the_startup_hides_a_chip_and_shows_it_again(client, world, startup_member):
    client.force_login(startup_member)
    listing = world.published
    assert f'action="{hide(listing, "food-waste")}"' in body(client.get(detail(listing)))
    RescoreRequest.objects.all().delete()

    response = client.post(hide(listing, "food-waste"))
    assert response.status_code == 302 and response.url == detail(listing)
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == ["food-waste"]
    assert RescoreRequest.objects.filter(kind="startup", object_id=world.startup.pk).exists()
    page = body(client.get(detail(listing)))
    assert label("food-waste") not in chips(page)
    assert label("pay-as-you-throw") in chips(page)
    assert "Hidden by your startup" in page and f'action="{show(listing, "food-waste")}"' in page

    client.post(hide(listing, "food-waste"))  # twice: still hidden once
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == ["food-waste"]

    assert client.post(show(listing, "food-waste")).status_code == 302
    assert SolutionListing.objects.get(pk=listing.pk).hidden_concepts == []
    page = body(client.get(detail(listing)))
    assert label("food-waste") in chips(page) and "Hidden by your startup" not in page


def test_a_hidden_chip_is_hidden_from_everyone(client, world, seoul_official):
    SolutionListing.objects.filter(pk=world.published.pk).update(hidden_concepts=["food-waste"])
    for user in (None, seoul_official):
        if user:
            client.force_login(user)
        page = body(client.get(detail(world.published)))
        assert label("food-waste") not in page and label("pay-as-you-throw") in chips(page)
        assert "Hidden by your startup" not in page and "Show again" not in page


def test_an_unknown_concept_is_a_bad_request_and_changes_nothing(client, world, startup_member):
    client.force_login(startup_member)
    for url in (hide(world.published, "no-such-concept"), show(world.published, "no-such-concept")):
        response = client.post(url)
        assert response.status_code == 400
        assert "Unknown concept: no-such-concept." in body(response)
    assert SolutionListing.objects.get(pk=world.published.pk).hidden_concepts == []


@pytest.mark.parametrize("actor", ["anonymous", "other_startup", "other_city", "outsider"])
def test_nobody_else_can_hide_or_show_a_listings_concept(actor, client, world, seoul_official, outsider):
    users = {"other_startup": world.other_startup_member, "other_city": seoul_official, "outsider": outsider}
    if actor in users:
        client.force_login(users[actor])
    SolutionListing.objects.filter(pk=world.published.pk).update(hidden_concepts=["rfid-qr-tagging"])
    for url in (hide(world.published, "food-waste"), show(world.published, "rfid-qr-tagging")):
        response = client.post(url)
        if actor == "anonymous":
            assert response.status_code == 302 and response.url.startswith(reverse("login"))
        else:
            assert response.status_code == 404
    assert SolutionListing.objects.get(pk=world.published.pk).hidden_concepts == ["rfid-qr-tagging"]
    assert "Hide" not in body(client.get(detail(world.published)))


def test_hiding_and_showing_take_a_post(client, world, startup_member):
    client.force_login(startup_member)
    assert client.get(hide(world.published, "food-waste")).status_code == 405
    assert SolutionListing.objects.get(pk=world.published.pk).hidden_concepts == []


# --- the reasons of the listing's matches ---------------------------------------------------------------


def _named_concepts(listing: SolutionListing) -> list[list[str]]:
    matches = Match.objects.current().filter(listing=listing)
    return [
        reason.get("concepts", [])
        for match in matches
        for reason in match.reasons
        if reason["code"] == "answers_challenge"
    ]


def test_a_hidden_concept_is_not_named_in_the_reasons_after_a_rescore(client, seoul, startup, startup_member):
    listing = SolutionListingFactory(
        startup=startup,
        summary="RFID bins weigh each household's food waste and bill by weight.",
        description="Weighing bins with RFID cards cut apartment food waste by a third in two years.",
        sectors=["environment"],
        languages_supported=["ko", "en"],
    )
    CityChallengeFactory(
        city=seoul,
        title="Cut food waste in apartment blocks",
        description="Households should pay as you throw for food waste; RFID weighing bins welcome.",
        sectors=["environment"],
    )
    pipeline.rescore_all()
    assert _named_concepts(listing) == [["food-waste", "rfid-qr-tagging"]]

    client.force_login(startup_member)
    client.post(hide(listing, "food-waste"))
    pipeline.rescore_all()
    # the next concept the listing shares with the challenge is named in its place
    assert _named_concepts(listing) == [["rfid-qr-tagging", "pay-as-you-throw"]]

    client.post(hide(listing, "rfid-qr-tagging"))
    pipeline.drain_outbox()  # the startup's own re-score, in place in the current run
    assert _named_concepts(listing) == [["pay-as-you-throw"]]

    client.post(show(listing, "food-waste"))
    pipeline.drain_outbox()
    assert _named_concepts(listing) == [["food-waste", "pay-as-you-throw"]]
