"""A hand-labelled cross-language evaluation set: member cities that write their profile and challenges in
Spanish, Portuguese, French, Korean, Japanese, Indonesian or English, and startups with one listing each,
written in English, Korean, Spanish, Portuguese or French. For each city, the startups a secretariat expert
would put forward: grade 2 answers one of the city's challenges, grade 1 is a sound partner for its
priorities; every other startup is 0.

How it was written: each text reads like the author's own (local place names, the administrative terms and
synonyms of its language: "movimientos en masa", "alagamentos", "eau non facturée", "독거노인", "見守り"),
not as a translation of its answer; no number, brand name or English loanword links a challenge to an
answer in another language. Every challenge has same-sector distractors in several languages (a listing in
its sector that does not answer it: street-crime cameras for a landslide warning, smart water meters for
a leak search, parking apps for traffic signals), and some answers are in the challenge's own language, so
that same-language pairs can be measured next to cross-language ones.

Same shape as eval_set.py (`matching.evaluation.EvalSet` / `build_catalogues` read it), with one more item
at the end of each city and startup: the language its texts are written in (ISO 639-1).

Used by tests/matching/test_eval_xlang.py (and by the cross-language figures of `eval_matching`)."""

from __future__ import annotations

# key: (name, country, region, population, languages, priority sectors, profile, [(challenge title, text,
#       sectors)], language of the profile and challenges)
CITIES: dict[str, tuple] = {
    "medellin": (
        "Medellín",
        "CO",
        "latin-america",
        2_600_000,
        ["es"],
        ["safety", "mobility"],
        "Medellín crece sobre las laderas del valle de Aburrá. La gestión del riesgo en temporada de "
        "lluvias, la movilidad y la seguridad ciudadana son las prioridades del plan de desarrollo.",
        [
            (
                "Alerta temprana de deslizamientos en barrios de ladera",
                "Cada temporada invernal los movimientos en masa amenazan a las familias de las comunas "
                "nororiental y centroccidental. Hoy dependemos de las llamadas de los vecinos y de las "
                "visitas técnicas del DAGRD cuando las grietas ya son visibles. Queremos instrumentar los "
                "taludes más críticos (inclinómetros, humedad del terreno, pluviómetros) y avisar a tiempo "
                "a la comunidad y a los organismos de socorro para evacuar antes de que el terreno ceda.",
                ["safety"],
            )
        ],
        "es",
    ),
    "bogota": (
        "Bogotá",
        "CO",
        "latin-america",
        7_900_000,
        ["es"],
        ["mobility", "environment"],
        "Bogotá, capital de Colombia, quiere reducir los tiempos de viaje y la congestión vehicular, "
        "fortalecer el transporte público y mejorar la calidad del aire.",
        [
            (
                "Semáforos que respondan al tráfico real",
                "En las intersecciones de la avenida Boyacá y la calle ochenta los semáforos funcionan con "
                "planes de tiempos fijos: en hora pico se forman colas interminables y de noche los carros "
                "esperan frente a cruces vacíos. Buscamos un control semafórico adaptativo que ajuste los "
                "ciclos y la duración del verde según los aforos vehiculares medidos al instante, "
                "coordinado a lo largo de los corredores principales.",
                ["mobility"],
            )
        ],
        "es",
    ),
    "guadalajara": (
        "Guadalajara",
        "MX",
        "latin-america",
        1_400_000,
        ["es"],
        ["environment", "mobility"],
        "Guadalajara, en el occidente de México, busca un servicio de aseo público más eficiente, calles "
        "más limpias y una mejor movilidad metropolitana.",
        [
            (
                "Rutas de recolección según el llenado de los contenedores",
                "Los camiones recolectores recorren rutas fijas: pasan por contenedores medio vacíos "
                "mientras otros se desbordan junto a los tianguis y en las colonias populares. Queremos "
                "conocer el "
                "nivel de llenado de cada contenedor y planear cada día las rutas de recolección, para "
                "ahorrar combustible y que la basura no termine en la banqueta.",
                ["environment"],
            )
        ],
        "es",
    ),
    "recife": (
        "Recife",
        "BR",
        "latin-america",
        1_650_000,
        ["pt"],
        ["water", "safety", "e-government"],
        "Recife é uma cidade de rios, mangues e morros. Reduzir o risco de alagamentos e deslizamentos e "
        "ouvir a população nas decisões da prefeitura são prioridades da gestão.",
        [
            (
                "Alerta de alagamentos nos bairros baixos",
                "Nas chuvas de inverno, os canais e as galerias transbordam e os bairros próximos ao "
                "Capibaribe e ao Beberibe ficam debaixo d'água em poucas horas. A Defesa Civil precisa "
                "acompanhar o nível dos rios e dos canais e avisar os moradores das áreas de risco antes "
                "que a água suba.",
                ["water", "safety"],
            ),
            (
                "Ouvir os moradores na escolha das obras",
                "Queremos que a população de cada bairro indique e vote as prioridades de investimento da "
                "prefeitura, pela internet e nos encontros presenciais, e depois acompanhe o andamento das "
                "obras escolhidas.",
                ["e-government"],
            ),
        ],
        "pt",
    ),
    "porto": (
        "Porto",
        "PT",
        "europe",
        232_000,
        ["pt", "en"],
        ["energy", "culture-tourism"],
        "O Porto quer baixar o consumo de energia dos edifícios e espaços públicos e gerir melhor a "
        "pressão turística no centro histórico.",
        [
            (
                "Baixar a fatura da iluminação pública",
                "A iluminação das ruas é uma das maiores despesas de eletricidade do município: candeeiros "
                "antigos de vapor de sódio ficam acesos na potência máxima a noite inteira e as avarias só "
                "são conhecidas quando os moradores se queixam. Procuramos luminárias eficientes, com "
                "redução do fluxo luminoso durante a madrugada e gestão remota de cada ponto de luz.",
                ["energy"],
            )
        ],
        "pt",
    ),
    "curitiba": (
        "Curitiba",
        "BR",
        "latin-america",
        1_950_000,
        ["pt", "es"],
        ["health", "mobility"],
        "Curitiba é referência em transporte coletivo e planejamento urbano; agora quer modernizar o "
        "atendimento na saúde pública e a informação aos passageiros.",
        [
            (
                "Acabar com as filas nas unidades de saúde",
                "Nas unidades básicas de saúde, os moradores chegam de madrugada para conseguir uma ficha de "
                "atendimento. Queremos agendamento de consultas pela internet e pelo celular, lembretes e "
                "uma fila organizada por ordem de chamada, com dados para a secretaria redistribuir os "
                "médicos entre as unidades.",
                ["health"],
            ),
            (
                "Previsão de chegada dos ônibus nos pontos",
                "Os passageiros esperam nos pontos e nos terminais sem saber quando o próximo ônibus vai "
                "passar. Queremos rastrear a frota e informar a previsão de chegada nos painéis das "
                "estações-tubo e no celular, além de dar à URBS um painel para acompanhar o intervalo entre "
                "os veículos.",
                ["mobility"],
            ),
        ],
        "pt",
    ),
    "dakar": (
        "Dakar",
        "SN",
        "africa",
        1_150_000,
        ["fr", "wo"],
        ["water", "mobility"],
        "Dakar, capitale du Sénégal, fait face à une croissance urbaine rapide. L'accès à l'eau potable, "
        "l'assainissement et les transports en commun sont nos priorités.",
        [
            (
                "Réduire les pertes sur le réseau d'eau potable",
                "Près d'un tiers de l'eau produite n'est jamais facturée : des fuites invisibles sur des "
                "conduites vieillissantes, souvent sous la chaussée, que nos équipes découvrent trop tard. "
                "Nous cherchons à repérer les fuites par écoute du réseau et à surveiller la pression par "
                "secteur afin d'intervenir avant la casse.",
                ["water"],
            )
        ],
        "fr",
    ),
    "abidjan": (
        "Abidjan",
        "CI",
        "africa",
        4_700_000,
        ["fr"],
        ["environment", "mobility"],
        "Abidjan, capitale économique de la Côte d'Ivoire, veut améliorer la qualité de l'air, la gestion "
        "des déchets et les déplacements de ses habitants.",
        [
            (
                "Mesurer la pollution de l'air dans les quartiers",
                "La circulation, les fumées des fours de fumage du poisson et la poussière des chantiers "
                "dégradent l'air de la ville, qui ne compte que quelques stations de mesure. Nous voulons "
                "un maillage de capteurs de particules fines peu coûteux dans chaque commune et une carte "
                "publique pour informer les habitants et cibler nos actions.",
                ["environment"],
            )
        ],
        "fr",
    ),
    "casablanca": (
        "Casablanca",
        "MA",
        "africa",
        3_300_000,
        ["ar", "fr"],
        ["e-government", "urban-planning", "mobility"],
        "Casablanca, première ville du Maroc, modernise son administration et son urbanisme et cherche à "
        "fluidifier la circulation.",
        [
            (
                "Dématérialiser les demandes de permis de construire",
                "Les dossiers de permis de construire circulent encore sur papier entre l'arrondissement, "
                "l'agence urbaine et les services techniques ; les pétitionnaires se déplacent plusieurs "
                "fois sans savoir où en est leur dossier. Nous voulons un guichet en ligne pour déposer les "
                "plans, suivre l'instruction et recevoir l'autorisation signée électroniquement.",
                ["e-government", "urban-planning"],
            )
        ],
        "fr",
    ),
    "lyon": (
        "Lyon",
        "FR",
        "europe",
        520_000,
        ["fr", "en"],
        ["mobility", "environment"],
        "La Métropole de Lyon veut apaiser la circulation dans le centre et améliorer la qualité de l'air.",
        [
            (
                "Moins de temps perdu à chercher une place",
                "Dans la Presqu'île, une part importante de la circulation vient d'automobilistes qui "
                "tournent en rond à la recherche d'une place. Nous souhaitons connaître en direct "
                "l'occupation des places sur voirie, orienter les conducteurs vers les places libres et "
                "donner aux agents chargés du contrôle une vue des dépassements de durée.",
                ["mobility"],
            )
        ],
        "fr",
    ),
    "busan": (
        "Busan",
        "KR",
        "asia-pacific",
        3_300_000,
        ["ko", "en"],
        ["health", "safety"],
        "부산은 초고령 사회에 들어선 항구 도시로, 어르신 돌봄과 재난 안전을 시정의 중점 과제로 추진하고 "
        "있습니다.",
        [
            (
                "홀로 사는 어르신 안부 확인",
                "부산은 광역시 가운데 고령 인구 비율이 가장 높고, 혼자 사는 어르신이 해마다 늘고 있습니다. "
                "복지관 인력만으로는 매일 안부를 살피기 어렵습니다. 집 안에서 움직임이나 전기 사용이 "
                "오랫동안 없으면 담당 사회복지사와 가족에게 알려 주는 돌봄 서비스를 찾고 있습니다.",
                ["health"],
            )
        ],
        "ko",
    ),
    "seoul": (
        "Seoul",
        "KR",
        "asia-pacific",
        9_400_000,
        ["ko", "en"],
        ["environment", "mobility"],
        "서울은 공동주택 비율이 높은 대도시로, 생활폐기물 감량과 대중교통 개선, 미세먼지 저감을 주요 "
        "과제로 삼고 있습니다.",
        [
            (
                "공동주택 음식물 쓰레기 줄이기",
                "아파트 단지에서 나오는 음식물 쓰레기가 구 전체 배출량의 대부분을 차지합니다. 세대별로 버린 "
                "양을 재서 그만큼 수수료를 내는 종량제를 모든 단지로 넓히고, 수거 차량이 가득 찬 수거함만 "
                "돌도록 하고 싶습니다.",
                ["environment"],
            )
        ],
        "ko",
    ),
    "jeju": (
        "Jeju",
        "KR",
        "asia-pacific",
        490_000,
        ["ko"],
        ["culture-tourism", "environment"],
        "제주는 자연 관광지가 많은 섬으로, 과잉 관광 관리와 청정 환경 보전을 도정의 핵심 과제로 삼고 "
        "있습니다.",
        [
            (
                "관광지 혼잡 분산",
                "성수기에는 유명 오름과 해변, 올레길 입구에 관광객이 몰려 주민 불편과 교통 체증이 "
                "심각합니다. 장소별 방문객 수를 바로바로 파악하고, 붐비는 시간대를 관광객에게 미리 알려 "
                "덜 붐비는 곳으로 발길을 돌리게 하고 싶습니다.",
                ["culture-tourism"],
            )
        ],
        "ko",
    ),
    "kyoto": (
        "Kyoto",
        "JP",
        "asia-pacific",
        1_460_000,
        ["ja"],
        ["culture-tourism", "health"],
        "京都市は歴史的な町並みと多くの観光客を抱える都市で、観光と市民生活の両立、高齢者福祉の充実に"
        "取り組んでいます。",
        [
            (
                "一人暮らし高齢者の見守り",
                "市内では一人暮らしの高齢者が増え、民生委員の訪問だけでは日々の安否確認が追いつきません。"
                "室内の人の動きや電気の使用状況から異変を察知し、家族や地域包括支援センターに知らせる"
                "見守りの仕組みを求めています。",
                ["health"],
            ),
            (
                "観光地の混雑対策",
                "人気の寺社や商店街に観光客が集中し、住民の暮らしや市バスの運行に支障が出ています。場所ごと"
                "の人の流れと混み具合を把握し、時間帯ごとの混雑状況を観光客に知らせて分散を促したいと"
                "考えています。",
                ["culture-tourism"],
            ),
        ],
        "ja",
    ),
    "jakarta": (
        "Jakarta",
        "ID",
        "asia-pacific",
        10_500_000,
        ["id"],
        ["water", "environment", "mobility"],
        "Jakarta adalah kota pesisir yang padat penduduk; penanganan banjir, kemacetan, dan pengelolaan "
        "sampah menjadi prioritas pemerintah provinsi.",
        [
            (
                "Peringatan dini banjir untuk permukiman bantaran sungai",
                "Setiap musim hujan, Ciliwung dan kali-kali lain meluap dan merendam permukiman padat di "
                "bantaran sungai. Kami membutuhkan pemantauan tinggi muka air di pintu air dan di sungai "
                "secara langsung, prakiraan genangan, serta peringatan kepada warga dan petugas agar "
                "evakuasi bisa dilakukan lebih awal.",
                ["water", "safety"],
            )
        ],
        "id",
    ),
    "kigali": (
        "Kigali",
        "RW",
        "africa",
        1_200_000,
        ["en", "fr", "rw"],
        ["e-government", "urban-planning"],
        "Kigali is a fast-growing, well-planned capital that is moving its public services online and "
        "expanding affordable housing.",
        [
            (
                "Faster construction approvals",
                "Developers wait months for construction approvals because applications travel on paper "
                "between the one-stop centre and the district engineers. We want plans submitted "
                "electronically, automatic completeness checks, and a way for applicants to follow each "
                "review step.",
                ["e-government", "urban-planning"],
            )
        ],
        "en",
    ),
    "makati": (
        "Makati",
        "PH",
        "asia-pacific",
        630_000,
        ["en", "tl"],
        ["mobility", "e-government"],
        "Makati is a dense business district where traffic congestion costs commuters hours every day.",
        [
            (
                "Ease gridlock at business district junctions",
                "The intersections around Ayala Avenue still run on fixed timings set years ago, and at rush "
                "hour traffic enforcers override them by hand. We want signals that respond to actual "
                "demand, adjusting cycle lengths from detector data, with a control room view for the "
                "traffic management office.",
                ["mobility"],
            )
        ],
        "en",
    ),
}

