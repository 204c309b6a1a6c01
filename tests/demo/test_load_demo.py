import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.management import call_command

from accounts.models import MembershipApplication
from cities.models import CityChallenge, MemberCity
from core.models import MembershipStatus
from startups.models import ReferenceDeployment, SolutionListing, Startup

MODELS = (
    MemberCity,
    CityChallenge,
    Startup,
    SolutionListing,
    ReferenceDeployment,
    MembershipApplication,
    User,
)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def world() -> list[tuple]:
    return sorted(
        (s.name, s.country, s.stage, tuple(s.listings.values_list("title", flat=True)))
        for s in Startup.objects.prefetch_related("listings")
    )


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_counts(capsys):
    call_command("load_demo", "--cities", "12", "--startups", "30", "--seed", "3")
    first = counts()
    call_command("load_demo", "--cities", "12", "--startups", "30", "--seed", "3")
    assert counts() == first
    out = capsys.readouterr().out
    assert "already present" in out
    assert "official.seoul" in out and "secretariat" in out and "startup.member" in out


@pytest.mark.django_db
def test_load_demo_builds_a_believable_world_in_every_status():
    call_command("load_demo", "--cities", "70", "--startups", "60", "--seed", "1")
    assert MemberCity.objects.count() == 70
    assert MemberCity.objects.filter(name="Seoul", country="KR", membership_status="approved").exists()
    assert Startup.objects.count() == 60
    assert SolutionListing.objects.count() >= 60
    assert CityChallenge.objects.exists() and ReferenceDeployment.objects.exists()
    statuses = set(MembershipApplication.objects.values_list("status", flat=True))
    assert statuses == {MembershipStatus.PENDING, MembershipStatus.APPROVED, MembershipStatus.REJECTED}
    assert not SolutionListing.objects.filter(description__icontains="lorem").exists()
    seoul = MemberCity.objects.get(name="Seoul")
    assert seoul.population > 9_000_000 and seoul.region.code == "asia-pacific"
    assert "ko" in set(seoul.languages.values_list("code", flat=True))
    # Every organisation's application status agrees with the organisation's own status.
    for application in MembershipApplication.objects.select_related("city", "startup"):
        assert application.status == application.organisation.membership_status


@pytest.mark.django_db
def test_demo_public_views_hide_unapproved_organisations():
    call_command("load_demo", "--cities", "40", "--startups", "80", "--seed", "2")
    anonymous = AnonymousUser()
    assert not MemberCity.objects.visible_to(anonymous).exclude(membership_status="approved").exists()
    public = SolutionListing.objects.visible_to(anonymous)
    assert public.exists()
    assert not public.exclude(status="published").exists()
    assert not public.exclude(startup__membership_status="approved").exists()


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_world():
    call_command("load_demo", "--cities", "10", "--startups", "25", "--seed", "7")
    first = world()
    call_command("load_demo", "--cities", "10", "--startups", "25", "--seed", "7", "--reset")
    assert world() == first
    call_command("load_demo", "--cities", "10", "--startups", "25", "--seed", "8", "--reset")
    assert world() != first


@pytest.mark.django_db
def test_home_page_shows_the_demo_world(client):
    call_command("load_demo", "--cities", "12", "--startups", "20", "--seed", "1")
    response = client.get("/")
    assert response.status_code == 200
    assert "Seoul" in response.content.decode()
    listing = SolutionListing.objects.published().first()
    hidden = SolutionListing.objects.filter(status="draft").first()
    body = response.content.decode()
    assert listing is not None
    if hidden is not None:
        assert (
            hidden.title not in body
            or SolutionListing.objects.published().filter(title=hidden.title).exists()
        )


@pytest.mark.django_db
def test_the_default_world_has_korean_spanish_portuguese_and_french_texts_labelled_with_their_language():
    from core.language import detect_language

    call_command("load_demo")  # 80 cities, 320 startups, seed 1: the world `make run` loads
    listings = [
        (li.language, f"{li.title} {li.summary} {li.description}") for li in SolutionListing.objects.all()
    ]
    challenges = [(ch.language, f"{ch.title} {ch.description}") for ch in CityChallenge.objects.all()]
    for texts in (listings, challenges):
        assert {"ko", "es", "pt", "fr"} <= {language for language, _ in texts}
        assert [
            (language, detect_language(text)) for language, text in texts if language != detect_language(text)
        ] == []
    assert all(city.profile_language == detect_language(city.profile) for city in MemberCity.objects.all())
    assert all(
        startup.description_language == detect_language(startup.description)
        for startup in Startup.objects.all()
    )


@pytest.mark.django_db
def test_bogota_s_spanish_challenge_is_answered_by_the_demo_korean_startup_s_korean_listing():
    from matching import pipeline
    from matching.models import Match

    call_command("load_demo", "--cities", "12", "--startups", "30", "--seed", "4")
    official = User.objects.get(username="official.bogota").profile
    bogota = official.city
    assert (bogota.name, bogota.membership_status) == ("Bogotá", MembershipStatus.APPROVED)
    assert "es" in set(bogota.languages.values_list("code", flat=True))
    startup = User.objects.get(username="startup.member").profile.startup
    assert (startup.country, startup.membership_status) == ("KR", MembershipStatus.APPROVED)
    assert "es" not in set(startup.languages.values_list("code", flat=True))

    pipeline.rescore_all()
    match = (
        Match.objects.current()
        .for_city(bogota.pk)
        .select_related("listing", "challenge")
        .get(startup=startup, city_rank__isnull=False)
    )
    answers = next(r for r in match.reasons if r["code"] == "answers_challenge")
    assert answers["challenge_id"] == match.challenge.pk and "flood-warning" in answers["concepts"]
    assert (match.challenge.city, match.challenge.language, match.challenge.status) == (bogota, "es", "open")
    assert (match.listing.startup, match.listing.language, match.listing.status) == (
        startup,
        "ko",
        "published",
    )
    assert match.listing.deployments.filter(country="KR").exists()
    assert match.listing.deployments.filter(country="CO").exists()  # near Bogotá, same region
    assert {"code": "no_shared_language", "languages": ["es"]} in match.reasons
