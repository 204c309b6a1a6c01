"""Function words never drive relevance: each text loses the stop words of its own language (plus English
ones), Chinese, Japanese and Thai runs become character bigrams without particles, and the engine before
(English stop words in every text) stays reachable with ``stop_words="english"``."""

from __future__ import annotations

import pytest

from matching.engine import MatchParams, TextIndex
from matching.engine.stopwords import ContinuousTokenizer, stop_words
from matching.engine.synthetic import catalogue_from_records


def _word_cosine(a: tuple[str, str], b: tuple[str, str], stop_words: str = "per-language") -> float:
    """The word cosine of text a (a city's profile) and text b (a listing), each (language, text)."""
    cities, startups = catalogue_from_records(
        [{"profile": a[1], "language": a[0]}],
        [{"listings": [{"text": b[1], "language": b[0]}]}],
        languages=[],
        sectors=[],
        n_regions=1,
    )
    index = TextIndex.fit(cities, startups, min_df=1, concept_weight=0.0, stop_words=stop_words)
    return float((index.profile_vectors(cities) @ index.listing_vectors(startups).T).toarray()[0, 0])


FUNCTION_WORDS_ONLY = [
    (
        ("fr", "Les habitants et les commerces dans les quartiers aux abords du port"),
        ("fr", "Les vélos et les bornes dans les parcs aux entrées de la gare"),
    ),
    (
        ("ko", "여러 시민이 함께 쓰는 공공 와이파이를 통해 정보를 전합니다"),
        ("ko", "여러 기업의 태양광 패널 설치를 위한 지원"),
    ),
    (
        ("zh", "我们的城市需要智慧路灯"),
        ("zh", "我们的学校可以使用电子课本"),
    ),
    (
        ("ja", "これらの河川の水位をセンサーで見守ります"),
        ("ja", "これらの高齢者の自宅に訪問します"),
    ),
    (
        ("th", "ระบบเตือนภัยน้ำท่วมของเมือง"),
        ("th", "ไฟถนนอัจฉริยะของชุมชน"),
    ),
]


@pytest.mark.parametrize(("a", "b"), FUNCTION_WORDS_ONLY, ids=[a[0] for a, _ in FUNCTION_WORDS_ONLY])
def test_texts_sharing_only_function_words_have_a_zero_word_cosine(a, b):
    assert _word_cosine(a, b) == 0.0


@pytest.mark.parametrize(("a", "b"), FUNCTION_WORDS_ONLY[:2], ids=["fr", "ko"])
def test_with_english_stop_words_only_the_function_words_counted(a, b):
    # the engine before: French and Korean function words linked the two texts (a Chinese run was one token)
    assert _word_cosine(a, b, stop_words="english") > 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            ("fr", "Des capteurs de crue dans les caniveaux du centre"),
            ("fr", "Nos capteurs de crue alertent les habitants"),
        ),
        (("ko", "여러 하천에 수위 센서를 설치"), ("ko", "수위 센서를 통해 홍수를 예측")),
        (("zh", "我们的城市需要智慧路灯"), ("zh", "智慧路灯节能改造")),
        (("ja", "河川の水位をセンサーで見守ります"), ("ja", "水位センサーによる洪水予測")),
        (("th", "ระบบเตือนภัยน้ำท่วมของเมือง"), ("th", "เซ็นเซอร์เตือนภัยน้ำท่วม")),
    ],
    ids=["fr", "ko", "zh", "ja", "th"],
)
def test_texts_sharing_content_words_still_match(a, b):
    assert _word_cosine(a, b) > 0.1


def test_every_text_also_loses_english_stop_words_and_an_unknown_language_only_those():
    assert {"the", "and", "les", "dans"} <= stop_words("fr")
    assert "the" in stop_words("ko") and "여러" in stop_words("ko")
    assert "les" not in stop_words("") and "the" in stop_words("")
    # a mixed text: its English function words do not link it to an English text
    assert _word_cosine(("fr", "the platform of the city"), ("en", "the app for the region")) == 0.0


def test_content_words_some_lists_hold_are_kept():
    assert "sistema" not in stop_words("pt") and "de" in stop_words("pt")
    assert "город" not in stop_words("ru") and "для" in stop_words("ru")


def test_continuous_scripts_become_bigrams_without_particles():
    assert ContinuousTokenizer("zh")("我们的城市需要智慧路灯") == [
        "的城", "城市", "市需", "需要", "要智", "智慧", "慧路", "路灯"
    ]  # fmt: skip
    assert ContinuousTokenizer("ja")("高齢者の見守り") == ["高齢", "齢者", "者の", "の見", "見守", "守り"]
    assert "これ" not in ContinuousTokenizer("ja")("これらの河川")
    assert "ของ" not in "".join(ContinuousTokenizer("th")("ระบบของเมือง"))


def test_the_match_params_choose_the_rules_and_refuse_others():
    assert MatchParams().stop_words == "per-language" and MatchParams().concept_match == "words"
    with pytest.raises(ValueError, match="stop_words"):
        MatchParams(stop_words="french")
    with pytest.raises(ValueError, match="concept_match"):
        MatchParams(concept_match="anywhere")