# key: (country, languages, target regions, listing title, text, sectors, maturity 0-2,
#       [(deployment region, population)], language of the listing)
STARTUPS: dict[str, tuple] = {
    # --- safety
    "sanbit": (
        "KR",
        ["ko", "en"],
        ["asia-pacific", "latin-america"],
        "산사태 조기경보 시스템",
        "급경사지와 절개 사면에 지표 변위계, 기울기 센서, 토양 함수량 센서를 설치하고 강우량을 함께 "
        "분석해 붕괴 위험을 단계별로 판단합니다. 위험 단계에 이르면 지자체 재난안전상황실과 인근 주민에게 "
        "문자와 마을 방송으로 대피를 알립니다. 강원도와 경북 산간 마을에서 운영 중입니다.",
        ["safety"],
        2,
        [("asia-pacific", 280_000)],
        "ko",
    ),
    "terrasense": (
        "CH",
        ["en", "fr", "de"],
        ["europe", "latin-america", "asia-pacific"],
        "Ground movement monitoring for unstable slopes",
        "Wireless tiltmeters, piezometers and rain gauges on hillsides and road cuttings report every few "
        "minutes. When movement accelerates after heavy rain, the platform raises staged alarms for civil "
        "protection teams and pushes evacuation warnings to residents' phones.",
        ["safety"],
        2,
        [("europe", 150_000), ("latin-america", 900_000)],
        "en",
    ),
    "vigia": (
        "CO",
        ["es"],
        ["latin-america"],
        "Videovigilancia inteligente para el espacio público",
        "Cámaras con analítica de video que detectan riñas, hurtos y aglomeraciones en parques y "
        "estaciones, y alertan a la central de monitoreo de la policía en segundos.",
        ["safety"],
        2,
        [("latin-america", 2_500_000)],
        "es",
    ),
    "bulkkot": (
        "KR",
        ["ko"],
        ["asia-pacific"],
        "전통시장 화재 조기 감지",
        "시장 점포 천장에 열화상 카메라와 연기 감지기를 달아 불꽃과 과열을 찾아내고, 관할 소방서와 "
        "상인회에 즉시 알립니다.",
        ["safety"],
        2,
        [("asia-pacific", 3_300_000)],
        "ko",
    ),
    # --- water
    "mulsori": (
        "KR",
        ["ko", "en"],
        ["asia-pacific", "africa"],
        "상수도 누수 탐지",
        "관로에 청음식 누수 센서를 부착해 밤사이 누수음을 수집하고, 블록별 유량과 수압을 감시해 누수 "
        "의심 구간을 지도에 표시합니다. 정수장에서 만든 물이 요금으로 이어지지 못하는 유수율 문제를 "
        "줄여 줍니다.",
        ["water"],
        2,
        [("asia-pacific", 1_100_000)],
        "ko",
    ),
    "pipelisten": (
        "GB",
        ["en"],
        ["europe", "africa"],
        "Acoustic leak detection for water mains",
        "Acoustic loggers clipped to valves and hydrants listen to the network overnight; correlation "
        "pinpoints hidden leaks to within a few metres, and pressure monitoring per district metered area "
        "shows where bursts are likely.",
        ["water"],
        2,
        [("europe", 2_000_000), ("africa", 700_000)],
        "en",
    ),
    "medimos": (
        "MX",
        ["es", "en"],
        ["latin-america"],
        "Medición inteligente del agua",
        "Medidores con lectura remota para los usuarios del organismo operador: consumo por hora, "
        "detección de tomas clandestinas y facturación sin lecturistas.",
        ["water"],
        2,
        [("latin-america", 1_300_000)],
        "es",
    ),
    "sumun": (
        "KR",
        ["ko", "en"],
        ["asia-pacific"],
        "하천 수위 감시와 침수 예·경보",
        "하천과 저지대 도로에 수위계와 강우량계를 설치하고 상류 수위 변화를 분석해 범람 가능성을 미리 "
        "예측합니다. 위험 수위에 가까워지면 지자체 상황실과 주민에게 대피 안내를 보내고, 지하차도 진입 "
        "차단 시설과도 연동됩니다.",
        ["water", "safety"],
        2,
        [("asia-pacific", 1_500_000)],
        "ko",
    ),
    "drainwise": (
        "NL",
        ["en", "nl"],
        ["europe", "asia-pacific"],
        "Street flooding forecasts from drain sensors",
        "Level sensors in storm drains, canals and culverts, combined with rainfall radar, forecast which "
        "streets will flood in the coming hours; crews and people in low-lying areas are warned before the "
        "water comes up.",
        ["water", "safety"],
        1,
        [("europe", 620_000), ("asia-pacific", 2_100_000)],
        "en",
    ),
    "cotarios": (
        "BR",
        ["pt", "es"],
        ["latin-america"],
        "Monitoramento de rios e alertas à Defesa Civil",
        "Réguas eletrônicas e pluviômetros automáticos medem o nível de rios e córregos a cada cinco "
        "minutos; quando a cota de alerta é atingida, a Defesa Civil e os moradores cadastrados recebem "
        "mensagens com orientações de evacuação.",
        ["water", "safety"],
        1,
        [("latin-america", 800_000)],
        "pt",
    ),
    # --- environment
    "ssaegi": (
        "KR",
        ["ko"],
        ["asia-pacific"],
        "음식물 쓰레기 종량기",
        "세대별 카드를 대면 투입구가 열리고 버린 무게만큼 수수료가 부과되는 계량형 수거기입니다. "
        "적재량이 차면 관리사무소와 수거 업체에 알려 주며, 여러 구청의 공동주택 단지에 설치되어 있습니다.",
        ["environment"],
        2,
        [("asia-pacific", 600_000)],
        "ko",
    ),
    "kilokeeper": (
        "FI",
        ["en", "fi"],
        ["europe", "asia-pacific"],
        "Weigh-as-you-throw food waste bins",
        "Households open our bins with a resident card; each deposit is weighed and charged to the "
        "household, and full bins call the collection crew. Food waste fell by a quarter in the apartment "
        "blocks that adopted it.",
        ["environment"],
        2,
        [("europe", 650_000)],
        "en",
    ),
    "cheio": (
        "BR",
        ["pt", "es"],
        ["latin-america"],
        "Sensores de enchimento e roteirização da coleta de lixo",
        "Sensores ultrassônicos instalados na tampa medem quanto lixo há em cada contêiner; o sistema monta "
        "diariamente os roteiros dos caminhões apenas com os contêineres cheios e aponta os pontos críticos "
        "para a fiscalização.",
        ["environment"],
        2,
        [("latin-america", 1_200_000)],
        "pt",
    ),
    "binroute": (
        "IE",
        ["en"],
        ["europe", "africa", "asia-pacific"],
        "Fill-level sensing and dynamic collection routes",
        "Battery-powered sensors report how full each street bin and container is; every morning our "
        "software plans truck rounds that visit only those that need emptying, cutting kilometres driven "
        "and overflowing bins.",
        ["environment"],
        2,
        [("europe", 550_000)],
        "en",
    ),
    "reciclaya": (
        "AR",
        ["es"],
        ["latin-america"],
        "Reciclaje en casa",
        "Aplicación de educación ambiental que enseña a separar los residuos, muestra los puntos verdes del "
        "barrio y premia a los vecinos que reciclan.",
        ["environment"],
        1,
        [],
        "es",
    ),
    "gonggi": (
        "KR",
        ["ko", "en"],
        ["asia-pacific", "africa"],
        "촘촘한 미세먼지 측정망",
        "학교와 버스정류장, 골목마다 소형 미세먼지 측정기를 설치해 초미세먼지 농도를 동네 단위로 보여 "
        "줍니다. 측정값은 공개 지도로 제공되고, 오염이 심한 곳을 찾아 살수차 운행이나 공사장 단속에 "
        "활용합니다.",
        ["environment"],
        2,
        [("asia-pacific", 2_400_000)],
        "ko",
    ),
    "airmesh": (
        "IN",
        ["en", "hi"],
        ["asia-pacific", "africa"],
        "Low-cost air quality sensor networks",
        "Solar-powered particulate sensors mounted on street poles measure PM2.5 and PM10 street by street; "
        "an open dashboard maps pollution hotspots for residents and officials.",
        ["environment"],
        2,
        [("asia-pacific", 1_800_000)],
        "en",
    ),
    "sonore": (
        "FR",
        ["fr", "en"],
        ["europe", "africa"],
        "Cartographie du bruit nocturne",
        "Des capteurs acoustiques mesurent en continu le bruit des rues animées la nuit et produisent des "
        "cartes pour les médiateurs et la police municipale.",
        ["environment"],
        1,
        [],
        "fr",
    ),
    # --- energy
    "gilbit": (
        "KR",
        ["ko", "en"],
        ["asia-pacific", "europe"],
        "원격 제어 스마트 가로등",
        "LED 가로등마다 통신 제어기를 달아 관제 화면에서 점등과 소등, 밝기를 조절하고, 심야에는 "
        "자동으로 밝기를 낮춰 전기요금을 줄입니다. 고장 난 등은 바로 알려 주어 보수 기간이 짧아집니다.",
        ["energy"],
        2,
        [("asia-pacific", 1_000_000)],
        "ko",
    ),
    "lumiville": (
        "FR",
        ["fr", "en"],
        ["europe", "africa"],
        "Éclairage public piloté à distance",
        "Nos contrôleurs installés sur chaque lanterne permettent d'abaisser l'intensité au cœur de la "
        "nuit, de programmer les horaires d'allumage et de signaler les pannes ; les communes équipées "
        "divisent leur consommation d'électricité pour l'éclairage.",
        ["energy"],
        2,
        [("europe", 300_000)],
        "fr",
    ),
    "chargehub": (
        "DE",
        ["de", "en"],
        ["europe"],
        "Charging hubs for municipal car parks",
        "Electric vehicle chargers for council car parks, with load management and billing for residents "
        "and fleets.",
        ["energy", "mobility"],
        2,
        [("europe", 500_000)],
        "en",
    ),
    "solescola": (
        "BR",
        ["pt"],
        ["latin-america", "europe"],
        "Energia solar nas escolas públicas",
        "Instalamos painéis fotovoltaicos nos telhados das escolas municipais e acompanhamos a geração e o "
        "consumo de cada unidade num painel online.",
        ["energy", "education"],
        2,
        [("latin-america", 400_000)],
        "pt",
    ),
    # --- mobility
    "sinho": (
        "KR",
        ["ko", "en"],
        ["asia-pacific", "latin-america"],
        "실시간 교통 신호 제어",
        "교차로마다 영상 검지기와 루프 검지기로 방향별 교통량과 대기 행렬 길이를 측정하고, 신호 주기와 "
        "녹색 시간을 매 주기 자동으로 조정합니다. 간선도로의 연속 교차로를 연동해 정체를 줄이며, 국내 "
        "여러 도시의 교통정보센터에서 쓰이고 있습니다.",
        ["mobility"],
        2,
        [("asia-pacific", 2_500_000)],
        "ko",
    ),
    "greenwave": (
        "SG",
        ["en", "zh"],
        ["asia-pacific"],
        "Adaptive traffic signal control",
        "Our controllers retime green phases cycle by cycle from live vehicle counts at each junction and "
        "coordinate neighbouring junctions along arterial roads, cutting queues and travel times at peak "
        "hours.",
        ["mobility"],
        2,
        [("asia-pacific", 700_000)],
        "en",
    ),
    "aparca": (
        "ES",
        ["es", "en"],
        ["europe", "latin-america"],
        "Aparcamiento inteligente en la calle",
        "Sensores en cada plaza de aparcamiento regulado detectan si está libre u ocupada; la aplicación "
        "guía a los conductores hasta la plaza más cercana y permite pagar desde el móvil. Menos vueltas "
        "buscando sitio, menos tráfico en el centro.",
        ["mobility"],
        2,
        [("europe", 800_000)],
        "es",
    ),
    "placelibre": (
        "FR",
        ["fr"],
        ["europe", "africa"],
        "Stationnement connecté",
        "Des capteurs au sol sur chaque place détectent l'occupation ; des panneaux dynamiques et une "
        "application guident les automobilistes vers les places disponibles, et les agents de surveillance "
        "voient en direct les véhicules qui dépassent la durée autorisée.",
        ["mobility"],
        2,
        [("europe", 350_000)],
        "fr",
    ),
    "beoseu": (
        "KR",
        ["ko", "en", "es"],
        ["asia-pacific", "latin-america"],
        "버스 도착 정보 안내",
        "버스에 단말기를 달아 차량 위치를 실시간으로 수집하고, 정류장 안내 전광판과 휴대전화로 도착 예정 "
        "시간을 알려 줍니다. 배차 간격과 운행 기록을 분석하는 운수회사용 관제 화면도 제공합니다.",
        ["mobility"],
        2,
        [("asia-pacific", 3_000_000)],
        "ko",
    ),
    "transitlive": (
        "CA",
        ["fr", "en"],
        ["north-america", "latin-america", "europe"],
        "Suivi des autobus en temps réel",
        "Des boîtiers de localisation à bord de chaque autobus alimentent les prévisions d'arrivée affichées "
        "aux arrêts, dans une application pour les usagers et en données ouvertes ; les régulateurs voient "
        "sur une carte les écarts de fréquence et les autobus qui se suivent.",
        ["mobility"],
        2,
        [("north-america", 1_000_000)],
        "fr",
    ),
    # --- health
    "ansim": (
        "KR",
        ["ko", "ja"],
        ["asia-pacific"],
        "독거노인 안심 돌봄",
        "거실과 화장실에 동작 감지 센서와 문 열림 센서를 설치하고, 인공지능 스피커가 날마다 안부를 "
        "묻습니다. 일정 시간 활동이 없거나 응급 호출이 있으면 생활지원사와 보호자에게 바로 연락합니다.",
        ["health"],
        2,
        [("asia-pacific", 2_500_000)],
        "ko",
    ),
    "georeum": (
        "KR",
        ["ko"],
        ["asia-pacific"],
        "걸음 수로 쌓는 건강 포인트",
        "주민이 휴대전화로 걷기와 운동 기록을 남기면 보건소가 건강 포인트를 지급하고, 모은 포인트는 "
        "지역 상품권으로 바꿔 쓸 수 있는 건강 생활 실천 서비스입니다.",
        ["health"],
        2,
        [("asia-pacific", 1_000_000)],
        "ko",
    ),
    "carecheck": (
        "GB",
        ["en"],
        ["europe", "asia-pacific"],
        "Remote check-ins for older people living alone",
        "Discreet motion and door sensors learn each person's daily routine; if the home stays still for "
        "too long, or a pendant alarm is pressed, carers and family are called at once, and a friendly "
        "daily phone call checks on wellbeing.",
        ["health"],
        2,
        [("europe", 900_000)],
        "en",
    ),
    "turnos": (
        "AR",
        ["es", "pt"],
        ["latin-america"],
        "Turnos en línea para centros de salud",
        "Los pacientes piden turno desde el teléfono o la web, reciben recordatorios y esperan su llamado "
        "en una sala de espera virtual; los centros de atención primaria ven la demanda por especialidad y "
        "reducen las ausencias.",
        ["health"],
        2,
        [("latin-america", 1_400_000)],
        "es",
    ),
    # --- e-government
    "permitflow": (
        "EE",
        ["en", "et", "ru"],
        ["europe", "africa", "central-asia"],
        "Online building permit portal",
        "Applicants file building permit applications online with digital forms and drawings; planners "
        "review them in one workflow, and applicants track the status of their file until the permit is "
        "issued.",
        ["e-government", "urban-planning"],
        2,
        [("europe", 430_000)],
        "en",
    ),
    "curaduria": (
        "CO",
        ["es"],
        ["latin-america", "africa"],
        "Licencias de construcción en línea",
        "Las curadurías urbanas y las secretarías de planeación reciben la radicación digital de planos y "
        "documentos, revisan el trámite por etapas y expiden la licencia con firma electrónica; el "
        "ciudadano consulta en qué va su solicitud.",
        ["e-government", "urban-planning"],
        2,
        [("latin-america", 2_500_000)],
        "es",
    ),
    "minwon": (
        "KR",
        ["ko"],
        ["asia-pacific"],
        "민원 상담 챗봇",
        "주민이 자주 묻는 민원 절차와 구비 서류를 밤낮없이 답해 주는 대화형 상담 서비스로, 구청 누리집과 "
        "메신저에서 바로 이용할 수 있습니다.",
        ["e-government"],
        2,
        [("asia-pacific", 400_000)],
        "ko",
    ),
    "voto": (
        "AR",
        ["es", "pt"],
        ["latin-america"],
        "Presupuesto participativo en línea",
        "Los vecinos proponen proyectos para su barrio, los debaten en asambleas virtuales y votan desde el "
        "celular; el municipio publica el avance de los proyectos ganadores en un tablero abierto.",
        ["e-government"],
        1,
        [],
        "es",
    ),
    # --- culture & tourism
    "honjap": (
        "KR",
        ["ko", "en", "ja"],
        ["asia-pacific"],
        "관광지 실시간 혼잡도 안내",
        "입구와 주차장에 유동인구 계수기를 설치하고 통신사 이동 데이터를 결합해 관광지별 혼잡도를 "
        "실시간으로 보여 줍니다. 붐빌 때는 주변의 한산한 명소를 추천하는 안내 화면과 모바일 알림을 "
        "제공합니다.",
        ["culture-tourism"],
        1,
        [],
        "ko",
    ),
    "footfall": (
        "IT",
        ["it", "en"],
        ["europe", "asia-pacific"],
        "Visitor flow counting for busy destinations",
        "Anonymous people counters at gates, squares and beaches measure footfall minute by minute; a "
        "public crowding indicator and forecasts nudge visitors towards quieter hours and places.",
        ["culture-tourism"],
        2,
        [("europe", 1_000_000)],
        "en",
    ),
    "aforo": (
        "ES",
        ["es", "en"],
        ["europe", "latin-america", "asia-pacific"],
        "Aforo en tiempo real para playas y cascos históricos",
        "Contamos a los visitantes con sensores en los accesos de playas, miradores y calles del casco "
        "antiguo, mostramos la ocupación en un mapa público y avisamos cuando un lugar está lleno para "
        "repartir la afluencia.",
        ["culture-tourism"],
        1,
        [("europe", 400_000)],
        "es",
    ),
    "audioguia": (
        "PT",
        ["pt", "en", "fr"],
        ["europe"],
        "Audio guides for museums and monuments",
        "Multilingual audio trails for museums, churches and old town walks, played on the visitor's own "
        "phone, with a simple editor for curators.",
        ["culture-tourism"],
        2,
        [("europe", 230_000)],
        "en",
    ),
}

