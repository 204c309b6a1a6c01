"""The language of listing, challenge and profile texts: detection (core.language, pure) and the
paths that record it (the pages' forms and the API): an author's choice is kept, a blank one is detected from
the text and stored, a code that names no language the detector knows is a field error and stores nothing."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

import core.language as language_module
from cities.models import CityChallenge, MemberCity
from core.language import ASSOCIATION_LANGUAGES, SUPPORTED_TEXT_LANGUAGES, detect_language
from startups.models import SolutionListing, Startup
from tests.factories import CityChallengeFactory, SolutionListingFactory

# (language, short title, longer text), written the way officials and startups write them.
SAMPLES: list[tuple[str, str, str]] = [
    (
        "en",
        "Smart bins for busy streets",
        "Our solar-powered compacting bins report their fill level every hour, so the city's crews empty "
        "only the full ones. Collection rounds in pilot districts fell by half in the first year.",
    ),
    (
        "en",
        "Flood warnings for riverside neighbourhoods",
        "We need river level gauges and an alert service that texts residents and the emergency team "
        "before the embankment overtops, with a public map of the gauges.",
    ),
    (
        "ko",
        "스마트 쓰레기통 설치",
        "IoT 센서가 달린 쓰레기통이 적재량을 실시간으로 알려 주어 수거 차량의 운행 횟수를 줄입니다. "
        "서울 두 개 구에서 시범 운영 중입니다.",
    ),
    (
        "ko",
        "홀몸 어르신 안부 확인",
        "혼자 사시는 어르신 댁에 동작 감지 센서를 설치하고, 일정 시간 움직임이 없으면 사회복지사에게 "
        "알림을 보내는 돌봄 서비스가 필요합니다.",
    ),
    (
        "es",
        "Alerta temprana de deslizamientos",
        "Los barrios de ladera sufren deslizamientos cada temporada de lluvias. Buscamos sensores de "
        "humedad del suelo y pluviómetros que avisen a la comunidad para evacuar a tiempo.",
    ),
    (
        "es",
        "Recolección de residuos en los barrios",
        "Los camiones recorren rutas fijas aunque los contenedores estén vacíos. Queremos saber qué "
        "contenedores están llenos y planificar las rutas de recolección cada día.",
    ),
    (
        "pt",
        "Iluminação pública mais econômica",
        "A prefeitura gasta boa parte do orçamento de energia com a iluminação das ruas. Procuramos "
        "luminárias de LED com telegestão, que permitam reduzir a intensidade durante a madrugada.",
    ),
    (
        "pt",
        "Perdas de água na rede de distribuição",
        "Não sabemos onde estão os vazamentos nas tubulações antigas do centro histórico. Precisamos de "
        "sensores acústicos e de um mapa das perdas para priorizar as obras da companhia de saneamento.",
    ),
    (
        "fr",
        "Gestion des eaux pluviales",
        "Lors des orages, les caniveaux débordent et les quartiers bas sont inondés. La mairie cherche des "
        "capteurs dans le réseau d'assainissement et un outil de prévision pour alerter les habitants.",
    ),
    (
        "fr",
        "Stationnement en centre-ville",
        "Les automobilistes tournent longtemps avant de trouver une place. Nous voulons des capteurs sur "
        "les places de stationnement et une application qui guide vers les places libres.",
    ),
    (
        "ja",
        "高齢者の見守りサービス",
        "一人暮らしの高齢者の自宅に人感センサーを設置し、長時間動きがない場合は家族や民生委員に"
        "通知します。市内の三つの地区で実証実験を行っています。",
    ),
    (
        "ja",
        "ごみ収集ルートの最適化",
        "集積所ごとのごみの量を把握し、収集車のルートを毎日組み直すことで走行距離を減らします。",
    ),
    (
        "zh",
        "智慧路灯节能改造",
        "我们为城市道路提供LED智慧路灯，支持远程调光和故障报警，可以显著降低市政照明的用电量。",
    ),
    (
        "zh",
        "河道水位监测预警",
        "在河道沿线安装水位传感器，暴雨期间实时上传数据，超过警戒水位时自动向居民发送预警短信。",
    ),
    (
        "vi",
        "Cảnh báo sớm ngập lụt",
        "Mỗi mùa mưa, nhiều tuyến phố trong thành phố bị ngập sâu. Chúng tôi cần hệ thống cảm biến mực "
        "nước và ứng dụng cảnh báo cho người dân trước khi nước dâng cao.",
    ),
    (
        "vi",
        "Thu gom rác thải thông minh",
        "Thùng rác gắn cảm biến báo mức đầy giúp công ty môi trường đô thị sắp xếp lộ trình thu gom "
        "hợp lý hơn.",
    ),
    (
        "id",
        "Sistem peringatan dini banjir",
        "Setiap musim hujan, permukiman di bantaran sungai terendam banjir. Kami membutuhkan sensor tinggi "
        "muka air dan pesan peringatan kepada warga sebelum air sungai meluap.",
    ),
    (
        "id",
        "Pengelolaan sampah di pasar tradisional",
        "Sampah organik dari pasar menumpuk setiap hari. Pemerintah kota mencari mitra untuk mengolah "
        "sampah menjadi kompos dan memantau volume sampah di tempat pembuangan sementara.",
    ),
    (
        "ar",
        "إنارة الشوارع الذكية",
        "تبحث البلدية عن مصابيح إنارة موفرة للطاقة يمكن التحكم فيها عن بعد، لخفض فاتورة الكهرباء "
        "وتحسين السلامة في الأحياء السكنية.",
    ),
    (
        "ar",
        "رصد جودة الهواء",
        "نحتاج إلى شبكة من أجهزة استشعار جودة الهواء في المناطق الصناعية ولوحة بيانات مفتوحة للسكان.",
    ),
    (
        "ru",
        "Мониторинг качества воздуха",
        "Зимой город страдает от смога из-за угольного отопления. Нужна сеть недорогих датчиков качества "
        "воздуха и открытая карта загрязнения для жителей.",
    ),
    (
        "ru",
        "Электронная запись в поликлинику",
        "Жители стоят в очередях в регистратуре. Мы ищем сервис онлайн-записи к врачу с напоминаниями по "
        "СМС и электронной очередью.",
    ),
]


# Languages outside the association's eleven, one realistic title and text each.
OTHER_SAMPLES: list[tuple[str, str, str]] = [
    (
        "de",
        "Hochwasserwarnung für die Altstadt",
        "Bei Starkregen laufen die Keller in der Altstadt voll. Die Stadtverwaltung sucht "
        "Pegelsensoren am Fluss und einen Dienst, der die Anwohner rechtzeitig warnt.",
    ),
    (
        "pl",
        "Inteligentne oświetlenie uliczne",
        "Miasto wydaje dużą część budżetu na oświetlenie ulic. Szukamy lamp LED ze zdalnym "
        "sterowaniem, które pozwolą zmniejszyć natężenie światła w nocy.",
    ),
    (
        "da",
        "Affaldsindsamling i byens kvarterer",
        "Skraldebilerne kører faste ruter, selv når containerne er tomme. Kommunen vil gerne vide, "
        "hvilke containere der er fyldte, og planlægge ruterne hver dag.",
    ),
    (
        "nl",
        "Slim parkeren in het centrum",
        "Automobilisten rijden lang rond voordat ze een vrije plek vinden. De gemeente zoekt sensoren"
        " op de parkeerplaatsen en een app die bestuurders naar vrije plekken leidt.",
    ),
    (
        "hi",
        "स्मार्ट स्ट्रीट लाइट",
        "नगर निगम बिजली के बिल को कम करने के लिए ऐसी एलईडी स्ट्रीट लाइट चाहता है जिन्हें दूर से "
        "नियंत्रित किया जा सके और रात में उनकी रोशनी कम की जा सके।",
    ),
    (
        "it",
        "Raccolta dei rifiuti nei quartieri",
        "I camion percorrono sempre gli stessi giri anche quando i cassonetti sono vuoti. Il comune "
        "vuole sapere quali cassonetti sono pieni e pianificare i percorsi ogni giorno.",
    ),
    (
        "cs",
        "Chytré parkování v centru města",
        "Řidiči dlouho krouží, než najdou volné místo. Město hledá senzory na parkovacích místech a "
        "aplikaci, která řidiče navede k volným místům.",
    ),
    (
        "tr",
        "Akıllı sokak aydınlatması",
        "Belediye, elektrik faturasını düşürmek için uzaktan kontrol edilebilen ve gece ışık şiddeti "
        "azaltılabilen LED sokak lambaları arıyor.",
    ),
    (
        "sw",
        "Ukusanyaji wa taka mijini",
        "Magari ya taka hupita njia zilezile hata wakati mapipa hayajajaa. Halmashauri ya jiji "
        "inataka kujua ni mapipa gani yamejaa na kupanga njia za ukusanyaji kila siku.",
    ),
    (
        "fa",
        "پایش کیفیت هوا",
        "شهرداری به شبکه‌ای از حسگرهای ارزان قیمت کیفیت هوا و یک نقشه آنلاین آلودگی برای شهروندان "
        "نیاز دارد تا در روزهای آلوده هشدار دهد.",
    ),
    (
        "th",
        "ระบบเตือนภัยน้ำท่วม",
        "ในฤดูฝน หลายชุมชนริมแม่น้ำถูกน้ำท่วม เทศบาลต้องการเซ็นเซอร์วัดระดับน้ำและระบบแจ้งเตือนประชาชนก่อนที่น้ำจะล้นตลิ่ง",
    ),
]


def test_every_iso_639_1_language_of_the_model_is_supported():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE)
    assert set(SUPPORTED_TEXT_LANGUAGES) == {code for code in model.nb_classes if len(code) == 2}
    assert len(SUPPORTED_TEXT_LANGUAGES) == len(set(SUPPORTED_TEXT_LANGUAGES))
    assert set(ASSOCIATION_LANGUAGES) == {"en", "ko", "es", "pt", "fr", "ja", "zh", "vi", "id", "ar", "ru"}
    assert set(ASSOCIATION_LANGUAGES) < set(SUPPORTED_TEXT_LANGUAGES)


def test_every_association_language_has_samples():
    assert {language for language, _, _ in SAMPLES} == set(ASSOCIATION_LANGUAGES)


@pytest.mark.parametrize(
    ("expected", "title", "text"),
    SAMPLES + OTHER_SAMPLES,
    ids=[f"{s[0]}-{s[1][:20]}" for s in SAMPLES + OTHER_SAMPLES],
)
def test_detects_the_language_of_a_title_and_of_a_text(expected, title, text):
    assert detect_language(title) == expected
    assert detect_language(text) == expected
    assert detect_language(f"{title}\n{text}") == expected


def test_at_least_95_percent_right_on_the_short_and_long_samples():
    texts = [(expected, t) for expected, title, text in SAMPLES for t in (title, text)]
    right = sum(detect_language(t) == expected for expected, t in texts)
    assert right / len(texts) >= 0.95


def test_script_decides_despite_latin_acronyms_and_names():
    assert detect_language("IoT 기반 스마트 쓰레기통 (SmartBin Pro)") == "ko"
    assert detect_language("AIカメラによる河川監視") == "ja"
    assert detect_language("GPS 公交车实时到站") == "zh"
    assert detect_language("Платформа IoT для ЖКХ") == "ru"
    # An English text naming a Korean city keeps its language.
    assert detect_language("Our bins already run in Seoul (서울) and in Busan.") == "en"


def test_no_letters_gives_the_default():
    assert detect_language("") == "en"
    assert detect_language("  2026 — 42 %  ") == "en"
    assert detect_language("", default="es") == "es"
    assert detect_language(None) == "en"  # type: ignore[arg-type]


def test_languages_outside_the_association_are_no_longer_folded_into_its_own():
    # Before, only six Latin languages could come out: Catalan became Spanish, German English.
    assert detect_language("Recollida selectiva de residus als barris de la ciutat") == "ca"
    assert detect_language("Die Stadt sucht intelligente Parkplatzsensoren für die Innenstadt") == "de"
    assert detect_language("Raccolta differenziata dei rifiuti nei quartieri della città") == "it"


# Short titles in the association's Latin-script languages: their letters often fit a neighbour as well
# (Galician, Aragonese, Catalan, Occitan, Malay, Javanese); the association's languages are preferred then.
SHORT_TITLES: list[tuple[str, str]] = [
    ("es", "Semáforos inteligentes"),
    ("es", "Alumbrado público eficiente"),
    ("es", "Monitoreo de inundaciones"),
    ("es", "Riego urbano"),
    ("es", "Recogida de basura"),
    ("es", "Bicicletas compartidas"),
    ("es", "Plataforma de datos abiertos"),
    ("pt", "Coleta de lixo"),
    ("pt", "Qualidade do ar"),
    ("pt", "Monitoramento de enchentes"),
    ("pt", "Bicicletas compartilhadas"),
    ("pt", "Transporte público"),
    ("fr", "Éclairage public intelligent"),
    ("fr", "Transports en commun"),
    ("fr", "Alerte inondation"),
    ("fr", "Billetterie numérique"),
    ("en", "Smart parking"),
    ("en", "Street lighting"),
    ("en", "Open data portal"),
    ("en", "Digital permits"),
    ("en", "Traffic signals"),
    ("id", "Parkir pintar"),
    ("id", "Transportasi umum"),
    ("id", "Lampu jalan hemat energi"),
    ("id", "Sistem peringatan dini banjir"),
    ("vi", "Bãi đỗ xe thông minh"),
    ("vi", "Giao thông công cộng"),
]


@pytest.mark.parametrize(("expected", "title"), SHORT_TITLES, ids=[t for _, t in SHORT_TITLES])
def test_short_titles_in_the_association_s_languages_stay_right(expected, title):
    assert detect_language(title) == expected


def test_without_the_preference_short_titles_go_to_neighbouring_languages(monkeypatch):
    # The check above can fail: with no prior, py3langid alone takes several of them for a neighbour.
    monkeypatch.setattr(language_module, "_PREFERRED_PRIOR", 1.0)
    wrong = [title for expected, title in SHORT_TITLES if detect_language(title) != expected]
    assert len(wrong) >= 5


def test_scripts_shared_by_several_languages_are_classified_among_their_own():
    assert detect_language("Громадський транспорт у місті та електронний квиток для мешканців") == "uk"
    assert detect_language("Обществен транспорт и електронни билети за жителите на града") == "bg"
    assert detect_language("حمل و نقل عمومی هوشمند برای شهروندان") == "fa"
    assert detect_language("شہر میں پینے کے صاف پانی کی فراہمی کا نظام") == "ur"
    assert detect_language("शहरातील सार्वजनिक वाहतूक आणि पाणीपुरवठा व्यवस्था सुधारण्याची गरज आहे") == "mr"
    # A short title in a shared script: the association's language of that script.
    assert detect_language("Умный транспорт") == "ru"
    assert detect_language("النقل الذكي") == "ar"


def test_scripts_of_one_language_decide_alone():
    assert detect_language("ไฟถนนอัจฉริยะ") == "th"
    assert detect_language("Έξυπνος φωτισμός") == "el"
    assert detect_language("תאורת רחוב חכמה") == "he"
    assert detect_language("ჭკვიანი განათება") == "ka"


# --- the model hook: one place for the forms, the API, the admin and the services ---------------------------

SPANISH = (
    "Alerta temprana de deslizamientos",
    "Sensores de humedad del suelo y avisos a los vecinos de ladera.",
)
KOREAN = ("빗물받이 침수 예측", "도로 빗물받이에 수위 센서를 달아 집중호우 때 침수를 미리 알려 줍니다.")
PORTUGUESE = (
    "Perdas de água na rede",
    "Sensores acústicos para localizar vazamentos nas tubulações antigas.",
)
FRENCH = (
    "Gestion des eaux pluviales",
    "Des capteurs dans les caniveaux pour prévenir les habitants des crues.",
)


@pytest.mark.django_db
def test_a_blank_language_is_detected_on_save_and_a_chosen_one_kept(startup):
    detected = SolutionListing.objects.create(
        startup=startup, title=KOREAN[0], summary=KOREAN[1], description=KOREAN[1]
    )
    chosen = SolutionListingFactory(startup=startup, title=KOREAN[0], description=KOREAN[1], language="en")
    assert SolutionListing.objects.get(pk=detected.pk).language == "ko"
    assert SolutionListing.objects.get(pk=chosen.pk).language == "en"


# --- the pages' forms ------------------------------------------------------------------------------------


def _listing_form(**overrides) -> dict:
    return {
        "title": SPANISH[0],
        "summary": SPANISH[1],
        "description": SPANISH[1],
        "language": "",
        "sectors": ["safety"],
        "maturity": "pilot",
        "pricing_model": "custom",
        **overrides,
    }


@pytest.mark.django_db
def test_the_forms_offer_the_supported_languages_and_detection(client, startup_member):
    client.force_login(startup_member)
    page = client.get(reverse("startups:listing_create")).content.decode()
    options = page.split('id="id_language"', 1)[1].split("</select>", 1)[0]
    assert 'value=""' in options and "Detect from the text" in options
    for code in SUPPORTED_TEXT_LANGUAGES:
        assert f'value="{code}"' in options
    assert "German" in options and "Swahili" in options
    assert 'value="zz"' not in options


@pytest.mark.django_db
def test_listing_form_left_blank_stores_the_detected_language(client, startup, startup_member):
    client.force_login(startup_member)
    assert client.post(reverse("startups:listing_create"), _listing_form()).status_code == 302
    assert SolutionListing.objects.get(title=SPANISH[0]).language == "es"


@pytest.mark.django_db
def test_listing_form_keeps_the_author_s_choice(client, startup, startup_member):
    client.force_login(startup_member)
    client.post(reverse("startups:listing_create"), _listing_form(language="pt"))
    assert SolutionListing.objects.get(title=SPANISH[0]).language == "pt"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["zz", "klingon", "yue"])
def test_listing_form_refuses_an_unsupported_language(client, startup, startup_member, code):
    client.force_login(startup_member)
    response = client.post(reverse("startups:listing_create"), _listing_form(language=code))
    assert response.status_code == 200
    assert "language" in response.context["form"].errors
    assert not SolutionListing.objects.exists()


@pytest.mark.django_db
def test_challenge_form_left_blank_stores_the_detected_language(client, seoul, seoul_official):
    client.force_login(seoul_official)
    data = {"title": PORTUGUESE[0], "description": PORTUGUESE[1], "language": "", "sectors": ["water"]}
    assert client.post(reverse("cities:challenge_create"), data).status_code == 302
    challenge = CityChallenge.objects.get(title=PORTUGUESE[0])
    assert challenge.language == "pt"
    # An edit that names the language keeps it.
    client.post(reverse("cities:challenge_edit", args=[challenge.pk]), {**data, "language": "es"})
    assert CityChallenge.objects.get(pk=challenge.pk).language == "es"


@pytest.mark.django_db
def test_profile_forms_left_blank_store_the_detected_language(
    client, seoul, seoul_official, startup, startup_member
):
    client.force_login(seoul_official)
    data = {
        "population": 9_400_000,
        "website": "",
        "profile": KOREAN[1],
        "profile_language": "",
        "languages": ["ko"],
        "priority_sectors": ["water"],
    }
    assert client.post(reverse("cities:profile_edit"), data).status_code == 302
    assert MemberCity.objects.get(pk=seoul.pk).profile_language == "ko"

    client.force_login(startup_member)
    data = {
        "name": startup.name,
        "country": "KR",
        "founded_year": 2019,
        "stage": "growth",
        "team_size": 24,
        "website": "",
        "contact_email": "",
        "description": FRENCH[1],
        "description_language": "",
        "sectors": ["water"],
        "languages": ["fr"],
        "target_regions": ["europe"],
    }
    assert client.post(reverse("startups:profile_edit"), data).status_code == 302
    assert Startup.objects.get(pk=startup.pk).description_language == "fr"


# --- the API ---------------------------------------------------------------------------------------------

V1 = "/api/v1"


def _api(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


@pytest.mark.django_db
def test_api_listing_without_language_gets_the_detected_one(startup, startup_member):
    body = {"title": KOREAN[0], "summary": KOREAN[1], "description": KOREAN[1], "sectors": ["water"]}
    response = _api(startup_member).post(f"{V1}/solutions/", body, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["language"] == "ko"
    assert SolutionListing.objects.get(pk=response.json()["id"]).language == "ko"


@pytest.mark.django_db
def test_api_german_listing_is_stored_as_german(startup, startup_member):
    title, text = OTHER_SAMPLES[0][1:]
    client = _api(startup_member)
    detected = client.post(
        f"{V1}/solutions/",
        {"title": title, "summary": text, "description": text, "sectors": ["environment"]},
        format="json",
    )
    assert detected.status_code == 201, detected.content
    assert SolutionListing.objects.get(pk=detected.json()["id"]).language == "de"
    chosen = client.post(
        f"{V1}/solutions/",
        {
            "title": "Smart parking",
            "summary": "s",
            "description": "d",
            "language": "sw",
            "sectors": ["mobility"],
        },
        format="json",
    )
    assert chosen.status_code == 201, chosen.content
    assert SolutionListing.objects.get(pk=chosen.json()["id"]).language == "sw"


@pytest.mark.django_db
def test_listing_form_accepts_a_language_outside_the_association(client, startup, startup_member):
    client.force_login(startup_member)
    assert client.post(reverse("startups:listing_create"), _listing_form(language="de")).status_code == 302
    assert SolutionListing.objects.get(title=SPANISH[0]).language == "de"


@pytest.mark.django_db
def test_api_challenge_blank_is_detected_and_a_choice_kept(seoul, seoul_official):
    client = _api(seoul_official)
    blank = {"title": FRENCH[0], "description": FRENCH[1], "language": "", "sectors": ["safety"]}
    assert client.post(f"{V1}/challenges/", blank, format="json").json()["language"] == "fr"
    chosen = {"title": SPANISH[0], "description": SPANISH[1], "language": "en", "sectors": ["safety"]}
    created = client.post(f"{V1}/challenges/", chosen, format="json").json()
    assert CityChallenge.objects.get(pk=created["id"]).language == "en"
    # An edit that does not mention the language leaves it alone.
    client.patch(f"{V1}/challenges/{created['id']}/", {"title": "Deslizamientos"}, format="json")
    assert CityChallenge.objects.get(pk=created["id"]).language == "en"


@pytest.mark.django_db
def test_api_profile_blank_language_is_detected(seoul, seoul_official, startup, startup_member):
    response = _api(seoul_official).patch(
        f"{V1}/cities/{seoul.pk}/", {"profile": KOREAN[1], "profile_language": ""}, format="json"
    )
    assert response.status_code == 200, response.content
    assert MemberCity.objects.get(pk=seoul.pk).profile_language == "ko"
    response = _api(startup_member).patch(
        f"{V1}/startups/{startup.pk}/",
        {"description": PORTUGUESE[1], "description_language": ""},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert Startup.objects.get(pk=startup.pk).description_language == "pt"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["zz", "EN", "deu"])
def test_api_refuses_an_unsupported_language_and_stores_nothing(
    seoul, seoul_official, startup, startup_member, code
):
    response = _api(startup_member).post(
        f"{V1}/solutions/",
        {"title": "t", "summary": "s", "description": "d", "language": code},
        format="json",
    )
    assert response.status_code == 400
    assert "language" in response.json()["errors"]
    assert not SolutionListing.objects.exists()
    challenge = CityChallengeFactory(city=seoul, language="en")
    response = _api(seoul_official).patch(
        f"{V1}/challenges/{challenge.pk}/", {"title": "Changed", "language": code}, format="json"
    )
    assert response.status_code == 400 and "language" in response.json()["errors"]
    assert CityChallenge.objects.get(pk=challenge.pk).title == challenge.title
    response = _api(seoul_official).patch(
        f"{V1}/cities/{seoul.pk}/", {"profile_language": code}, format="json"
    )
    assert response.status_code == 400 and "profile_language" in response.json()["errors"]