# Grades per city: 2 answers one of its challenges, 1 a sound partner for its priorities; the rest 0.
JUDGEMENTS: dict[str, dict[str, int]] = {
    "medellin": {"sanbit": 2, "terrasense": 2, "sumun": 1, "cotarios": 1},
    "bogota": {"sinho": 2, "greenwave": 2, "aparca": 1, "beoseu": 1},
    "guadalajara": {"cheio": 2, "binroute": 2, "reciclaya": 1, "ssaegi": 1},
    "recife": {"sumun": 2, "drainwise": 2, "cotarios": 2, "voto": 2, "sanbit": 1, "terrasense": 1},
    "porto": {"gilbit": 2, "lumiville": 2, "solescola": 1, "footfall": 1},
    "curitiba": {"turnos": 2, "beoseu": 2, "transitlive": 2},
    "dakar": {"mulsori": 2, "pipelisten": 2, "medimos": 1},
    "abidjan": {"gonggi": 2, "airmesh": 2, "sonore": 1, "binroute": 1},
    "casablanca": {"permitflow": 2, "curaduria": 2, "minwon": 1, "sinho": 1},
    "lyon": {"placelibre": 2, "aparca": 2, "greenwave": 1},
    "busan": {"ansim": 2, "carecheck": 2, "turnos": 1, "bulkkot": 1},
    "seoul": {"ssaegi": 2, "kilokeeper": 2, "cheio": 1, "binroute": 1, "gonggi": 1},
    "jeju": {"honjap": 2, "footfall": 2, "aforo": 2},
    "kyoto": {"ansim": 2, "carecheck": 2, "honjap": 2, "footfall": 2, "aforo": 2, "turnos": 1},
    "jakarta": {"sumun": 2, "drainwise": 2, "cotarios": 2, "binroute": 1},
    "kigali": {"permitflow": 2, "curaduria": 2, "minwon": 1},
    "makati": {"greenwave": 2, "sinho": 2, "aparca": 1, "placelibre": 1, "beoseu": 1, "transitlive": 1},
}
