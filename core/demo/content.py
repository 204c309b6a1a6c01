"""Believable demo texts for WeGo Match: solution listings, city challenges, startups and city profiles.

Pure Python (no Django), so the demo loader, the matching evaluation and the tests can all use it. Every
function draws only from the ``random.Random`` it is given, so one seed reproduces the same world.

The texts are built from archetypes: a kind of product (``SOLUTION_ARCHETYPES``) or a kind of municipal need
(``CHALLENGE_ARCHETYPES``) with title variants and stand-alone sentences ("fragments") per language. A listing
or a challenge samples and orders those fragments, so thousands of texts read differently while keeping the
archetype's vocabulary. ``ChallengeArchetype.answered_by`` names the solution archetypes whose products meet
the need; the matching evaluation uses it as ground truth, so a challenge and its answers share their domain
terms and different archetypes use different ones.

Layout: constants and data classes, the public functions, one data block per sector (its solution
archetypes followed by the challenges they answer), startup names, sentence templates, and at the end the
catalogue that gathers the sector blocks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal, TypedDict, TypeVar

SECTORS: dict[str, str] = {
    "e-government": "E-government & administration",
    "mobility": "Mobility & transport",
    "environment": "Environment & waste",
    "water": "Water",
    "energy": "Energy",
    "safety": "Safety & disaster response",
    "health": "Health & welfare",
    "education": "Education",
    "culture-tourism": "Culture & tourism",
    "urban-planning": "Urban planning & infrastructure",
    "data-digital": "Data & digital infrastructure",
    "economy-jobs": "Economy & jobs",
}
LANGUAGES: tuple[str, ...] = ("en", "ko", "es", "pt", "fr")
MATURITIES: tuple[str, ...] = ("concept", "pilot", "deployed")
PRICING_MODELS: tuple[str, ...] = (
    "subscription",
    "licence",
    "per-unit",
    "revenue-share",
    "free-pilot",
    "custom",
)

TITLE_MAX = 120
SUMMARY_MAX = 280
LISTING_DESCRIPTION_CHARS = (400, 1500)
CHALLENGE_DESCRIPTION_CHARS = (300, 1200)


@dataclass(frozen=True)
class SolutionText:
    """One language's text for a solution archetype; ``{brand}`` is replaced by the startup's brand."""

    titles: list[str]
    summaries: list[str]
    fragments: list[str]


@dataclass(frozen=True)
class SolutionArchetype:
    key: str
    sector: str
    extra_sectors: list[str]
    maturity_hint: str
    texts: dict[str, SolutionText]

    @property
    def sectors(self) -> list[str]:
        return [self.sector, *self.extra_sectors]


@dataclass(frozen=True)
class ChallengeText:
    """One language's text for a challenge archetype; ``{city}`` is replaced by the city's name.

    The first fragment states the problem and always opens the description; the others are sampled.
    """

    titles: list[str]
    fragments: list[str]


@dataclass(frozen=True)
class ChallengeArchetype:
    key: str
    sector: str
    extra_sectors: list[str]
    answered_by: list[str]
    texts: dict[str, ChallengeText]

    @property
    def sectors(self) -> list[str]:
        return [self.sector, *self.extra_sectors]


class GeneratedListing(TypedDict):
    archetype: str
    title: str
    summary: str
    description: str
    language: str
    sectors: list[str]
    maturity: str
    pricing_model: str


class GeneratedChallenge(TypedDict):
    archetype: str
    title: str
    description: str
    language: str
    sectors: list[str]


_Archetype = TypeVar("_Archetype", SolutionArchetype, ChallengeArchetype)


# --- Public functions ------------------------------------------------------------------------------------


def archetypes_for_sector(sector: str, language: str | None = None) -> list[str]:
    """Keys of the solution archetypes whose primary sector is ``sector`` (with a text in ``language``)."""
    _check_sector(sector)
    return [a.key for a in SOLUTION_ARCHETYPES if a.sector == sector and language in (None, *a.texts)]


def challenge_archetypes_for_sector(sector: str, language: str | None = None) -> list[str]:
    """Keys of the challenge archetypes whose primary sector is ``sector`` (with a text in ``language``)."""
    _check_sector(sector)
    return [a.key for a in CHALLENGE_ARCHETYPES if a.sector == sector and language in (None, *a.texts)]


def solution_listing(
    rng: random.Random,
    *,
    archetype_key: str | None = None,
    sector: str | None = None,
    brand: str,
    language: str = "en",
) -> GeneratedListing:
    """A solution listing's texts and attributes, from one archetype.

    ``archetype_key`` picks the archetype; without it one is drawn from ``sector`` (or from all), preferring
    those written in ``language``. When the archetype has no text in ``language`` the listing is written in
    English and its ``language`` is ``"en"``.
    """
    if archetype_key is None:
        archetype = _pick_archetype(rng, SOLUTION_ARCHETYPES, sector=sector, language=language)
    else:
        archetype = _SOLUTIONS_BY_KEY[archetype_key]
    language = language if language in archetype.texts else "en"
    text = archetype.texts[language]
    maturity = _maturity(rng, archetype.maturity_hint)
    pricing_model = _pricing_model(rng, maturity)
    closing = rng.choice(PRICING_SENTENCES[language][pricing_model])
    low, high = LISTING_DESCRIPTION_CHARS
    return {
        "archetype": archetype.key,
        "title": _pick_fitting(rng, [t.format(brand=brand) for t in text.titles], TITLE_MAX),
        "summary": _pick_fitting(rng, [s.format(brand=brand) for s in text.summaries], SUMMARY_MAX),
        "description": _compose(
            rng, [f.format(brand=brand) for f in text.fragments], closing=closing, low=low, high=high
        ),
        "language": language,
        "sectors": archetype.sectors,
        "maturity": maturity,
        "pricing_model": pricing_model,
    }


def city_challenge(
    rng: random.Random,
    *,
    archetype_key: str | None = None,
    sector: str | None = None,
    city: str,
    language: str = "en",
) -> GeneratedChallenge:
    """A city challenge's texts, from one archetype; archetype and language are chosen as for listings."""
    if archetype_key is None:
        archetype = _pick_archetype(rng, CHALLENGE_ARCHETYPES, sector=sector, language=language)
    else:
        archetype = _CHALLENGES_BY_KEY[archetype_key]
    language = language if language in archetype.texts else "en"
    text = archetype.texts[language]
    opening, *others = (f.format(city=city) for f in text.fragments)
    closing = rng.choice(CHALLENGE_CLOSINGS[language]).format(city=city)
    low, high = CHALLENGE_DESCRIPTION_CHARS
    return {
        "archetype": archetype.key,
        "title": _pick_fitting(rng, [t.format(city=city) for t in text.titles], TITLE_MAX),
        "description": _compose(rng, others, opening=opening, closing=closing, low=low, high=high),
        "language": language,
        "sectors": archetype.sectors,
    }


def startup_name(rng: random.Random, used: set[str]) -> str:
    """A believable startup name not yet in ``used``; the name is added to ``used``."""
    for _ in range(40):
        name = _candidate_name(rng)
        if name not in used:
            used.add(name)
            return name
    # Only reached once most combinations are taken: qualify a name the way real companies do.
    base = _candidate_name(rng)
    candidates = [f"{base} {q}" for q in rng.sample(NAME_QUALIFIERS, len(NAME_QUALIFIERS))]
    name = next((c for c in candidates if c not in used), None)
    number = 2
    while name is None or name in used:
        name = f"{base} {number}"
        number += 1
    used.add(name)
    return name


def startup_description(
    rng: random.Random, *, name: str, sectors: list[str], country_name: str, language: str = "en"
) -> str:
    """Two to four sentences about a startup: who founded it and when, and what it works on.

    The first two ``sectors`` give the company's focus.
    """
    language = language if language in STARTUP_TEMPLATES else "en"
    focus = SECTOR_FOCUS[language]
    phrases = [rng.choice(focus[code]) for code in sectors[:2] if code in focus]
    values = {
        "name": name,
        "country": country_name,
        "year": rng.randint(2012, 2024),
        "founders": rng.choice(FOUNDERS[language]),
        "focus": _join(phrases or [GENERIC_FOCUS[language]], language),
        "team": rng.randint(6, 60),
        "countries": rng.randint(2, 9),
    }
    templates = STARTUP_TEMPLATES[language]
    sentences = [rng.choice(templates["founding"]), rng.choice(templates["focus"])]
    extras = rng.sample(templates["extra"], rng.randint(0, 2))
    return " ".join(_capitalised(s.format(**values)) for s in [*sentences, *extras])


def city_profile(
    rng: random.Random,
    *,
    city: str,
    country_name: str,
    population: int,
    sectors: list[str],
    language: str = "en",
) -> str:
    """Two or three sentences presenting a member city: its size and its smart-city priorities."""
    language = language if language in CITY_TEMPLATES else "en"
    topics = [SECTOR_TOPICS[language][code] for code in sectors if code in SECTOR_TOPICS[language]]
    values = {
        "city": city,
        "country": country_name,
        "size": CITY_SIZES[language][_size_band(population)],
        "population": _population(population, language),
        "priorities": _join(topics or [GENERIC_FOCUS[language]], language),
        "first_priority": topics[0] if topics else GENERIC_FOCUS[language],
    }
    templates = CITY_TEMPLATES[language]
    sentences = [rng.choice(templates["intro"]), rng.choice(templates["priorities"])]
    roll = rng.random()
    if roll < 0.35:
        sentences.append(CITY_SIZE_NOTES[language][_size_band(population)])
    elif roll < 0.7:
        sentences.append(rng.choice(templates["extra"]))
    return " ".join(s.format(**values) for s in sentences)


def application_message(rng: random.Random, *, kind: Literal["city", "startup"], name: str) -> str:
    """The short message an organisation writes when it applies for membership."""
    if kind not in APPLICATION_MESSAGES:
        raise ValueError(f"Unknown application kind: {kind!r}")
    return rng.choice(APPLICATION_MESSAGES[kind]).format(name=name)


def review_note(rng: random.Random, *, approved: bool) -> str:
    """A short note the secretariat leaves when it decides on an application."""
    return rng.choice(REVIEW_NOTES[approved])


# --- Helpers ---------------------------------------------------------------------------------------------


def _check_sector(sector: str) -> str:
    if sector not in SECTORS:
        raise ValueError(f"Unknown sector: {sector!r}")
    return sector


def _pick_archetype(
    rng: random.Random, archetypes: list[_Archetype], *, sector: str | None, language: str
) -> _Archetype:
    if sector is not None:
        _check_sector(sector)
        archetypes = [a for a in archetypes if a.sector == sector]
    return rng.choice([a for a in archetypes if language in a.texts] or archetypes)


def _maturity(rng: random.Random, hint: str) -> str:
    return hint if rng.random() < 0.6 else rng.choice(MATURITIES)


def _pricing_model(rng: random.Random, maturity: str) -> str:
    weights = PRICING_WEIGHTS[maturity]
    return rng.choices(PRICING_MODELS, weights=[weights[model] for model in PRICING_MODELS])[0]


def _pick_fitting(rng: random.Random, options: list[str], limit: int) -> str:
    """One of ``options`` that fits in ``limit`` characters (a long brand can push a variant over)."""
    fitting = [option for option in options if len(option) <= limit]
    return rng.choice(fitting) if fitting else rng.choice(options)[:limit].rstrip()


def _compose(
    rng: random.Random, fragments: list[str], *, opening: str = "", closing: str, low: int, high: int
) -> str:
    """Fragments in a random order: at least three, more until ``low`` characters, never over ``high``."""
    pool = rng.sample(fragments, len(fragments))
    wanted = rng.randint(min(3, len(pool)), len(pool))
    chosen = [opening] if opening else []
    length = len(opening) + len(closing)
    for sentence in pool:
        if len(chosen) >= wanted + bool(opening) and length >= low:
            break
        if length + len(sentence) + len(chosen) + 1 > high:
            continue
        chosen.append(sentence)
        length += len(sentence)
    return " ".join([*chosen, closing])


def _candidate_name(rng: random.Random) -> str:
    stem = rng.choice(NAME_STEMS)
    roll = rng.random()
    if roll >= 0.25:
        suffix = rng.choice(NAME_SUFFIXES)
        stem += suffix if suffix.lower() not in stem.lower() else "wise"  # no "LoopLoop"
        if roll < 0.55:
            return stem
    word = rng.choice(NAME_COMPANY_WORDS)
    if word.lower().rstrip("s.") in stem.lower():  # no "Civic Civic" or "AquaLab Labs"
        word = "Technologies"
    return f"{stem} {word}"


def _join(items: list[str], language: str) -> str:
    """``a, b and c`` in the given language."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])}{LIST_AND[language]}{items[-1]}"


def _size_band(population: int) -> str:
    if population < 250_000:
        return "small"
    if population < 1_000_000:
        return "medium"
    if population < 5_000_000:
        return "large"
    return "metropolis"


def _population(population: int, language: str) -> str:
    """A rounded population as a native speaker would write it: "2.4 million", "240만 명", "350 000"."""
    if language == "ko":
        return f"약 {round(population / 10_000):,}만 명" if population >= 10_000 else f"약 {population:,}명"
    if population >= 1_000_000:
        millions = round(population / 1_000_000, 1)
        number = f"{millions:.1f}".removesuffix(".0")
        singular = millions < 2 if language in ("pt", "fr") else number == "1"
        plural_form, singular_form = POPULATION_MILLIONS[language]
        form = singular_form if singular else plural_form
        return form.format(n=number if language == "en" else number.replace(".", ","))
    grouped = f"{round(population, -3) if population >= 10_000 else population:,}"
    return POPULATION_THOUSANDS[language].format(n=grouped.replace(",", THOUSANDS_SEPARATOR[language]))


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


# --- E-government & administration -----------------------------------------------------------------------

_E_GOVERNMENT_SOLUTIONS = [
    SolutionArchetype(
        key="ai-permit-assistant",
        sector="e-government",
        extra_sectors=["urban-planning"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} PermitPilot",
                    "AI pre-check for building and business permit applications",
                    "Permit application assistant that catches missing documents before submission",
                    "{brand} Permits: automated completeness checks for permit applications",
                ],
                summaries=[
                    "An AI assistant that checks building and business permit applications for missing "
                    "documents and zoning conflicts before they reach a case officer.",
                    "Applicants upload their permit documents and get an instant completeness check, so "
                    "case officers only review complete permit files.",
                    "Cuts permit processing time by pre-screening applications, classifying documents and "
                    "drafting checklists for case officers.",
                ],
                fragments=[
                    "Applicants upload plans, forms and certificates; {brand} classifies each document, "
                    "reads the key fields and flags anything missing or inconsistent before the permit "
                    "application is submitted.",
                    "Case officers get a pre-filled checklist for every permit file, with links to the "
                    "zoning rule or regulation behind each flag, so the first review takes minutes instead "
                    "of days.",
                    "The rule set is configured with the city's own permit types, fee tables and zoning "
                    "codes, and legal staff can edit it without writing code.",
                    "In a pilot with a mid-sized city, incomplete building permit applications dropped from "
                    "46% to 12% and the average processing time fell from 38 to 21 working days.",
                    "The assistant runs on the city's cloud or on premises and integrates with existing "
                    "case-management and e-signature systems through a REST API.",
                    "Applicants can follow the status of their permit in plain language, which reduced "
                    "phone calls to the permit office by roughly a third.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 인허가 파일럿",
                    "AI 기반 건축·영업 인허가 신청 사전 검토",
                    "서류 누락을 미리 잡아 주는 인허가 신청 도우미",
                ],
                summaries=[
                    "건축·영업 인허가 신청서가 담당 공무원에게 넘어가기 전에 누락 서류와 용도지역 저촉 "
                    "여부를 AI가 먼저 점검합니다.",
                    "신청인이 서류를 올리면 즉시 완결성 검사를 해 주어, 담당자는 서류가 갖춰진 인허가 "
                    "신청만 검토하면 됩니다.",
                ],
                fragments=[
                    "신청인이 도면, 신청서, 각종 증명서를 올리면 {brand} 엔진이 문서를 자동 분류하고 핵심 "
                    "항목을 읽어 누락되거나 서로 맞지 않는 부분을 제출 전에 알려 줍니다.",
                    "담당 공무원은 인허가 건마다 미리 채워진 체크리스트를 받고, 지적 사항마다 근거가 되는 "
                    "조례나 용도지역 규정을 바로 확인할 수 있어 첫 검토가 며칠에서 몇 분으로 줄어듭니다.",
                    "규칙 세트는 해당 지자체의 인허가 유형, 수수료 기준, 용도지역 규정에 맞춰 설정되며, "
                    "법무 담당자가 코딩 없이 직접 수정할 수 있습니다.",
                    "한 중소도시 실증에서 서류가 미비한 건축허가 신청 비율이 46%에서 12%로 줄었고, 평균 "
                    "처리 기간은 근무일 기준 38일에서 21일로 단축되었습니다.",
                    "지자체 클라우드나 자체 서버에 설치할 수 있으며, 기존 민원·행정 시스템 및 전자서명 "
                    "시스템과 REST API로 연동됩니다.",
                    "신청인은 처리 상황을 알기 쉬운 말로 확인할 수 있어, 인허가 부서로 걸려 오는 문의 "
                    "전화가 약 3분의 1 줄었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Licencias",
                    "Revisión previa con IA de solicitudes de licencias de obra y de actividad",
                    "Asistente que detecta documentos faltantes antes de presentar una licencia",
                ],
                summaries=[
                    "Un asistente de IA que revisa las solicitudes de licencias de obra y de actividad y "
                    "detecta documentos faltantes o conflictos urbanísticos antes de que lleguen al técnico "
                    "municipal.",
                    "El solicitante sube su documentación y recibe al instante una comprobación de que está "
                    "completa, de modo que los técnicos solo revisan expedientes listos.",
                ],
                fragments=[
                    "El solicitante sube planos, formularios y certificados; {brand} clasifica cada "
                    "documento, extrae los datos clave y señala lo que falta o no cuadra antes de presentar "
                    "la solicitud.",
                    "Cada expediente llega al técnico con una lista de verificación ya rellenada y con "
                    "enlaces a la norma urbanística u ordenanza que justifica cada observación, así que la "
                    "primera revisión pasa de días a minutos.",
                    "Las reglas se configuran con los tipos de licencia, las tasas y la normativa "
                    "urbanística propias del ayuntamiento, y el equipo jurídico puede modificarlas sin "
                    "programar.",
                    "En un piloto con una ciudad mediana, las solicitudes de licencia de obra incompletas "
                    "bajaron del 46 % al 12 % y el plazo medio de tramitación pasó de 38 a 21 días hábiles.",
                    "Funciona en la nube municipal o en servidores propios y se integra con los gestores de "
                    "expedientes y la firma electrónica existentes mediante una API REST.",
                    "El ciudadano sigue el estado de su trámite en lenguaje claro, lo que redujo en torno a "
                    "un tercio las llamadas a la oficina de licencias.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Alvarás",
                    "Pré-análise com IA de pedidos de alvará de construção e de funcionamento",
                    "Assistente que encontra documentos faltantes antes do protocolo do alvará",
                ],
                summaries=[
                    "Um assistente de IA que verifica pedidos de alvará de construção e de funcionamento, "
                    "apontando documentos faltantes e conflitos de zoneamento antes que cheguem ao analista "
                    "da prefeitura.",
                    "O requerente envia a documentação e recebe na hora uma checagem de completude, e os "
                    "analistas passam a receber apenas processos completos.",
                ],
                fragments=[
                    "O requerente envia plantas, formulários e certidões; a plataforma {brand} classifica "
                    "cada documento, lê os campos principais e aponta o que falta ou está inconsistente "
                    "antes do protocolo.",
                    "Cada processo chega ao analista com um checklist pré-preenchido e o link para a norma "
                    "de zoneamento ou o artigo do código de obras que justifica cada apontamento, e a "
                    "primeira análise cai de dias para minutos.",
                    "As regras são configuradas com os tipos de alvará, as taxas e a lei de zoneamento do "
                    "próprio município, e a equipe jurídica pode ajustá-las sem programação.",
                    "Em um piloto com uma cidade de porte médio, os pedidos de alvará de construção "
                    "incompletos caíram de 46% para 12%, e o prazo médio de análise passou de 38 para 21 "
                    "dias úteis.",
                    "Roda na nuvem da prefeitura ou em servidores próprios e se integra aos sistemas de "
                    "processo eletrônico e de assinatura digital por meio de uma API REST.",
                    "O cidadão acompanha o andamento do pedido em linguagem simples, o que reduziu em cerca "
                    "de um terço as ligações para o setor de licenciamento.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Permis",
                    "Pré-instruction par IA des demandes de permis de construire et d'autorisations "
                    "commerciales",
                    "Assistant qui repère les pièces manquantes avant le dépôt d'un permis",
                ],
                summaries=[
                    "Un assistant d'IA qui vérifie les demandes de permis de construire et d'autorisation "
                    "d'exploiter, et signale les pièces manquantes ou les conflits avec le PLU avant "
                    "l'arrivée chez l'instructeur.",
                    "Le demandeur dépose ses pièces et obtient immédiatement un contrôle de complétude : "
                    "les instructeurs ne reçoivent plus que des dossiers complets.",
                ],
                fragments=[
                    "Le demandeur dépose plans, formulaires et attestations ; {brand} classe chaque pièce, "
                    "lit les informations clés et signale ce qui manque ou se contredit avant le dépôt "
                    "officiel.",
                    "Chaque dossier arrive chez l'instructeur avec une grille de contrôle pré-remplie et un "
                    "lien vers l'article du PLU ou du règlement concerné, si bien que le premier examen "
                    "prend quelques minutes au lieu de plusieurs jours.",
                    "Les règles sont paramétrées selon les types d'autorisations, les tarifs et le "
                    "règlement d'urbanisme propres à la commune, et le service juridique peut les modifier "
                    "sans écrire une ligne de code.",
                    "Lors d'une expérimentation dans une ville moyenne, la part de demandes de permis de "
                    "construire incomplètes est passée de 46 % à 12 %, et le délai moyen d'instruction de "
                    "38 à 21 jours ouvrés.",
                    "La solution s'héberge sur le cloud de la collectivité ou sur ses propres serveurs et "
                    "se connecte aux logiciels d'instruction et de signature électronique existants via une "
                    "API REST.",
                    "Le demandeur suit l'avancement de son dossier en langage clair, ce qui a réduit "
                    "d'environ un tiers les appels au service urbanisme.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="citizen-service-chatbot",
        sector="e-government",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityDesk",
                    "Multilingual chatbot for city services, 24/7",
                    "AI helpdesk that answers residents' questions about city services",
                    "{brand} Assistant for municipal contact centres",
                ],
                summaries=[
                    "A multilingual chatbot that answers residents' questions about city services around "
                    "the clock and hands complex cases to a contact-centre agent.",
                    "Answers the most common questions about waste collection, local taxes, parking permits "
                    "and opening hours in chat, voice and messaging apps.",
                ],
                fragments=[
                    "{brand} is trained on the city's own web pages, service catalogue and FAQ, and every "
                    "answer links to the official source so residents can check it.",
                    "Residents reach the chatbot on the city website, WhatsApp, KakaoTalk, Telegram or by "
                    "phone through a voice bot, in more than 20 languages.",
                    "When a question needs a human, the conversation is handed to a contact-centre agent "
                    "with the full transcript, so the resident never has to repeat themselves.",
                    "Typical deployments resolve 60–70% of contact-centre questions without an agent and "
                    "cut the average waiting time on the phone line by half.",
                    "A content dashboard shows which questions the chatbot could not answer, so service "
                    "departments can fix unclear web pages and add missing information.",
                    "Conversations are stored in the city's own data centre or a cloud region the city "
                    "chooses, personal data is masked automatically and nothing is used to train "
                    "third-party models.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 시민 상담봇",
                    "24시간 다국어 민원 상담 챗봇",
                    "시 행정 서비스를 안내하는 AI 상담 창구",
                ],
                summaries=[
                    "쓰레기 배출, 지방세, 주차 허가, 기관 운영 시간 등 시민이 자주 묻는 민원에 24시간 "
                    "다국어로 답하고, 복잡한 건은 상담원에게 넘기는 챗봇입니다.",
                    "홈페이지, 카카오톡, 음성 전화 어디서든 시 행정 서비스에 관한 질문에 바로 답해 콜센터 "
                    "대기 시간을 줄입니다.",
                ],
                fragments=[
                    "{brand} 챗봇은 지자체 홈페이지, 민원 사무 편람, 자주 묻는 질문을 학습하며, 모든 답변에 "
                    "공식 출처 링크를 달아 시민이 직접 확인할 수 있게 합니다.",
                    "시민은 홈페이지, 카카오톡, 텔레그램, 음성봇 전화로 챗봇에 접속할 수 있으며, 외국인 "
                    "주민을 위해 20개 이상의 언어를 지원합니다.",
                    "사람의 판단이 필요한 민원은 대화 기록 전체와 함께 콜센터 상담원에게 이관되므로, 시민이 "
                    "같은 설명을 되풀이할 필요가 없습니다.",
                    "도입 기관에서는 콜센터 문의의 60~70%가 상담원 연결 없이 해결되었고, 전화 평균 대기 "
                    "시간이 절반으로 줄었습니다.",
                    "운영 대시보드에서 챗봇이 답하지 못한 질문을 확인할 수 있어, 각 부서가 불명확한 안내 "
                    "페이지나 빠진 정보를 바로 보완할 수 있습니다.",
                    "대화 데이터는 지자체가 지정한 클라우드 리전이나 자체 전산실에 저장되고, 개인정보는 "
                    "자동으로 마스킹되며 외부 모델 학습에는 사용되지 않습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Atención Ciudadana",
                    "Chatbot multilingüe de atención ciudadana 24/7",
                    "Asistente virtual que responde dudas sobre trámites municipales",
                ],
                summaries=[
                    "Un chatbot multilingüe que responde a cualquier hora las dudas de los vecinos sobre "
                    "trámites y servicios municipales y deriva los casos complejos a un agente del centro "
                    "de atención.",
                    "Resuelve por chat, voz y WhatsApp las preguntas más frecuentes sobre recogida de "
                    "residuos, impuestos municipales, permisos de aparcamiento y horarios.",
                ],
                fragments=[
                    "{brand} aprende de la web municipal, del catálogo de trámites y de las preguntas "
                    "frecuentes, y cada respuesta enlaza a la fuente oficial para que el vecino pueda "
                    "comprobarla.",
                    "Los ciudadanos lo encuentran en la web del ayuntamiento, en WhatsApp, en Telegram o "
                    "por teléfono mediante un asistente de voz, en más de 20 idiomas.",
                    "Cuando una consulta necesita a una persona, la conversación pasa a un agente del "
                    "centro de atención con todo el historial, y el vecino no tiene que repetir nada.",
                    "En las implantaciones habituales, entre el 60 % y el 70 % de las consultas se "
                    "resuelven sin agente y el tiempo medio de espera telefónica se reduce a la mitad.",
                    "Un panel de contenidos muestra las preguntas que el asistente no supo responder, para "
                    "que cada área corrija páginas poco claras o añada la información que falta.",
                    "Las conversaciones se guardan en el centro de datos municipal o en la región de nube "
                    "que elija la ciudad, los datos personales se anonimizan automáticamente y nada se usa "
                    "para entrenar modelos de terceros.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Atende Cidadão",
                    "Chatbot multilíngue de atendimento ao cidadão 24 horas",
                    "Assistente virtual que tira dúvidas sobre os serviços da prefeitura",
                ],
                summaries=[
                    "Um chatbot multilíngue que responde, 24 horas por dia, às dúvidas dos moradores sobre "
                    "os serviços da prefeitura e encaminha os casos complexos para um atendente.",
                    "Resolve pelo portal, pelo WhatsApp e por telefone as perguntas mais comuns sobre "
                    "coleta de lixo, IPTU, estacionamento rotativo e horários de atendimento.",
                ],
                fragments=[
                    "O assistente {brand} aprende com o portal da prefeitura, a carta de serviços e as "
                    "perguntas frequentes, e cada resposta traz o link da fonte oficial para o cidadão "
                    "conferir.",
                    "O cidadão acessa o assistente pelo portal, pelo WhatsApp, pelo Telegram ou por "
                    "telefone, com atendimento por voz, em mais de 20 idiomas.",
                    "Quando a demanda precisa de uma pessoa, a conversa é transferida para um atendente da "
                    "central com todo o histórico, sem que o morador precise repetir a história.",
                    "Nas implantações típicas, de 60% a 70% dos atendimentos são resolvidos sem atendente "
                    "humano e o tempo médio de espera ao telefone cai pela metade.",
                    "Um painel de conteúdo mostra as perguntas que o chatbot não conseguiu responder, para "
                    "que as secretarias corrijam páginas confusas e completem as informações que faltam.",
                    "As conversas ficam no data center da prefeitura ou na região de nuvem escolhida pelo "
                    "município, os dados pessoais são mascarados automaticamente, em conformidade com a "
                    "LGPD, e nada é usado para treinar modelos de terceiros.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Accueil Citoyen",
                    "Chatbot multilingue pour l'accueil des usagers, 24 h/24",
                    "Assistant virtuel qui répond aux questions sur les démarches de la mairie",
                ],
                summaries=[
                    "Un chatbot multilingue qui répond jour et nuit aux questions des habitants sur les "
                    "démarches et services municipaux, et transmet les cas complexes à un agent d'accueil.",
                    "Il traite par chat, par téléphone et sur les messageries les questions les plus "
                    "fréquentes : collecte des déchets, impôts locaux, stationnement résidentiel, horaires "
                    "d'ouverture.",
                ],
                fragments=[
                    "{brand} s'appuie sur le site de la ville, le guide des démarches et la FAQ, et chaque "
                    "réponse renvoie à la source officielle pour que l'habitant puisse vérifier.",
                    "Les habitants le trouvent sur le site de la mairie, sur WhatsApp, sur Telegram ou au "
                    "téléphone grâce à un agent vocal, dans plus de 20 langues.",
                    "Quand une demande nécessite un humain, la conversation est transmise à un agent du "
                    "centre d'appels avec tout l'historique : l'usager n'a rien à répéter.",
                    "Dans les déploiements habituels, 60 à 70 % des demandes sont résolues sans agent et le "
                    "temps d'attente moyen au téléphone est divisé par deux.",
                    "Un tableau de bord recense les questions restées sans réponse, afin que les services "
                    "corrigent les pages peu claires ou ajoutent les informations manquantes.",
                    "Les conversations sont hébergées dans le centre de données de la collectivité ou dans "
                    "la région cloud qu'elle choisit, les données personnelles sont masquées "
                    "automatiquement, conformément au RGPD, et rien ne sert à entraîner des modèles tiers.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="digital-identity-wallet",
        sector="e-government",
        extra_sectors=["data-digital"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityID",
                    "Digital resident ID wallet for city services",
                    "Single sign-on and mobile resident card for municipal services",
                    "{brand} Wallet: one login for every city service",
                ],
                summaries=[
                    "A mobile resident ID wallet that gives residents one secure login for every city "
                    "service and replaces paper resident cards, library cards and parking permits.",
                    "Residents prove who they are once, then use one login for every online city service, "
                    "sign forms and show verifiable credentials from their phone.",
                ],
                fragments=[
                    "{brand} issues verifiable credentials to a mobile wallet: resident status, age, "
                    "library membership, residential parking permit or reduced-fare eligibility.",
                    "Departments connect their online services through standard OpenID Connect, so "
                    "residents get single sign-on instead of a different password for every portal.",
                    "Identity proofing reuses the national eID or bank ID where it exists, and falls back "
                    "to a video check or a visit to a service counter.",
                    "Residents decide what to share: a bus driver or museum desk can verify that someone is "
                    "a resident over 65 without seeing their name or address.",
                    "The wallet follows the W3C verifiable credentials and ISO 18013-5 mobile ID standards, "
                    "so credentials stay usable if the city changes vendor.",
                    "In its first year in a city of 400,000, 38% of adult residents activated the wallet "
                    "and the counter queues for resident parking permits disappeared.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 시민 디지털 ID",
                    "시 행정 서비스를 위한 모바일 시민증 지갑",
                    "하나의 로그인으로 모든 시민 서비스를 이용하는 디지털 신분증",
                ],
                summaries=[
                    "종이 시민카드, 도서관 회원증, 거주자 주차 허가증을 대신하고 모든 시 행정 서비스에 "
                    "하나의 안전한 로그인을 제공하는 모바일 시민 ID 지갑입니다.",
                    "시민은 한 번만 본인 확인을 하면 스마트폰으로 시 서비스 로그인, 전자서명, 자격 증명 "
                    "제시를 모두 할 수 있습니다.",
                ],
                fragments=[
                    "{brand} 플랫폼은 거주 여부, 연령, 도서관 회원 자격, 거주자 우선주차 허가, 요금 감면 "
                    "대상 여부 같은 검증 가능한 증명서를 모바일 지갑에 발급합니다.",
                    "각 부서는 표준 OpenID Connect로 온라인 서비스를 연결하기만 하면 되므로, 시민은 "
                    "포털마다 다른 비밀번호 대신 통합 로그인을 쓰게 됩니다.",
                    "본인 확인에는 모바일 신분증이나 공동·금융 인증서를 재사용하고, 어려운 경우 영상 통화나 "
                    "민원 창구 방문으로 처리합니다.",
                    "공유할 정보는 시민이 직접 고릅니다. 버스 기사나 박물관 매표소는 이름이나 주소를 보지 "
                    "않고도 65세 이상 주민인지 확인할 수 있습니다.",
                    "W3C 검증 가능 증명(VC)과 ISO 18013-5 모바일 신분증 표준을 따르므로, 지자체가 공급사를 "
                    "바꿔도 발급된 증명서를 계속 쓸 수 있습니다.",
                    "인구 40만 도시에 도입한 첫해, 성인 주민의 38%가 지갑을 활성화했고 거주자 주차 허가를 "
                    "받으려는 창구 대기 줄이 사라졌습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Identidad Vecinal",
                    "Cartera digital de identidad vecinal para los servicios municipales",
                    "Acceso único y tarjeta ciudadana en el móvil",
                ],
                summaries=[
                    "Una cartera digital en el móvil que da a cada vecino un único acceso seguro a todos "
                    "los servicios municipales y sustituye la tarjeta ciudadana, el carné de biblioteca y "
                    "el distintivo de aparcamiento.",
                    "El vecino acredita su identidad una vez y, desde el móvil, entra en los servicios del "
                    "ayuntamiento, firma formularios y muestra credenciales verificables.",
                ],
                fragments=[
                    "{brand} emite credenciales verificables a la cartera del móvil: empadronamiento, edad, "
                    "socio de la biblioteca, distintivo de aparcamiento de residentes o derecho a tarifa "
                    "reducida.",
                    "Cada área conecta sus servicios en línea mediante OpenID Connect estándar, y el vecino "
                    "tiene un acceso único en lugar de una contraseña distinta por portal.",
                    "La verificación de identidad reutiliza el DNI electrónico o la identidad bancaria "
                    "cuando existen y, si no, recurre a una videollamada o a una visita a la oficina de "
                    "atención.",
                    "El vecino decide qué comparte: un conductor de autobús o la taquilla de un museo "
                    "pueden comprobar que es residente y mayor de 65 años sin ver su nombre ni su "
                    "dirección.",
                    "La cartera sigue los estándares de credenciales verificables del W3C y la norma ISO "
                    "18013-5, de modo que las credenciales siguen siendo válidas si el ayuntamiento cambia "
                    "de proveedor.",
                    "En su primer año en una ciudad de 400.000 habitantes, el 38 % de los adultos activó la "
                    "cartera y desaparecieron las colas para tramitar el distintivo de aparcamiento de "
                    "residentes.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Cidadão Digital",
                    "Carteira digital de identidade para os serviços da prefeitura",
                    "Login único e cartão do morador no celular",
                ],
                summaries=[
                    "Uma carteira digital no celular que dá ao cidadão um login único e seguro para todos "
                    "os serviços municipais e substitui o cartão do morador, a carteirinha da biblioteca e "
                    "a autorização de estacionamento.",
                    "O morador comprova a identidade uma única vez e, pelo celular, acessa os serviços da "
                    "prefeitura, assina formulários e apresenta credenciais verificáveis.",
                ],
                fragments=[
                    "A plataforma {brand} emite credenciais verificáveis para a carteira no celular: "
                    "comprovante de residência, idade, cadastro na biblioteca, autorização de "
                    "estacionamento para moradores ou direito a tarifa reduzida.",
                    "Cada secretaria conecta seus serviços online via OpenID Connect padrão, e o cidadão "
                    "passa a ter login único em vez de uma senha diferente para cada portal.",
                    "A verificação de identidade reaproveita a identidade digital nacional ou o login "
                    "bancário quando disponíveis e, se não, recorre a uma videochamada ou a um posto de "
                    "atendimento.",
                    "O morador escolhe o que compartilhar: o motorista de ônibus ou a bilheteria do museu "
                    "confirmam que ele é residente e tem mais de 65 anos sem ver nome nem endereço.",
                    "A carteira segue os padrões de credenciais verificáveis do W3C e a norma ISO 18013-5, "
                    "então as credenciais continuam válidas mesmo se o município trocar de fornecedor.",
                    "No primeiro ano numa cidade de 400 mil habitantes, 38% dos adultos ativaram a carteira "
                    "e acabaram as filas para tirar a autorização de estacionamento de morador.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Pass Habitant",
                    "Portefeuille d'identité numérique pour les services de la ville",
                    "Connexion unique et carte d'habitant sur mobile",
                ],
                summaries=[
                    "Un portefeuille d'identité sur mobile qui offre à chaque habitant une connexion unique "
                    "et sécurisée à tous les services municipaux et remplace carte d'habitant, carte de "
                    "bibliothèque et macaron de stationnement.",
                    "L'habitant prouve son identité une seule fois, puis se connecte aux services de la "
                    "ville, signe des formulaires et présente des attestations vérifiables depuis son "
                    "téléphone.",
                ],
                fragments=[
                    "{brand} délivre des attestations vérifiables dans le portefeuille mobile : domicile, "
                    "âge, inscription à la médiathèque, droit au stationnement résidentiel ou au tarif "
                    "réduit.",
                    "Chaque service raccorde ses démarches en ligne via OpenID Connect, si bien que "
                    "l'habitant dispose d'une connexion unique au lieu d'un mot de passe par portail.",
                    "La vérification d'identité réutilise l'identité numérique nationale lorsqu'elle "
                    "existe, et sinon passe par un appel vidéo ou un passage au guichet.",
                    "L'habitant choisit ce qu'il partage : un conducteur de bus ou l'accueil d'un musée "
                    "peut vérifier qu'il réside dans la commune et a plus de 65 ans sans voir son nom ni "
                    "son adresse.",
                    "Le portefeuille suit les standards W3C des attestations vérifiables et la norme ISO "
                    "18013-5 : les attestations restent utilisables si la collectivité change de "
                    "prestataire.",
                    "Dès la première année dans une ville de 400 000 habitants, 38 % des adultes ont activé "
                    "le portefeuille et les files d'attente pour le macaron résidentiel ont disparu.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="participatory-budgeting-platform",
        sector="e-government",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Decide",
                    "Participatory budgeting platform with secure online voting",
                    "Online platform for citizen proposals and budget votes",
                    "{brand} Civic Voice: participatory budgeting made simple",
                ],
                summaries=[
                    "A participatory budgeting platform where residents submit project proposals, discuss "
                    "them on a map and vote securely on how to spend part of the city budget.",
                    "Runs the whole participatory budgeting cycle: proposals, feasibility review by "
                    "departments, public voting and progress tracking of funded projects.",
                ],
                fragments=[
                    "Residents submit proposals with photos and a location on the map, comment on each "
                    "other's ideas and support the ones they want to see on the ballot.",
                    "City departments review each proposal for feasibility and cost inside {brand}, and the "
                    "reasons for rejecting a proposal are published for everyone to read.",
                    "Voting works online and at paper ballot stations in libraries, with one vote per "
                    "resident verified against the population register or a one-time SMS code.",
                    "After the vote, every funded project gets a public page showing its budget, contractor "
                    "and construction progress until the ribbon is cut.",
                    "The interface is accessible (WCAG 2.1 AA), works on cheap smartphones and is available "
                    "in several languages, which broadens participation beyond the usual voices.",
                    "Cities using the platform have raised turnout in participatory budgeting votes from "
                    "around 2% to 9% of eligible residents within three budget cycles.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="311-issue-reporting-app",
        sector="e-government",
        extra_sectors=["urban-planning"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} FixMyStreet",
                    "Citizen issue reporting app with automatic routing to city teams",
                    "Report potholes, broken streetlights and graffiti from a phone",
                    "{brand} Report: street issue reporting and case tracking",
                ],
                summaries=[
                    "A 311-style app where residents report potholes, broken streetlights, graffiti and "
                    "illegal dumping with a photo, and each street issue is routed automatically to the "
                    "responsible team.",
                    "Turns residents' reports of potholes and other street problems into tracked work "
                    "orders and tells them when the issue is fixed.",
                ],
                fragments=[
                    "Residents report an issue in three taps (photo, location on the map, category); "
                    "{brand} suggests the category from the photo and merges duplicate reports of the same "
                    "pothole.",
                    "Each report becomes a work order routed to the right department or contractor based on "
                    "category, asset owner and district boundaries.",
                    "Field crews see open reports on a tablet map, close them with an after photo, and the "
                    "resident gets a notification that the issue was fixed.",
                    "Managers see response times per category and district, which helps them prove service "
                    "levels to the council and spot neighbourhoods that report less.",
                    "The app plugs into existing CRM, asset management and work-order systems and also "
                    "accepts reports from the 311 phone line and the city website.",
                    "In one city the median time to repair reported potholes fell from 19 days to 6, and "
                    "duplicate reports dropped by 40%.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="e-procurement-analytics",
        sector="e-government",
        extra_sectors=["economy-jobs"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} TenderWatch",
                    "Red-flag analytics for public procurement",
                    "Procurement transparency dashboard for city contracts",
                    "{brand} Procure: spend and tender analytics for municipalities",
                ],
                summaries=[
                    "An analytics tool that scans the city's tenders and contracts for red flags such as "
                    "single bidders, split contracts and late amendments, and publishes spending as open "
                    "data.",
                    "Gives procurement officers and auditors a clear view of who wins city contracts, at "
                    "what price and with how much competition.",
                ],
                fragments=[
                    "{brand} ingests tender notices, award decisions and invoices from the e-procurement "
                    "system and the financial ledger, and links them to company registry data.",
                    "More than 40 red-flag indicators highlight risky tenders: a single bidder, very short "
                    "deadlines, contracts split just below thresholds or repeated price amendments.",
                    "Procurement officers use benchmark unit prices for common purchases such as asphalt, "
                    "IT equipment and cleaning services to negotiate better contracts.",
                    "A public transparency portal shows every contract, supplier and payment in plain "
                    "language and as open data in the Open Contracting Data Standard (OCDS).",
                    "Small local suppliers get alerts for tenders that match their profile, which increases "
                    "competition in city tenders.",
                    "In a pilot city, the share of tenders with a single bidder fell from 31% to 18% within "
                    "two years, saving an estimated 4% on contracted spending.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="records-digitization-ocr",
        sector="e-government",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Archive",
                    "Digitising paper archives with OCR and smart indexing",
                    "Records digitisation and searchable archive for city departments",
                    "{brand} Records: from paper files to a searchable digital archive",
                ],
                summaries=[
                    "A records service that scans the city's paper archives, reads them with OCR and "
                    "handwriting recognition, and makes every file searchable in a secure digital archive.",
                    "Turns decades of paper files, building plans and council decisions into a searchable "
                    "archive with retention rules built in.",
                ],
                fragments=[
                    "Mobile scanning teams digitise paper files on site, from A4 case files to large-format "
                    "building plans, so originals never leave the city archive.",
                    "OCR and handwriting recognition read typed and handwritten documents, and {brand} "
                    "extracts metadata such as parcel number, address, applicant and date.",
                    "Every document is indexed and searchable in full text, with access rights that mirror "
                    "the department structure and an audit trail of every view.",
                    "Retention schedules are applied automatically: records due for destruction are flagged "
                    "for the archivist, and records of historical value go to the long-term archive.",
                    "The archive exposes an API so that permit, land registry and case-management systems "
                    "can link directly to the scanned originals.",
                    "One city digitised 2.3 million pages of building files in 14 months, and staff now "
                    "find a historical permit in seconds instead of a half-day search in the basement.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="open-council-meeting-platform",
        sector="e-government",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Council Live",
                    "Council meeting livestream with automatic transcripts and minutes",
                    "Searchable council meetings: agendas, video, transcripts and votes",
                    "{brand} Agenda: transparent council meeting management",
                ],
                summaries=[
                    "A council meeting platform that streams sessions, transcribes every speaker "
                    "automatically and publishes searchable agendas, minutes and votes.",
                    "Makes council and committee meetings easy to follow: live video, automatic "
                    "transcripts, voting records and minutes drafted in hours instead of weeks.",
                ],
                fragments=[
                    "{brand} manages the agenda, attached reports and amendments, and publishes them on the "
                    "city website as soon as the clerk approves them.",
                    "Meetings are livestreamed and transcribed automatically with speaker identification, "
                    "and the transcript is linked to the agenda item under discussion.",
                    "Draft minutes are generated from the transcript and the recorded votes, and the clerk "
                    "only has to review and approve them.",
                    "Residents can search every meeting by keyword, councillor or agenda item, and "
                    "subscribe to alerts when a topic such as their street or school is discussed.",
                    "Roll-call and electronic votes are recorded per councillor and published as open data, "
                    "which journalists and civic groups use to follow decisions.",
                    "In cities using the platform, the time to publish council minutes fell from three "
                    "weeks to two days, and online viewing of meetings tripled.",
                ],
            ),
        },
    ),
]

_E_GOVERNMENT_CHALLENGES = [
    ChallengeArchetype(
        key="reduce-permit-backlog",
        sector="e-government",
        extra_sectors=["urban-planning"],
        answered_by=["ai-permit-assistant", "bim-zoning-compliance-check"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Clear the building permit backlog",
                    "Reduce permit processing times",
                    "Fewer incomplete permit applications",
                ],
                fragments=[
                    "{city}'s permit office is struggling with a backlog of more than 3,000 building and "
                    "business permit applications, and applicants wait an average of ten weeks for a "
                    "decision.",
                    "Almost half of the applications we receive are incomplete (missing documents, outdated "
                    "forms or plans that conflict with zoning rules), so case officers spend most of their "
                    "time chasing applicants.",
                    "We are looking for a tool that checks permit applications for completeness and zoning "
                    "conflicts before submission and gives case officers a clear checklist for each file.",
                    "The solution must work with our existing case-management system and e-signature, "
                    "support our own permit types and fee rules, and keep personal data on servers the city "
                    "controls.",
                    "Success means cutting the average processing time by at least 30% within a year and "
                    "halving the number of incomplete applications.",
                    "Applicants, many of them small businesses and homeowners, should be able to follow the "
                    "status of their permit online without calling the office.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "건축 인허가 적체 해소",
                    "인허가 처리 기간 단축",
                    "서류 미비 인허가 신청 줄이기",
                ],
                fragments=[
                    "{city}의 인허가 부서에는 건축·영업 인허가 신청 3,000여 건이 밀려 있어, 신청인은 결과를 "
                    "받기까지 평균 10주를 기다리고 있습니다.",
                    "접수되는 신청의 절반 가까이가 서류 누락, 옛 서식 사용, 용도지역 규정과 맞지 않는 도면 "
                    "등으로 미비하여 담당 공무원이 보완 요청에 대부분의 시간을 쓰고 있습니다.",
                    "제출 전에 인허가 신청서의 서류 완결성과 용도지역 저촉 여부를 점검하고, 담당자에게 건별 "
                    "체크리스트를 제공하는 도구를 찾고 있습니다.",
                    "기존 민원·행정 시스템 및 전자서명과 연동되어야 하고, 우리 시의 인허가 유형과 수수료 "
                    "기준을 반영해야 하며, 개인정보는 시가 관리하는 서버에 보관해야 합니다.",
                    "1년 안에 평균 처리 기간을 30% 이상 줄이고 서류 미비 신청을 절반으로 줄이는 것이 "
                    "목표입니다.",
                    "신청인 상당수가 소상공인과 개인 건축주인 만큼, 전화 문의 없이 온라인으로 진행 상황을 "
                    "확인할 수 있어야 합니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reducir el atasco de licencias de obra",
                    "Acortar los plazos de tramitación de licencias",
                    "Menos solicitudes de licencia incompletas",
                ],
                fragments=[
                    "La oficina de licencias de {city} acumula más de 3.000 solicitudes de licencias de "
                    "obra y de actividad, y los solicitantes esperan una media de diez semanas para obtener "
                    "respuesta.",
                    "Casi la mitad de las solicitudes llegan incompletas: faltan documentos, se usan "
                    "formularios antiguos o los planos chocan con la normativa urbanística, así que los "
                    "técnicos pasan la mayor parte del tiempo pidiendo subsanaciones.",
                    "Buscamos una herramienta que revise antes de la presentación si la solicitud de "
                    "licencia está completa y cumple la normativa urbanística, y que dé a los técnicos una "
                    "lista de verificación por expediente.",
                    "La solución debe integrarse con nuestro gestor de expedientes y la firma electrónica, "
                    "admitir nuestros tipos de licencia y tasas, y guardar los datos personales en "
                    "servidores bajo control municipal.",
                    "Consideraremos un éxito reducir al menos un 30 % el plazo medio de tramitación en un "
                    "año y reducir a la mitad las solicitudes incompletas.",
                    "Muchos solicitantes son pequeños comercios y particulares: deben poder consultar en "
                    "línea el estado de su licencia sin llamar a la oficina.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Zerar a fila de alvarás de construção",
                    "Reduzir o prazo de análise de alvarás",
                    "Menos pedidos de alvará incompletos",
                ],
                fragments=[
                    "O setor de licenciamento de {city} acumula mais de 3 mil pedidos de alvará de "
                    "construção e de funcionamento, e o requerente espera em média dez semanas por uma "
                    "resposta.",
                    "Quase metade dos pedidos chega incompleta, com documentos faltando, formulários "
                    "desatualizados ou plantas em conflito com a lei de zoneamento, e os analistas passam a "
                    "maior parte do tempo emitindo exigências.",
                    "Procuramos uma ferramenta que verifique, antes do protocolo, se o pedido de alvará "
                    "está completo e de acordo com o zoneamento, e que entregue ao analista um checklist "
                    "por processo.",
                    "A solução precisa se integrar ao nosso sistema de processo eletrônico e à assinatura "
                    "digital, aceitar os nossos tipos de alvará e taxas e manter os dados pessoais em "
                    "servidores controlados pela prefeitura.",
                    "O sucesso será reduzir em pelo menos 30% o prazo médio de análise em um ano e cortar "
                    "pela metade os pedidos incompletos.",
                    "Muitos requerentes são pequenos comerciantes e pessoas físicas, que devem acompanhar o "
                    "andamento do alvará pela internet, sem precisar ligar para a prefeitura.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Résorber le stock de permis de construire en attente",
                    "Réduire les délais d'instruction des permis",
                    "Moins de dossiers de permis incomplets",
                ],
                fragments=[
                    "À {city}, le service urbanisme a plus de 3 000 demandes de permis de construire et "
                    "d'autorisations commerciales en attente, et les demandeurs patientent en moyenne dix "
                    "semaines avant une décision.",
                    "Près de la moitié des dossiers déposés sont incomplets (pièces manquantes, formulaires "
                    "périmés ou plans contraires au PLU), si bien que les instructeurs passent l'essentiel "
                    "de leur temps à réclamer des pièces.",
                    "Nous cherchons un outil qui vérifie avant le dépôt la complétude des demandes de "
                    "permis et leur conformité au PLU, et qui fournisse aux instructeurs une grille de "
                    "contrôle par dossier.",
                    "La solution doit s'intégrer à notre logiciel d'instruction et à la signature "
                    "électronique, gérer nos propres types d'autorisations et nos tarifs, et héberger les "
                    "données personnelles sur des serveurs maîtrisés par la collectivité.",
                    "Nous visons une baisse d'au moins 30 % du délai moyen d'instruction en un an et deux "
                    "fois moins de dossiers incomplets.",
                    "Beaucoup de demandeurs sont des particuliers et des petits commerçants : ils doivent "
                    "pouvoir suivre l'avancement de leur permis en ligne sans appeler la mairie.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="round-the-clock-citizen-helpdesk",
        sector="e-government",
        extra_sectors=[],
        answered_by=["citizen-service-chatbot"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Answer residents' questions 24/7",
                    "Take pressure off the city contact centre",
                    "Multilingual help for residents outside office hours",
                ],
                fragments=[
                    "{city}'s contact centre answers about 45,000 calls and emails a month, and residents "
                    "often wait more than 15 minutes on the phone line for simple questions about waste "
                    "collection, parking permits or local taxes.",
                    "Most questions repeat (opening hours, how to book a bulky waste pickup, which "
                    "documents a service needs), yet agents answer them one by one.",
                    "A growing share of residents do not speak the local language well, and our contact "
                    "centre can only offer help in two languages.",
                    "We want a multilingual assistant on the website and messaging apps that answers common "
                    "questions about city services around the clock and hands complex cases to an agent "
                    "with the conversation history.",
                    "Answers must come from official city information, personal data must be protected, and "
                    "staff must be able to update content without the vendor.",
                    "We would measure success by the share of questions resolved without an agent, the "
                    "waiting time on the phone line and resident satisfaction.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "24시간 시민 민원 상담",
                    "콜센터 업무 부담 줄이기",
                    "근무 시간 외 다국어 민원 안내",
                ],
                fragments=[
                    "{city}의 민원 콜센터에는 매달 약 4만 5천 건의 전화와 이메일 문의가 들어오며, 쓰레기 "
                    "배출, 주차 허가, 지방세 같은 간단한 질문에도 시민들이 15분 넘게 기다리는 일이 "
                    "잦습니다.",
                    "운영 시간, 대형 폐기물 수거 신청 방법, 민원별 구비 서류처럼 같은 질문이 반복되지만, "
                    "상담원이 하나하나 직접 답하고 있습니다.",
                    "한국어가 서툰 외국인 주민이 늘고 있지만, 현재 콜센터는 두 개 언어로만 상담할 수 "
                    "있습니다.",
                    "홈페이지와 메신저에서 시 행정 서비스에 관한 자주 묻는 질문에 24시간 답하고, 복잡한 "
                    "민원은 대화 기록과 함께 상담원에게 넘기는 다국어 챗봇을 원합니다.",
                    "답변은 반드시 시의 공식 정보에 근거해야 하고, 개인정보가 보호되어야 하며, 공급사 "
                    "없이도 직원이 안내 내용을 수정할 수 있어야 합니다.",
                    "상담원 연결 없이 해결된 문의 비율, 전화 대기 시간, 시민 만족도로 성과를 평가할 "
                    "계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Atención ciudadana las 24 horas",
                    "Descongestionar el centro de atención telefónica",
                    "Ayuda multilingüe fuera del horario de oficina",
                ],
                fragments=[
                    "El centro de atención ciudadana de {city} recibe unas 45.000 llamadas y correos al "
                    "mes, y los vecinos suelen esperar más de 15 minutos al teléfono para dudas sencillas "
                    "sobre recogida de residuos, aparcamiento o impuestos municipales.",
                    "La mayoría de las preguntas se repiten (horarios, cómo pedir la recogida de muebles y "
                    "enseres, qué documentos pide cada trámite) y, aun así, los agentes las contestan una a "
                    "una.",
                    "Cada vez más vecinos no hablan bien nuestro idioma, y el servicio de atención solo "
                    "puede atender en dos lenguas.",
                    "Queremos un asistente multilingüe en la web y en aplicaciones de mensajería que "
                    "responda a cualquier hora las preguntas frecuentes sobre servicios municipales y "
                    "derive los casos complejos a un agente con el historial de la conversación.",
                    "Las respuestas deben basarse en información oficial del ayuntamiento, los datos "
                    "personales deben estar protegidos y el personal debe poder actualizar los contenidos "
                    "sin depender del proveedor.",
                    "Mediremos el éxito por el porcentaje de consultas resueltas sin agente, el tiempo de "
                    "espera telefónica y la satisfacción de los vecinos.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Atendimento ao cidadão 24 horas",
                    "Aliviar a central de atendimento da prefeitura",
                    "Atendimento multilíngue fora do horário de expediente",
                ],
                fragments=[
                    "A central de atendimento de {city} recebe cerca de 45 mil ligações e e-mails por mês, "
                    "e o cidadão muitas vezes espera mais de 15 minutos ao telefone para tirar dúvidas "
                    "simples sobre coleta de lixo, estacionamento ou IPTU.",
                    "A maior parte das perguntas se repete (horários, como agendar a coleta de móveis "
                    "velhos, quais documentos cada serviço exige) e, mesmo assim, os atendentes respondem "
                    "uma a uma.",
                    "Cresce o número de moradores que não falam bem português, e hoje a central só atende "
                    "em dois idiomas.",
                    "Queremos um assistente multilíngue no portal e nos aplicativos de mensagem que "
                    "responda 24 horas às dúvidas frequentes sobre os serviços da prefeitura e encaminhe os "
                    "casos complexos a um atendente com o histórico da conversa.",
                    "As respostas devem vir de informações oficiais da prefeitura, os dados pessoais "
                    "precisam ser protegidos conforme a LGPD e a equipe deve poder atualizar o conteúdo sem "
                    "depender do fornecedor.",
                    "Vamos medir o sucesso pela proporção de atendimentos resolvidos sem atendente, pelo "
                    "tempo de espera ao telefone e pela satisfação do cidadão.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Répondre aux habitants 24 h/24",
                    "Désengorger le centre d'appels de la mairie",
                    "Une aide multilingue en dehors des heures d'ouverture",
                ],
                fragments=[
                    "À {city}, le centre de relation usagers traite environ 45 000 appels et courriels par "
                    "mois, et les habitants attendent souvent plus de 15 minutes au téléphone pour des "
                    "questions simples sur la collecte des déchets, le stationnement ou les impôts locaux.",
                    "La plupart des questions reviennent sans cesse (horaires, rendez-vous pour les "
                    "encombrants, pièces à fournir pour chaque démarche) et les agents y répondent pourtant "
                    "une par une.",
                    "De plus en plus d'habitants maîtrisent mal le français, alors que notre accueil "
                    "téléphonique ne fonctionne que dans deux langues.",
                    "Nous voulons un assistant multilingue sur le site et les messageries, qui réponde jour "
                    "et nuit aux questions fréquentes sur les services de la ville et transmette les "
                    "demandes complexes à un agent avec l'historique de la conversation.",
                    "Les réponses doivent s'appuyer sur l'information officielle de la collectivité, les "
                    "données personnelles doivent être protégées et nos équipes doivent pouvoir mettre à "
                    "jour les contenus sans passer par le prestataire.",
                    "Nous mesurerons la réussite au taux de demandes résolues sans agent, au temps "
                    "d'attente téléphonique et à la satisfaction des usagers.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="engage-residents-in-budget-decisions",
        sector="e-government",
        extra_sectors=[],
        answered_by=["participatory-budgeting-platform"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Involve residents in budget decisions",
                    "Run participatory budgeting online",
                    "Broaden participation in the city's participatory budget",
                ],
                fragments=[
                    "{city} sets aside part of its capital budget every year for projects proposed and "
                    "chosen by residents, but the participatory budgeting process still runs on paper forms "
                    "and public meetings.",
                    "Last year fewer than 2% of eligible residents voted, most of them older homeowners "
                    "from the same few neighbourhoods.",
                    "We need a participatory budgeting platform where residents can submit proposals, "
                    "discuss them on a map, see why departments rejected some of them and vote securely "
                    "online.",
                    "Voting must allow one vote per resident, work on cheap smartphones and in several "
                    "languages, and still offer paper ballots at libraries for people who are not online.",
                    "After the vote, residents should be able to follow the budget and construction "
                    "progress of each funded project.",
                    "Our target is to triple turnout within three budget cycles and to receive proposals "
                    "from every district of {city}.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="digitize-paper-archives",
        sector="e-government",
        extra_sectors=[],
        answered_by=["records-digitization-ocr"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Digitise decades of paper archives",
                    "Make historical building files searchable",
                    "Move city records from paper to a digital archive",
                ],
                fragments=[
                    "{city} keeps about 40 kilometres of shelving of paper files in its municipal archive, "
                    "including building plans, land records and council decisions going back to the 1950s.",
                    "Staff spend hours in the basement searching for historical permits and plans, and some "
                    "paper files are fragile or damaged by humidity.",
                    "We are looking for a partner to scan the paper archives on site, recognise typed and "
                    "handwritten text with OCR and index each file by address, parcel number and date.",
                    "The digital archive must apply our retention schedules, respect access rights by "
                    "department and keep an audit trail of who viewed which record.",
                    "It should connect to our permit and land registry systems so that staff can open the "
                    "scanned original directly from a case.",
                    "We expect to digitise the building files first, around 2 million pages, within 18 "
                    "months.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="transparent-public-procurement",
        sector="e-government",
        extra_sectors=["economy-jobs"],
        answered_by=["e-procurement-analytics"],
        texts={
            "en": ChallengeText(
                titles=[
                    "More competition and transparency in public procurement",
                    "Spot risky tenders before contracts are signed",
                    "Open up city contracts to scrutiny",
                ],
                fragments=[
                    "{city} spends about a third of its budget on public procurement contracts, yet nearly "
                    "one in three tenders receives only a single bid.",
                    "Our auditors review contracts by hand after they are signed, so red flags such as "
                    "split contracts, short deadlines or repeated amendments are found too late.",
                    "We want an analytics tool that links tender notices, contract awards and payments from "
                    "our e-procurement and finance systems and highlights risky tenders automatically.",
                    "Spending data should be published on a transparency portal in plain language and as "
                    "open data in the Open Contracting Data Standard.",
                    "We also want more local small businesses to bid, so suppliers should receive alerts "
                    "about tenders that fit their profile.",
                    "Success means fewer single-bidder tenders and measurable savings on contract prices "
                    "within two years.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="single-login-for-city-services",
        sector="e-government",
        extra_sectors=["data-digital"],
        answered_by=["digital-identity-wallet"],
        texts={
            "en": ChallengeText(
                titles=[
                    "One login for every city service",
                    "Replace paper resident cards with a mobile ID",
                    "Simplify identity checks for online city services",
                ],
                fragments=[
                    "Residents of {city} need a different account and password for almost every online city "
                    "service, from library loans to resident parking permits and school enrolment.",
                    "Many services still ask residents to come to a service counter with a paper resident "
                    "card or proof of address, which creates long queues.",
                    "We are looking for a digital resident ID wallet that gives residents single sign-on "
                    "and lets them show verifiable credentials, such as resident status or reduced-fare "
                    "eligibility, from their phone.",
                    "The solution must reuse the national eID where possible, follow open standards so we "
                    "are not locked in, and let residents share only the data a service really needs.",
                    "Departments should be able to connect their online services with standard protocols "
                    "such as OpenID Connect.",
                    "We would like at least a quarter of adult residents to use the wallet within the first "
                    "year.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="publish-council-meetings-faster",
        sector="e-government",
        extra_sectors=[],
        answered_by=["open-council-meeting-platform"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Make council meetings easy to follow",
                    "Publish council minutes in days, not weeks",
                ],
                fragments=[
                    "Council and committee meetings in {city} are open to the public, but the minutes take "
                    "about three weeks to publish and the video recordings cannot be searched.",
                    "Two clerks type the minutes by hand from audio recordings, and residents who want to "
                    "know how a councillor voted have to file a request.",
                    "We want to livestream meetings with automatic transcripts linked to each agenda item, "
                    "draft the minutes from the transcript and publish every vote as open data.",
                    "Residents should be able to search past meetings by keyword or councillor and receive "
                    "alerts when their street or school is on the agenda.",
                    "The solution must handle several languages, respect the rules for closed sessions and "
                    "run with our existing conference room cameras and microphones.",
                ],
            ),
        },
    ),
]


# --- Mobility & transport --------------------------------------------------------------------------------

_MOBILITY_SOLUTIONS = [
    SolutionArchetype(
        key="smart-parking-sensors",
        sector="mobility",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} ParkSense",
                    "Smart parking sensors with real-time space availability",
                    "On-street parking occupancy sensors and guidance app",
                    "{brand} Park: find a free parking space in seconds",
                ],
                summaries=[
                    "In-ground parking sensors detect whether each on-street space is free and guide "
                    "drivers to available parking through an app and street signs.",
                    "Real-time parking occupancy data that cuts cruising for parking, supports dynamic "
                    "pricing and helps enforcement officers target overstays.",
                ],
                fragments=[
                    "Battery-powered magnetometer and radar sensors are glued into each parking space in "
                    "under ten minutes and report occupancy over LoRaWAN or NB-IoT for up to eight years.",
                    "Drivers see free parking spaces on a map in the {brand} app, in navigation apps and on "
                    "dynamic signs at the entrance of each parking zone.",
                    "Enforcement officers get alerts when a vehicle overstays the time limit or occupies a "
                    "disabled or loading bay, so patrols go where they are needed.",
                    "Occupancy data feeds dynamic parking pricing: tariffs rise slightly on streets that "
                    "are always full and fall where spaces stay empty.",
                    "In a city centre deployment of 4,200 parking spaces, the time drivers spent cruising "
                    "for parking fell by 30% and parking revenue rose 18%.",
                    "Planners use historical parking occupancy by street and hour to decide where to remove "
                    "spaces for bus lanes, bike lanes or terraces.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 파킹센스",
                    "실시간 주차면 센서와 빈자리 안내",
                    "노상 주차 점유 센서와 주차 안내 앱",
                ],
                summaries=[
                    "노상 주차면마다 매립형 센서를 설치해 빈자리 여부를 실시간으로 파악하고, 앱과 안내 "
                    "전광판으로 운전자를 빈 주차면까지 안내합니다.",
                    "실시간 주차 점유 데이터로 주차 공간을 찾아 배회하는 시간을 줄이고, 탄력 요금제와 초과 "
                    "주차 단속을 지원합니다.",
                ],
                fragments=[
                    "배터리로 작동하는 지자기·레이더 센서를 주차면마다 10분 안에 부착하며, LoRaWAN이나 "
                    "NB-IoT로 최대 8년간 점유 정보를 전송합니다.",
                    "운전자는 {brand} 앱, 내비게이션 앱, 주차구역 입구의 안내 전광판에서 빈 주차면을 지도로 "
                    "확인할 수 있습니다.",
                    "주차 시간을 넘기거나 장애인·화물 조업 주차면을 무단 점유한 차량이 있으면 단속 요원에게 "
                    "바로 알림이 가서 순찰을 효율적으로 할 수 있습니다.",
                    "점유 데이터는 탄력 주차 요금제에 활용됩니다. 늘 만차인 도로는 요금을 조금 올리고, "
                    "빈자리가 많은 곳은 낮춥니다.",
                    "도심 주차면 4,200면에 설치한 사례에서 주차 공간을 찾아 배회하는 시간이 30% 줄고 주차 "
                    "수입은 18% 늘었습니다.",
                    "도로·시간대별 주차 점유 이력은 버스전용차로, 자전거도로, 보행 공간을 만들 때 어느 "
                    "주차면을 줄일지 정하는 근거가 됩니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Aparca",
                    "Sensores de aparcamiento con plazas libres en tiempo real",
                    "Sensores de ocupación del aparcamiento en la calle y app de guiado",
                ],
                summaries=[
                    "Sensores empotrados en el pavimento detectan si cada plaza de aparcamiento en la calle "
                    "está libre y guían a los conductores hasta ella mediante una app y paneles "
                    "informativos.",
                    "Datos de ocupación del aparcamiento en tiempo real para reducir las vueltas buscando "
                    "sitio, aplicar tarifas dinámicas y orientar el control de estacionamiento.",
                ],
                fragments=[
                    "Los sensores magnéticos y de radar, alimentados por batería, se pegan en cada plaza en "
                    "menos de diez minutos y envían la ocupación por LoRaWAN o NB-IoT durante hasta ocho "
                    "años.",
                    "El conductor ve las plazas libres en el mapa de la app {brand}, en su navegador y en "
                    "paneles dinámicos a la entrada de cada zona de aparcamiento.",
                    "Los controladores de la zona regulada reciben avisos cuando un vehículo supera el "
                    "tiempo permitido u ocupa una plaza de carga y descarga o reservada a personas con "
                    "movilidad reducida.",
                    "Los datos de ocupación alimentan tarifas dinámicas: el precio sube ligeramente en las "
                    "calles siempre llenas y baja donde sobran plazas.",
                    "En un despliegue de 4.200 plazas en el centro, el tiempo que los conductores pasaban "
                    "dando vueltas para aparcar bajó un 30 % y la recaudación subió un 18 %.",
                    "Los técnicos de movilidad usan el histórico de ocupación por calle y hora para decidir "
                    "dónde suprimir plazas y ganar carriles bus, carriles bici o terrazas.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Vaga Certa",
                    "Sensores de estacionamento com vagas livres em tempo real",
                    "Sensores de ocupação de vagas na rua e aplicativo de orientação",
                ],
                summaries=[
                    "Sensores instalados no pavimento detectam se cada vaga de estacionamento na rua está "
                    "livre e orientam o motorista até ela por aplicativo e painéis de mensagem.",
                    "Dados de ocupação de vagas em tempo real para reduzir o tempo rodando atrás de vaga, "
                    "aplicar tarifas dinâmicas e direcionar a fiscalização do estacionamento rotativo.",
                ],
                fragments=[
                    "Os sensores magnéticos e de radar, movidos a bateria, são colados em cada vaga em "
                    "menos de dez minutos e transmitem a ocupação por LoRaWAN ou NB-IoT por até oito anos.",
                    "O motorista vê as vagas livres no mapa do aplicativo {brand}, no aplicativo de "
                    "navegação e em painéis na entrada de cada área de estacionamento.",
                    "Os agentes de fiscalização recebem alertas quando um veículo ultrapassa o tempo "
                    "permitido ou ocupa vaga de carga e descarga ou reservada a pessoas com deficiência.",
                    "Os dados de ocupação alimentam tarifas dinâmicas: o preço sobe um pouco nas ruas "
                    "sempre lotadas e cai onde sobram vagas.",
                    "Em uma implantação com 4.200 vagas no centro, o tempo gasto rodando atrás de vaga caiu "
                    "30% e a arrecadação do estacionamento rotativo subiu 18%.",
                    "Os técnicos de mobilidade usam o histórico de ocupação por rua e horário para decidir "
                    "onde retirar vagas e abrir faixas de ônibus, ciclovias ou parklets.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Stationnement",
                    "Capteurs de stationnement et places libres en temps réel",
                    "Capteurs d'occupation des places sur voirie et application de guidage",
                ],
                summaries=[
                    "Des capteurs encastrés dans la chaussée détectent si chaque place de stationnement sur "
                    "voirie est libre et y guident les automobilistes via une application et des panneaux.",
                    "Des données d'occupation du stationnement en temps réel pour réduire le trafic de "
                    "recherche de place, moduler les tarifs et cibler le contrôle.",
                ],
                fragments=[
                    "Les capteurs magnétiques et radar, sur batterie, se collent sur chaque place en moins "
                    "de dix minutes et transmettent l'occupation en LoRaWAN ou NB-IoT pendant huit ans.",
                    "Les automobilistes voient les places libres sur la carte de l'application {brand}, "
                    "dans leur GPS et sur des panneaux dynamiques à l'entrée de chaque zone de "
                    "stationnement.",
                    "Les agents de surveillance sont alertés lorsqu'un véhicule dépasse la durée autorisée "
                    "ou occupe une aire de livraison ou une place réservée aux personnes handicapées.",
                    "Les données d'occupation alimentent une tarification dynamique : le tarif augmente "
                    "légèrement dans les rues toujours saturées et baisse là où les places restent vides.",
                    "Sur un déploiement de 4 200 places en centre-ville, le temps passé à chercher une "
                    "place a baissé de 30 % et les recettes de stationnement ont augmenté de 18 %.",
                    "Les services de la mobilité s'appuient sur l'historique d'occupation par rue et par "
                    "heure pour décider où supprimer des places au profit de couloirs de bus, de pistes "
                    "cyclables ou de terrasses.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="adaptive-traffic-signals",
        sector="mobility",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} FlowSignal",
                    "AI adaptive traffic signal control",
                    "Adaptive traffic lights that respond to real-time traffic",
                    "{brand} Signals: adaptive signal timing for congested junctions",
                ],
                summaries=[
                    "An adaptive traffic signal control system that replaces fixed timing plans and adjusts "
                    "green times at each junction every cycle from camera and detector data to cut "
                    "congestion.",
                    "Replaces fixed signal timing plans with AI that coordinates traffic lights along "
                    "corridors and gives priority to buses and emergency vehicles.",
                ],
                fragments=[
                    "Video and radar detectors count vehicles, cyclists and pedestrians at each approach, "
                    "and {brand} recalculates the green split at every junction each signal cycle.",
                    "Neighbouring junctions share their queue lengths so that green waves form along a "
                    "corridor instead of each junction optimising for itself.",
                    "Buses running late and ambulances on an emergency call request priority and get an "
                    "early or extended green without disrupting the whole corridor.",
                    "The system works with most existing traffic signal controllers through standard "
                    "protocols such as NTCIP and UTMC, so signal cabinets do not have to be replaced.",
                    "On a 12-junction arterial corridor, average travel time fell by 21% at peak hours and "
                    "stops per vehicle dropped by a third.",
                    "Traffic engineers keep control: they set limits for minimum green, pedestrian crossing "
                    "times and school zones, and can fall back to fixed timing plans at any moment.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 플로우 신호",
                    "AI 실시간 교통신호 제어",
                    "실시간 교통량에 반응하는 스마트 신호등",
                ],
                summaries=[
                    "교차로마다 카메라와 검지기 데이터를 바탕으로 신호 주기마다 녹색 시간을 조정해 정체와 "
                    "지체를 줄이는 실시간 교통신호 제어 시스템입니다.",
                    "고정 신호 시간 계획 대신 AI가 간선도로 축의 신호를 연동하고, 버스와 긴급차량에 우선 "
                    "신호를 줍니다.",
                ],
                fragments=[
                    "영상·레이더 검지기가 접근로별 차량, 자전거, 보행자를 집계하고, {brand} 시스템이 신호 "
                    "주기마다 교차로별 녹색 시간 배분을 다시 계산합니다.",
                    "인접 교차로끼리 대기 행렬 길이를 공유하기 때문에, 교차로마다 따로 최적화하지 않고 "
                    "간선도로 전체에 연동 신호가 만들어집니다.",
                    "운행이 늦어진 버스나 출동 중인 구급차가 우선 신호를 요청하면 녹색 신호를 앞당기거나 "
                    "연장하되, 축 전체의 흐름은 깨지지 않게 합니다.",
                    "NTCIP 등 표준 프로토콜로 기존 교통신호 제어기 대부분과 연동되므로 제어기를 교체할 "
                    "필요가 없습니다.",
                    "교차로 12곳이 이어진 간선도로에서 출퇴근 시간대 평균 통행 시간이 21% 줄고 차량당 정지 "
                    "횟수는 3분의 1 감소했습니다.",
                    "최소 녹색 시간, 보행 신호 시간, 어린이보호구역 설정은 교통 엔지니어가 정하며, 언제든 "
                    "고정 신호 계획으로 되돌릴 수 있습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Semáforo Adaptativo",
                    "Control semafórico adaptativo con IA",
                    "Semáforos que se ajustan al tráfico en tiempo real",
                ],
                summaries=[
                    "Un sistema de control semafórico adaptativo que ajusta en cada ciclo los tiempos de "
                    "verde de cada cruce a partir de cámaras y detectores para reducir atascos y demoras.",
                    "Sustituye los planes semafóricos fijos por una IA que coordina los semáforos de un eje "
                    "y da prioridad a autobuses y vehículos de emergencia.",
                ],
                fragments=[
                    "Detectores de vídeo y radar cuentan vehículos, ciclistas y peatones en cada acceso, y "
                    "{brand} recalcula el reparto de verde de cada intersección en cada ciclo.",
                    "Los cruces vecinos comparten la longitud de sus colas, de modo que se forman ondas "
                    "verdes a lo largo del eje en lugar de que cada cruce se optimice por su cuenta.",
                    "Los autobuses con retraso y las ambulancias en servicio solicitan prioridad y obtienen "
                    "un verde anticipado o prolongado sin desordenar todo el corredor.",
                    "Funciona con la mayoría de los reguladores semafóricos existentes mediante protocolos "
                    "estándar como NTCIP o UTMC, sin cambiar los armarios.",
                    "En un corredor arterial de 12 cruces, el tiempo medio de recorrido en hora punta bajó "
                    "un 21 % y las paradas por vehículo se redujeron en un tercio.",
                    "Los ingenieros de tráfico mantienen el control: fijan los verdes mínimos, los tiempos "
                    "de cruce peatonal y las zonas escolares, y pueden volver a los planes fijos en "
                    "cualquier momento.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Semáforo Inteligente",
                    "Controle semafórico adaptativo com IA",
                    "Semáforos que se ajustam ao trânsito em tempo real",
                ],
                summaries=[
                    "Um sistema de controle semafórico adaptativo que ajusta a cada ciclo o tempo de verde "
                    "de cada cruzamento com dados de câmeras e detectores, reduzindo congestionamentos e "
                    "atrasos.",
                    "Substitui os planos semafóricos fixos por uma IA que coordena os semáforos ao longo "
                    "dos corredores e dá prioridade a ônibus e veículos de emergência.",
                ],
                fragments=[
                    "Detectores de vídeo e radar contam veículos, ciclistas e pedestres em cada "
                    "aproximação, e o sistema {brand} recalcula a divisão de verde de cada cruzamento a "
                    "cada ciclo.",
                    "Cruzamentos vizinhos compartilham o tamanho das filas, formando ondas verdes ao longo "
                    "do corredor em vez de cada cruzamento se otimizar isoladamente.",
                    "Ônibus atrasados e ambulâncias em atendimento pedem prioridade e recebem verde "
                    "antecipado ou estendido sem desorganizar o corredor inteiro.",
                    "O sistema funciona com a maioria dos controladores semafóricos existentes por meio de "
                    "protocolos padrão como NTCIP e UTMC, sem troca de armários.",
                    "Em um corredor arterial com 12 cruzamentos, o tempo médio de viagem no horário de pico "
                    "caiu 21% e as paradas por veículo diminuíram um terço.",
                    "Os engenheiros de tráfego mantêm o controle: definem verdes mínimos, tempos de "
                    "travessia de pedestres e zonas escolares, e podem voltar aos planos fixos a qualquer "
                    "momento.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Feux Adaptatifs",
                    "Régulation adaptative des feux par IA",
                    "Des feux tricolores qui s'adaptent au trafic en temps réel",
                ],
                summaries=[
                    "Un système de régulation adaptative qui ajuste à chaque cycle les temps de vert de "
                    "chaque carrefour à partir de caméras et de détecteurs, pour réduire la congestion et "
                    "les retards.",
                    "Remplace les plans de feux fixes par une IA qui coordonne les feux le long des axes et "
                    "donne la priorité aux bus et aux véhicules de secours.",
                ],
                fragments=[
                    "Des détecteurs vidéo et radar comptent véhicules, cyclistes et piétons sur chaque "
                    "branche, et {brand} recalcule la répartition du vert de chaque carrefour à chaque "
                    "cycle.",
                    "Les carrefours voisins partagent la longueur de leurs files d'attente, si bien que des "
                    "ondes vertes se forment le long de l'axe au lieu d'une optimisation carrefour par "
                    "carrefour.",
                    "Les bus en retard et les ambulances en intervention demandent la priorité et "
                    "obtiennent un vert anticipé ou prolongé sans désorganiser tout l'axe.",
                    "Le système pilote la plupart des contrôleurs de feux existants grâce à des protocoles "
                    "standard comme DIASER ou NTCIP, sans remplacer les armoires.",
                    "Sur un axe de 12 carrefours, le temps de parcours moyen à l'heure de pointe a baissé "
                    "de 21 % et le nombre d'arrêts par véhicule d'un tiers.",
                    "Les ingénieurs circulation gardent la main : ils fixent les verts minimaux, les temps "
                    "de traversée piétonne et les zones scolaires, et peuvent revenir aux plans fixes à "
                    "tout moment.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="demand-responsive-transit",
        sector="mobility",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} OnDemand",
                    "On-demand bus service for low-density areas",
                    "Demand-responsive transit with dynamic routing",
                    "{brand} Ride: shared on-demand minibuses that feed the main transit network",
                ],
                summaries=[
                    "Software for demand-responsive transit: residents book a shared minibus ride in an app "
                    "or by phone, and routes are planned dynamically to connect suburbs and rural areas to "
                    "the rail network.",
                    "Replaces empty fixed-route buses in low-density neighbourhoods with on-demand shared "
                    "rides that connect to rail and trunk bus lines.",
                ],
                fragments=[
                    "Passengers book a ride in the app, by phone or at a kiosk, and {brand} groups trips "
                    "going the same way into one shared minibus ride with a pickup at a nearby virtual "
                    "stop.",
                    "The routing algorithm replans every few seconds, keeping detours within a maximum set "
                    "by the transit authority and guaranteeing connections to trains and trunk bus lines.",
                    "Drivers follow turn-by-turn instructions in a tablet app, and wheelchair-accessible "
                    "vehicles are assigned automatically to passengers who need them.",
                    "Fares are integrated with the regular public transport ticket, so riders pay nothing "
                    "extra to reach the nearest rail station.",
                    "In a suburban pilot with 9 minibuses, ridership per vehicle-hour was three times that "
                    "of the fixed bus lines it replaced, at 25% lower operating cost.",
                    "Older residents without a smartphone book by phone, and dispatchers see every booking, "
                    "vehicle and delay on one live map.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 온디맨드 버스",
                    "저밀도 지역을 위한 수요응답형 버스",
                    "실시간 경로 배정 수요응답형 교통(DRT)",
                ],
                summaries=[
                    "시민이 앱이나 전화로 합승 미니버스를 호출하면 실시간으로 경로를 짜서 교외와 농촌 "
                    "지역을 연결하는 수요응답형 교통(DRT) 소프트웨어입니다.",
                    "저밀도 지역에서 빈 채로 다니는 노선버스를 대신해, 철도역과 간선버스로 이어 주는 합승 "
                    "온디맨드 버스를 운영합니다.",
                ],
                fragments=[
                    "승객이 앱, 전화, 키오스크로 호출하면 {brand} 시스템이 같은 방향의 호출을 한 대의 합승 "
                    "미니버스로 묶고, 가까운 가상 정류장에서 태웁니다.",
                    "배차 알고리즘은 몇 초마다 경로를 다시 계산하며, 교통 당국이 정한 최대 우회 시간을 "
                    "지키고 철도와 간선버스 환승을 보장합니다.",
                    "운전기사는 태블릿 앱의 안내를 따라 운행하고, 휠체어 탑승이 필요한 승객에게는 저상 "
                    "차량이 자동으로 배차됩니다.",
                    "요금은 일반 대중교통 요금과 통합되어, 가까운 철도역까지 추가 요금 없이 이동할 수 "
                    "있습니다.",
                    "미니버스 9대로 진행한 교외 실증에서 차량 운행 시간당 이용객이 기존 노선버스의 3배였고, "
                    "운영비는 25% 낮았습니다.",
                    "스마트폰이 없는 어르신은 전화로 예약할 수 있으며, 관제 요원은 모든 예약과 차량, 지연 "
                    "상황을 하나의 실시간 지도로 확인합니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Bus a Demanda",
                    "Transporte a demanda para zonas de baja densidad",
                    "Autobús a demanda con rutas dinámicas",
                ],
                summaries=[
                    "Software de transporte a demanda: los vecinos reservan un viaje en minibús compartido "
                    "desde la app o por teléfono, y las rutas se planifican en tiempo real para dar "
                    "servicio a barrios periféricos y zonas rurales.",
                    "Sustituye los autobuses de línea fija que circulan vacíos en zonas de baja densidad "
                    "por viajes compartidos a demanda que conectan con el tren y las líneas troncales.",
                ],
                fragments=[
                    "El viajero reserva en la app, por teléfono o en un tótem, y {brand} agrupa los viajes "
                    "que van en la misma dirección en un único minibús compartido, con recogida en una "
                    "parada virtual cercana.",
                    "El algoritmo de rutas replanifica cada pocos segundos, respeta el desvío máximo fijado "
                    "por la autoridad de transporte y garantiza la conexión con trenes y líneas troncales.",
                    "Los conductores siguen las indicaciones de una tableta, y los vehículos adaptados para "
                    "sillas de ruedas se asignan automáticamente a quien los necesita.",
                    "La tarifa está integrada con el billete del transporte público, así que llegar a la "
                    "estación de tren no cuesta nada más.",
                    "En un piloto periurbano con 9 minibuses, los viajeros por hora de servicio triplicaron "
                    "los de las líneas fijas sustituidas, con un coste de operación un 25 % menor.",
                    "Las personas mayores sin smartphone reservan por teléfono, y el centro de control ve "
                    "todas las reservas, vehículos y retrasos en un único mapa en vivo.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Ônibus sob Demanda",
                    "Transporte sob demanda para bairros de baixa densidade",
                    "Micro-ônibus sob demanda com rotas dinâmicas",
                ],
                summaries=[
                    "Software de transporte sob demanda: o morador reserva uma viagem em micro-ônibus "
                    "compartilhado pelo aplicativo ou por telefone, e as rotas são planejadas em tempo real "
                    "para atender periferias e áreas rurais.",
                    "Substitui linhas fixas de ônibus que rodam vazias em bairros de baixa densidade por "
                    "viagens compartilhadas sob demanda, integradas ao trem e às linhas troncais.",
                ],
                fragments=[
                    "O passageiro reserva pelo aplicativo, por telefone ou num totem, e a plataforma "
                    "{brand} agrupa as viagens na mesma direção em um único micro-ônibus compartilhado, com "
                    "embarque num ponto virtual próximo.",
                    "O algoritmo de roteamento replaneja a cada poucos segundos, respeita o desvio máximo "
                    "definido pelo órgão gestor do transporte e garante a integração com trens e linhas "
                    "troncais.",
                    "Os motoristas seguem as instruções de um tablet, e veículos acessíveis para "
                    "cadeirantes são designados automaticamente a quem precisa.",
                    "A tarifa é integrada ao bilhete do transporte público, e chegar até a estação de trem "
                    "não custa nada a mais.",
                    "Em um piloto na periferia com 9 micro-ônibus, o número de passageiros por hora de "
                    "operação foi o triplo das linhas fixas substituídas, com custo operacional 25% menor.",
                    "Idosos sem smartphone reservam por telefone, e a central de operação vê todas as "
                    "reservas, veículos e atrasos num único mapa ao vivo.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Transport à la Demande",
                    "Transport à la demande pour les territoires peu denses",
                    "Navettes à la demande avec itinéraires dynamiques",
                ],
                summaries=[
                    "Un logiciel de transport à la demande : les habitants réservent un trajet en minibus "
                    "partagé depuis l'application ou par téléphone, et les itinéraires sont calculés en "
                    "temps réel pour desservir périphérie et zones rurales.",
                    "Remplace les lignes régulières qui circulent à vide dans les quartiers peu denses par "
                    "des trajets partagés à la demande, en correspondance avec le train et les lignes "
                    "structurantes.",
                ],
                fragments=[
                    "Le voyageur réserve dans l'application, par téléphone ou à une borne, et {brand} "
                    "regroupe les trajets qui vont dans la même direction dans un seul minibus partagé, "
                    "avec prise en charge à un arrêt virtuel proche.",
                    "L'algorithme recalcule les tournées toutes les quelques secondes, respecte le détour "
                    "maximal fixé par l'autorité organisatrice et garantit les correspondances avec les "
                    "trains et les lignes structurantes.",
                    "Les conducteurs suivent les instructions sur une tablette, et les véhicules "
                    "accessibles aux fauteuils roulants sont attribués automatiquement aux personnes qui en "
                    "ont besoin.",
                    "La tarification est intégrée au titre de transport habituel : rejoindre la gare la "
                    "plus proche ne coûte rien de plus.",
                    "Lors d'une expérimentation périurbaine avec 9 minibus, la fréquentation par heure de "
                    "service a triplé par rapport aux lignes régulières remplacées, pour un coût "
                    "d'exploitation inférieur de 25 %.",
                    "Les personnes âgées sans smartphone réservent par téléphone, et le poste de régulation "
                    "voit toutes les réservations, les véhicules et les retards sur une seule carte en "
                    "direct.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="e-bus-fleet-charging-optimizer",
        sector="mobility",
        extra_sectors=["energy"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} eFleet",
                    "Electric bus fleet charging and depot optimisation",
                    "Smart charging scheduler for battery-electric bus depots",
                    "{brand} Depot: plan the switch to electric buses",
                ],
                summaries=[
                    "Plans and runs the transition to battery-electric buses: which routes to electrify "
                    "first, how many chargers each depot needs and when to charge each bus overnight.",
                    "Smart charging software for electric bus depots that keeps every bus in the fleet "
                    "ready for its duty, plans the switch to battery-electric buses and avoids grid "
                    "upgrades.",
                ],
                fragments=[
                    "{brand} simulates each bus route with its timetable, gradients, passenger load and "
                    "winter heating to check whether a battery-electric bus can complete the duty on one "
                    "charge.",
                    "The depot scheduler decides when and at what power each bus charges overnight, keeping "
                    "the whole depot below its grid connection limit.",
                    "Charging shifts to the cheapest tariff hours, and opportunity charging at terminals is "
                    "only used where the route really needs it.",
                    "The planning module tells the transit authority how many chargers, what grid capacity "
                    "and which bus types each depot needs for every phase of the fleet electrification.",
                    "It connects to chargers over OCPP and to the scheduling and vehicle telematics systems "
                    "the bus operator already uses.",
                    "At a depot with 80 electric buses, peak grid demand fell by 38% and electricity costs "
                    "per kilometre dropped by 22% in the first year.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="mobility-as-a-service-app",
        sector="mobility",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Go",
                    "Mobility-as-a-Service journey planner and ticketing app",
                    "One app to plan, book and pay for every mode of transport",
                    "{brand} MaaS: public transport, bike share and taxis in one ticket",
                ],
                summaries=[
                    "A white-label Mobility-as-a-Service app that combines public transport, bike share, "
                    "e-scooters, car sharing and taxis in one journey planner with a single ticket and "
                    "payment.",
                    "Helps residents leave the car at home by planning multimodal journeys and selling "
                    "public transport tickets together with shared mobility.",
                ],
                fragments=[
                    "The journey planner combines real-time public transport data (GTFS and GTFS-Realtime) "
                    "with the availability of shared bikes, scooters and cars.",
                    "Riders buy public transport tickets and book shared mobility in the same app, and "
                    "monthly mobility bundles can replace the cost of owning a second car.",
                    "The app is branded by the city or the transit authority, which keeps ownership of the "
                    "customer relationship and of the trip data.",
                    "Concessionary fares for students, older people and low-income residents are applied "
                    "automatically once eligibility is verified.",
                    "{brand} exposes open APIs so new mobility operators can join the platform without a "
                    "separate integration project.",
                    "On-demand minibus rides can be booked as one leg of a journey, so residents of "
                    "low-density suburbs reach the rail station on a single public transport ticket.",
                    "In the first 18 months, 64,000 residents used the app every month, and 11% of regular "
                    "users reported getting rid of a car.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="micromobility-parking-management",
        sector="mobility",
        extra_sectors=["urban-planning"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} ScootZone",
                    "Dockless e-scooter and bike-share parking management",
                    "Geofencing and parking compliance for shared micromobility",
                    "{brand} Curbside: keep shared scooters off the pavement",
                ],
                summaries=[
                    "A platform for cities to regulate shared e-scooters and dockless bikes: geofenced "
                    "parking zones, speed limits, fleet caps and automatic compliance reports for every "
                    "operator.",
                    "Stops badly parked e-scooters and bikes blocking pavements by combining virtual "
                    "parking zones, photo checks and data from every micromobility operator.",
                ],
                fragments=[
                    "Operators share live vehicle data through the Mobility Data Specification (MDS), and "
                    "{brand} checks every trip and parked vehicle against the city's rules.",
                    "City staff draw no-parking zones, slow zones and designated parking hubs on a map, and "
                    "the rules are pushed to every operator's e-scooters within minutes.",
                    "Riders must end their trip in a parking hub and take a photo; image recognition checks "
                    "that the scooter is upright and not blocking the pavement.",
                    "Residents report badly parked scooters or bikes with a QR code, and the responsible "
                    "operator must move them within a set time or pay a penalty.",
                    "Monthly reports show compliance, trip volumes and fleet utilisation per operator and "
                    "district, which supports permit renewals and fleet caps.",
                    "After introducing 600 parking hubs in one city, complaints about e-scooters on the "
                    "pavement fell by 72% in six months.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="pedestrian-cyclist-counting-ai",
        sector="mobility",
        extra_sectors=["urban-planning"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} StreetCount",
                    "AI counting of pedestrians and cyclists for active travel planning",
                    "Privacy-safe sensors that count walking and cycling trips",
                    "{brand} Counts: data for safer walking and cycling networks",
                ],
                summaries=[
                    "Computer-vision sensors that count pedestrians, cyclists and vehicles at junctions and "
                    "along streets, without storing images, to plan and evaluate walking and cycling "
                    "infrastructure.",
                    "Gives transport planners continuous counts of cycling and walking trips, near-misses "
                    "and speeds to prioritise bike lanes and safer crossings.",
                ],
                fragments=[
                    "A small sensor mounted on a lamp post classifies road users with on-device AI and "
                    "sends only counts and trajectories, so no images of people ever leave the device.",
                    "{brand} detects near-misses between cyclists, pedestrians and vehicles, revealing "
                    "dangerous junctions long before they appear in injury statistics.",
                    "Counts are available by mode, direction and 15-minute interval, and can be compared "
                    "before and after a new bike lane or school street opens.",
                    "Sensors run on mains or solar power and send data over 4G or LoRaWAN, and a dashboard "
                    "publishes cycling counts as open data.",
                    "One city used a year of counts to show a 46% rise in cycling on a new protected bike "
                    "lane, which secured funding for three more corridors.",
                    "Counts of wheelchair users, pushchairs and e-scooters help planners design pavements "
                    "and crossings for everyone, not only for cars.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="freight-curb-management",
        sector="mobility",
        extra_sectors=["economy-jobs"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CurbBook",
                    "Bookable loading zones for urban freight deliveries",
                    "Digital curb management for delivery vans",
                    "{brand} Loading: smart loading bays and delivery-window booking",
                ],
                summaries=[
                    "Digital curb management that lets delivery drivers book loading bays in advance, "
                    "monitors loading zones with sensors and cuts double parking by delivery vans.",
                    "Turns loading zones into bookable, monitored curb space so urban freight deliveries "
                    "stop blocking bus and bike lanes.",
                ],
                fragments=[
                    "Delivery companies book a loading bay for a 15- or 30-minute slot through an app or "
                    "API, and drivers navigate straight to a free bay.",
                    "Sensors and cameras detect whether a loading bay is occupied and by which kind of "
                    "vehicle, so enforcement can focus on cars parked in loading zones.",
                    "The city can change curb rules by time of day (deliveries in the morning, taxis in the "
                    "evening, terraces at weekends) and publish them in a digital curb map.",
                    "{brand} gives freight operators data on dwell times and delivery patterns, which "
                    "supports consolidation hubs and cargo-bike delivery schemes.",
                    "In a pilot street, double parking by delivery vans fell by 60% and the average dwell "
                    "time in loading bays dropped from 28 to 17 minutes.",
                    "Small local shops can book short windows for their own supplier deliveries at no cost, "
                    "while large carriers pay per booking.",
                ],
            ),
        },
    ),
]

_MOBILITY_CHALLENGES = [
    ChallengeArchetype(
        key="find-parking-faster",
        sector="mobility",
        extra_sectors=["data-digital"],
        answered_by=["smart-parking-sensors"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Help drivers find parking faster",
                    "Reduce traffic from drivers cruising for parking",
                    "Real-time information on free parking spaces",
                ],
                fragments=[
                    "In {city}'s city centre, up to a third of traffic at peak hours is drivers cruising "
                    "for a parking space, adding congestion, noise and emissions.",
                    "We manage around 6,000 on-street parking spaces but have no real-time information on "
                    "which spaces are free, and our parking tariffs are the same on every street.",
                    "We want sensors or another technology that shows free parking spaces in real time to "
                    "drivers through an app, navigation services and street signs.",
                    "Enforcement officers should be alerted when vehicles overstay or occupy loading bays "
                    "and disabled spaces, so patrols can be targeted.",
                    "The data should also support dynamic parking pricing and help planners decide where "
                    "parking spaces can give way to bus lanes or bike lanes.",
                    "The solution must run on low-maintenance hardware that survives winter road cleaning "
                    "and must not store any personal data about drivers.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "빈 주차면을 빨리 찾도록 돕기",
                    "주차 공간을 찾아 배회하는 차량 줄이기",
                    "실시간 빈 주차면 정보 제공",
                ],
                fragments=[
                    "{city} 도심에서는 출퇴근 시간대 교통량의 최대 3분의 1이 주차 공간을 찾아 배회하는 "
                    "차량이어서 정체, 소음, 배출가스가 늘고 있습니다.",
                    "노상 주차면 약 6,000면을 관리하고 있지만 어느 주차면이 비어 있는지 실시간으로 알 수 "
                    "없고, 주차 요금도 도로와 관계없이 모두 같습니다.",
                    "센서 등의 기술로 빈 주차면 정보를 실시간으로 파악해 앱, 내비게이션, 도로 안내판으로 "
                    "운전자에게 알려 주는 솔루션을 찾고 있습니다.",
                    "주차 시간 초과나 화물 조업·장애인 주차면 무단 점유가 발생하면 단속 요원에게 알림이 "
                    "가서 순찰을 효율적으로 할 수 있어야 합니다.",
                    "수집한 데이터는 탄력 주차 요금제에 활용하고, 어느 주차면을 버스전용차로나 자전거도로로 "
                    "바꿀지 판단하는 데에도 쓰고자 합니다.",
                    "겨울철 제설 작업에도 견디는 유지보수가 적은 장비여야 하며, 운전자의 개인정보는 "
                    "저장하지 않아야 합니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Ayudar a los conductores a aparcar antes",
                    "Menos tráfico de vehículos buscando aparcamiento",
                    "Información en tiempo real de plazas libres",
                ],
                fragments=[
                    "En el centro de {city}, hasta un tercio del tráfico en hora punta son conductores "
                    "dando vueltas en busca de aparcamiento, lo que añade atascos, ruido y emisiones.",
                    "Gestionamos unas 6.000 plazas de aparcamiento en la calle, pero no sabemos en tiempo "
                    "real cuáles están libres y la tarifa es la misma en todas las calles.",
                    "Queremos sensores u otra tecnología que muestre las plazas libres en tiempo real a los "
                    "conductores mediante una app, los navegadores y paneles en la calle.",
                    "Los controladores deben recibir avisos cuando un vehículo excede el tiempo u ocupa "
                    "plazas de carga y descarga o reservadas, para dirigir mejor las rondas.",
                    "Los datos deben servir también para aplicar tarifas dinámicas de aparcamiento y "
                    "decidir qué plazas pueden convertirse en carriles bus o bici.",
                    "La solución debe funcionar con equipos de poco mantenimiento, resistentes a la "
                    "limpieza viaria, y no debe guardar datos personales de los conductores.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Ajudar o motorista a encontrar vaga mais rápido",
                    "Menos carros rodando atrás de vaga",
                    "Informação em tempo real sobre vagas livres",
                ],
                fragments=[
                    "No centro de {city}, até um terço do trânsito no horário de pico são motoristas "
                    "rodando atrás de vaga de estacionamento, o que aumenta congestionamento, ruído e "
                    "emissões.",
                    "Administramos cerca de 6 mil vagas de estacionamento rotativo na rua, mas não sabemos "
                    "em tempo real quais estão livres, e a tarifa é a mesma em todas as ruas.",
                    "Buscamos sensores ou outra tecnologia que mostre as vagas livres em tempo real para o "
                    "motorista por aplicativo, serviços de navegação e painéis na rua.",
                    "Os agentes de fiscalização devem ser avisados quando um veículo passa do tempo ou "
                    "ocupa vagas de carga e descarga ou reservadas, para direcionar as rondas.",
                    "Os dados também devem permitir tarifas dinâmicas de estacionamento e ajudar a decidir "
                    "quais vagas podem dar lugar a faixas de ônibus ou ciclovias.",
                    "A solução deve usar equipamentos de pouca manutenção e não pode armazenar dados "
                    "pessoais dos motoristas.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Aider les automobilistes à se garer plus vite",
                    "Réduire le trafic de recherche de place",
                    "Informer en temps réel sur les places de stationnement libres",
                ],
                fragments=[
                    "À {city}, jusqu'à un tiers du trafic en centre-ville aux heures de pointe est dû à des "
                    "automobilistes qui cherchent une place de stationnement, avec à la clé congestion, "
                    "bruit et émissions.",
                    "Nous gérons environ 6 000 places de stationnement sur voirie sans savoir en temps réel "
                    "lesquelles sont libres, et le tarif est le même dans toutes les rues.",
                    "Nous cherchons des capteurs ou une autre technologie qui indiquent en temps réel les "
                    "places libres aux automobilistes, via une application, les GPS et des panneaux.",
                    "Les agents de surveillance doivent être alertés en cas de dépassement de durée ou "
                    "d'occupation des aires de livraison et des places réservées, afin de mieux cibler les "
                    "tournées.",
                    "Les données doivent aussi permettre une tarification dynamique du stationnement et "
                    "aider à décider quelles places peuvent céder la place à des couloirs de bus ou des "
                    "pistes cyclables.",
                    "La solution doit reposer sur un matériel peu exigeant en maintenance et ne conserver "
                    "aucune donnée personnelle sur les automobilistes.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="ease-congestion-at-junctions",
        sector="mobility",
        extra_sectors=[],
        answered_by=["adaptive-traffic-signals"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Ease congestion at busy junctions",
                    "Smarter traffic signals on our main corridors",
                    "Give buses priority at traffic lights",
                ],
                fragments=[
                    "Traffic on {city}'s main arterial corridors slows to a crawl at peak hours, and our "
                    "traffic signals still run on fixed timing plans designed more than ten years ago.",
                    "Queues at one junction spill back into the next, buses lose up to a quarter of their "
                    "running time at red lights, and ambulances get stuck in congestion.",
                    "We are looking for adaptive traffic signal control that adjusts green times to "
                    "real-time traffic at each junction and coordinates signals along a corridor.",
                    "Buses and emergency vehicles should get signal priority, while safe pedestrian "
                    "crossing times and school zones are always respected.",
                    "The solution must work with our existing signal controllers and detectors where "
                    "possible, and our traffic engineers must be able to override it.",
                    "We will start with one corridor of about ten junctions and measure travel times, stops "
                    "and bus punctuality before and after.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "혼잡 교차로 정체 완화",
                    "주요 간선도로의 스마트 신호 운영",
                    "신호등에서 버스 우선 통행",
                ],
                fragments=[
                    "{city}의 주요 간선도로는 출퇴근 시간마다 거북이 운행이 이어지는데, 교통신호는 아직도 "
                    "10년도 더 된 고정 신호 시간 계획으로 운영되고 있습니다.",
                    "한 교차로의 대기 행렬이 다음 교차로까지 밀리고, 버스는 운행 시간의 4분의 1가량을 신호 "
                    "대기로 잃으며, 구급차도 정체에 갇힙니다.",
                    "교차로마다 실시간 교통량에 맞춰 녹색 시간을 조정하고 간선도로 축의 신호를 연동하는 "
                    "실시간 교통신호 제어 시스템을 찾고 있습니다.",
                    "보행 신호 시간과 어린이보호구역은 반드시 지키면서, 버스와 긴급차량에는 우선 신호를 줄 "
                    "수 있어야 합니다.",
                    "가능한 한 기존 신호 제어기와 검지기를 그대로 활용해야 하며, 교통 엔지니어가 언제든 "
                    "수동으로 개입할 수 있어야 합니다.",
                    "교차로 10곳 정도의 한 개 축에서 먼저 시작해, 도입 전후의 통행 시간, 정지 횟수, 버스 "
                    "정시성을 측정할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Aliviar la congestión en los cruces más cargados",
                    "Semáforos más inteligentes en los grandes ejes",
                    "Prioridad semafórica para el autobús",
                ],
                fragments=[
                    "En hora punta, el tráfico de los grandes ejes de {city} avanza a paso de tortuga, y "
                    "nuestros semáforos siguen funcionando con planes fijos diseñados hace más de diez "
                    "años.",
                    "Las colas de un cruce invaden el siguiente, los autobuses pierden hasta una cuarta "
                    "parte de su tiempo de recorrido en rojo y las ambulancias quedan atrapadas en los "
                    "atascos.",
                    "Buscamos un control semafórico adaptativo que ajuste los tiempos de verde al tráfico "
                    "real en cada cruce y coordine los semáforos de todo el eje.",
                    "Autobuses y vehículos de emergencia deben tener prioridad semafórica, respetando "
                    "siempre los tiempos de cruce peatonal y las zonas escolares.",
                    "La solución debe aprovechar en lo posible nuestros reguladores y detectores actuales, "
                    "y los ingenieros de tráfico deben poder intervenir manualmente.",
                    "Empezaremos por un eje de unos diez cruces y mediremos tiempos de recorrido, paradas y "
                    "puntualidad de los autobuses antes y después.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Aliviar o congestionamento nos cruzamentos mais carregados",
                    "Semáforos mais inteligentes nos principais corredores",
                    "Prioridade semafórica para os ônibus",
                ],
                fragments=[
                    "No horário de pico, o trânsito nos principais corredores de {city} anda a passo de "
                    "tartaruga, e os nossos semáforos ainda funcionam com planos fixos feitos há mais de "
                    "dez anos.",
                    "As filas de um cruzamento invadem o seguinte, os ônibus perdem até um quarto do tempo "
                    "de viagem no sinal vermelho e as ambulâncias ficam presas no congestionamento.",
                    "Procuramos um controle semafórico adaptativo que ajuste o tempo de verde ao trânsito "
                    "real em cada cruzamento e coordene os semáforos ao longo do corredor.",
                    "Ônibus e veículos de emergência devem ter prioridade semafórica, sempre respeitando o "
                    "tempo de travessia dos pedestres e as zonas escolares.",
                    "A solução deve aproveitar ao máximo os controladores e detectores existentes, e os "
                    "engenheiros de tráfego precisam poder intervir manualmente.",
                    "Vamos começar por um corredor de cerca de dez cruzamentos e medir tempo de viagem, "
                    "paradas e pontualidade dos ônibus antes e depois.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Désengorger les carrefours les plus chargés",
                    "Des feux plus intelligents sur les grands axes",
                    "Priorité aux bus aux feux tricolores",
                ],
                fragments=[
                    "À {city}, la circulation sur les grands axes est saturée aux heures de pointe, alors "
                    "que nos feux fonctionnent toujours avec des plans fixes conçus il y a plus de dix ans.",
                    "Les files d'attente d'un carrefour remontent jusqu'au suivant, les bus perdent jusqu'à "
                    "un quart de leur temps de parcours aux feux rouges et les ambulances restent bloquées.",
                    "Nous cherchons une régulation adaptative des feux qui ajuste les temps de vert au "
                    "trafic réel de chaque carrefour et coordonne les feux le long d'un axe.",
                    "Les bus et les véhicules de secours doivent bénéficier de la priorité aux feux, dans "
                    "le respect des temps de traversée piétonne et des zones scolaires.",
                    "La solution doit réutiliser autant que possible nos contrôleurs et détecteurs actuels, "
                    "et nos ingénieurs circulation doivent pouvoir reprendre la main.",
                    "Nous commencerons par un axe d'une dizaine de carrefours et mesurerons temps de "
                    "parcours, arrêts et ponctualité des bus avant et après.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="serve-low-density-suburbs-with-transit",
        sector="mobility",
        extra_sectors=[],
        answered_by=["demand-responsive-transit", "mobility-as-a-service-app"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Better public transport in low-density suburbs",
                    "Replace empty fixed-route buses with on-demand service",
                    "Connect outlying neighbourhoods to the rail network",
                ],
                fragments=[
                    "Several low-density suburbs of {city} are served by fixed-route buses that run almost "
                    "empty outside peak hours, and residents without a car struggle to reach the rail "
                    "station by public transport.",
                    "Each of these bus lines costs far more than its fares bring in, and cutting them would "
                    "leave older residents and students isolated.",
                    "We want to test on-demand public transport: shared minibus rides booked in an app or "
                    "by phone, with dynamic routing and guaranteed connections to trains and trunk bus "
                    "lines.",
                    "The service must accept the regular public transport ticket, offer "
                    "wheelchair-accessible vehicles and let people without a smartphone book by phone.",
                    "Ideally residents could plan the whole journey, including the on-demand ride, the "
                    "train and shared bikes, in one app.",
                    "We will compare ridership per vehicle-hour and operating cost with the fixed bus lines "
                    "over a one-year pilot.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="tame-dockless-scooters",
        sector="mobility",
        extra_sectors=["urban-planning"],
        answered_by=["micromobility-parking-management"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Stop e-scooters cluttering the pavements",
                    "Regulate shared e-scooters and bikes",
                    "Parking rules that shared micromobility operators follow",
                ],
                fragments=[
                    "Four operators run about 9,000 shared e-scooters and dockless bikes in {city}, and "
                    "badly parked vehicles blocking pavements are now one of residents' top complaints.",
                    "Wheelchair users and people with visual impairments are most affected, and our staff "
                    "have no data to check which operator is responsible.",
                    "We need a platform that receives live data from every micromobility operator, enforces "
                    "geofenced no-parking zones, slow zones and parking hubs, and reports compliance per "
                    "operator.",
                    "Residents should be able to report a badly parked scooter easily, and operators must "
                    "be required to move it quickly.",
                    "The data should also tell us how the scooters are used, so we can set fleet caps and "
                    "plan parking hubs and bike lanes.",
                    "Operators already share data through the Mobility Data Specification, and we want to "
                    "build on that standard.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="manage-delivery-vans-at-the-curb",
        sector="mobility",
        extra_sectors=["economy-jobs"],
        answered_by=["freight-curb-management"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Stop delivery vans double parking",
                    "Smarter loading zones for urban deliveries",
                    "Manage the curb for freight, taxis and buses",
                ],
                fragments=[
                    "Parcel and grocery deliveries in {city} have doubled in five years, and delivery vans "
                    "double parking in bus lanes and bike lanes are slowing buses and endangering cyclists.",
                    "Our 800 loading zones are often occupied by private cars, and drivers have no way to "
                    "know whether a loading bay is free before they arrive.",
                    "We are looking for digital curb management: bookable loading bays, sensors that show "
                    "whether they are occupied and rules that can change by time of day.",
                    "Freight operators, small shops and the city should all see the same digital curb map, "
                    "and enforcement should focus on vehicles misusing loading zones.",
                    "The data should help us plan consolidation hubs and cargo-bike deliveries for the "
                    "historic centre.",
                    "We will start with two commercial streets and measure double parking, loading times "
                    "and bus delays.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="electrify-the-bus-fleet",
        sector="mobility",
        extra_sectors=["energy"],
        answered_by=["e-bus-fleet-charging-optimizer"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Plan the switch to electric buses",
                    "Charge an electric bus fleet without overloading the grid",
                    "Electrify our bus depots",
                ],
                fragments=[
                    "{city} has committed to a zero-emission bus fleet by 2035, and the first 60 "
                    "battery-electric buses arrive at our main depot next year.",
                    "We do not yet know which routes can be run by electric buses on one charge, especially "
                    "in winter, or how many chargers each depot needs.",
                    "The grid connection at the depot is limited, and upgrading it would cost millions and "
                    "take three years.",
                    "We are looking for software that simulates our routes and timetables, plans the depot "
                    "charging schedule and keeps overnight charging below the grid limit and in the "
                    "cheapest tariff hours.",
                    "It must work with chargers from different manufacturers over OCPP and with the bus "
                    "operator's scheduling and telematics systems.",
                    "Success means every electric bus leaves the depot charged for its duty at the lowest "
                    "possible electricity cost.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="plan-safer-cycling-network",
        sector="mobility",
        extra_sectors=["urban-planning"],
        answered_by=["pedestrian-cyclist-counting-ai"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Data to plan a safer cycling network",
                    "Count walking and cycling trips",
                    "Find dangerous junctions for cyclists and pedestrians",
                ],
                fragments=[
                    "{city} is building 40 kilometres of protected bike lanes, but we only count cyclists "
                    "and pedestrians by hand twice a year at a few locations.",
                    "Without continuous counts we cannot show the council how many people use new bike "
                    "lanes, or which junctions are dangerous before serious injuries happen.",
                    "We want sensors that count pedestrians, cyclists, e-scooters and vehicles by direction "
                    "and time of day, and that detect near-misses at junctions.",
                    "Privacy is essential: no images of people may be stored or transmitted.",
                    "Counts should be published as open data and allow before-and-after comparisons when a "
                    "new bike lane or school street opens.",
                    "We would start with 30 locations along the planned cycling network.",
                ],
            ),
        },
    ),
]


# --- Environment & waste ---------------------------------------------------------------------------------

_ENVIRONMENT_SOLUTIONS = [
    SolutionArchetype(
        key="food-waste-rfid-bins",
        sector="environment",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} FoodLoop",
                    "Smart food-waste bins with pay-as-you-throw billing",
                    "RFID food-waste bins that weigh each household's waste",
                    "{brand} Weigh: food-waste reduction for apartment complexes",
                ],
                summaries=[
                    "RFID-enabled food-waste bins weigh what each household throws away and bill it "
                    "pay-as-you-throw, cutting food waste in apartment blocks.",
                    "Shared food-waste bins for apartment complexes that identify each household by RFID "
                    "card, weigh its food waste and feed the data into billing and feedback.",
                ],
                fragments=[
                    "Residents open the bin with an RFID card or a phone tag; the built-in scale weighs "
                    "their food waste and the lid closes automatically to keep smells in.",
                    "Each household is billed only for the food waste it actually throws away, and monthly "
                    "feedback compares it with similar households in the building.",
                    "Fill-level sensors tell the collection contractor when a bin is nearly full, so "
                    "food-waste collection trucks only visit bins that need emptying.",
                    "{brand} bins are sized for apartment complexes of 200 to 2,000 households and run on "
                    "mains power or a solar panel with battery.",
                    "In apartment blocks where pay-as-you-throw billing was introduced, food waste per "
                    "household fell by 20–30% within a year.",
                    "Collected food waste is clean enough for anaerobic digestion or composting, and the "
                    "city gets data on the tonnage by building and district.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 음식물 루프",
                    "종량제 과금이 되는 스마트 음식물 쓰레기 수거함",
                    "세대별로 무게를 재는 RFID 음식물 쓰레기 수거기",
                ],
                summaries=[
                    "RFID 음식물 쓰레기 수거기가 세대별 배출량을 무게로 측정해 종량제로 부과함으로써 "
                    "공동주택의 음식물 쓰레기를 줄입니다.",
                    "아파트 단지 공용 음식물 쓰레기 수거기가 RFID 카드로 세대를 인식하고 배출 무게를 재서, "
                    "그 데이터를 요금 부과와 배출량 안내에 활용합니다.",
                ],
                fragments=[
                    "주민이 RFID 카드나 휴대폰 태그를 대면 투입구가 열리고, 내장 저울이 음식물 쓰레기 "
                    "무게를 잰 뒤 냄새가 새지 않도록 자동으로 닫힙니다.",
                    "세대마다 실제로 버린 음식물 쓰레기 양만큼만 수수료를 내고, 매달 같은 단지의 비슷한 "
                    "세대와 배출량을 비교한 안내를 받습니다.",
                    "적재량 센서가 수거기가 거의 찼을 때 수거 업체에 알려 주므로, 수거 차량은 비워야 할 "
                    "수거기만 찾아갑니다.",
                    "{brand} 수거기는 200~2,000세대 규모 공동주택에 맞게 설계되었으며, 상시 전원이나 "
                    "배터리를 갖춘 태양광 패널로 작동합니다.",
                    "세대별 종량제를 도입한 아파트 단지에서는 1년 안에 세대당 음식물 쓰레기 배출량이 20~30% "
                    "줄었습니다.",
                    "수거된 음식물 쓰레기는 이물질이 적어 바이오가스화나 퇴비화에 바로 쓸 수 있고, 지자체는 "
                    "단지·동별 배출량 데이터를 얻게 됩니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Orgánico",
                    "Contenedores inteligentes de residuos orgánicos con pago por generación",
                    "Contenedores de biorresiduos con RFID que pesan los restos de cada hogar",
                ],
                summaries=[
                    "Contenedores de residuos orgánicos con RFID que pesan lo que tira cada hogar y lo "
                    "cobran según el principio de pago por generación, reduciendo los restos de comida en "
                    "los bloques de viviendas.",
                    "Contenedores compartidos para comunidades de vecinos que identifican a cada hogar con "
                    "una tarjeta RFID, pesan sus restos de comida y usan el dato para la tasa y la "
                    "información al vecino.",
                ],
                fragments=[
                    "El vecino abre el contenedor con una tarjeta RFID o una etiqueta en el móvil; la "
                    "báscula integrada pesa los restos de comida y la tapa se cierra sola para evitar "
                    "olores.",
                    "Cada hogar paga solo por los residuos orgánicos que realmente genera y recibe cada mes "
                    "una comparación con hogares similares del mismo edificio.",
                    "Los sensores de llenado avisan a la empresa de recogida cuando un contenedor está casi "
                    "lleno, de modo que los camiones solo pasan por los que hay que vaciar.",
                    "Los contenedores {brand} están pensados para conjuntos residenciales de 200 a 2.000 "
                    "viviendas y funcionan conectados a la red o con placa solar y batería.",
                    "En los bloques de viviendas donde se implantó el pago por generación, los restos de "
                    "comida por hogar bajaron entre un 20 % y un 30 % en un año.",
                    "La fracción orgánica recogida llega con pocos impropios y puede ir directamente a "
                    "biometanización o compostaje; el ayuntamiento obtiene datos de toneladas por edificio "
                    "y barrio.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Resíduo Zero",
                    "Contentores inteligentes de resíduos orgânicos com cobrança por peso",
                    "Contentores de restos de comida com RFID que pesam o descarte de cada família",
                ],
                summaries=[
                    "Contentores de resíduos orgânicos com RFID que pesam o que cada domicílio descarta e "
                    "cobram pelo peso, reduzindo o desperdício de alimentos em condomínios.",
                    "Contentores compartilhados para condomínios que identificam cada apartamento por "
                    "cartão RFID, pesam os restos de comida e usam os dados na cobrança e no retorno aos "
                    "moradores.",
                ],
                fragments=[
                    "O morador abre o contentor com um cartão RFID ou uma etiqueta no celular; a balança "
                    "embutida pesa os restos de comida e a tampa fecha sozinha para segurar o cheiro.",
                    "Cada domicílio paga apenas pelos resíduos orgânicos que realmente descarta e recebe "
                    "todo mês uma comparação com apartamentos parecidos do mesmo condomínio.",
                    "Sensores de nível avisam a empresa de coleta quando o contentor está quase cheio, e o "
                    "caminhão só passa onde é preciso esvaziar.",
                    "Os contentores {brand} foram pensados para condomínios de 200 a 2.000 apartamentos e "
                    "funcionam ligados à rede ou com painel solar e bateria.",
                    "Nos condomínios onde a cobrança por peso foi adotada, o descarte de restos de comida "
                    "por domicílio caiu de 20% a 30% em um ano.",
                    "O resíduo orgânico coletado chega limpo para biodigestão ou compostagem, e a "
                    "prefeitura passa a ter dados de toneladas por condomínio e por bairro.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Biodéchets",
                    "Bacs à biodéchets connectés avec tarification incitative",
                    "Bacs à déchets alimentaires RFID qui pèsent les apports de chaque foyer",
                ],
                summaries=[
                    "Des bacs à biodéchets équipés de RFID pèsent ce que jette chaque foyer et le facturent "
                    "selon une tarification incitative, pour réduire les déchets alimentaires dans "
                    "l'habitat collectif.",
                    "Des bacs partagés pour les résidences qui identifient chaque foyer par badge RFID, "
                    "pèsent ses déchets alimentaires et alimentent la facturation et les retours aux "
                    "habitants.",
                ],
                fragments=[
                    "L'habitant ouvre le bac avec un badge RFID ou son téléphone ; la balance intégrée pèse "
                    "ses déchets alimentaires et le couvercle se referme automatiquement pour contenir les "
                    "odeurs.",
                    "Chaque foyer ne paie que pour les biodéchets qu'il jette réellement et reçoit chaque "
                    "mois une comparaison avec des foyers comparables de sa résidence.",
                    "Des capteurs de remplissage préviennent le prestataire de collecte quand un bac est "
                    "presque plein : les camions ne passent que là où il faut vider.",
                    "Les bacs {brand} sont dimensionnés pour des résidences de 200 à 2 000 logements et "
                    "fonctionnent sur secteur ou avec un panneau solaire et une batterie.",
                    "Dans les immeubles passés à la tarification incitative, les déchets alimentaires par "
                    "foyer ont baissé de 20 à 30 % en un an.",
                    "Les biodéchets collectés sont assez propres pour la méthanisation ou le compostage, et "
                    "la collectivité dispose des tonnages par immeuble et par quartier.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="air-quality-sensor-network",
        sector="environment",
        extra_sectors=["health"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} AirMap",
                    "Street-level air quality sensor network",
                    "Hyperlocal air pollution monitoring with low-cost sensors",
                    "{brand} Air: real-time PM2.5 and NO2 maps for every street",
                ],
                summaries=[
                    "A dense network of calibrated low-cost sensors that measures PM2.5, PM10, NO2 and "
                    "ozone street by street and publishes real-time air quality maps.",
                    "Hyperlocal air pollution data for cities: find pollution hotspots near schools and "
                    "busy roads, evaluate traffic measures and alert residents on bad air days.",
                ],
                fragments=[
                    "Compact sensor units mounted on lamp posts and bus shelters measure PM2.5, PM10, NO2, "
                    "ozone, temperature and humidity every minute.",
                    "Each sensor is calibrated against the city's reference monitoring stations with "
                    "machine-learning correction, bringing accuracy close to regulatory monitors.",
                    "{brand} combines sensor readings with traffic and weather data to produce a "
                    "street-level air pollution map updated every 15 minutes.",
                    "The map reveals pollution hotspots at school gates, bus stations and junctions, so the "
                    "city can target low-emission zones, school streets and tree planting.",
                    "Residents receive alerts on high-pollution days, and schools can see the air quality "
                    "at their entrance in real time.",
                    "A network of 300 sensors costs less than a single reference monitoring station, and in "
                    "one city it showed NO2 falling by 24% on streets inside the new low-emission zone.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 에어맵",
                    "골목 단위 대기질 센서 네트워크",
                    "저가 센서로 촘촘하게 재는 생활권 대기오염 모니터링",
                ],
                summaries=[
                    "보정된 저가 센서를 촘촘히 설치해 PM2.5, PM10, 이산화질소, 오존을 골목 단위로 측정하고 "
                    "실시간 대기질 지도를 공개합니다.",
                    "학교 앞과 대로변의 대기오염 핫스폿을 찾아내고, 교통 대책의 효과를 평가하며, 대기질이 "
                    "나쁜 날 시민에게 알림을 보내는 생활권 대기오염 데이터입니다.",
                ],
                fragments=[
                    "가로등과 버스 정류장에 설치하는 소형 센서가 PM2.5, PM10, 이산화질소, 오존, 온도, "
                    "습도를 1분마다 측정합니다.",
                    "각 센서는 지자체 대기오염 측정소 데이터를 기준으로 머신러닝 보정을 거쳐, 공인 측정망에 "
                    "가까운 정확도를 냅니다.",
                    "{brand} 플랫폼은 센서 측정값에 교통량과 기상 데이터를 결합해 15분마다 갱신되는 골목 "
                    "단위 대기오염 지도를 만듭니다.",
                    "지도에서 학교 정문, 버스 터미널, 교차로의 오염 핫스폿이 드러나므로, 지자체는 배출가스 "
                    "저감 구역, 통학로, 가로수 식재 위치를 정확히 정할 수 있습니다.",
                    "고농도 오염일에는 시민에게 알림이 가고, 학교는 정문 앞 대기질을 실시간으로 확인할 수 "
                    "있습니다.",
                    "센서 300개로 이루어진 네트워크 비용이 공인 측정소 한 곳보다 적으며, 한 도시에서는 새로 "
                    "지정한 녹색교통지역 안 도로의 이산화질소가 24% 줄어든 것을 확인했습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} AireMap",
                    "Red de sensores de calidad del aire a pie de calle",
                    "Monitorización hiperlocal de la contaminación con sensores de bajo coste",
                ],
                summaries=[
                    "Una red densa de sensores de bajo coste calibrados que mide PM2,5, PM10, NO2 y ozono "
                    "calle a calle y publica mapas de calidad del aire en tiempo real.",
                    "Datos hiperlocales de contaminación del aire para localizar puntos críticos junto a "
                    "colegios y grandes avenidas, evaluar medidas de tráfico y avisar a los vecinos en los "
                    "episodios de contaminación.",
                ],
                fragments=[
                    "Pequeños equipos instalados en farolas y marquesinas miden cada minuto PM2,5, PM10, "
                    "NO2, ozono, temperatura y humedad.",
                    "Cada sensor se calibra con las estaciones de referencia de la red municipal mediante "
                    "corrección por aprendizaje automático, con una precisión cercana a la de los equipos "
                    "oficiales.",
                    "{brand} combina las lecturas de los sensores con datos de tráfico y meteorología para "
                    "generar un mapa de contaminación del aire calle a calle que se actualiza cada 15 "
                    "minutos.",
                    "El mapa revela los puntos críticos en las puertas de los colegios, las estaciones de "
                    "autobuses y los cruces, para orientar zonas de bajas emisiones, entornos escolares y "
                    "plantación de árboles.",
                    "Los vecinos reciben avisos en los episodios de alta contaminación y los colegios ven "
                    "en tiempo real la calidad del aire en su entrada.",
                    "Una red de 300 sensores cuesta menos que una sola estación de referencia, y en una "
                    "ciudad mostró una bajada del 24 % del NO2 en las calles de la nueva zona de bajas "
                    "emisiones.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} ArLimpo",
                    "Rede de sensores de qualidade do ar rua a rua",
                    "Monitoramento hiperlocal da poluição do ar com sensores de baixo custo",
                ],
                summaries=[
                    "Uma rede densa de sensores de baixo custo calibrados que mede PM2,5, PM10, NO2 e "
                    "ozônio rua a rua e publica mapas de qualidade do ar em tempo real.",
                    "Dados hiperlocais de poluição do ar para encontrar pontos críticos perto de escolas e "
                    "avenidas movimentadas, avaliar medidas de trânsito e alertar os moradores em dias de "
                    "ar ruim.",
                ],
                fragments=[
                    "Pequenos equipamentos instalados em postes e abrigos de ônibus medem a cada minuto "
                    "PM2,5, PM10, NO2, ozônio, temperatura e umidade.",
                    "Cada sensor é calibrado com as estações de referência da rede oficial por meio de "
                    "correção com aprendizado de máquina, chegando perto da precisão dos equipamentos "
                    "oficiais.",
                    "A plataforma {brand} combina as leituras dos sensores com dados de trânsito e "
                    "meteorologia para gerar um mapa da poluição do ar rua a rua, atualizado a cada 15 "
                    "minutos.",
                    "O mapa mostra os pontos críticos na porta das escolas, nos terminais de ônibus e nos "
                    "cruzamentos, orientando zonas de baixa emissão, ruas escolares e plantio de árvores.",
                    "Os moradores recebem alertas em dias de poluição alta, e as escolas acompanham em "
                    "tempo real a qualidade do ar na entrada.",
                    "Uma rede de 300 sensores custa menos que uma única estação de referência e, em uma "
                    "cidade, mostrou queda de 24% no NO2 nas ruas da nova zona de baixa emissão.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} AirMap",
                    "Réseau de capteurs de qualité de l'air à l'échelle de la rue",
                    "Surveillance hyperlocale de la pollution de l'air par micro-capteurs",
                ],
                summaries=[
                    "Un réseau dense de micro-capteurs étalonnés qui mesure PM2,5, PM10, NO2 et ozone rue "
                    "par rue et publie des cartes de qualité de l'air en temps réel.",
                    "Des données hyperlocales sur la pollution de l'air pour repérer les points noirs près "
                    "des écoles et des grands axes, évaluer les mesures de circulation et alerter les "
                    "habitants lors des pics.",
                ],
                fragments=[
                    "De petits boîtiers fixés aux candélabres et aux abribus mesurent chaque minute PM2,5, "
                    "PM10, NO2, ozone, température et humidité.",
                    "Chaque capteur est étalonné sur les stations de référence de l'observatoire régional "
                    "grâce à une correction par apprentissage automatique, avec une précision proche des "
                    "analyseurs réglementaires.",
                    "{brand} croise les mesures des capteurs avec les données de trafic et de météo pour "
                    "produire une carte de la pollution de l'air rue par rue, actualisée toutes les 15 "
                    "minutes.",
                    "La carte révèle les points noirs devant les écoles, les gares routières et les "
                    "carrefours, pour mieux cibler zones à faibles émissions, rues scolaires et plantations "
                    "d'arbres.",
                    "Les habitants reçoivent des alertes lors des pics de pollution et les écoles voient en "
                    "temps réel la qualité de l'air devant leur entrée.",
                    "Un réseau de 300 capteurs coûte moins cher qu'une seule station de référence et, dans "
                    "une ville, il a montré une baisse de 24 % du NO2 dans les rues de la nouvelle zone à "
                    "faibles émissions.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="smart-bin-fill-sensors",
        sector="environment",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} BinSense",
                    "Fill-level sensors and route optimisation for waste collection",
                    "Smart waste collection: empty bins only when they are full",
                    "{brand} Routes: dynamic waste collection routes from bin sensors",
                ],
                summaries=[
                    "Ultrasonic fill-level sensors in street bins, recycling containers and underground "
                    "containers feed dynamic collection routes, so trucks only empty bins that are full.",
                    "Cuts waste collection costs and overflowing bins by planning daily collection routes "
                    "from real-time fill levels.",
                ],
                fragments=[
                    "A compact ultrasonic sensor fits inside any bin or container, from street litter bins "
                    "to underground glass and recycling containers, and reports the fill level several "
                    "times a day.",
                    "{brand} plans the next day's waste collection routes from the fill levels and "
                    "forecasts, and drivers follow the optimised route on an in-cab tablet.",
                    "Overflowing bins trigger an alert before residents complain, and containers that are "
                    "rarely more than half full can be moved or removed.",
                    "Sensors also detect fires, tilting and unusual temperatures inside containers, which "
                    "protects expensive underground containers.",
                    "Cities using dynamic collection routes typically drive 30–40% fewer kilometres, "
                    "cutting fuel costs, emissions and truck traffic in residential streets.",
                    "The software works with existing collection trucks and fleet telematics, and the "
                    "fill-level data can be shared with the waste contractor under the collection contract.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 빈센스",
                    "적재량 센서와 폐기물 수거 경로 최적화",
                    "가득 찬 수거함만 비우는 스마트 폐기물 수거",
                ],
                summaries=[
                    "거리 쓰레기통, 재활용 수거함, 지하 매립형 수거함에 초음파 적재량 센서를 달아, 수거 "
                    "차량이 가득 찬 수거함만 비우도록 수거 경로를 매일 새로 짭니다.",
                    "실시간 적재량으로 매일 수거 경로를 계획해 폐기물 수거 비용과 넘치는 쓰레기통을 함께 "
                    "줄입니다.",
                ],
                fragments=[
                    "소형 초음파 센서는 거리 쓰레기통부터 지하 매립형 유리병·재활용 수거함까지 어떤 "
                    "용기에도 들어가며, 하루에 여러 번 적재량을 보고합니다.",
                    "{brand} 시스템은 적재량과 예측값을 바탕으로 다음 날 수거 경로를 짜고, 운전원은 차량 안 "
                    "태블릿에서 최적 경로를 따라 운행합니다.",
                    "쓰레기통이 넘치기 전에 알림이 오므로 민원이 들어오기 전에 처리할 수 있고, 늘 절반도 "
                    "차지 않는 수거함은 옮기거나 없앨 수 있습니다.",
                    "센서는 수거함 내부의 화재, 기울어짐, 이상 온도도 감지해 값비싼 지하 매립형 수거함을 "
                    "보호합니다.",
                    "수거 경로를 동적으로 운영하는 도시들은 보통 주행 거리를 30~40% 줄여 연료비와 배출가스, "
                    "주택가의 수거 차량 통행을 함께 줄였습니다.",
                    "기존 수거 차량과 차량 관제 시스템을 그대로 쓸 수 있으며, 적재량 데이터는 수거 계약에 "
                    "따라 위탁 업체와 공유할 수 있습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Contenedor Inteligente",
                    "Sensores de llenado y optimización de rutas de recogida de residuos",
                    "Recogida inteligente: vaciar los contenedores solo cuando están llenos",
                ],
                summaries=[
                    "Sensores ultrasónicos de llenado en papeleras, contenedores de reciclaje y "
                    "contenedores soterrados alimentan rutas de recogida dinámicas, para que los camiones "
                    "solo vacíen los que están llenos.",
                    "Reduce el coste de la recogida de residuos y los contenedores desbordados planificando "
                    "cada día las rutas a partir del nivel de llenado en tiempo real.",
                ],
                fragments=[
                    "Un sensor ultrasónico compacto cabe en cualquier papelera o contenedor, desde las "
                    "papeleras de calle hasta los soterrados de vidrio y envases, y comunica su nivel de "
                    "llenado varias veces al día.",
                    "{brand} planifica las rutas de recogida del día siguiente a partir de los niveles de "
                    "llenado y las previsiones, y el conductor sigue la ruta optimizada en una tableta en "
                    "cabina.",
                    "Los contenedores a punto de desbordarse generan un aviso antes de que lleguen las "
                    "quejas, y los que casi nunca pasan de la mitad pueden reubicarse o retirarse.",
                    "Los sensores detectan también incendios, vuelcos y temperaturas anómalas dentro del "
                    "contenedor, lo que protege los costosos contenedores soterrados.",
                    "Las ciudades que trabajan con rutas de recogida dinámicas recorren entre un 30 % y un "
                    "40 % menos de kilómetros, con menos gasto en combustible, menos emisiones y menos "
                    "camiones en calles residenciales.",
                    "El software funciona con los camiones y el sistema de gestión de flota existentes, y "
                    "los datos de llenado pueden compartirse con la concesionaria según el contrato de "
                    "recogida.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Coleta Inteligente",
                    "Sensores de nível e otimização de rotas de coleta de lixo",
                    "Coleta inteligente: esvaziar contêineres só quando estão cheios",
                ],
                summaries=[
                    "Sensores ultrassônicos de nível em lixeiras, contêineres de recicláveis e contêineres "
                    "subterrâneos alimentam rotas de coleta dinâmicas, e o caminhão só esvazia o que está "
                    "cheio.",
                    "Reduz o custo da coleta de lixo e as lixeiras transbordando ao planejar todo dia as "
                    "rotas de coleta a partir do nível de enchimento em tempo real.",
                ],
                fragments=[
                    "Um sensor ultrassônico compacto cabe em qualquer lixeira ou contêiner, das lixeiras de "
                    "rua aos contêineres subterrâneos de vidro e recicláveis, e informa o nível de "
                    "enchimento várias vezes ao dia.",
                    "O sistema {brand} planeja as rotas de coleta do dia seguinte a partir dos níveis de "
                    "enchimento e das previsões, e o motorista segue a rota otimizada num tablet na cabine.",
                    "Contêineres prestes a transbordar geram um alerta antes da reclamação do morador, e os "
                    "que raramente passam da metade podem ser remanejados ou retirados.",
                    "Os sensores também detectam incêndio, tombamento e temperatura anormal dentro do "
                    "contêiner, protegendo os caros contêineres subterrâneos.",
                    "Cidades que adotaram rotas de coleta dinâmicas costumam rodar de 30% a 40% menos "
                    "quilômetros, com menos combustível, menos emissões e menos caminhões em ruas "
                    "residenciais.",
                    "O software funciona com os caminhões e o rastreamento de frota já existentes, e os "
                    "dados de nível podem ser compartilhados com a concessionária de coleta conforme o "
                    "contrato.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Tournées Connectées",
                    "Capteurs de remplissage et optimisation des tournées de collecte",
                    "Collecte intelligente : vider les conteneurs seulement quand ils sont pleins",
                ],
                summaries=[
                    "Des capteurs de remplissage à ultrasons dans les corbeilles de rue, les colonnes de "
                    "tri et les conteneurs enterrés alimentent des tournées de collecte dynamiques : les "
                    "camions ne vident que les conteneurs pleins.",
                    "Réduit le coût de la collecte des déchets et les débordements en planifiant chaque "
                    "jour les tournées à partir du taux de remplissage en temps réel.",
                ],
                fragments=[
                    "Un capteur à ultrasons compact s'installe dans tout contenant, de la corbeille de rue "
                    "aux colonnes enterrées de verre et d'emballages, et remonte son taux de remplissage "
                    "plusieurs fois par jour.",
                    "{brand} planifie les tournées de collecte du lendemain à partir des taux de "
                    "remplissage et des prévisions, et le chauffeur suit l'itinéraire optimisé sur une "
                    "tablette embarquée.",
                    "Les conteneurs sur le point de déborder déclenchent une alerte avant les plaintes des "
                    "riverains, et ceux qui dépassent rarement la moitié peuvent être déplacés ou retirés.",
                    "Les capteurs détectent aussi les départs de feu, les basculements et les températures "
                    "anormales, ce qui protège les coûteux conteneurs enterrés.",
                    "Les villes qui passent aux tournées dynamiques parcourent en général 30 à 40 % de "
                    "kilomètres en moins, avec moins de carburant, moins d'émissions et moins de camions "
                    "dans les rues résidentielles.",
                    "Le logiciel fonctionne avec les bennes et la géolocalisation de flotte existantes, et "
                    "les données de remplissage peuvent être partagées avec le prestataire dans le cadre du "
                    "marché de collecte.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="organic-waste-composting-analytics",
        sector="environment",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CompostOps",
                    "Monitoring and analytics for municipal and community composting",
                    "Compost process sensors and food waste tracking",
                    "{brand} Compost: from food waste to certified compost",
                ],
                summaries=[
                    "Temperature, moisture and oxygen probes plus analytics that help municipal composting "
                    "sites and community composters turn food waste and garden waste into certified compost "
                    "faster.",
                    "Tracks food waste and garden waste from collection to compost, monitors each compost "
                    "windrow and proves diversion of organic waste from landfill.",
                ],
                fragments=[
                    "Wireless probes inserted in each compost windrow or in-vessel composter measure "
                    "temperature, moisture and oxygen every 15 minutes.",
                    "{brand} tells operators when to turn a windrow, add water or adjust the "
                    "carbon-to-nitrogen mix, which shortens composting time and prevents odours.",
                    "The software documents the temperature record required for sanitisation, making it "
                    "easier to certify the compost as safe for parks and farms.",
                    "Community composting hubs in apartment blocks and schools log the food waste they "
                    "receive, so the city can count it towards its organic waste diversion targets.",
                    "Weighbridge and collection data link each delivery of food waste and garden waste to "
                    "its origin, highlighting contaminated loads.",
                    "Food waste collected from apartment blocks arrives with less contamination when "
                    "households get feedback on what they throw away, and {brand} reports tonnage by "
                    "building.",
                    "At a municipal composting site processing 20,000 tonnes of organic waste a year, "
                    "composting cycles shortened by 25% and odour complaints fell sharply.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="urban-heat-mapping",
        sector="environment",
        extra_sectors=["urban-planning", "health"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} HeatMap",
                    "Urban heat island mapping and cooling plan",
                    "Street-level heat maps to plan trees, shade and cool roofs",
                    "{brand} Cool City: find and fix urban heat islands",
                ],
                summaries=[
                    "Maps urban heat islands street by street from satellite thermal imagery and sensors, "
                    "and ranks where trees, shade and cool roofs will cool the city most.",
                    "Heat-risk analytics for planners: maps of surface and air temperature combined with "
                    "data on vulnerable residents, to decide where cooling measures reduce urban heat most.",
                ],
                fragments=[
                    "{brand} combines satellite thermal imagery, mobile temperature measurements and a "
                    "network of street sensors to map surface and air temperature at 10-metre resolution.",
                    "Heat maps are overlaid with tree canopy, impervious surfaces and building data to "
                    "explain why some neighbourhoods are up to 8 °C hotter than others on summer "
                    "afternoons.",
                    "A scenario tool estimates how much planting trees, adding shade, greening schoolyards "
                    "or painting cool roofs would lower temperatures in each street.",
                    "Results are combined with data on older residents, young children and low-income "
                    "households to prioritise the neighbourhoods most at risk during heatwaves.",
                    "Planners receive a ranked list of streets and squares for tree planting and depaving, "
                    "with costs and the expected cooling per intervention.",
                    "One city used the heat maps to target 12,000 new street trees and 40 schoolyard "
                    "greening projects in its ten hottest neighbourhoods.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="noise-monitoring-network",
        sector="environment",
        extra_sectors=["health"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} NoiseWatch",
                    "Noise monitoring network with sound-source classification",
                    "Real-time noise sensors for nightlife districts and construction sites",
                    "{brand} Sound: measure, classify and reduce urban noise",
                ],
                summaries=[
                    "Acoustic sensors that measure noise levels continuously and classify sound sources "
                    "such as traffic, construction, nightlife and sirens, to handle noise complaints with "
                    "evidence.",
                    "Real-time noise monitoring for nightlife streets, construction sites and main roads, "
                    "with alerts when noise limits are exceeded.",
                ],
                fragments=[
                    "Class 1 and class 2 sound level meters mounted on facades measure noise levels "
                    "continuously and report Lden, Lnight and peak levels.",
                    "On-device AI classifies sound sources (road traffic, motorbikes, construction, music, "
                    "voices and sirens) without recording conversations.",
                    "{brand} sends alerts to the environmental health team and construction site managers "
                    "when agreed noise limits are exceeded at night.",
                    "Residents can see noise levels in their street on a public dashboard, which often "
                    "defuses complaints and builds trust.",
                    "The data supports the noise action plans required by regulation, decisions on terrace "
                    "licences and the enforcement of rules on noisy vehicles.",
                    "In a nightlife district with 25 sensors, night-time noise complaints fell by 35% after "
                    "bar owners and the city agreed noise limits based on shared data.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="construction-waste-tracking",
        sector="environment",
        extra_sectors=["urban-planning", "economy-jobs"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Debris",
                    "Construction and demolition waste tracking and materials marketplace",
                    "Digital waste transfer notes for construction sites",
                    "{brand} Materials: reuse building materials instead of landfilling them",
                ],
                summaries=[
                    "Digital tracking of construction and demolition waste from site to recycler, with a "
                    "marketplace that lets contractors reuse bricks, steel, timber and crushed concrete.",
                    "Ends paper waste transfer notes and illegal dumping of construction debris by tracking "
                    "every truckload, and connects demolition sites with buyers of reclaimed materials.",
                ],
                fragments=[
                    "Contractors log each skip and truckload of construction waste in the {brand} app, with "
                    "photos, weight and destination, replacing paper waste transfer notes.",
                    "Recycling plants and landfills confirm receipt digitally, so the city can see whether "
                    "construction and demolition waste actually reaches a licensed facility.",
                    "Loads that never arrive or that travel unusual routes are flagged to inspectors as "
                    "potential illegal dumping.",
                    "A materials marketplace lists reclaimed bricks, steel beams, timber, tiles and crushed "
                    "concrete from demolition sites, with pre-demolition audits to plan deconstruction.",
                    "Reporting dashboards show recycling rates per project, which the city can use to "
                    "enforce diversion targets in building permits and public works contracts.",
                    "On public works projects using the platform, 78% of demolition waste was recycled or "
                    "reused, compared with 45% before.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="reuse-marketplace-bulky-waste",
        sector="environment",
        extra_sectors=["economy-jobs"],
        maturity_hint="concept",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} ReUse",
                    "Reuse marketplace for bulky waste and household items",
                    "Book a bulky waste pickup and give furniture a second life",
                    "{brand} Second Life: reuse and repair before bulky waste collection",
                ],
                summaries=[
                    "A bulky waste booking platform that diverts furniture, appliances and electronics to "
                    "reuse shops and repair cafés before they are collected as waste.",
                    "Residents book a bulky waste pickup online; items still in good condition are offered "
                    "to neighbours, charities and reuse centres first.",
                ],
                fragments=[
                    "When residents book a bulky waste pickup, {brand} asks for a photo and suggests "
                    "whether the sofa, wardrobe or washing machine could be reused.",
                    "Reusable items are listed on a local marketplace for neighbours, charities and social "
                    "enterprises, and collected by a reuse partner instead of the waste truck.",
                    "Broken electronics and small appliances are routed to repair cafés and certified "
                    "repairers, with spare parts logged for future repairs.",
                    "Collection crews see a combined route for bulky waste and reuse pickups, with time "
                    "windows that residents choose themselves.",
                    "The city gets data on the tonnage reused, repaired and recycled, which counts towards "
                    "its waste prevention targets.",
                    "In a test with three districts, about a quarter of booked bulky waste items were "
                    "reused instead of shredded, and furniture dumped on pavements became rarer.",
                ],
            ),
        },
    ),
]

_ENVIRONMENT_CHALLENGES = [
    ChallengeArchetype(
        key="cut-food-waste-in-apartment-blocks",
        sector="environment",
        extra_sectors=[],
        answered_by=["food-waste-rfid-bins", "organic-waste-composting-analytics"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Cut food waste in apartment blocks",
                    "Fair food-waste charging for apartment residents",
                    "Reduce and recover household food waste",
                ],
                fragments=[
                    "Food waste makes up almost 40% of household waste in {city}; most of it comes from "
                    "large apartment blocks where residents share communal bins, and too little of it ends "
                    "up as compost.",
                    "Because every household pays the same flat fee, there is no incentive to reduce food "
                    "waste, and bins overflow in summer, attracting pests and complaints about smells.",
                    "We want to test smart food-waste bins that identify households, weigh what each one "
                    "throws away and support pay-as-you-throw charging.",
                    "Collection should be planned from bin fill levels, and the collected organic waste "
                    "must be clean enough for composting or anaerobic digestion.",
                    "The solution has to work in apartment complexes of several hundred households, with "
                    "minimal maintenance by building managers.",
                    "Our target is a 20% reduction in food waste per household in the pilot buildings "
                    "within one year, with data on tonnage by building.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "공동주택 음식물 쓰레기 줄이기",
                    "아파트 음식물 쓰레기의 공정한 종량제",
                    "가정 음식물 쓰레기 감량과 자원화",
                ],
                fragments=[
                    "{city}에서 음식물 쓰레기는 생활폐기물의 40% 가까이를 차지하며, 대부분이 주민들이 공용 "
                    "음식물 쓰레기 수거함을 함께 쓰는 대단지 아파트에서 나옵니다.",
                    "모든 세대가 같은 정액 수수료를 내다 보니 음식물 쓰레기를 줄일 동기가 없고, 여름이면 "
                    "수거함이 넘쳐 해충과 악취 민원이 끊이지 않습니다.",
                    "세대를 인식하고 세대별 배출 무게를 재서 종량제 부과를 할 수 있는 스마트 음식물 쓰레기 "
                    "수거함을 시범 도입하고자 합니다.",
                    "수거는 수거함 적재량에 따라 계획되어야 하며, 수거된 음식물 쓰레기는 퇴비화나 "
                    "바이오가스화에 쓸 수 있을 만큼 이물질이 적어야 합니다.",
                    "수백 세대 규모의 아파트 단지에서 관리사무소의 손이 거의 가지 않도록 운영되어야 합니다.",
                    "시범 단지에서 1년 안에 세대당 음식물 쓰레기를 20% 줄이고, 단지·동별 배출량 데이터를 "
                    "확보하는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reducir los restos de comida en los bloques de viviendas",
                    "Una tasa justa de residuos orgánicos para las comunidades de vecinos",
                    "Reducir y aprovechar los biorresiduos domésticos",
                ],
                fragments=[
                    "Los restos de comida suponen casi el 40 % de los residuos domésticos de {city}, y la "
                    "mayoría procede de grandes bloques de viviendas donde los vecinos comparten "
                    "contenedores de orgánico.",
                    "Como todos los hogares pagan la misma tasa fija, nadie tiene incentivos para generar "
                    "menos residuos, y en verano los contenedores rebosan y llegan quejas por olores y "
                    "plagas.",
                    "Queremos probar contenedores inteligentes de residuos orgánicos que identifiquen a "
                    "cada hogar, pesen lo que tira y permitan el pago por generación.",
                    "La recogida debe planificarse según el nivel de llenado, y la fracción orgánica "
                    "recogida tiene que llegar lo bastante limpia para compostaje o biometanización.",
                    "La solución debe funcionar en conjuntos de varios cientos de viviendas con un "
                    "mantenimiento mínimo por parte de los administradores de fincas.",
                    "Nuestro objetivo es reducir un 20 % los restos de comida por hogar en los edificios "
                    "piloto en un año y disponer de datos de toneladas por edificio.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Reduzir os restos de comida nos condomínios",
                    "Cobrança justa de resíduos orgânicos nos prédios",
                    "Reduzir e aproveitar os resíduos orgânicos domésticos",
                ],
                fragments=[
                    "Os restos de comida representam quase 40% do lixo doméstico de {city}, e a maior parte "
                    "vem de grandes condomínios onde os moradores dividem os contentores de orgânicos.",
                    "Como todos os domicílios pagam a mesma taxa fixa, ninguém tem incentivo para descartar "
                    "menos, e no verão os contentores transbordam, atraindo pragas e reclamações de mau "
                    "cheiro.",
                    "Queremos testar contentores inteligentes de resíduos orgânicos que identifiquem cada "
                    "domicílio, pesem o que ele descarta e permitam a cobrança por peso.",
                    "A coleta deve ser planejada pelo nível de enchimento dos contentores, e o resíduo "
                    "orgânico coletado precisa chegar limpo o suficiente para compostagem ou biodigestão.",
                    "A solução precisa funcionar em condomínios de várias centenas de apartamentos, com o "
                    "mínimo de manutenção por parte da administração do prédio.",
                    "A meta é reduzir em 20% os restos de comida por domicílio nos prédios do piloto em um "
                    "ano, com dados de toneladas por condomínio.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Réduire les déchets alimentaires dans l'habitat collectif",
                    "Une tarification juste des biodéchets pour les résidences",
                    "Réduire et valoriser les biodéchets des ménages",
                ],
                fragments=[
                    "À {city}, les déchets alimentaires représentent près de 40 % des ordures ménagères, et "
                    "l'essentiel provient de grandes résidences où les habitants partagent des bacs à "
                    "biodéchets communs.",
                    "Comme chaque foyer paie la même redevance forfaitaire, rien n'incite à réduire les "
                    "déchets, et l'été les bacs débordent, avec nuisibles et plaintes pour les odeurs.",
                    "Nous voulons expérimenter des bacs à biodéchets connectés qui identifient chaque "
                    "foyer, pèsent ses apports et permettent une tarification incitative.",
                    "La collecte doit être planifiée selon le taux de remplissage des bacs, et les "
                    "biodéchets collectés doivent être assez propres pour le compostage ou la "
                    "méthanisation.",
                    "La solution doit fonctionner dans des résidences de plusieurs centaines de logements "
                    "avec un minimum d'entretien pour les bailleurs et les gardiens.",
                    "Notre objectif : 20 % de déchets alimentaires en moins par foyer dans les immeubles "
                    "pilotes en un an, avec les tonnages par immeuble.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="map-air-pollution-street-by-street",
        sector="environment",
        extra_sectors=["health"],
        answered_by=["air-quality-sensor-network"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Map air pollution street by street",
                    "Hyperlocal air quality data near schools",
                    "Measure the effect of our low-emission zone",
                ],
                fragments=[
                    "{city} has only four official air quality monitoring stations, so we do not know the "
                    "level of air pollution street by street, at school gates, bus stations or busy "
                    "junctions.",
                    "Residents increasingly ask about air pollution in their street, and the council needs "
                    "evidence before it extends the low-emission zone.",
                    "We are looking for a dense network of calibrated sensors measuring PM2.5, PM10 and NO2 "
                    "at street level, with a public real-time air quality map.",
                    "Sensor data must be calibrated against our reference stations, and the supplier must "
                    "explain the accuracy and maintenance of the sensors.",
                    "The solution should identify pollution hotspots near schools, alert residents on "
                    "high-pollution days and show the effect of traffic measures.",
                    "We plan to install about 150 sensors in the first year, prioritising schools, "
                    "hospitals and main roads.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "골목 단위로 대기오염 지도 만들기",
                    "학교 주변 생활권 대기질 데이터",
                    "배출가스 저감 구역의 효과 측정",
                ],
                fragments=[
                    "{city}에는 공식 대기오염 측정소가 네 곳뿐이어서, 학교 정문이나 버스 터미널, 혼잡한 "
                    "교차로의 공기가 얼마나 오염되어 있는지 알 수 없습니다.",
                    "자기 동네 골목의 대기오염을 묻는 시민이 늘고 있고, 시의회는 배출가스 저감 구역을 "
                    "넓히기 전에 근거 자료를 요구하고 있습니다.",
                    "PM2.5, PM10, 이산화질소를 골목 단위로 측정하는 보정된 센서를 촘촘히 설치하고, 실시간 "
                    "대기질 지도를 시민에게 공개하는 솔루션을 찾고 있습니다.",
                    "센서 데이터는 기존 측정소 값으로 보정되어야 하며, 공급사는 센서의 정확도와 유지관리 "
                    "방안을 설명해야 합니다.",
                    "학교 주변 오염 핫스폿을 찾아내고, 고농도 오염일에 시민에게 알림을 보내며, 교통 대책의 "
                    "효과를 보여 줄 수 있어야 합니다.",
                    "첫해에는 학교, 병원, 주요 도로를 우선으로 센서 약 150개를 설치할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Mapear la contaminación del aire calle a calle",
                    "Datos hiperlocales de calidad del aire junto a los colegios",
                    "Medir el efecto de la zona de bajas emisiones",
                ],
                fragments=[
                    "{city} solo tiene cuatro estaciones oficiales de medición de la calidad del aire, así "
                    "que no sabemos cuánta contaminación hay en las puertas de los colegios, las estaciones "
                    "de autobuses o los cruces con más tráfico.",
                    "Cada vez más vecinos preguntan por la contaminación del aire en su calle, y el pleno "
                    "necesita datos antes de ampliar la zona de bajas emisiones.",
                    "Buscamos una red densa de sensores calibrados que midan PM2,5, PM10 y NO2 a pie de "
                    "calle, con un mapa público de calidad del aire en tiempo real.",
                    "Los datos deben calibrarse con nuestras estaciones de referencia, y el proveedor debe "
                    "explicar la precisión y el mantenimiento de los sensores.",
                    "La solución debe identificar los puntos críticos de contaminación junto a los "
                    "colegios, avisar a los vecinos en los episodios de contaminación y mostrar el efecto "
                    "de las medidas de tráfico.",
                    "Prevemos instalar unos 150 sensores el primer año, empezando por colegios, hospitales "
                    "y grandes avenidas.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Mapear a poluição do ar rua a rua",
                    "Dados hiperlocais de qualidade do ar perto das escolas",
                    "Medir o efeito da zona de baixa emissão",
                ],
                fragments=[
                    "{city} tem apenas quatro estações oficiais de monitoramento da qualidade do ar, então "
                    "não sabemos quão poluído está o ar na porta das escolas, nos terminais de ônibus ou "
                    "nos cruzamentos movimentados.",
                    "Cada vez mais moradores perguntam sobre a poluição do ar na sua rua, e a câmara "
                    "municipal quer evidências antes de ampliar a zona de baixa emissão.",
                    "Procuramos uma rede densa de sensores calibrados que meça PM2,5, PM10 e NO2 no nível "
                    "da rua, com um mapa público de qualidade do ar em tempo real.",
                    "Os dados dos sensores devem ser calibrados com as nossas estações de referência, e o "
                    "fornecedor deve explicar a precisão e a manutenção dos equipamentos.",
                    "A solução deve apontar os pontos críticos de poluição perto das escolas, alertar os "
                    "moradores em dias de poluição alta e mostrar o efeito das medidas de trânsito.",
                    "Pretendemos instalar cerca de 150 sensores no primeiro ano, começando por escolas, "
                    "hospitais e grandes avenidas.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Cartographier la pollution de l'air rue par rue",
                    "Des données hyperlocales de qualité de l'air près des écoles",
                    "Mesurer l'effet de la zone à faibles émissions",
                ],
                fragments=[
                    "{city} ne dispose que de quatre stations officielles de mesure de la qualité de l'air "
                    ": nous ne savons donc pas quel air on respire devant les écoles, dans les gares "
                    "routières ou aux carrefours chargés.",
                    "Les habitants nous interrogent de plus en plus sur la pollution de l'air dans leur "
                    "rue, et le conseil municipal veut des données avant d'étendre la zone à faibles "
                    "émissions.",
                    "Nous cherchons un réseau dense de micro-capteurs étalonnés mesurant PM2,5, PM10 et NO2 "
                    "à hauteur de rue, avec une carte publique de la qualité de l'air en temps réel.",
                    "Les mesures doivent être étalonnées sur nos stations de référence, et le prestataire "
                    "doit préciser la justesse et la maintenance des capteurs.",
                    "La solution doit repérer les points noirs de pollution près des écoles, alerter les "
                    "habitants lors des pics et montrer l'effet des mesures de circulation.",
                    "Nous prévoyons d'installer environ 150 capteurs la première année, en commençant par "
                    "les écoles, les hôpitaux et les grands axes.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="optimise-waste-collection-routes",
        sector="environment",
        extra_sectors=[],
        answered_by=["smart-bin-fill-sensors"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Collect waste only where bins are full",
                    "Stop overflowing street bins",
                    "Optimise waste collection routes",
                ],
                fragments=[
                    "{city}'s collection trucks empty about 14,000 street bins and recycling containers on "
                    "fixed routes, whether they are full or nearly empty.",
                    "At the same time, bins in busy squares and parks overflow at weekends, and overflowing "
                    "bins are one of the most common complaints to the city.",
                    "We want fill-level sensors in street bins, recycling containers and underground "
                    "containers, and software that plans daily collection routes from real fill levels.",
                    "Drivers should receive optimised routes on a tablet, and the data should help us move "
                    "or remove bins that are rarely used.",
                    "The solution must work with our existing collection trucks and fleet tracking, and "
                    "with containers from several manufacturers.",
                    "We expect fewer truck kilometres, lower fuel costs and fewer complaints about "
                    "overflowing bins within the first year.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="cool-down-heat-islands",
        sector="environment",
        extra_sectors=["urban-planning", "health"],
        answered_by=["urban-heat-mapping"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Cool down the city's heat islands",
                    "Plan trees and shade where heat hits hardest",
                    "Map urban heat street by street",
                ],
                fragments=[
                    "Urban heat islands are a growing problem in {city}: on heatwave afternoons some dense "
                    "neighbourhoods are several degrees hotter than leafy suburbs, and the heat hits "
                    "vulnerable residents hardest.",
                    "We have funding to plant trees, green schoolyards and add shade, but no street-level "
                    "data to decide where cooling measures will have the most effect.",
                    "We are looking for urban heat island mapping that combines satellite thermal imagery, "
                    "sensors and data on tree canopy and impervious surfaces.",
                    "The analysis should also show where older residents, young children and low-income "
                    "households are most exposed to heat.",
                    "Planners need a ranked list of streets, squares and schoolyards for tree planting, "
                    "depaving and cool roofs, with the expected cooling effect.",
                    "The results will shape the city's heat action plan and the next five years of the tree "
                    "planting programme.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="reduce-night-time-noise-complaints",
        sector="environment",
        extra_sectors=["health"],
        answered_by=["noise-monitoring-network"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Reduce night-time noise in nightlife districts",
                    "Evidence-based noise management",
                    "Monitor noise from construction and traffic",
                ],
                fragments=[
                    "Noise complaints in {city} have doubled in three years, mostly about nightlife, "
                    "terraces, night-time construction work and motorbikes.",
                    "Our environmental health officers can only measure noise after a complaint, often "
                    "hours later, so most complaints end without evidence.",
                    "We are looking for a network of noise sensors that measures noise levels continuously, "
                    "classifies sound sources and alerts us when noise limits are exceeded at night.",
                    "The sensors must never record conversations, and residents should be able to see noise "
                    "levels in their street on a public dashboard.",
                    "The data should support our noise action plan, terrace licence decisions and "
                    "agreements with bar owners and construction companies.",
                    "We would start with 20 to 30 sensors in two nightlife districts and around major "
                    "construction sites.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="divert-construction-debris-from-landfill",
        sector="environment",
        extra_sectors=["urban-planning"],
        answered_by=["construction-waste-tracking"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Divert construction and demolition waste from landfill",
                    "Stop illegal dumping of construction debris",
                    "Reuse building materials from demolition",
                ],
                fragments=[
                    "Construction and demolition waste is the largest waste stream in {city}, yet we only "
                    "know the recycling rate from estimates, and illegal dumping of construction debris on "
                    "the city's edge is rising.",
                    "Waste transfer notes are still on paper, so inspectors cannot check whether a "
                    "truckload of construction waste ever reached a licensed recycling plant.",
                    "We want digital tracking of construction and demolition waste from site to recycler or "
                    "landfill, with alerts for loads that never arrive.",
                    "We are also interested in a marketplace that helps contractors reuse reclaimed bricks, "
                    "steel, timber and crushed concrete from demolition sites.",
                    "The data should let us set and enforce recycling targets in building permits and in "
                    "our own public works contracts.",
                    "Success means a verified recycling rate above 70% on public works projects and fewer "
                    "illegal dumping sites.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="give-bulky-items-a-second-life",
        sector="environment",
        extra_sectors=["economy-jobs"],
        answered_by=["reuse-marketplace-bulky-waste"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Give furniture and appliances a second life",
                    "Reuse instead of bulky waste collection",
                    "Cut bulky waste and furniture dumped on pavements",
                ],
                fragments=[
                    "Every year {city} collects about 25,000 tonnes of bulky waste (sofas, wardrobes, "
                    "mattresses, washing machines), and most of it is shredded or landfilled.",
                    "Much of this furniture is still usable, and local charities and reuse shops say they "
                    "could take far more if items reached them in good condition.",
                    "Residents book a bulky waste pickup by phone, wait up to three weeks and often leave "
                    "furniture on the pavement instead, which leads to illegal dumping.",
                    "We want an online bulky waste booking service that offers reusable items to "
                    "neighbours, charities and repair cafés before they are collected as waste.",
                    "Collection crews should get combined routes for reuse and bulky waste pickups, and the "
                    "city needs data on what was reused, repaired or recycled.",
                    "Our goal is to reuse at least 20% of booked bulky items within two years.",
                ],
            ),
        },
    ),
]


# --- Water -----------------------------------------------------------------------------------------------

_WATER_SOLUTIONS = [
    SolutionArchetype(
        key="acoustic-leak-detection",
        sector="water",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} LeakFinder",
                    "Acoustic leak detection for drinking water networks",
                    "Permanent acoustic loggers that locate hidden pipe leaks",
                    "{brand} Hydro: find leaks before they burst",
                ],
                summaries=[
                    "Permanent acoustic loggers on valves and hydrants listen to the drinking water network "
                    "every night and pinpoint hidden leaks, cutting non-revenue water.",
                    "Finds hidden leaks in water mains and service pipes with acoustic sensors and AI, so "
                    "utility crews repair them before they become bursts.",
                ],
                fragments=[
                    "Battery-powered acoustic loggers attach magnetically to valves and hydrants and record "
                    "pipe noise between 2 and 4 a.m., when the water network is quietest.",
                    "{brand} correlates the recordings of neighbouring loggers to locate a leak within a "
                    "few metres, even on plastic pipes where leak noise travels poorly.",
                    "Leak alerts appear on a map with the estimated leak size, so repair crews can fix the "
                    "largest water losses first.",
                    "District metered area (DMA) flow data is combined with the acoustic results to show "
                    "how much non-revenue water each district loses.",
                    "Loggers run for five years on one battery and send data over NB-IoT or LTE-M, without "
                    "any digging or interruption of supply.",
                    "In a network of 1,800 km of water mains, the utility found 420 hidden leaks in the "
                    "first year and cut non-revenue water from 31% to 22%.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 누수 탐지",
                    "상수도관망 음향 누수 탐지",
                    "숨은 누수 지점을 찾아내는 상시 음향 로거",
                ],
                summaries=[
                    "제수밸브와 소화전에 상시 음향 로거를 설치해 매일 밤 상수도관망의 소리를 듣고 숨은 누수 "
                    "지점을 찾아내 무수수량을 줄입니다.",
                    "음향 센서와 AI로 상수도 본관과 급수관의 숨은 누수를 찾아, 관 파열로 번지기 전에 "
                    "보수반이 수리할 수 있게 합니다.",
                ],
                fragments=[
                    "배터리로 작동하는 음향 로거를 제수밸브와 소화전에 자석으로 부착하면, 관망이 가장 "
                    "조용한 새벽 2~4시에 배관 소음을 기록합니다.",
                    "{brand} 시스템은 인접 로거들의 녹음을 상관 분석해, 누수음이 잘 전달되지 않는 "
                    "PE관에서도 누수 위치를 몇 미터 오차 안으로 찾아냅니다.",
                    "누수 알림은 추정 누수량과 함께 지도에 표시되어, 보수반이 손실이 큰 누수부터 먼저 고칠 "
                    "수 있습니다.",
                    "블록(DMA) 유량 데이터와 음향 분석 결과를 결합해, 블록별로 얼마나 많은 무수수량이 "
                    "발생하는지 보여 줍니다.",
                    "로거는 배터리 하나로 5년간 작동하고 NB-IoT나 LTE-M으로 데이터를 보내며, 굴착이나 단수 "
                    "없이 설치할 수 있습니다.",
                    "상수도관 1,800km 관망에서 첫해에 숨은 누수 420건을 찾아내, 무수율을 31%에서 22%로 "
                    "낮췄습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Fugas",
                    "Detección acústica de fugas en redes de agua potable",
                    "Registradores acústicos permanentes que localizan fugas ocultas",
                ],
                summaries=[
                    "Registradores acústicos permanentes en válvulas e hidrantes escuchan cada noche la red "
                    "de agua potable y localizan fugas ocultas, reduciendo el agua no registrada.",
                    "Encuentra fugas ocultas en tuberías y acometidas con sensores acústicos e IA, para que "
                    "las brigadas las reparen antes de que se conviertan en roturas.",
                ],
                fragments=[
                    "Los registradores acústicos, alimentados por batería, se fijan con imán a válvulas e "
                    "hidrantes y graban el ruido de las tuberías entre las 2 y las 4 de la madrugada, "
                    "cuando la red está más silenciosa.",
                    "{brand} correlaciona las grabaciones de registradores vecinos para situar la fuga con "
                    "un margen de pocos metros, incluso en tuberías de plástico donde el ruido se transmite "
                    "mal.",
                    "Las alertas de fuga aparecen en un mapa con el caudal estimado, para que las brigadas "
                    "prioricen las pérdidas de agua más grandes.",
                    "Los caudales de los sectores hidráulicos se combinan con los resultados acústicos para "
                    "mostrar cuánta agua no registrada pierde cada sector.",
                    "Los registradores funcionan cinco años con una batería y envían los datos por NB-IoT o "
                    "LTE-M, sin obras ni cortes de suministro.",
                    "En una red de 1.800 km de tuberías, la empresa de aguas encontró 420 fugas ocultas el "
                    "primer año y redujo el agua no registrada del 31 % al 22 %.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} CaçaVazamento",
                    "Detecção acústica de vazamentos em redes de água",
                    "Sensores acústicos permanentes que localizam vazamentos ocultos",
                ],
                summaries=[
                    "Sensores acústicos permanentes em registros e hidrantes escutam a rede de distribuição "
                    "de água toda noite e localizam vazamentos não visíveis, reduzindo as perdas de água.",
                    "Encontra vazamentos ocultos em adutoras, redes e ramais com sensores acústicos e IA, "
                    "para que as equipes consertem antes que virem rompimentos.",
                ],
                fragments=[
                    "Os sensores acústicos, movidos a bateria, são fixados com ímã em registros e hidrantes "
                    "e gravam o ruído da tubulação entre 2h e 4h da manhã, quando a rede está mais "
                    "silenciosa.",
                    "A plataforma {brand} correlaciona as gravações de sensores vizinhos para localizar o "
                    "vazamento com precisão de poucos metros, mesmo em tubos de PVC e PEAD, onde o som se "
                    "propaga mal.",
                    "Os alertas de vazamento aparecem num mapa com a vazão estimada, para que as equipes "
                    "priorizem as maiores perdas de água.",
                    "Os dados de vazão dos distritos de medição e controle (DMC) são cruzados com os "
                    "resultados acústicos para mostrar quanto cada setor perde.",
                    "Os sensores funcionam cinco anos com uma bateria e transmitem por NB-IoT ou LTE-M, sem "
                    "obras nem interrupção do abastecimento.",
                    "Numa rede de 1.800 km, a companhia de saneamento encontrou 420 vazamentos ocultos no "
                    "primeiro ano e reduziu o índice de perdas de 31% para 22%.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Fuites",
                    "Détection acoustique des fuites sur les réseaux d'eau potable",
                    "Capteurs acoustiques permanents pour localiser les fuites invisibles",
                ],
                summaries=[
                    "Des capteurs acoustiques permanents posés sur les vannes et les poteaux incendie "
                    "écoutent chaque nuit le réseau d'eau potable et localisent les fuites invisibles, pour "
                    "améliorer le rendement du réseau.",
                    "Repère les fuites cachées sur les conduites et les branchements grâce à des capteurs "
                    "acoustiques et à l'IA, pour que les équipes les réparent avant la casse.",
                ],
                fragments=[
                    "Les capteurs acoustiques sur batterie se fixent par aimant sur les vannes et les "
                    "poteaux incendie et enregistrent le bruit des conduites entre 2 h et 4 h du matin, "
                    "quand le réseau est le plus calme.",
                    "{brand} corrèle les enregistrements des capteurs voisins pour localiser la fuite à "
                    "quelques mètres près, même sur les conduites en PVC ou en PE où le bruit se propage "
                    "mal.",
                    "Les alertes de fuite s'affichent sur une carte avec le débit estimé, pour que les "
                    "équipes traitent d'abord les pertes d'eau les plus importantes.",
                    "Les débits de sectorisation sont croisés avec les résultats acoustiques pour montrer "
                    "le volume perdu par chaque secteur.",
                    "Les capteurs fonctionnent cinq ans sur une pile et transmettent en NB-IoT ou LTE-M, "
                    "sans travaux ni coupure d'eau.",
                    "Sur un réseau de 1 800 km, le service des eaux a trouvé 420 fuites invisibles la "
                    "première année et fait passer les pertes de 31 % à 22 % des volumes produits.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="smart-water-meters",
        sector="water",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} AquaMeter",
                    "Smart water meters with remote reading and leak alerts",
                    "Advanced metering infrastructure for water utilities",
                    "{brand} Meter: hourly water consumption data for every household",
                ],
                summaries=[
                    "Ultrasonic smart water meters read remotely every hour, with automatic alerts for "
                    "leaks after the meter, backflow and tampering.",
                    "Replaces inaccurate mechanical meters and manual meter reading with hourly water "
                    "consumption data, accurate bills and leak alerts for households and the utility.",
                ],
                fragments=[
                    "Static ultrasonic water meters have no moving parts, stay accurate at very low flows "
                    "and last 15 years on a single battery.",
                    "Meters send hourly readings over NB-IoT, LoRaWAN or a fixed radio network, so meter "
                    "readers no longer need to enter homes or basements.",
                    "{brand} detects continuous night-time flow, which usually means a leaking toilet or a "
                    "burst pipe behind the meter, and alerts the customer by SMS or app.",
                    "Accurate monthly bills based on real readings replace estimated bills and cut customer "
                    "complaints and call-centre volume.",
                    "Hourly consumption data by district reveals apparent losses such as meter "
                    "under-registration and illegal connections, a large share of non-revenue water.",
                    "A utility that replaced 120,000 mechanical meters recovered 6% of billed water volume "
                    "and cut customer-side leaks by half within two years.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 스마트 수도미터",
                    "원격 검침과 누수 알림이 되는 스마트 수도계량기",
                    "상수도 사업자를 위한 원격검침 인프라(AMI)",
                ],
                summaries=[
                    "초음파 스마트 수도계량기가 매시간 원격으로 검침하고, 계량기 뒤 누수, 역류, 조작 시도를 "
                    "자동으로 알려 줍니다.",
                    "사람이 하던 수도 검침을 시간 단위 사용량 데이터로 바꿔, 정확한 요금 고지와 가정·사업자 "
                    "모두를 위한 누수 알림을 제공합니다.",
                ],
                fragments=[
                    "정지형 초음파 계량기는 움직이는 부품이 없어 아주 적은 유량에서도 정확하며, 배터리 "
                    "하나로 15년을 씁니다.",
                    "계량기는 NB-IoT, LoRaWAN, 고정형 무선망으로 매시간 검침값을 보내므로 검침원이 가정이나 "
                    "지하실에 들어갈 필요가 없습니다.",
                    "{brand} 시스템은 변기 누수나 계량기 뒤 배관 파손을 뜻하는 심야 연속 사용을 감지해 "
                    "고객에게 문자나 앱으로 알립니다.",
                    "추정 요금 대신 실제 검침값에 따른 정확한 요금을 고지해 요금 민원과 콜센터 문의가 "
                    "줄어듭니다.",
                    "블록별 시간 단위 사용량 데이터로 계량기 과소 계량이나 불법 연결 같은 겉보기 손실을 "
                    "찾아낼 수 있는데, 이는 무수수량의 큰 부분을 차지합니다.",
                    "기계식 계량기 12만 개를 교체한 한 상수도 사업자는 2년 만에 요금 부과 수량을 6% 되찾고 "
                    "고객 측 누수를 절반으로 줄였습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Contador Inteligente",
                    "Contadores de agua inteligentes con telelectura y avisos de fuga",
                    "Infraestructura de telelectura para empresas de agua",
                ],
                summaries=[
                    "Contadores de agua ultrasónicos con telelectura horaria y avisos automáticos de fugas "
                    "interiores, retornos y manipulaciones.",
                    "Sustituye la lectura manual por datos de consumo horarios, facturas exactas y avisos "
                    "de fuga para los hogares y la empresa de aguas.",
                ],
                fragments=[
                    "Los contadores estáticos por ultrasonidos no tienen piezas móviles, mantienen la "
                    "precisión con caudales muy bajos y duran 15 años con una sola batería.",
                    "Los contadores envían lecturas horarias por NB-IoT, LoRaWAN o una red de radio fija, "
                    "de modo que los lectores ya no tienen que entrar en viviendas ni sótanos.",
                    "{brand} detecta consumos continuos durante la noche, que suelen indicar una cisterna "
                    "que pierde o una tubería rota tras el contador, y avisa al cliente por SMS o en la "
                    "app.",
                    "Las facturas mensuales basadas en lecturas reales sustituyen a las estimadas y reducen "
                    "las reclamaciones y las llamadas al servicio de atención.",
                    "Los consumos horarios por sector revelan pérdidas aparentes, como el subcontaje de "
                    "contadores o las acometidas fraudulentas, una parte importante del agua no registrada.",
                    "Una empresa de aguas que sustituyó 120.000 contadores mecánicos recuperó un 6 % del "
                    "volumen facturado y redujo a la mitad las fugas interiores en dos años.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Hidrômetro Inteligente",
                    "Hidrômetros inteligentes com telemetria e alerta de vazamento",
                    "Telemetria de consumo de água para companhias de saneamento",
                ],
                summaries=[
                    "Hidrômetros ultrassônicos com leitura remota de hora em hora e alertas automáticos de "
                    "vazamento interno, refluxo e fraude.",
                    "Substitui a leitura manual por dados de consumo por hora, contas exatas e alertas de "
                    "vazamento para as famílias e a companhia de saneamento.",
                ],
                fragments=[
                    "Os hidrômetros ultrassônicos estáticos não têm partes móveis, mantêm a precisão em "
                    "vazões muito baixas e duram 15 anos com uma única bateria.",
                    "Os medidores enviam leituras de hora em hora por NB-IoT, LoRaWAN ou rede de rádio "
                    "fixa, e o leiturista não precisa mais entrar em casas ou garagens.",
                    "A plataforma {brand} detecta consumo contínuo durante a madrugada, sinal típico de "
                    "descarga vazando ou cano rompido depois do hidrômetro, e avisa o cliente por SMS ou "
                    "aplicativo.",
                    "Contas mensais baseadas em leituras reais substituem as estimativas e reduzem "
                    "reclamações e ligações para a central de atendimento.",
                    "O consumo por hora em cada setor revela perdas aparentes, como submedição de "
                    "hidrômetros e ligações clandestinas, parte importante das perdas de água.",
                    "Uma companhia que trocou 120 mil hidrômetros mecânicos recuperou 6% do volume faturado "
                    "e reduziu pela metade os vazamentos internos em dois anos.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Télérelève",
                    "Compteurs d'eau intelligents avec télérelève et alertes fuite",
                    "Télérelève des compteurs d'eau pour les services des eaux",
                ],
                summaries=[
                    "Des compteurs d'eau à ultrasons relevés à distance toutes les heures, avec alertes "
                    "automatiques en cas de fuite après compteur, de retour d'eau ou de fraude.",
                    "Remplace la relève manuelle par des données de consommation horaires, des factures "
                    "exactes et des alertes fuite pour les abonnés et le service des eaux.",
                ],
                fragments=[
                    "Les compteurs statiques à ultrasons n'ont pas de pièces mobiles, restent précis aux "
                    "très faibles débits et durent 15 ans sur une seule pile.",
                    "Les compteurs transmettent un index horaire en NB-IoT, en LoRaWAN ou par un réseau "
                    "radio fixe : les releveurs n'ont plus besoin d'entrer dans les logements ou les caves.",
                    "{brand} détecte les consommations continues la nuit, signe habituel d'une chasse d'eau "
                    "qui fuit ou d'une canalisation cassée après compteur, et prévient l'abonné par SMS ou "
                    "sur l'application.",
                    "Les factures mensuelles établies sur des index réels remplacent les estimations et "
                    "réduisent réclamations et appels au service client.",
                    "Les consommations horaires par secteur révèlent les pertes apparentes, comme le "
                    "sous-comptage ou les branchements illicites, une part importante des volumes non "
                    "facturés.",
                    "Un service des eaux qui a remplacé 120 000 compteurs mécaniques a récupéré 6 % de "
                    "volume facturé et divisé par deux les fuites après compteur en deux ans.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="flood-early-warning-sensors",
        sector="water",
        extra_sectors=["safety"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} FloodWatch",
                    "Flood early warning with river and drain level sensors",
                    "Flash flood warnings for streets, underpasses and rivers",
                    "{brand} Flood: sensor network and alerts for urban flooding",
                ],
                summaries=[
                    "Water level sensors in rivers, drains and underpasses combined with rainfall forecasts "
                    "give early warning of flash floods, with automatic alerts to residents and road "
                    "closures.",
                    "A flood early warning system that predicts urban flooding hours ahead and tells "
                    "emergency teams which streets and underpasses to close.",
                ],
                fragments=[
                    "Radar water level sensors on bridges, in storm drains and in road underpasses report "
                    "every five minutes, switching to every minute when the water rises fast.",
                    "{brand} combines sensor readings with radar rainfall nowcasts and a hydraulic model of "
                    "the drainage network to forecast flooding up to six hours ahead.",
                    "When thresholds are crossed, the system sends alerts to emergency managers, closes "
                    "underpasses with automatic barriers and warns residents by SMS, app and sirens.",
                    "Solar-powered sensor stations keep working during power cuts and send data over two "
                    "independent networks.",
                    "A public flood map shows current water levels and the streets expected to flood, which "
                    "helps residents move cars and protect basements in time.",
                    "During a storm with 90 mm of rain in two hours, warnings reached residents 70 minutes "
                    "before the first underpass flooded, and no vehicles were trapped.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 홍수 감시",
                    "하천·하수도 수위 센서 기반 홍수 조기 경보",
                    "도로·지하차도·하천 돌발 홍수 경보",
                ],
                summaries=[
                    "하천, 하수관로, 지하차도의 수위 센서와 강우 예측을 결합해 돌발 홍수를 조기에 경보하고, "
                    "주민 알림과 도로 통제를 자동으로 실행합니다.",
                    "도시 침수를 몇 시간 앞서 예측해, 재난 대응팀에 어느 도로와 지하차도를 통제해야 하는지 "
                    "알려 주는 홍수 조기 경보 시스템입니다.",
                ],
                fragments=[
                    "교량, 우수관로, 지하차도에 설치한 레이더 수위 센서가 5분마다 수위를 보고하고, 물이 "
                    "빠르게 차오르면 1분 간격으로 바꿉니다.",
                    "{brand} 시스템은 센서 측정값에 레이더 초단기 강우 예측과 배수 관망 수리 모델을 결합해 "
                    "최대 6시간 전에 침수를 예측합니다.",
                    "위험 수위를 넘으면 재난 담당자에게 경보를 보내고, 지하차도 진입 차단기를 자동으로 "
                    "내리며, 문자·앱·사이렌으로 주민에게 알립니다.",
                    "태양광으로 작동하는 센서 스테이션은 정전 중에도 작동하며, 서로 다른 두 통신망으로 "
                    "데이터를 보냅니다.",
                    "공개 침수 지도에서 현재 수위와 침수 예상 도로를 볼 수 있어, 주민이 제때 차량을 옮기고 "
                    "지하층을 보호할 수 있습니다.",
                    "2시간 동안 90mm의 비가 내린 호우 때, 첫 지하차도가 잠기기 70분 전에 주민에게 경보가 "
                    "전달되어 고립된 차량이 한 대도 없었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Alerta Inundación",
                    "Alerta temprana de inundaciones con sensores de nivel en ríos y colectores",
                    "Avisos de inundaciones repentinas para calles, pasos inferiores y cauces",
                ],
                summaries=[
                    "Sensores de nivel en ríos, colectores y pasos inferiores, combinados con previsiones "
                    "de lluvia, dan alerta temprana de inundaciones repentinas, con avisos automáticos a "
                    "los vecinos y cierres de vías.",
                    "Un sistema de alerta temprana que predice las inundaciones urbanas con horas de "
                    "antelación e indica a los equipos de emergencia qué calles y pasos inferiores cerrar.",
                ],
                fragments=[
                    "Sensores radar de nivel en puentes, colectores de pluviales y pasos inferiores "
                    "informan cada cinco minutos, y cada minuto cuando el agua sube deprisa.",
                    "{brand} combina las lecturas con la predicción de lluvia por radar a muy corto plazo y "
                    "un modelo hidráulico de la red de drenaje para anticipar inundaciones hasta seis horas "
                    "antes.",
                    "Al superar los umbrales, el sistema avisa a los responsables de emergencias, cierra "
                    "los pasos inferiores con barreras automáticas y alerta a los vecinos por SMS, app y "
                    "sirenas.",
                    "Las estaciones, alimentadas con energía solar, siguen funcionando durante los cortes "
                    "de luz y envían los datos por dos redes independientes.",
                    "Un mapa público muestra el nivel del agua y las calles que se prevé que se inunden, "
                    "para que los vecinos aparten el coche y protejan sus sótanos a tiempo.",
                    "En una tormenta de 90 mm en dos horas, el aviso llegó a los vecinos 70 minutos antes "
                    "de que se inundara el primer paso inferior, y ningún vehículo quedó atrapado.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Alerta Enchente",
                    "Alerta precoce de enchentes com sensores de nível em rios e galerias",
                    "Alertas de alagamento para ruas, passagens subterrâneas e córregos",
                ],
                summaries=[
                    "Sensores de nível em rios, galerias pluviais e passagens subterrâneas, combinados com "
                    "a previsão de chuva, dão alerta precoce de enchentes repentinas, com avisos "
                    "automáticos aos moradores e interdição de vias.",
                    "Um sistema de alerta precoce que prevê alagamentos urbanos com horas de antecedência e "
                    "indica à Defesa Civil quais ruas e passagens subterrâneas interditar.",
                ],
                fragments=[
                    "Sensores radar de nível em pontes, galerias de águas pluviais e passagens subterrâneas "
                    "informam a cada cinco minutos, e a cada minuto quando a água sobe rápido.",
                    "O sistema {brand} combina as leituras com a previsão de chuva por radar de curtíssimo "
                    "prazo e um modelo hidráulico da rede de drenagem para prever alagamentos até seis "
                    "horas antes.",
                    "Quando os limites são ultrapassados, o sistema avisa a Defesa Civil, fecha as "
                    "passagens subterrâneas com cancelas automáticas e alerta os moradores por SMS, "
                    "aplicativo e sirenes.",
                    "As estações, alimentadas por energia solar, continuam funcionando durante quedas de "
                    "energia e transmitem por duas redes independentes.",
                    "Um mapa público mostra o nível da água e as ruas com previsão de alagamento, para que "
                    "os moradores tirem o carro e protejam a casa a tempo.",
                    "Numa tempestade de 90 mm em duas horas, o alerta chegou aos moradores 70 minutos antes "
                    "de a primeira passagem subterrânea alagar, e nenhum veículo ficou preso.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Vigilance Crues",
                    "Alerte précoce aux inondations par capteurs de niveau",
                    "Alertes aux crues soudaines pour les rues, les trémies et les cours d'eau",
                ],
                summaries=[
                    "Des capteurs de niveau dans les rivières, les collecteurs et les trémies, combinés aux "
                    "prévisions de pluie, donnent l'alerte précoce aux crues soudaines, avec messages "
                    "automatiques aux habitants et fermetures de voies.",
                    "Un système d'alerte précoce qui prévoit les inondations urbaines plusieurs heures à "
                    "l'avance et indique aux équipes de secours quelles rues et trémies fermer.",
                ],
                fragments=[
                    "Des capteurs radar de niveau sur les ponts, dans les collecteurs d'eaux pluviales et "
                    "les trémies routières remontent une mesure toutes les cinq minutes, puis chaque minute "
                    "quand l'eau monte vite.",
                    "{brand} associe les mesures à la prévision de pluie par radar à très courte échéance "
                    "et à un modèle hydraulique du réseau d'assainissement pour anticiper les inondations "
                    "jusqu'à six heures à l'avance.",
                    "Au-delà des seuils, le système alerte la cellule de crise, ferme les trémies par "
                    "barrières automatiques et prévient les habitants par SMS, application et sirènes.",
                    "Les stations, alimentées par panneau solaire, continuent de fonctionner pendant les "
                    "coupures de courant et transmettent par deux réseaux indépendants.",
                    "Une carte publique montre les niveaux d'eau et les rues susceptibles d'être inondées, "
                    "pour que les habitants déplacent leur voiture et protègent leur sous-sol à temps.",
                    "Lors d'un orage de 90 mm en deux heures, l'alerte a atteint les habitants 70 minutes "
                    "avant l'inondation de la première trémie, et aucun véhicule n'a été piégé.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="sewer-overflow-prediction",
        sector="water",
        extra_sectors=["environment"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} OverflowGuard",
                    "Combined sewer overflow prediction and real-time control",
                    "AI that keeps sewage out of rivers during storms",
                    "{brand} Sewer: predict and prevent combined sewer overflows",
                ],
                summaries=[
                    "Predicts combined sewer overflows hours ahead from rainfall forecasts and sewer level "
                    "sensors, and uses the spare storage in pipes and tanks to keep untreated sewage out of "
                    "rivers.",
                    "Real-time control of sewer gates, pumps and storage tanks that reduces the volume and "
                    "frequency of combined sewer overflows.",
                ],
                fragments=[
                    "Level and flow sensors in key sewer chambers and at every combined sewer overflow "
                    "point report in real time, together with rain gauges and radar rainfall.",
                    "A machine-learning model trained on years of sewer data forecasts which overflow "
                    "points will spill and how much, two to six hours before a storm.",
                    "{brand} then adjusts gates, pumps and storage tanks across the sewer network to use "
                    "the spare storage capacity, a strategy known as real-time control.",
                    "Operators see the forecast and the recommended settings on one dashboard and can let "
                    "the system act automatically or approve each step.",
                    "Every spill is logged with its duration and estimated volume, which simplifies "
                    "reporting to the environmental regulator and to the public.",
                    "In a pilot catchment, overflow volumes into the river fell by 35% in the first wet "
                    "season without building any new storage tanks.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="water-quality-monitoring-probes",
        sector="water",
        extra_sectors=["health"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} PureSense",
                    "Real-time drinking water quality monitoring",
                    "Multi-parameter probes for water quality across the distribution network",
                    "{brand} Quality: early warning of contamination in drinking water",
                ],
                summaries=[
                    "Multi-parameter probes that monitor drinking water quality continuously across the "
                    "distribution network and raise an early warning of contamination.",
                    "Real-time chlorine, turbidity, pH and conductivity measurements from treatment plant "
                    "to tap, with AI that flags unusual water quality events.",
                ],
                fragments=[
                    "Compact probes installed in reservoirs, pumping stations and hydrants measure free "
                    "chlorine, turbidity, pH, conductivity, temperature and pressure every two minutes.",
                    "{brand} learns the normal daily pattern of each monitoring point and raises an alert "
                    "when water quality deviates, for example after a main break or a cross-connection.",
                    "Chlorine residual maps help operators adjust dosing so that every district receives "
                    "safe water without the taste complaints caused by over-chlorination.",
                    "Probes are self-cleaning and need calibration only twice a year, which keeps "
                    "maintenance costs low for small water utilities.",
                    "Water quality data can be shared with the health authority and summarised for "
                    "residents on a public dashboard.",
                    "In one network, the system detected a contamination event from a faulty backflow valve "
                    "within 40 minutes, before any customer complaint.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="pipe-condition-assessment-ai",
        sector="water",
        extra_sectors=["urban-planning"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} PipeScan",
                    "AI analysis of sewer CCTV inspections",
                    "Sewer and water pipe condition assessment with computer vision",
                    "{brand} Inspect: automatic defect coding for sewer pipe inspections",
                ],
                summaries=[
                    "Computer vision that reviews sewer CCTV inspection videos, codes cracks, root "
                    "intrusion and collapses automatically, and ranks pipes for rehabilitation.",
                    "Turns thousands of hours of inspection footage of sewer pipes and water mains into a "
                    "condition score for every pipe and a prioritised renewal plan.",
                ],
                fragments=[
                    "Inspection crews upload CCTV videos from crawler cameras, and {brand} detects and "
                    "codes defects such as cracks, root intrusion, deformation and joint displacement to "
                    "the standard coding system.",
                    "Automatic defect coding takes minutes per kilometre instead of hours, and engineers "
                    "review only the flagged segments.",
                    "Each pipe receives a condition score and a predicted remaining life, combining "
                    "inspection results with material, age, soil and failure history.",
                    "The renewal planner ranks pipes for relining or replacement by risk and cost, and "
                    "coordinates the works with planned road resurfacing.",
                    "Results are written back to the GIS and asset management system, so the condition of "
                    "the sewer network is always up to date.",
                    "A city with 2,600 km of sewers cleared a backlog of 900 hours of uncoded inspection "
                    "videos in six weeks.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="rainwater-harvesting-controls",
        sector="water",
        extra_sectors=["environment"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} RainSmart",
                    "Smart rainwater tanks that release water before storms",
                    "Networked rainwater harvesting and stormwater control",
                    "{brand} Rain: turn rain tanks and green roofs into flood storage",
                ],
                summaries=[
                    "Smart valves and level sensors turn household and public rainwater tanks into a "
                    "network that stores rain for reuse and empties ahead of storms to reduce stormwater "
                    "runoff.",
                    "Rainwater harvesting with weather-forecast control: tanks supply toilets and "
                    "irrigation, then release water before heavy rain so they absorb the storm peak instead "
                    "of the sewer network.",
                ],
                fragments=[
                    "A controller with a level sensor and a motorised valve is fitted to each rainwater "
                    "tank, from 1,000-litre household tanks to large tanks under schools and sports halls.",
                    "{brand} reads the weather forecast and slowly releases water before heavy rain, so "
                    "that the tanks have room to capture the storm peak and relieve the drainage network.",
                    "Between storms, stored rainwater supplies toilets, laundry and irrigation of parks and "
                    "green roofs, saving drinking water.",
                    "The city sees the total available stormwater storage across all connected tanks on one "
                    "map and can trigger a coordinated release before a storm.",
                    "Green roofs and rain gardens can be monitored with soil moisture sensors, showing how "
                    "much rainfall they retain.",
                    "In a pilot district with 450 connected tanks, peak stormwater runoff during design "
                    "storms fell by 18%, and households saved 30% of their drinking water use.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="wastewater-epidemiology",
        sector="water",
        extra_sectors=["health"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} SewerHealth",
                    "Wastewater surveillance for public health",
                    "Early warning of disease outbreaks from sewage samples",
                    "{brand} Signals: wastewater-based epidemiology for cities",
                ],
                summaries=[
                    "Wastewater-based epidemiology: automatic samplers and lab analysis of sewage detect "
                    "rising levels of viruses in a neighbourhood days before clinical cases show up.",
                    "Turns samples from wastewater treatment plants and sewer manholes into a public health "
                    "dashboard for influenza, COVID-19, norovirus and antimicrobial resistance.",
                ],
                fragments=[
                    "Autosamplers at wastewater treatment plants and selected sewer manholes collect "
                    "24-hour composite samples several times a week.",
                    "Partner laboratories measure viral RNA for influenza, RSV, COVID-19 and norovirus, as "
                    "well as markers of antimicrobial resistance.",
                    "{brand} normalises the results for flow and population in each sewer catchment and "
                    "highlights trends that point to an outbreak.",
                    "Public health teams get an early warning, typically four to seven days before cases "
                    "rise in clinics, and can target testing, vaccination and information campaigns.",
                    "Catchments are large enough that no individual can be identified, and aggregated "
                    "results can be published on an open dashboard.",
                    "During one winter season, the system flagged a norovirus outbreak in a district with "
                    "several care homes a week before hospital admissions rose.",
                ],
            ),
        },
    ),
]

_WATER_CHALLENGES = [
    ChallengeArchetype(
        key="cut-non-revenue-water",
        sector="water",
        extra_sectors=[],
        answered_by=["acoustic-leak-detection", "smart-water-meters"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Cut non-revenue water",
                    "Find hidden leaks in the water network",
                    "Reduce water losses from leaks and metering errors",
                ],
                fragments=[
                    "{city} loses about 30% of the drinking water it treats to hidden leaks, bursts and "
                    "inaccurate water meters, at a time when droughts are becoming more frequent.",
                    "Our water network has 2,000 km of mains, many of them more than 50 years old, and "
                    "leaks are usually found only when water reaches the surface.",
                    "We want to find hidden leaks early, for example with acoustic sensors on valves and "
                    "hydrants, and prioritise repairs by the volume of water lost.",
                    "Many customer water meters are old mechanical meters that under-register, and meter "
                    "readers still visit homes by hand.",
                    "We are also interested in smart meters with remote reading and leak alerts, and in "
                    "district metering that shows where non-revenue water is highest.",
                    "The goal is to bring non-revenue water below 20% within five years without "
                    "interrupting supply.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "무수수량 줄이기",
                    "상수도 관망의 숨은 누수 찾기",
                    "누수와 계량 오차로 인한 물 손실 줄이기",
                ],
                fragments=[
                    "{city}에서는 정수한 수돗물의 약 30%가 숨은 누수, 관 파열, 부정확한 수도계량기 때문에 "
                    "사라지고 있으며, 가뭄은 점점 잦아지고 있습니다.",
                    "상수도 본관이 2,000km에 달하고 상당수가 50년 넘은 노후관이라, 누수는 대개 물이 지표로 "
                    "올라온 뒤에야 발견됩니다.",
                    "제수밸브와 소화전의 음향 센서 등으로 숨은 누수를 조기에 찾고, 손실 수량에 따라 보수 "
                    "우선순위를 정하고자 합니다.",
                    "가정용 수도계량기 상당수가 과소 계량되는 노후 기계식 계량기이고, 검침원이 아직도 "
                    "집집마다 방문해 검침하고 있습니다.",
                    "원격 검침과 누수 알림이 되는 스마트 수도계량기, 그리고 무수수량이 많은 블록을 보여 "
                    "주는 블록 유량 관리에도 관심이 있습니다.",
                    "단수 없이 5년 안에 무수율을 20% 아래로 낮추는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reducir el agua no registrada",
                    "Encontrar las fugas ocultas de la red de agua",
                    "Menos pérdidas de agua por fugas y errores de medición",
                ],
                fragments=[
                    "{city} pierde alrededor del 30 % del agua potable que trata en fugas ocultas, roturas "
                    "y contadores inexactos, justo cuando las sequías son cada vez más frecuentes.",
                    "La red de abastecimiento tiene 2.000 km de tuberías, muchas con más de 50 años, y las "
                    "fugas solo se detectan cuando el agua sale a la superficie.",
                    "Queremos encontrar antes las fugas ocultas, por ejemplo con sensores acústicos en "
                    "válvulas e hidrantes, y priorizar las reparaciones según el volumen de agua perdido.",
                    "Muchos contadores de los abonados son mecánicos antiguos que subcontabilizan, y los "
                    "lectores siguen recorriendo las viviendas a mano.",
                    "También nos interesan los contadores inteligentes con telelectura y avisos de fuga, y "
                    "la sectorización que muestre dónde es mayor el agua no registrada.",
                    "El objetivo es bajar el agua no registrada por debajo del 20 % en cinco años sin "
                    "cortes de suministro.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Reduzir as perdas de água",
                    "Encontrar os vazamentos ocultos da rede",
                    "Menos perdas por vazamentos e erros de medição",
                ],
                fragments=[
                    "{city} perde cerca de 30% da água tratada em vazamentos ocultos, rompimentos e "
                    "hidrômetros imprecisos, justamente quando as secas estão ficando mais frequentes.",
                    "A rede de distribuição tem 2.000 km de tubulações, muitas com mais de 50 anos, e os "
                    "vazamentos só são encontrados quando a água aflora na rua.",
                    "Queremos encontrar os vazamentos ocultos mais cedo, por exemplo com sensores acústicos "
                    "em registros e hidrantes, e priorizar os consertos pelo volume de água perdido.",
                    "Muitos hidrômetros dos clientes são mecânicos antigos que submedem, e a leitura ainda "
                    "é feita de casa em casa.",
                    "Também temos interesse em hidrômetros inteligentes com telemetria e alerta de "
                    "vazamento, e em distritos de medição que mostrem onde as perdas são maiores.",
                    "A meta é reduzir o índice de perdas para menos de 20% em cinco anos, sem interromper o "
                    "abastecimento.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Réduire les pertes en eau",
                    "Trouver les fuites cachées du réseau d'eau potable",
                    "Moins de pertes dues aux fuites et aux erreurs de comptage",
                ],
                fragments=[
                    "{city} perd environ 30 % de l'eau potable produite à cause de fuites invisibles, de "
                    "casses et de compteurs imprécis, alors que les sécheresses se multiplient.",
                    "Notre réseau compte 2 000 km de conduites, dont beaucoup ont plus de 50 ans, et les "
                    "fuites ne sont souvent découvertes que lorsque l'eau remonte en surface.",
                    "Nous voulons repérer plus tôt les fuites cachées, par exemple avec des capteurs "
                    "acoustiques sur les vannes et les poteaux incendie, et prioriser les réparations selon "
                    "les volumes perdus.",
                    "Beaucoup de compteurs d'abonnés sont d'anciens compteurs mécaniques qui sous-comptent, "
                    "et la relève se fait encore à pied.",
                    "Nous nous intéressons aussi aux compteurs intelligents avec télérelève et alertes "
                    "fuite, et à une sectorisation qui montre où les pertes sont les plus fortes.",
                    "L'objectif est de ramener les pertes sous 20 % en cinq ans, sans coupure d'eau pour "
                    "les abonnés.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="warn-residents-before-flash-floods",
        sector="water",
        extra_sectors=["safety"],
        answered_by=["flood-early-warning-sensors"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Warn residents before flash floods",
                    "Early warning for urban flooding",
                    "Keep drivers out of flooded underpasses",
                ],
                fragments=[
                    "Flash floods in {city} have become more frequent: intense storms overwhelm the "
                    "drainage network within minutes, flooding streets, basements and road underpasses.",
                    "Last summer two drivers had to be rescued from a flooded underpass, and residents told "
                    "us the warnings came too late or not at all.",
                    "We are looking for a flood early warning system that combines water level sensors in "
                    "rivers, drains and underpasses with rainfall forecasts.",
                    "When flooding is expected, the system should alert emergency managers, trigger road "
                    "closures and warn residents by SMS, app and sirens.",
                    "Sensor stations must keep working during storms and power cuts, and the data should "
                    "feed a public flood map.",
                    "We would start with the 15 underpasses and three river sections with the highest flood "
                    "risk.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "돌발 홍수 전에 주민에게 경보하기",
                    "도시 침수 조기 경보",
                    "침수된 지하차도에 차량이 들어가지 않게 하기",
                ],
                fragments=[
                    "{city}에서는 돌발 홍수가 잦아지고 있습니다. 집중호우가 내리면 몇 분 만에 배수 관망이 "
                    "넘쳐 도로, 지하층, 지하차도가 잠깁니다.",
                    "지난여름에는 침수된 지하차도에서 운전자 두 명이 구조되었고, 주민들은 경보가 너무 "
                    "늦었거나 아예 없었다고 말합니다.",
                    "하천, 하수관로, 지하차도의 수위 센서와 강우 예측을 결합한 홍수 조기 경보 시스템을 찾고 "
                    "있습니다.",
                    "침수가 예상되면 재난 담당자에게 경보를 보내고, 도로 통제를 실행하며, "
                    "문자·앱·사이렌으로 주민에게 알려야 합니다.",
                    "센서 스테이션은 폭우와 정전 중에도 작동해야 하며, 데이터는 공개 침수 지도에 반영되어야 "
                    "합니다.",
                    "침수 위험이 가장 큰 지하차도 15곳과 하천 세 구간부터 시작할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Avisar a los vecinos antes de las inundaciones repentinas",
                    "Alerta temprana de inundaciones urbanas",
                    "Que ningún coche entre en un paso inferior inundado",
                ],
                fragments=[
                    "Las inundaciones repentinas son cada vez más frecuentes en {city}: las tormentas "
                    "intensas desbordan la red de drenaje en minutos e inundan calles, sótanos y pasos "
                    "inferiores.",
                    "El verano pasado hubo que rescatar a dos conductores de un paso inferior inundado, y "
                    "los vecinos nos dijeron que los avisos llegaron tarde o no llegaron.",
                    "Buscamos un sistema de alerta temprana de inundaciones que combine sensores de nivel "
                    "en ríos, colectores y pasos inferiores con previsiones de lluvia.",
                    "Cuando se prevea una inundación, el sistema debe avisar a los responsables de "
                    "emergencias, activar cierres de vías y alertar a los vecinos por SMS, app y sirenas.",
                    "Las estaciones deben seguir funcionando durante las tormentas y los cortes de luz, y "
                    "los datos deben alimentar un mapa público de inundaciones.",
                    "Empezaríamos por los 15 pasos inferiores y los tres tramos de río con mayor riesgo de "
                    "inundación.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Avisar os moradores antes dos alagamentos",
                    "Alerta precoce de enchentes urbanas",
                    "Nenhum carro preso em passagem subterrânea alagada",
                ],
                fragments=[
                    "Os alagamentos repentinos estão cada vez mais frequentes em {city}: tempestades "
                    "intensas sobrecarregam a rede de drenagem em minutos e alagam ruas, garagens e "
                    "passagens subterrâneas.",
                    "No último verão, dois motoristas tiveram de ser resgatados de uma passagem subterrânea "
                    "alagada, e os moradores disseram que os alertas chegaram tarde ou não chegaram.",
                    "Procuramos um sistema de alerta precoce de enchentes que combine sensores de nível em "
                    "rios, galerias e passagens subterrâneas com a previsão de chuva.",
                    "Quando houver previsão de alagamento, o sistema deve avisar a Defesa Civil, acionar a "
                    "interdição de vias e alertar os moradores por SMS, aplicativo e sirenes.",
                    "As estações precisam funcionar durante tempestades e quedas de energia, e os dados "
                    "devem alimentar um mapa público de alagamentos.",
                    "Começaríamos pelas 15 passagens subterrâneas e pelos três trechos de rio com maior "
                    "risco de enchente.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Prévenir les habitants avant les crues soudaines",
                    "Alerte précoce aux inondations urbaines",
                    "Plus aucune voiture piégée dans une trémie inondée",
                ],
                fragments=[
                    "Les crues soudaines se multiplient à {city} : les orages violents saturent le réseau "
                    "d'assainissement en quelques minutes et inondent rues, sous-sols et trémies routières.",
                    "L'été dernier, deux automobilistes ont dû être secourus dans une trémie inondée, et "
                    "les habitants nous ont dit que l'alerte était arrivée trop tard, voire jamais.",
                    "Nous cherchons un système d'alerte précoce aux inondations qui combine capteurs de "
                    "niveau dans les rivières, les collecteurs et les trémies avec les prévisions de pluie.",
                    "En cas d'inondation prévue, le système doit alerter la cellule de crise, déclencher la "
                    "fermeture des voies et prévenir les habitants par SMS, application et sirènes.",
                    "Les stations doivent fonctionner pendant les orages et les coupures de courant, et les "
                    "données doivent alimenter une carte publique des inondations.",
                    "Nous commencerions par les 15 trémies et les trois tronçons de rivière les plus "
                    "exposés au risque d'inondation.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="stop-sewer-overflows-into-the-river",
        sector="water",
        extra_sectors=["environment"],
        answered_by=["sewer-overflow-prediction", "rainwater-harvesting-controls"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Keep sewage out of the river during storms",
                    "Reduce combined sewer overflows",
                    "Use our sewer and stormwater storage smarter when it rains",
                ],
                fragments=[
                    "When it rains heavily, {city}'s combined sewer network overflows into the river more "
                    "than 60 times a year, releasing untreated sewage and stormwater.",
                    "Building new storage tanks would cost hundreds of millions, and the environmental "
                    "regulator expects a clear reduction in combined sewer overflows within five years.",
                    "We are looking for tools that predict overflows from rainfall forecasts and sewer "
                    "level sensors, and that use the spare storage in our pipes and tanks through real-time "
                    "control of gates and pumps.",
                    "We are also interested in reducing stormwater runoff at source, for example with smart "
                    "rainwater tanks, rain gardens and green roofs.",
                    "Every spill must be logged and reported with its duration and volume, to the regulator "
                    "and to the public.",
                    "Success means fewer spill events and a lower overflow volume in the first wet season, "
                    "without major construction.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="guarantee-safe-drinking-water",
        sector="water",
        extra_sectors=["health"],
        answered_by=["water-quality-monitoring-probes"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Real-time monitoring of drinking water quality",
                    "Detect contamination in the water network early",
                    "Safe drinking water in every district",
                ],
                fragments=[
                    "{city} tests its drinking water quality with manual samples taken a few times a week, "
                    "so a contamination event in the distribution network could go unnoticed for days.",
                    "Residents in the outer districts regularly complain about the taste of chlorine, while "
                    "chlorine levels at the far ends of the network are sometimes too low.",
                    "We want continuous water quality monitoring with probes for chlorine, turbidity, pH "
                    "and conductivity in reservoirs, pumping stations and key points of the network.",
                    "The system should learn normal patterns and give an early warning of unusual water "
                    "quality, so that operators and the health authority can act quickly.",
                    "Probes must be low-maintenance, because our water utility has a small team of "
                    "technicians.",
                    "We plan to start with 40 monitoring points covering every pressure zone.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="inspect-ageing-sewer-pipes",
        sector="water",
        extra_sectors=["urban-planning"],
        answered_by=["pipe-condition-assessment-ai"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Know the condition of every sewer pipe",
                    "Speed up the analysis of sewer inspections",
                    "Plan sewer renewal by risk",
                ],
                fragments=[
                    "{city} has 2,400 km of sewer pipes, a third of them older than 60 years, and collapses "
                    "and sinkholes are becoming more frequent.",
                    "Our contractors record hundreds of hours of sewer CCTV inspection video every year, "
                    "but coding the defects by hand takes so long that much of it is never reviewed.",
                    "We want software that analyses sewer inspection videos automatically, codes defects "
                    "such as cracks, roots and deformation, and gives each pipe a condition score.",
                    "The results should feed our GIS and asset management system and produce a renewal plan "
                    "ranked by risk and cost.",
                    "Sewer renewal should be coordinated with planned road works, so that streets are dug "
                    "up only once.",
                    "We expect to clear the backlog of uncoded inspection videos within the first year.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="early-warning-of-outbreaks-from-wastewater",
        sector="water",
        extra_sectors=["health"],
        answered_by=["wastewater-epidemiology"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Early warning of outbreaks from wastewater",
                    "Wastewater surveillance for public health",
                    "Track flu and norovirus in the community",
                ],
                fragments=[
                    "During the pandemic {city} tested wastewater for COVID-19 and the signal rose days "
                    "before clinical cases, but the programme stopped when funding ended.",
                    "Our public health team wants a permanent wastewater surveillance programme for "
                    "influenza, RSV, COVID-19 and norovirus, and in the longer term for antimicrobial "
                    "resistance.",
                    "We need sampling at our wastewater treatment plants and selected sewer catchments, "
                    "laboratory analysis and a dashboard that normalises results for flow and population.",
                    "The system should give early warning of outbreaks so that we can target vaccination "
                    "and information campaigns, especially around care homes and schools.",
                    "Privacy is essential: results must only be published for catchments large enough that "
                    "no household can be identified.",
                    "We would start with weekly sampling at our two treatment plants and six sewer "
                    "catchments.",
                ],
            ),
        },
    ),
]


# --- Energy ----------------------------------------------------------------------------------------------

_ENERGY_SOLUTIONS = [
    SolutionArchetype(
        key="smart-streetlight-dimming",
        sector="energy",
        extra_sectors=["urban-planning"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} LightGrid",
                    "Smart street lighting with adaptive dimming",
                    "LED streetlight control that dims when streets are empty",
                    "{brand} Lumen: remote management of every streetlight",
                ],
                summaries=[
                    "A central management system for LED streetlights that dims each light according to "
                    "time, traffic and pedestrians, cuts the street lighting bill and reports failures "
                    "automatically.",
                    "Cuts the energy bill of street lighting by up to 70% with LED retrofits, adaptive "
                    "dimming and remote monitoring of every streetlight.",
                ],
                fragments=[
                    "A controller fitted to each luminaire lets the city switch, dim and monitor every "
                    "streetlight remotely through a mesh radio or NB-IoT network.",
                    "Motion sensors raise light levels when pedestrians, cyclists or cars approach and dim "
                    "quiet residential streets to 30% late at night.",
                    "Lamp failures, power faults and cable theft are reported automatically, so maintenance "
                    "crews no longer patrol at night to find broken streetlights.",
                    "Energy use is metered per luminaire, which allows accurate billing by the utility and "
                    "proves the savings of the LED retrofit.",
                    "{brand} controllers fit the standard NEMA or Zhaga socket, and the poles can also host "
                    "air quality sensors, cameras or small cells.",
                    "In a city of 45,000 streetlights, the energy bill for street lighting fell by 68% and "
                    "night-time maintenance visits by 80%.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 라이트그리드",
                    "적응형 디밍 스마트 가로등",
                    "사람이 없으면 밝기를 낮추는 LED 가로등 제어",
                ],
                summaries=[
                    "LED 가로등마다 시간대, 교통량, 보행자에 따라 밝기를 조절하고 고장을 자동으로 알리는 "
                    "가로등 통합 관리 시스템입니다.",
                    "LED 교체, 적응형 디밍, 가로등별 원격 모니터링으로 가로등 전기 요금을 최대 70% 줄입니다.",
                ],
                fragments=[
                    "등기구마다 제어기를 달면 메시 무선망이나 NB-IoT로 모든 가로등을 원격으로 켜고 끄고, "
                    "밝기를 조절하고, 상태를 확인할 수 있습니다.",
                    "동작 감지 센서가 보행자, 자전거, 차량이 다가오면 밝기를 높이고, 심야의 한적한 주택가 "
                    "도로는 30%로 낮춥니다.",
                    "램프 고장, 전원 장애, 케이블 도난이 자동으로 보고되어, 유지보수 인력이 고장 난 "
                    "가로등을 찾으러 밤에 순찰할 필요가 없습니다.",
                    "등기구별 전력 사용량을 계량하므로 전력 회사의 정확한 요금 청구가 가능하고 LED 교체 "
                    "효과를 입증할 수 있습니다.",
                    "{brand} 제어기는 표준 NEMA·Zhaga 소켓에 맞고, 가로등주에는 대기질 센서, 카메라, 소형 "
                    "기지국도 함께 설치할 수 있습니다.",
                    "가로등 4만 5천 개를 운영하는 도시에서 가로등 전기 요금이 68%, 야간 보수 출동이 80% "
                    "줄었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Alumbrado Inteligente",
                    "Alumbrado público inteligente con regulación adaptativa",
                    "Telegestión del alumbrado LED que atenúa cuando la calle está vacía",
                ],
                summaries=[
                    "Un sistema de telegestión para el alumbrado público LED que regula cada punto de luz "
                    "según la hora, el tráfico y los peatones, e informa automáticamente de las averías.",
                    "Reduce hasta un 70 % la factura eléctrica del alumbrado público con luminarias LED, "
                    "regulación adaptativa y supervisión remota de cada punto de luz.",
                ],
                fragments=[
                    "Un controlador instalado en cada luminaria permite encender, regular y supervisar a "
                    "distancia cada farola mediante una red de radio mallada o NB-IoT.",
                    "Los sensores de presencia suben el nivel de luz cuando se acercan peatones, ciclistas "
                    "o coches y atenúan al 30 % las calles residenciales tranquilas de madrugada.",
                    "Las averías de lámparas, los fallos eléctricos y el robo de cable se notifican "
                    "automáticamente, de modo que las brigadas ya no tienen que recorrer la ciudad de noche "
                    "buscando farolas apagadas.",
                    "El consumo se mide por luminaria, lo que permite una facturación exacta y demuestra el "
                    "ahorro de la renovación a LED.",
                    "Los controladores {brand} encajan en el zócalo estándar NEMA o Zhaga, y las columnas "
                    "pueden alojar además sensores de calidad del aire, cámaras o pequeñas celdas.",
                    "En una ciudad con 45.000 puntos de luz, la factura del alumbrado público bajó un 68 % "
                    "y las salidas nocturnas de mantenimiento un 80 %.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Iluminação Inteligente",
                    "Iluminação pública inteligente com dimerização adaptativa",
                    "Telegestão de luminárias LED que reduz a luz quando a rua está vazia",
                ],
                summaries=[
                    "Um sistema de telegestão da iluminação pública LED que ajusta cada ponto de luz "
                    "conforme o horário, o trânsito e os pedestres, e informa falhas automaticamente.",
                    "Reduz em até 70% a conta de energia da iluminação pública com luminárias LED, "
                    "dimerização adaptativa e monitoramento remoto de cada ponto de luz.",
                ],
                fragments=[
                    "Um controlador instalado em cada luminária permite ligar, dimerizar e monitorar "
                    "remotamente cada poste por uma rede de rádio em malha ou NB-IoT.",
                    "Sensores de presença aumentam a luz quando pedestres, ciclistas ou carros se aproximam "
                    "e reduzem para 30% as ruas residenciais tranquilas de madrugada.",
                    "Lâmpadas queimadas, falhas de energia e furto de cabos são informados automaticamente, "
                    "e as equipes não precisam mais rodar a cidade à noite procurando postes apagados.",
                    "O consumo é medido por luminária, o que permite faturamento exato junto à "
                    "distribuidora e comprova a economia da troca por LED.",
                    "Os controladores {brand} usam o soquete padrão NEMA ou Zhaga, e os postes podem "
                    "receber também sensores de qualidade do ar, câmeras ou pequenas antenas.",
                    "Numa cidade com 45 mil pontos de luz, a conta de energia da iluminação pública caiu "
                    "68% e as saídas noturnas de manutenção, 80%.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Éclairage Intelligent",
                    "Éclairage public intelligent à gradation adaptative",
                    "Télégestion de l'éclairage LED qui baisse quand la rue est vide",
                ],
                summaries=[
                    "Un système de télégestion de l'éclairage public LED qui module chaque point lumineux "
                    "selon l'heure, le trafic et les piétons, et signale automatiquement les pannes.",
                    "Réduit jusqu'à 70 % la facture d'électricité de l'éclairage public grâce aux LED, à la "
                    "gradation adaptative et à la surveillance à distance de chaque point lumineux.",
                ],
                fragments=[
                    "Un contrôleur posé sur chaque luminaire permet d'allumer, de moduler et de surveiller "
                    "à distance chaque point lumineux via un réseau radio maillé ou NB-IoT.",
                    "Des détecteurs de présence relèvent le niveau d'éclairage à l'approche des piétons, "
                    "cyclistes ou voitures, et abaissent à 30 % les rues résidentielles calmes au cœur de "
                    "la nuit.",
                    "Les pannes de lampe, les défauts d'alimentation et les vols de câble sont signalés "
                    "automatiquement : les équipes n'ont plus à patrouiller la nuit pour trouver les "
                    "lampadaires éteints.",
                    "La consommation est mesurée par luminaire, ce qui permet une facturation exacte et "
                    "prouve les économies de la rénovation LED.",
                    "Les contrôleurs {brand} s'adaptent aux prises standard NEMA ou Zhaga, et les mâts "
                    "peuvent accueillir aussi des capteurs de qualité de l'air, des caméras ou des petites "
                    "cellules.",
                    "Dans une ville de 45 000 points lumineux, la facture d'éclairage public a baissé de 68 "
                    "% et les interventions de nuit de 80 %.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="building-energy-management",
        sector="energy",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} BuildingIQ",
                    "Energy management for municipal buildings",
                    "AI heating and cooling control for schools, offices and sports halls",
                    "{brand} Energy: cut energy use across the public building portfolio",
                ],
                summaries=[
                    "A building energy management platform that monitors energy use in every public "
                    "building in real time and uses AI to control heating, ventilation and air "
                    "conditioning.",
                    "Connects the meters and HVAC systems of schools, offices, libraries and pools, finds "
                    "energy waste and cuts energy use in public buildings by 15–30%.",
                ],
                fragments=[
                    "{brand} reads electricity, gas, heat and water meters every 15 minutes and connects to "
                    "existing building management systems over BACnet and Modbus.",
                    "An AI model learns how each building heats up and cools down and adjusts heating, "
                    "ventilation and air conditioning to occupancy schedules and the weather forecast.",
                    "The platform flags energy waste automatically, for example heating running during "
                    "school holidays, lights left on at night or simultaneous heating and cooling.",
                    "Facility managers see a ranked list of buildings by energy use per square metre, which "
                    "helps target retrofits such as insulation, heat pumps and LED lighting.",
                    "Energy and carbon reports for every municipal building are produced automatically for "
                    "the council and for climate plan reporting.",
                    "Across a portfolio of 180 public buildings, energy consumption fell by 22% in the "
                    "first heating season, with payback in under two years.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 빌딩IQ",
                    "공공건물 에너지 관리 시스템(BEMS)",
                    "학교·청사·체육관을 위한 AI 냉난방 제어",
                ],
                summaries=[
                    "모든 공공건물의 에너지 사용을 실시간으로 모니터링하고, AI로 냉난방과 환기를 제어하는 "
                    "건물 에너지 관리 플랫폼입니다.",
                    "학교, 청사, 도서관, 수영장의 계량기와 냉난방 설비를 연결해 에너지 낭비를 찾아내고 "
                    "사용량을 15~30% 줄입니다.",
                ],
                fragments=[
                    "{brand} 플랫폼은 전기, 가스, 열, 수도 계량기를 15분마다 읽고, 기존 건물 자동제어 "
                    "시스템과 BACnet·Modbus로 연동됩니다.",
                    "AI 모델이 건물별 열적 특성을 학습해, 재실 일정과 기상 예보에 맞춰 냉난방과 환기를 "
                    "조절합니다.",
                    "방학 중 난방 가동, 야간 조명 방치, 냉난방 동시 운전 같은 에너지 낭비를 자동으로 찾아 "
                    "알려 줍니다.",
                    "시설 관리자는 면적당 에너지 사용량 순으로 건물 목록을 보고 단열, 히트펌프, LED 조명 "
                    "같은 그린리모델링 대상을 정할 수 있습니다.",
                    "공공건물별 에너지·탄소 보고서가 자동으로 만들어져 의회 보고와 기후 계획 이행 점검에 "
                    "쓰입니다.",
                    "공공건물 180개에 적용한 결과, 첫 난방 시즌에 에너지 사용량이 22% 줄었고 투자비 회수 "
                    "기간은 2년이 채 되지 않았습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Edificio Inteligente",
                    "Gestión energética de edificios municipales",
                    "Control con IA de la climatización de colegios, oficinas y polideportivos",
                ],
                summaries=[
                    "Una plataforma de gestión energética que supervisa en tiempo real todos los edificios "
                    "municipales y usa IA para controlar la calefacción, la ventilación y la climatización.",
                    "Conecta los contadores y las instalaciones de climatización de colegios, oficinas, "
                    "bibliotecas y piscinas, detecta derroches de energía y reduce el consumo entre un 15 % "
                    "y un 30 %.",
                ],
                fragments=[
                    "{brand} lee cada 15 minutos los contadores de electricidad, gas, calor y agua y se "
                    "conecta a los sistemas de control de edificios existentes mediante BACnet y Modbus.",
                    "Un modelo de IA aprende cómo se calienta y se enfría cada edificio y ajusta "
                    "calefacción, ventilación y climatización a los horarios de ocupación y a la previsión "
                    "meteorológica.",
                    "La plataforma detecta automáticamente los derroches de energía: calefacción encendida "
                    "en vacaciones escolares, luces encendidas de noche o calefacción y refrigeración "
                    "funcionando a la vez.",
                    "Los responsables de mantenimiento ven los edificios ordenados por consumo por metro "
                    "cuadrado, lo que ayuda a priorizar rehabilitaciones como aislamiento, bombas de calor "
                    "o iluminación LED.",
                    "Los informes de energía y carbono de cada edificio municipal se generan "
                    "automáticamente para el pleno y para el seguimiento del plan de clima.",
                    "En una cartera de 180 edificios públicos, el consumo de energía bajó un 22 % en la "
                    "primera temporada de calefacción, con un retorno de la inversión inferior a dos años.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Prédio Inteligente",
                    "Gestão de energia para prédios públicos municipais",
                    "Controle com IA da climatização de escolas, repartições e ginásios",
                ],
                summaries=[
                    "Uma plataforma de gestão de energia que monitora em tempo real todos os prédios "
                    "públicos do município e usa IA para controlar aquecimento, ventilação e "
                    "ar-condicionado.",
                    "Conecta os medidores e os sistemas de climatização de escolas, repartições, "
                    "bibliotecas e piscinas, encontra desperdícios de energia e reduz o consumo de 15% a "
                    "30%.",
                ],
                fragments=[
                    "A plataforma {brand} lê a cada 15 minutos os medidores de eletricidade, gás, calor e "
                    "água e se conecta aos sistemas de automação predial existentes via BACnet e Modbus.",
                    "Um modelo de IA aprende como cada prédio aquece e esfria e ajusta aquecimento, "
                    "ventilação e ar-condicionado aos horários de uso e à previsão do tempo.",
                    "A plataforma aponta automaticamente desperdícios de energia, como ar-condicionado "
                    "ligado nas férias escolares, luzes acesas à noite ou aquecimento e refrigeração "
                    "funcionando ao mesmo tempo.",
                    "Os gestores de manutenção veem os prédios ordenados por consumo por metro quadrado, o "
                    "que ajuda a priorizar reformas como isolamento, bombas de calor e iluminação LED.",
                    "Relatórios de energia e carbono de cada prédio municipal são gerados automaticamente "
                    "para a câmara e para o acompanhamento do plano climático.",
                    "Numa carteira de 180 prédios públicos, o consumo de energia caiu 22% no primeiro ano, "
                    "com retorno do investimento em menos de dois anos.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Bâtiment Intelligent",
                    "Pilotage énergétique des bâtiments municipaux",
                    "Régulation par IA du chauffage et de la climatisation des écoles, bureaux et gymnases",
                ],
                summaries=[
                    "Une plateforme de gestion de l'énergie qui suit en temps réel tous les bâtiments "
                    "municipaux et pilote par IA le chauffage, la ventilation et la climatisation.",
                    "Raccorde les compteurs et les installations de chauffage des écoles, bureaux, "
                    "médiathèques et piscines, repère les gaspillages d'énergie et réduit les consommations "
                    "de 15 à 30 %.",
                ],
                fragments=[
                    "{brand} relève toutes les 15 minutes les compteurs d'électricité, de gaz, de chaleur "
                    "et d'eau et se connecte aux systèmes de gestion technique du bâtiment existants via "
                    "BACnet et Modbus.",
                    "Un modèle d'IA apprend comment chaque bâtiment chauffe et refroidit, et ajuste "
                    "chauffage, ventilation et climatisation aux horaires d'occupation et aux prévisions "
                    "météo.",
                    "La plateforme signale automatiquement les gaspillages d'énergie : chauffage pendant "
                    "les vacances scolaires, éclairage allumé la nuit, chauffage et climatisation "
                    "simultanés.",
                    "Les services techniques voient les bâtiments classés par consommation au mètre carré, "
                    "ce qui aide à cibler les rénovations : isolation, pompes à chaleur, éclairage LED.",
                    "Les bilans énergie et carbone de chaque bâtiment municipal sont produits "
                    "automatiquement pour le conseil municipal et le suivi du plan climat, notamment au "
                    "titre du décret tertiaire.",
                    "Sur un parc de 180 bâtiments publics, la consommation d'énergie a baissé de 22 % dès "
                    "la première saison de chauffe, avec un retour sur investissement en moins de deux ans.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="rooftop-solar-mapping",
        sector="energy",
        extra_sectors=["urban-planning"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} SolarAtlas",
                    "Rooftop solar potential map for every building",
                    "Solar cadastre that shows residents what their roof could produce",
                    "{brand} Sun: a solar roof calculator for residents and the city",
                ],
                summaries=[
                    "A solar cadastre built from LiDAR and aerial imagery that shows the rooftop solar "
                    "potential of every building, with a calculator for residents and a planning view for "
                    "the city.",
                    "Helps cities accelerate rooftop solar by showing each building owner the expected "
                    "yield, cost and payback of solar panels on their roof.",
                ],
                fragments=[
                    "{brand} computes the solar potential of every roof from LiDAR elevation data and "
                    "aerial imagery, taking into account orientation, tilt and shading by trees and "
                    "neighbouring buildings.",
                    "Residents enter their address to see how many solar panels fit on their roof, the "
                    "expected annual yield, the installation cost and the payback period.",
                    "The calculator links to local subsidies and a list of certified installers, and can "
                    "offer group purchasing to lower prices.",
                    "City planners see the total rooftop solar potential by district and identify large "
                    "roofs on schools, warehouses and car parks for public solar projects.",
                    "The map also shows where the distribution grid has capacity for new solar, so the city "
                    "and the grid operator can plan together.",
                    "In the two years after the solar map launched in one city, rooftop solar installations "
                    "tripled and public buildings added 14 MW of capacity.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 솔라 아틀라스",
                    "건물별 지붕 태양광 잠재량 지도",
                    "우리 집 지붕의 태양광 발전량을 보여 주는 태양광 지도",
                ],
                summaries=[
                    "라이다와 항공사진으로 모든 건물의 지붕 태양광 잠재량을 계산해, 시민용 계산기와 "
                    "지자체용 계획 화면을 함께 제공하는 태양광 지도입니다.",
                    "건물주에게 지붕 태양광의 예상 발전량, 설치비, 회수 기간을 보여 주어 지붕 태양광 보급을 "
                    "앞당깁니다.",
                ],
                fragments=[
                    "{brand} 플랫폼은 라이다 고도 데이터와 항공사진으로 지붕의 방위, 경사, 주변 나무와 "
                    "건물의 그림자를 반영해 건물별 태양광 잠재량을 계산합니다.",
                    "시민이 주소를 입력하면 지붕에 설치할 수 있는 태양광 패널 수, 연간 예상 발전량, 설치비, "
                    "투자 회수 기간을 볼 수 있습니다.",
                    "계산기에서 지자체 보조금과 인증 시공업체 목록으로 바로 연결되며, 공동 구매로 설치비를 "
                    "낮출 수도 있습니다.",
                    "도시계획 담당자는 구역별 지붕 태양광 잠재량 총량을 확인하고, 공공 태양광 사업에 알맞은 "
                    "학교, 물류창고, 주차장의 넓은 지붕을 찾을 수 있습니다.",
                    "배전망에 신규 태양광을 받을 여유가 있는 곳도 지도에 표시되어, 지자체와 배전 사업자가 "
                    "함께 계획을 세울 수 있습니다.",
                    "한 도시에서는 태양광 지도 공개 후 2년 동안 지붕 태양광 설치가 세 배로 늘었고, "
                    "공공건물에 14MW가 새로 설치되었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Mapa Solar",
                    "Mapa del potencial solar de cada tejado",
                    "Catastro solar que muestra a los vecinos lo que podría producir su cubierta",
                ],
                summaries=[
                    "Un catastro solar elaborado con LiDAR e imágenes aéreas que muestra el potencial "
                    "fotovoltaico de la cubierta de cada edificio, con una calculadora para los vecinos y "
                    "una vista de planificación para el ayuntamiento.",
                    "Ayuda a acelerar el autoconsumo solar mostrando a cada propietario la producción, el "
                    "coste y el plazo de amortización de las placas solares en su tejado.",
                ],
                fragments=[
                    "{brand} calcula el potencial solar de cada tejado a partir de datos LiDAR e imágenes "
                    "aéreas, teniendo en cuenta orientación, inclinación y sombras de árboles y edificios "
                    "vecinos.",
                    "El vecino introduce su dirección y ve cuántas placas solares caben en su tejado, la "
                    "producción anual esperada, el coste de instalación y el plazo de amortización.",
                    "La calculadora enlaza con las ayudas locales y un listado de instaladores acreditados, "
                    "y puede ofrecer compras colectivas para abaratar la instalación.",
                    "Los técnicos municipales ven el potencial solar total por distrito e identifican "
                    "grandes cubiertas de colegios, naves y aparcamientos para proyectos solares públicos.",
                    "El mapa muestra también dónde tiene capacidad la red de distribución para nuevas "
                    "instalaciones solares, para que el ayuntamiento y la distribuidora planifiquen juntos.",
                    "En los dos años siguientes al lanzamiento del mapa solar en una ciudad, las "
                    "instalaciones de autoconsumo en tejados se triplicaron y los edificios públicos "
                    "sumaron 14 MW.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Mapa Solar",
                    "Mapa do potencial solar de cada telhado",
                    "Cadastro solar que mostra ao morador quanto o telhado pode gerar",
                ],
                summaries=[
                    "Um mapa solar feito com LiDAR e imagens aéreas que mostra o potencial de energia solar "
                    "no telhado de cada prédio, com um simulador para os moradores e uma visão de "
                    "planejamento para a prefeitura.",
                    "Ajuda a acelerar a geração distribuída mostrando a cada proprietário a geração, o "
                    "custo e o prazo de retorno dos painéis solares no seu telhado.",
                ],
                fragments=[
                    "A plataforma {brand} calcula o potencial solar de cada telhado com dados LiDAR e "
                    "imagens aéreas, considerando orientação, inclinação e sombras de árvores e prédios "
                    "vizinhos.",
                    "O morador digita o endereço e vê quantos painéis solares cabem no telhado, a geração "
                    "anual esperada, o custo de instalação e o prazo de retorno.",
                    "O simulador leva aos incentivos locais e a uma lista de instaladores credenciados, e "
                    "pode organizar compras coletivas para baratear a instalação.",
                    "Os técnicos da prefeitura veem o potencial solar total por bairro e encontram grandes "
                    "telhados de escolas, galpões e estacionamentos para projetos solares públicos.",
                    "O mapa também mostra onde a rede de distribuição tem capacidade para novos sistemas "
                    "solares, para que a prefeitura e a distribuidora planejem juntas.",
                    "Nos dois anos após o lançamento do mapa solar em uma cidade, as instalações em "
                    "telhados triplicaram e os prédios públicos ganharam 14 MW de capacidade.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Cadastre Solaire",
                    "Carte du potentiel solaire de chaque toiture",
                    "Cadastre solaire qui montre aux habitants ce que leur toit pourrait produire",
                ],
                summaries=[
                    "Un cadastre solaire réalisé à partir de LiDAR et d'images aériennes qui montre le "
                    "potentiel photovoltaïque de chaque toiture, avec un simulateur pour les habitants et "
                    "une vue de planification pour la collectivité.",
                    "Aide à accélérer le solaire sur toiture en montrant à chaque propriétaire la "
                    "production, le coût et le temps de retour des panneaux solaires sur son toit.",
                ],
                fragments=[
                    "{brand} calcule le potentiel solaire de chaque toiture à partir de données LiDAR et "
                    "d'images aériennes, en tenant compte de l'orientation, de la pente et des ombres des "
                    "arbres et bâtiments voisins.",
                    "L'habitant saisit son adresse et voit combien de panneaux solaires tiennent sur son "
                    "toit, la production annuelle attendue, le coût d'installation et le temps de retour.",
                    "Le simulateur renvoie vers les aides locales et une liste d'installateurs certifiés, "
                    "et peut proposer des achats groupés pour faire baisser les prix.",
                    "Les services de la ville voient le potentiel solaire total par quartier et repèrent "
                    "les grandes toitures d'écoles, d'entrepôts et de parkings pour des projets solaires "
                    "publics.",
                    "La carte indique aussi où le réseau de distribution peut accueillir de nouvelles "
                    "installations solaires, afin que la ville et le gestionnaire de réseau planifient "
                    "ensemble.",
                    "Dans les deux ans qui ont suivi la mise en ligne du cadastre solaire d'une ville, les "
                    "installations sur toiture ont triplé et les bâtiments publics ont ajouté 14 MW.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="ev-charging-load-management",
        sector="energy",
        extra_sectors=["mobility"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} ChargeFlow",
                    "Smart EV charging with dynamic load management",
                    "Public EV charging network management for cities",
                    "{brand} Charge: more chargers on the same grid connection",
                ],
                summaries=[
                    "Charge point management software that balances the load of public and residential EV "
                    "chargers in real time, so cities can add chargers without costly grid upgrades.",
                    "Runs the city's public charge points for electric vehicles: payment, availability, "
                    "maintenance and smart charging that follows grid capacity and solar production.",
                ],
                fragments=[
                    "{brand} manages chargers from any manufacturer over OCPP and shares the available grid "
                    "capacity between them every few seconds.",
                    "Dynamic load management lets a car park or street install twice as many charge points "
                    "on the same grid connection without exceeding its limit.",
                    "Charging slows down during the evening peak and speeds up at night or when local solar "
                    "production is high, which lowers electricity costs.",
                    "Drivers find, book and pay for public chargers in an app or with a contactless card, "
                    "and roaming partners can access the network through OCPI.",
                    "Maintenance teams get alerts about faulty chargers, and the city sees utilisation per "
                    "site to plan where the next chargers should go.",
                    "In a residential district with 300 public charge points, peak load fell by 45% and no "
                    "transformer upgrade was needed.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="virtual-power-plant-batteries",
        sector="energy",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} VPP",
                    "Virtual power plant for community batteries and home solar",
                    "Aggregate home batteries into a local virtual power plant",
                    "{brand} Grid: community batteries that store local solar",
                ],
                summaries=[
                    "Software that aggregates community batteries, home batteries and rooftop solar into a "
                    "virtual power plant that stores local solar energy and supports the grid at peak "
                    "times.",
                    "Helps cities and energy communities share rooftop solar power between neighbours and "
                    "earn revenue from grid services with community batteries.",
                ],
                fragments=[
                    "{brand} connects community batteries, home batteries, heat pumps and rooftop solar "
                    "systems through their manufacturers' APIs and a small gateway.",
                    "The virtual power plant stores surplus solar at midday and releases it during the "
                    "evening peak, raising the share of local solar used in the neighbourhood.",
                    "Aggregated flexibility is offered to the grid operator for frequency response and "
                    "congestion management, generating revenue for the energy community.",
                    "Residents see their own solar production, storage and savings in an app, and can join "
                    "an energy community without owning a battery.",
                    "Municipal buildings with large solar roofs can share their surplus with nearby "
                    "households under local energy sharing rules.",
                    "A pilot with 3 community batteries and 220 homes increased local solar "
                    "self-consumption from 38% to 71%.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="district-heating-optimization",
        sector="energy",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} HeatNet",
                    "District heating network optimisation",
                    "AI control of supply temperatures in district heating",
                    "{brand} Thermal: lower temperatures, lower losses in district heating",
                ],
                summaries=[
                    "AI that forecasts heat demand and optimises supply temperatures and pumping in "
                    "district heating networks, cutting heat losses and fuel use.",
                    "Helps district heating operators lower network temperatures, integrate heat pumps and "
                    "waste heat, and find faulty substations.",
                ],
                fragments=[
                    "{brand} forecasts heat demand 48 hours ahead from weather forecasts, building types "
                    "and historical consumption.",
                    "Supply temperatures and pump pressures are optimised every hour, keeping every "
                    "customer comfortable at the lowest possible network temperature.",
                    "Smart heat meter data reveals faulty substations with poor cooling, which are often "
                    "the main reason operators keep supply temperatures high.",
                    "Lower network temperatures make it easier to integrate large heat pumps, data centre "
                    "waste heat and solar thermal into the district heating system.",
                    "The operator gets a digital twin of the heating network that shows pressures, "
                    "temperatures and losses in every pipe.",
                    "A city-owned district heating network cut heat losses by 14% and saved 9% of fuel in "
                    "its first winter with the system.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="energy-poverty-retrofit-targeting",
        sector="energy",
        extra_sectors=["health"],
        maturity_hint="concept",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} WarmHomes",
                    "Find households in energy poverty and target home retrofits",
                    "Data-driven targeting of insulation and heating upgrades",
                    "{brand} Retrofit: help the households that need it most",
                ],
                summaries=[
                    "Combines building, energy and social data to identify households at risk of energy "
                    "poverty and target insulation, heating upgrades and energy advice where they matter "
                    "most.",
                    "A targeting and case-management tool for home retrofit programmes that reaches "
                    "households in energy poverty who rarely apply for subsidies.",
                ],
                fragments=[
                    "{brand} combines building age, energy performance certificates, heating type, smart "
                    "meter data and social indicators to estimate the risk of energy poverty for every "
                    "home.",
                    "Programme teams receive a prioritised list of streets and buildings for door-to-door "
                    "energy advice, insulation and heating upgrades.",
                    "A case-management module tracks every household from first contact to completed "
                    "retrofit, including grants, contractors and follow-up visits.",
                    "Privacy is protected by working on aggregated or pseudonymised data, and households "
                    "are only contacted through the city's social services.",
                    "After the retrofit, smart meter data and resident surveys show the savings and the "
                    "improvement in indoor temperature and comfort.",
                    "In a concept study, the model found 70% of the households later confirmed as energy "
                    "poor, against 30% reached by the previous application-based scheme.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="microgrid-controller-public-facilities",
        sector="energy",
        extra_sectors=["safety"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Resilience Grid",
                    "Microgrids that keep emergency shelters powered in blackouts",
                    "Solar-plus-storage microgrid controller for public facilities",
                    "{brand} Island: keep critical buildings running when the grid fails",
                ],
                summaries=[
                    "A microgrid controller that combines solar panels, batteries and backup generators so "
                    "that shelters, clinics and water pumps keep running during power outages.",
                    "Turns schools and community centres into resilient emergency shelters with "
                    "solar-plus-storage microgrids that island from the grid in a blackout.",
                ],
                fragments=[
                    "{brand} controls solar panels, batteries, backup generators and critical loads at a "
                    "site and switches to island mode within milliseconds when the grid fails.",
                    "During normal operation the microgrid saves money by using solar power and shifting "
                    "consumption away from peak tariffs.",
                    "Before a forecast storm, heatwave or typhoon, the controller charges the batteries "
                    "fully and plans fuel use for a power outage lasting several days.",
                    "Critical loads (lighting, refrigeration for medicines, communications and water pumps) "
                    "are prioritised automatically when energy is scarce.",
                    "The emergency management team monitors every microgrid site on one dashboard and sees "
                    "how long each shelter can stay powered.",
                    "During a 52-hour blackout after a typhoon, two school shelters equipped with the "
                    "microgrid stayed powered and hosted 600 residents.",
                ],
            ),
        },
    ),
]

_ENERGY_CHALLENGES = [
    ChallengeArchetype(
        key="cut-street-lighting-energy-bill",
        sector="energy",
        extra_sectors=["urban-planning"],
        answered_by=["smart-streetlight-dimming"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Cut the energy bill of street lighting",
                    "Smarter, cheaper streetlights",
                    "Remote management of our streetlights",
                ],
                fragments=[
                    "Street lighting is one of the largest items on {city}'s electricity bill: we operate "
                    "about 38,000 streetlights, most of them still old sodium lamps.",
                    "Lamp failures are only found when residents complain or crews patrol at night, and "
                    "every streetlight is on at full power from dusk to dawn.",
                    "We plan an LED retrofit and want a central management system to switch, dim and "
                    "monitor every streetlight remotely.",
                    "Lights should dim on quiet streets late at night and brighten when pedestrians or "
                    "cyclists approach, without compromising safety.",
                    "Energy use should be metered per streetlight so that the savings are proven, and the "
                    "poles should be ready for other sensors in the future.",
                    "Our target is to cut the energy used for street lighting by at least 60% within three "
                    "years.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "가로등 전기 요금 줄이기",
                    "더 똑똑하고 경제적인 가로등",
                    "가로등 원격 관리",
                ],
                fragments=[
                    "가로등은 {city} 전기 요금에서 가장 큰 항목 가운데 하나입니다. 약 3만 8천 개를 운영하고 "
                    "있으며 대부분이 아직 나트륨등입니다.",
                    "가로등 고장은 주민 민원이 들어오거나 야간 순찰을 해야만 발견되고, 모든 가로등이 해 질 "
                    "녘부터 새벽까지 최대 밝기로 켜져 있습니다.",
                    "LED 교체를 계획하고 있으며, 모든 가로등을 원격으로 점소등하고 밝기를 조절하며 상태를 "
                    "모니터링할 수 있는 통합 관리 시스템을 원합니다.",
                    "안전을 해치지 않으면서 심야의 한적한 도로에서는 밝기를 낮추고, 보행자나 자전거가 "
                    "다가오면 다시 밝아져야 합니다.",
                    "절감 효과를 입증할 수 있도록 가로등별로 전력 사용량을 계량해야 하며, 가로등주는 향후 "
                    "다른 센서도 달 수 있어야 합니다.",
                    "3년 안에 가로등 전력 사용량을 60% 이상 줄이는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reducir la factura del alumbrado público",
                    "Farolas más inteligentes y baratas",
                    "Telegestión de nuestro alumbrado público",
                ],
                fragments=[
                    "El alumbrado público es una de las partidas más grandes de la factura eléctrica de "
                    "{city}: gestionamos unos 38.000 puntos de luz, la mayoría todavía de vapor de sodio.",
                    "Las averías solo se detectan cuando los vecinos se quejan o cuando las brigadas "
                    "recorren la ciudad de noche, y todas las farolas funcionan a plena potencia de la "
                    "puesta de sol al amanecer.",
                    "Preparamos la renovación a LED y queremos un sistema de telegestión para encender, "
                    "regular y supervisar a distancia cada punto de luz.",
                    "La luz debe atenuarse en calles tranquilas de madrugada y aumentar cuando se acerquen "
                    "peatones o ciclistas, sin comprometer la seguridad.",
                    "El consumo debe medirse por punto de luz para demostrar el ahorro, y las columnas "
                    "deben estar preparadas para otros sensores en el futuro.",
                    "Nuestro objetivo es reducir al menos un 60 % la energía del alumbrado público en tres "
                    "años.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Reduzir a conta de energia da iluminação pública",
                    "Postes mais inteligentes e econômicos",
                    "Telegestão da nossa iluminação pública",
                ],
                fragments=[
                    "A iluminação pública é um dos maiores itens da conta de energia de {city}: são cerca "
                    "de 38 mil pontos de luz, a maioria ainda com lâmpadas de vapor de sódio.",
                    "Lâmpadas queimadas só são descobertas quando o morador reclama ou a equipe faz ronda à "
                    "noite, e todos os postes ficam acesos na potência máxima do anoitecer ao amanhecer.",
                    "Estamos planejando a troca por LED e queremos um sistema de telegestão para ligar, "
                    "dimerizar e monitorar remotamente cada ponto de luz.",
                    "A luz deve diminuir nas ruas tranquilas de madrugada e aumentar quando pedestres ou "
                    "ciclistas se aproximam, sem prejudicar a segurança.",
                    "O consumo deve ser medido por ponto de luz para comprovar a economia, e os postes "
                    "devem estar prontos para receber outros sensores no futuro.",
                    "A meta é reduzir em pelo menos 60% a energia gasta com iluminação pública em três anos.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Réduire la facture de l'éclairage public",
                    "Des lampadaires plus intelligents et plus sobres",
                    "Télégestion de notre éclairage public",
                ],
                fragments=[
                    "L'éclairage public est l'un des premiers postes de la facture d'électricité à {city} : "
                    "nous gérons environ 38 000 points lumineux, pour la plupart encore équipés de lampes "
                    "au sodium.",
                    "Les pannes ne sont repérées que sur plainte des habitants ou lors de rondes de nuit, "
                    "et tous les lampadaires fonctionnent à pleine puissance du crépuscule à l'aube.",
                    "Nous préparons le passage aux LED et voulons un système de télégestion pour allumer, "
                    "moduler et surveiller à distance chaque point lumineux.",
                    "L'éclairage doit baisser dans les rues calmes en pleine nuit et remonter à l'approche "
                    "des piétons ou des cyclistes, sans nuire à la sécurité.",
                    "La consommation doit être mesurée par point lumineux pour prouver les économies, et "
                    "les mâts doivent pouvoir accueillir d'autres capteurs à l'avenir.",
                    "Notre objectif : réduire d'au moins 60 % l'énergie consommée par l'éclairage public en "
                    "trois ans.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="reduce-energy-use-in-public-buildings",
        sector="energy",
        extra_sectors=[],
        answered_by=["building-energy-management"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Reduce energy use in public buildings",
                    "Smarter heating and cooling in schools and offices",
                    "Find energy waste across our building portfolio",
                ],
                fragments=[
                    "{city} owns about 400 public buildings (schools, offices, libraries, sports halls and "
                    "pools), and their energy bill has doubled in three years.",
                    "Most buildings only have monthly utility bills, so we cannot see when or where energy "
                    "is wasted, for example heating running during school holidays.",
                    "We are looking for a building energy management platform that collects meter data in "
                    "real time and controls heating, ventilation and air conditioning more intelligently.",
                    "It must work with the building management systems we already have, from several "
                    "manufacturers, and give facility managers a simple list of actions.",
                    "Energy and carbon reports per building should be produced automatically for the "
                    "council and our climate plan.",
                    "We aim to cut energy use in public buildings by 20% without major renovation, and to "
                    "use the data to plan retrofits.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "공공건물 에너지 사용 줄이기",
                    "학교와 청사의 똑똑한 냉난방",
                    "공공건물 전체의 에너지 낭비 찾기",
                ],
                fragments=[
                    "{city}에는 학교, 청사, 도서관, 체육관, 수영장 등 공공건물이 약 400개 있으며, 에너지 "
                    "요금은 3년 만에 두 배로 늘었습니다.",
                    "대부분의 건물은 월별 요금 고지서밖에 없어서, 방학 중 난방 가동처럼 언제 어디서 "
                    "에너지가 낭비되는지 알 수 없습니다.",
                    "계량 데이터를 실시간으로 수집하고 냉난방과 환기를 더 똑똑하게 제어하는 건물 에너지 "
                    "관리 플랫폼을 찾고 있습니다.",
                    "여러 제조사의 기존 건물 자동제어 시스템과 연동되어야 하고, 시설 관리자에게 해야 할 "
                    "조치를 간단한 목록으로 보여 줘야 합니다.",
                    "건물별 에너지·탄소 보고서는 의회 보고와 기후 계획 이행을 위해 자동으로 만들어져야 "
                    "합니다.",
                    "대규모 공사 없이 공공건물 에너지 사용량을 20% 줄이고, 그 데이터로 그린리모델링 계획을 "
                    "세우는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reducir el consumo de energía de los edificios públicos",
                    "Climatización más inteligente en colegios y oficinas",
                    "Detectar derroches de energía en todos nuestros edificios",
                ],
                fragments=[
                    "{city} tiene unos 400 edificios públicos (colegios, oficinas, bibliotecas, "
                    "polideportivos y piscinas) y su factura energética se ha duplicado en tres años.",
                    "La mayoría solo tiene facturas mensuales, así que no vemos cuándo ni dónde se derrocha "
                    "energía, por ejemplo con la calefacción encendida en vacaciones escolares.",
                    "Buscamos una plataforma de gestión energética de edificios que recoja los datos de los "
                    "contadores en tiempo real y controle de forma más inteligente la calefacción, la "
                    "ventilación y la climatización.",
                    "Debe funcionar con los sistemas de control de edificios que ya tenemos, de varios "
                    "fabricantes, y dar a los responsables de mantenimiento una lista sencilla de acciones.",
                    "Los informes de energía y carbono por edificio deben generarse automáticamente para el "
                    "pleno y para nuestro plan de clima.",
                    "Queremos reducir un 20 % el consumo de energía de los edificios públicos sin grandes "
                    "obras y usar los datos para planificar rehabilitaciones.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Reduzir o consumo de energia dos prédios públicos",
                    "Climatização mais inteligente em escolas e repartições",
                    "Encontrar desperdícios de energia em todos os prédios",
                ],
                fragments=[
                    "{city} tem cerca de 400 prédios públicos (escolas, repartições, bibliotecas, ginásios "
                    "e piscinas), e a conta de energia dobrou em três anos.",
                    "A maioria só tem a conta mensal, e não conseguimos ver quando nem onde a energia é "
                    "desperdiçada, por exemplo com o ar-condicionado ligado nas férias escolares.",
                    "Procuramos uma plataforma de gestão de energia predial que colete os dados dos "
                    "medidores em tempo real e controle de forma mais inteligente aquecimento, ventilação e "
                    "ar-condicionado.",
                    "Ela precisa funcionar com os sistemas de automação predial que já temos, de vários "
                    "fabricantes, e dar aos gestores de manutenção uma lista simples de ações.",
                    "Relatórios de energia e carbono por prédio devem ser gerados automaticamente para a "
                    "câmara e para o nosso plano climático.",
                    "Queremos reduzir em 20% o consumo de energia dos prédios públicos sem grandes obras e "
                    "usar os dados para planejar reformas.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Réduire la consommation d'énergie des bâtiments publics",
                    "Un chauffage plus intelligent dans les écoles et les bureaux",
                    "Repérer les gaspillages d'énergie dans tout notre patrimoine",
                ],
                fragments=[
                    "{city} possède environ 400 bâtiments publics (écoles, bureaux, médiathèques, gymnases "
                    "et piscines), et leur facture d'énergie a doublé en trois ans.",
                    "La plupart ne disposent que de factures mensuelles : impossible de voir quand et où "
                    "l'énergie est gaspillée, par exemple un chauffage qui tourne pendant les vacances "
                    "scolaires.",
                    "Nous cherchons une plateforme de gestion de l'énergie des bâtiments qui collecte les "
                    "données des compteurs en temps réel et pilote plus intelligemment chauffage, "
                    "ventilation et climatisation.",
                    "Elle doit fonctionner avec nos systèmes de gestion technique existants, de plusieurs "
                    "marques, et donner aux services techniques une liste simple d'actions.",
                    "Les bilans énergie et carbone par bâtiment doivent être produits automatiquement pour "
                    "le conseil municipal et notre plan climat.",
                    "Nous visons 20 % de consommation d'énergie en moins dans les bâtiments publics sans "
                    "gros travaux, et des données pour planifier les rénovations.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="accelerate-rooftop-solar-adoption",
        sector="energy",
        extra_sectors=["urban-planning"],
        answered_by=["rooftop-solar-mapping", "virtual-power-plant-batteries"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Accelerate rooftop solar in the city",
                    "Help residents put solar panels on their roofs",
                    "More local solar energy, shared between neighbours",
                ],
                fragments=[
                    "{city} aims to triple rooftop solar capacity by 2030, but few residents know whether "
                    "their roof is suitable for solar panels or how long the payback would be.",
                    "Many households live in apartment buildings or rent their home, so they cannot install "
                    "their own solar panels and feel left out of the energy transition.",
                    "We want a public solar map showing the rooftop solar potential of every building, with "
                    "a simple calculator of yield, cost and payback for residents.",
                    "We are also interested in community batteries and energy communities that let "
                    "neighbours share local solar energy and store it for the evening peak.",
                    "The city wants to identify large public roofs for its own solar projects and to "
                    "coordinate with the grid operator on where the grid can absorb more solar.",
                    "Success means a measurable rise in rooftop solar installations and in the share of "
                    "local solar used within the city.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="charge-evs-without-grid-upgrades",
        sector="energy",
        extra_sectors=["mobility"],
        answered_by=["ev-charging-load-management"],
        texts={
            "en": ChallengeText(
                titles=[
                    "More EV chargers without grid upgrades",
                    "Manage the public EV charging network",
                    "Smart charging for residential streets",
                ],
                fragments=[
                    "Electric vehicles are spreading fast in {city}, and residents without a driveway ask "
                    "for public charge points in their street.",
                    "The grid operator says many neighbourhoods cannot take more charge points without "
                    "transformer upgrades that would take years.",
                    "We are looking for charge point management with dynamic load management, so that more "
                    "public chargers can share the same grid connection.",
                    "Charging should shift away from the evening peak and towards hours with low prices or "
                    "high solar production.",
                    "The system must work with chargers from several manufacturers over OCPP, offer easy "
                    "payment for drivers and show us utilisation per site.",
                    "We plan 1,500 public charge points over the next four years.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="help-households-in-energy-poverty",
        sector="energy",
        extra_sectors=["health"],
        answered_by=["energy-poverty-retrofit-targeting"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Help households in energy poverty",
                    "Target home retrofits where they matter most",
                    "Warmer homes and lower bills for vulnerable residents",
                ],
                fragments=[
                    "About one household in eight in {city} struggles to heat its home adequately, and "
                    "energy poverty is concentrated in old, poorly insulated housing.",
                    "Our home retrofit grants mostly go to homeowners who know how to apply, while tenants "
                    "and older residents in the worst housing rarely apply.",
                    "We want to use building, energy and social data to identify households at risk of "
                    "energy poverty and contact them through our social services.",
                    "The tool should help us plan door-to-door energy advice, insulation and heating "
                    "upgrades, and follow each household until the work is finished.",
                    "Personal data must be handled carefully, with pseudonymised analysis and contact only "
                    "through trusted services.",
                    "We want to reach at least 2,000 vulnerable households in the first three years.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="keep-shelters-powered-during-blackouts",
        sector="energy",
        extra_sectors=["safety"],
        answered_by=["microgrid-controller-public-facilities"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Keep emergency shelters powered in blackouts",
                    "Resilient power for critical public facilities",
                    "Solar and batteries for our emergency shelters",
                ],
                fragments=[
                    "When storms or typhoons hit {city}, power outages can last several days, and our "
                    "emergency shelters depend on diesel generators that often fail or run out of fuel.",
                    "Schools and community centres that serve as shelters need lighting, refrigeration for "
                    "medicines, communications and water pumps to keep working.",
                    "We want solar-plus-storage microgrids at critical facilities that switch to island "
                    "mode automatically when the grid fails.",
                    "The microgrids should save energy costs in normal times and prepare for a long outage "
                    "when a storm is forecast.",
                    "Our emergency management team needs to see on one dashboard how long each shelter can "
                    "stay powered.",
                    "We would start with five school shelters in the districts most exposed to flooding and "
                    "storms.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="decarbonise-district-heating",
        sector="energy",
        extra_sectors=[],
        answered_by=["district-heating-optimization"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Cut losses and emissions in district heating",
                    "Prepare our district heating network for heat pumps",
                ],
                fragments=[
                    "{city}'s district heating network supplies 60,000 homes, but it runs at high supply "
                    "temperatures, loses about 18% of its heat in the pipes and still burns gas at peak "
                    "times.",
                    "We want to integrate large heat pumps, waste heat from a data centre and solar "
                    "thermal, which requires lower network temperatures.",
                    "We are looking for software that forecasts heat demand and optimises supply "
                    "temperatures and pumping across the district heating network.",
                    "Smart heat meter data should help us find faulty substations that force us to keep "
                    "temperatures high.",
                    "Operators need a clear view of pressures, temperatures and heat losses in every part "
                    "of the network.",
                    "Success means lower heat losses and less fuel burned in the first heating season.",
                ],
            ),
        },
    ),
]


# --- Safety & disaster response --------------------------------------------------------------------------

_SAFETY_SOLUTIONS = [
    SolutionArchetype(
        key="emergency-dispatch-optimization",
        sector="safety",
        extra_sectors=["health"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Dispatch",
                    "AI-assisted emergency dispatch and ambulance positioning",
                    "Faster emergency response with dynamic ambulance deployment",
                    "{brand} Response: cut ambulance response times",
                ],
                summaries=[
                    "Emergency dispatch software that recommends the fastest ambulance or fire engine for "
                    "each call and repositions idle units to cut response times.",
                    "Uses live vehicle locations, traffic and predicted demand to send the nearest "
                    "ambulance faster, cut response times and keep every district covered.",
                ],
                fragments=[
                    "{brand} integrates with the computer-aided dispatch system and tracks every ambulance "
                    "and fire engine in real time.",
                    "For each emergency call, the system recommends the unit with the shortest real travel "
                    "time, using live traffic rather than straight-line distance.",
                    "A demand forecast by hour and district recommends where idle ambulances should wait, "
                    "so that coverage gaps are closed before the next call.",
                    "Call takers get structured triage questions in several languages, and the address is "
                    "located automatically from the caller's phone.",
                    "Dashboards show response times by district and priority, helping managers prove "
                    "service levels and plan stations.",
                    "After deployment in a city of 1.2 million, the median response time for "
                    "life-threatening calls fell from 11 to 8 minutes.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 디스패치",
                    "AI 기반 119 출동 지령과 구급차 배치",
                    "구급차 동적 배치로 더 빠른 응급 출동",
                ],
                summaries=[
                    "신고마다 가장 빨리 도착할 구급차나 소방차를 추천하고, 대기 중인 차량을 재배치해 출동 "
                    "시간을 줄이는 응급 출동 지령 소프트웨어입니다.",
                    "실시간 차량 위치, 교통 상황, 수요 예측을 활용해 알맞은 응급 차량을 더 빨리 보내고 모든 "
                    "지역을 빈틈없이 담당합니다.",
                ],
                fragments=[
                    "{brand} 시스템은 기존 119 종합상황관리 시스템과 연동해 모든 구급차와 소방차의 위치를 "
                    "실시간으로 추적합니다.",
                    "신고가 들어오면 직선거리가 아니라 실시간 교통을 반영한 실제 이동 시간이 가장 짧은 "
                    "차량을 추천합니다.",
                    "시간대·지역별 출동 수요를 예측해 대기 중인 구급차를 어디에 둘지 추천하므로, 다음 신고 "
                    "전에 공백 지역을 메울 수 있습니다.",
                    "신고 접수 요원은 여러 언어로 된 구조화된 중증도 분류 질문을 받고, 신고자 휴대폰 위치로 "
                    "주소가 자동으로 확인됩니다.",
                    "지역별·긴급도별 출동 시간을 대시보드로 보여 주어, 관리자가 서비스 수준을 입증하고 "
                    "안전센터 배치를 계획할 수 있습니다.",
                    "인구 120만 도시에 도입한 뒤 생명이 위급한 신고의 출동 시간 중앙값이 11분에서 8분으로 "
                    "줄었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Despacho",
                    "Despacho de emergencias y posicionamiento de ambulancias asistidos por IA",
                    "Respuesta más rápida a emergencias con despliegue dinámico de ambulancias",
                ],
                summaries=[
                    "Software de despacho de emergencias que recomienda la ambulancia o el camión de "
                    "bomberos más rápido para cada llamada y recoloca las unidades libres para reducir los "
                    "tiempos de respuesta.",
                    "Usa la posición de los vehículos en tiempo real, el tráfico y la demanda prevista para "
                    "enviar antes el recurso adecuado y mantener cubiertos todos los distritos.",
                ],
                fragments=[
                    "{brand} se integra con el sistema de gestión de incidentes del centro coordinador y "
                    "sigue en tiempo real cada ambulancia y cada dotación de bomberos.",
                    "Para cada llamada de emergencia recomienda la unidad con menor tiempo real de llegada, "
                    "usando el tráfico en vivo y no la distancia en línea recta.",
                    "Una previsión de demanda por hora y distrito indica dónde deben esperar las "
                    "ambulancias libres, para cerrar huecos de cobertura antes de la siguiente llamada.",
                    "Los operadores siguen un protocolo de preguntas de triaje en varios idiomas, y la "
                    "dirección se localiza automáticamente a partir del teléfono de quien llama.",
                    "Los paneles muestran los tiempos de respuesta por distrito y prioridad, para demostrar "
                    "el nivel de servicio y planificar las bases.",
                    "Tras su implantación en una ciudad de 1,2 millones de habitantes, la mediana del "
                    "tiempo de respuesta a las llamadas con riesgo vital bajó de 11 a 8 minutos.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Despacho",
                    "Despacho de emergência e posicionamento de ambulâncias com IA",
                    "Atendimento de emergência mais rápido com ambulâncias reposicionadas em tempo real",
                ],
                summaries=[
                    "Software de despacho de emergência que recomenda a ambulância ou a viatura de "
                    "bombeiros mais rápida para cada chamado e reposiciona as unidades livres para reduzir "
                    "o tempo-resposta.",
                    "Usa a localização das viaturas em tempo real, o trânsito e a demanda prevista para "
                    "enviar o recurso certo mais rápido e manter todos os bairros cobertos.",
                ],
                fragments=[
                    "O sistema {brand} se integra à central de regulação e despacho e acompanha em tempo "
                    "real cada ambulância e viatura de bombeiros.",
                    "Para cada chamado de emergência, recomenda a unidade com menor tempo real de chegada, "
                    "usando o trânsito ao vivo e não a distância em linha reta.",
                    "Uma previsão de demanda por hora e bairro indica onde as ambulâncias livres devem "
                    "aguardar, fechando lacunas de cobertura antes do próximo chamado.",
                    "Os atendentes seguem perguntas estruturadas de triagem em vários idiomas, e o endereço "
                    "é localizado automaticamente pelo celular de quem liga.",
                    "Painéis mostram o tempo-resposta por bairro e prioridade, para comprovar o nível de "
                    "serviço e planejar as bases.",
                    "Após a implantação em uma cidade de 1,2 milhão de habitantes, a mediana do "
                    "tempo-resposta para chamados com risco de vida caiu de 11 para 8 minutos.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Régulation",
                    "Aide à la régulation des secours et au positionnement des ambulances par IA",
                    "Des secours plus rapides grâce au redéploiement dynamique des ambulances",
                ],
                summaries=[
                    "Un logiciel d'aide à la régulation qui recommande l'ambulance ou l'engin de pompiers "
                    "le plus rapide pour chaque appel et repositionne les moyens disponibles pour réduire "
                    "les délais d'intervention.",
                    "S'appuie sur la position des véhicules en temps réel, le trafic et la demande prévue "
                    "pour envoyer plus vite le bon moyen de secours et couvrir chaque secteur.",
                ],
                fragments=[
                    "{brand} se connecte au système de gestion des appels et de l'alerte du centre de "
                    "secours et suit en temps réel chaque ambulance et chaque engin.",
                    "Pour chaque appel d'urgence, le système recommande le moyen au délai de trajet réel le "
                    "plus court, en tenant compte du trafic plutôt que de la distance à vol d'oiseau.",
                    "Une prévision de la demande par heure et par secteur indique où stationner les "
                    "ambulances disponibles, pour combler les zones blanches avant l'appel suivant.",
                    "Les opérateurs suivent un questionnaire de tri structuré en plusieurs langues, et "
                    "l'adresse est localisée automatiquement à partir du téléphone de l'appelant.",
                    "Des tableaux de bord montrent les délais d'intervention par secteur et par niveau "
                    "d'urgence, pour justifier la qualité de service et planifier les casernes.",
                    "Après son déploiement dans une agglomération de 1,2 million d'habitants, le délai "
                    "médian d'intervention pour les urgences vitales est passé de 11 à 8 minutes.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="wildfire-detection-cameras",
        sector="safety",
        extra_sectors=["environment"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} FireWatch",
                    "AI wildfire detection with hilltop cameras",
                    "Early wildfire detection from cameras and satellites",
                    "{brand} Smoke: spot wildfires in minutes, not hours",
                ],
                summaries=[
                    "Hilltop cameras with AI smoke detection watch forests and the wildland-urban interface "
                    "around the clock and alert fire services within minutes of ignition.",
                    "Detects wildfire smoke automatically in camera images and satellite hotspots, locates "
                    "the fire by triangulation and alerts fire services within minutes.",
                ],
                fragments=[
                    "360° cameras on towers and hilltops scan the landscape every minute, and {brand} AI "
                    "detects smoke plumes up to 15 km away, day and night.",
                    "When two cameras see the same smoke, the fire is located by triangulation and shown on "
                    "a map with the nearest roads and fire hydrants.",
                    "Every alert is confirmed by a human operator in seconds, which keeps false alarms from "
                    "clouds, dust or factory chimneys away from fire crews.",
                    "Satellite hotspot data and weather stations measuring wind, humidity and fuel moisture "
                    "feed a daily wildfire danger map.",
                    "Alerts go straight into the fire service's dispatch system, and the camera feed helps "
                    "commanders judge how fast the fire is spreading.",
                    "In its first summer, the network detected 84% of wildfires before the first emergency "
                    "call, on average 9 minutes after ignition.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 산불 감시",
                    "AI 산불 감시 카메라",
                    "카메라와 위성으로 산불을 조기에 발견",
                ],
                summaries=[
                    "산 정상의 카메라와 AI 연기 감지로 산림과 도시 인접 지역을 24시간 감시하고, 발화 후 몇 "
                    "분 안에 소방 당국에 알립니다.",
                    "카메라 영상과 위성 열점 데이터에서 산불 연기를 자동으로 찾아내고, 삼각측량으로 위치를 "
                    "파악해 상황실에 전달합니다.",
                ],
                fragments=[
                    "감시탑과 산 정상의 360° 카메라가 1분마다 주변을 살피고, {brand} AI가 최대 15km 떨어진 "
                    "연기를 밤낮없이 감지합니다.",
                    "두 대 이상의 카메라가 같은 연기를 보면 삼각측량으로 발화 지점을 찾아, 가까운 도로와 "
                    "소화전과 함께 지도에 표시합니다.",
                    "모든 경보는 상황 요원이 몇 초 안에 확인하므로, 구름이나 먼지, 공장 굴뚝 때문에 생기는 "
                    "오경보가 진화대까지 가지 않습니다.",
                    "위성 열점 자료와 바람·습도·연료 수분을 재는 기상 관측소 데이터로 매일 산불 위험 지도를 "
                    "만듭니다.",
                    "경보는 소방 출동 지령 시스템으로 바로 들어가며, 현장 지휘관은 카메라 영상으로 산불 "
                    "확산 속도를 판단할 수 있습니다.",
                    "운영 첫해 산불의 84%를 첫 신고 전에 발견했으며, 발화 후 평균 9분 만에 감지했습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Vigía",
                    "Detección de incendios forestales con cámaras e IA",
                    "Detección temprana de incendios forestales con cámaras y satélites",
                ],
                summaries=[
                    "Cámaras en cumbres con detección de humo por IA vigilan día y noche los montes y la "
                    "interfaz urbano-forestal y avisan a los bomberos minutos después de la ignición.",
                    "Detecta automáticamente el humo de los incendios forestales en imágenes de cámaras y "
                    "puntos calientes de satélite, localiza el fuego por triangulación y envía la alerta al "
                    "centro de coordinación.",
                ],
                fragments=[
                    "Cámaras de 360° en torres y cumbres barren el paisaje cada minuto, y la IA de {brand} "
                    "detecta columnas de humo a hasta 15 km, de día y de noche.",
                    "Cuando dos cámaras ven el mismo humo, el incendio se localiza por triangulación y "
                    "aparece en el mapa con los accesos y los hidrantes más cercanos.",
                    "Cada alerta la confirma un operador en segundos, de modo que las falsas alarmas por "
                    "nubes, polvo o chimeneas industriales no llegan a las brigadas.",
                    "Los puntos calientes de satélite y las estaciones que miden viento, humedad y humedad "
                    "del combustible alimentan un mapa diario de riesgo de incendio.",
                    "Las alertas entran directamente en el sistema de despacho de los bomberos, y la imagen "
                    "de la cámara ayuda al mando a valorar la velocidad de propagación.",
                    "En su primer verano, la red detectó el 84 % de los incendios forestales antes de la "
                    "primera llamada al 112, de media 9 minutos después de la ignición.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Vigia",
                    "Detecção de incêndios florestais com câmeras e IA",
                    "Detecção precoce de queimadas com câmeras e satélites",
                ],
                summaries=[
                    "Câmeras no alto dos morros com detecção de fumaça por IA vigiam matas e a interface "
                    "urbano-florestal 24 horas e avisam os bombeiros minutos após o início do fogo.",
                    "Detecta automaticamente a fumaça de incêndios florestais em imagens de câmeras e focos "
                    "de calor de satélite, localiza o fogo por triangulação e envia o alerta à central.",
                ],
                fragments=[
                    "Câmeras 360° em torres e morros varrem a paisagem a cada minuto, e a IA da {brand} "
                    "detecta colunas de fumaça a até 15 km, de dia e de noite.",
                    "Quando duas câmeras veem a mesma fumaça, o foco é localizado por triangulação e "
                    "aparece no mapa com os acessos e hidrantes mais próximos.",
                    "Cada alerta é confirmado por um operador em segundos, evitando que alarmes falsos "
                    "causados por nuvens, poeira ou chaminés cheguem às equipes.",
                    "Focos de calor de satélite e estações que medem vento, umidade e umidade do material "
                    "combustível alimentam um mapa diário de risco de incêndio.",
                    "Os alertas entram direto no sistema de despacho dos bombeiros, e a imagem da câmera "
                    "ajuda o comando a avaliar a velocidade de propagação.",
                    "No primeiro ano, a rede detectou 84% dos incêndios florestais antes da primeira "
                    "ligação de emergência, em média 9 minutos após o início do fogo.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Vigie Feux",
                    "Détection des feux de forêt par caméras et IA",
                    "Détection précoce des incendies de forêt par caméras et satellites",
                ],
                summaries=[
                    "Des caméras sur les points hauts, dotées d'une détection de fumée par IA, surveillent "
                    "jour et nuit les massifs et les interfaces habitat-forêt et alertent les pompiers "
                    "quelques minutes après l'éclosion.",
                    "Détecte automatiquement la fumée des feux de forêt sur les images des caméras et les "
                    "points chauds satellitaires, localise le feu par triangulation et transmet l'alerte au "
                    "centre opérationnel.",
                ],
                fragments=[
                    "Des caméras 360° installées sur des tours et des sommets balayent le paysage chaque "
                    "minute, et l'IA de {brand} repère les panaches de fumée jusqu'à 15 km, de jour comme "
                    "de nuit.",
                    "Lorsque deux caméras voient la même fumée, le feu est localisé par triangulation et "
                    "affiché sur une carte avec les accès et les points d'eau les plus proches.",
                    "Chaque alerte est confirmée en quelques secondes par un opérateur, ce qui évite aux "
                    "équipes les fausses alertes dues aux nuages, à la poussière ou aux cheminées d'usine.",
                    "Les points chauds satellitaires et les stations mesurant vent, humidité et teneur en "
                    "eau de la végétation alimentent une carte quotidienne du risque d'incendie.",
                    "Les alertes arrivent directement dans le système de traitement de l'alerte des "
                    "pompiers, et l'image de la caméra aide le commandement à évaluer la vitesse de "
                    "propagation.",
                    "Dès son premier été, le réseau a détecté 84 % des feux de forêt avant le premier appel "
                    "d'urgence, en moyenne 9 minutes après l'éclosion.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="mass-alert-multichannel",
        sector="safety",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Alert",
                    "Multilingual public warning on every channel",
                    "Emergency alerts by cell broadcast, SMS, app, sirens and social media",
                    "{brand} Warn: reach every resident in a disaster",
                ],
                summaries=[
                    "A public warning platform that sends emergency alerts in several languages by cell "
                    "broadcast, SMS, app, sirens, radio and social media from a single console.",
                    "Lets emergency managers write one alert, target a precise area on a map and reach "
                    "every resident and visitor in their own language within minutes.",
                ],
                fragments=[
                    "Emergency managers draw the affected area on a map, choose a template and send one "
                    "alert to all channels at once: cell broadcast, location-based SMS, app push, sirens, "
                    "digital signs, radio and social media.",
                    "{brand} translates alerts into the main languages spoken in the city and offers "
                    "easy-read versions and audio for people with visual impairments.",
                    "Cell broadcast reaches every phone in the area, including tourists' phones, without "
                    "residents having to register in advance.",
                    "Messages follow the Common Alerting Protocol (CAP) standard, so they can also be "
                    "passed to broadcasters, navigation apps and neighbouring authorities.",
                    "The platform records who received each alert and supports regular tests and exercises "
                    "without disturbing residents.",
                    "During a chemical fire, an alert reached 310,000 phones in the affected districts in "
                    "under four minutes, in five languages.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 재난 알림",
                    "모든 채널로 보내는 다국어 재난 경보",
                    "긴급재난문자·앱·사이렌·SNS 통합 경보 발송",
                ],
                summaries=[
                    "하나의 화면에서 긴급재난문자(셀 브로드캐스트), 문자, 앱, 사이렌, 라디오, SNS로 여러 "
                    "언어의 재난 경보를 동시에 보내는 재난 알림 플랫폼입니다.",
                    "재난 담당자가 경보 하나를 작성해 지도에서 대상 지역을 정하면, 몇 분 안에 모든 주민과 "
                    "방문객에게 각자의 언어로 전달됩니다.",
                ],
                fragments=[
                    "재난 담당자가 지도에 영향 지역을 그리고 문안 템플릿을 고르면, 셀 브로드캐스트, 위치 "
                    "기반 문자, 앱 푸시, 사이렌, 전광판, 라디오, SNS로 경보가 한 번에 나갑니다.",
                    "{brand} 플랫폼은 경보를 도시에서 많이 쓰는 언어로 번역하고, 쉬운 말 버전과 "
                    "시각장애인을 위한 음성 안내도 제공합니다.",
                    "셀 브로드캐스트는 사전 등록 없이도 해당 지역의 모든 휴대폰, 관광객의 휴대폰까지 "
                    "전달됩니다.",
                    "메시지는 국제 표준인 공통경보프로토콜(CAP)을 따르므로 방송사, 내비게이션 앱, 인접 "
                    "지자체에도 그대로 전달할 수 있습니다.",
                    "경보별 수신 현황이 기록되며, 주민에게 불편을 주지 않고 정기 시험 발송과 훈련을 할 수 "
                    "있습니다.",
                    "화학 공장 화재 때 영향 지역의 휴대폰 31만 대에 4분 안에 다섯 개 언어로 경보가 "
                    "전달되었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Aviso",
                    "Avisos a la población multilingües por todos los canales",
                    "Alertas de emergencia por difusión celular, SMS, app, sirenas y redes sociales",
                ],
                summaries=[
                    "Una plataforma de avisos a la población que envía alertas de emergencia en varios "
                    "idiomas por difusión celular, SMS, app, sirenas, radio y redes sociales desde una "
                    "única consola.",
                    "Permite a los responsables de emergencias redactar un solo aviso, delimitar en el mapa "
                    "la zona afectada y llegar en minutos a cada vecino y visitante en su idioma.",
                ],
                fragments=[
                    "El responsable de emergencias dibuja la zona afectada en el mapa, elige una plantilla "
                    "y envía una sola alerta por todos los canales: difusión celular, SMS por ubicación, "
                    "notificaciones de la app, sirenas, paneles, radio y redes sociales.",
                    "{brand} traduce las alertas a los principales idiomas que se hablan en la ciudad y "
                    "ofrece versiones de lectura fácil y audio para personas con discapacidad visual.",
                    "La difusión celular llega a todos los teléfonos de la zona, también a los de los "
                    "turistas, sin que nadie tenga que registrarse antes.",
                    "Los mensajes siguen el estándar Common Alerting Protocol (CAP), de modo que pueden "
                    "transmitirse también a emisoras, aplicaciones de navegación y administraciones "
                    "vecinas.",
                    "La plataforma registra quién recibió cada alerta y permite hacer pruebas y simulacros "
                    "periódicos sin molestar a la población.",
                    "Durante un incendio químico, la alerta llegó a 310.000 teléfonos de los barrios "
                    "afectados en menos de cuatro minutos y en cinco idiomas.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Alerta",
                    "Alertas à população em vários idiomas e em todos os canais",
                    "Alertas de emergência por cell broadcast, SMS, aplicativo, sirenes e redes sociais",
                ],
                summaries=[
                    "Uma plataforma de alerta à população que envia avisos de emergência em vários idiomas "
                    "por cell broadcast, SMS, aplicativo, sirenes, rádio e redes sociais a partir de um "
                    "único painel.",
                    "Permite à Defesa Civil escrever um único alerta, marcar no mapa a área afetada e "
                    "alcançar em minutos cada morador e visitante no seu idioma.",
                ],
                fragments=[
                    "O gestor de emergência desenha a área afetada no mapa, escolhe um modelo e envia um "
                    "único alerta para todos os canais: cell broadcast, SMS por localização, notificação no "
                    "aplicativo, sirenes, painéis, rádio e redes sociais.",
                    "A plataforma {brand} traduz os alertas para os principais idiomas falados na cidade e "
                    "oferece versões em linguagem simples e em áudio para pessoas com deficiência visual.",
                    "O cell broadcast chega a todos os celulares da área, inclusive os de turistas, sem que "
                    "ninguém precise se cadastrar antes.",
                    "As mensagens seguem o padrão Common Alerting Protocol (CAP) e podem ser repassadas a "
                    "emissoras, aplicativos de navegação e municípios vizinhos.",
                    "A plataforma registra quem recebeu cada alerta e permite testes e simulados periódicos "
                    "sem incomodar a população.",
                    "Durante um incêndio químico, o alerta chegou a 310 mil celulares dos bairros afetados "
                    "em menos de quatro minutos, em cinco idiomas.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Alerte",
                    "Alerte multilingue à la population sur tous les canaux",
                    "Alertes d'urgence par diffusion cellulaire, SMS, application, sirènes et réseaux "
                    "sociaux",
                ],
                summaries=[
                    "Une plateforme d'alerte à la population qui diffuse les messages d'urgence en "
                    "plusieurs langues par diffusion cellulaire, SMS, application, sirènes, radio et "
                    "réseaux sociaux depuis une seule console.",
                    "Permet aux gestionnaires de crise de rédiger une seule alerte, de délimiter la zone "
                    "sur une carte et de toucher en quelques minutes chaque habitant et visiteur dans sa "
                    "langue.",
                ],
                fragments=[
                    "Le gestionnaire de crise trace la zone concernée sur la carte, choisit un modèle et "
                    "envoie une seule alerte sur tous les canaux : diffusion cellulaire, SMS géolocalisé, "
                    "notification de l'application, sirènes, panneaux, radio et réseaux sociaux.",
                    "{brand} traduit les alertes dans les principales langues parlées dans la ville et "
                    "propose des versions faciles à lire et audio pour les personnes malvoyantes.",
                    "La diffusion cellulaire touche tous les téléphones de la zone, y compris ceux des "
                    "touristes, sans inscription préalable.",
                    "Les messages suivent le standard Common Alerting Protocol (CAP) et peuvent donc être "
                    "relayés aux radios, aux applications de navigation et aux collectivités voisines.",
                    "La plateforme trace la réception de chaque alerte et permet des tests et des exercices "
                    "réguliers sans déranger les habitants.",
                    "Lors d'un incendie sur un site chimique, l'alerte a atteint 310 000 téléphones des "
                    "quartiers concernés en moins de quatre minutes, en cinq langues.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="structural-health-monitoring",
        sector="safety",
        extra_sectors=["urban-planning"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} BridgeSense",
                    "Structural health monitoring for bridges and tunnels",
                    "Wireless sensors that watch ageing bridges around the clock",
                    "{brand} Structure: early warning of damage in critical infrastructure",
                ],
                summaries=[
                    "Wireless vibration, strain, tilt and crack sensors monitor bridges, tunnels and "
                    "retaining walls continuously and warn engineers of structural damage early.",
                    "Structural health monitoring that turns periodic visual inspections of bridges and "
                    "tunnels into continuous data, so engineers can plan repairs by risk.",
                ],
                fragments=[
                    "Battery-powered accelerometers, strain gauges, tiltmeters and crack sensors are "
                    "installed on a bridge in a day, without closing traffic lanes.",
                    "{brand} tracks the natural frequencies and deformation of each structure and alerts "
                    "engineers when they change beyond normal temperature and traffic effects.",
                    "Weigh-in-motion data shows how many overloaded trucks cross each bridge, which helps "
                    "enforcement and fatigue assessment.",
                    "After an earthquake, flood or ship impact, engineers see within minutes which bridges "
                    "may be damaged and need inspection before reopening.",
                    "Monitoring data complements visual inspections and feeds the bridge management system, "
                    "helping prioritise maintenance budgets.",
                    "On a 1970s concrete bridge, monitoring showed the structure was safe for two more "
                    "years of use, deferring a 14-million repair while it was planned properly.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="crowd-density-monitoring",
        sector="safety",
        extra_sectors=["culture-tourism"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CrowdSafe",
                    "Crowd density monitoring for events and stations",
                    "Anonymous crowd counting to prevent dangerous crushes",
                    "{brand} Flow: real-time crowd management for festivals",
                ],
                summaries=[
                    "Anonymous crowd counting from cameras and Wi-Fi sensors that measures crowd density "
                    "and flow in real time at festivals, stations and squares, and warns before it becomes "
                    "dangerous.",
                    "Helps organisers of festivals and events and the police manage crowds safely with live "
                    "density maps, flow forecasts and alerts when thresholds are reached.",
                ],
                fragments=[
                    "Cameras and Wi-Fi sensors count people anonymously, and {brand} turns the counts into "
                    "a live crowd density map without identifying anyone.",
                    "Alerts are triggered when crowd density passes safe thresholds, such as four people "
                    "per square metre, or when flows reverse in a narrow street.",
                    "A short-term forecast shows where crowds will build up in the next 15 minutes, giving "
                    "stewards time to close entrances or open alternative routes.",
                    "Control-room staff can send messages to digital signs and to visitors' phones to guide "
                    "them to less crowded exits and transport stops.",
                    "After each event, organisers get a report on peak densities and bottlenecks to improve "
                    "the layout for the next year.",
                    "At a New Year's Eve celebration with 400,000 visitors, stewards redirected flows eight "
                    "times based on the alerts, and no crush incidents occurred.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="landslide-slope-monitoring",
        sector="safety",
        extra_sectors=["urban-planning"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} SlopeWatch",
                    "Landslide early warning for hillside neighbourhoods",
                    "Slope monitoring with tilt, soil moisture and rainfall sensors",
                    "{brand} Ground: warn residents before slopes fail",
                ],
                summaries=[
                    "Tiltmeters, soil moisture sensors and rain gauges on unstable slopes, combined with "
                    "rainfall forecasts, give early warning of landslides to residents and emergency "
                    "services.",
                    "Monitors ground movement and soil saturation on hillsides around the clock and "
                    "triggers evacuation alerts when landslide risk becomes critical.",
                ],
                fragments=[
                    "Low-cost tilt sensors, soil moisture probes and rain gauges are installed on slopes "
                    "above homes, roads and schools and report every ten minutes.",
                    "{brand} combines the measurements with rainfall forecasts to estimate landslide risk "
                    "for each slope and neighbourhood.",
                    "When thresholds are crossed, alerts go to civil protection and community leaders, and "
                    "sirens or SMS messages tell residents to move to safe areas.",
                    "Community volunteers are trained to check the sensors and to recognise warning signs "
                    "such as new cracks, tilting trees and muddy springs.",
                    "Satellite radar interferometry (InSAR) maps slow ground movement across the whole city "
                    "and shows where new sensors are needed.",
                    "In a pilot with 60 sensors on hillsides of informal settlements, residents were "
                    "evacuated twice ahead of landslides during the rainy season, without injuries.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Laderas",
                    "Alerta temprana de deslizamientos para barrios de ladera",
                    "Monitoreo de laderas con sensores de inclinación, humedad del suelo y lluvia",
                    "{brand} Terreno: avisar a los vecinos antes de que cedan las laderas",
                ],
                summaries=[
                    "Inclinómetros, sensores de humedad del suelo y pluviómetros en laderas inestables, "
                    "combinados con pronósticos de lluvia, dan alerta temprana de deslizamientos a los "
                    "vecinos y a los servicios de emergencia.",
                    "Vigila el movimiento del terreno y la saturación del suelo en las laderas las 24 horas "
                    "y activa alertas de evacuación cuando el riesgo de deslizamiento se vuelve crítico.",
                ],
                fragments=[
                    "Se instalan sensores de inclinación de bajo costo, sondas de humedad del suelo y "
                    "pluviómetros en las laderas situadas sobre viviendas, vías y colegios, que reportan "
                    "cada diez minutos.",
                    "{brand} combina las mediciones con los pronósticos de lluvia para estimar el riesgo de "
                    "deslizamiento de cada ladera y de cada barrio.",
                    "Cuando se superan los umbrales, las alertas llegan a gestión del riesgo y a los "
                    "líderes comunitarios, y sirenas o mensajes SMS indican a los vecinos que se desplacen "
                    "a zonas seguras.",
                    "Voluntarios de la comunidad aprenden a revisar los sensores y a reconocer señales de "
                    "alerta como grietas nuevas, árboles inclinados o nacimientos de agua turbia.",
                    "La interferometría de radar satelital (InSAR) mapea los movimientos lentos del terreno "
                    "en toda la ciudad y muestra dónde hacen falta nuevos sensores.",
                    "En un piloto con 60 sensores en laderas de asentamientos informales, los vecinos "
                    "fueron evacuados dos veces antes de un deslizamiento durante la temporada de lluvias, "
                    "sin heridos.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 사면지킴이",
                    "산비탈 주거지를 위한 산사태 조기 경보",
                    "기울기·토양 수분·강우 센서로 비탈면 상시 계측",
                    "{brand} 그라운드: 비탈면이 무너지기 전에 주민에게 알립니다",
                ],
                summaries=[
                    "불안정한 비탈면에 설치한 경사계, 토양 수분 센서, 우량계의 측정값을 강우 예보와 결합해 "
                    "주민과 재난 대응 기관에 산사태를 조기에 경보합니다.",
                    "산비탈의 지반 움직임과 토양 포화도를 24시간 감시하고, 산사태 위험이 임계 수준에 이르면 "
                    "대피 경보를 보냅니다.",
                ],
                fragments=[
                    "주택, 도로, 학교 위쪽 비탈면에 저가형 기울기 센서, 토양 수분 센서, 우량계를 설치하며, "
                    "센서는 10분마다 측정값을 보고합니다.",
                    "{brand} 시스템은 측정값과 강우 예보를 결합해 비탈면별, 동네별 산사태 위험도를 "
                    "산정합니다.",
                    "기준치를 넘으면 재난안전 담당 부서와 마을 대표에게 경보가 전달되고, 사이렌과 문자로 "
                    "주민에게 안전한 곳으로 대피하라고 알립니다.",
                    "지역 자원봉사자는 센서를 점검하고 새로 생긴 균열, 기울어진 나무, 흙탕물이 솟는 샘 같은 "
                    "산사태 전조를 알아보도록 교육받습니다.",
                    "위성 레이더 간섭계(InSAR)로 도시 전역의 느린 지반 움직임을 지도로 만들어 센서를 더 "
                    "설치할 곳을 찾습니다.",
                    "비공식 정착지 산비탈에 센서 60개를 설치한 시범 사업에서는 우기 동안 산사태 직전에 "
                    "주민을 두 차례 대피시켜 인명 피해가 없었습니다.",
                    "계측 기록과 경보 이력은 대시보드로 제공되어 사면 보강 공사의 우선순위를 정하는 데에도 "
                    "쓰입니다.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="earthquake-building-damage-assessment",
        sector="safety",
        extra_sectors=["urban-planning"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} QuakeScan",
                    "Rapid building damage assessment after earthquakes",
                    "AI damage maps from drones and satellites after a disaster",
                    "{brand} Rapid: know which buildings are safe after an earthquake",
                ],
                summaries=[
                    "Combines seismic sensors, drone and satellite imagery and AI to map building damage "
                    "within hours of an earthquake and prioritise search and rescue and safety inspections.",
                    "Tells emergency managers which neighbourhoods and buildings are most likely damaged "
                    "after an earthquake, before field reports come in.",
                ],
                fragments=[
                    "A network of low-cost accelerometers in public buildings measures ground shaking "
                    "across the city and produces a shaking map minutes after an earthquake.",
                    "{brand} combines the shaking map with a building inventory (age, height and structure "
                    "type) to estimate damage and casualties for every block.",
                    "Drone and satellite images captured after the event are analysed by AI to detect "
                    "collapsed buildings, blocked roads and fires.",
                    "Search and rescue teams receive a prioritised list of collapsed buildings, and "
                    "engineers get an inspection plan for schools, hospitals and shelters.",
                    "Inspectors record their decision for each building (safe, restricted use or unsafe) in "
                    "a mobile app, and the results appear immediately on the city's map.",
                    "In a national earthquake exercise, the first damage estimate was available 12 minutes "
                    "after the simulated quake and matched field reports for 80% of blocks.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="volunteer-responder-app",
        sector="safety",
        extra_sectors=["health"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} FirstResponder",
                    "Citizen first responder app for cardiac arrest",
                    "Alerting trained volunteers to nearby emergencies",
                    "{brand} Heartbeat: bring CPR and defibrillators faster",
                ],
                summaries=[
                    "An app that alerts trained volunteers near a cardiac arrest so they can start CPR and "
                    "bring the nearest defibrillator (AED) before the ambulance arrives.",
                    "Connects the emergency dispatch centre with trained citizen first responders and a "
                    "registry of public defibrillators, so cardiac arrest patients get CPR before the "
                    "ambulance arrives.",
                ],
                fragments=[
                    "When the dispatch centre receives a suspected cardiac arrest call, {brand} alerts "
                    "trained volunteers within 500 metres while the ambulance is dispatched.",
                    "One volunteer is guided to the patient to start CPR, and another to the nearest public "
                    "defibrillator (AED) to bring it to the scene.",
                    "The AED registry is kept up to date by volunteers who check each defibrillator's "
                    "location, access hours and battery status.",
                    "Volunteers are verified for CPR training, and the app offers debriefing and "
                    "psychological support after difficult interventions.",
                    "The dispatch centre sees accepted alerts and volunteer positions in real time, "
                    "integrated with its computer-aided dispatch system.",
                    "In a region with 14,000 registered volunteers, bystander CPR rates rose from 45% to "
                    "73%, and survival to hospital discharge improved markedly.",
                ],
            ),
        },
    ),
]

_SAFETY_CHALLENGES = [
    ChallengeArchetype(
        key="faster-ambulance-response",
        sector="safety",
        extra_sectors=["health"],
        answered_by=["emergency-dispatch-optimization", "volunteer-responder-app"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Faster ambulance response times",
                    "Reach cardiac arrest patients sooner",
                    "Smarter emergency dispatch",
                ],
                fragments=[
                    "In {city}, the median ambulance response time to life-threatening emergencies such as "
                    "cardiac arrest is 12 minutes, well above our 8-minute target, while survival depends "
                    "on CPR and a defibrillator within minutes.",
                    "Our dispatch centre still assigns the nearest ambulance by straight-line distance, and "
                    "idle ambulances return to their stations even when another district is left uncovered.",
                    "We are looking for dispatch software that recommends the fastest unit using live "
                    "traffic, and that repositions idle ambulances based on predicted demand.",
                    "We are also interested in alerting trained volunteers near a cardiac arrest to start "
                    "CPR and bring the nearest defibrillator before the ambulance arrives.",
                    "The solution must integrate with our computer-aided dispatch system and respect the "
                    "confidentiality of patient data.",
                    "We will measure success by response times for the highest-priority calls in every "
                    "district.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "구급차 출동 시간 단축",
                    "심정지 환자에게 더 빨리 도착하기",
                    "더 똑똑한 응급 출동 지령",
                ],
                fragments=[
                    "{city}에서 심정지 같은 생명이 위급한 신고에 대한 구급차 출동 시간 중앙값은 12분으로 "
                    "목표인 8분을 크게 웃돌며, 외곽 지역은 더 깁니다.",
                    "상황실은 아직 직선거리 기준으로 가장 가까운 구급차를 배정하고, 다른 지역이 비어 있어도 "
                    "대기 구급차는 원래 안전센터로 돌아갑니다.",
                    "실시간 교통을 반영해 가장 빨리 도착할 차량을 추천하고, 수요 예측에 따라 대기 중인 "
                    "구급차를 재배치하는 출동 지령 소프트웨어를 찾고 있습니다.",
                    "심정지 발생 시 가까이 있는 교육받은 시민 자원봉사자에게 알려, 구급차 도착 전에 "
                    "심폐소생술을 시작하고 가장 가까운 자동심장충격기(AED)를 가져오게 하는 방안에도 관심이 "
                    "있습니다.",
                    "기존 119 종합상황관리 시스템과 연동되어야 하며, 환자 정보의 비밀이 지켜져야 합니다.",
                    "모든 지역에서 최우선 신고의 출동 시간으로 성과를 측정할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reducir los tiempos de llegada de las ambulancias",
                    "Llegar antes a las paradas cardiacas",
                    "Un despacho de emergencias más inteligente",
                ],
                fragments=[
                    "En {city}, la mediana del tiempo de llegada de las ambulancias a emergencias con "
                    "riesgo vital, como una parada cardiaca, es de 12 minutos, muy por encima del objetivo "
                    "de 8, y peor en los barrios periféricos.",
                    "Nuestro centro coordinador todavía asigna la ambulancia más cercana en línea recta, y "
                    "las unidades libres vuelven a su base aunque otro distrito quede sin cobertura.",
                    "Buscamos un software de despacho que recomiende la unidad más rápida según el tráfico "
                    "en tiempo real y recoloque las ambulancias libres según la demanda prevista.",
                    "También nos interesa avisar a voluntarios formados que estén cerca de una parada "
                    "cardiaca para que inicien la RCP y traigan el desfibrilador más próximo antes de que "
                    "llegue la ambulancia.",
                    "La solución debe integrarse con nuestro sistema de gestión de incidentes y respetar la "
                    "confidencialidad de los datos de los pacientes.",
                    "Mediremos el éxito por los tiempos de respuesta de las llamadas de máxima prioridad en "
                    "cada distrito.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Reduzir o tempo-resposta das ambulâncias",
                    "Chegar antes às paradas cardíacas",
                    "Um despacho de emergência mais inteligente",
                ],
                fragments=[
                    "Em {city}, a mediana do tempo-resposta das ambulâncias a emergências com risco de "
                    "vida, como a parada cardíaca, é de 12 minutos, bem acima da meta de 8, e pior na "
                    "periferia.",
                    "Nossa central ainda escolhe a ambulância mais próxima em linha reta, e as unidades "
                    "livres voltam para a base mesmo quando outro bairro fica descoberto.",
                    "Procuramos um software de despacho que recomende a unidade mais rápida com base no "
                    "trânsito em tempo real e reposicione as ambulâncias livres conforme a demanda "
                    "prevista.",
                    "Também temos interesse em avisar voluntários treinados perto de uma parada cardíaca "
                    "para começarem a RCP e levarem o desfibrilador (DEA) mais próximo antes de a "
                    "ambulância chegar.",
                    "A solução precisa se integrar à nossa central de regulação e despacho e respeitar o "
                    "sigilo dos dados dos pacientes.",
                    "Vamos medir o sucesso pelo tempo-resposta dos chamados de maior prioridade em cada "
                    "bairro.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Réduire les délais d'arrivée des ambulances",
                    "Arriver plus tôt auprès des victimes d'arrêt cardiaque",
                    "Une régulation des secours plus intelligente",
                ],
                fragments=[
                    "À {city}, le délai médian d'arrivée des ambulances sur les urgences vitales comme "
                    "l'arrêt cardiaque est de 12 minutes, bien au-dessus de notre objectif de 8 minutes, et "
                    "plus encore en périphérie.",
                    "Notre centre de secours affecte encore l'ambulance la plus proche à vol d'oiseau, et "
                    "les moyens disponibles rentrent à leur caserne même si un autre secteur reste "
                    "découvert.",
                    "Nous cherchons un logiciel d'aide à la régulation qui recommande le moyen le plus "
                    "rapide selon le trafic en temps réel et repositionne les ambulances disponibles selon "
                    "la demande prévue.",
                    "Nous nous intéressons aussi à l'alerte de citoyens formés proches d'un arrêt "
                    "cardiaque, pour qu'ils commencent le massage cardiaque et apportent le défibrillateur "
                    "le plus proche avant l'ambulance.",
                    "La solution doit s'intégrer à notre système de gestion de l'alerte et respecter le "
                    "secret des données des patients.",
                    "Nous mesurerons la réussite aux délais d'intervention des appels les plus urgents dans "
                    "chaque secteur.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="detect-wildfires-early",
        sector="safety",
        extra_sectors=["environment"],
        answered_by=["wildfire-detection-cameras"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Detect wildfires early",
                    "Spot forest fires before they spread",
                    "Protect neighbourhoods at the forest edge from wildfires",
                ],
                fragments=[
                    "{city} borders large forests and scrubland, hotter and drier summers have made "
                    "wildfires more frequent at the edge of our neighbourhoods, and by the time residents "
                    "report the smoke it is often too late for fire services to contain the blaze.",
                    "Today most wildfires are reported by residents calling the emergency number, often "
                    "when the fire is already spreading fast.",
                    "We are looking for automatic wildfire detection, for example AI cameras on hilltops "
                    "combined with satellite data, that alerts our fire service within minutes.",
                    "Alerts must include an accurate location and go straight into our fire dispatch "
                    "system, with very few false alarms.",
                    "A daily wildfire danger map based on weather and vegetation dryness would help us plan "
                    "patrols and restrictions.",
                    "We would start by covering the 20,000 hectares of forest closest to homes.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "산불 조기 발견",
                    "번지기 전에 산불 찾아내기",
                    "산림 인접 주거지를 산불로부터 보호",
                ],
                fragments=[
                    "{city} 주변에는 넓은 산림이 맞닿아 있어, 더 덥고 건조해진 여름 동안 주거지 "
                    "가장자리에서 산불이 잦아졌습니다.",
                    "지금은 대부분의 산불이 주민의 신고 전화로 접수되며, 그때는 이미 불길이 빠르게 번지고 "
                    "있는 경우가 많습니다.",
                    "산 정상의 AI 카메라와 위성 데이터를 결합하는 등, 산불을 자동으로 감지해 몇 분 안에 "
                    "소방 당국에 알리는 솔루션을 찾고 있습니다.",
                    "경보에는 정확한 위치가 포함되어야 하고, 소방 출동 지령 시스템으로 바로 전달되어야 "
                    "하며, 오경보는 아주 적어야 합니다.",
                    "기상과 식생 건조도를 바탕으로 한 일일 산불 위험 지도가 있으면 순찰과 입산 통제 계획에 "
                    "도움이 될 것입니다.",
                    "주거지와 가장 가까운 산림 2만 헥타르부터 감시하고자 합니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Detectar antes los incendios forestales",
                    "Localizar los incendios antes de que se propaguen",
                    "Proteger los barrios junto al monte",
                ],
                fragments=[
                    "{city} linda con grandes superficies de monte y matorral, y los veranos más cálidos y "
                    "secos han hecho más frecuentes los incendios forestales en el borde de nuestros "
                    "barrios.",
                    "Hoy la mayoría de los incendios forestales se conocen por llamadas de vecinos al 112, "
                    "muchas veces cuando el fuego ya avanza deprisa.",
                    "Buscamos detección automática de incendios forestales, por ejemplo cámaras con IA en "
                    "las cumbres combinadas con datos de satélite, que avise a los bomberos en pocos "
                    "minutos.",
                    "Las alertas deben incluir una localización precisa y entrar directamente en nuestro "
                    "sistema de despacho, con muy pocas falsas alarmas.",
                    "Un mapa diario de riesgo de incendio basado en la meteorología y la sequedad de la "
                    "vegetación nos ayudaría a planificar la vigilancia y las restricciones.",
                    "Empezaríamos por cubrir las 20.000 hectáreas de monte más cercanas a viviendas.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Detectar incêndios florestais mais cedo",
                    "Encontrar o fogo antes que ele se espalhe",
                    "Proteger os bairros vizinhos à mata",
                ],
                fragments=[
                    "{city} faz divisa com grandes áreas de mata e cerrado, e verões mais quentes e secos "
                    "tornaram os incêndios florestais mais frequentes na borda dos nossos bairros.",
                    "Hoje a maioria dos incêndios é comunicada por moradores que ligam para os bombeiros, "
                    "muitas vezes quando o fogo já se espalha rápido.",
                    "Procuramos detecção automática de incêndios florestais, por exemplo câmeras com IA no "
                    "alto dos morros combinadas com dados de satélite, que avise os bombeiros em poucos "
                    "minutos.",
                    "Os alertas devem trazer a localização precisa e entrar direto no nosso sistema de "
                    "despacho, com pouquíssimos alarmes falsos.",
                    "Um mapa diário de risco de incêndio baseado no clima e na secura da vegetação ajudaria "
                    "a planejar rondas e restrições.",
                    "Começaríamos cobrindo os 20 mil hectares de mata mais próximos das casas.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Détecter plus tôt les feux de forêt",
                    "Repérer les incendies avant qu'ils ne se propagent",
                    "Protéger les quartiers en lisière de forêt",
                ],
                fragments=[
                    "{city} est bordée de grands massifs forestiers et de garrigue, et des étés plus chauds "
                    "et plus secs ont rendu les feux de forêt plus fréquents en lisière de nos quartiers.",
                    "Aujourd'hui, la plupart des feux sont signalés par des habitants qui appellent les "
                    "secours, souvent quand l'incendie progresse déjà rapidement.",
                    "Nous cherchons une détection automatique des feux de forêt, par exemple des caméras "
                    "dotées d'IA sur les points hauts combinées aux données satellitaires, qui alerte les "
                    "pompiers en quelques minutes.",
                    "Les alertes doivent indiquer une localisation précise et arriver directement dans "
                    "notre système de traitement de l'alerte, avec très peu de fausses alertes.",
                    "Une carte quotidienne du risque d'incendie fondée sur la météo et la sécheresse de la "
                    "végétation nous aiderait à planifier les patrouilles et les restrictions d'accès.",
                    "Nous commencerions par couvrir les 20 000 hectares de forêt les plus proches des "
                    "habitations.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="warn-every-resident-in-their-language",
        sector="safety",
        extra_sectors=[],
        answered_by=["mass-alert-multichannel"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Warn every resident in their own language",
                    "One emergency alert for every channel",
                    "Reach tourists and residents in a disaster",
                ],
                fragments=[
                    "When {city} faces a flood, chemical fire or heatwave, our emergency alerts reach only "
                    "the residents who registered for SMS warnings, fewer than one in five.",
                    "About 15% of residents and most tourists do not speak the local language well, and our "
                    "alerts are published in one language only.",
                    "We want a public warning platform that sends one alert to all channels (cell "
                    "broadcast, SMS, app, sirens, digital signs and social media) for a precise area on a "
                    "map.",
                    "Alerts should be translated quickly into the main languages spoken in the city and be "
                    "accessible to people with disabilities.",
                    "The platform should follow the Common Alerting Protocol and allow regular tests and "
                    "exercises.",
                    "Success means reaching at least 90% of people in an affected area within ten minutes.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="monitor-ageing-bridges",
        sector="safety",
        extra_sectors=["urban-planning"],
        answered_by=["structural-health-monitoring"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Monitor the condition of ageing bridges",
                    "Continuous structural monitoring of critical infrastructure",
                    "Know which bridges need repair first",
                ],
                fragments=[
                    "Many of {city}'s 240 road bridges and tunnels were built in the 1960s and 1970s, and "
                    "our engineers can inspect each structure visually only every few years.",
                    "After a bridge collapse elsewhere in the country, residents and the council want to "
                    "know whether our bridges are safe.",
                    "We are looking for structural health monitoring with wireless sensors that track "
                    "vibration, strain, tilt and cracks continuously on the most critical structures.",
                    "Engineers should be alerted when a structure behaves abnormally, and after an "
                    "earthquake or flood we need to know quickly which bridges to inspect.",
                    "Monitoring data should feed our bridge management system and help us prioritise a "
                    "limited maintenance budget.",
                    "We would start with ten bridges that carry the most traffic or show known defects.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="manage-crowds-at-festivals",
        sector="safety",
        extra_sectors=["culture-tourism"],
        answered_by=["crowd-density-monitoring"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Keep crowds safe at festivals and events",
                    "Real-time crowd density monitoring",
                    "Prevent crushes in busy streets and stations",
                ],
                fragments=[
                    "{city} hosts several festivals and events a year that draw hundreds of thousands of "
                    "visitors into the narrow streets of the old town, where crowd density can quickly "
                    "become dangerous.",
                    "Our police and event stewards rely on radio reports and experience to judge when "
                    "crowds become dangerous, and there is no overview of crowd density.",
                    "We want anonymous crowd counting that shows crowd density and flow in real time, warns "
                    "when safe thresholds are reached and forecasts where crowds will build up.",
                    "Control-room staff should be able to guide visitors to less crowded routes through "
                    "digital signs and phone messages.",
                    "No personal data may be collected; only anonymous counts are acceptable.",
                    "The first deployment would be at our New Year celebrations and the summer festival.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="protect-hillside-neighbourhoods-from-landslides",
        sector="safety",
        extra_sectors=["urban-planning"],
        answered_by=["landslide-slope-monitoring"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Protect hillside neighbourhoods from landslides",
                    "Landslide early warning during the rainy season",
                    "Monitor unstable slopes above homes",
                ],
                fragments=[
                    "Thousands of families in {city} live on steep hillsides, many in informal settlements, "
                    "and heavy rain in the rainy season regularly triggers landslides.",
                    "We have mapped the highest-risk slopes, but we have no way of knowing when a slope is "
                    "about to fail.",
                    "We are looking for landslide early warning: sensors for ground movement, soil moisture "
                    "and rainfall on unstable slopes, combined with rainfall forecasts.",
                    "Alerts must reach civil protection, community leaders and residents quickly, by sirens "
                    "and SMS, so that families can move to safe areas.",
                    "The solution must be affordable, robust and maintainable with the help of trained "
                    "community volunteers.",
                    "We would start with 50 sensors on the ten slopes where landslides have caused deaths "
                    "in the past.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Proteger los barrios de ladera de los deslizamientos",
                    "Alerta temprana de deslizamientos en temporada de lluvias",
                    "Vigilar las laderas inestables sobre las viviendas",
                ],
                fragments=[
                    "Miles de familias en {city} viven en laderas empinadas, muchas en asentamientos "
                    "informales, y las lluvias fuertes de la temporada invernal provocan deslizamientos con "
                    "frecuencia.",
                    "Hemos mapeado las laderas de mayor riesgo, pero no tenemos forma de saber cuándo una "
                    "ladera está a punto de ceder.",
                    "Buscamos un sistema de alerta temprana de deslizamientos: sensores de movimiento del "
                    "terreno, humedad del suelo y lluvia en laderas inestables, combinados con pronósticos "
                    "de lluvia.",
                    "Las alertas deben llegar rápido a gestión del riesgo, a los líderes comunitarios y a "
                    "los vecinos, con sirenas y SMS, para que las familias puedan desplazarse a zonas "
                    "seguras.",
                    "La solución debe ser asequible, robusta y fácil de mantener con la ayuda de "
                    "voluntarios comunitarios capacitados.",
                    "Empezaríamos con 50 sensores en las diez laderas donde los deslizamientos ya han "
                    "causado muertes.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "산비탈 마을을 산사태로부터 지키기",
                    "우기 산사태 조기 경보",
                    "주택가 위 불안정한 비탈면 감시",
                ],
                fragments=[
                    "{city}에서는 수천 가구가 가파른 산비탈에 살고 있고 그중 상당수는 무허가 정착지이며, "
                    "우기의 집중호우로 산사태가 자주 일어납니다.",
                    "위험도가 가장 높은 비탈면은 파악했지만, 어느 비탈면이 언제 무너질지 미리 알 방법이 "
                    "없습니다.",
                    "불안정한 비탈면의 지반 움직임, 토양 수분, 강우를 재는 센서와 강우 예보를 결합한 산사태 "
                    "조기 경보 시스템을 찾고 있습니다.",
                    "경보는 재난안전 부서, 마을 대표, 주민에게 사이렌과 문자로 빠르게 전달되어, 가족들이 "
                    "제때 안전한 곳으로 대피할 수 있어야 합니다.",
                    "비용이 적당하고 튼튼해야 하며, 교육받은 지역 자원봉사자의 도움으로 유지관리할 수 "
                    "있어야 합니다.",
                    "과거 산사태로 인명 피해가 났던 비탈면 열 곳에 센서 50개를 설치하는 것부터 시작하려고 "
                    "합니다.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="rapid-damage-assessment-after-earthquakes",
        sector="safety",
        extra_sectors=["urban-planning"],
        answered_by=["earthquake-building-damage-assessment"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Know which buildings are damaged after an earthquake",
                    "Rapid damage assessment for emergency response",
                    "Prioritise search and rescue after a quake",
                ],
                fragments=[
                    "{city} lies in a high seismic risk zone, and our emergency plan assumes it would take "
                    "days to know which neighbourhoods were hit hardest after a strong earthquake.",
                    "In the first hours, emergency managers would have to send search and rescue teams "
                    "based on scattered phone calls.",
                    "We are looking for a system that estimates building damage within minutes of an "
                    "earthquake from shaking sensors and our building inventory, then refines it with drone "
                    "and satellite images.",
                    "Engineers need a plan to inspect schools, hospitals and shelters quickly, and to "
                    "record whether each building is safe to use.",
                    "The solution should be tested in our annual earthquake exercise.",
                    "We would install the first shaking sensors in 100 public buildings.",
                ],
            ),
        },
    ),
]


# --- Health & welfare ------------------------------------------------------------------------------------

_HEALTH_SOLUTIONS = [
    SolutionArchetype(
        key="elderly-remote-care-sensors",
        sector="health",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CareHome",
                    "Ambient sensors for older people living alone",
                    "Remote care that spots falls and changes in daily routine",
                    "{brand} Care: non-intrusive monitoring for independent living",
                ],
                summaries=[
                    "Non-intrusive motion, door and power sensors in the homes of older people living alone "
                    "detect falls, inactivity and changes in daily routine, and alert care workers.",
                    "Helps older people live independently at home for longer: ambient sensors learn daily "
                    "routines and care workers are alerted when something looks wrong.",
                ],
                fragments=[
                    "A kit of motion, door, bed and smart-plug sensors is installed in about 30 minutes, "
                    "with no cameras or microphones in the home.",
                    "{brand} learns each person's normal daily routine, such as getting up, using the "
                    "kettle and going out, and alerts care workers when something unusual happens.",
                    "Possible falls, long periods of inactivity, a front door left open at night or a cold "
                    "home in winter trigger alerts to family, carers or the care centre.",
                    "Care workers see a simple dashboard for everyone they support, so home visits can "
                    "focus on the older people who need them most.",
                    "Trends such as more night-time bathroom visits or less activity can signal health "
                    "problems early, before a hospital admission.",
                    "In a programme with 3,000 older people living alone, emergency hospital admissions "
                    "fell by 18% and two thirds of alerts led to a timely home visit.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 케어홈",
                    "홀로 사는 어르신을 위한 생활 감지 센서",
                    "낙상과 생활 패턴 변화를 알아채는 원격 돌봄",
                ],
                summaries=[
                    "홀로 사는 어르신 댁에 동작, 출입문, 전력 사용 센서를 설치해 낙상, 장시간 무활동, 생활 "
                    "패턴 변화를 감지하고 돌봄 인력에게 알립니다.",
                    "생활 감지 센서가 어르신의 일상 패턴을 학습하고 이상 징후가 보이면 돌봄 인력에게 알려, "
                    "어르신이 집에서 더 오래 자립적으로 생활하도록 돕습니다.",
                ],
                fragments=[
                    "동작, 출입문, 침대, 스마트 플러그 센서로 구성된 키트는 약 30분이면 설치되며, 집 안에 "
                    "카메라나 마이크는 두지 않습니다.",
                    "{brand} 시스템은 기상, 전기포트 사용, 외출 같은 어르신 한 분 한 분의 일상 패턴을 "
                    "학습하고, 평소와 다른 상황이 생기면 생활지원사에게 알립니다.",
                    "낙상 의심, 장시간 움직임 없음, 밤사이 열린 현관문, 겨울철 낮은 실내 온도가 감지되면 "
                    "가족, 돌봄 인력, 관제 센터로 알림이 갑니다.",
                    "생활지원사는 담당 어르신 전체를 간단한 대시보드로 확인할 수 있어, 방문이 꼭 필요한 "
                    "분께 먼저 찾아갈 수 있습니다.",
                    "야간 화장실 이용 증가나 활동량 감소 같은 추세는 입원으로 이어지기 전에 건강 문제를 "
                    "알려 주는 신호가 됩니다.",
                    "독거노인 3,000명을 대상으로 한 사업에서 응급 입원이 18% 줄었고, 알림의 3분의 2가 적시 "
                    "방문으로 이어졌습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Cuidado en Casa",
                    "Sensores domésticos para personas mayores que viven solas",
                    "Teleasistencia que detecta caídas y cambios en la rutina diaria",
                ],
                summaries=[
                    "Sensores discretos de movimiento, puerta y consumo eléctrico en los hogares de "
                    "personas mayores que viven solas detectan caídas, inactividad y cambios en la rutina "
                    "diaria y avisan a los cuidadores.",
                    "Ayuda a que las personas mayores vivan más tiempo de forma autónoma en casa: los "
                    "sensores aprenden la rutina diaria y avisan a los profesionales cuando algo no va "
                    "bien.",
                ],
                fragments=[
                    "Un kit de sensores de movimiento, puerta, cama y enchufe inteligente se instala en "
                    "unos 30 minutos, sin cámaras ni micrófonos en la vivienda.",
                    "{brand} aprende la rutina diaria de cada persona, como levantarse, usar el hervidor o "
                    "salir a la calle, y avisa a los profesionales cuando ocurre algo fuera de lo normal.",
                    "Las posibles caídas, los periodos largos sin actividad, la puerta de la calle abierta "
                    "de noche o una casa demasiado fría en invierno generan avisos a la familia, a los "
                    "cuidadores o al centro de teleasistencia.",
                    "Los profesionales ven un panel sencillo con todas las personas que atienden, para "
                    "dedicar las visitas a domicilio a quien más lo necesita.",
                    "Tendencias como más visitas nocturnas al baño o menos actividad pueden anticipar "
                    "problemas de salud antes de un ingreso hospitalario.",
                    "En un programa con 3.000 personas mayores que viven solas, los ingresos hospitalarios "
                    "urgentes bajaron un 18 % y dos tercios de los avisos dieron lugar a una visita a "
                    "tiempo.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Cuidar em Casa",
                    "Sensores domésticos para idosos que moram sozinhos",
                    "Cuidado remoto que detecta quedas e mudanças na rotina",
                ],
                summaries=[
                    "Sensores discretos de movimento, porta e consumo de energia na casa de idosos que "
                    "moram sozinhos detectam quedas, inatividade e mudanças na rotina diária e avisam os "
                    "cuidadores.",
                    "Ajuda os idosos a viverem mais tempo com autonomia em casa: os sensores aprendem a "
                    "rotina diária e avisam a equipe de cuidado quando algo parece errado.",
                ],
                fragments=[
                    "Um kit de sensores de movimento, porta, cama e tomada inteligente é instalado em cerca "
                    "de 30 minutos, sem câmeras nem microfones dentro de casa.",
                    "A plataforma {brand} aprende a rotina diária de cada pessoa, como acordar, usar a "
                    "chaleira ou sair de casa, e avisa a equipe quando acontece algo fora do normal.",
                    "Possíveis quedas, longos períodos sem movimento, porta da rua aberta à noite ou casa "
                    "fria demais no inverno geram alertas para a família, os cuidadores ou a central de "
                    "teleassistência.",
                    "Os agentes de cuidado veem um painel simples com todas as pessoas que acompanham, e as "
                    "visitas domiciliares passam a priorizar quem mais precisa.",
                    "Tendências como mais idas ao banheiro à noite ou menos atividade podem sinalizar "
                    "problemas de saúde antes de uma internação.",
                    "Num programa com 3 mil idosos que moram sozinhos, as internações de urgência caíram "
                    "18% e dois terços dos alertas resultaram em uma visita a tempo.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Bien Chez Soi",
                    "Capteurs domestiques pour les personnes âgées vivant seules",
                    "Téléassistance qui repère les chutes et les changements d'habitudes",
                ],
                summaries=[
                    "Des capteurs discrets de mouvement, d'ouverture de porte et de consommation électrique "
                    "chez les personnes âgées vivant seules détectent chutes, inactivité et changements "
                    "d'habitudes, et alertent les aidants.",
                    "Aide les personnes âgées à rester plus longtemps autonomes à domicile : les capteurs "
                    "apprennent les habitudes quotidiennes et préviennent les intervenants quand quelque "
                    "chose semble anormal.",
                ],
                fragments=[
                    "Un kit de capteurs de mouvement, de porte, de lit et de prise connectée s'installe en "
                    "une trentaine de minutes, sans caméra ni micro dans le logement.",
                    "{brand} apprend les habitudes de chaque personne, comme le lever, l'usage de la "
                    "bouilloire ou les sorties, et alerte les intervenants lorsqu'un événement inhabituel "
                    "se produit.",
                    "Une chute probable, une longue période d'inactivité, une porte d'entrée restée ouverte "
                    "la nuit ou un logement trop froid en hiver déclenchent une alerte à la famille, aux "
                    "aidants ou à la centrale de téléassistance.",
                    "Les intervenants à domicile disposent d'un tableau de bord simple pour toutes les "
                    "personnes qu'ils accompagnent, et concentrent les visites sur celles qui en ont le "
                    "plus besoin.",
                    "Des tendances comme des levers nocturnes plus fréquents ou une baisse d'activité "
                    "peuvent signaler un problème de santé avant une hospitalisation.",
                    "Dans un programme auprès de 3 000 personnes âgées vivant seules, les hospitalisations "
                    "en urgence ont baissé de 18 % et deux tiers des alertes ont donné lieu à une visite à "
                    "temps.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="telehealth-kiosks",
        sector="health",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} HealthPoint",
                    "Community telehealth kiosks for underserved districts",
                    "Telemedicine booths with connected diagnostic devices",
                    "{brand} Clinic Booth: see a doctor without crossing the city",
                ],
                summaries=[
                    "Telehealth kiosks in libraries, pharmacies and community centres with connected "
                    "diagnostic devices, so residents of underserved districts can consult a doctor by "
                    "video.",
                    "Brings primary care closer to residents who live far from a clinic: a private booth, a "
                    "video consultation and measurements taken on the spot.",
                ],
                fragments=[
                    "Each {brand} kiosk is a private, soundproof booth with a screen, a camera and "
                    "connected devices for blood pressure, temperature, oxygen saturation, weight and an "
                    "otoscope.",
                    "Residents book a video consultation or walk in, and a trained community health worker "
                    "helps those who are not used to technology.",
                    "Doctors see the measurements in real time during the teleconsultation, can issue "
                    "e-prescriptions and refer patients to a clinic when needed.",
                    "Kiosks are placed in libraries, pharmacies, community centres and social housing "
                    "estates, where residents are far from a general practitioner.",
                    "Consultations are recorded in the patient's electronic health record with their "
                    "consent, and the booth is disinfected automatically between patients.",
                    "In a pilot with 8 kiosks, 11,000 consultations took place in the first year, and 70% "
                    "of patients would otherwise have gone to an emergency department or skipped care.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 헬스포인트",
                    "의료 취약 지역을 위한 지역 원격진료 키오스크",
                    "진단 기기가 연결된 원격진료 부스",
                ],
                summaries=[
                    "도서관, 약국, 주민센터에 진단 기기가 연결된 원격진료 키오스크를 두어, 의료 취약 지역 "
                    "주민이 화상으로 의사와 상담할 수 있게 합니다.",
                    "병원이 먼 주민에게 가까운 곳에서 일차 의료를 제공합니다. 독립된 부스에서 화상 진료를 "
                    "받고 그 자리에서 측정도 합니다.",
                ],
                fragments=[
                    "{brand} 키오스크는 화면, 카메라, 그리고 혈압, 체온, 산소포화도, 체중, 이경 측정 기기가 "
                    "연결된 방음 부스입니다.",
                    "주민은 화상 진료를 예약하거나 바로 이용할 수 있고, 기술에 익숙하지 않은 분은 교육받은 "
                    "마을 건강 도우미가 도와드립니다.",
                    "의사는 원격 진료 중 측정값을 실시간으로 보고 전자 처방을 발행하며, 필요하면 병원으로 "
                    "연계합니다.",
                    "키오스크는 가까운 동네 의원이 없는 지역의 도서관, 약국, 주민센터, 임대주택 단지에 "
                    "설치됩니다.",
                    "진료 기록은 환자의 동의를 받아 전자 건강 기록에 남고, 부스는 환자가 바뀔 때마다 "
                    "자동으로 소독됩니다.",
                    "키오스크 8대로 진행한 시범 사업 첫해에 1만 1천 건의 진료가 이루어졌고, 환자의 70%는 "
                    "키오스크가 없었다면 응급실에 가거나 진료를 포기했을 것이라고 답했습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Punto de Salud",
                    "Cabinas de telemedicina para barrios con poca atención sanitaria",
                    "Cabinas de teleconsulta con dispositivos de diagnóstico conectados",
                ],
                summaries=[
                    "Cabinas de telemedicina en bibliotecas, farmacias y centros cívicos con dispositivos "
                    "de diagnóstico conectados, para que los vecinos de barrios con poca cobertura "
                    "sanitaria consulten a un médico por videollamada.",
                    "Acerca la atención primaria a quien vive lejos de un centro de salud: una cabina "
                    "privada, una videoconsulta y mediciones en el momento.",
                ],
                fragments=[
                    "Cada cabina {brand} es un espacio privado e insonorizado con pantalla, cámara y "
                    "dispositivos conectados para tensión arterial, temperatura, saturación de oxígeno, "
                    "peso y otoscopia.",
                    "El vecino reserva una videoconsulta o acude sin cita, y un agente de salud comunitaria "
                    "ayuda a quien no está acostumbrado a la tecnología.",
                    "El médico ve las mediciones en tiempo real durante la teleconsulta, puede emitir "
                    "recetas electrónicas y derivar al paciente a un centro cuando hace falta.",
                    "Las cabinas se instalan en bibliotecas, farmacias, centros cívicos y barrios de "
                    "vivienda social, donde el centro de salud queda lejos.",
                    "Las consultas se registran en la historia clínica electrónica con el consentimiento "
                    "del paciente, y la cabina se desinfecta automáticamente entre pacientes.",
                    "En un piloto con 8 cabinas se hicieron 11.000 consultas el primer año, y el 70 % de "
                    "los pacientes habría acudido a urgencias o renunciado a ser atendido.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Ponto de Saúde",
                    "Cabines de telemedicina para bairros com pouca cobertura de saúde",
                    "Cabines de teleconsulta com equipamentos de diagnóstico conectados",
                ],
                summaries=[
                    "Cabines de telemedicina em bibliotecas, farmácias e centros comunitários com "
                    "equipamentos de diagnóstico conectados, para que moradores de bairros com pouca "
                    "cobertura consultem um médico por vídeo.",
                    "Aproxima a atenção primária de quem mora longe da unidade de saúde: uma cabine "
                    "privativa, uma consulta por vídeo e medições na hora.",
                ],
                fragments=[
                    "Cada cabine {brand} é um espaço privativo e com isolamento acústico, com tela, câmera "
                    "e equipamentos conectados para pressão arterial, temperatura, saturação de oxigênio, "
                    "peso e otoscopia.",
                    "O morador agenda uma teleconsulta ou chega sem hora marcada, e um agente comunitário "
                    "de saúde ajuda quem não tem familiaridade com tecnologia.",
                    "O médico vê as medições em tempo real durante a teleconsulta, pode emitir receita "
                    "digital e encaminhar o paciente para a unidade quando necessário.",
                    "As cabines ficam em bibliotecas, farmácias, centros comunitários e conjuntos "
                    "habitacionais, onde a unidade básica de saúde fica longe.",
                    "As consultas são registradas no prontuário eletrônico com o consentimento do paciente, "
                    "e a cabine é higienizada automaticamente entre um atendimento e outro.",
                    "Num piloto com 8 cabines, foram 11 mil consultas no primeiro ano, e 70% dos pacientes "
                    "teriam ido a um pronto-socorro ou deixado de se tratar.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Point Santé",
                    "Cabines de téléconsultation pour les quartiers sous-dotés",
                    "Cabines de télémédecine avec appareils de diagnostic connectés",
                ],
                summaries=[
                    "Des cabines de téléconsultation installées en médiathèques, pharmacies et maisons de "
                    "quartier, avec appareils de diagnostic connectés, pour que les habitants des quartiers "
                    "sous-dotés consultent un médecin en vidéo.",
                    "Rapproche les soins de premier recours des habitants éloignés d'un cabinet médical : "
                    "une cabine privée, une consultation vidéo et des mesures prises sur place.",
                ],
                fragments=[
                    "Chaque cabine {brand} est un espace fermé et insonorisé équipé d'un écran, d'une "
                    "caméra et d'appareils connectés pour la tension, la température, la saturation en "
                    "oxygène, le poids et l'otoscopie.",
                    "L'habitant réserve une téléconsultation ou vient sans rendez-vous, et un médiateur "
                    "santé accompagne les personnes peu à l'aise avec le numérique.",
                    "Le médecin voit les mesures en temps réel pendant la téléconsultation, peut établir "
                    "une ordonnance électronique et orienter le patient vers un cabinet si nécessaire.",
                    "Les cabines sont installées dans les médiathèques, les pharmacies, les maisons de "
                    "quartier et les quartiers d'habitat social, là où le médecin généraliste est loin.",
                    "Les consultations sont versées au dossier médical partagé avec l'accord du patient, et "
                    "la cabine est désinfectée automatiquement entre deux patients.",
                    "Lors d'une expérimentation avec 8 cabines, 11 000 consultations ont eu lieu la "
                    "première année, et 70 % des patients seraient sinon allés aux urgences ou auraient "
                    "renoncé aux soins.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="heatwave-vulnerability-alerts",
        sector="health",
        extra_sectors=["environment"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} HeatCare",
                    "Heatwave alerts and check-ins for vulnerable residents",
                    "Heat-health warning system with personal phone check-ins",
                    "{brand} Cool Check: protect older people during heatwaves",
                ],
                summaries=[
                    "A heat-health warning system that identifies vulnerable residents, sends heatwave "
                    "alerts and organises check-in calls and visits by care workers and volunteers.",
                    "Combines heat forecasts with a register of older and isolated residents to protect "
                    "them during heatwaves with alerts, calls and information on cooling centres.",
                ],
                fragments=[
                    "{brand} monitors heat forecasts and triggers the city's heatwave plan automatically "
                    "when temperature and humidity thresholds are forecast.",
                    "Older, isolated and chronically ill residents who signed up to the heat register "
                    "receive alerts by SMS, automated phone call or app in their own language.",
                    "Residents answer a simple check-in call by pressing a key; those who do not answer or "
                    "report feeling unwell are called by a nurse or visited by a volunteer.",
                    "A map of cooling centres, shaded routes and drinking fountains is published and sent "
                    "to residents, with opening hours during the heatwave.",
                    "Indoor temperature sensors can be lent to the most vulnerable households, alerting "
                    "carers when the home becomes dangerously hot.",
                    "During a two-week heatwave, the system completed 42,000 check-in calls and arranged "
                    "1,300 home visits, and heat-related emergency calls among registered residents fell by "
                    "a quarter.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 폭염 케어",
                    "취약계층을 위한 폭염 경보와 안부 확인",
                    "개인별 안부 전화가 결합된 폭염 건강 경보 시스템",
                ],
                summaries=[
                    "폭염 취약 주민을 파악해 폭염 경보를 보내고, 돌봄 인력과 자원봉사자의 안부 전화와 "
                    "방문을 조직하는 폭염 건강 경보 시스템입니다.",
                    "폭염 예보와 어르신·고립 가구 명부를 결합해, 경보와 안부 전화, 무더위쉼터 안내로 폭염 "
                    "기간 취약 주민을 보호합니다.",
                ],
                fragments=[
                    "{brand} 시스템은 폭염 예보를 모니터링하다가 기온과 습도가 기준을 넘을 것으로 예보되면 "
                    "지자체 폭염 대응 계획을 자동으로 가동합니다.",
                    "폭염 취약 명부에 등록한 어르신, 홀로 사는 주민, 만성질환자는 문자, 자동 음성 전화, "
                    "앱으로 각자의 언어로 경보를 받습니다.",
                    "주민은 안부 확인 전화에 버튼 하나로 응답하며, 응답이 없거나 몸이 좋지 않다고 답하면 "
                    "간호사가 전화하거나 자원봉사자가 방문합니다.",
                    "무더위쉼터, 그늘길, 음수대 지도와 폭염 기간 운영 시간이 공개되고 주민에게 발송됩니다.",
                    "가장 취약한 가구에는 실내 온도 센서를 대여해, 집 안이 위험할 정도로 더워지면 돌봄 "
                    "인력에게 알림이 갑니다.",
                    "2주간 이어진 폭염 동안 안부 전화 4만 2천 건과 방문 1,300건을 진행했으며, 등록 주민의 "
                    "온열질환 관련 119 신고가 4분의 1 줄었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Calor Seguro",
                    "Alertas por ola de calor y seguimiento de personas vulnerables",
                    "Sistema de alerta calor-salud con llamadas de seguimiento",
                ],
                summaries=[
                    "Un sistema de alerta calor-salud que identifica a los vecinos vulnerables, envía "
                    "avisos por ola de calor y organiza llamadas de seguimiento y visitas de profesionales "
                    "y voluntarios.",
                    "Combina las previsiones de calor con un registro de personas mayores y solas para "
                    "protegerlas durante las olas de calor con avisos, llamadas e información sobre "
                    "refugios climáticos.",
                ],
                fragments=[
                    "{brand} vigila las previsiones y activa automáticamente el plan municipal de ola de "
                    "calor cuando se prevé que se superen los umbrales de temperatura y humedad.",
                    "Las personas mayores, solas o con enfermedades crónicas inscritas en el registro "
                    "reciben avisos por SMS, llamada automática o app en su idioma.",
                    "El vecino responde a una llamada de seguimiento pulsando una tecla; a quien no "
                    "contesta o dice encontrarse mal le llama una enfermera o le visita un voluntario.",
                    "Se publica y se envía a los vecinos un mapa de refugios climáticos, recorridos a la "
                    "sombra y fuentes de agua potable, con los horarios durante la ola de calor.",
                    "A los hogares más vulnerables se les pueden prestar sensores de temperatura interior "
                    "que avisan a los cuidadores cuando la vivienda se calienta peligrosamente.",
                    "Durante una ola de calor de dos semanas, el sistema hizo 42.000 llamadas de "
                    "seguimiento y organizó 1.300 visitas, y las llamadas de emergencia por calor entre las "
                    "personas inscritas bajaron una cuarta parte.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Calor Seguro",
                    "Alertas de onda de calor e acompanhamento de pessoas vulneráveis",
                    "Sistema de alerta calor-saúde com ligações de acompanhamento",
                ],
                summaries=[
                    "Um sistema de alerta calor-saúde que identifica moradores vulneráveis, envia alertas "
                    "de onda de calor e organiza ligações de acompanhamento e visitas de agentes e "
                    "voluntários.",
                    "Combina a previsão de calor com um cadastro de idosos e pessoas isoladas para "
                    "protegê-los nas ondas de calor com alertas, ligações e informações sobre pontos de "
                    "resfriamento.",
                ],
                fragments=[
                    "A plataforma {brand} acompanha a previsão do tempo e aciona automaticamente o plano "
                    "municipal de onda de calor quando os limites de temperatura e umidade são previstos.",
                    "Idosos, pessoas que moram sozinhas e doentes crônicos inscritos no cadastro recebem "
                    "alertas por SMS, ligação automática ou aplicativo, no seu idioma.",
                    "O morador responde à ligação de acompanhamento apertando uma tecla; quem não atende ou "
                    "diz não estar bem recebe a ligação de uma enfermeira ou a visita de um voluntário.",
                    "Um mapa de pontos de resfriamento, rotas com sombra e bebedouros é publicado e enviado "
                    "aos moradores, com os horários durante a onda de calor.",
                    "Sensores de temperatura interna podem ser emprestados aos domicílios mais vulneráveis, "
                    "avisando os cuidadores quando a casa fica perigosamente quente.",
                    "Durante uma onda de calor de duas semanas, o sistema fez 42 mil ligações de "
                    "acompanhamento e organizou 1.300 visitas, e as chamadas de emergência por calor entre "
                    "os inscritos caíram um quarto.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Canicule",
                    "Alertes canicule et appels de suivi des personnes vulnérables",
                    "Système d'alerte chaleur-santé avec appels de veille",
                ],
                summaries=[
                    "Un système d'alerte chaleur-santé qui repère les habitants vulnérables, diffuse les "
                    "alertes canicule et organise les appels de veille et les visites des équipes et des "
                    "bénévoles.",
                    "Croise les prévisions de chaleur avec le registre des personnes âgées et isolées pour "
                    "les protéger pendant les canicules : alertes, appels et informations sur les lieux "
                    "rafraîchis.",
                ],
                fragments=[
                    "{brand} suit les prévisions et déclenche automatiquement le plan canicule de la ville "
                    "lorsque les seuils de température et d'humidité sont prévus.",
                    "Les personnes âgées, isolées ou malades chroniques inscrites au registre canicule "
                    "reçoivent des alertes par SMS, appel automatique ou application, dans leur langue.",
                    "L'habitant répond à l'appel de veille en appuyant sur une touche ; les personnes qui "
                    "ne répondent pas ou disent se sentir mal sont rappelées par une infirmière ou "
                    "reçoivent la visite d'un bénévole.",
                    "Une carte des salles rafraîchies, des parcours ombragés et des fontaines est publiée "
                    "et envoyée aux habitants, avec les horaires pendant l'épisode de canicule.",
                    "Des capteurs de température intérieure peuvent être prêtés aux foyers les plus "
                    "fragiles et alertent les aidants lorsque le logement devient dangereusement chaud.",
                    "Pendant une canicule de deux semaines, le système a passé 42 000 appels de veille et "
                    "organisé 1 300 visites, et les appels d'urgence liés à la chaleur parmi les inscrits "
                    "ont baissé d'un quart.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="mental-health-peer-support-app",
        sector="health",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} MindCircle",
                    "Mental health peer support app for young people",
                    "Anonymous peer support and counselling for youth mental health",
                    "{brand} Talk: early mental health support before the waiting list",
                ],
                summaries=[
                    "A moderated mental health app where young people get anonymous peer support, self-help "
                    "tools and quick access to a counsellor while they wait for specialist care.",
                    "Connects young residents with trained peer supporters and professional counsellors, "
                    "reducing loneliness and pressure on mental health waiting lists.",
                ],
                fragments=[
                    "Young people join anonymous peer support groups on topics such as exam stress, "
                    "loneliness, anxiety and bullying, moderated by trained peer supporters.",
                    "{brand} offers evidence-based self-help exercises and a mood diary, and suggests a "
                    "chat with a professional counsellor when answers show signs of distress.",
                    "A risk-detection model flags messages that may indicate self-harm, and a clinician "
                    "responds within minutes following an agreed safety protocol.",
                    "Schools, youth centres and doctors can refer young people directly, and the city's "
                    "mental health services receive anonymised trends by district.",
                    "The app is co-designed with young people, works in several languages and stores data "
                    "securely in line with health data regulations.",
                    "In a city-wide pilot, 6,500 young people used the app in its first year, and 40% said "
                    "they would not have sought help elsewhere.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="social-prescribing-platform",
        sector="health",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} LinkWorker",
                    "Social prescribing platform linking patients to community activities",
                    "Fight loneliness by connecting people with local groups",
                    "{brand} Connect: from the doctor's office to the community centre",
                ],
                summaries=[
                    "A social prescribing platform that lets doctors and social workers refer lonely or "
                    "isolated residents to link workers and local community activities, and tracks the "
                    "results.",
                    "Connects primary care with walking groups, lunch clubs, volunteering and arts classes, "
                    "to reduce loneliness and repeat visits to the doctor.",
                ],
                fragments=[
                    "General practitioners, nurses and social workers refer a patient in two clicks, and a "
                    "link worker contacts them to understand what matters to them.",
                    "{brand} keeps an up-to-date directory of local community activities (walking groups, "
                    "lunch clubs, choirs, volunteering, gardening and arts classes) with opening times and "
                    "accessibility.",
                    "Link workers record goals and follow-up conversations, and community groups can "
                    "confirm attendance so that nobody drops out unnoticed.",
                    "Wellbeing and loneliness are measured with short validated questionnaires at referral "
                    "and after three months.",
                    "The city and the health authority see anonymised data on referrals, waiting times and "
                    "outcomes, and where community activities are missing.",
                    "In one district, patients referred through the platform visited their doctor 28% less "
                    "often in the following six months, and most reported feeling less lonely.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="medicine-adherence-smart-dispenser",
        sector="health",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} PillMate",
                    "Smart medication dispenser with reminders and carer alerts",
                    "Connected pill dispenser for older people living at home",
                    "{brand} Dose: the right medicine at the right time",
                ],
                summaries=[
                    "A connected medication dispenser for older people living at home: it releases the "
                    "right pills at the right time, reminds them with light and sound and alerts carers if "
                    "a dose is missed.",
                    "Helps older people and people with chronic conditions take their medicines correctly "
                    "at home, reducing hospital admissions and home-care visits for medication.",
                ],
                fragments=[
                    "Pharmacies fill the {brand} dispenser with pre-packed doses for up to four weeks, and "
                    "the device releases each dose only at the scheduled time.",
                    "Light, sound and a spoken reminder prompt the person to take their medicine, and a "
                    "missed dose triggers an alert to a family member or care worker.",
                    "Home-care services can replace some medication visits with remote monitoring and spend "
                    "the time saved on personal care.",
                    "Adherence data is shared with the doctor and pharmacist, helping them adjust treatment "
                    "and spot side effects early.",
                    "The dispenser works over mobile networks without Wi-Fi and has a battery backup for "
                    "power cuts.",
                    "In a home-care programme with 1,200 older people, medication adherence rose from 68% "
                    "to 96% and medication-related hospital admissions fell by a third.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="homeless-services-coordination",
        sector="health",
        extra_sectors=["e-government"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Shelter Link",
                    "Shared case management for homeless services",
                    "Real-time shelter bed availability and outreach coordination",
                    "{brand} Pathways: coordinating support for people experiencing homelessness",
                ],
                summaries=[
                    "A shared case-management platform for city social services, shelters, outreach teams "
                    "and charities supporting people experiencing homelessness, with real-time shelter bed "
                    "availability.",
                    "Helps agencies work together on each person's housing pathway, instead of repeating "
                    "assessments and losing track of people between services.",
                ],
                fragments=[
                    "Outreach workers record contacts with rough sleepers in a mobile app, including "
                    "location, needs and consent to share information.",
                    "Shelters update their available beds in real time, so outreach teams and the night "
                    "hotline can place people immediately.",
                    "{brand} gives each person one shared case record across the city, shelters, health "
                    "services and charities, with access rights agreed under a data-sharing agreement.",
                    "A coordinated-entry module prioritises people for supportive housing by vulnerability "
                    "and time spent homeless.",
                    "Managers see the number of people sleeping rough, shelter occupancy and moves into "
                    "housing each month, supporting funding decisions.",
                    "In a city of 600,000, the average time from first contact to a housing placement fell "
                    "from 210 to 120 days after agencies started using the platform.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="vaccination-outreach-scheduling",
        sector="health",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} VaxReach",
                    "Vaccination appointment booking and outreach",
                    "Targeted immunisation reminders and mobile clinic scheduling",
                    "{brand} Immunise: raise vaccination rates in every neighbourhood",
                ],
                summaries=[
                    "A vaccination platform that books appointments, sends reminders in several languages "
                    "and schedules mobile clinics in neighbourhoods with low immunisation rates.",
                    "Helps public health teams raise childhood and seasonal vaccination rates with online "
                    "booking, reminders and data on coverage by neighbourhood.",
                ],
                fragments=[
                    "Residents book vaccination appointments online, by phone or at a pharmacy, and receive "
                    "reminders by SMS in their own language.",
                    "{brand} links to the immunisation register to remind parents when a child's "
                    "vaccination is due and to record doses given at any site.",
                    "Coverage maps by neighbourhood show where immunisation rates are low, so that mobile "
                    "clinics and community health workers can be sent there.",
                    "Mobile clinic schedules are published on the map and shared with schools, places of "
                    "worship and community groups.",
                    "The system supports seasonal campaigns for influenza and COVID-19, with capacity "
                    "planning for every vaccination site.",
                    "In neighbourhoods targeted with mobile clinics and reminders, childhood vaccination "
                    "coverage rose from 81% to 92% within 18 months.",
                ],
            ),
        },
    ),
]

_HEALTH_CHALLENGES = [
    ChallengeArchetype(
        key="care-for-seniors-living-alone",
        sector="health",
        extra_sectors=["data-digital"],
        answered_by=["elderly-remote-care-sensors", "medicine-adherence-smart-dispenser"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Support older people living alone",
                    "Help seniors live independently at home",
                    "Remote care for isolated older residents",
                ],
                fragments=[
                    "More than 40,000 older people in {city} live alone at home, and our care workers can "
                    "visit each of them only once or twice a week, often missing falls and forgotten "
                    "medicines.",
                    "Falls, forgotten medication and health problems are often discovered too late, "
                    "sometimes days later, and loneliness is widespread.",
                    "We are looking for non-intrusive remote care, such as ambient sensors that learn daily "
                    "routines and alert care workers when something is wrong, without cameras.",
                    "We are also interested in smart medication dispensers that remind people to take their "
                    "medicines and alert carers when a dose is missed.",
                    "The solution must be simple for older people, work without Wi-Fi, and send alerts to "
                    "our care centre and to families.",
                    "We would start with 500 households and measure emergency hospital admissions, care "
                    "worker time and residents' wellbeing.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "홀로 사는 어르신 돌봄",
                    "어르신이 집에서 자립적으로 생활하도록 돕기",
                    "고립된 어르신을 위한 원격 돌봄",
                ],
                fragments=[
                    "{city}에는 4만 명이 넘는 어르신이 홀로 살고 있지만, 생활지원사는 한 분을 일주일에 한두 "
                    "번밖에 방문하지 못해 낙상이나 복약 누락을 놓치곤 합니다.",
                    "낙상, 약 복용 누락, 건강 이상이 며칠이 지나서야 발견되는 경우가 있고, 외로움을 "
                    "호소하는 어르신도 많습니다.",
                    "카메라 없이 일상 패턴을 학습하고 이상이 생기면 돌봄 인력에게 알리는 생활 감지 센서 "
                    "같은 비접촉 원격 돌봄 솔루션을 찾고 있습니다.",
                    "복약 시간을 알려 주고 약을 거르면 보호자에게 알리는 스마트 약 분배기에도 관심이 "
                    "있습니다.",
                    "어르신이 쉽게 쓸 수 있어야 하고, 와이파이 없이도 작동해야 하며, 관제 센터와 가족에게 "
                    "알림을 보낼 수 있어야 합니다.",
                    "500가구로 시작해 응급 입원, 돌봄 인력의 업무 시간, 어르신의 삶의 질 변화를 측정할 "
                    "계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Acompañar a las personas mayores que viven solas",
                    "Ayudar a los mayores a vivir de forma autónoma en casa",
                    "Teleasistencia para mayores aislados",
                ],
                fragments=[
                    "En {city} más de 40.000 personas mayores viven solas, y nuestros profesionales solo "
                    "pueden visitarlas una o dos veces por semana, por lo que a menudo pasan desapercibidas "
                    "las caídas y las tomas de medicación olvidadas.",
                    "Las caídas, los medicamentos olvidados y los problemas de salud se descubren demasiado "
                    "tarde, a veces días después, y la soledad está muy extendida.",
                    "Buscamos teleasistencia no intrusiva, como sensores domésticos que aprendan la rutina "
                    "diaria y avisen a los profesionales cuando algo va mal, sin cámaras.",
                    "También nos interesan los dispensadores inteligentes de medicación que recuerden tomar "
                    "los medicamentos y avisen a los cuidadores si se salta una dosis.",
                    "La solución debe ser sencilla para las personas mayores, funcionar sin wifi y enviar "
                    "avisos a nuestro centro de teleasistencia y a las familias.",
                    "Empezaríamos con 500 hogares y mediríamos los ingresos hospitalarios urgentes, el "
                    "tiempo de los profesionales y el bienestar de las personas usuarias.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Cuidar dos idosos que moram sozinhos",
                    "Ajudar os idosos a viver com autonomia em casa",
                    "Cuidado remoto para idosos isolados",
                ],
                fragments=[
                    "Em {city}, mais de 40 mil idosos moram sozinhos, e a nossa equipe de cuidado só "
                    "consegue visitá-los uma ou duas vezes por semana, deixando passar quedas e remédios "
                    "esquecidos.",
                    "Quedas, remédios esquecidos e problemas de saúde são descobertos tarde demais, às "
                    "vezes dias depois, e a solidão é muito comum.",
                    "Procuramos cuidado remoto não invasivo, como sensores domésticos que aprendam a rotina "
                    "diária e avisem a equipe quando algo estiver errado, sem câmeras.",
                    "Também temos interesse em dispensadores inteligentes de medicamentos que lembrem a "
                    "hora do remédio e avisem o cuidador quando uma dose for esquecida.",
                    "A solução precisa ser simples para os idosos, funcionar sem wi-fi e enviar alertas "
                    "para a nossa central e para as famílias.",
                    "Começaríamos com 500 domicílios e mediríamos internações de urgência, tempo da equipe "
                    "de cuidado e bem-estar dos idosos.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Accompagner les personnes âgées qui vivent seules",
                    "Aider les aînés à rester autonomes à domicile",
                    "Téléassistance pour les personnes âgées isolées",
                ],
                fragments=[
                    "À {city}, plus de 40 000 personnes âgées vivent seules, et nos intervenants ne peuvent "
                    "passer qu'une ou deux fois par semaine, si bien que les chutes et les oublis de "
                    "médicaments passent souvent inaperçus.",
                    "Les chutes, les oublis de médicaments et les problèmes de santé sont découverts trop "
                    "tard, parfois plusieurs jours après, et l'isolement est très répandu.",
                    "Nous cherchons une téléassistance non intrusive, par exemple des capteurs domestiques "
                    "qui apprennent les habitudes et alertent les intervenants en cas d'anomalie, sans "
                    "caméra.",
                    "Nous nous intéressons aussi aux piluliers connectés qui rappellent la prise des "
                    "médicaments et préviennent les aidants en cas d'oubli.",
                    "La solution doit être simple pour les personnes âgées, fonctionner sans wifi et "
                    "envoyer les alertes à notre centrale et aux familles.",
                    "Nous commencerions avec 500 foyers et mesurerions les hospitalisations en urgence, le "
                    "temps des intervenants et le bien-être des personnes.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="bring-primary-care-to-underserved-districts",
        sector="health",
        extra_sectors=[],
        answered_by=["telehealth-kiosks"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Bring primary care to underserved districts",
                    "Access to a doctor in neighbourhoods without a clinic",
                    "Telehealth close to home",
                ],
                fragments=[
                    "Several underserved districts of {city} have no clinic or general practitioner within "
                    "walking distance, so residents wait weeks to see a doctor for primary care or go "
                    "straight to the hospital emergency department.",
                    "Many of these residents are older, have low incomes or do not own a car, and some are "
                    "not comfortable with video calls at home.",
                    "We want to test telehealth points in libraries, pharmacies or community centres, where "
                    "residents can consult a doctor by video with basic diagnostic measurements taken on "
                    "the spot.",
                    "Trained staff should help residents who are not used to technology, and consultations "
                    "must be recorded securely in the patient's health record.",
                    "The service should work with local clinics and allow referrals and e-prescriptions.",
                    "Success means fewer non-urgent visits to the emergency department and shorter waits "
                    "for primary care in the pilot districts.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "의료 취약 지역에 일차 의료 제공",
                    "동네 의원이 없는 지역의 진료 접근성",
                    "집 가까이에서 받는 원격 진료",
                ],
                fragments=[
                    "{city}의 여러 지역에는 걸어서 갈 수 있는 동네 의원이 없어, 주민들은 몇 주씩 진료를 "
                    "기다리거나 곧장 병원 응급실로 갑니다.",
                    "이 지역 주민 상당수가 고령이거나 저소득층이고 자가용이 없으며, 집에서 화상 통화를 하는 "
                    "데 익숙하지 않은 분도 있습니다.",
                    "도서관, 약국, 주민센터에 원격 진료 공간을 두어, 주민이 그 자리에서 기본 측정을 하고 "
                    "화상으로 의사와 상담할 수 있는 방안을 시범 운영하고자 합니다.",
                    "기술에 익숙하지 않은 주민을 도와줄 인력이 있어야 하고, 진료 기록은 환자의 건강 기록에 "
                    "안전하게 남아야 합니다.",
                    "지역 의원과 연계해 의뢰와 전자 처방이 가능해야 합니다.",
                    "시범 지역에서 비응급 응급실 방문을 줄이고 일차 의료 대기 시간을 단축하는 것이 "
                    "목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Llevar la atención primaria a los barrios desatendidos",
                    "Acceso a un médico en barrios sin centro de salud",
                    "Telemedicina cerca de casa",
                ],
                fragments=[
                    "Varios barrios de {city} no tienen un centro de salud a distancia a pie, y los vecinos "
                    "esperan semanas para una cita o acuden directamente a urgencias del hospital.",
                    "Muchos de estos vecinos son mayores, tienen ingresos bajos o no tienen coche, y "
                    "algunos no se sienten cómodos con las videollamadas en casa.",
                    "Queremos probar puntos de telemedicina en bibliotecas, farmacias o centros cívicos, "
                    "donde los vecinos puedan consultar a un médico por vídeo con mediciones básicas en el "
                    "momento.",
                    "Personal formado debe ayudar a quien no está acostumbrado a la tecnología, y las "
                    "consultas deben quedar registradas de forma segura en la historia clínica.",
                    "El servicio debe coordinarse con los centros de salud del barrio y permitir "
                    "derivaciones y recetas electrónicas.",
                    "Consideraremos un éxito que bajen las visitas no urgentes a urgencias y las esperas "
                    "para atención primaria en los barrios piloto.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Levar a atenção primária aos bairros desassistidos",
                    "Acesso a médico em bairros sem unidade de saúde",
                    "Telessaúde perto de casa",
                ],
                fragments=[
                    "Vários bairros de {city} não têm unidade básica de saúde a uma distância que se possa "
                    "percorrer a pé, e os moradores esperam semanas por consulta ou vão direto ao "
                    "pronto-socorro.",
                    "Muitos desses moradores são idosos, têm baixa renda ou não têm carro, e alguns não se "
                    "sentem à vontade com videochamadas em casa.",
                    "Queremos testar pontos de telessaúde em bibliotecas, farmácias ou centros "
                    "comunitários, onde o morador possa consultar um médico por vídeo com medições básicas "
                    "feitas na hora.",
                    "Profissionais treinados devem ajudar quem não tem familiaridade com tecnologia, e as "
                    "consultas precisam ser registradas com segurança no prontuário.",
                    "O serviço deve funcionar junto com as unidades de saúde do bairro e permitir "
                    "encaminhamentos e receita digital.",
                    "O sucesso será reduzir as idas não urgentes ao pronto-socorro e a espera por atenção "
                    "primária nos bairros do piloto.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Ramener les soins de proximité dans les quartiers sous-dotés",
                    "Accéder à un médecin dans les quartiers sans cabinet",
                    "La téléconsultation près de chez soi",
                ],
                fragments=[
                    "À {city}, plusieurs quartiers n'ont plus de médecin généraliste accessible à pied : "
                    "les habitants attendent des semaines un rendez-vous ou vont directement aux urgences "
                    "de l'hôpital.",
                    "Beaucoup de ces habitants sont âgés, ont de faibles revenus ou n'ont pas de voiture, "
                    "et certains ne sont pas à l'aise avec la vidéo à domicile.",
                    "Nous voulons expérimenter des points de téléconsultation en médiathèque, en pharmacie "
                    "ou en maison de quartier, où l'on peut consulter un médecin en vidéo avec des mesures "
                    "de base prises sur place.",
                    "Un personnel formé doit accompagner les personnes peu à l'aise avec le numérique, et "
                    "les consultations doivent être enregistrées de façon sécurisée dans le dossier "
                    "médical.",
                    "Le service doit fonctionner avec les cabinets et centres de santé du quartier et "
                    "permettre les orientations et les ordonnances électroniques.",
                    "Nous visons moins de passages non urgents aux urgences et des délais plus courts pour "
                    "voir un médecin dans les quartiers pilotes.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="protect-vulnerable-residents-during-heatwaves",
        sector="health",
        extra_sectors=["environment"],
        answered_by=["heatwave-vulnerability-alerts"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Protect vulnerable residents during heatwaves",
                    "Heatwave check-ins for older people",
                    "Heat-health warnings that reach people at risk",
                ],
                fragments=[
                    "Heatwaves in {city} are becoming longer and more intense, and during the last heatwave "
                    "excess deaths among older, isolated and vulnerable residents rose sharply.",
                    "Our heat register has 9,000 older residents, but staff still call them one by one from "
                    "paper lists when a heatwave is announced.",
                    "We want a heat-health warning system that triggers our heatwave plan from forecasts, "
                    "alerts registered residents in their own language and organises check-in calls and "
                    "home visits.",
                    "Residents who do not answer should be followed up quickly by nurses or volunteers, and "
                    "everyone should know where the nearest cooling centre is.",
                    "Indoor temperature sensors for the most vulnerable homes would help us act before "
                    "people fall ill.",
                    "We will measure the number of residents reached, response times and heat-related "
                    "emergency calls.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="tackle-loneliness",
        sector="health",
        extra_sectors=[],
        answered_by=["social-prescribing-platform", "mental-health-peer-support-app"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Tackle loneliness and isolation",
                    "Connect isolated residents with their community",
                    "Early support for loneliness and mental health",
                ],
                fragments=[
                    "A city survey found that one adult in five in {city} often feels lonely or isolated, "
                    "including many young people and older residents, and loneliness leads to repeat visits "
                    "to the doctor and poor mental health.",
                    "Doctors tell us that many patients come to them with problems that are really about "
                    "isolation, while local community groups struggle to reach the people who need them.",
                    "We want a social prescribing service that lets doctors and social workers refer lonely "
                    "residents to link workers and local community activities, and tracks the outcomes.",
                    "For young people, we are also interested in moderated peer support and quick access to "
                    "a counsellor while they wait for specialist mental health care.",
                    "Data must be handled with care and shared only with consent, and the service must work "
                    "with our existing community centres and charities.",
                    "We would start in two districts and measure loneliness, wellbeing and repeat visits to "
                    "the doctor.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="coordinate-homeless-services",
        sector="health",
        extra_sectors=["e-government"],
        answered_by=["homeless-services-coordination"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Coordinate services for people experiencing homelessness",
                    "Find a shelter bed tonight",
                    "One shared record across homeless services",
                ],
                fragments=[
                    "About 2,500 people are homeless in {city} on any given night, and they are supported "
                    "by city social services, a dozen shelters, outreach teams and many charities.",
                    "Each organisation keeps its own records, so people repeat their story many times and "
                    "are easily lost between services.",
                    "Outreach teams cannot see which shelters have free beds at night, and placing someone "
                    "can take hours of phone calls.",
                    "We want shared case management across agencies, with real-time shelter bed "
                    "availability and a clear housing pathway for each person, under a proper data-sharing "
                    "agreement.",
                    "The city needs reliable monthly figures on rough sleeping, shelter occupancy and moves "
                    "into housing.",
                    "Success means shorter times from first contact to stable housing.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="raise-vaccination-rates",
        sector="health",
        extra_sectors=[],
        answered_by=["vaccination-outreach-scheduling"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Raise vaccination rates in every neighbourhood",
                    "Reach families who miss childhood vaccinations",
                    "Smarter seasonal vaccination campaigns",
                ],
                fragments=[
                    "Childhood vaccination coverage in some neighbourhoods of {city} has fallen below 85%, "
                    "and measles cases have reappeared.",
                    "Parents say they forget appointments or cannot book them easily, and reminders are "
                    "only sent by letter in one language.",
                    "We want online and phone booking for vaccination appointments, reminders by SMS in "
                    "several languages and a link to the immunisation register.",
                    "Coverage data by neighbourhood should help us send mobile clinics and community health "
                    "workers where vaccination rates are lowest.",
                    "The same system should support our seasonal influenza campaign and show capacity at "
                    "every vaccination site.",
                    "Our goal is 95% coverage for childhood vaccinations in every neighbourhood within "
                    "three years.",
                ],
            ),
        },
    ),
]


# --- Education -------------------------------------------------------------------------------------------

_EDUCATION_SOLUTIONS = [
    SolutionArchetype(
        key="adaptive-learning-platform",
        sector="education",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} LearnPath",
                    "Adaptive learning platform for maths and reading",
                    "AI tutoring that adapts to each pupil's level",
                    "{brand} Tutor: close learning gaps in public schools",
                ],
                summaries=[
                    "An adaptive learning platform for maths and reading that diagnoses each pupil's "
                    "learning gaps and gives personalised exercises, while teachers see who needs help.",
                    "AI-powered practice for primary and lower-secondary pupils that adapts to each child's "
                    "level and helps teachers close learning gaps.",
                ],
                fragments=[
                    "A short diagnostic test places each pupil on a map of maths and reading skills, and "
                    "{brand} then selects exercises at the right level of difficulty.",
                    "Teachers see a class dashboard showing which pupils are stuck on which skills, so they "
                    "can form small groups and plan targeted support.",
                    "Content follows the national curriculum and is available in several languages, which "
                    "helps pupils who are still learning the language of instruction.",
                    "The platform works on low-cost tablets and Chromebooks and offers an offline mode for "
                    "homes without reliable internet.",
                    "Parents receive a simple weekly summary of their child's progress and can see which "
                    "skills to practise at home.",
                    "In 40 public schools, pupils who used the platform three times a week gained the "
                    "equivalent of four extra months of learning in maths over one school year.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 런패스",
                    "수학·국어 맞춤형 학습 플랫폼",
                    "학생 수준에 맞춰 주는 AI 튜터링",
                ],
                summaries=[
                    "학생별 학습 결손을 진단하고 맞춤형 문제를 제공하는 수학·국어 적응형 학습 플랫폼으로, "
                    "교사는 누구에게 도움이 필요한지 한눈에 봅니다.",
                    "초등·중학생의 수준에 맞춰 AI가 학습을 조정해 주고, 교사가 학습 결손을 메울 수 있도록 "
                    "돕습니다.",
                ],
                fragments=[
                    "짧은 진단 평가로 학생마다 수학·국어 성취 지도를 만든 뒤, {brand} 플랫폼이 알맞은 "
                    "난이도의 문제를 골라 줍니다.",
                    "교사는 학급 대시보드에서 어떤 학생이 어떤 성취 기준에서 막혀 있는지 보고, 소그룹 "
                    "지도와 맞춤형 보충 학습을 계획할 수 있습니다.",
                    "콘텐츠는 국가 교육과정을 따르며 여러 언어로 제공되어, 아직 한국어가 서툰 다문화 "
                    "학생에게도 도움이 됩니다.",
                    "저가형 태블릿과 크롬북에서 작동하며, 인터넷이 불안정한 가정을 위해 오프라인 모드도 "
                    "지원합니다.",
                    "학부모는 자녀의 학습 상황을 매주 간단히 요약해 받고, 집에서 연습할 내용을 확인할 수 "
                    "있습니다.",
                    "공립학교 40곳에서 주 3회 플랫폼을 활용한 학생들은 한 학년 동안 수학에서 4개월분의 학습 "
                    "효과를 더 얻었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Aprende",
                    "Plataforma de aprendizaje adaptativo de matemáticas y lectura",
                    "Tutoría con IA que se adapta al nivel de cada alumno",
                ],
                summaries=[
                    "Una plataforma de aprendizaje adaptativo de matemáticas y lectura que diagnostica las "
                    "lagunas de cada alumno y le propone ejercicios personalizados, mientras el docente ve "
                    "quién necesita ayuda.",
                    "Práctica con IA para alumnado de primaria y primeros cursos de secundaria que se "
                    "adapta al nivel de cada niño y ayuda al profesorado a cerrar las brechas de "
                    "aprendizaje.",
                ],
                fragments=[
                    "Una breve prueba diagnóstica sitúa a cada alumno en un mapa de competencias de "
                    "matemáticas y lectura, y {brand} selecciona después ejercicios del nivel adecuado.",
                    "El docente ve un panel de la clase que muestra qué alumnos se atascan en qué "
                    "competencias, para formar pequeños grupos y planificar refuerzos.",
                    "Los contenidos siguen el currículo oficial y están disponibles en varios idiomas, lo "
                    "que ayuda al alumnado que aún aprende la lengua de enseñanza.",
                    "La plataforma funciona en tabletas y Chromebooks de bajo coste y tiene un modo sin "
                    "conexión para hogares sin internet fiable.",
                    "Las familias reciben cada semana un resumen sencillo del progreso de su hijo y ven qué "
                    "competencias practicar en casa.",
                    "En 40 colegios públicos, el alumnado que usó la plataforma tres veces por semana ganó "
                    "el equivalente a cuatro meses más de aprendizaje en matemáticas en un curso.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Trilha",
                    "Plataforma de aprendizagem adaptativa de matemática e leitura",
                    "Tutoria com IA que se adapta ao nível de cada aluno",
                ],
                summaries=[
                    "Uma plataforma de aprendizagem adaptativa de matemática e leitura que diagnostica as "
                    "defasagens de cada aluno e propõe exercícios personalizados, enquanto o professor vê "
                    "quem precisa de ajuda.",
                    "Prática com IA para alunos do ensino fundamental que se adapta ao nível de cada "
                    "criança e ajuda os professores a recompor as aprendizagens.",
                ],
                fragments=[
                    "Uma avaliação diagnóstica curta posiciona cada aluno num mapa de habilidades de "
                    "matemática e leitura, e a plataforma {brand} escolhe exercícios no nível certo.",
                    "O professor vê um painel da turma que mostra quais alunos estão travados em quais "
                    "habilidades, e pode formar pequenos grupos e planejar o reforço.",
                    "O conteúdo segue a Base Nacional Comum Curricular e está disponível em vários idiomas, "
                    "o que ajuda alunos que ainda estão aprendendo português.",
                    "A plataforma funciona em tablets e Chromebooks de baixo custo e tem modo offline para "
                    "casas sem internet estável.",
                    "As famílias recebem um resumo semanal simples do progresso do filho e veem quais "
                    "habilidades praticar em casa.",
                    "Em 40 escolas públicas, os alunos que usaram a plataforma três vezes por semana "
                    "ganharam o equivalente a quatro meses a mais de aprendizagem em matemática em um ano "
                    "letivo.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Parcours",
                    "Plateforme d'apprentissage adaptatif en mathématiques et en lecture",
                    "Un tutorat par IA qui s'adapte au niveau de chaque élève",
                ],
                summaries=[
                    "Une plateforme d'apprentissage adaptatif en mathématiques et en lecture qui repère les "
                    "lacunes de chaque élève et propose des exercices personnalisés, tandis que "
                    "l'enseignant voit qui a besoin d'aide.",
                    "Des exercices pilotés par IA pour les élèves du primaire et du collège, adaptés au "
                    "niveau de chaque enfant, pour aider les enseignants à combler les retards "
                    "d'apprentissage.",
                ],
                fragments=[
                    "Un court test de positionnement situe chaque élève sur une carte des compétences en "
                    "mathématiques et en lecture, puis {brand} choisit des exercices au bon niveau de "
                    "difficulté.",
                    "L'enseignant dispose d'un tableau de bord de la classe qui montre quels élèves "
                    "bloquent sur quelles compétences, pour organiser des petits groupes et du soutien "
                    "ciblé.",
                    "Les contenus suivent les programmes officiels et existent en plusieurs langues, ce qui "
                    "aide les élèves allophones qui apprennent encore le français.",
                    "La plateforme fonctionne sur des tablettes et Chromebooks d'entrée de gamme et propose "
                    "un mode hors ligne pour les foyers sans connexion fiable.",
                    "Les parents reçoivent chaque semaine un résumé simple des progrès de leur enfant et "
                    "voient quelles compétences travailler à la maison.",
                    "Dans 40 écoles publiques, les élèves qui ont utilisé la plateforme trois fois par "
                    "semaine ont gagné l'équivalent de quatre mois d'apprentissage supplémentaires en "
                    "mathématiques sur une année scolaire.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="classroom-air-quality-monitors",
        sector="education",
        extra_sectors=["health", "environment"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} ClassAir",
                    "CO2 and air quality monitors for classrooms",
                    "Healthy classroom air with CO2 sensors and ventilation alerts",
                    "{brand} Breathe: better ventilation in every classroom",
                ],
                summaries=[
                    "CO2, temperature, humidity and particle sensors in classrooms tell teachers when to "
                    "open the windows and give schools data to fix mechanical ventilation.",
                    "Air quality monitoring for classrooms that improves ventilation, concentration and "
                    "health, with a traffic-light display for teachers and a dashboard for facility "
                    "managers.",
                ],
                fragments=[
                    "A small monitor in each classroom measures CO2, temperature, humidity and fine "
                    "particles, and a traffic-light display tells teachers when to ventilate.",
                    "{brand} sends data over Wi-Fi or LoRaWAN to a dashboard where facility managers see "
                    "every classroom that regularly exceeds 1,000 ppm of CO2.",
                    "Ventilation reports help the city prioritise investment in mechanical ventilation and "
                    "air purifiers for the worst classrooms.",
                    "The system can be connected to ventilation units and window actuators, balancing fresh "
                    "air with heating energy use in winter.",
                    "Teaching materials turn the sensors into science lessons, so pupils learn why fresh "
                    "air matters and how to read the data.",
                    "Across 120 schools, the share of lesson time with CO2 above 1,500 ppm fell from 38% to "
                    "9% within one term.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 클래스에어",
                    "교실용 이산화탄소·공기질 측정기",
                    "CO2 센서와 환기 알림으로 지키는 교실 공기",
                ],
                summaries=[
                    "교실마다 이산화탄소, 온도, 습도, 미세먼지 센서를 달아 교사에게 환기할 때를 알려 주고, "
                    "학교에는 환기 설비 개선을 위한 데이터를 제공합니다.",
                    "교사용 신호등 표시기와 시설 담당자용 대시보드로 교실 환기와 집중력, 건강을 개선하는 "
                    "교실 공기질 모니터링입니다.",
                ],
                fragments=[
                    "교실마다 설치하는 소형 측정기가 이산화탄소, 온도, 습도, 미세먼지를 측정하고, 신호등 "
                    "표시로 교사에게 환기할 때를 알려 줍니다.",
                    "{brand} 측정기는 와이파이나 LoRaWAN으로 데이터를 보내며, 시설 담당자는 대시보드에서 "
                    "이산화탄소가 자주 1,000ppm을 넘는 교실을 확인할 수 있습니다.",
                    "환기 보고서를 바탕으로 교육청과 지자체는 공기질이 가장 나쁜 교실부터 기계 환기 설비와 "
                    "공기청정기 투자를 정할 수 있습니다.",
                    "환기 장치와 창문 개폐기에 연결할 수 있어, 겨울철 난방 에너지와 신선한 공기 사이의 "
                    "균형을 맞춥니다.",
                    "함께 제공하는 수업 자료로 센서를 과학 수업에 활용해, 학생들이 환기가 왜 중요한지와 "
                    "데이터 읽는 법을 배웁니다.",
                    "학교 120곳에서 이산화탄소 농도가 1,500ppm을 넘는 수업 시간의 비율이 한 학기 만에 "
                    "38%에서 9%로 줄었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Aire en el Aula",
                    "Medidores de CO2 y calidad del aire para las aulas",
                    "Aire sano en clase con sensores de CO2 y avisos de ventilación",
                ],
                summaries=[
                    "Sensores de CO2, temperatura, humedad y partículas en cada aula indican al profesorado "
                    "cuándo abrir las ventanas y dan a los centros datos para mejorar la ventilación.",
                    "Monitorización de la calidad del aire en las aulas que mejora la ventilación, la "
                    "concentración y la salud, con un semáforo para el docente y un panel para "
                    "mantenimiento.",
                ],
                fragments=[
                    "Un pequeño medidor en cada aula mide CO2, temperatura, humedad y partículas finas, y "
                    "un semáforo indica al docente cuándo ventilar.",
                    "{brand} envía los datos por wifi o LoRaWAN a un panel donde los responsables de "
                    "mantenimiento ven qué aulas superan con frecuencia las 1.000 ppm de CO2.",
                    "Los informes de ventilación ayudan al ayuntamiento a priorizar la inversión en "
                    "ventilación mecánica y purificadores en las aulas más problemáticas.",
                    "El sistema puede conectarse a equipos de ventilación y motores de ventanas, "
                    "equilibrando el aire fresco con el consumo de calefacción en invierno.",
                    "Los materiales didácticos convierten los sensores en clases de ciencias, para que el "
                    "alumnado aprenda por qué importa el aire limpio y cómo leer los datos.",
                    "En 120 colegios, el porcentaje de horas lectivas con CO2 por encima de 1.500 ppm bajó "
                    "del 38 % al 9 % en un trimestre.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Ar na Sala",
                    "Medidores de CO2 e qualidade do ar para salas de aula",
                    "Ar saudável na sala de aula com sensores de CO2 e alertas de ventilação",
                ],
                summaries=[
                    "Sensores de CO2, temperatura, umidade e partículas em cada sala de aula mostram ao "
                    "professor quando abrir as janelas e dão às escolas dados para melhorar a ventilação.",
                    "Monitoramento da qualidade do ar nas salas de aula que melhora a ventilação, a "
                    "concentração e a saúde, com um semáforo para o professor e um painel para a "
                    "manutenção.",
                ],
                fragments=[
                    "Um pequeno medidor em cada sala mede CO2, temperatura, umidade e material particulado, "
                    "e um semáforo indica ao professor quando ventilar.",
                    "Os medidores {brand} enviam os dados por wi-fi ou LoRaWAN para um painel onde a equipe "
                    "de manutenção vê as salas que passam com frequência de 1.000 ppm de CO2.",
                    "Os relatórios de ventilação ajudam a secretaria de educação a priorizar investimentos "
                    "em ventilação mecânica e purificadores nas salas mais críticas.",
                    "O sistema pode ser ligado a equipamentos de ventilação e a janelas motorizadas, "
                    "equilibrando ar fresco e consumo de energia.",
                    "O material didático transforma os sensores em aulas de ciências, para que os alunos "
                    "aprendam por que o ar fresco importa e como ler os dados.",
                    "Em 120 escolas, a parcela do tempo de aula com CO2 acima de 1.500 ppm caiu de 38% para "
                    "9% em um bimestre.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Air de Classe",
                    "Capteurs de CO2 et de qualité de l'air pour les salles de classe",
                    "Un air sain en classe grâce aux capteurs de CO2 et aux alertes d'aération",
                ],
                summaries=[
                    "Des capteurs de CO2, de température, d'humidité et de particules dans chaque salle de "
                    "classe indiquent aux enseignants quand aérer et donnent aux écoles des données pour "
                    "améliorer la ventilation.",
                    "Une surveillance de la qualité de l'air dans les classes qui améliore l'aération, la "
                    "concentration et la santé, avec un voyant pour l'enseignant et un tableau de bord pour "
                    "les services techniques.",
                ],
                fragments=[
                    "Un petit capteur dans chaque salle mesure le CO2, la température, l'humidité et les "
                    "particules fines, et un voyant tricolore indique à l'enseignant quand aérer.",
                    "Les capteurs {brand} transmettent par wifi ou LoRaWAN vers un tableau de bord où les "
                    "services techniques voient les classes qui dépassent souvent 1 000 ppm de CO2.",
                    "Les rapports d'aération aident la ville à prioriser les investissements en ventilation "
                    "mécanique et en purificateurs d'air pour les classes les plus mal ventilées.",
                    "Le système peut piloter les centrales de ventilation et les ouvrants motorisés, pour "
                    "concilier air frais et consommation de chauffage en hiver.",
                    "Des ressources pédagogiques transforment les capteurs en séances de sciences : les "
                    "élèves comprennent pourquoi l'air frais compte et apprennent à lire les données.",
                    "Dans 120 écoles, la part du temps de classe avec un taux de CO2 supérieur à 1 500 ppm "
                    "est passée de 38 % à 9 % en un trimestre.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="digital-skills-bootcamp-platform",
        sector="education",
        extra_sectors=["economy-jobs"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} DigiSkills",
                    "Digital skills training for adults and older residents",
                    "Blended digital literacy courses in libraries and community centres",
                    "{brand} Academy: from first smartphone to online services",
                ],
                summaries=[
                    "A digital skills programme for adults and older residents that combines short "
                    "in-person classes in libraries with a simple learning app and volunteer digital "
                    "mentors.",
                    "Teaches residents the digital skills they need in everyday life, from using a "
                    "smartphone to online banking and city e-services, and tracks progress for the city.",
                ],
                fragments=[
                    "Short classes in libraries and community centres cover using a smartphone, video "
                    "calls, online safety, online banking and the city's own e-services.",
                    "{brand} provides an app with large buttons, voice guidance and practice exercises in "
                    "several languages, so learners can repeat each step at home.",
                    "Volunteer digital mentors, often students or retired professionals, are trained and "
                    "matched with learners for one-to-one help.",
                    "A short skills check at the start and end of each course shows progress and helps the "
                    "city report on digital inclusion.",
                    "Loan schemes for refurbished tablets and cheap data plans help residents who cannot "
                    "afford a device to keep practising.",
                    "In two years, 14,000 residents completed a course, and 78% of older learners used an "
                    "online city service on their own afterwards.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 디지스킬",
                    "성인·어르신을 위한 디지털 역량 교육",
                    "도서관과 주민센터에서 하는 디지털 배움터",
                ],
                summaries=[
                    "도서관의 짧은 대면 수업, 쉬운 학습 앱, 디지털 자원봉사 멘토를 결합한 성인·어르신 "
                    "디지털 역량 교육 프로그램입니다.",
                    "스마트폰 사용부터 인터넷뱅킹, 지자체 전자 민원까지 일상에 필요한 디지털 역량을 "
                    "가르치고, 지자체에 학습 성과를 보고합니다.",
                ],
                fragments=[
                    "도서관과 주민센터에서 스마트폰 사용, 영상 통화, 온라인 안전, 인터넷뱅킹, 지자체 전자 "
                    "민원 이용법을 짧은 수업으로 배웁니다.",
                    "{brand} 앱은 큰 버튼, 음성 안내, 여러 언어로 된 연습 문제를 제공해 배운 내용을 집에서 "
                    "한 단계씩 반복할 수 있게 합니다.",
                    "대학생이나 은퇴 전문가로 이루어진 디지털 자원봉사 멘토가 교육을 받은 뒤 학습자와 "
                    "일대일로 연결됩니다.",
                    "과정 시작과 끝에 간단한 역량 진단을 해서 향상 정도를 보여 주고, 지자체의 디지털 포용 "
                    "성과 보고에 활용합니다.",
                    "기기를 살 여유가 없는 주민은 재생 태블릿 대여와 저렴한 데이터 요금제로 계속 연습할 수 "
                    "있습니다.",
                    "2년 동안 주민 1만 4천 명이 과정을 마쳤고, 어르신 수강생의 78%가 이후 혼자서 지자체 "
                    "온라인 서비스를 이용했습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Competencias Digitales",
                    "Formación en competencias digitales para adultos y personas mayores",
                    "Cursos de alfabetización digital en bibliotecas y centros cívicos",
                ],
                summaries=[
                    "Un programa de competencias digitales para adultos y personas mayores que combina "
                    "clases presenciales cortas en bibliotecas con una app sencilla y mentores digitales "
                    "voluntarios.",
                    "Enseña a los vecinos las competencias digitales que necesitan en su día a día, desde "
                    "usar el móvil hasta la banca en línea y los trámites municipales, y mide el progreso "
                    "para el ayuntamiento.",
                ],
                fragments=[
                    "Clases cortas en bibliotecas y centros cívicos enseñan a usar el smartphone, hacer "
                    "videollamadas, navegar con seguridad, usar la banca en línea y hacer los trámites "
                    "electrónicos del ayuntamiento.",
                    "{brand} ofrece una app con botones grandes, guía por voz y ejercicios en varios "
                    "idiomas, para que cada persona repita los pasos en casa.",
                    "Mentores digitales voluntarios, a menudo estudiantes o profesionales jubilados, "
                    "reciben formación y acompañan a los alumnos de uno en uno.",
                    "Una breve prueba de competencias al principio y al final de cada curso muestra el "
                    "progreso y sirve al ayuntamiento para informar sobre inclusión digital.",
                    "El préstamo de tabletas reacondicionadas y las tarifas de datos baratas ayudan a quien "
                    "no puede pagar un dispositivo a seguir practicando.",
                    "En dos años, 14.000 vecinos terminaron un curso, y el 78 % de los alumnos mayores usó "
                    "después por su cuenta un servicio municipal en línea.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Inclusão Digital",
                    "Formação em habilidades digitais para adultos e idosos",
                    "Cursos de letramento digital em bibliotecas e centros comunitários",
                ],
                summaries=[
                    "Um programa de habilidades digitais para adultos e idosos que combina aulas "
                    "presenciais curtas em bibliotecas com um aplicativo simples e mentores digitais "
                    "voluntários.",
                    "Ensina aos moradores as habilidades digitais do dia a dia, do uso do celular ao banco "
                    "pela internet e aos serviços online da prefeitura, e acompanha o progresso para a "
                    "cidade.",
                ],
                fragments=[
                    "Aulas curtas em bibliotecas e centros comunitários ensinam a usar o celular, fazer "
                    "videochamadas, navegar com segurança, usar o banco pela internet e os serviços online "
                    "da prefeitura.",
                    "O aplicativo {brand} tem botões grandes, orientação por voz e exercícios em vários "
                    "idiomas, para que cada aluno repita os passos em casa.",
                    "Mentores digitais voluntários, muitas vezes estudantes ou profissionais aposentados, "
                    "são capacitados e acompanham os alunos individualmente.",
                    "Um diagnóstico curto de habilidades no início e no fim de cada curso mostra o "
                    "progresso e ajuda a prefeitura a prestar contas sobre inclusão digital.",
                    "Empréstimo de tablets recondicionados e planos de dados baratos ajudam quem não pode "
                    "comprar um aparelho a continuar praticando.",
                    "Em dois anos, 14 mil moradores concluíram um curso, e 78% dos alunos idosos passaram a "
                    "usar sozinhos algum serviço online da prefeitura.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Compétences Numériques",
                    "Formation au numérique pour les adultes et les seniors",
                    "Ateliers d'inclusion numérique en médiathèque et en maison de quartier",
                ],
                summaries=[
                    "Un programme d'inclusion numérique pour les adultes et les seniors qui associe de "
                    "courts ateliers en médiathèque, une application simple et des bénévoles conseillers "
                    "numériques.",
                    "Apprend aux habitants les compétences numériques du quotidien, du smartphone à la "
                    "banque en ligne et aux démarches en ligne de la ville, et suit les progrès pour la "
                    "collectivité.",
                ],
                fragments=[
                    "De courts ateliers en médiathèque et en maison de quartier abordent l'usage du "
                    "smartphone, les appels vidéo, la sécurité en ligne, la banque en ligne et les "
                    "démarches en ligne de la ville.",
                    "{brand} propose une application à gros boutons, avec guidage vocal et exercices en "
                    "plusieurs langues, pour refaire chaque étape à la maison.",
                    "Des bénévoles, souvent étudiants ou retraités, sont formés pour devenir conseillers "
                    "numériques et accompagnent les apprenants en tête-à-tête.",
                    "Un court bilan de compétences en début et en fin de parcours mesure les progrès et "
                    "aide la collectivité à rendre compte de sa politique d'inclusion numérique.",
                    "Le prêt de tablettes reconditionnées et des forfaits de données à bas prix permettent "
                    "à ceux qui n'ont pas d'équipement de continuer à s'exercer.",
                    "En deux ans, 14 000 habitants ont suivi un parcours complet, et 78 % des seniors ont "
                    "ensuite utilisé seuls un service en ligne de la ville.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="school-enrollment-and-seat-planning",
        sector="education",
        extra_sectors=["urban-planning"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} SchoolPlanner",
                    "School place planning from housing and birth forecasts",
                    "Forecast enrolment and plan school capacity by catchment area",
                    "{brand} Seats: the right number of school places in the right place",
                ],
                summaries=[
                    "Forecasts school enrolment by catchment area from births, migration and new housing "
                    "developments, so the city can plan school places, extensions and new schools in time.",
                    "A school place planning tool that links new housing developments, demographic data and "
                    "school capacity to show where classrooms will be short or empty in five to ten years.",
                ],
                fragments=[
                    "{brand} combines birth data, population registers, migration trends and planned "
                    "housing developments to forecast the number of pupils in each catchment area.",
                    "Forecasts are compared with the capacity of every school building, highlighting where "
                    "temporary classrooms, extensions or new schools will be needed.",
                    "Planners can test scenarios: a new housing development, a change in catchment "
                    "boundaries or the closure of a small school.",
                    "The tool links with building permits, so that every large housing project "
                    "automatically updates the school place forecast.",
                    "Maps of home-to-school distances help design catchments that keep walking and cycling "
                    "to school safe and short.",
                    "One fast-growing city avoided building an unnecessary secondary school after the "
                    "forecast showed a falling birth rate, saving 40 million in capital costs.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="stem-robotics-kits",
        sector="education",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} RoboLab",
                    "Coding and robotics kits for public schools",
                    "STEM classroom kits with teacher training and lesson plans",
                    "{brand} Makers: hands-on coding for every pupil",
                ],
                summaries=[
                    "Coding and robotics kits for primary and secondary schools, with ready-to-teach lesson "
                    "plans and training for teachers who have never taught programming.",
                    "Brings hands-on STEM learning to every public school classroom, with robots, sensors "
                    "and a visual coding app aligned with the curriculum.",
                ],
                fragments=[
                    "Each {brand} kit contains programmable robots, sensors and motors for a class of 30 "
                    "pupils, stored in a sturdy trolley that moves between classrooms.",
                    "Pupils start with block-based visual coding and progress to Python, building projects "
                    "such as traffic lights, weather stations and sorting machines.",
                    "More than 120 lesson plans are aligned with the maths, science and technology "
                    "curriculum and take teachers step by step through each lesson.",
                    "Teachers take a two-day training course and join an online community where they share "
                    "projects and get help from coaches.",
                    "City-wide robotics competitions and summer camps keep pupils engaged, with particular "
                    "outreach to girls and to schools in low-income areas.",
                    "In a programme covering 85 public schools, the share of girls choosing computer "
                    "science options in secondary school doubled in three years.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="early-dropout-warning-analytics",
        sector="education",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} StayOn",
                    "Early warning system for school dropout",
                    "Analytics that identify students at risk of leaving school",
                    "{brand} Compass: support students before they drop out",
                ],
                summaries=[
                    "An early warning system that combines attendance, grades and behaviour data to "
                    "identify students at risk of school dropout, so schools and social workers can "
                    "intervene early.",
                    "Helps secondary schools keep students in school by flagging early signs of "
                    "disengagement and coordinating mentoring, family contact and social support.",
                ],
                fragments=[
                    "{brand} combines attendance, grades, behaviour incidents and school changes into a "
                    "simple risk indicator for every secondary student, updated weekly.",
                    "School counsellors see a list of students whose risk has increased, with the main "
                    "reasons, so they can talk to the student and the family quickly.",
                    "An intervention log tracks mentoring, tutoring, family meetings and referrals to "
                    "social services, and shows what works for which students.",
                    "The model is audited for bias, and its indicators are explained to staff so that the "
                    "decision always stays with people who know the student.",
                    "Data stays within the school system and is shared with city social services only with "
                    "consent or under the legal framework for child protection.",
                    "In 22 secondary schools, the dropout rate fell from 9% to 6% over two years, with the "
                    "largest drop among students from low-income families.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="language-learning-for-newcomers",
        sector="education",
        extra_sectors=["economy-jobs"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Welcome Language",
                    "Language learning app for newly arrived migrants and refugees",
                    "Learn the local language through everyday city situations",
                    "{brand} Speak: language courses that lead to jobs and city services",
                ],
                summaries=[
                    "A language learning app for newly arrived migrants and refugees that teaches the local "
                    "language through everyday situations and connects learners with conversation "
                    "volunteers.",
                    "Helps migrants, refugees and other newcomers learn the local language faster, with "
                    "lessons explained in their own language, speaking practice and a bridge to jobs and "
                    "city services.",
                ],
                fragments=[
                    "Lessons are built around real situations newcomers face: registering at the city "
                    "office, talking to a child's teacher, seeing a doctor and going to a job interview.",
                    "{brand} explains grammar and vocabulary in more than 20 source languages, including "
                    "Arabic, Dari, Ukrainian, Tigrinya and Spanish.",
                    "Speech recognition gives feedback on pronunciation, and learners practise speaking "
                    "with trained conversation volunteers by video or in person.",
                    "Progress is mapped to the Common European Framework levels (A1 to B2), helping "
                    "learners join the right class at the adult education centre.",
                    "The city sees anonymised progress data and can connect learners to job-readiness "
                    "programmes once they reach the required language level.",
                    "In one city, newcomers who used the app alongside classes reached A2 level three "
                    "months faster than those attending classes alone.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="after-school-activity-finder",
        sector="education",
        extra_sectors=["culture-tourism"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} AfterSchool",
                    "After-school activity finder with vouchers for families",
                    "One platform for youth clubs, sports and arts after school",
                    "{brand} Explore: free-time activities for every child",
                ],
                summaries=[
                    "A platform that lists every after-school activity in the city (sports, arts, coding "
                    "and homework clubs) and lets families book and pay with city vouchers for low-income "
                    "households.",
                    "Helps children from all backgrounds take part in after-school activities, and gives "
                    "the city data on participation and gaps by neighbourhood.",
                ],
                fragments=[
                    "Clubs, associations and schools publish their after-school activities (football, "
                    "music, coding, theatre and homework clubs) with times, prices and accessibility.",
                    "Families search by age, neighbourhood and interest, and book places online in several "
                    "languages.",
                    "Low-income families receive digital activity vouchers from the city, which they can "
                    "spend at any participating club without paperwork at the desk.",
                    "{brand} shows the city where children are not taking part in any activity, and which "
                    "neighbourhoods lack affordable options.",
                    "Schools can recommend activities to students who need extra support, such as homework "
                    "clubs or mentoring programmes.",
                    "In the first year, 31,000 children booked an activity, and participation among "
                    "low-income families rose from 34% to 58%.",
                ],
            ),
        },
    ),
]

_EDUCATION_CHALLENGES = [
    ChallengeArchetype(
        key="close-learning-gaps-in-maths-and-reading",
        sector="education",
        extra_sectors=[],
        answered_by=["adaptive-learning-platform"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Close learning gaps in maths and reading",
                    "Personalised support for pupils who fell behind",
                    "Help teachers handle very different levels in one class",
                ],
                fragments=[
                    "Test results in {city}'s public schools show that many pupils are still behind in "
                    "maths and reading, and learning gaps are widest in low-income neighbourhoods.",
                    "Teachers face classes where some pupils are two years behind and others ahead, and "
                    "they have little time to prepare personalised exercises.",
                    "We are looking for an adaptive learning platform that diagnoses each pupil's gaps and "
                    "offers practice at the right level, with a dashboard for teachers.",
                    "Content must follow the national curriculum and support pupils who are still learning "
                    "the language of instruction.",
                    "The platform must work on the low-cost devices our schools already have, offer an "
                    "offline mode and protect pupils' data.",
                    "We would start with 30 primary schools and measure progress in maths and reading over "
                    "one school year.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "수학·국어 학습 결손 메우기",
                    "뒤처진 학생을 위한 맞춤형 지원",
                    "한 교실 안의 다양한 수준에 대응하도록 교사 돕기",
                ],
                fragments=[
                    "{city} 공립학교의 평가 결과를 보면 여전히 많은 학생이 수학과 국어에서 뒤처져 있으며, "
                    "학습 결손은 저소득 지역에서 가장 큽니다.",
                    "교사들은 2년 가까이 뒤처진 학생과 앞서가는 학생이 함께 있는 교실을 맡고 있지만, 맞춤형 "
                    "문제를 준비할 시간이 거의 없습니다.",
                    "학생별 학습 결손을 진단하고 수준에 맞는 연습 문제를 제공하며, 교사용 대시보드를 갖춘 "
                    "적응형 학습 플랫폼을 찾고 있습니다.",
                    "콘텐츠는 국가 교육과정을 따라야 하며, 아직 한국어가 서툰 다문화 학생도 지원해야 합니다.",
                    "학교에 이미 있는 저가형 기기에서 작동하고, 오프라인 모드를 제공하며, 학생 개인정보를 "
                    "보호해야 합니다.",
                    "초등학교 30곳에서 시작해 한 학년 동안 수학·국어 성취도 향상을 측정할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Cerrar las brechas de aprendizaje en matemáticas y lectura",
                    "Apoyo personalizado para el alumnado rezagado",
                    "Ayudar al docente con niveles muy distintos en una misma aula",
                ],
                fragments=[
                    "Los resultados de las pruebas en los colegios públicos de {city} muestran que mucho "
                    "alumnado sigue rezagado en matemáticas y lectura, y que las brechas de aprendizaje son "
                    "mayores en los barrios con menos ingresos.",
                    "El profesorado tiene aulas donde algunos alumnos van dos cursos por detrás y otros por "
                    "delante, y poco tiempo para preparar ejercicios personalizados.",
                    "Buscamos una plataforma de aprendizaje adaptativo que diagnostique las lagunas de cada "
                    "alumno y le proponga práctica de su nivel, con un panel para el docente.",
                    "Los contenidos deben seguir el currículo oficial y apoyar al alumnado que aún aprende "
                    "la lengua de enseñanza.",
                    "La plataforma debe funcionar en los dispositivos de bajo coste que ya tienen los "
                    "centros, tener modo sin conexión y proteger los datos del alumnado.",
                    "Empezaríamos con 30 colegios de primaria y mediríamos el progreso en matemáticas y "
                    "lectura durante un curso escolar.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Recompor as aprendizagens em matemática e leitura",
                    "Apoio personalizado para alunos com defasagem",
                    "Ajudar o professor a lidar com níveis muito diferentes na mesma turma",
                ],
                fragments=[
                    "As avaliações nas escolas públicas de {city} mostram que muitos alunos continuam com "
                    "defasagem em matemática e leitura, e a diferença é maior nos bairros de baixa renda.",
                    "Os professores têm turmas em que alguns alunos estão dois anos atrasados e outros "
                    "adiantados, e pouco tempo para preparar exercícios personalizados.",
                    "Procuramos uma plataforma de aprendizagem adaptativa que diagnostique as defasagens de "
                    "cada aluno e ofereça prática no nível certo, com um painel para o professor.",
                    "O conteúdo deve seguir a BNCC e apoiar alunos que ainda estão aprendendo português.",
                    "A plataforma precisa funcionar nos aparelhos de baixo custo que as escolas já têm, ter "
                    "modo offline e proteger os dados dos alunos.",
                    "Começaríamos com 30 escolas de ensino fundamental e mediríamos o avanço em matemática "
                    "e leitura ao longo de um ano letivo.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Combler les retards d'apprentissage en mathématiques et en lecture",
                    "Un soutien personnalisé pour les élèves en difficulté",
                    "Aider les enseignants face à des niveaux très hétérogènes",
                ],
                fragments=[
                    "À {city}, les évaluations dans les écoles publiques montrent que beaucoup d'élèves "
                    "restent en retard en mathématiques et en lecture, surtout dans les quartiers les plus "
                    "modestes.",
                    "Les enseignants ont des classes où certains élèves ont deux ans de retard et d'autres "
                    "de l'avance, et peu de temps pour préparer des exercices personnalisés.",
                    "Nous cherchons une plateforme d'apprentissage adaptatif qui repère les lacunes de "
                    "chaque élève et propose des exercices à son niveau, avec un tableau de bord pour "
                    "l'enseignant.",
                    "Les contenus doivent suivre les programmes officiels et aider les élèves allophones "
                    "qui apprennent encore le français.",
                    "La plateforme doit fonctionner sur les équipements d'entrée de gamme dont disposent "
                    "déjà les écoles, proposer un mode hors ligne et protéger les données des élèves.",
                    "Nous commencerions avec 30 écoles élémentaires et mesurerions les progrès en "
                    "mathématiques et en lecture sur une année scolaire.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="healthy-air-in-classrooms",
        sector="education",
        extra_sectors=["health"],
        answered_by=["classroom-air-quality-monitors"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Healthy air in every classroom",
                    "Better ventilation in schools",
                    "Measure CO2 in classrooms",
                ],
                fragments=[
                    "Many of {city}'s 180 school buildings have no mechanical ventilation, and teachers "
                    "tell us classrooms become stuffy within an hour, especially in winter.",
                    "Poor ventilation affects pupils' concentration and health and spreads respiratory "
                    "infections, but we have no data on which classrooms are worst.",
                    "We want CO2 and air quality monitors in classrooms that tell teachers when to open the "
                    "windows and give facility managers a dashboard for every school.",
                    "The data should help us decide where to invest in mechanical ventilation or air "
                    "purifiers, and balance fresh air with heating costs.",
                    "Devices must be robust, low-maintenance and easy to understand for teachers and pupils.",
                    "We would equip 1,500 classrooms in the first year.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "모든 교실에 건강한 공기",
                    "학교 환기 개선",
                    "교실 이산화탄소 측정",
                ],
                fragments=[
                    "{city}의 학교 건물 180곳 가운데 상당수에는 기계 환기 설비가 없어, 교사들은 특히 겨울에 "
                    "한 시간만 지나도 교실 공기가 답답해진다고 말합니다.",
                    "환기가 부족하면 학생들의 집중력과 건강에 영향을 주고 호흡기 감염이 퍼지지만, 어느 "
                    "교실이 가장 심한지에 대한 데이터가 없습니다.",
                    "교사에게 창문을 열 때를 알려 주고, 시설 담당자에게 학교별 대시보드를 제공하는 교실용 "
                    "이산화탄소·공기질 측정기를 원합니다.",
                    "수집한 데이터로 기계 환기 설비나 공기청정기를 어디에 먼저 설치할지 정하고, 신선한 "
                    "공기와 난방비 사이의 균형을 맞추고자 합니다.",
                    "기기는 튼튼하고 유지보수가 적어야 하며, 교사와 학생이 이해하기 쉬워야 합니다.",
                    "첫해에 교실 1,500곳에 설치할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Aire sano en todas las aulas",
                    "Mejor ventilación en los colegios",
                    "Medir el CO2 en las aulas",
                ],
                fragments=[
                    "Muchos de los 180 edificios escolares de {city} no tienen ventilación mecánica, y el "
                    "profesorado nos cuenta que en una hora el aire del aula se vuelve cargado, sobre todo "
                    "en invierno.",
                    "La mala ventilación afecta a la concentración y la salud del alumnado y favorece los "
                    "contagios respiratorios, pero no tenemos datos sobre qué aulas están peor.",
                    "Queremos medidores de CO2 y calidad del aire en las aulas que indiquen al docente "
                    "cuándo abrir las ventanas y den a mantenimiento un panel de todos los centros.",
                    "Los datos deben ayudarnos a decidir dónde invertir en ventilación mecánica o "
                    "purificadores y a equilibrar el aire fresco con el gasto en calefacción.",
                    "Los equipos deben ser robustos, necesitar poco mantenimiento y ser fáciles de entender "
                    "para profesorado y alumnado.",
                    "Equiparíamos 1.500 aulas el primer año.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Ar saudável em todas as salas de aula",
                    "Melhor ventilação nas escolas",
                    "Medir o CO2 nas salas de aula",
                ],
                fragments=[
                    "Muitos dos 180 prédios escolares de {city} não têm ventilação mecânica, e os "
                    "professores contam que em uma hora o ar da sala fica abafado.",
                    "A ventilação ruim afeta a concentração e a saúde dos alunos e espalha infecções "
                    "respiratórias, mas não temos dados sobre quais salas estão piores.",
                    "Queremos medidores de CO2 e qualidade do ar nas salas de aula que avisem o professor "
                    "quando abrir as janelas e deem à manutenção um painel de todas as escolas.",
                    "Os dados devem ajudar a decidir onde investir em ventilação mecânica ou purificadores "
                    "de ar.",
                    "Os equipamentos precisam ser robustos, ter pouca manutenção e ser fáceis de entender "
                    "para professores e alunos.",
                    "Equiparíamos 1.500 salas de aula no primeiro ano.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Un air sain dans chaque salle de classe",
                    "Mieux ventiler les écoles",
                    "Mesurer le CO2 dans les classes",
                ],
                fragments=[
                    "À {city}, beaucoup des 180 bâtiments scolaires n'ont pas de ventilation mécanique, et "
                    "les enseignants nous disent qu'en une heure l'air de la classe devient confiné, "
                    "surtout en hiver.",
                    "Une mauvaise aération nuit à la concentration et à la santé des élèves et favorise les "
                    "infections respiratoires, mais nous ne savons pas quelles classes sont les plus "
                    "touchées.",
                    "Nous voulons des capteurs de CO2 et de qualité de l'air dans les classes, qui "
                    "indiquent aux enseignants quand aérer et donnent aux services techniques un tableau de "
                    "bord de toutes les écoles.",
                    "Les données doivent nous aider à décider où investir dans la ventilation mécanique ou "
                    "les purificateurs, et à concilier air frais et coût du chauffage.",
                    "Les appareils doivent être robustes, demander peu d'entretien et être faciles à "
                    "comprendre pour les enseignants et les élèves.",
                    "Nous équiperions 1 500 salles de classe la première année.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="digital-skills-for-older-residents",
        sector="education",
        extra_sectors=["economy-jobs"],
        answered_by=["digital-skills-bootcamp-platform"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Digital skills for older residents",
                    "Nobody left behind by online city services",
                    "Digital literacy courses in every neighbourhood",
                ],
                fragments=[
                    "As {city} moves more services online, about a quarter of adults, most of them older "
                    "residents, lack the basic digital skills to use a smartphone or an online service.",
                    "Libraries and community centres run occasional computer classes, but there is no "
                    "city-wide programme and no data on who has been reached.",
                    "We want a digital skills programme that combines short in-person classes with a simple "
                    "learning app and volunteer digital mentors.",
                    "Courses should cover smartphones, online safety, online banking and the city's own "
                    "e-services, in several languages and at a gentle pace.",
                    "We need to measure skills before and after each course and report on digital inclusion "
                    "by neighbourhood.",
                    "Our target is to train 10,000 residents in two years, with priority for people over 65.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="keep-students-in-school",
        sector="education",
        extra_sectors=[],
        answered_by=["early-dropout-warning-analytics", "after-school-activity-finder"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Keep students in school",
                    "Spot the risk of school dropout early",
                    "Support students before they disengage",
                ],
                fragments=[
                    "About one in ten students in {city} drops out of secondary school without a diploma, "
                    "and the dropout rate is twice as high in low-income neighbourhoods, where few children "
                    "join after-school activities.",
                    "Warning signs such as rising absence, falling grades and behaviour incidents are "
                    "recorded in different systems, so schools often react too late.",
                    "We want an early warning system that combines attendance, grades and behaviour data to "
                    "flag students at risk, and helps counsellors coordinate mentoring and family contact.",
                    "We also want to connect students at risk with after-school activities, homework clubs "
                    "and mentoring that keep them engaged, including for low-income families.",
                    "Any model must be transparent and checked for bias, and the final decision must always "
                    "stay with school staff.",
                    "Success means a lower dropout rate in the participating schools within two years.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="plan-school-places-for-new-neighbourhoods",
        sector="education",
        extra_sectors=["urban-planning"],
        answered_by=["school-enrollment-and-seat-planning"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Plan school places for growing neighbourhoods",
                    "Forecast school enrolment by catchment area",
                    "Build the right schools in the right places",
                ],
                fragments=[
                    "New housing developments in {city} will add about 25,000 homes in the next decade, "
                    "while some older districts have half-empty schools.",
                    "Our school place forecasts are made once a year in a spreadsheet and do not take "
                    "planned housing developments into account.",
                    "We want a school place planning tool that forecasts enrolment by catchment area from "
                    "births, migration and new housing, and compares it with the capacity of every school.",
                    "Planners should be able to test scenarios such as new housing projects, catchment "
                    "boundary changes or school mergers.",
                    "The tool should link with building permits so that forecasts update automatically when "
                    "large housing projects are approved.",
                    "The results will guide a ten-year school investment plan worth several hundred million.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="help-newcomers-learn-the-language",
        sector="education",
        extra_sectors=["economy-jobs"],
        answered_by=["language-learning-for-newcomers"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Help newcomers learn the local language faster",
                    "Language learning for migrants and refugees",
                    "From language course to job",
                ],
                fragments=[
                    "{city} has welcomed about 20,000 migrants and refugees in the last three years, and "
                    "waiting lists for language classes at the adult education centre are more than six "
                    "months long.",
                    "Without the local language, newcomers struggle to find work, talk to their children's "
                    "teachers or use city services.",
                    "We are looking for a language learning app that teaches through everyday situations, "
                    "explains in learners' own languages and offers speaking practice with volunteers.",
                    "Progress should be mapped to recognised levels so that learners can join the right "
                    "class and job-readiness programmes.",
                    "The solution must work on basic smartphones and be free for learners.",
                    "We would start with 2,000 learners and compare their progress with those attending "
                    "classes only.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="bring-coding-and-robotics-to-every-school",
        sector="education",
        extra_sectors=[],
        answered_by=["stem-robotics-kits"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Bring coding and robotics to every school",
                    "Hands-on STEM learning in public schools",
                ],
                fragments=[
                    "Only a handful of {city}'s public schools offer coding or robotics, mostly thanks to "
                    "enthusiastic individual teachers, and girls and pupils from low-income areas rarely "
                    "take part.",
                    "Most teachers have never taught programming and say they need ready-to-use lesson "
                    "plans and training.",
                    "We want coding and robotics kits for primary and secondary schools, with lesson plans "
                    "aligned with the curriculum and teacher training.",
                    "Kits must be robust, easy to share between classrooms and usable by beginners as well "
                    "as advanced pupils.",
                    "We would also like city-wide competitions or summer camps that reach girls and schools "
                    "in low-income neighbourhoods.",
                    "Our goal is a robotics kit and at least two trained teachers in every public school "
                    "within three years.",
                ],
            ),
        },
    ),
]


# --- Culture & tourism -----------------------------------------------------------------------------------

_CULTURE_TOURISM_SOLUTIONS = [
    SolutionArchetype(
        key="visitor-flow-analytics",
        sector="culture-tourism",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} VisitorFlow",
                    "Visitor flow analytics for crowded historic centres",
                    "Overtourism management with real-time visitor data",
                    "{brand} Tourism Insights: know where visitors go",
                ],
                summaries=[
                    "Anonymous visitor counting and analytics that show how tourists move through a "
                    "historic centre in real time, helping the city spread visitor flows and manage "
                    "overtourism.",
                    "Combines people counters, mobile data and ticketing data into a live view of visitor "
                    "numbers at every hotspot, with forecasts and tools to steer visitors elsewhere.",
                ],
                fragments=[
                    "Anonymous counters at key streets, squares and monuments, combined with aggregated "
                    "mobile network data, show visitor numbers every 15 minutes.",
                    "{brand} forecasts visitor peaks at hotspots days ahead, based on cruise ship arrivals, "
                    "events, hotel bookings and the weather.",
                    "A public crowd-level map and app suggest quieter times and alternative sights to "
                    "visitors, steering tourist flows away from overcrowded streets.",
                    "The city sees where visitors come from, how long they stay and how much they spend, "
                    "helping tourism strategy and marketing move beyond the usual hotspots.",
                    "Residents' complaints and noise data can be shown on the same map, so decisions "
                    "balance the visitor economy with quality of life in the neighbourhood.",
                    "In a historic centre with 20 million visitors a year, peak-hour crowding at the three "
                    "busiest hotspots fell by 23% after two seasons.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 비지터플로우",
                    "붐비는 역사 도심을 위한 관광객 동선 분석",
                    "실시간 방문객 데이터로 오버투어리즘 관리",
                ],
                summaries=[
                    "역사 도심에서 관광객이 어떻게 움직이는지 실시간으로 보여 주는 익명 방문객 계수·분석 "
                    "서비스로, 관광객 분산과 오버투어리즘 관리를 돕습니다.",
                    "유동인구 계수기, 통신 데이터, 입장권 데이터를 결합해 관광 명소별 방문객 수를 "
                    "실시간으로 보여 주고, 예측과 분산 유도 도구를 제공합니다.",
                ],
                fragments=[
                    "주요 거리, 광장, 문화재에 설치한 익명 계수기와 통신사 유동인구 데이터를 결합해 "
                    "15분마다 방문객 수를 보여 줍니다.",
                    "{brand} 플랫폼은 크루즈 입항, 행사, 숙박 예약, 날씨를 바탕으로 관광 명소의 방문객 "
                    "집중을 며칠 앞서 예측합니다.",
                    "공개 혼잡도 지도와 앱이 관광객에게 한산한 시간대와 대체 명소를 추천해, 붐비는 거리에서 "
                    "관광객 흐름을 분산시킵니다.",
                    "지자체는 방문객이 어디에서 와서 얼마나 머물고 얼마를 쓰는지 파악해, 관광 전략과 "
                    "마케팅을 기존 명소 밖으로 넓힐 수 있습니다.",
                    "주민 민원과 소음 데이터를 같은 지도에 표시해, 관광 경제와 주민의 삶의 질 사이에서 균형 "
                    "잡힌 결정을 내릴 수 있습니다.",
                    "연간 2천만 명이 찾는 역사 도심에서 두 시즌 만에 가장 붐비는 명소 세 곳의 피크 시간대 "
                    "혼잡이 23% 줄었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Flujos Turísticos",
                    "Análisis de flujos de visitantes para cascos históricos saturados",
                    "Gestión de la saturación turística con datos de afluencia en tiempo real",
                ],
                summaries=[
                    "Conteo anónimo y análisis de visitantes que muestran en tiempo real cómo se mueven los "
                    "turistas por el casco histórico, para que la ciudad reparta los flujos y gestione la "
                    "saturación turística.",
                    "Combina contadores de personas, datos de telefonía móvil y datos de venta de entradas "
                    "en una vista en vivo de la afluencia de visitantes a cada punto caliente, con "
                    "previsiones y herramientas para redirigirla.",
                ],
                fragments=[
                    "Contadores anónimos en calles, plazas y monumentos clave, combinados con datos "
                    "agregados de telefonía móvil, muestran la afluencia de visitantes cada 15 minutos.",
                    "{brand} prevé con días de antelación los picos de visitantes en los puntos calientes a "
                    "partir de las escalas de cruceros, los eventos, las reservas hoteleras y el tiempo.",
                    "Un mapa público de afluencia y una app sugieren a los visitantes horarios más "
                    "tranquilos y lugares alternativos, desviando los flujos turísticos de las calles "
                    "saturadas.",
                    "El ayuntamiento ve de dónde vienen los visitantes, cuánto se quedan y cuánto gastan, "
                    "lo que ayuda a que la estrategia turística vaya más allá de los lugares de siempre.",
                    "Las quejas vecinales y los datos de ruido pueden mostrarse en el mismo mapa, para que "
                    "las decisiones equilibren la economía del visitante y la calidad de vida del barrio.",
                    "En un casco histórico con 20 millones de visitantes al año, la saturación en hora "
                    "punta de los tres puntos más concurridos bajó un 23 % en dos temporadas.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Fluxo Turístico",
                    "Análise de fluxo de visitantes para centros históricos lotados",
                    "Gestão do excesso de turismo com dados de lotação em tempo real",
                ],
                summaries=[
                    "Contagem anônima e análise de visitantes que mostram em tempo real como os turistas "
                    "circulam pelo centro histórico, para que a cidade distribua os fluxos e enfrente o "
                    "excesso de turismo.",
                    "Combina contadores de pessoas, dados de telefonia móvel e dados de bilheteria numa "
                    "visão ao vivo do número de visitantes em cada ponto turístico, com previsões e "
                    "ferramentas para redirecionar o público.",
                ],
                fragments=[
                    "Contadores anônimos em ruas, praças e monumentos importantes, combinados com dados "
                    "agregados de telefonia móvel, mostram o número de visitantes a cada 15 minutos.",
                    "A plataforma {brand} prevê com dias de antecedência os picos de visitantes nos pontos "
                    "turísticos, com base na chegada de navios de cruzeiro, em eventos, em reservas de "
                    "hotel e no clima.",
                    "Um mapa público de lotação e um aplicativo sugerem aos visitantes horários mais "
                    "tranquilos e atrações alternativas, desviando o fluxo turístico das ruas lotadas.",
                    "A prefeitura vê de onde vêm os visitantes, quanto tempo ficam e quanto gastam, o que "
                    "ajuda a levar a estratégia de turismo para além dos pontos de sempre.",
                    "Reclamações de moradores e dados de ruído podem aparecer no mesmo mapa, para que as "
                    "decisões equilibrem a economia do turismo e a qualidade de vida no bairro.",
                    "Num centro histórico com 20 milhões de visitantes por ano, a lotação no horário de "
                    "pico dos três pontos mais concorridos caiu 23% em duas temporadas.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Flux Visiteurs",
                    "Analyse des flux de visiteurs pour les centres historiques saturés",
                    "Gérer le surtourisme grâce aux données de fréquentation en temps réel",
                ],
                summaries=[
                    "Un comptage anonyme et une analyse des visiteurs qui montrent en temps réel comment "
                    "les touristes circulent dans le centre historique, pour aider la ville à répartir les "
                    "flux et à gérer le surtourisme.",
                    "Combine compteurs de personnes, données de téléphonie mobile et données de billetterie "
                    "en une vue en direct de la fréquentation de chaque site, avec des prévisions et des "
                    "outils pour orienter les visiteurs ailleurs.",
                ],
                fragments=[
                    "Des compteurs anonymes placés dans les rues, places et monuments clés, associés aux "
                    "données agrégées de téléphonie mobile, donnent la fréquentation toutes les 15 minutes.",
                    "{brand} prévoit plusieurs jours à l'avance les pics de fréquentation des sites les "
                    "plus visités, à partir des escales de croisière, des événements, des réservations "
                    "hôtelières et de la météo.",
                    "Une carte publique d'affluence et une application suggèrent aux visiteurs des créneaux "
                    "plus calmes et d'autres lieux à découvrir, pour détourner les flux touristiques des "
                    "rues saturées.",
                    "La ville sait d'où viennent les visiteurs, combien de temps ils restent et combien ils "
                    "dépensent, ce qui aide à étendre la stratégie touristique au-delà des sites habituels.",
                    "Les plaintes des riverains et les mesures de bruit peuvent figurer sur la même carte, "
                    "pour que les décisions concilient économie touristique et qualité de vie du quartier.",
                    "Dans un centre historique qui reçoit 20 millions de visiteurs par an, l'affluence aux "
                    "heures de pointe sur les trois sites les plus fréquentés a baissé de 23 % en deux "
                    "saisons.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="ar-heritage-guide",
        sector="culture-tourism",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} TimeLens",
                    "Augmented reality guide to the city's heritage",
                    "AR app that shows historic buildings as they once were",
                    "{brand} Heritage AR: history on every street corner",
                ],
                summaries=[
                    "An augmented reality heritage app that lets visitors point their phone at a square, "
                    "ruin or monument and see it as it looked centuries ago, with stories in several "
                    "languages.",
                    "Brings heritage sites to life with AR reconstructions, audio stories and walking "
                    "routes that lead visitors beyond the main monuments.",
                ],
                fragments=[
                    "Historians and 3D artists reconstruct lost buildings, city walls and street scenes "
                    "from archives, and {brand} overlays them on the live camera view.",
                    "Audio stories narrated by local actors and residents tell the history of each heritage "
                    "site in eight languages, with versions for children.",
                    "Themed walking routes lead visitors from the main monuments to lesser-known heritage "
                    "in surrounding neighbourhoods, spreading visitor flows.",
                    "The app works offline and in low light, and an accessible mode offers audio "
                    "description and subtitles for visitors with disabilities.",
                    "Museums and heritage sites can add their own AR scenes and sell combined tickets "
                    "through the app.",
                    "At a Roman archaeological site, visitor satisfaction rose sharply and average visit "
                    "time doubled after the AR guide was introduced.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 타임렌즈",
                    "도시 문화유산 증강현실(AR) 가이드",
                    "옛 건물의 원래 모습을 보여 주는 AR 앱",
                ],
                summaries=[
                    "휴대폰을 광장, 유적, 기념물에 비추면 수백 년 전 모습이 나타나고, 여러 언어로 이야기를 "
                    "들려주는 문화유산 증강현실 앱입니다.",
                    "AR 복원, 오디오 해설, 도보 탐방 코스로 문화유산을 생생하게 되살리고, 방문객을 대표 "
                    "명소 밖으로 이끕니다.",
                ],
                fragments=[
                    "역사학자와 3D 아티스트가 기록 자료를 바탕으로 사라진 건물, 성곽, 옛 거리 풍경을 "
                    "복원하고, {brand} 앱이 이를 실시간 카메라 화면 위에 겹쳐 보여 줍니다.",
                    "지역 배우와 주민이 녹음한 오디오 해설이 8개 언어로 장소마다 얽힌 역사를 들려주며, "
                    "어린이용 버전도 있습니다.",
                    "주제별 도보 탐방 코스가 방문객을 대표 명소에서 주변 동네의 덜 알려진 문화유산으로 "
                    "안내해 관광객을 분산시킵니다.",
                    "앱은 오프라인과 어두운 곳에서도 작동하며, 장애가 있는 방문객을 위한 음성 해설과 자막 "
                    "모드를 제공합니다.",
                    "박물관과 문화유산 시설은 자체 AR 장면을 추가하고, 앱을 통해 통합 입장권을 판매할 수 "
                    "있습니다.",
                    "한 고대 유적지에서는 AR 가이드를 도입한 뒤 방문객 만족도가 크게 오르고 평균 관람 "
                    "시간이 두 배로 늘었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Lente del Tiempo",
                    "Guía de realidad aumentada del patrimonio de la ciudad",
                    "App de realidad aumentada que muestra los edificios históricos tal como eran",
                ],
                summaries=[
                    "Una app de patrimonio con realidad aumentada: el visitante apunta con el móvil a una "
                    "plaza, una ruina o un monumento y lo ve como era hace siglos, con relatos en varios "
                    "idiomas.",
                    "Da vida al patrimonio con reconstrucciones en realidad aumentada, audioguías y rutas a "
                    "pie que llevan al visitante más allá de los monumentos principales.",
                ],
                fragments=[
                    "Historiadores y artistas 3D reconstruyen edificios desaparecidos, murallas y escenas "
                    "urbanas a partir de archivos, y {brand} los superpone a la imagen de la cámara en "
                    "directo.",
                    "Relatos sonoros narrados por actores y vecinos cuentan la historia de cada lugar en "
                    "ocho idiomas, con versiones para niños.",
                    "Rutas temáticas a pie llevan al visitante desde los monumentos principales hasta el "
                    "patrimonio menos conocido de los barrios cercanos, repartiendo los flujos de "
                    "visitantes.",
                    "La app funciona sin conexión y con poca luz, y un modo accesible ofrece "
                    "audiodescripción y subtítulos para visitantes con discapacidad.",
                    "Museos y conjuntos patrimoniales pueden añadir sus propias escenas de realidad "
                    "aumentada y vender entradas combinadas desde la app.",
                    "En un yacimiento arqueológico romano, la satisfacción de los visitantes subió "
                    "notablemente y la duración media de la visita se duplicó tras la llegada de la guía.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Lente do Tempo",
                    "Guia de realidade aumentada do patrimônio da cidade",
                    "Aplicativo de realidade aumentada que mostra prédios históricos como eram",
                ],
                summaries=[
                    "Um aplicativo de patrimônio com realidade aumentada: o visitante aponta o celular para "
                    "uma praça, ruína ou monumento e o vê como era séculos atrás, com histórias em vários "
                    "idiomas.",
                    "Dá vida ao patrimônio histórico com reconstruções em realidade aumentada, audioguias e "
                    "roteiros a pé que levam o visitante além dos monumentos principais.",
                ],
                fragments=[
                    "Historiadores e artistas 3D reconstroem prédios desaparecidos, muralhas e cenas de rua "
                    "a partir de arquivos, e o aplicativo {brand} os sobrepõe à imagem da câmera ao vivo.",
                    "Histórias em áudio narradas por atores e moradores contam a história de cada lugar em "
                    "oito idiomas, com versões para crianças.",
                    "Roteiros temáticos a pé levam o visitante dos monumentos principais ao patrimônio "
                    "menos conhecido dos bairros vizinhos, distribuindo o fluxo de visitantes.",
                    "O aplicativo funciona offline e com pouca luz, e um modo acessível oferece "
                    "audiodescrição e legendas para visitantes com deficiência.",
                    "Museus e sítios históricos podem incluir suas próprias cenas em realidade aumentada e "
                    "vender ingressos combinados pelo aplicativo.",
                    "Num sítio arqueológico romano, a satisfação dos visitantes subiu muito e o tempo médio "
                    "de visita dobrou depois da chegada do guia.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Voyage dans le Temps",
                    "Guide en réalité augmentée du patrimoine de la ville",
                    "Application de réalité augmentée qui montre les monuments tels qu'ils étaient",
                ],
                summaries=[
                    "Une application patrimoniale en réalité augmentée : le visiteur pointe son téléphone "
                    "vers une place, une ruine ou un monument et le voit tel qu'il était il y a des "
                    "siècles, avec des récits en plusieurs langues.",
                    "Fait revivre le patrimoine grâce à des reconstitutions en réalité augmentée, des "
                    "récits audio et des parcours à pied qui emmènent les visiteurs au-delà des grands "
                    "monuments.",
                ],
                fragments=[
                    "Historiens et artistes 3D reconstituent à partir des archives des édifices disparus, "
                    "des remparts et des scènes de rue, que {brand} superpose à l'image de la caméra en "
                    "direct.",
                    "Des récits audio, dits par des comédiens et des habitants, racontent l'histoire de "
                    "chaque lieu en huit langues, avec des versions pour les enfants.",
                    "Des parcours thématiques à pied conduisent les visiteurs des grands monuments vers le "
                    "patrimoine méconnu des quartiers voisins, ce qui répartit les flux de visiteurs.",
                    "L'application fonctionne hors ligne et en faible luminosité, et un mode accessible "
                    "propose audiodescription et sous-titres pour les visiteurs en situation de handicap.",
                    "Musées et sites patrimoniaux peuvent ajouter leurs propres scènes en réalité augmentée "
                    "et vendre des billets combinés via l'application.",
                    "Sur un site archéologique romain, la satisfaction des visiteurs a nettement progressé "
                    "et la durée moyenne de visite a doublé après l'arrivée du guide.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="multilingual-city-pass",
        sector="culture-tourism",
        extra_sectors=["mobility"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityPass",
                    "Digital city pass for museums, attractions and public transport",
                    "One mobile pass for sights, tours and transit",
                    "{brand} Pass: tourist card with museum entry and unlimited travel",
                ],
                summaries=[
                    "A digital city pass in several languages that bundles museum entry, attractions, "
                    "guided tours and public transport in one mobile ticket, with data for the tourism "
                    "office.",
                    "Visitors buy one pass on their phone instead of separate tickets and use it for "
                    "museums, attractions and public transport, while the city gets real-time data on "
                    "visitor flows.",
                ],
                fragments=[
                    "Visitors buy a 24-, 48- or 72-hour pass in the {brand} app or online, and a QR code on "
                    "the phone opens museum turnstiles and validates public transport.",
                    "The pass includes a multilingual city guide, opening hours, live queue information and "
                    "recommendations for less crowded attractions.",
                    "Partner museums, attractions and tour operators are paid automatically based on actual "
                    "visits, with a transparent revenue-sharing model.",
                    "The tourism office sees which attractions pass holders visit, when and in what order, "
                    "and can adjust the offer and marketing.",
                    "Time slots can be booked for the most popular museums, spreading visits over the day "
                    "and reducing queues.",
                    "In its first year, the digital pass sold 260,000 units, and 35% of holders visited at "
                    "least one museum outside the historic centre.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 시티패스",
                    "박물관·관광지·대중교통을 아우르는 디지털 시티패스",
                    "명소, 투어, 교통을 하나로 묶은 모바일 패스",
                ],
                summaries=[
                    "박물관 입장, 관광 명소, 가이드 투어, 대중교통을 하나의 모바일 티켓에 담은 다국어 "
                    "디지털 시티패스로, 관광 당국에 데이터도 제공합니다.",
                    "방문객은 휴대폰으로 패스 하나를 구매해 박물관, 관광지, 버스와 지하철을 이용하고, "
                    "지자체는 관광객 동선과 소비 데이터를 실시간으로 얻습니다.",
                ],
                fragments=[
                    "방문객은 {brand} 앱이나 웹에서 24·48·72시간권을 구매하며, 휴대폰의 QR 코드로 박물관 "
                    "게이트를 통과하고 대중교통을 이용합니다.",
                    "패스에는 다국어 도시 가이드, 운영 시간, 실시간 대기 정보, 덜 붐비는 명소 추천이 "
                    "포함되어 있습니다.",
                    "제휴 박물관, 관광지, 투어 업체는 실제 방문 실적에 따라 투명한 수익 배분 방식으로 자동 "
                    "정산받습니다.",
                    "관광 당국은 패스 이용객이 어떤 명소를 언제, 어떤 순서로 방문하는지 보고 상품 구성과 "
                    "마케팅을 조정할 수 있습니다.",
                    "가장 인기 있는 박물관은 시간대별 예약이 가능해 방문이 하루 전체로 분산되고 대기 줄이 "
                    "줄어듭니다.",
                    "첫해 디지털 패스가 26만 장 팔렸고, 이용객의 35%가 역사 도심 밖 박물관을 한 곳 이상 "
                    "방문했습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Tarjeta Turística",
                    "Tarjeta turística digital para museos, atracciones y transporte público",
                    "Un pase en el móvil para monumentos, visitas guiadas y transporte",
                ],
                summaries=[
                    "Una tarjeta turística digital en varios idiomas que reúne la entrada a museos, "
                    "atracciones, visitas guiadas y transporte público en un único billete en el móvil, con "
                    "datos para la oficina de turismo.",
                    "El visitante compra un solo pase en el móvil y lo usa en museos, atracciones, "
                    "autobuses y metro, mientras la ciudad obtiene datos en tiempo real sobre flujos y "
                    "gasto.",
                ],
                fragments=[
                    "El visitante compra un pase de 24, 48 o 72 horas en la app {brand} o en la web, y un "
                    "código QR en el móvil abre los tornos de los museos y valida el transporte público.",
                    "El pase incluye una guía multilingüe de la ciudad, horarios, información de colas en "
                    "tiempo real y recomendaciones de atracciones menos concurridas.",
                    "Los museos, atracciones y operadores de visitas asociados cobran automáticamente según "
                    "las visitas reales, con un reparto de ingresos transparente.",
                    "La oficina de turismo ve qué atracciones visitan los titulares del pase, cuándo y en "
                    "qué orden, y puede ajustar la oferta y la promoción.",
                    "En los museos más solicitados se pueden reservar franjas horarias, lo que reparte las "
                    "visitas a lo largo del día y reduce las colas.",
                    "En su primer año se vendieron 260.000 pases digitales, y el 35 % de los titulares "
                    "visitó al menos un museo fuera del casco histórico.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Passe da Cidade",
                    "Passe turístico digital para museus, atrações e transporte público",
                    "Um passe no celular para atrações, passeios e transporte",
                ],
                summaries=[
                    "Um passe turístico digital em vários idiomas que reúne entrada em museus, atrações, "
                    "visitas guiadas e transporte público num único bilhete no celular, com dados para a "
                    "secretaria de turismo.",
                    "O visitante compra um único passe no celular e usa em museus, atrações, ônibus e "
                    "metrô, enquanto a cidade recebe dados em tempo real sobre fluxos e gastos.",
                ],
                fragments=[
                    "O visitante compra um passe de 24, 48 ou 72 horas no aplicativo {brand} ou no site, e "
                    "um QR code no celular libera as catracas dos museus e valida o transporte público.",
                    "O passe inclui um guia multilíngue da cidade, horários, informação de filas em tempo "
                    "real e sugestões de atrações menos lotadas.",
                    "Museus, atrações e agências parceiras recebem automaticamente conforme as visitas "
                    "reais, com divisão de receita transparente.",
                    "A secretaria de turismo vê quais atrações os portadores do passe visitam, quando e em "
                    "que ordem, e pode ajustar a oferta e a divulgação.",
                    "Nos museus mais procurados é possível reservar horários, o que distribui as visitas ao "
                    "longo do dia e reduz as filas.",
                    "No primeiro ano foram vendidos 260 mil passes digitais, e 35% dos portadores visitaram "
                    "pelo menos um museu fora do centro histórico.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} City Pass",
                    "City pass numérique pour musées, sites et transports publics",
                    "Un seul pass mobile pour les visites, les excursions et les transports",
                ],
                summaries=[
                    "Un city pass numérique multilingue qui regroupe l'entrée des musées, des sites, des "
                    "visites guidées et les transports publics dans un seul billet mobile, avec des données "
                    "pour l'office de tourisme.",
                    "Le visiteur achète un seul pass sur son téléphone et l'utilise dans les musées, les "
                    "sites, les bus et le métro, tandis que la ville dispose en temps réel des données de "
                    "flux et de dépenses.",
                ],
                fragments=[
                    "Le visiteur achète un pass 24, 48 ou 72 heures dans l'application {brand} ou en ligne, "
                    "et un QR code sur son téléphone ouvre les tourniquets des musées et valide les "
                    "transports publics.",
                    "Le pass comprend un guide multilingue de la ville, les horaires, l'attente en temps "
                    "réel et des suggestions de sites moins fréquentés.",
                    "Les musées, sites et prestataires partenaires sont rémunérés automatiquement selon les "
                    "visites réelles, avec un partage des recettes transparent.",
                    "L'office de tourisme voit quels sites les détenteurs du pass visitent, quand et dans "
                    "quel ordre, et peut ajuster l'offre et la promotion.",
                    "Des créneaux horaires peuvent être réservés pour les musées les plus demandés, ce qui "
                    "étale les visites sur la journée et réduit les files d'attente.",
                    "La première année, 260 000 pass numériques ont été vendus, et 35 % des détenteurs ont "
                    "visité au moins un musée hors du centre historique.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="museum-collection-digitization-3d",
        sector="culture-tourism",
        extra_sectors=["education"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Collections 3D",
                    "3D digitisation of museum collections",
                    "Photogrammetry and online 3D galleries for heritage objects",
                    "{brand} Archive 3D: put the whole collection online",
                ],
                summaries=[
                    "3D scanning and photogrammetry of museum objects, sculptures and facades, with an "
                    "online 3D gallery that makes collections in storage visible to the public and "
                    "researchers.",
                    "Digitises museum and heritage collections in 3D, including objects kept in storage, "
                    "for conservation, research, education and virtual exhibitions.",
                ],
                fragments=[
                    "A mobile scanning studio digitises museum objects on site with photogrammetry and "
                    "structured-light scanners, from coins to large sculptures and building facades.",
                    "{brand} produces accurate 3D models with high-resolution textures, catalogued with the "
                    "museum's collection management metadata.",
                    "An online 3D gallery lets anyone explore objects that are usually kept in storage, and "
                    "teachers can use them in class.",
                    "Conservators use the 3D models to monitor damage over time and to plan restorations.",
                    "Models can be published under open licences and linked to national and international "
                    "cultural heritage portals.",
                    "A municipal museum digitised 4,000 objects in one year, and online visits to its "
                    "collection exceeded physical visits for the first time.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="local-culture-events-calendar",
        sector="culture-tourism",
        extra_sectors=["economy-jobs"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityEvents",
                    "City-wide culture and events calendar",
                    "One open calendar for concerts, exhibitions and festivals",
                    "{brand} Agenda: every cultural event in the city, in one place",
                ],
                summaries=[
                    "An open culture and events calendar that collects concerts, exhibitions, festivals and "
                    "neighbourhood events from every organiser and publishes them on the city's websites, "
                    "apps and screens.",
                    "Helps small venues and local artists reach audiences, and gives the city data on "
                    "cultural life and attendance in every district.",
                ],
                fragments=[
                    "Venues, associations and artists publish their cultural events once in {brand}, and "
                    "the events appear on the city website, the tourism portal, apps and digital screens.",
                    "Events are tagged by type, district, price, language and accessibility, and visitors "
                    "can filter for free, family-friendly or wheelchair-accessible events.",
                    "An open API and data feed let media, hotels and other apps reuse the calendar without "
                    "copying events by hand.",
                    "Organisers can sell tickets or take registrations, and the city can promote events in "
                    "neighbourhoods that rarely feature in tourism marketing.",
                    "Dashboards show cultural events and attendance by district, helping the culture "
                    "department target grants and venues.",
                    "After two years, 1,800 organisers were publishing events, and attendance at events "
                    "outside the city centre grew by 30%.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="short-term-rental-compliance",
        sector="culture-tourism",
        extra_sectors=["e-government", "urban-planning"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} RentalWatch",
                    "Short-term rental monitoring and registration compliance",
                    "Enforce holiday rental rules with listing data",
                    "{brand} Stays: keep short-term rentals within the rules",
                ],
                summaries=[
                    "Monitors short-term rental listings across platforms, matches them to the city's "
                    "registration system and flags unregistered rentals and those exceeding the night cap.",
                    "Helps cities enforce short-term rental rules and protect housing for residents, using "
                    "listing data, a registration portal and tourist tax records.",
                ],
                fragments=[
                    "{brand} scans short-term rental listings on the main platforms daily and matches each "
                    "listing to an address and a registration number.",
                    "Unregistered listings, listings with invalid registration numbers and homes rented "
                    "beyond the annual night cap are flagged to inspectors with evidence.",
                    "Hosts register online in minutes, and the registration portal checks zoning rules and "
                    "building status automatically.",
                    "Data exchanges with platforms under new short-term rental regulations are supported, "
                    "reducing manual scraping and disputes.",
                    "Maps of short-term rental density by block help planners see where holiday rentals are "
                    "displacing residents and set local limits.",
                    "In the first year, the share of listings with a valid registration number rose from "
                    "41% to 89%, and 1,200 homes returned to the long-term rental market.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="accessible-tourism-routing",
        sector="culture-tourism",
        extra_sectors=["mobility"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} AccessMap",
                    "Accessible tourism routes and venue information",
                    "Step-free routes and accessibility data for visitors",
                    "{brand} Everyone Welcome: plan a visit with a disability",
                ],
                summaries=[
                    "Maps and routes for visitors with disabilities (step-free paths, accessible toilets, "
                    "entrances and venue details) verified on site and integrated into the city's tourism "
                    "apps.",
                    "Makes the city's sights, museums and public transport usable for wheelchair users, "
                    "older visitors and people with visual or hearing impairments.",
                ],
                fragments=[
                    "Trained surveyors, many of them people with disabilities, audit museums, restaurants, "
                    "hotels and streets for steps, ramps, door widths, accessible toilets and hearing "
                    "loops.",
                    "{brand} calculates step-free walking routes between attractions, avoiding steep "
                    "slopes, cobblestones and broken lifts reported in real time.",
                    "Venue pages show photos and measurements so that visitors can judge accessibility for "
                    "themselves, rather than relying on a simple wheelchair symbol.",
                    "Audio descriptions, easy-read texts and sign-language videos are available for the "
                    "main sights.",
                    "The accessibility data is published as open data and can be shown in the tourism "
                    "office's app, on maps and in booking platforms.",
                    "After publishing accessibility data for 900 venues, the city saw a 20% rise in "
                    "visitors who booked accessible hotel rooms.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="tourism-tax-collection-platform",
        sector="culture-tourism",
        extra_sectors=["e-government"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} TaxStay",
                    "Digital tourist tax collection for hotels and rentals",
                    "Online tourist tax declaration and payment",
                    "{brand} Levy: a simple tourist tax for every accommodation provider",
                ],
                summaries=[
                    "An online platform where hotels, hostels and short-term rental hosts declare guest "
                    "nights and pay the tourist tax, with automatic checks and reports for the city.",
                    "Simplifies tourist tax collection and reduces evasion by connecting accommodation "
                    "providers, booking platforms and the city's finance department.",
                ],
                fragments=[
                    "Accommodation providers declare guest nights monthly or connect their property "
                    "management system to {brand}, which calculates the tourist tax automatically.",
                    "Payments by card or bank transfer are reconciled with declarations, and reminders go "
                    "out automatically before the deadline.",
                    "Data from booking platforms and the short-term rental register is compared with "
                    "declarations to flag providers who under-declare.",
                    "The finance department sees tourist tax revenue by district and type of accommodation "
                    "in real time.",
                    "Exemptions for children, students or medical stays are handled by the rules engine, "
                    "and rates can change by season.",
                    "After moving to the platform, one city increased tourist tax revenue by 27% without "
                    "raising the rate.",
                ],
            ),
        },
    ),
]

_CULTURE_TOURISM_CHALLENGES = [
    ChallengeArchetype(
        key="manage-overtourism-in-the-old-town",
        sector="culture-tourism",
        extra_sectors=["data-digital"],
        answered_by=["visitor-flow-analytics"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Manage overtourism in the historic centre",
                    "Spread visitor flows beyond the hotspots",
                    "Real-time data on visitor numbers",
                ],
                fragments=[
                    "{city}'s historic centre welcomes millions of visitors a year, and at peak times "
                    "visitor numbers in its narrow streets and main monuments are so high that residents "
                    "feel pushed out.",
                    "We have no reliable data on how many visitors are in the old town at any moment, where "
                    "they come from or how long they stay.",
                    "We are looking for anonymous visitor counting and analytics that show visitor flows in "
                    "real time and forecast peaks, for example on cruise ship days.",
                    "The solution should help us steer tourists towards quieter times and lesser-known "
                    "sights through apps, maps and signs.",
                    "Residents' quality of life must be part of the picture, so noise and complaints data "
                    "should be considered alongside visitor numbers.",
                    "Success means lower peak crowding at the busiest hotspots and more visitors in other "
                    "neighbourhoods.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "역사 도심의 오버투어리즘 관리",
                    "관광 명소에 몰린 관광객 분산",
                    "방문객 수 실시간 데이터",
                ],
                fragments=[
                    "{city}의 역사 도심에는 해마다 수백만 명의 관광객이 찾아오며, 성수기에는 좁은 골목과 "
                    "주요 명소가 너무 붐벼 주민들이 밀려나는 느낌을 받습니다.",
                    "지금 이 순간 구도심에 방문객이 얼마나 있는지, 어디에서 왔는지, 얼마나 머무는지에 대한 "
                    "믿을 만한 데이터가 없습니다.",
                    "방문객 흐름을 실시간으로 보여 주고 크루즈 입항일 같은 방문 피크를 예측하는 익명 방문객 "
                    "계수·분석 솔루션을 찾고 있습니다.",
                    "앱, 지도, 안내판을 통해 관광객을 한산한 시간대와 덜 알려진 명소로 유도할 수 있어야 "
                    "합니다.",
                    "주민의 삶의 질도 함께 고려해야 하므로, 방문객 수와 함께 소음과 민원 데이터도 볼 수 "
                    "있어야 합니다.",
                    "가장 붐비는 명소의 피크 혼잡을 줄이고 다른 동네를 찾는 방문객을 늘리는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Gestionar la saturación turística del casco histórico",
                    "Repartir los flujos de visitantes más allá de los puntos calientes",
                    "Datos en tiempo real sobre la afluencia de visitantes",
                ],
                fragments=[
                    "El casco histórico de {city} recibe millones de visitantes al año, y en las horas "
                    "punta sus calles estrechas y sus monumentos están tan saturados que los vecinos se "
                    "sienten expulsados.",
                    "No tenemos datos fiables de cuántos visitantes hay en el casco antiguo en cada "
                    "momento, de dónde vienen ni cuánto tiempo se quedan.",
                    "Buscamos conteo anónimo y análisis de visitantes que muestren los flujos en tiempo "
                    "real y prevean los picos, por ejemplo los días de escala de cruceros.",
                    "La solución debe ayudarnos a orientar a los turistas hacia horarios más tranquilos y "
                    "lugares menos conocidos mediante apps, mapas y señalización.",
                    "La calidad de vida de los vecinos debe formar parte del análisis, así que los datos de "
                    "ruido y de quejas deben verse junto a la afluencia.",
                    "El éxito será una menor saturación en los puntos más concurridos y más visitantes en "
                    "otros barrios.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Enfrentar o excesso de turismo no centro histórico",
                    "Distribuir o fluxo de visitantes além dos pontos lotados",
                    "Dados em tempo real sobre o número de visitantes",
                ],
                fragments=[
                    "O centro histórico de {city} recebe milhões de visitantes por ano, e nos horários de "
                    "pico as ruas estreitas e os principais monumentos ficam tão lotados que os moradores "
                    "se sentem expulsos.",
                    "Não temos dados confiáveis sobre quantos visitantes estão no centro histórico a cada "
                    "momento, de onde vêm ou quanto tempo ficam.",
                    "Procuramos contagem anônima e análise de visitantes que mostrem os fluxos em tempo "
                    "real e prevejam os picos, por exemplo nos dias de navio de cruzeiro.",
                    "A solução deve nos ajudar a direcionar os turistas para horários mais tranquilos e "
                    "atrações menos conhecidas, por meio de aplicativos, mapas e sinalização.",
                    "A qualidade de vida dos moradores deve fazer parte da análise, com dados de ruído e "
                    "reclamações ao lado dos números de visitantes.",
                    "O sucesso será menos lotação nos pontos mais concorridos e mais visitantes em outros "
                    "bairros.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Maîtriser le surtourisme dans le centre historique",
                    "Répartir les flux de visiteurs au-delà des sites saturés",
                    "Des données en temps réel sur la fréquentation",
                ],
                fragments=[
                    "À {city}, le centre historique accueille des millions de visiteurs par an, et aux "
                    "heures de pointe ses ruelles et ses monuments sont si saturés que les habitants se "
                    "sentent chassés de leur quartier.",
                    "Nous n'avons aucune donnée fiable sur le nombre de visiteurs présents dans la vieille "
                    "ville à un instant donné, leur provenance ou la durée de leur séjour.",
                    "Nous cherchons un comptage anonyme et une analyse des visiteurs qui montrent les flux "
                    "en temps réel et prévoient les pics, par exemple les jours d'escale de croisière.",
                    "La solution doit nous aider à orienter les touristes vers des créneaux plus calmes et "
                    "des lieux moins connus, grâce aux applications, aux cartes et à la signalétique.",
                    "La qualité de vie des habitants doit être prise en compte : bruit et plaintes doivent "
                    "apparaître à côté des chiffres de fréquentation.",
                    "Nous visons moins d'affluence aux heures de pointe sur les sites les plus fréquentés "
                    "et davantage de visiteurs dans les autres quartiers.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="bring-heritage-sites-to-life",
        sector="culture-tourism",
        extra_sectors=["education"],
        answered_by=["ar-heritage-guide", "museum-collection-digitization-3d"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Bring our heritage sites to life",
                    "Digital experiences for museums and monuments",
                    "Tell the story of the city's history to new audiences",
                ],
                fragments=[
                    "{city} has remarkable heritage (ruins, historic squares and a museum collection mostly "
                    "kept in storage), but many visitors walk past without understanding what they see.",
                    "Information panels are only in one or two languages, and younger visitors and families "
                    "expect more engaging digital experiences.",
                    "We are looking for augmented reality or 3D reconstructions that show heritage sites as "
                    "they once were, with stories in several languages.",
                    "We would also like to digitise museum objects in 3D so that collections in storage can "
                    "be explored online and used in schools.",
                    "Experiences should be accessible to visitors with disabilities and encourage people to "
                    "discover lesser-known heritage beyond the main monuments.",
                    "We will measure visitor numbers, visit time and satisfaction at the pilot sites.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "문화유산에 생기 불어넣기",
                    "박물관과 기념물을 위한 디지털 체험",
                    "새로운 관람객에게 도시의 역사 들려주기",
                ],
                fragments=[
                    "{city}에는 유적, 역사 광장, 대부분 수장고에 보관된 박물관 소장품 같은 훌륭한 "
                    "문화유산이 있지만, 많은 방문객이 무엇을 보는지 모른 채 지나칩니다.",
                    "안내판은 한두 개 언어로만 되어 있고, 젊은 관람객과 가족은 더 흥미로운 디지털 체험을 "
                    "기대합니다.",
                    "문화유산의 옛 모습을 보여 주고 여러 언어로 이야기를 들려주는 증강현실(AR)이나 3D 복원 "
                    "콘텐츠를 찾고 있습니다.",
                    "수장고의 소장품을 온라인에서 둘러보고 학교 수업에도 쓸 수 있도록 박물관 유물을 3D로 "
                    "디지털화하고자 합니다.",
                    "장애가 있는 관람객도 이용할 수 있어야 하며, 대표 명소 밖의 덜 알려진 문화유산을 "
                    "찾아가게 해야 합니다.",
                    "시범 장소의 방문객 수, 관람 시간, 만족도를 측정할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Dar vida a nuestro patrimonio",
                    "Experiencias digitales para museos y monumentos",
                    "Contar la historia de la ciudad a nuevos públicos",
                ],
                fragments=[
                    "{city} tiene un patrimonio extraordinario (ruinas, plazas históricas y una colección "
                    "de museo guardada casi toda en almacenes), pero muchos visitantes pasan de largo sin "
                    "entender lo que ven.",
                    "Los paneles informativos están en uno o dos idiomas, y el público joven y las familias "
                    "esperan experiencias digitales más atractivas.",
                    "Buscamos realidad aumentada o reconstrucciones en 3D que muestren los lugares "
                    "patrimoniales tal como eran, con relatos en varios idiomas.",
                    "También queremos digitalizar en 3D las piezas del museo para que las colecciones "
                    "guardadas en almacenes puedan explorarse en línea y usarse en los colegios.",
                    "Las experiencias deben ser accesibles para visitantes con discapacidad y animar a "
                    "descubrir el patrimonio menos conocido más allá de los monumentos principales.",
                    "Mediremos el número de visitantes, la duración de la visita y la satisfacción en los "
                    "lugares piloto.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Dar vida ao nosso patrimônio",
                    "Experiências digitais para museus e monumentos",
                    "Contar a história da cidade a novos públicos",
                ],
                fragments=[
                    "{city} tem um patrimônio notável (ruínas, praças históricas e um acervo de museu "
                    "guardado quase todo na reserva técnica), mas muitos visitantes passam sem entender o "
                    "que veem.",
                    "As placas informativas estão em um ou dois idiomas, e o público jovem e as famílias "
                    "esperam experiências digitais mais envolventes.",
                    "Procuramos realidade aumentada ou reconstruções em 3D que mostrem os sítios históricos "
                    "como eram, com histórias em vários idiomas.",
                    "Também queremos digitalizar em 3D as peças do museu, para que o acervo guardado possa "
                    "ser explorado online e usado nas escolas.",
                    "As experiências devem ser acessíveis a visitantes com deficiência e estimular a "
                    "descoberta do patrimônio menos conhecido além dos monumentos principais.",
                    "Vamos medir o número de visitantes, o tempo de visita e a satisfação nos locais do "
                    "piloto.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Faire revivre notre patrimoine",
                    "Des expériences numériques pour les musées et les monuments",
                    "Raconter l'histoire de la ville à de nouveaux publics",
                ],
                fragments=[
                    "{city} possède un patrimoine remarquable (ruines, places historiques et des "
                    "collections muséales en grande partie conservées en réserve), mais beaucoup de "
                    "visiteurs passent sans comprendre ce qu'ils voient.",
                    "Les panneaux d'information n'existent qu'en une ou deux langues, et les jeunes publics "
                    "comme les familles attendent des expériences numériques plus vivantes.",
                    "Nous cherchons des dispositifs de réalité augmentée ou des reconstitutions 3D qui "
                    "montrent les sites patrimoniaux tels qu'ils étaient, avec des récits en plusieurs "
                    "langues.",
                    "Nous souhaitons aussi numériser en 3D les objets du musée, afin que les collections en "
                    "réserve puissent être explorées en ligne et utilisées à l'école.",
                    "Les expériences doivent être accessibles aux visiteurs en situation de handicap et "
                    "inciter à découvrir le patrimoine méconnu au-delà des grands monuments.",
                    "Nous mesurerons la fréquentation, la durée de visite et la satisfaction sur les sites "
                    "pilotes.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="enforce-short-term-rental-rules",
        sector="culture-tourism",
        extra_sectors=["urban-planning"],
        answered_by=["short-term-rental-compliance"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Enforce short-term rental rules",
                    "Protect housing from unregistered holiday rentals",
                    "Know how many homes are rented to tourists",
                ],
                fragments=[
                    "The number of homes in {city} listed as short-term rentals has tripled in five years, "
                    "and residents of the historic centre say holiday rentals are driving the housing "
                    "shortage.",
                    "Our registration scheme and night cap exist on paper, but inspectors have no efficient "
                    "way to check thousands of listings across several platforms.",
                    "We want a tool that monitors short-term rental listings, matches them to addresses and "
                    "registration numbers and flags unregistered rentals and breaches of the night cap.",
                    "Hosts should be able to register online easily, with automatic checks against zoning "
                    "rules.",
                    "Maps of short-term rental density should help us set local limits where housing "
                    "pressure is highest.",
                    "Success means a high share of listings with a valid registration and homes returning "
                    "to long-term rental.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="make-the-city-accessible-to-all-visitors",
        sector="culture-tourism",
        extra_sectors=["mobility"],
        answered_by=["accessible-tourism-routing"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Make the city accessible to every visitor",
                    "Accessible tourism for visitors with disabilities",
                    "Step-free routes to our main sights",
                ],
                fragments=[
                    "Visitors with disabilities and older visitors tell us it is hard to plan a trip to "
                    "{city}: information on step-free access, accessible toilets and venue entrances is "
                    "missing or unreliable.",
                    "Our historic streets have cobblestones, steps and steep slopes, and lifts in metro "
                    "stations are sometimes out of service.",
                    "We want reliable accessibility data for sights, museums, hotels and restaurants, "
                    "verified on site, and step-free routes between attractions.",
                    "Information should be available in the tourism office's app and as open data, with "
                    "photos and measurements rather than symbols only.",
                    "People with disabilities should be involved in collecting and checking the data.",
                    "We would start with the 300 most visited venues and the routes between them.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="single-ticket-for-museums-and-transport",
        sector="culture-tourism",
        extra_sectors=["mobility"],
        answered_by=["multilingual-city-pass"],
        texts={
            "en": ChallengeText(
                titles=[
                    "One ticket for museums and public transport",
                    "A digital city pass for visitors",
                    "Simplify ticketing for tourists",
                ],
                fragments=[
                    "Visitors to {city} have to buy separate tickets for each museum, attraction and public "
                    "transport, often in long queues and with information in one language only.",
                    "Our current paper tourist card is hardly used, and we have no data on which "
                    "attractions visitors combine.",
                    "We want a digital city pass in several languages that bundles museum entry, "
                    "attractions and public transport on a phone, with timed entry for the busiest museums.",
                    "Partner museums and attractions should be paid automatically based on actual visits.",
                    "The tourism office needs data on visitor flows and spending to improve its offer and "
                    "spread visitors across the city.",
                    "The pass should launch before the next summer season.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="collect-tourist-tax-efficiently",
        sector="culture-tourism",
        extra_sectors=["e-government"],
        answered_by=["tourism-tax-collection-platform"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Collect the tourist tax efficiently",
                    "Digital tourist tax declarations",
                    "Reduce tourist tax evasion",
                ],
                fragments=[
                    "{city} collects a tourist tax per guest night, but hotels and hosts still declare on "
                    "paper forms, and our finance team spends weeks reconciling payments.",
                    "We suspect many short-term rental hosts under-declare or do not declare at all, but we "
                    "cannot compare declarations with booking data.",
                    "We want an online platform for accommodation providers to declare guest nights and pay "
                    "the tourist tax, ideally connected to their property management systems.",
                    "The system should compare declarations with booking platform data and the short-term "
                    "rental register to flag under-declaration.",
                    "Exemptions and seasonal rates must be handled automatically.",
                    "We expect higher tourist tax revenue and less administrative work within the first "
                    "year.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="promote-local-cultural-life",
        sector="culture-tourism",
        extra_sectors=["economy-jobs"],
        answered_by=["local-culture-events-calendar"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Promote cultural events across the whole city",
                    "One calendar for every cultural event",
                ],
                fragments=[
                    "Hundreds of cultural events (concerts, exhibitions and neighbourhood festivals) take "
                    "place in {city} every month, but small venues and local artists announce them on "
                    "dozens of separate websites.",
                    "Small venues and local artists struggle to reach audiences, while residents and "
                    "visitors only hear about the big events in the city centre.",
                    "We want one open culture and events calendar that every organiser can publish to once, "
                    "feeding the city website, the tourism portal, apps and digital screens.",
                    "Events should be searchable by district, price, language and accessibility, and the "
                    "data should be reusable through an open API.",
                    "The culture department needs data on cultural events and attendance by district to "
                    "target grants.",
                    "Success means more events published by small organisers and higher attendance outside "
                    "the city centre.",
                ],
            ),
        },
    ),
]


# --- Urban planning & infrastructure ---------------------------------------------------------------------

_URBAN_PLANNING_SOLUTIONS = [
    SolutionArchetype(
        key="digital-twin-3d-city",
        sector="urban-planning",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityTwin",
                    "3D digital twin of the city for planning",
                    "City digital twin for urban planning and simulation",
                    "{brand} Twin: test plans in 3D before they are built",
                ],
                summaries=[
                    "A 3D digital twin of the city that combines buildings, terrain, infrastructure and "
                    "live sensor data, so planners can test new developments, shadows, wind and flood "
                    "scenarios before building.",
                    "Brings planning, zoning, infrastructure and IoT data together in one 3D city model "
                    "that departments and residents can explore in a web browser.",
                ],
                fragments=[
                    "{brand} builds a detailed 3D city model from aerial imagery, LiDAR and building "
                    "footprints, and keeps it up to date with every building permit.",
                    "Planners drop a proposed building into the 3D model and instantly see its height, "
                    "shadows, views and compliance with zoning rules.",
                    "Simulation modules estimate sunlight, wind comfort, noise, flood extent and heat for "
                    "new developments and whole districts.",
                    "Live data from traffic, air quality and water sensors is shown in the same digital "
                    "twin, linking planning with city operations.",
                    "Residents can explore development proposals in 3D in a web browser and comment on them "
                    "during public consultation.",
                    "The platform uses open standards such as CityGML and 3D Tiles, so the city keeps "
                    "ownership of its data and avoids vendor lock-in.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 시티트윈",
                    "도시계획을 위한 3D 디지털 트윈",
                    "도시계획과 시뮬레이션을 위한 도시 디지털 트윈",
                ],
                summaries=[
                    "건물, 지형, 기반시설, 실시간 센서 데이터를 결합한 3D 도시 디지털 트윈으로, 계획가가 "
                    "짓기 전에 신규 개발의 그림자, 바람, 침수 시나리오를 검토할 수 있습니다.",
                    "도시계획, 용도지역, 기반시설, IoT 데이터를 하나의 3D 도시 모델에 모아, 부서와 시민이 "
                    "웹 브라우저에서 살펴볼 수 있게 합니다.",
                ],
                fragments=[
                    "{brand} 플랫폼은 항공사진, 라이다, 건물 외곽선으로 정밀한 3D 도시 모델을 만들고, 건축 "
                    "인허가가 날 때마다 모델을 갱신합니다.",
                    "계획가는 계획 중인 건물을 3D 모델에 올려 높이, 그림자, 조망, 용도지역 규정 준수 여부를 "
                    "바로 확인합니다.",
                    "시뮬레이션 기능으로 신규 개발과 지구 전체의 일조, 바람길, 소음, 침수 범위, 열 환경을 "
                    "예측합니다.",
                    "교통, 대기질, 수도 센서의 실시간 데이터를 같은 디지털 트윈에 보여 주어 도시계획과 도시 "
                    "운영을 연결합니다.",
                    "주민은 웹 브라우저에서 개발 계획을 3D로 둘러보고 주민 의견 청취 기간에 의견을 남길 수 "
                    "있습니다.",
                    "CityGML, 3D Tiles 같은 개방형 표준을 사용하므로 지자체가 데이터 소유권을 지키고 특정 "
                    "업체 종속을 피할 수 있습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Gemelo Urbano",
                    "Gemelo digital 3D de la ciudad para el planeamiento",
                    "Gemelo digital urbano para planificación y simulación",
                ],
                summaries=[
                    "Un gemelo digital 3D de la ciudad que combina edificios, terreno, infraestructuras y "
                    "datos de sensores en tiempo real, para que los técnicos prueben nuevos desarrollos, "
                    "sombras, viento e inundaciones antes de construir.",
                    "Reúne planeamiento, normativa urbanística, infraestructuras y datos IoT en un solo "
                    "modelo 3D de la ciudad que las áreas municipales y los vecinos pueden explorar en el "
                    "navegador.",
                ],
                fragments=[
                    "{brand} construye un modelo 3D detallado de la ciudad a partir de ortofotos, LiDAR y "
                    "huellas de edificios, y lo actualiza con cada licencia de obra.",
                    "El técnico coloca un edificio proyectado en el modelo 3D y ve al momento su altura, "
                    "sus sombras, las vistas y si cumple la normativa urbanística.",
                    "Los módulos de simulación estiman soleamiento, confort frente al viento, ruido, zonas "
                    "inundables y calor para nuevos desarrollos y barrios enteros.",
                    "Los datos en tiempo real de tráfico, calidad del aire y agua se muestran en el mismo "
                    "gemelo digital, uniendo planificación y gestión de la ciudad.",
                    "Los vecinos pueden explorar en 3D los proyectos urbanísticos desde el navegador y "
                    "opinar durante la información pública.",
                    "La plataforma usa estándares abiertos como CityGML y 3D Tiles, de modo que el "
                    "ayuntamiento conserva la propiedad de sus datos y evita depender de un proveedor.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Gêmeo Urbano",
                    "Gêmeo digital 3D da cidade para o planejamento urbano",
                    "Gêmeo digital urbano para planejamento e simulação",
                ],
                summaries=[
                    "Um gêmeo digital 3D da cidade que combina edificações, terreno, infraestrutura e dados "
                    "de sensores em tempo real, para que os técnicos testem novos empreendimentos, sombras, "
                    "ventos e enchentes antes de construir.",
                    "Reúne planejamento, zoneamento, infraestrutura e dados de IoT num único modelo 3D da "
                    "cidade que as secretarias e os moradores podem explorar no navegador.",
                ],
                fragments=[
                    "A plataforma {brand} constrói um modelo 3D detalhado da cidade a partir de imagens "
                    "aéreas, LiDAR e projeções das edificações, e o atualiza a cada alvará de construção.",
                    "O técnico coloca um prédio projetado no modelo 3D e vê na hora a altura, as sombras, "
                    "as vistas e se ele cumpre a lei de zoneamento.",
                    "Módulos de simulação estimam insolação, conforto ao vento, ruído, manchas de inundação "
                    "e calor para novos empreendimentos e bairros inteiros.",
                    "Dados em tempo real de trânsito, qualidade do ar e saneamento aparecem no mesmo gêmeo "
                    "digital, ligando o planejamento à operação da cidade.",
                    "Os moradores podem explorar os projetos urbanos em 3D no navegador e comentar durante "
                    "as audiências públicas.",
                    "A plataforma usa padrões abertos como CityGML e 3D Tiles, e a prefeitura mantém a "
                    "propriedade dos dados, sem ficar presa a um fornecedor.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Jumeau Urbain",
                    "Jumeau numérique 3D de la ville pour l'urbanisme",
                    "Jumeau numérique urbain pour la planification et la simulation",
                ],
                summaries=[
                    "Un jumeau numérique 3D de la ville qui réunit bâtiments, relief, réseaux et données de "
                    "capteurs en temps réel, pour tester projets, ombres portées, vent et inondations avant "
                    "de construire.",
                    "Rassemble urbanisme, règles du PLU, infrastructures et données IoT dans une seule "
                    "maquette 3D de la ville, consultable par les services et les habitants dans un "
                    "navigateur.",
                ],
                fragments=[
                    "{brand} construit une maquette 3D détaillée de la ville à partir d'orthophotos, de "
                    "LiDAR et des emprises de bâtiments, et la met à jour à chaque permis de construire.",
                    "L'urbaniste insère un projet de bâtiment dans la maquette 3D et voit immédiatement sa "
                    "hauteur, ses ombres portées, les vues et sa conformité au PLU.",
                    "Des modules de simulation estiment l'ensoleillement, le confort au vent, le bruit, "
                    "l'emprise des inondations et la chaleur pour un projet ou un quartier entier.",
                    "Les données en temps réel de trafic, de qualité de l'air et des réseaux d'eau "
                    "s'affichent dans le même jumeau numérique, pour relier planification et exploitation "
                    "de la ville.",
                    "Les habitants explorent les projets urbains en 3D dans leur navigateur et donnent leur "
                    "avis pendant la concertation publique.",
                    "La plateforme repose sur des standards ouverts comme CityGML et 3D Tiles : la "
                    "collectivité reste propriétaire de ses données et évite la dépendance à un "
                    "fournisseur.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="road-pavement-condition-ai",
        sector="urban-planning",
        extra_sectors=["mobility"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} RoadScan",
                    "AI road condition survey from vehicle cameras",
                    "Pothole and pavement crack detection with dashcams",
                    "{brand} Pavement: find potholes before residents report them",
                ],
                summaries=[
                    "Smartphone or dashcam cameras on city vehicles record roads during their normal "
                    "rounds, and AI detects potholes, cracks and faded markings to map pavement condition "
                    "street by street.",
                    "A low-cost road condition survey that gives every street a pavement condition score "
                    "and plans maintenance before small cracks become potholes.",
                ],
                fragments=[
                    "A smartphone or dashcam mounted on refuse trucks, buses or inspection vehicles records "
                    "the road surface during their normal rounds, with no special survey vehicle.",
                    "{brand} AI detects potholes, alligator cracking, rutting, faded road markings and "
                    "damaged signs, and geolocates each defect on the map.",
                    "Each street segment receives a pavement condition index that is updated every few "
                    "weeks, instead of a manual survey every four years.",
                    "The maintenance planner ranks repairs by severity, traffic and cost, and shows when "
                    "preventive treatments such as crack sealing are cheaper than later resurfacing.",
                    "Work orders for urgent potholes go straight to repair crews, who close them with a "
                    "photo in the app.",
                    "In a city with 1,900 km of roads, pothole complaints fell by 45% in two years, and "
                    "resurfacing budgets were spent where they were most needed.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 로드스캔",
                    "차량 카메라를 활용한 AI 도로 상태 조사",
                    "블랙박스 영상으로 포트홀과 균열 탐지",
                ],
                summaries=[
                    "지자체 차량의 스마트폰·블랙박스 카메라로 평소 운행 중 도로를 촬영하고, AI가 포트홀, "
                    "균열, 흐려진 차선을 찾아 도로별 포장 상태 지도를 만듭니다.",
                    "저비용으로 모든 도로에 포장 상태 점수를 매기고, 작은 균열이 포트홀로 커지기 전에 보수 "
                    "계획을 세우게 하는 도로 상태 조사 서비스입니다.",
                ],
                fragments=[
                    "청소차, 버스, 도로 순찰차에 스마트폰이나 블랙박스를 달아 평소 운행 중에 노면을 "
                    "촬영하므로 별도의 조사 차량이 필요 없습니다.",
                    "{brand} AI가 포트홀, 거북등 균열, 소성 변형, 흐려진 차선, 파손된 표지판을 찾아내고 "
                    "지도에 위치를 표시합니다.",
                    "도로 구간마다 포장 상태 지수가 4년마다 하는 수작업 조사 대신 몇 주 간격으로 갱신됩니다.",
                    "보수 계획 기능은 파손 정도, 교통량, 비용을 고려해 우선순위를 정하고, 균열 실링 같은 "
                    "예방 보수가 나중의 재포장보다 저렴한 시점을 알려 줍니다.",
                    "긴급한 포트홀은 작업 지시가 보수반에 바로 전달되고, 보수반은 앱에서 사진을 찍어 처리를 "
                    "완료합니다.",
                    "도로 1,900km를 관리하는 도시에서 2년 만에 포트홀 민원이 45% 줄었고, 재포장 예산을 가장 "
                    "필요한 곳에 쓰게 되었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Firme",
                    "Inspección del estado de las calles con cámaras en vehículos e IA",
                    "Detección de baches y grietas en el pavimento con cámaras a bordo",
                ],
                summaries=[
                    "Cámaras de móvil o de salpicadero en vehículos municipales graban las calles durante "
                    "sus rutas habituales, y la IA detecta baches, grietas y marcas viales borradas para "
                    "mapear el estado del pavimento calle a calle.",
                    "Una inspección del firme de bajo coste que da a cada calle un índice de estado del "
                    "pavimento y planifica el mantenimiento antes de que las grietas se conviertan en "
                    "baches.",
                ],
                fragments=[
                    "Un móvil o una cámara de salpicadero instalados en camiones de basura, autobuses o "
                    "vehículos de inspección graban el pavimento en sus recorridos habituales, sin vehículo "
                    "de auscultación especial.",
                    "La IA de {brand} detecta baches, piel de cocodrilo, roderas, marcas viales borradas y "
                    "señales dañadas, y sitúa cada defecto en el mapa.",
                    "Cada tramo de calle recibe un índice de estado del pavimento que se actualiza cada "
                    "pocas semanas, en lugar de una inspección manual cada cuatro años.",
                    "El planificador ordena las reparaciones por gravedad, tráfico y coste, e indica cuándo "
                    "un tratamiento preventivo como el sellado de grietas sale más barato que un refuerzo "
                    "posterior.",
                    "Las órdenes de trabajo de baches urgentes llegan directamente a las brigadas, que las "
                    "cierran con una foto desde la app.",
                    "En una ciudad con 1.900 km de calles, las quejas por baches bajaron un 45 % en dos "
                    "años y el presupuesto de asfaltado se dedicó donde más falta hacía.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Pavimento",
                    "Inspeção das vias com câmeras em veículos e IA",
                    "Detecção de buracos e trincas no asfalto com câmeras embarcadas",
                ],
                summaries=[
                    "Câmeras de celular ou painel em veículos da prefeitura gravam as ruas durante as rotas "
                    "normais, e a IA detecta buracos, trincas e sinalização apagada para mapear o estado do "
                    "pavimento rua a rua.",
                    "Uma inspeção de pavimento de baixo custo que dá a cada rua um índice de condição e "
                    "planeja a manutenção antes que pequenas trincas virem buracos.",
                ],
                fragments=[
                    "Um celular ou câmera de painel instalado em caminhões de lixo, ônibus ou viaturas de "
                    "fiscalização grava o pavimento durante as rotas normais, sem veículo de levantamento "
                    "especial.",
                    "A IA da {brand} detecta buracos, trincas tipo couro de jacaré, afundamentos, faixas "
                    "apagadas e placas danificadas, e marca cada defeito no mapa.",
                    "Cada trecho de rua recebe um índice de condição do pavimento atualizado a cada poucas "
                    "semanas, em vez de um levantamento manual a cada quatro anos.",
                    "O planejador ordena os reparos por gravidade, tráfego e custo, e mostra quando um "
                    "tratamento preventivo, como a selagem de trincas, sai mais barato do que recapear "
                    "depois.",
                    "Ordens de serviço para buracos urgentes vão direto para as equipes de tapa-buraco, que "
                    "as encerram com uma foto no aplicativo.",
                    "Numa cidade com 1.900 km de vias, as reclamações de buracos caíram 45% em dois anos, e "
                    "a verba de recapeamento passou a ir para onde era mais necessária.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Chaussée",
                    "Diagnostic de l'état des chaussées par caméras embarquées et IA",
                    "Détection des nids-de-poule et fissures par caméras embarquées",
                ],
                summaries=[
                    "Des smartphones ou caméras embarquées sur les véhicules municipaux filment la voirie "
                    "lors des tournées habituelles, et l'IA repère nids-de-poule, fissures et marquages "
                    "effacés pour cartographier l'état des chaussées rue par rue.",
                    "Un diagnostic de chaussée à bas coût qui attribue à chaque rue un indice d'état et "
                    "planifie l'entretien avant que les fissures ne deviennent des nids-de-poule.",
                ],
                fragments=[
                    "Un smartphone ou une caméra fixée sur les bennes à ordures, les bus ou les véhicules "
                    "de patrouille filme la chaussée pendant les tournées habituelles, sans véhicule "
                    "d'auscultation dédié.",
                    "L'IA de {brand} détecte nids-de-poule, faïençage, orniérage, marquages effacés et "
                    "panneaux endommagés, et géolocalise chaque défaut sur la carte.",
                    "Chaque tronçon reçoit un indice d'état de la chaussée mis à jour toutes les quelques "
                    "semaines, au lieu d'une inspection manuelle tous les quatre ans.",
                    "Le module de programmation classe les réparations par gravité, trafic et coût, et "
                    "indique quand un traitement préventif comme le pontage de fissures revient moins cher "
                    "qu'une réfection ultérieure.",
                    "Les bons de travaux pour les nids-de-poule urgents partent directement vers les "
                    "équipes de voirie, qui les clôturent avec une photo dans l'application.",
                    "Dans une ville de 1 900 km de voirie, les signalements de nids-de-poule ont baissé de "
                    "45 % en deux ans, et le budget de réfection a été consacré aux rues qui en avaient le "
                    "plus besoin.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="underground-utility-mapping",
        sector="urban-planning",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} SubSurface",
                    "3D mapping of underground utilities",
                    "Ground-penetrating radar and AI to map buried pipes and cables",
                    "{brand} Underground: know what lies beneath before you dig",
                ],
                summaries=[
                    "Ground-penetrating radar, electromagnetic locators and AI create an accurate 3D map of "
                    "buried pipes and cables, so excavation crews avoid utility strikes.",
                    "Combines utility records from every network operator with new surveys into one 3D map "
                    "of buried pipes and cables, the city's underground infrastructure.",
                ],
                fragments=[
                    "Survey vehicles and handheld units with ground-penetrating radar and electromagnetic "
                    "locators scan streets without digging, and {brand} AI interprets the signals as pipes "
                    "and cables.",
                    "Records from water, sewer, gas, power, telecom and district heating operators are "
                    "merged with the survey results into one 3D underground map.",
                    "Each buried asset is shown with its depth, material and positional accuracy, so crews "
                    "know how much to trust the map before excavating.",
                    "Contractors request the map for a planned excavation online and receive it within "
                    "minutes, instead of contacting each utility separately.",
                    "As-built data from every completed excavation is uploaded from a phone app, so the "
                    "underground map improves over time.",
                    "In the pilot district, utility strikes during street works fell by 60% and design time "
                    "for new infrastructure projects dropped by a quarter.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 서브서피스",
                    "지하시설물 3D 지도",
                    "지표투과레이더와 AI로 매설 배관·케이블 탐사",
                ],
                summaries=[
                    "지표투과레이더(GPR), 전자기 탐지기, AI로 매설 배관과 케이블의 정확한 3D 지도를 만들어, "
                    "굴착 공사 중 지하시설물 파손 사고를 막습니다.",
                    "모든 관로 관리 기관의 지하시설물 도면과 새 탐사 결과를 결합해, 도시 전체의 지하 "
                    "기반시설을 하나의 3D 지도로 만듭니다.",
                ],
                fragments=[
                    "지표투과레이더와 전자기 탐지기를 단 탐사 차량과 휴대 장비가 굴착 없이 도로를 스캔하고, "
                    "{brand} AI가 신호를 배관과 케이블로 해석합니다.",
                    "상수도, 하수도, 가스, 전력, 통신, 지역난방 관리 기관의 도면을 탐사 결과와 합쳐 하나의 "
                    "3D 지하 지도로 만듭니다.",
                    "매설물마다 심도, 재질, 위치 정확도가 표시되므로, 작업자는 굴착 전에 지도를 얼마나 믿을 "
                    "수 있는지 알 수 있습니다.",
                    "시공사는 계획한 굴착 구간의 지도를 온라인으로 신청해 몇 분 안에 받으며, 기관마다 따로 "
                    "연락할 필요가 없습니다.",
                    "굴착이 끝날 때마다 준공 정보를 휴대폰 앱으로 올리므로, 지하 지도는 시간이 갈수록 "
                    "정확해집니다.",
                    "시범 지구에서 도로 공사 중 지하시설물 파손 사고가 60% 줄었고, 신규 기반시설 설계 "
                    "시간은 4분의 1 단축되었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Subsuelo",
                    "Cartografía 3D de los servicios enterrados",
                    "Georradar e IA para localizar tuberías y cables enterrados",
                ],
                summaries=[
                    "Georradar, detectores electromagnéticos e IA crean un mapa 3D preciso de las tuberías "
                    "y cables enterrados, para que las obras de excavación eviten dañar los servicios.",
                    "Reúne los planos de todas las compañías de servicios con nuevas campañas de detección "
                    "en un único mapa 3D de las infraestructuras del subsuelo de la ciudad.",
                ],
                fragments=[
                    "Vehículos y equipos portátiles con georradar y detectores electromagnéticos exploran "
                    "las calles sin excavar, y la IA de {brand} interpreta las señales como tuberías y "
                    "cables.",
                    "Los planos de las compañías de agua, saneamiento, gas, electricidad, "
                    "telecomunicaciones y calefacción urbana se fusionan con los resultados en un único "
                    "mapa 3D del subsuelo.",
                    "Cada elemento enterrado aparece con su profundidad, material y precisión de posición, "
                    "para que las brigadas sepan cuánto fiarse del mapa antes de excavar.",
                    "Las constructoras solicitan en línea el mapa de la zona de excavación prevista y lo "
                    "reciben en minutos, sin consultar a cada compañía por separado.",
                    "Los datos de obra terminada de cada excavación se suben desde una app del móvil, y el "
                    "mapa del subsuelo mejora con el tiempo.",
                    "En el distrito piloto, las roturas de servicios durante obras en la calle bajaron un "
                    "60 % y el tiempo de diseño de nuevas infraestructuras se redujo una cuarta parte.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Subsolo",
                    "Mapeamento 3D das redes subterrâneas",
                    "Georradar e IA para localizar tubulações e cabos enterrados",
                ],
                summaries=[
                    "Georradar, detectores eletromagnéticos e IA criam um mapa 3D preciso das tubulações e "
                    "cabos enterrados, para que as obras de escavação evitem atingir as redes.",
                    "Reúne os cadastros de todas as concessionárias com novos levantamentos do subsolo num "
                    "único mapa 3D da infraestrutura subterrânea da cidade.",
                ],
                fragments=[
                    "Veículos e equipamentos portáteis com georradar e detectores eletromagnéticos varrem "
                    "as ruas sem escavar, e a IA da {brand} interpreta os sinais como tubulações e cabos.",
                    "Os cadastros das concessionárias de água, esgoto, gás, energia, telecomunicações e "
                    "aquecimento urbano são unidos aos resultados num único mapa 3D do subsolo.",
                    "Cada rede enterrada aparece com profundidade, material e precisão de posição, para que "
                    "as equipes saibam quanto confiar no mapa antes de escavar.",
                    "As construtoras pedem online o mapa do trecho de escavação previsto e o recebem em "
                    "minutos, sem consultar cada concessionária separadamente.",
                    "Os dados de como construído de cada escavação concluída são enviados por um aplicativo "
                    "de celular, e o mapa do subsolo melhora com o tempo.",
                    "No distrito piloto, os danos a redes durante obras na rua caíram 60% e o tempo de "
                    "projeto de novas infraestruturas diminuiu um quarto.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Sous-Sol",
                    "Cartographie 3D des réseaux enterrés",
                    "Géoradar et IA pour localiser canalisations et câbles enterrés",
                ],
                summaries=[
                    "Géoradar, détecteurs électromagnétiques et IA produisent une carte 3D précise des "
                    "canalisations et câbles enterrés, pour que les chantiers de fouille évitent "
                    "d'endommager les réseaux.",
                    "Réunit les plans de tous les exploitants de réseaux et de nouvelles campagnes de "
                    "détection dans une seule carte 3D des infrastructures souterraines de la ville.",
                ],
                fragments=[
                    "Des véhicules et des appareils portatifs équipés de géoradar et de détecteurs "
                    "électromagnétiques auscultent les rues sans creuser, et l'IA de {brand} interprète les "
                    "signaux en canalisations et câbles.",
                    "Les plans des exploitants d'eau, d'assainissement, de gaz, d'électricité, de "
                    "télécommunications et de chauffage urbain sont fusionnés avec les résultats dans une "
                    "seule carte 3D du sous-sol.",
                    "Chaque ouvrage enterré est affiché avec sa profondeur, son matériau et sa classe de "
                    "précision, pour que les équipes sachent quel crédit accorder à la carte avant de "
                    "creuser.",
                    "Les entreprises demandent en ligne la carte de la zone de fouille prévue et la "
                    "reçoivent en quelques minutes, sans interroger chaque exploitant séparément.",
                    "Les relevés de récolement de chaque fouille terminée sont envoyés depuis une "
                    "application mobile, si bien que la carte du sous-sol s'améliore avec le temps.",
                    "Dans le quartier pilote, les accrochages de réseaux pendant les travaux de voirie ont "
                    "baissé de 60 % et le temps de conception des nouveaux projets d'infrastructure d'un "
                    "quart.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="bim-zoning-compliance-check",
        sector="urban-planning",
        extra_sectors=["e-government"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CodeCheck",
                    "Automated BIM compliance checks against zoning rules",
                    "Check building designs against the zoning code in minutes",
                    "{brand} BIM Review: faster, consistent building permit reviews",
                ],
                summaries=[
                    "Automatically checks building designs submitted as BIM models against zoning and "
                    "building rules (height, setbacks, floor area ratio, parking) and produces a compliance "
                    "report for the permit review.",
                    "Turns the zoning code into machine-readable rules so architects can check their BIM "
                    "model before submitting a building permit application.",
                ],
                fragments=[
                    "Architects upload an IFC building model, and {brand} checks it against zoning rules "
                    "such as maximum height, setbacks, floor area ratio, site coverage and parking "
                    "requirements.",
                    "The city's zoning code is translated once into machine-readable rules, reviewed by the "
                    "city's planners and updated whenever the regulation changes.",
                    "Building permit reviewers receive a compliance report with each rule, the measured "
                    "value and a 3D view highlighting the parts of the building that fail.",
                    "Architects can run the same check before submission, so most zoning conflicts are "
                    "fixed before the permit application reaches the city.",
                    "Results can be shown in the city's 3D digital twin, together with the surrounding "
                    "buildings and the planning context.",
                    "In a pilot with 120 building permit applications, the time planners spent on zoning "
                    "review fell by 55%, and review results became more consistent between officers.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="urban-tree-inventory",
        sector="urban-planning",
        extra_sectors=["environment"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} TreeCensus",
                    "Urban tree inventory with LiDAR and street imagery",
                    "AI inventory of every street tree and its health",
                    "{brand} Canopy: manage the urban forest tree by tree",
                ],
                summaries=[
                    "Builds a complete inventory of street and park trees from LiDAR and street-level "
                    "imagery, with species, size, health and ecosystem services, and plans pruning and "
                    "planting.",
                    "An urban forest management platform that maps every tree, tracks its health and shows "
                    "where new trees will add the most canopy cover.",
                ],
                fragments=[
                    "{brand} detects every tree from LiDAR and street-level imagery and records its "
                    "location, height, crown width, trunk diameter and likely species.",
                    "Arborists verify and update tree records in a mobile app, adding health assessments, "
                    "risks and pruning needs.",
                    "Work orders for pruning, removal and watering are planned by priority, and each "
                    "completed task is recorded against the tree.",
                    "The platform estimates the ecosystem services of each tree (shade, cooling, stormwater "
                    "retention and carbon storage) in money and physical units.",
                    "A planting planner shows streets with low canopy cover and available planting spots, "
                    "avoiding underground utilities and overhead lines.",
                    "One city mapped 210,000 trees in four months and used the data to target 15,000 new "
                    "trees in the neighbourhoods with the lowest canopy cover.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="public-space-usage-sensing",
        sector="urban-planning",
        extra_sectors=[],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} PlaceLab",
                    "Measure how parks, squares and streets are used",
                    "Anonymous public space analytics for urban designers",
                    "{brand} Public Life: data for better public spaces",
                ],
                summaries=[
                    "Anonymous sensors and analytics that show how people use parks, squares and streets "
                    "(how many, when, for how long and doing what) to design better public spaces.",
                    "Gives planners and park managers evidence on public space use before and after "
                    "redesigns, temporary interventions and events.",
                ],
                fragments=[
                    "Privacy-preserving sensors count visitors and measure dwell time in parks, squares and "
                    "streets, without storing images or tracking individuals.",
                    "{brand} classifies activities such as sitting, playing, walking and cycling, and shows "
                    "the mix of ages and genders using a space over the day.",
                    "Planners compare public space use before and after interventions such as new benches, "
                    "shade, play equipment or car-free streets.",
                    "Park managers use occupancy data to plan cleaning, maintenance and events where and "
                    "when people actually are.",
                    "Public life surveys by volunteers can be added to the sensor data, giving a fuller "
                    "picture of who uses a space and who does not.",
                    "After a square was redesigned with shade and seating based on the data, average time "
                    "spent there doubled and the share of women and older visitors rose.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="public-works-coordination-platform",
        sector="urban-planning",
        extra_sectors=["mobility"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} DigOnce",
                    "Coordination platform for street works and excavations",
                    "Dig once: coordinate road works between utilities and the city",
                    "{brand} Works: one map of all planned street works",
                ],
                summaries=[
                    "A shared map and workflow where the city and all utility companies register planned "
                    "street works and excavations, detect conflicts and coordinate them so streets are dug "
                    "up only once.",
                    "Reduces repeated excavation and traffic disruption by coordinating road resurfacing, "
                    "utility works and permits on one platform.",
                ],
                fragments=[
                    "The city and the water, gas, power and telecom operators register planned street works "
                    "and excavations for the next five years on a shared map in {brand}.",
                    "The platform detects overlaps automatically, for example a water main renewal planned "
                    "under a street that is about to be resurfaced, and proposes joint works.",
                    "Street works permits are requested and approved in the same workflow, with traffic "
                    "management plans and conditions attached.",
                    "A moratorium rule protects newly resurfaced streets from excavation for several years "
                    "unless works are coordinated or urgent.",
                    "Residents and businesses see upcoming street works and traffic diversions on a public "
                    "map and receive notifications for their street.",
                    "In the first three years, the city coordinated 340 joint works and reduced repeated "
                    "excavation of the same street by 40%.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="housing-vacancy-detection",
        sector="urban-planning",
        extra_sectors=["economy-jobs"],
        maturity_hint="concept",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} EmptyHomes",
                    "Find vacant homes with utility and registry data",
                    "Vacant housing detection to bring empty homes back into use",
                    "{brand} Homes: map long-term vacancy street by street",
                ],
                summaries=[
                    "Combines water and electricity consumption, population registers and property data to "
                    "estimate which homes have been vacant for a long time, so the city can bring empty "
                    "homes back into use.",
                    "A vacancy detection and case-management tool that helps housing departments contact "
                    "owners of empty homes and track them back into occupation.",
                ],
                fragments=[
                    "{brand} combines pseudonymised water and electricity consumption, population register "
                    "data and property records to estimate long-term vacancy for every dwelling.",
                    "Results are shown on a map by block and building type, revealing concentrations of "
                    "vacant housing and their likely causes.",
                    "A case-management module helps housing officers contact owners, offer renovation "
                    "grants or leasing schemes, and record the outcome.",
                    "Data protection is built in: analysis uses pseudonymised data, and personal details "
                    "are only accessed for cases the housing department is legally allowed to pursue.",
                    "The city can evaluate policies such as vacancy taxes or social leasing schemes by "
                    "tracking how many empty homes return to use.",
                    "In a concept study in one district, the model identified 1,100 probably vacant homes, "
                    "and field checks confirmed 82% of them.",
                ],
            ),
        },
    ),
]

_URBAN_PLANNING_CHALLENGES = [
    ChallengeArchetype(
        key="plan-with-a-city-digital-twin",
        sector="urban-planning",
        extra_sectors=["data-digital"],
        answered_by=["digital-twin-3d-city"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Plan the city with a 3D digital twin",
                    "A shared 3D city model for all departments",
                    "Test development proposals in 3D before approval",
                ],
                fragments=[
                    "{city} is planning several large urban development projects, but our planners still "
                    "assess height, shadows and views from 2D drawings instead of a 3D city model.",
                    "Each department keeps its own maps and data, so it is hard to see how a new "
                    "development affects traffic, drainage, heat or the skyline.",
                    "We are looking for a 3D digital twin of the city that combines buildings, terrain, "
                    "infrastructure and zoning rules, and can simulate sunlight, wind, noise and flooding.",
                    "Residents should be able to explore development proposals in 3D during public "
                    "consultation.",
                    "The digital twin must use open standards, so that the city owns its data and can reuse "
                    "it in other projects.",
                    "We would start with the three development areas planned for the next five years.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "3D 디지털 트윈으로 도시 계획하기",
                    "모든 부서가 함께 쓰는 3D 도시 모델",
                    "승인 전에 개발 계획을 3D로 검토",
                ],
                fragments=[
                    "{city}에서는 대규모 도시개발 사업을 여러 건 계획하고 있지만, 계획가들은 여전히 2D "
                    "도면과 정지된 조감도로 높이, 그림자, 조망을 검토합니다.",
                    "부서마다 지도와 데이터를 따로 관리하고 있어, 신규 개발이 교통, 배수, 열 환경, "
                    "스카이라인에 어떤 영향을 주는지 파악하기 어렵습니다.",
                    "건물, 지형, 기반시설, 용도지역 규정을 결합하고 일조, 바람, 소음, 침수를 시뮬레이션할 "
                    "수 있는 3D 도시 디지털 트윈을 찾고 있습니다.",
                    "주민 의견 청취 기간에 주민이 개발 계획을 3D로 살펴볼 수 있어야 합니다.",
                    "디지털 트윈은 개방형 표준을 써서 지자체가 데이터를 소유하고 다른 사업에도 재사용할 수 "
                    "있어야 합니다.",
                    "향후 5년 안에 추진할 개발 지구 세 곳부터 시작할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Planificar la ciudad con un gemelo digital 3D",
                    "Un modelo 3D de la ciudad compartido por todas las áreas",
                    "Evaluar los proyectos en 3D antes de aprobarlos",
                ],
                fragments=[
                    "{city} prepara varios grandes desarrollos urbanos, pero nuestros técnicos siguen "
                    "evaluando alturas, sombras y vistas con planos en 2D e infografías estáticas.",
                    "Cada área municipal tiene sus propios mapas y datos, y es difícil ver cómo afecta un "
                    "nuevo desarrollo al tráfico, al drenaje, al calor o al perfil urbano.",
                    "Buscamos un gemelo digital 3D de la ciudad que combine edificios, terreno, "
                    "infraestructuras y normativa urbanística, y que simule soleamiento, viento, ruido e "
                    "inundaciones.",
                    "Los vecinos deben poder explorar los proyectos en 3D durante la información pública.",
                    "El gemelo digital debe usar estándares abiertos, para que el ayuntamiento sea dueño de "
                    "sus datos y pueda reutilizarlos.",
                    "Empezaríamos por los tres ámbitos de desarrollo previstos para los próximos cinco años.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Planejar a cidade com um gêmeo digital 3D",
                    "Um modelo 3D da cidade compartilhado por todas as secretarias",
                    "Avaliar os projetos em 3D antes da aprovação",
                ],
                fragments=[
                    "{city} prepara vários grandes projetos urbanos, mas os nossos técnicos ainda avaliam "
                    "altura, sombras e vistas com plantas em 2D e imagens estáticas.",
                    "Cada secretaria mantém seus próprios mapas e dados, e é difícil ver como um novo "
                    "empreendimento afeta o trânsito, a drenagem, o calor ou a paisagem.",
                    "Procuramos um gêmeo digital 3D da cidade que combine edificações, terreno, "
                    "infraestrutura e zoneamento, e que simule insolação, ventos, ruído e enchentes.",
                    "Os moradores devem poder explorar os projetos em 3D durante as audiências públicas.",
                    "O gêmeo digital precisa usar padrões abertos, para que a prefeitura seja dona dos "
                    "dados e possa reutilizá-los.",
                    "Começaríamos pelas três áreas de desenvolvimento previstas para os próximos cinco anos.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Planifier la ville avec un jumeau numérique 3D",
                    "Une maquette 3D de la ville partagée par tous les services",
                    "Évaluer les projets en 3D avant de les autoriser",
                ],
                fragments=[
                    "{city} prépare plusieurs grands projets urbains, mais nos urbanistes évaluent encore "
                    "hauteurs, ombres et vues à partir de plans 2D et de perspectives figées.",
                    "Chaque service garde ses propres cartes et données, et il est difficile de voir "
                    "l'effet d'un projet sur la circulation, l'assainissement, la chaleur ou la silhouette "
                    "de la ville.",
                    "Nous cherchons un jumeau numérique 3D de la ville qui réunisse bâtiments, relief, "
                    "réseaux et règles du PLU, et simule ensoleillement, vent, bruit et inondations.",
                    "Les habitants doivent pouvoir explorer les projets en 3D pendant la concertation "
                    "publique.",
                    "Le jumeau numérique doit reposer sur des standards ouverts, pour que la collectivité "
                    "reste propriétaire de ses données et puisse les réutiliser.",
                    "Nous commencerions par les trois secteurs de projet prévus dans les cinq prochaines "
                    "années.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="fix-potholes-before-complaints",
        sector="urban-planning",
        extra_sectors=["mobility"],
        answered_by=["road-pavement-condition-ai", "311-issue-reporting-app"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Fix potholes before residents complain",
                    "Know the condition of every street",
                    "Smarter road maintenance planning",
                ],
                fragments=[
                    "{city} maintains about 2,000 km of roads; potholes are the street issue residents "
                    "report most often, especially after winter, and each report still becomes a work order "
                    "by hand.",
                    "Our last full pavement condition survey is four years old, so road maintenance is "
                    "planned from complaints rather than from the actual condition of the streets.",
                    "We want an affordable way to survey road condition regularly, for example with cameras "
                    "on vehicles that already drive every street, and AI that detects potholes and cracks.",
                    "Every street should get a pavement condition score, and the maintenance plan should "
                    "rank repairs by severity, traffic and cost.",
                    "Urgent potholes should become work orders for our repair crews automatically, and "
                    "residents should be told when a reported pothole is fixed.",
                    "Success means fewer pothole complaints and a resurfacing budget spent where it matters "
                    "most.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "민원 전에 포트홀 보수하기",
                    "모든 도로의 상태 파악",
                    "더 똑똑한 도로 유지보수 계획",
                ],
                fragments=[
                    "{city}의 관리 도로는 약 2,000km이며, 포트홀은 특히 겨울이 지난 뒤 시민들이 가장 많이 "
                    "제기하는 민원입니다.",
                    "마지막 전수 포장 상태 조사가 4년 전이라, 도로 유지보수를 실제 도로 상태가 아니라 "
                    "민원에 따라 계획하고 있습니다.",
                    "이미 모든 도로를 다니는 차량에 카메라를 달고 AI로 포트홀과 균열을 찾아내는 등, 도로 "
                    "상태를 정기적으로 조사할 수 있는 저렴한 방법을 원합니다.",
                    "모든 도로에 포장 상태 점수를 매기고, 파손 정도, 교통량, 비용에 따라 보수 우선순위를 "
                    "정해야 합니다.",
                    "긴급한 포트홀은 자동으로 보수반의 작업 지시가 되어야 하고, 신고한 시민에게는 보수가 "
                    "끝났다고 알려야 합니다.",
                    "포트홀 민원을 줄이고 재포장 예산을 가장 필요한 곳에 쓰는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reparar los baches antes de que lleguen las quejas",
                    "Conocer el estado de cada calle",
                    "Planificar mejor el mantenimiento del firme",
                ],
                fragments=[
                    "{city} mantiene unos 2.000 km de calles, y los baches son la incidencia que más "
                    "comunican los vecinos al ayuntamiento, sobre todo después del invierno.",
                    "La última inspección completa del estado del pavimento tiene cuatro años, así que el "
                    "mantenimiento se planifica según las quejas y no según el estado real de las calles.",
                    "Queremos una forma asequible de inspeccionar el firme con regularidad, por ejemplo con "
                    "cámaras en vehículos que ya recorren todas las calles e IA que detecte baches y "
                    "grietas.",
                    "Cada calle debe tener un índice de estado del pavimento, y el plan de mantenimiento "
                    "debe ordenar las reparaciones por gravedad, tráfico y coste.",
                    "Los baches urgentes deben convertirse automáticamente en órdenes de trabajo para las "
                    "brigadas, y el vecino debe saber cuándo se ha reparado el bache que comunicó.",
                    "El éxito será recibir menos quejas por baches y gastar el presupuesto de asfaltado "
                    "donde más falta hace.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Tapar os buracos antes das reclamações",
                    "Conhecer o estado de cada rua",
                    "Planejar melhor a manutenção do pavimento",
                ],
                fragments=[
                    "{city} mantém cerca de 2.000 km de vias, e os buracos são a reclamação que os "
                    "moradores mais registram na prefeitura, principalmente depois da época de chuvas.",
                    "O último levantamento completo do pavimento tem quatro anos, e a manutenção é "
                    "planejada pelas reclamações, não pelo estado real das ruas.",
                    "Queremos uma forma barata de inspecionar o pavimento com regularidade, por exemplo com "
                    "câmeras em veículos que já passam por todas as ruas e IA que detecte buracos e "
                    "trincas.",
                    "Cada rua deve ter um índice de condição do pavimento, e o plano de manutenção deve "
                    "ordenar os reparos por gravidade, tráfego e custo.",
                    "Buracos urgentes devem virar ordens de serviço para as equipes de tapa-buraco "
                    "automaticamente, e o morador deve ser avisado quando o buraco que registrou for "
                    "consertado.",
                    "O sucesso será menos reclamações de buracos e a verba de recapeamento aplicada onde "
                    "mais importa.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Reboucher les nids-de-poule avant les plaintes",
                    "Connaître l'état de chaque rue",
                    "Mieux programmer l'entretien de la voirie",
                ],
                fragments=[
                    "{city} entretient environ 2 000 km de voirie, et les nids-de-poule sont le premier "
                    "motif de signalement des habitants auprès de la ville, surtout après l'hiver.",
                    "Notre dernier relevé complet de l'état des chaussées date de quatre ans : l'entretien "
                    "est donc programmé d'après les plaintes plutôt que d'après l'état réel des rues.",
                    "Nous voulons un moyen abordable d'ausculter régulièrement la voirie, par exemple avec "
                    "des caméras sur des véhicules qui passent déjà dans toutes les rues et une IA qui "
                    "détecte nids-de-poule et fissures.",
                    "Chaque rue doit recevoir un indice d'état de la chaussée, et la programmation doit "
                    "classer les réparations par gravité, trafic et coût.",
                    "Les nids-de-poule urgents doivent devenir automatiquement des bons de travaux pour nos "
                    "équipes, et l'habitant doit être prévenu quand le nid-de-poule qu'il a signalé est "
                    "réparé.",
                    "Nous visons moins de signalements de nids-de-poule et un budget de réfection consacré "
                    "aux rues qui en ont le plus besoin.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="stop-utility-strikes-during-excavation",
        sector="urban-planning",
        extra_sectors=["mobility"],
        answered_by=["underground-utility-mapping", "public-works-coordination-platform"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Stop damage to buried utilities during excavation",
                    "One map of everything under our streets",
                    "Coordinate excavations and street works",
                ],
                fragments=[
                    "Every year, excavation crews in {city} hit buried water pipes, gas mains and cables "
                    "hundreds of times during street works, causing outages, injuries and costly delays.",
                    "Utility records are held by a dozen network operators, in different formats and with "
                    "unknown accuracy, and some pipes are not on any map.",
                    "We are looking for a 3D map of underground utilities that combines operator records "
                    "with new surveys using ground-penetrating radar and similar technologies.",
                    "We also want to coordinate planned street works and excavations between the city and "
                    "utility companies, so that each street is dug up only once.",
                    "Contractors should be able to request the underground map for a planned excavation "
                    "online and upload as-built data afterwards.",
                    "Success means fewer utility strikes and fewer repeated excavations of the same street.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="faster-zoning-compliance-review",
        sector="urban-planning",
        extra_sectors=["e-government"],
        answered_by=["bim-zoning-compliance-check", "ai-permit-assistant"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Faster zoning compliance review for building permits",
                    "Check building designs against zoning rules automatically",
                    "Consistent building permit reviews",
                ],
                fragments=[
                    "{city}'s planners review about 4,000 building permit applications a year, and checking "
                    "each design against zoning rules for height, setbacks, floor area ratio and parking is "
                    "slow and manual.",
                    "Different reviewers sometimes interpret the same zoning rule differently, which "
                    "frustrates architects and applicants.",
                    "We want to turn our zoning code into machine-readable rules and automatically check "
                    "building designs against them, ideally submitted as BIM models.",
                    "Reviewers should receive a clear compliance report, and architects should be able to "
                    "run the same check before they submit a permit application.",
                    "The solution must support our own zoning code and be maintained by our planners when "
                    "the rules change.",
                    "We aim to halve the time spent on zoning review for standard building permit "
                    "applications.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="bring-vacant-homes-back-into-use",
        sector="urban-planning",
        extra_sectors=["economy-jobs"],
        answered_by=["housing-vacancy-detection"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Bring vacant homes back into use",
                    "Find long-term empty homes",
                    "Tackle housing vacancy in a tight housing market",
                ],
                fragments=[
                    "{city} faces a severe housing shortage, yet estimates suggest thousands of homes stand "
                    "empty for years, and nobody knows exactly where.",
                    "Our last vacancy count was based on a door-to-door survey ten years ago.",
                    "We want to estimate long-term vacancy for every dwelling from data such as water and "
                    "electricity consumption and the population register, while respecting data protection "
                    "rules.",
                    "Housing officers need a tool to contact owners of empty homes, offer renovation grants "
                    "or leasing schemes, and track each case.",
                    "The data should also help us evaluate a possible vacancy tax.",
                    "Our goal is to bring 1,000 empty homes back into use within three years.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="protect-and-grow-the-urban-forest",
        sector="urban-planning",
        extra_sectors=["environment"],
        answered_by=["urban-tree-inventory"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Protect and grow the urban forest",
                    "An inventory of every street tree",
                    "Plan tree planting where canopy cover is lowest",
                ],
                fragments=[
                    "{city} manages about 180,000 street and park trees, but our tree inventory is "
                    "incomplete and out of date, and many trees are planted without knowing what is already "
                    "there.",
                    "Storms and drought are damaging older trees, and arborists cannot inspect every tree "
                    "regularly.",
                    "We want a complete tree inventory, for example from LiDAR and street imagery, with "
                    "species, size and health for every tree.",
                    "The platform should plan pruning and maintenance work orders and help arborists record "
                    "inspections in the field.",
                    "We also need to know where canopy cover is lowest and where new trees can be planted, "
                    "avoiding underground utilities.",
                    "Our target is to raise canopy cover from 19% to 25% by 2035.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="design-better-public-spaces",
        sector="urban-planning",
        extra_sectors=[],
        answered_by=["public-space-usage-sensing"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Design public spaces people actually use",
                    "Measure how parks and squares are used",
                    "Evidence for public space redesign",
                ],
                fragments=[
                    "{city} is redesigning dozens of squares, parks and streets over the next five years, "
                    "but we have little evidence of how people use public spaces today.",
                    "Some new squares remain empty while small parks are overcrowded, and we rarely measure "
                    "the effect of a redesign after it opens.",
                    "We want anonymous sensing of how many people use a space, when, for how long and for "
                    "which activities, without cameras that store images.",
                    "Planners should be able to compare public space use before and after interventions "
                    "such as new seating, shade or car-free streets.",
                    "Park managers should use the same data to plan cleaning and maintenance.",
                    "We would start with ten squares and parks scheduled for redesign.",
                ],
            ),
        },
    ),
]


# --- Data & digital infrastructure -----------------------------------------------------------------------

_DATA_DIGITAL_SOLUTIONS = [
    SolutionArchetype(
        key="city-data-platform",
        sector="data-digital",
        extra_sectors=["e-government"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityData",
                    "Urban data platform and open data portal",
                    "A city data hub that connects departments, sensors and open data",
                    "{brand} Hub: one platform for all city data",
                ],
                summaries=[
                    "An urban data platform that collects data from departments, sensors and partners, "
                    "manages it with clear ownership and access rules, and publishes open data through APIs "
                    "and a portal.",
                    "Breaks down data silos between city departments with one data catalogue, shared APIs, "
                    "dashboards and an open data portal built on open standards.",
                ],
                fragments=[
                    "{brand} connects to departmental databases, GIS, IoT platforms and external sources, "
                    "and keeps every dataset in a searchable data catalogue with an owner, update frequency "
                    "and licence.",
                    "Standard APIs based on open standards such as NGSI-LD and OGC let departments and "
                    "developers reuse data without custom integrations.",
                    "Access rules separate open data, internal data and personal data, and every access to "
                    "sensitive data is logged.",
                    "Departments build dashboards for mobility, environment and service performance without "
                    "asking IT for every new report.",
                    "The open data portal publishes hundreds of datasets for residents, researchers and "
                    "startups, with usage statistics and feedback.",
                    "In one city, the platform cut the time to produce cross-department reports from weeks "
                    "to hours, and open data downloads grew tenfold in two years.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 시티데이터",
                    "도시 데이터 플랫폼과 공공데이터 포털",
                    "부서, 센서, 공공데이터를 잇는 도시 데이터 허브",
                ],
                summaries=[
                    "부서, 센서, 협력 기관의 데이터를 모아 소유자와 접근 규칙을 분명히 관리하고, API와 "
                    "포털로 공공데이터를 개방하는 도시 데이터 플랫폼입니다.",
                    "하나의 데이터 카탈로그, 공통 API, 대시보드, 개방형 표준 기반 공공데이터 포털로 부서 간 "
                    "데이터 칸막이를 없앱니다.",
                ],
                fragments=[
                    "{brand} 플랫폼은 부서별 데이터베이스, GIS, IoT 플랫폼, 외부 데이터와 연결되며, 모든 "
                    "데이터셋을 소유자, 갱신 주기, 이용 조건과 함께 검색 가능한 카탈로그로 관리합니다.",
                    "NGSI-LD, OGC 같은 개방형 표준 기반 API 덕분에 부서와 개발자가 별도 연계 개발 없이 "
                    "데이터를 재사용할 수 있습니다.",
                    "접근 규칙으로 공개 데이터, 내부 데이터, 개인정보를 구분하고, 민감한 데이터에 대한 모든 "
                    "접근을 기록합니다.",
                    "각 부서는 새 보고서가 필요할 때마다 정보화 부서에 요청하지 않고도 교통, 환경, 민원 "
                    "성과 대시보드를 직접 만듭니다.",
                    "공공데이터 포털은 시민, 연구자, 스타트업을 위해 수백 개 데이터셋을 개방하고, 활용 "
                    "통계와 의견을 받습니다.",
                    "한 도시에서는 부서 간 통합 보고서를 만드는 시간이 몇 주에서 몇 시간으로 줄었고, "
                    "공공데이터 다운로드는 2년 만에 열 배로 늘었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Datos Urbanos",
                    "Plataforma de datos urbanos y portal de datos abiertos",
                    "Un hub de datos que conecta áreas municipales, sensores y datos abiertos",
                ],
                summaries=[
                    "Una plataforma de datos urbanos que recoge datos de las áreas municipales, los "
                    "sensores y los socios, los gestiona con responsables y reglas de acceso claros y "
                    "publica datos abiertos mediante API y un portal.",
                    "Rompe los silos de datos entre áreas municipales con un único catálogo, API "
                    "compartidas, cuadros de mando y un portal de datos abiertos basado en estándares "
                    "abiertos.",
                ],
                fragments=[
                    "{brand} se conecta a las bases de datos de cada área, al SIG, a las plataformas IoT y "
                    "a fuentes externas, y mantiene cada conjunto de datos en un catálogo con responsable, "
                    "frecuencia de actualización y licencia.",
                    "Las API estándar, basadas en normas abiertas como NGSI-LD y OGC, permiten a las áreas "
                    "y a los desarrolladores reutilizar los datos sin integraciones a medida.",
                    "Las reglas de acceso separan datos abiertos, datos internos y datos personales, y cada "
                    "acceso a datos sensibles queda registrado.",
                    "Las áreas crean sus propios cuadros de mando de movilidad, medio ambiente o atención "
                    "ciudadana sin pedir a informática cada nuevo informe.",
                    "El portal de datos abiertos publica cientos de conjuntos de datos para vecinos, "
                    "investigadores y startups, con estadísticas de uso y comentarios.",
                    "En una ciudad, la plataforma redujo de semanas a horas el tiempo para elaborar "
                    "informes entre áreas, y las descargas de datos abiertos se multiplicaron por diez en "
                    "dos años.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Dados da Cidade",
                    "Plataforma de dados urbanos e portal de dados abertos",
                    "Um hub de dados que conecta secretarias, sensores e dados abertos",
                ],
                summaries=[
                    "Uma plataforma de dados urbanos que reúne dados das secretarias, dos sensores e dos "
                    "parceiros, os gerencia com responsáveis e regras de acesso claros e publica dados "
                    "abertos por APIs e por um portal.",
                    "Acaba com os silos de dados entre secretarias com um único catálogo, APIs "
                    "compartilhadas, painéis e um portal de dados abertos baseado em padrões abertos.",
                ],
                fragments=[
                    "A plataforma {brand} se conecta aos bancos de dados das secretarias, ao SIG, a "
                    "plataformas de IoT e a fontes externas, e mantém cada conjunto de dados num catálogo "
                    "com responsável, frequência de atualização e licença.",
                    "APIs padronizadas, baseadas em normas abertas como NGSI-LD e OGC, permitem que "
                    "secretarias e desenvolvedores reutilizem os dados sem integrações sob medida.",
                    "Regras de acesso separam dados abertos, dados internos e dados pessoais, e todo acesso "
                    "a dados sensíveis fica registrado, conforme a LGPD.",
                    "As secretarias montam seus próprios painéis de mobilidade, meio ambiente ou "
                    "atendimento sem pedir cada novo relatório à equipe de TI.",
                    "O portal de dados abertos publica centenas de conjuntos de dados para moradores, "
                    "pesquisadores e startups, com estatísticas de uso e comentários.",
                    "Numa cidade, a plataforma reduziu de semanas para horas o tempo para produzir "
                    "relatórios entre secretarias, e os downloads de dados abertos se multiplicaram por dez "
                    "em dois anos.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Données Urbaines",
                    "Plateforme de données urbaines et portail open data",
                    "Un hub de données qui relie services, capteurs et open data",
                ],
                summaries=[
                    "Une plateforme de données urbaines qui collecte les données des services, des capteurs "
                    "et des partenaires, les gère avec des responsables et des règles d'accès clairs, et "
                    "publie l'open data via des API et un portail.",
                    "Fait tomber les silos de données entre services municipaux grâce à un catalogue "
                    "unique, des API partagées, des tableaux de bord et un portail open data fondé sur des "
                    "standards ouverts.",
                ],
                fragments=[
                    "{brand} se connecte aux bases de données des services, au SIG, aux plateformes IoT et "
                    "à des sources externes, et tient chaque jeu de données dans un catalogue avec "
                    "responsable, fréquence de mise à jour et licence.",
                    "Des API standard reposant sur des normes ouvertes comme NGSI-LD et OGC permettent aux "
                    "services et aux développeurs de réutiliser les données sans intégration sur mesure.",
                    "Les règles d'accès distinguent données ouvertes, données internes et données "
                    "personnelles, et chaque accès à des données sensibles est journalisé, conformément au "
                    "RGPD.",
                    "Les services créent leurs propres tableaux de bord sur la mobilité, l'environnement ou "
                    "la relation usagers sans solliciter la DSI pour chaque nouveau rapport.",
                    "Le portail open data publie des centaines de jeux de données pour les habitants, les "
                    "chercheurs et les start-up, avec statistiques d'usage et retours des réutilisateurs.",
                    "Dans une ville, la plateforme a fait passer de plusieurs semaines à quelques heures la "
                    "production de rapports transversaux, et les téléchargements de données ouvertes ont "
                    "été multipliés par dix en deux ans.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="lorawan-iot-network",
        sector="data-digital",
        extra_sectors=[],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityNet IoT",
                    "City-wide LoRaWAN network as a service",
                    "Low-power IoT network for thousands of city sensors",
                    "{brand} Connect: one IoT network for every department",
                ],
                summaries=[
                    "A city-wide LoRaWAN network delivered as a service, with gateways, a network server "
                    "and device management, so departments can connect thousands of low-power sensors "
                    "cheaply.",
                    "One shared low-power IoT network for parking, waste, water, lighting and environmental "
                    "sensors, instead of a separate SIM card or network for every project.",
                ],
                fragments=[
                    "{brand} installs LoRaWAN gateways on public buildings and lamp posts, typically one "
                    "every 2–3 km, giving city-wide coverage with a few dozen gateways.",
                    "Sensors send small messages over several kilometres and run for up to ten years on a "
                    "battery, with no monthly SIM fee per device.",
                    "A network server and device management portal let each department onboard sensors, see "
                    "their status and receive data through APIs or MQTT.",
                    "The network is multi-tenant: departments, utilities, universities and startups can use "
                    "it with separate access rights and data ownership.",
                    "Sensor data flows directly into the city's own data platform, so it is not locked into "
                    "each vendor's cloud.",
                    "A city of 500,000 covered its whole territory with 48 gateways and connected 22,000 "
                    "sensors in three years, at a fraction of the cost of cellular IoT.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 시티넷 IoT",
                    "서비스형 도시 전역 LoRaWAN 네트워크",
                    "수천 개 도시 센서를 위한 저전력 IoT 네트워크",
                ],
                summaries=[
                    "게이트웨이, 네트워크 서버, 기기 관리를 포함한 도시 전역 LoRaWAN 네트워크를 서비스로 "
                    "제공해, 각 부서가 저전력 센서 수천 개를 저렴하게 연결할 수 있게 합니다.",
                    "사업마다 따로 유심이나 통신망을 쓰는 대신, 주차, 폐기물, 수도, 가로등, 환경 센서가 "
                    "함께 쓰는 하나의 저전력 IoT 네트워크입니다.",
                ],
                fragments=[
                    "{brand} 팀이 공공건물과 가로등주에 LoRaWAN 게이트웨이를 보통 2~3km 간격으로 "
                    "설치하므로, 게이트웨이 수십 대로 도시 전체를 커버할 수 있습니다.",
                    "센서는 수 킬로미터 거리까지 작은 메시지를 보내고 배터리로 최대 10년을 쓰며, 기기마다 "
                    "내는 월 통신 요금이 없습니다.",
                    "네트워크 서버와 기기 관리 포털에서 각 부서가 센서를 등록하고 상태를 확인하며, API나 "
                    "MQTT로 데이터를 받습니다.",
                    "멀티테넌트 구조라 부서, 공기업, 대학, 스타트업이 서로 다른 접근 권한과 데이터 소유권을 "
                    "가진 채 함께 쓸 수 있습니다.",
                    "데이터는 지자체 데이터 플랫폼으로 바로 들어가므로, 센서 데이터가 업체별 클라우드에 "
                    "묶이지 않습니다.",
                    "인구 50만 도시는 게이트웨이 48대로 관할 전역을 커버하고 3년 동안 센서 2만 2천 개를 "
                    "연결했으며, 비용은 셀룰러 IoT의 일부에 그쳤습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Red IoT",
                    "Red LoRaWAN para toda la ciudad como servicio",
                    "Red IoT de bajo consumo para miles de sensores urbanos",
                ],
                summaries=[
                    "Una red LoRaWAN que cubre toda la ciudad, ofrecida como servicio con pasarelas, "
                    "servidor de red y gestión de dispositivos, para que las áreas municipales conecten "
                    "miles de sensores de bajo consumo a bajo coste.",
                    "Una única red IoT de bajo consumo compartida por los sensores de aparcamiento, "
                    "residuos, agua, alumbrado y medio ambiente, en lugar de una tarjeta SIM o una red "
                    "distinta para cada proyecto.",
                ],
                fragments=[
                    "{brand} instala pasarelas LoRaWAN en edificios públicos y columnas de alumbrado, "
                    "normalmente una cada 2 o 3 km, de modo que unas decenas de pasarelas cubren toda la "
                    "ciudad.",
                    "Los sensores envían mensajes cortos a varios kilómetros y funcionan hasta diez años "
                    "con una batería, sin cuota mensual de SIM por dispositivo.",
                    "Un servidor de red y un portal de gestión de dispositivos permiten a cada área dar de "
                    "alta sensores, ver su estado y recibir los datos por API o MQTT.",
                    "La red es multiusuario: áreas municipales, empresas de servicios, universidades y "
                    "startups pueden usarla con permisos de acceso y propiedad de los datos separados.",
                    "Los datos entran directamente en la plataforma de datos de la ciudad, así que no "
                    "quedan encerrados en la nube de cada proveedor.",
                    "Una ciudad de 500.000 habitantes cubrió todo su término municipal con 48 pasarelas y "
                    "conectó 22.000 sensores en tres años, por una fracción del coste del IoT celular.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Rede IoT",
                    "Rede LoRaWAN para a cidade inteira como serviço",
                    "Rede IoT de baixo consumo para milhares de sensores urbanos",
                ],
                summaries=[
                    "Uma rede LoRaWAN que cobre a cidade inteira, oferecida como serviço com gateways, "
                    "servidor de rede e gestão de dispositivos, para que as secretarias conectem milhares "
                    "de sensores de baixo consumo a baixo custo.",
                    "Uma única rede IoT de baixo consumo compartilhada pelos sensores de estacionamento, "
                    "resíduos, água, iluminação e meio ambiente, em vez de um chip ou uma rede diferente "
                    "para cada projeto.",
                ],
                fragments=[
                    "A equipe {brand} instala gateways LoRaWAN em prédios públicos e postes, em geral um a "
                    "cada 2 ou 3 km, e algumas dezenas de gateways cobrem a cidade toda.",
                    "Os sensores enviam mensagens curtas a vários quilômetros e funcionam até dez anos com "
                    "uma bateria, sem mensalidade de chip por dispositivo.",
                    "Um servidor de rede e um portal de gestão de dispositivos permitem que cada secretaria "
                    "cadastre sensores, veja o status e receba os dados por API ou MQTT.",
                    "A rede é multiusuário: secretarias, concessionárias, universidades e startups podem "
                    "usá-la com permissões de acesso e propriedade dos dados separadas.",
                    "Os dados vão direto para a plataforma de dados da cidade, sem ficar presos na nuvem de "
                    "cada fornecedor.",
                    "Uma cidade de 500 mil habitantes cobriu todo o território com 48 gateways e conectou "
                    "22 mil sensores em três anos, por uma fração do custo da IoT celular.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Réseau IoT",
                    "Réseau LoRaWAN à l'échelle de la ville, en service",
                    "Réseau IoT basse consommation pour des milliers de capteurs urbains",
                ],
                summaries=[
                    "Un réseau LoRaWAN couvrant toute la ville, fourni en service avec passerelles, serveur "
                    "de réseau et gestion des objets, pour que les services raccordent à moindre coût des "
                    "milliers de capteurs basse consommation.",
                    "Un seul réseau IoT basse consommation partagé par les capteurs de stationnement, de "
                    "déchets, d'eau, d'éclairage et d'environnement, au lieu d'une carte SIM ou d'un réseau "
                    "différent pour chaque projet.",
                ],
                fragments=[
                    "{brand} installe des passerelles LoRaWAN sur les bâtiments publics et les mâts "
                    "d'éclairage, en général une tous les 2 à 3 km : quelques dizaines de passerelles "
                    "couvrent toute la ville.",
                    "Les capteurs envoient de petits messages à plusieurs kilomètres et fonctionnent "
                    "jusqu'à dix ans sur pile, sans abonnement SIM mensuel par objet.",
                    "Un serveur de réseau et un portail de gestion des objets permettent à chaque service "
                    "d'enrôler ses capteurs, de suivre leur état et de recevoir les données par API ou "
                    "MQTT.",
                    "Le réseau est mutualisé : services municipaux, régies, universités et start-up peuvent "
                    "l'utiliser avec des droits d'accès et une propriété des données distincts.",
                    "Les données arrivent directement dans la plateforme de données de la ville et ne "
                    "restent pas enfermées dans le cloud de chaque fournisseur.",
                    "Une ville de 500 000 habitants a couvert tout son territoire avec 48 passerelles et "
                    "raccordé 22 000 capteurs en trois ans, pour une fraction du coût de l'IoT cellulaire.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="municipal-cybersecurity-soc",
        sector="data-digital",
        extra_sectors=["e-government"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityShield",
                    "Managed security operations centre for municipalities",
                    "24/7 cyber threat detection and response for local government",
                    "{brand} SOC: ransomware protection for city systems",
                ],
                summaries=[
                    "A managed security operations centre (SOC) for cities that monitors networks, servers "
                    "and cloud services around the clock and responds to ransomware and other cyber "
                    "attacks.",
                    "Gives municipalities enterprise-grade cybersecurity (24/7 monitoring, incident "
                    "response, backups and staff training) at a price a city IT department can afford.",
                ],
                fragments=[
                    "{brand} collects logs from firewalls, servers, endpoints, email and cloud services "
                    "into a security monitoring platform watched 24/7 by analysts.",
                    "Endpoint detection and response software on every city computer blocks ransomware and "
                    "isolates infected machines within minutes.",
                    "An incident response team is on call to contain attacks, restore systems from offline "
                    "backups and support communication with residents and regulators.",
                    "Regular vulnerability scans and phishing simulations show where the city is exposed, "
                    "and short training modules raise staff awareness.",
                    "Industrial control systems at water plants and traffic centres are monitored "
                    "separately, without disturbing operations.",
                    "For a group of 14 municipalities, the service detected and stopped two ransomware "
                    "attempts in its first year before any data was encrypted.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 시티실드",
                    "지자체를 위한 관제형 보안관제센터(SOC)",
                    "지방정부를 위한 24시간 사이버 위협 탐지·대응",
                ],
                summaries=[
                    "지자체의 네트워크, 서버, 클라우드 서비스를 24시간 관제하고 랜섬웨어 등 사이버 공격에 "
                    "대응하는 관제형 보안관제센터(SOC) 서비스입니다.",
                    "24시간 관제, 침해사고 대응, 백업, 직원 교육까지 대기업 수준의 사이버보안을 지자체 "
                    "정보화 부서가 감당할 수 있는 비용으로 제공합니다.",
                ],
                fragments=[
                    "{brand} 서비스는 방화벽, 서버, 단말, 이메일, 클라우드 서비스의 로그를 보안 관제 "
                    "플랫폼으로 모으고, 분석가가 24시간 감시합니다.",
                    "모든 업무용 PC에 설치한 단말 탐지·대응(EDR) 소프트웨어가 랜섬웨어를 차단하고 감염된 "
                    "PC를 몇 분 안에 격리합니다.",
                    "침해사고 대응팀이 대기하며 공격을 차단하고, 오프라인 백업에서 시스템을 복구하고, "
                    "시민과 감독 기관에 대한 소통을 지원합니다.",
                    "정기적인 취약점 점검과 모의 피싱 훈련으로 취약한 부분을 찾고, 짧은 교육 과정으로 "
                    "직원의 보안 의식을 높입니다.",
                    "정수장과 교통정보센터의 산업 제어 시스템은 운영에 지장을 주지 않도록 별도로 관제합니다.",
                    "지자체 14곳이 함께 쓰는 서비스에서 첫해에 랜섬웨어 공격 두 건을 데이터가 암호화되기 "
                    "전에 탐지해 막았습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Escudo Municipal",
                    "Centro de operaciones de seguridad gestionado para ayuntamientos",
                    "Detección y respuesta a ciberamenazas 24/7 para la administración local",
                ],
                summaries=[
                    "Un centro de operaciones de seguridad (SOC) gestionado para ayuntamientos que vigila "
                    "redes, servidores y servicios en la nube las 24 horas y responde al ransomware y a "
                    "otros ciberataques.",
                    "Ofrece a la administración local una ciberseguridad de nivel corporativo (vigilancia "
                    "24/7, respuesta a incidentes, copias de seguridad y formación) a un precio asumible "
                    "para un servicio de informática municipal.",
                ],
                fragments=[
                    "{brand} recoge los registros de cortafuegos, servidores, equipos, correo y servicios "
                    "en la nube en una plataforma de monitorización de seguridad que los analistas vigilan "
                    "24/7.",
                    "Un software de detección y respuesta en cada ordenador municipal bloquea el ransomware "
                    "y aísla los equipos infectados en pocos minutos.",
                    "Un equipo de respuesta a incidentes de guardia contiene los ataques, restaura los "
                    "sistemas desde copias de seguridad desconectadas y apoya la comunicación con los "
                    "vecinos y los reguladores.",
                    "Los análisis de vulnerabilidades y las simulaciones de phishing periódicas muestran "
                    "dónde está expuesto el ayuntamiento, y módulos breves de formación sensibilizan al "
                    "personal.",
                    "Los sistemas de control industrial de las potabilizadoras y los centros de tráfico se "
                    "vigilan por separado, sin interferir en su funcionamiento.",
                    "Para un grupo de 14 municipios, el servicio detectó y frenó dos intentos de ransomware "
                    "en su primer año antes de que se cifrara ningún dato.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Escudo Municipal",
                    "Centro de operações de segurança gerenciado para prefeituras",
                    "Detecção e resposta a ameaças cibernéticas 24 horas para governos locais",
                ],
                summaries=[
                    "Um centro de operações de segurança (SOC) gerenciado para prefeituras que monitora "
                    "redes, servidores e serviços em nuvem 24 horas por dia e responde a ransomware e "
                    "outros ataques cibernéticos.",
                    "Oferece ao governo local cibersegurança de nível corporativo (monitoramento 24 horas, "
                    "resposta a incidentes, backups e treinamento) a um preço que a TI da prefeitura "
                    "consegue pagar.",
                ],
                fragments=[
                    "O serviço {brand} reúne os registros de firewalls, servidores, computadores, e-mail e "
                    "serviços em nuvem numa plataforma de monitoramento de segurança acompanhada 24 horas "
                    "por analistas.",
                    "Um software de detecção e resposta em cada computador da prefeitura bloqueia "
                    "ransomware e isola as máquinas infectadas em poucos minutos.",
                    "Uma equipe de resposta a incidentes de plantão contém os ataques, restaura os sistemas "
                    "a partir de backups offline e apoia a comunicação com os cidadãos e a ANPD.",
                    "Varreduras de vulnerabilidade e simulações de phishing periódicas mostram onde a "
                    "prefeitura está exposta, e treinamentos curtos conscientizam os servidores.",
                    "Os sistemas de controle industrial das estações de tratamento de água e das centrais "
                    "de trânsito são monitorados à parte, sem atrapalhar a operação.",
                    "Para um consórcio de 14 municípios, o serviço detectou e barrou duas tentativas de "
                    "ransomware no primeiro ano, antes que qualquer dado fosse criptografado.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Bouclier Numérique",
                    "Centre opérationnel de sécurité mutualisé pour les collectivités",
                    "Détection et réponse aux cybermenaces 24 h/24 pour les collectivités locales",
                ],
                summaries=[
                    "Un centre opérationnel de sécurité (SOC) mutualisé pour les collectivités, qui "
                    "surveille réseaux, serveurs et services cloud jour et nuit et répond aux rançongiciels "
                    "et autres cyberattaques.",
                    "Offre aux collectivités une cybersécurité de niveau grande entreprise (surveillance 24 "
                    "h/24, réponse à incident, sauvegardes et sensibilisation des agents) à un coût "
                    "supportable pour une DSI municipale.",
                ],
                fragments=[
                    "{brand} centralise les journaux des pare-feu, serveurs, postes de travail, messagerie "
                    "et services cloud dans une plateforme de supervision de sécurité surveillée 24 h/24 "
                    "par des analystes.",
                    "Un logiciel de détection et de réponse sur chaque poste de la collectivité bloque les "
                    "rançongiciels et isole en quelques minutes les machines infectées.",
                    "Une équipe de réponse à incident d'astreinte contient les attaques, restaure les "
                    "systèmes à partir de sauvegardes hors ligne et accompagne la communication envers les "
                    "habitants et les autorités.",
                    "Des scans de vulnérabilités et des campagnes d'hameçonnage simulé montrent où la "
                    "collectivité est exposée, et de courts modules de formation sensibilisent les agents.",
                    "Les systèmes de contrôle industriel des usines d'eau potable et des PC de circulation "
                    "sont supervisés séparément, sans perturber l'exploitation.",
                    "Pour un groupement de 14 communes, le service a détecté et stoppé deux tentatives de "
                    "rançongiciel dès la première année, avant tout chiffrement de données.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="public-wifi-analytics",
        sector="data-digital",
        extra_sectors=["economy-jobs"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} OpenWiFi",
                    "Free public Wi-Fi for squares, parks and public buildings",
                    "Public Wi-Fi network with privacy-safe usage analytics",
                    "{brand} Air Access: reliable free internet in public spaces",
                ],
                summaries=[
                    "Designs and operates free public Wi-Fi in squares, parks and libraries, giving free "
                    "internet access in neighbourhoods where homes lack broadband, with privacy-safe usage "
                    "analytics.",
                    "Brings free internet access to residents and visitors in public spaces and "
                    "neighbourhoods with poor connectivity, managed from one cloud dashboard.",
                ],
                fragments=[
                    "{brand} plans coverage with site surveys and installs outdoor access points on lamp "
                    "posts, facades and bus shelters, connected by fibre or fixed wireless.",
                    "Users connect through a simple login page in several languages, with no personal data "
                    "required beyond accepting the terms of use.",
                    "A cloud dashboard shows network health, usage and coverage for every site, and faults "
                    "are fixed remotely or by a local partner.",
                    "Aggregated, anonymised usage data shows how many people use each public space and "
                    "when, without tracking individuals.",
                    "Priority is given to neighbourhoods, libraries and community centres where households "
                    "lack home broadband.",
                    "A network of 1,200 access points served 2.1 million sessions a month, and 40% of users "
                    "were in the neighbourhoods with the lowest home broadband take-up.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="data-anonymization-toolkit",
        sector="data-digital",
        extra_sectors=["e-government"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} PrivacyKit",
                    "Privacy-preserving data sharing for city departments",
                    "Anonymisation and synthetic data for sensitive city data",
                    "{brand} Safe Share: use sensitive data without exposing people",
                ],
                summaries=[
                    "A toolkit that anonymises personal data, generates synthetic datasets and measures "
                    "re-identification risk, so city departments can share and open sensitive data safely.",
                    "Lets city departments share sensitive health, social and mobility data for planning "
                    "and research without exposing personal details, in line with data protection law.",
                ],
                fragments=[
                    "{brand} scans datasets for direct and indirect identifiers and recommends "
                    "anonymisation techniques such as generalisation, aggregation and noise.",
                    "A re-identification risk score is calculated before any release, and the data "
                    "protection officer approves each release in the same workflow.",
                    "Synthetic data generators produce realistic datasets with the same statistical "
                    "patterns as the original, for testing, research and hackathons.",
                    "Differential privacy can be applied to published statistics, such as counts of "
                    "residents by block or trips by hour.",
                    "Every transformation is documented automatically, giving an audit trail for the data "
                    "protection impact assessment.",
                    "A city health department used the toolkit to release neighbourhood-level health "
                    "indicators that researchers had requested for six years.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="gis-asset-management",
        sector="data-digital",
        extra_sectors=["urban-planning"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} AssetMap",
                    "GIS-based asset management for municipal infrastructure",
                    "One register of every city asset, from benches to bridges",
                    "{brand} Assets: inventory, condition and maintenance on one map",
                ],
                summaries=[
                    "A GIS-based asset management system that keeps one register of the city's assets "
                    "(roads, pipes, streetlights, trees, buildings and playgrounds) with condition, "
                    "maintenance history and lifecycle costs.",
                    "Replaces scattered spreadsheets with one register of the city's assets, showing what "
                    "infrastructure it owns, its condition and what it will cost to maintain and renew.",
                ],
                fragments=[
                    "{brand} brings asset registers from different departments into one GIS-based inventory "
                    "with a common data model and unique IDs.",
                    "Field staff record inspections and maintenance in a mobile app that works offline, "
                    "with photos and condition ratings.",
                    "Lifecycle models forecast when each asset class will need renewal and what budget is "
                    "needed to keep service levels stable.",
                    "Work orders, complaints and sensor data are linked to the asset they concern, building "
                    "a maintenance history over time.",
                    "Finance teams use the asset register to value infrastructure for the balance sheet and "
                    "to plan capital investment.",
                    "A city that consolidated 27 spreadsheets into one asset register found that 9% of its "
                    "streetlights and 14% of its playground equipment had never been recorded.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="low-code-city-apps",
        sector="data-digital",
        extra_sectors=["e-government"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} CityBuilder",
                    "Low-code platform for city department apps",
                    "Digitise forms and workflows without custom development",
                    "{brand} Forms: turn paper processes into digital services in weeks",
                ],
                summaries=[
                    "A low-code platform on which city departments build their own forms, workflows and "
                    "small apps (inspections, bookings, internal approvals) without waiting for a large IT "
                    "project.",
                    "Replaces paper forms, spreadsheets and email chains with secure digital workflows that "
                    "staff can build and change themselves.",
                ],
                fragments=[
                    "Staff build forms, workflows and dashboards by dragging components in a visual editor, "
                    "with templates for common municipal processes.",
                    "{brand} connects to the city's identity provider, document management and e-signature, "
                    "so new apps follow existing security rules.",
                    "IT keeps control through central governance: data is stored in the city's environment, "
                    "and every app is reviewed before it goes live.",
                    "Field inspections, room bookings, grant applications and internal approvals are "
                    "typical first apps, often built in a few days.",
                    "Apps work on desktop and mobile, including offline forms for inspectors.",
                    "In one city, departments built 140 apps in two years and retired more than 300 paper "
                    "forms.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="broadband-gap-mapping",
        sector="data-digital",
        extra_sectors=["economy-jobs"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} ConnectMap",
                    "Broadband coverage and digital divide mapping",
                    "Map internet speeds and digital exclusion by neighbourhood",
                    "{brand} Gaps: data to close the digital divide",
                ],
                summaries=[
                    "Maps broadband and mobile coverage, real internet speeds and affordability by "
                    "neighbourhood, and combines them with social data to show where the digital divide is "
                    "widest.",
                    "Gives cities the evidence to target fibre investment, public Wi-Fi and device "
                    "programmes at the neighbourhoods and households without home broadband.",
                ],
                fragments=[
                    "{brand} combines operator coverage data, crowdsourced speed tests and household "
                    "surveys to map real broadband speeds building by building.",
                    "Social data such as income, age and education is added at neighbourhood level to show "
                    "where digital exclusion is highest.",
                    "Planners see which streets lack fibre and which public buildings could host "
                    "connectivity for the surrounding area.",
                    "The platform supports applications for national broadband subsidies with maps and "
                    "evidence that follow the programme rules.",
                    "A public map lets residents test their own internet connection and report problems, "
                    "improving the data over time.",
                    "One city used the maps to target 8,000 households with subsidised connections and "
                    "devices, cutting the share of households offline from 12% to 5%.",
                ],
            ),
        },
    ),
]

_DATA_DIGITAL_CHALLENGES = [
    ChallengeArchetype(
        key="break-down-data-silos",
        sector="data-digital",
        extra_sectors=["e-government"],
        answered_by=["city-data-platform", "data-anonymization-toolkit"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Break down data silos between departments",
                    "A city data platform and open data portal",
                    "Share data safely across the city administration",
                ],
                fragments=[
                    "Data in {city} sits in silos across the systems, spreadsheets and vendor clouds of "
                    "dozens of departments, our open data portal is out of date, and departments hesitate "
                    "to share anything sensitive or personal.",
                    "Simple questions that combine data from several departments take weeks to answer, and "
                    "our open data portal has not been updated for years.",
                    "We are looking for an urban data platform with a data catalogue, standard APIs and "
                    "dashboards, and an open data portal built on open standards.",
                    "Sensitive and personal data must be protected: we need clear access rules and safe "
                    "ways to anonymise data before sharing or opening it.",
                    "The platform should connect to our existing systems and IoT sensors, and the city must "
                    "keep full ownership of its data.",
                    "Success means faster cross-department reports and more open datasets used by "
                    "residents, researchers and startups.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "부서 간 데이터 칸막이 없애기",
                    "도시 데이터 플랫폼과 공공데이터 포털",
                    "행정 전반에서 데이터를 안전하게 공유하기",
                ],
                fragments=[
                    "{city}의 데이터는 수십 개의 부서별 시스템, 엑셀 파일, 업체 클라우드에 흩어져 있어, "
                    "시가 어떤 데이터를 갖고 있는지 아무도 전체를 알지 못합니다.",
                    "여러 부서의 데이터를 합쳐야 하는 간단한 질문에도 답하는 데 몇 주가 걸리고, 공공데이터 "
                    "포털은 몇 년째 갱신되지 않았습니다.",
                    "데이터 카탈로그, 표준 API, 대시보드, 개방형 표준 기반 공공데이터 포털을 갖춘 도시 "
                    "데이터 플랫폼을 찾고 있습니다.",
                    "민감한 데이터와 개인정보는 보호되어야 하므로, 명확한 접근 규칙과 공유·개방 전에 "
                    "데이터를 안전하게 비식별화하는 방법이 필요합니다.",
                    "플랫폼은 기존 시스템 및 IoT 센서와 연결되어야 하며, 데이터 소유권은 전적으로 시가 "
                    "가져야 합니다.",
                    "부서 간 보고서를 더 빨리 만들고, 시민, 연구자, 스타트업이 활용하는 공공데이터를 늘리는 "
                    "것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Romper los silos de datos entre áreas",
                    "Una plataforma de datos urbanos y un portal de datos abiertos",
                    "Compartir datos de forma segura en todo el ayuntamiento",
                ],
                fragments=[
                    "Los datos de {city} están repartidos en decenas de sistemas de cada área, hojas de "
                    "cálculo y nubes de proveedores, y nadie tiene una visión de conjunto de los datos que "
                    "tiene el ayuntamiento.",
                    "Preguntas sencillas que combinan datos de varias áreas tardan semanas en responderse, "
                    "y nuestro portal de datos abiertos lleva años sin actualizarse.",
                    "Buscamos una plataforma de datos urbanos con catálogo de datos, API estándar y cuadros "
                    "de mando, y un portal de datos abiertos basado en estándares abiertos.",
                    "Los datos sensibles y personales deben protegerse: necesitamos reglas de acceso claras "
                    "y formas seguras de anonimizar los datos antes de compartirlos o abrirlos.",
                    "La plataforma debe conectarse a nuestros sistemas y sensores IoT actuales, y el "
                    "ayuntamiento debe conservar la plena propiedad de sus datos.",
                    "El éxito será obtener informes entre áreas más rápido y más conjuntos de datos "
                    "abiertos usados por vecinos, investigadores y startups.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Acabar com os silos de dados entre secretarias",
                    "Uma plataforma de dados urbanos e um portal de dados abertos",
                    "Compartilhar dados com segurança em toda a prefeitura",
                ],
                fragments=[
                    "Os dados de {city} estão espalhados em dezenas de sistemas das secretarias, planilhas "
                    "e nuvens de fornecedores, e ninguém tem uma visão geral dos dados que a prefeitura "
                    "possui.",
                    "Perguntas simples que cruzam dados de várias secretarias levam semanas para ser "
                    "respondidas, e o nosso portal de dados abertos está desatualizado há anos.",
                    "Procuramos uma plataforma de dados urbanos com catálogo de dados, APIs padronizadas e "
                    "painéis, e um portal de dados abertos baseado em padrões abertos.",
                    "Dados sensíveis e pessoais precisam ser protegidos conforme a LGPD: queremos regras de "
                    "acesso claras e formas seguras de anonimizar os dados antes de compartilhar ou abrir.",
                    "A plataforma deve se conectar aos nossos sistemas e sensores de IoT atuais, e a "
                    "prefeitura precisa manter a propriedade total dos dados.",
                    "O sucesso será ter relatórios entre secretarias mais rápidos e mais dados abertos "
                    "usados por moradores, pesquisadores e startups.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Décloisonner les données entre services",
                    "Une plateforme de données urbaines et un portail open data",
                    "Partager les données en toute sécurité dans l'administration",
                ],
                fragments=[
                    "À {city}, les données sont dispersées dans des dizaines d'applications métier, de "
                    "tableurs et de clouds de prestataires, et personne n'a de vue d'ensemble des données "
                    "détenues par la ville.",
                    "Des questions simples qui croisent les données de plusieurs services demandent des "
                    "semaines, et notre portail open data n'a pas été mis à jour depuis des années.",
                    "Nous cherchons une plateforme de données urbaines avec catalogue de données, API "
                    "standard et tableaux de bord, ainsi qu'un portail open data fondé sur des standards "
                    "ouverts.",
                    "Les données sensibles et personnelles doivent être protégées : il nous faut des règles "
                    "d'accès claires et des moyens sûrs d'anonymiser les données avant de les partager ou "
                    "de les ouvrir.",
                    "La plateforme doit se connecter à nos applications et capteurs IoT existants, et la "
                    "collectivité doit rester pleinement propriétaire de ses données.",
                    "Nous visons des rapports transversaux plus rapides et davantage de jeux de données "
                    "ouverts réutilisés par les habitants, les chercheurs et les start-up.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="connect-thousands-of-sensors-cheaply",
        sector="data-digital",
        extra_sectors=[],
        answered_by=["lorawan-iot-network"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Connect thousands of city sensors cheaply",
                    "One shared IoT network for all departments",
                    "Stop paying for a SIM card in every sensor",
                ],
                fragments=[
                    "Departments in {city} are installing more and more sensors (parking, waste bins, water "
                    "meters, streetlights, air quality), and each project brings its own network, SIM cards "
                    "and vendor cloud.",
                    "Connectivity costs and the number of separate platforms keep growing, and the data "
                    "ends up locked in each vendor's system.",
                    "We want one shared low-power IoT network, such as LoRaWAN, covering the whole city and "
                    "usable by every department and partner.",
                    "Sensors should run for years on batteries, and departments should be able to onboard "
                    "and manage their own devices.",
                    "Sensor data must flow into the city's own data platform through open interfaces.",
                    "We aim for city-wide coverage within one year and at least 10,000 connected sensors "
                    "within three years.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "수천 개 도시 센서를 저렴하게 연결하기",
                    "모든 부서가 함께 쓰는 하나의 IoT 네트워크",
                    "센서마다 유심 요금 내지 않기",
                ],
                fragments=[
                    "{city}의 부서들은 주차, 쓰레기통, 수도계량기, 가로등, 대기질 등 점점 더 많은 센서를 "
                    "설치하고 있는데, 사업마다 별도의 통신망, 유심, 업체 클라우드를 씁니다.",
                    "통신 비용과 따로 노는 플랫폼 수가 늘고 있고, 데이터는 업체별 시스템에 묶여 있습니다.",
                    "도시 전역을 커버하고 모든 부서와 협력 기관이 함께 쓸 수 있는 LoRaWAN 같은 저전력 IoT "
                    "네트워크 하나를 원합니다.",
                    "센서는 배터리로 수년간 작동해야 하고, 각 부서가 직접 기기를 등록하고 관리할 수 있어야 "
                    "합니다.",
                    "센서 데이터는 개방형 인터페이스를 통해 시의 데이터 플랫폼으로 들어와야 합니다.",
                    "1년 안에 도시 전역을 커버하고, 3년 안에 센서 1만 개 이상을 연결하는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Conectar miles de sensores urbanos a bajo coste",
                    "Una red IoT compartida por todas las áreas",
                    "Dejar de pagar una SIM por cada sensor",
                ],
                fragments=[
                    "Las áreas de {city} instalan cada vez más sensores (aparcamiento, contenedores, "
                    "contadores de agua, alumbrado, calidad del aire) y cada proyecto trae su propia red, "
                    "sus tarjetas SIM y la nube de su proveedor.",
                    "Crecen los costes de conectividad y el número de plataformas separadas, y los datos "
                    "acaban encerrados en el sistema de cada proveedor.",
                    "Queremos una única red IoT de bajo consumo, como LoRaWAN, que cubra toda la ciudad y "
                    "puedan usar todas las áreas y socios.",
                    "Los sensores deben funcionar años con batería, y cada área debe poder dar de alta y "
                    "gestionar sus propios dispositivos.",
                    "Los datos de los sensores deben llegar a la plataforma de datos del ayuntamiento "
                    "mediante interfaces abiertas.",
                    "Aspiramos a cubrir toda la ciudad en un año y a tener al menos 10.000 sensores "
                    "conectados en tres años.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Conectar milhares de sensores urbanos a baixo custo",
                    "Uma rede IoT compartilhada por todas as secretarias",
                    "Parar de pagar um chip para cada sensor",
                ],
                fragments=[
                    "As secretarias de {city} instalam cada vez mais sensores (estacionamento, lixeiras, "
                    "hidrômetros, iluminação, qualidade do ar), e cada projeto vem com a sua rede, os seus "
                    "chips e a nuvem do fornecedor.",
                    "Os custos de conectividade e o número de plataformas separadas só crescem, e os dados "
                    "ficam presos no sistema de cada fornecedor.",
                    "Queremos uma única rede IoT de baixo consumo, como LoRaWAN, cobrindo a cidade toda e "
                    "disponível para todas as secretarias e parceiros.",
                    "Os sensores devem funcionar por anos com bateria, e cada secretaria deve poder "
                    "cadastrar e gerenciar os próprios dispositivos.",
                    "Os dados dos sensores precisam chegar à plataforma de dados da prefeitura por "
                    "interfaces abertas.",
                    "Queremos cobrir a cidade inteira em um ano e ter pelo menos 10 mil sensores conectados "
                    "em três anos.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Raccorder des milliers de capteurs à moindre coût",
                    "Un réseau IoT mutualisé pour tous les services",
                    "Ne plus payer une carte SIM par capteur",
                ],
                fragments=[
                    "À {city}, les services installent de plus en plus de capteurs (stationnement, "
                    "conteneurs, compteurs d'eau, éclairage, qualité de l'air), et chaque projet arrive "
                    "avec son réseau, ses cartes SIM et le cloud de son fournisseur.",
                    "Les coûts de connectivité et le nombre de plateformes séparées augmentent, et les "
                    "données restent enfermées chez chaque fournisseur.",
                    "Nous voulons un seul réseau IoT basse consommation, de type LoRaWAN, couvrant toute la "
                    "ville et utilisable par tous les services et partenaires.",
                    "Les capteurs doivent fonctionner des années sur pile, et chaque service doit pouvoir "
                    "enrôler et gérer ses propres objets.",
                    "Les données des capteurs doivent arriver dans la plateforme de données de la ville par "
                    "des interfaces ouvertes.",
                    "Nous visons une couverture de toute la ville en un an et au moins 10 000 capteurs "
                    "raccordés en trois ans.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="defend-city-systems-against-ransomware",
        sector="data-digital",
        extra_sectors=["e-government"],
        answered_by=["municipal-cybersecurity-soc"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Defend city systems against ransomware",
                    "24/7 cybersecurity monitoring for the city",
                    "Be ready for a cyber attack",
                ],
                fragments=[
                    "Two neighbouring municipalities were paralysed by ransomware last year, and {city}'s "
                    "small IT department cannot monitor our networks, servers and cloud services around the "
                    "clock.",
                    "We run about 3,000 computers, dozens of servers, cloud services and the control "
                    "systems of our water plant and traffic centre.",
                    "We are looking for a managed security operations centre that monitors our networks, "
                    "servers and endpoints 24/7 and responds to attacks quickly.",
                    "The service should include endpoint protection, tested offline backups, an incident "
                    "response plan and awareness training for staff.",
                    "Operational technology at the water plant and traffic centre must be monitored without "
                    "disrupting operations.",
                    "We would like to share the service with smaller municipalities in our region to keep "
                    "costs down.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="close-the-digital-divide",
        sector="data-digital",
        extra_sectors=["economy-jobs"],
        answered_by=["broadband-gap-mapping", "public-wifi-analytics"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Close the digital divide",
                    "Internet access for every neighbourhood",
                    "Free Wi-Fi and better broadband where it is missing",
                ],
                fragments=[
                    "About one household in ten in {city} has no home internet or broadband, and in some "
                    "neighbourhoods it is one in four, which shuts people out of online services, school "
                    "work and job searches.",
                    "We do not have reliable data on where broadband is missing, slow or unaffordable.",
                    "We want to map broadband coverage, real speeds and affordability by neighbourhood and "
                    "combine it with social data to target our investment.",
                    "We also want free public Wi-Fi in squares, libraries and community centres in the "
                    "neighbourhoods with the lowest home broadband take-up.",
                    "The data should support applications for national broadband funding and be shared with "
                    "operators.",
                    "Success means halving the share of households without internet within four years.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="know-what-assets-we-own",
        sector="data-digital",
        extra_sectors=["urban-planning"],
        answered_by=["gis-asset-management"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Know what infrastructure the city owns",
                    "One register of municipal assets",
                    "Plan maintenance and renewal of city assets",
                ],
                fragments=[
                    "{city}'s assets (roads, pipes, streetlights, trees, buildings and playgrounds) are "
                    "recorded in dozens of spreadsheets and departmental systems, many of them incomplete.",
                    "We cannot answer simple questions such as how many playgrounds we own, what condition "
                    "they are in or what renewing them will cost in the next ten years.",
                    "We want a GIS-based asset management system with one register of all assets, a common "
                    "data model and a mobile app for inspections.",
                    "Maintenance history, complaints and sensor data should be linked to each asset, and "
                    "lifecycle models should forecast renewal budgets.",
                    "The register must support the valuation of infrastructure for our accounts.",
                    "We would start with streetlights, playgrounds and public buildings.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="digitise-department-workflows",
        sector="data-digital",
        extra_sectors=["e-government"],
        answered_by=["low-code-city-apps"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Digitise department workflows without big IT projects",
                    "Replace paper forms and spreadsheets",
                    "Let departments build their own digital tools",
                ],
                fragments=[
                    "Hundreds of processes in {city}'s administration still run on paper forms, "
                    "spreadsheets and email, from inspections to room bookings and small grants.",
                    "Our IT department has a backlog of more than 150 requests for small applications that "
                    "would take years to develop one by one.",
                    "We are looking for a low-code platform on which trained staff in each department can "
                    "build forms, workflows and simple apps themselves.",
                    "IT must keep central governance: the platform must use our identity provider, store "
                    "data in our environment and follow our security rules.",
                    "Apps should work on desktop and mobile, including offline forms for field inspectors.",
                    "We aim to digitise at least 50 paper processes in the first year.",
                ],
            ),
        },
    ),
]


# --- Economy & jobs --------------------------------------------------------------------------------------

_ECONOMY_JOBS_SOLUTIONS = [
    SolutionArchetype(
        key="local-job-matching-platform",
        sector="economy-jobs",
        extra_sectors=["education"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} LocalJobs",
                    "Local job matching platform for jobseekers and employers",
                    "Skills-based job matching for the city's employment service",
                    "{brand} Match: connect local jobseekers with local employers",
                ],
                summaries=[
                    "A skills-based job matching platform for the city's employment service that connects "
                    "local jobseekers with local employers, training and job coaches.",
                    "Matches jobseekers to vacancies by skills rather than job titles, and helps job "
                    "coaches support people who are far from the labour market.",
                ],
                fragments=[
                    "Jobseekers build a skills profile through a guided interview in several languages, "
                    "even without a formal CV or diploma.",
                    "{brand} matches profiles to local vacancies by skills, location, working hours and "
                    "transport options, and explains each match.",
                    "Local employers post vacancies for free and receive shortlists of candidates screened "
                    "by job coaches.",
                    "Job coaches see their caseload on one dashboard, track applications and book "
                    "candidates onto short training courses that close skill gaps.",
                    "The city sees vacancies, skills shortages and job placements by sector and "
                    "neighbourhood, which helps target training budgets.",
                    "In its first two years, the platform placed 6,800 jobseekers in work, 40% of whom had "
                    "been unemployed for more than a year.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 로컬잡스",
                    "구직자와 지역 기업을 잇는 일자리 매칭 플랫폼",
                    "지자체 일자리센터를 위한 역량 기반 일자리 매칭",
                ],
                summaries=[
                    "지역 구직자와 지역 기업, 직업훈련, 취업 상담사를 연결하는 지자체 일자리센터용 역량 "
                    "기반 일자리 매칭 플랫폼입니다.",
                    "직함이 아니라 역량으로 구직자와 채용 공고를 연결하고, 취업 상담사가 노동시장에서 "
                    "멀어진 구직자를 지원하도록 돕습니다.",
                ],
                fragments=[
                    "구직자는 이력서나 자격증이 없어도 여러 언어로 된 안내형 인터뷰로 역량 프로필을 만들 수 "
                    "있습니다.",
                    "{brand} 플랫폼은 역량, 거리, 근무 시간, 출퇴근 교통편을 기준으로 구직자와 지역 채용 "
                    "공고를 연결하고, 추천 이유를 설명해 줍니다.",
                    "지역 기업은 무료로 채용 공고를 올리고, 취업 상담사가 검토한 후보자 명단을 받습니다.",
                    "취업 상담사는 담당 구직자를 하나의 대시보드로 관리하며, 지원 현황을 추적하고 부족한 "
                    "역량을 채울 단기 직업훈련을 연결합니다.",
                    "지자체는 업종별·지역별 구인, 인력 부족 직무, 취업 실적을 확인해 직업훈련 예산을 "
                    "효과적으로 배분할 수 있습니다.",
                    "도입 첫 2년 동안 구직자 6,800명이 취업했으며, 이 가운데 40%는 1년 넘게 실직 "
                    "상태였습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Empleo Local",
                    "Plataforma de intermediación laboral entre demandantes y empresas locales",
                    "Emparejamiento por competencias para el servicio municipal de empleo",
                ],
                summaries=[
                    "Una plataforma de intermediación laboral por competencias para el servicio municipal "
                    "de empleo que conecta a las personas desempleadas con empresas locales, formación y "
                    "orientadores.",
                    "Empareja a los demandantes de empleo con las ofertas por competencias y no por "
                    "títulos, y ayuda a los orientadores a acompañar a quienes están más lejos del mercado "
                    "laboral.",
                ],
                fragments=[
                    "El demandante crea un perfil de competencias mediante una entrevista guiada en varios "
                    "idiomas, aunque no tenga currículum ni titulación formal.",
                    "{brand} empareja los perfiles con las ofertas de empleo locales según competencias, "
                    "distancia, horario y opciones de transporte, y explica cada coincidencia.",
                    "Las empresas locales publican sus ofertas gratis y reciben una preselección de "
                    "candidatos revisada por los orientadores.",
                    "Los orientadores ven a todas las personas que acompañan en un único panel, siguen sus "
                    "candidaturas y las inscriben en cursos cortos que cubren las competencias que faltan.",
                    "El ayuntamiento ve ofertas, perfiles difíciles de cubrir e inserciones por sector y "
                    "barrio, lo que ayuda a orientar el presupuesto de formación.",
                    "En sus dos primeros años, la plataforma logró 6.800 inserciones laborales, el 40 % de "
                    "personas que llevaban más de un año en paro.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Emprego Local",
                    "Plataforma de intermediação entre quem procura emprego e empresas locais",
                    "Intermediação por competências para o serviço municipal de emprego",
                ],
                summaries=[
                    "Uma plataforma de intermediação de emprego por competências para o serviço municipal "
                    "de emprego, que conecta quem procura trabalho a empresas locais, cursos e "
                    "orientadores.",
                    "Liga candidatos a vagas pelas competências, e não pelo nome do cargo, e ajuda os "
                    "orientadores a apoiar quem está mais longe do mercado de trabalho.",
                ],
                fragments=[
                    "O candidato monta um perfil de competências numa entrevista guiada em vários idiomas, "
                    "mesmo sem currículo ou diploma.",
                    "A plataforma {brand} cruza os perfis com as vagas locais por competências, distância, "
                    "horário e opções de transporte, e explica cada indicação.",
                    "As empresas locais publicam vagas de graça e recebem uma lista de candidatos "
                    "pré-selecionados pelos orientadores.",
                    "Os orientadores acompanham todos os seus candidatos num único painel, seguem as "
                    "candidaturas e os inscrevem em cursos curtos que cobrem as competências que faltam.",
                    "A prefeitura vê vagas, funções difíceis de preencher e contratações por setor e "
                    "bairro, o que ajuda a direcionar a verba de qualificação.",
                    "Nos dois primeiros anos, a plataforma levou 6.800 pessoas a um emprego, 40% delas "
                    "desempregadas havia mais de um ano.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Emploi Local",
                    "Plateforme de mise en relation entre demandeurs d'emploi et employeurs locaux",
                    "Appariement par compétences pour le service emploi de la ville",
                ],
                summaries=[
                    "Une plateforme d'appariement par compétences pour le service emploi de la ville, qui "
                    "met en relation les demandeurs d'emploi avec les employeurs locaux, les formations et "
                    "les conseillers.",
                    "Rapproche candidats et offres d'emploi par les compétences plutôt que par l'intitulé "
                    "de poste, et aide les conseillers à accompagner les personnes les plus éloignées de "
                    "l'emploi.",
                ],
                fragments=[
                    "Le demandeur d'emploi construit son profil de compétences lors d'un entretien guidé en "
                    "plusieurs langues, même sans CV ni diplôme.",
                    "{brand} rapproche les profils des offres d'emploi locales selon les compétences, la "
                    "distance, les horaires et les transports disponibles, et explique chaque proposition.",
                    "Les employeurs locaux publient gratuitement leurs offres et reçoivent une sélection de "
                    "candidats validée par les conseillers.",
                    "Les conseillers suivent l'ensemble de leurs accompagnements sur un seul tableau de "
                    "bord, suivent les candidatures et inscrivent les candidats à des formations courtes "
                    "qui comblent les compétences manquantes.",
                    "La ville voit les offres, les métiers en tension et les retours à l'emploi par secteur "
                    "et par quartier, pour mieux cibler le budget formation.",
                    "En deux ans, la plateforme a permis 6 800 retours à l'emploi, dont 40 % de personnes "
                    "au chômage depuis plus d'un an.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="main-street-retail-analytics",
        sector="economy-jobs",
        extra_sectors=["data-digital"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} HighStreet",
                    "Footfall and spending analytics for local shopping streets",
                    "Data to revive high streets and neighbourhood shops",
                    "{brand} Retail Pulse: know how your shopping streets are doing",
                ],
                summaries=[
                    "Footfall counters and aggregated card spending data show how local shopping streets "
                    "perform, so the city and traders can measure events, works and policies and revive the "
                    "high street.",
                    "A high-street dashboard combining footfall, spending, empty shops and opening hours, "
                    "for the city's economic development team and local traders' associations.",
                ],
                fragments=[
                    "Anonymous footfall counters on shopping streets measure visitor numbers by hour, and "
                    "{brand} compares them with previous years and similar streets.",
                    "Aggregated card spending data from payment providers shows spending by sector and "
                    "visitor origin, without any personal data.",
                    "A vacancy map tracks empty shops, lease ends and new openings, so the city can act "
                    "before a street starts to decline.",
                    "Traders and business associations get a simple dashboard to measure the effect of "
                    "markets, events, road works and parking changes.",
                    "The city uses the data to decide where to invest in public space, events and support "
                    "for small businesses.",
                    "After a car-free Sundays scheme, footfall on the main street rose by 22% and spending "
                    "in local shops by 14%, which convinced traders to support its extension.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 하이스트리트",
                    "골목상권 유동인구·매출 분석",
                    "상점가와 동네 가게 활성화를 위한 데이터",
                ],
                summaries=[
                    "유동인구 계수기와 집계된 카드 매출 데이터로 골목상권의 상황을 보여 주어, 지자체와 "
                    "상인이 행사, 공사, 정책의 효과를 측정하고 상권을 살릴 수 있게 합니다.",
                    "유동인구, 매출, 공실, 영업시간을 한데 모은 상권 대시보드로, 지자체 지역경제 부서와 "
                    "상인회가 함께 씁니다.",
                ],
                fragments=[
                    "상점가에 설치한 익명 유동인구 계수기가 시간대별 방문객 수를 측정하고, {brand} 플랫폼이 "
                    "작년 및 비슷한 상권과 비교해 줍니다.",
                    "결제 사업자의 집계 카드 매출 데이터로 업종별 매출과 방문객 출신 지역을 보여 주며, "
                    "개인정보는 포함되지 않습니다.",
                    "공실 지도로 빈 점포, 임대 만료, 신규 개점을 추적해, 상권이 쇠퇴하기 전에 지자체가 "
                    "대응할 수 있습니다.",
                    "상인과 상인회는 간단한 대시보드로 장터, 행사, 도로 공사, 주차 정책 변화의 효과를 "
                    "측정합니다.",
                    "지자체는 이 데이터로 공공 공간, 행사, 소상공인 지원에 어디에 투자할지 정합니다.",
                    "일요일 차 없는 거리를 운영한 뒤 중심 상점가의 유동인구가 22%, 동네 가게 매출이 14% "
                    "늘어, 상인들이 확대 운영을 지지하게 되었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Comercio Local",
                    "Análisis de afluencia y gasto en las calles comerciales",
                    "Datos para reactivar el comercio de barrio",
                ],
                summaries=[
                    "Contadores de afluencia y datos agregados de gasto con tarjeta muestran cómo funcionan "
                    "las calles comerciales, para que el ayuntamiento y los comerciantes midan eventos, "
                    "obras y políticas y reactiven el comercio de proximidad.",
                    "Un cuadro de mando del comercio de barrio que combina afluencia, gasto, locales vacíos "
                    "y horarios, para el área de promoción económica y las asociaciones de comerciantes.",
                ],
                fragments=[
                    "Contadores anónimos en las calles comerciales miden la afluencia por horas, y {brand} "
                    "la compara con años anteriores y con calles similares.",
                    "Los datos agregados de gasto con tarjeta de las entidades de pago muestran el gasto "
                    "por sector y el origen de los visitantes, sin ningún dato personal.",
                    "Un mapa de locales vacíos sigue los cierres, los fines de contrato y las aperturas, "
                    "para actuar antes de que una calle entre en declive.",
                    "Comerciantes y asociaciones disponen de un panel sencillo para medir el efecto de "
                    "mercados, eventos, obras y cambios de aparcamiento.",
                    "El ayuntamiento usa los datos para decidir dónde invertir en espacio público, "
                    "dinamización y apoyo al pequeño comercio.",
                    "Tras los domingos sin coches, la afluencia en la calle principal subió un 22 % y el "
                    "gasto en el comercio local un 14 %, lo que convenció a los comerciantes de apoyar su "
                    "ampliación.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Comércio Local",
                    "Análise de fluxo de pessoas e vendas nas ruas comerciais",
                    "Dados para revitalizar o comércio de bairro",
                ],
                summaries=[
                    "Contadores de fluxo de pessoas e dados agregados de gastos com cartão mostram o "
                    "desempenho das ruas comerciais, para que a prefeitura e os comerciantes meçam eventos, "
                    "obras e políticas e revitalizem o comércio de rua.",
                    "Um painel do comércio de bairro que reúne fluxo de pessoas, vendas, lojas vazias e "
                    "horários, para a secretaria de desenvolvimento econômico e as associações comerciais.",
                ],
                fragments=[
                    "Contadores anônimos nas ruas comerciais medem o fluxo de pessoas por hora, e a "
                    "plataforma {brand} compara com anos anteriores e com ruas semelhantes.",
                    "Dados agregados de gastos com cartão fornecidos por empresas de pagamento mostram as "
                    "vendas por setor e a origem dos visitantes, sem nenhum dado pessoal.",
                    "Um mapa de imóveis vazios acompanha lojas fechadas, fins de contrato e novas "
                    "aberturas, para agir antes que a rua entre em decadência.",
                    "Comerciantes e associações têm um painel simples para medir o efeito de feiras, "
                    "eventos, obras e mudanças no estacionamento.",
                    "A prefeitura usa os dados para decidir onde investir em espaço público, eventos e "
                    "apoio ao pequeno comércio.",
                    "Depois dos domingos sem carros, o fluxo de pessoas na rua principal subiu 22% e as "
                    "vendas no comércio local 14%, o que convenceu os comerciantes a apoiar a ampliação.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Commerce de Proximité",
                    "Analyse de fréquentation et de dépenses pour les rues commerçantes",
                    "Des données pour redynamiser les centres-villes et les commerces de quartier",
                ],
                summaries=[
                    "Des compteurs de fréquentation et des données agrégées de paiement par carte montrent "
                    "la santé des rues commerçantes, pour que la ville et les commerçants mesurent l'effet "
                    "des animations, des travaux et des politiques.",
                    "Un tableau de bord du commerce de proximité qui réunit fréquentation, dépenses, "
                    "vacance commerciale et horaires, pour le service développement économique et les "
                    "unions commerciales.",
                ],
                fragments=[
                    "Des compteurs anonymes installés dans les rues commerçantes mesurent la fréquentation "
                    "heure par heure, et {brand} la compare aux années précédentes et à des rues "
                    "similaires.",
                    "Les données agrégées de paiement par carte fournies par les opérateurs de paiement "
                    "montrent les dépenses par secteur et l'origine des visiteurs, sans aucune donnée "
                    "personnelle.",
                    "Une carte de la vacance commerciale suit les locaux vides, les fins de bail et les "
                    "ouvertures, pour agir avant qu'une rue ne décline.",
                    "Commerçants et unions commerciales disposent d'un tableau de bord simple pour mesurer "
                    "l'effet des marchés, des animations, des travaux et des changements de stationnement.",
                    "La ville s'appuie sur ces données pour décider où investir dans l'espace public, les "
                    "animations et le soutien aux petits commerces.",
                    "Après la mise en place de dimanches sans voitures, la fréquentation de la rue "
                    "principale a augmenté de 22 % et les dépenses dans les commerces de 14 %, ce qui a "
                    "convaincu les commerçants d'en soutenir l'extension.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="local-currency-digital-voucher",
        sector="economy-jobs",
        extra_sectors=["e-government"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} LocalPay",
                    "Digital local currency and voucher platform",
                    "City vouchers and local currency in a mobile wallet",
                    "{brand} Coin: keep spending in neighbourhood shops",
                ],
                summaries=[
                    "A digital local currency and voucher platform: residents top up or receive city "
                    "vouchers in a mobile wallet and spend them only in local shops, keeping money in the "
                    "local economy.",
                    "Lets cities issue targeted vouchers (for families, older residents or after a "
                    "disaster) that are redeemed by local small businesses, with real-time data on where "
                    "the money is spent.",
                ],
                fragments=[
                    "Residents load the local currency into a {brand} mobile wallet or prepaid card, often "
                    "with a 5–10% bonus funded by the city, and pay by QR code in participating shops.",
                    "Only registered local businesses below a size threshold can accept payments, so the "
                    "money supports neighbourhood shops rather than large chains.",
                    "The city can issue targeted vouchers (support for low-income families, culture "
                    "vouchers for young people, recovery vouchers after a disaster) with rules on where and "
                    "until when they can be spent.",
                    "Merchants receive payments instantly with low fees, and settlement reports go straight "
                    "into their accounting.",
                    "Real-time dashboards show how much is spent, in which sectors and neighbourhoods, and "
                    "how quickly the money circulates.",
                    "In one city, the digital local currency reached 210,000 users and 9,000 shops, and "
                    "every unit of city subsidy generated about 1.8 units of local spending.",
                ],
            ),
            "ko": SolutionText(
                titles=[
                    "{brand} 로컬페이",
                    "모바일 지역화폐·바우처 플랫폼",
                    "모바일 지갑으로 쓰는 지자체 바우처와 지역화폐",
                ],
                summaries=[
                    "주민이 모바일 지갑에 충전하거나 지자체 바우처를 받아 지역 가게에서만 쓰게 해, 돈이 "
                    "지역경제 안에서 돌게 하는 모바일 지역화폐·바우처 플랫폼입니다.",
                    "가족, 어르신, 재난 피해 주민 등 대상별 바우처를 발행해 지역 소상공인 가맹점에서 쓰게 "
                    "하고, 어디에 쓰였는지 실시간 데이터로 보여 줍니다.",
                ],
                fragments=[
                    "주민은 {brand} 모바일 지갑이나 선불카드에 지역화폐를 충전하고, 지자체가 부담하는 5~10% "
                    "할인 혜택을 받아 가맹점에서 QR 코드로 결제합니다.",
                    "일정 규모 이하로 등록된 지역 사업장만 결제를 받을 수 있어, 돈이 대형 체인점이 아니라 "
                    "동네 가게로 갑니다.",
                    "지자체는 저소득 가구 지원금, 청년 문화바우처, 재난지원금 같은 대상별 바우처를 사용처와 "
                    "사용 기한을 정해 발행할 수 있습니다.",
                    "가맹점은 낮은 수수료로 결제 대금을 즉시 받고, 정산 내역은 회계 프로그램으로 바로 "
                    "넘어갑니다.",
                    "실시간 대시보드에서 얼마가 어떤 업종과 동네에서 쓰이는지, 돈이 얼마나 빨리 도는지 "
                    "확인할 수 있습니다.",
                    "한 도시에서는 모바일 지역화폐 이용자가 21만 명, 가맹점이 9천 곳에 이르렀고, 지자체 "
                    "보조금 1원이 약 1.8원의 지역 소비를 만들었습니다.",
                ],
            ),
            "es": SolutionText(
                titles=[
                    "{brand} Moneda Local",
                    "Plataforma de moneda local digital y bonos",
                    "Bonos municipales y moneda local en el móvil",
                ],
                summaries=[
                    "Una plataforma de moneda local digital y bonos: los vecinos recargan o reciben bonos "
                    "municipales en una cartera móvil y solo pueden gastarlos en el comercio local, para "
                    "que el dinero se quede en la economía del barrio.",
                    "Permite al ayuntamiento emitir bonos dirigidos (para familias, personas mayores o tras "
                    "una catástrofe) que se canjean en pequeños comercios locales, con datos en tiempo real "
                    "sobre dónde se gasta el dinero.",
                ],
                fragments=[
                    "Los vecinos cargan la moneda local en una cartera móvil {brand} o en una tarjeta "
                    "prepago, a menudo con una bonificación del 5 al 10 % que paga el ayuntamiento, y pagan "
                    "con código QR en los comercios adheridos.",
                    "Solo pueden cobrar los comercios locales registrados por debajo de cierto tamaño, así "
                    "que el dinero apoya al comercio de barrio y no a las grandes cadenas.",
                    "El ayuntamiento puede emitir bonos dirigidos (ayudas a familias con pocos ingresos, "
                    "bonos culturales para jóvenes, bonos de reactivación tras una catástrofe) con reglas "
                    "sobre dónde y hasta cuándo gastarlos.",
                    "Los comercios cobran al instante con comisiones bajas, y las liquidaciones pasan "
                    "directamente a su contabilidad.",
                    "Los cuadros de mando en tiempo real muestran cuánto se gasta, en qué sectores y "
                    "barrios y a qué velocidad circula el dinero.",
                    "En una ciudad, la moneda local digital llegó a 210.000 usuarios y 9.000 comercios, y "
                    "cada euro de subvención municipal generó unos 1,8 euros de gasto local.",
                ],
            ),
            "pt": SolutionText(
                titles=[
                    "{brand} Moeda Local",
                    "Plataforma de moeda social digital e vales",
                    "Vales da prefeitura e moeda local no celular",
                ],
                summaries=[
                    "Uma plataforma de moeda local digital e vales: os moradores carregam ou recebem vales "
                    "da prefeitura numa carteira no celular e só podem gastá-los no comércio local, "
                    "mantendo o dinheiro na economia do bairro.",
                    "Permite à prefeitura emitir vales direcionados (para famílias, idosos ou após um "
                    "desastre) que são usados em pequenos comércios locais, com dados em tempo real sobre "
                    "onde o dinheiro é gasto.",
                ],
                fragments=[
                    "Os moradores carregam a moeda local numa carteira {brand} no celular ou num cartão "
                    "pré-pago, muitas vezes com bônus de 5% a 10% pago pela prefeitura, e pagam com QR code "
                    "nos comércios credenciados.",
                    "Só comércios locais cadastrados e abaixo de certo porte podem receber, então o "
                    "dinheiro fortalece o comércio de bairro e não as grandes redes.",
                    "A prefeitura pode emitir vales direcionados (apoio a famílias de baixa renda, "
                    "vale-cultura para jovens, vales de recuperação após enchentes) com regras de onde e "
                    "até quando usar.",
                    "Os comerciantes recebem na hora, com taxas baixas, e os relatórios de liquidação vão "
                    "direto para a contabilidade.",
                    "Painéis em tempo real mostram quanto é gasto, em quais setores e bairros e com que "
                    "velocidade o dinheiro circula.",
                    "Numa cidade, a moeda social digital chegou a 210 mil usuários e 9 mil comércios, e "
                    "cada real de subsídio da prefeitura gerou cerca de 1,8 real de consumo local.",
                ],
            ),
            "fr": SolutionText(
                titles=[
                    "{brand} Monnaie Locale",
                    "Plateforme de monnaie locale numérique et de chèques",
                    "Chèques municipaux et monnaie locale sur mobile",
                ],
                summaries=[
                    "Une plateforme de monnaie locale numérique et de chèques : les habitants alimentent ou "
                    "reçoivent des chèques de la ville dans un portefeuille mobile et ne peuvent les "
                    "dépenser que chez les commerçants locaux.",
                    "Permet à la ville d'émettre des chèques ciblés (pour les familles, les seniors ou "
                    "après une catastrophe) utilisables chez les petits commerçants locaux, avec des "
                    "données en temps réel sur les dépenses.",
                ],
                fragments=[
                    "Les habitants chargent la monnaie locale dans un portefeuille mobile {brand} ou sur "
                    "une carte prépayée, souvent avec un bonus de 5 à 10 % financé par la ville, et paient "
                    "par QR code chez les commerçants partenaires.",
                    "Seuls les commerces locaux enregistrés et sous un certain seuil de taille peuvent "
                    "encaisser : l'argent soutient les commerces de quartier plutôt que les grandes "
                    "enseignes.",
                    "La ville peut émettre des chèques ciblés (aide aux familles modestes, pass culture "
                    "pour les jeunes, chèques de relance après une catastrophe) avec des règles sur le lieu "
                    "et la durée de validité.",
                    "Les commerçants sont payés immédiatement avec des frais faibles, et les relevés de "
                    "règlement vont directement dans leur comptabilité.",
                    "Des tableaux de bord en temps réel montrent combien est dépensé, dans quels secteurs "
                    "et quartiers, et à quelle vitesse l'argent circule.",
                    "Dans une ville, la monnaie locale numérique a atteint 210 000 utilisateurs et 9 000 "
                    "commerces, et chaque euro de subvention municipale a généré environ 1,8 euro de "
                    "dépenses locales.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="small-business-digital-storefront",
        sector="economy-jobs",
        extra_sectors=["culture-tourism"],
        maturity_hint="deployed",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} MarketOnline",
                    "Online storefronts and delivery for traditional markets",
                    "Take neighbourhood shops and market stalls online",
                    "{brand} Stall: e-commerce for small local traders",
                ],
                summaries=[
                    "A shared online marketplace that puts traditional market stalls and neighbourhood "
                    "shops online, with ordering, payment and local delivery, so small traders can compete "
                    "with large e-commerce platforms.",
                    "Helps small local shops sell online in days: a storefront, product photos, payments "
                    "and bundled delivery across a whole market or shopping street.",
                ],
                fragments=[
                    "Each trader gets an online storefront in {brand}, set up in an afternoon with the help "
                    "of a digital coach who photographs products and writes descriptions.",
                    "Customers order from several stalls of the same traditional market in one basket and "
                    "receive one delivery by cargo bike or scooter.",
                    "Commission fees are a fraction of those charged by large delivery platforms, and "
                    "traders keep the relationship with their customers.",
                    "Orders can also be placed by phone or messaging app, which suits older customers and "
                    "older traders.",
                    "The city and market associations see sales by market and sector, and can run joint "
                    "promotions, for example with local currency vouchers.",
                    "In a pilot with three traditional markets, online orders made up 12% of participating "
                    "traders' sales within a year, and 30% of online customers were new to the market.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="gig-worker-benefits-portal",
        sector="economy-jobs",
        extra_sectors=["health"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} FairGig",
                    "Portable benefits and support for platform workers",
                    "One portal for delivery riders, drivers and freelancers",
                    "{brand} Workers: rest areas, insurance and advice for gig workers",
                ],
                summaries=[
                    "A city portal for gig and platform workers (delivery riders, ride-hail drivers and "
                    "freelancers) that combines portable benefits, accident insurance, legal advice and "
                    "rest areas.",
                    "Helps cities support delivery riders and other platform workers who fall outside "
                    "traditional employment protection, with accident insurance, training and data on "
                    "working conditions.",
                ],
                fragments=[
                    "Platform workers sign up once in {brand} and get access to accident insurance, "
                    "income-loss cover and pension savings that follow them across platforms.",
                    "Contributions can be shared between workers, platforms and the city, and are "
                    "calculated from the hours worked on each platform.",
                    "A map shows rest areas for delivery riders with toilets, charging points and shelter, "
                    "many of them in public buildings.",
                    "Workers can book free legal advice on contracts, account deactivation and tax, and "
                    "join safety training for riders.",
                    "Anonymous surveys and platform data give the city a picture of hours, earnings and "
                    "accidents, informing policy and negotiations.",
                    "In the first year, 14,000 platform workers registered, and the rider accident "
                    "insurance paid out in 900 cases that would otherwise have had no cover.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="green-skills-training-marketplace",
        sector="economy-jobs",
        extra_sectors=["energy", "education"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} GreenSkills",
                    "Green skills training marketplace for the energy transition",
                    "Reskilling for heat pump, solar and retrofit jobs",
                    "{brand} Transition Jobs: training that leads to green jobs",
                ],
                summaries=[
                    "A marketplace that matches jobseekers and workers from declining sectors with short "
                    "training courses for green jobs (heat pump installation, solar, retrofit, EV "
                    "maintenance) and with local employers who need them.",
                    "Connects local employers' demand for green skills with training providers and "
                    "jobseekers, so the energy transition creates local jobs.",
                ],
                fragments=[
                    "{brand} collects demand for green skills from local installers, builders and utilities "
                    "and shows which jobs are short of workers.",
                    "Jobseekers and workers from declining sectors see short, certified training courses in "
                    "heat pump installation, solar, insulation and EV maintenance, with funding options.",
                    "Employers can co-design courses and commit to interviewing graduates, which raises "
                    "completion and job placement rates.",
                    "A skills-gap dashboard helps the city and training providers plan courses a year ahead "
                    "of demand from retrofit programmes.",
                    "Apprenticeships and paid work placements are listed alongside courses, so trainees "
                    "gain experience on real building retrofit sites.",
                    "In its first 18 months, 2,300 people completed a green skills course, and 71% were "
                    "working in the sector six months later.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="vacant-storefront-matchmaking",
        sector="economy-jobs",
        extra_sectors=["urban-planning"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} PopUp",
                    "Matching empty shops with pop-up businesses",
                    "Temporary use of vacant storefronts on shopping streets",
                    "{brand} Storefront: fill empty shops with local makers",
                ],
                summaries=[
                    "A matchmaking platform that connects owners of vacant storefronts with pop-up shops, "
                    "local makers and start-ups for temporary leases, bringing life back to high streets.",
                    "Helps cities reduce shop vacancy on shopping streets by making short-term leases easy, "
                    "with standard contracts, insurance and a pipeline of local entrepreneurs.",
                ],
                fragments=[
                    "Property owners list vacant storefronts with photos, size and conditions, and {brand} "
                    "matches them with pop-up shops, artists, makers and start-ups looking for space.",
                    "Standard temporary lease contracts, insurance and utility connections are arranged on "
                    "the platform, cutting the time to open from months to weeks.",
                    "The city can offer rent subsidies or reduced business taxes for the first months, "
                    "targeted at the streets with the highest shop vacancy.",
                    "A pipeline of local entrepreneurs trained by the city's business support services "
                    "helps pop-ups become permanent tenants.",
                    "Footfall and vacancy data show the effect on each street, helping the city decide "
                    "where to focus.",
                    "In a pilot on three streets, 48 empty shops hosted pop-ups in two years, and 19 of "
                    "them turned into permanent leases.",
                ],
            ),
        },
    ),
    SolutionArchetype(
        key="circular-economy-industrial-symbiosis",
        sector="economy-jobs",
        extra_sectors=["environment"],
        maturity_hint="pilot",
        texts={
            "en": SolutionText(
                titles=[
                    "{brand} Symbiosis",
                    "Industrial symbiosis platform for by-products and waste heat",
                    "Match companies' waste streams with other companies' raw material needs",
                    "{brand} Loop: turn industrial waste into resources",
                ],
                summaries=[
                    "A matchmaking platform for industrial symbiosis: companies list their by-products, "
                    "surplus materials and waste heat, and AI matches them with companies that can use them "
                    "as raw materials.",
                    "Helps cities and industrial parks build a circular economy, cutting waste disposal "
                    "costs and emissions while creating local business opportunities.",
                ],
                fragments=[
                    "Companies in an industrial park describe their waste streams and material needs, and "
                    "{brand} AI suggests matches based on composition, volume, location and regulation.",
                    "Typical exchanges include wood waste for biomass, food processing residues for animal "
                    "feed or biogas, construction aggregates and waste heat for greenhouses or district "
                    "heating.",
                    "Facilitators from the city or the industrial park follow up on promising matches and "
                    "help with permits and logistics.",
                    "The platform calculates savings in disposal costs, raw materials and CO2 for each "
                    "exchange, which supports reporting and green financing.",
                    "A regional map of material flows shows where new recycling or processing businesses "
                    "could be viable.",
                    "In an industrial park of 240 companies, 37 exchanges in two years diverted 52,000 "
                    "tonnes of waste from landfill and saved 9,000 tonnes of CO2.",
                ],
            ),
        },
    ),
]

_ECONOMY_JOBS_CHALLENGES = [
    ChallengeArchetype(
        key="connect-jobseekers-with-local-employers",
        sector="economy-jobs",
        extra_sectors=["education"],
        answered_by=["local-job-matching-platform", "green-skills-training-marketplace"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Connect jobseekers with local employers",
                    "Skills-based job matching for our employment service",
                    "Fill local vacancies with local talent",
                ],
                fragments=[
                    "{city} has about 30,000 registered jobseekers, while local employers, including "
                    "installers for the energy transition, say they cannot find workers with the right "
                    "skills.",
                    "Many jobseekers have skills but no formal diploma or CV, and our job coaches spend "
                    "most of their time matching people to vacancies by hand.",
                    "We want a skills-based job matching platform that connects local jobseekers with local "
                    "vacancies and explains why each match makes sense.",
                    "Job coaches need one dashboard for their caseload, and the platform should point "
                    "jobseekers to short training courses that close skill gaps, including for green jobs.",
                    "The service must be available in several languages and accessible to people with low "
                    "digital skills.",
                    "We will measure job placements, especially for the long-term unemployed, and vacancies "
                    "filled locally.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "구직자와 지역 기업 연결",
                    "일자리센터를 위한 역량 기반 일자리 매칭",
                    "지역 인재로 지역 일자리 채우기",
                ],
                fragments=[
                    "{city}에는 등록 구직자가 약 3만 명 있지만, 에너지 전환 분야 설치 기사를 구하는 기업을 "
                    "비롯한 지역 기업들은 필요한 역량을 갖춘 인력을 찾지 못한다고 말합니다.",
                    "많은 구직자가 역량은 있지만 자격증이나 이력서가 없고, 취업 상담사는 대부분의 시간을 "
                    "수작업으로 구직자와 채용 공고를 연결하는 데 씁니다.",
                    "지역 구직자와 지역 채용 공고를 역량 기준으로 연결하고, 각 추천이 왜 적합한지 설명해 "
                    "주는 일자리 매칭 플랫폼을 원합니다.",
                    "취업 상담사에게는 담당 구직자를 관리할 대시보드가 필요하고, 플랫폼은 녹색 일자리를 "
                    "포함해 부족한 역량을 채울 단기 직업훈련을 안내해야 합니다.",
                    "여러 언어로 제공되어야 하며, 디지털 역량이 낮은 사람도 쓸 수 있어야 합니다.",
                    "특히 장기 실업자의 취업 실적과 지역 내 충원된 일자리 수로 성과를 측정할 계획입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Conectar a los demandantes de empleo con las empresas locales",
                    "Intermediación por competencias para el servicio de empleo",
                    "Cubrir las vacantes locales con talento local",
                ],
                fragments=[
                    "{city} tiene unas 30.000 personas inscritas como demandantes de empleo, mientras las "
                    "empresas locales, incluidos los instaladores para la transición energética, dicen que "
                    "no encuentran personal con las competencias necesarias.",
                    "Muchos demandantes tienen competencias pero no titulación ni currículum, y nuestros "
                    "orientadores dedican la mayor parte del tiempo a emparejar a mano personas y ofertas.",
                    "Queremos una plataforma de intermediación por competencias que conecte a los "
                    "demandantes locales con las ofertas de empleo locales y explique por qué encaja cada "
                    "propuesta.",
                    "Los orientadores necesitan un único panel para las personas que acompañan, y la "
                    "plataforma debe proponer cursos cortos que cubran las competencias que faltan, también "
                    "para empleos verdes.",
                    "El servicio debe estar disponible en varios idiomas y ser accesible para personas con "
                    "pocas competencias digitales.",
                    "Mediremos las inserciones laborales, sobre todo de personas paradas de larga duración, "
                    "y las vacantes cubiertas con talento local.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Conectar quem procura emprego às empresas locais",
                    "Intermediação por competências para o serviço de emprego",
                    "Preencher as vagas locais com talentos locais",
                ],
                fragments=[
                    "{city} tem cerca de 30 mil pessoas cadastradas em busca de emprego, enquanto as "
                    "empresas locais, inclusive instaladoras ligadas à transição energética, dizem não "
                    "encontrar profissionais com as competências necessárias.",
                    "Muitos candidatos têm competências, mas não têm diploma nem currículo, e os nossos "
                    "orientadores passam a maior parte do tempo cruzando pessoas e vagas à mão.",
                    "Queremos uma plataforma de intermediação por competências que conecte quem procura "
                    "emprego às vagas locais e explique por que cada indicação faz sentido.",
                    "Os orientadores precisam de um único painel para os seus atendimentos, e a plataforma "
                    "deve indicar cursos curtos que cubram as competências que faltam, inclusive para "
                    "empregos verdes.",
                    "O serviço deve estar disponível em vários idiomas e ser acessível a pessoas com pouca "
                    "familiaridade digital.",
                    "Vamos medir as contratações, sobretudo de desempregados de longa duração, e as vagas "
                    "preenchidas localmente.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Rapprocher demandeurs d'emploi et employeurs locaux",
                    "Un appariement par compétences pour le service emploi",
                    "Pourvoir les offres locales avec les talents locaux",
                ],
                fragments=[
                    "{city} compte environ 30 000 demandeurs d'emploi inscrits, alors que les employeurs "
                    "locaux, y compris les installateurs de la transition énergétique, disent ne pas "
                    "trouver de personnes ayant les bonnes compétences.",
                    "Beaucoup de demandeurs d'emploi ont des compétences mais ni diplôme ni CV, et nos "
                    "conseillers passent l'essentiel de leur temps à rapprocher à la main candidats et "
                    "offres.",
                    "Nous voulons une plateforme d'appariement par compétences qui mette en relation les "
                    "demandeurs d'emploi locaux avec les offres d'emploi locales et explique chaque "
                    "proposition.",
                    "Les conseillers ont besoin d'un tableau de bord unique pour leurs accompagnements, et "
                    "la plateforme doit orienter vers des formations courtes qui comblent les compétences "
                    "manquantes, y compris pour les emplois verts.",
                    "Le service doit être disponible en plusieurs langues et accessible aux personnes peu à "
                    "l'aise avec le numérique.",
                    "Nous mesurerons les retours à l'emploi, en particulier des chômeurs de longue durée, "
                    "et les offres pourvues localement.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="revive-the-high-street",
        sector="economy-jobs",
        extra_sectors=["urban-planning"],
        answered_by=["main-street-retail-analytics", "vacant-storefront-matchmaking"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Revive the high street",
                    "Bring shoppers back to neighbourhood shopping streets",
                    "Fewer empty shops on our main streets",
                ],
                fragments=[
                    "Shopping streets in {city} are losing footfall to malls and online shopping, and about "
                    "one in six shops on our main streets now stands empty or vacant.",
                    "Traders and the city disagree about the causes (parking, road works, rents, events), "
                    "because nobody has reliable data on footfall and spending.",
                    "We want footfall and spending analytics for our shopping streets, with a vacancy map "
                    "and a dashboard shared with traders' associations.",
                    "We are also interested in ways to fill empty shops quickly, for example with pop-up "
                    "shops and temporary leases for local makers and start-ups.",
                    "The data must not contain personal information and should let us measure the effect of "
                    "events, works and policies.",
                    "Success means higher footfall and lower shop vacancy on the pilot streets within two "
                    "years.",
                ],
            ),
            "ko": ChallengeText(
                titles=[
                    "상점가 되살리기",
                    "동네 상권으로 손님 다시 불러오기",
                    "중심가의 빈 점포 줄이기",
                ],
                fragments=[
                    "{city}의 상점가는 대형 쇼핑몰과 온라인 쇼핑에 손님을 빼앗기고 있으며, 중심 상점가 점포 "
                    "여섯 곳 중 한 곳꼴로 비어 있습니다.",
                    "유동인구와 매출에 대한 믿을 만한 데이터가 없어, 상인과 지자체는 주차, 도로 공사, "
                    "임대료, 행사 가운데 무엇이 원인인지를 두고 의견이 엇갈립니다.",
                    "상점가의 유동인구·매출 분석, 공실 지도, 상인회와 함께 보는 대시보드를 원합니다.",
                    "팝업 매장이나 지역 제작자와 스타트업을 위한 단기 임대처럼 빈 점포를 빨리 채우는 "
                    "방법에도 관심이 있습니다.",
                    "데이터에는 개인정보가 없어야 하며, 행사, 공사, 정책의 효과를 측정할 수 있어야 합니다.",
                    "2년 안에 시범 상점가의 유동인구를 늘리고 공실률을 낮추는 것이 목표입니다.",
                ],
            ),
            "es": ChallengeText(
                titles=[
                    "Reactivar las calles comerciales",
                    "Recuperar clientes para el comercio de barrio",
                    "Menos locales vacíos en nuestras calles principales",
                ],
                fragments=[
                    "Las calles comerciales de {city} pierden afluencia frente a los centros comerciales y "
                    "las compras en línea, y ya uno de cada seis locales de nuestras calles principales "
                    "está vacío.",
                    "Comerciantes y ayuntamiento discrepan sobre las causas (aparcamiento, obras, "
                    "alquileres, eventos) porque nadie tiene datos fiables de afluencia y gasto.",
                    "Queremos análisis de afluencia y gasto en nuestras calles comerciales, con un mapa de "
                    "locales vacíos y un panel compartido con las asociaciones de comerciantes.",
                    "También nos interesan fórmulas para llenar rápido los locales vacíos, como tiendas "
                    "temporales y alquileres de corta duración para artesanos y startups locales.",
                    "Los datos no deben contener información personal y deben permitir medir el efecto de "
                    "eventos, obras y políticas.",
                    "El éxito será más afluencia y menos locales vacíos en las calles piloto en dos años.",
                ],
            ),
            "pt": ChallengeText(
                titles=[
                    "Revitalizar as ruas comerciais",
                    "Trazer os clientes de volta ao comércio de bairro",
                    "Menos lojas vazias nas ruas principais",
                ],
                fragments=[
                    "As ruas comerciais de {city} estão perdendo movimento para os shoppings e as compras "
                    "online, e uma em cada seis lojas das ruas principais está vazia.",
                    "Comerciantes e prefeitura discordam sobre as causas (estacionamento, obras, aluguéis, "
                    "eventos), porque ninguém tem dados confiáveis de fluxo de pessoas e vendas.",
                    "Queremos análises de fluxo de pessoas e vendas nas ruas comerciais, com um mapa de "
                    "lojas vazias e um painel compartilhado com as associações comerciais.",
                    "Também nos interessam formas de ocupar rapidamente as lojas vazias, como lojas "
                    "temporárias e aluguéis de curta duração para artesãos e startups locais.",
                    "Os dados não podem conter informações pessoais e devem permitir medir o efeito de "
                    "eventos, obras e políticas.",
                    "O sucesso será mais movimento e menos lojas vazias nas ruas do piloto em dois anos.",
                ],
            ),
            "fr": ChallengeText(
                titles=[
                    "Redynamiser les rues commerçantes",
                    "Ramener les clients vers les commerces de quartier",
                    "Moins de vitrines vides dans nos rues principales",
                ],
                fragments=[
                    "À {city}, les rues commerçantes perdent de la fréquentation au profit des centres "
                    "commerciaux et des achats en ligne, et environ un local sur six est désormais vide "
                    "dans nos rues principales.",
                    "Commerçants et ville ne s'accordent pas sur les causes (stationnement, travaux, "
                    "loyers, animations), faute de données fiables sur la fréquentation et les dépenses.",
                    "Nous voulons une analyse de la fréquentation et des dépenses dans nos rues "
                    "commerçantes, avec une carte de la vacance commerciale et un tableau de bord partagé "
                    "avec les unions commerciales.",
                    "Nous cherchons aussi des moyens de remplir rapidement les locaux vides, par exemple "
                    "avec des boutiques éphémères et des baux temporaires pour des artisans et start-up "
                    "locaux.",
                    "Les données ne doivent contenir aucune information personnelle et doivent permettre de "
                    "mesurer l'effet des animations, des travaux et des politiques.",
                    "Nous visons plus de fréquentation et moins de vacance commerciale dans les rues "
                    "pilotes d'ici deux ans.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="keep-spending-in-the-local-economy",
        sector="economy-jobs",
        extra_sectors=["e-government"],
        answered_by=["local-currency-digital-voucher", "small-business-digital-storefront"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Keep spending in the local economy",
                    "Digital vouchers for local shops",
                    "Support neighbourhood shops and traditional markets",
                ],
                fragments=[
                    "Every year {city} distributes millions in paper vouchers and support payments to "
                    "families and older residents, but much of the money ends up in large chains and online "
                    "platforms rather than local shops and traditional markets.",
                    "Paper vouchers are costly to print, easy to lose and give us no data on where the "
                    "money is spent.",
                    "We want a digital local currency and voucher platform with a mobile wallet, where "
                    "vouchers can only be spent in registered local small businesses.",
                    "We also want to help small shops and traditional markets sell online and deliver "
                    "locally, so they can compete with large e-commerce platforms.",
                    "Merchants need low fees and instant payments, and the city needs real-time data by "
                    "sector and neighbourhood.",
                    "Success means more spending in local shops per unit of city subsidy.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="support-platform-workers",
        sector="economy-jobs",
        extra_sectors=["health"],
        answered_by=["gig-worker-benefits-portal"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Support delivery riders and platform workers",
                    "Portable benefits for gig workers",
                    "Safer working conditions for platform workers",
                ],
                fragments=[
                    "More than 20,000 people in {city} earn their living as delivery riders, ride-hail "
                    "drivers or freelancers on digital platforms, most of them without accident insurance "
                    "or sick pay.",
                    "Riders tell us they have nowhere to rest, use a toilet or charge their phones between "
                    "orders, and accidents are rising.",
                    "We want a portal that gives platform workers access to accident insurance and portable "
                    "benefits, funded jointly by workers, platforms and the city.",
                    "The portal should also map rest areas, offer free legal advice and safety training, "
                    "and collect anonymous data on working conditions.",
                    "The solution must work across several platforms and protect workers' personal data.",
                    "We would start with delivery riders and measure sign-ups, insurance claims and "
                    "accident rates.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="turn-industrial-waste-into-resources",
        sector="economy-jobs",
        extra_sectors=["environment"],
        answered_by=["circular-economy-industrial-symbiosis"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Turn industrial waste into resources",
                    "Industrial symbiosis in our business parks",
                    "A circular economy for local industry",
                ],
                fragments=[
                    "The industrial parks around {city} host about 600 companies that send large volumes of "
                    "by-products, surplus materials and waste heat to landfill or let them go to waste.",
                    "Many of these waste streams could be raw materials for other companies nearby, but "
                    "businesses do not know about each other's needs.",
                    "We are looking for an industrial symbiosis platform where companies list their "
                    "by-products, waste heat and material needs, and get matched with partners.",
                    "Facilitators should be able to follow up on promising matches and help with permits "
                    "and logistics.",
                    "The platform should calculate savings in costs, raw materials and CO2, supporting our "
                    "circular economy strategy.",
                    "Our target is 30 new exchanges between companies within three years.",
                ],
            ),
        },
    ),
    ChallengeArchetype(
        key="bring-traditional-markets-online",
        sector="economy-jobs",
        extra_sectors=["culture-tourism"],
        answered_by=["small-business-digital-storefront"],
        texts={
            "en": ChallengeText(
                titles=[
                    "Bring traditional markets online",
                    "E-commerce for market traders and small shops",
                    "Help small traders compete with delivery platforms",
                ],
                fragments=[
                    "{city}'s 14 traditional markets and thousands of small neighbourhood shops are losing "
                    "customers, especially younger ones, to online shopping and delivery apps.",
                    "Most market traders are older and have no website, and the commission fees of large "
                    "delivery platforms eat most of their margin.",
                    "We want a shared online marketplace where market stalls and small shops can open an "
                    "online storefront quickly, with payments and bundled local delivery.",
                    "Traders need hands-on help to set up their storefronts, and orders should also be "
                    "possible by phone or messaging app.",
                    "Market associations and the city should see sales data to plan joint promotions.",
                    "We would start with three traditional markets and measure online sales and new "
                    "customers.",
                ],
            ),
        },
    ),
]


# --- Startup names ---------------------------------------------------------------------------------------
# A name is a stem ("Civitas", "Hanbit"), a stem fused with a suffix ("AquaSense", "Loopwise"), or either
# followed by a company word ("Hanbit Mobility", "GridWise Analytics"): about 700,000 combinations.

# fmt: off
NAME_STEMS = [
    # Latin, Greek and English roots
    "Civitas", "Urbis", "Aqua", "Terra", "Lumen", "Nexus", "Metro", "Civic", "Polis", "Agora", "Forum",
    "Vox", "Nova", "Orbit", "Atlas", "Vector", "Pixel", "Quanta", "Helio", "Aero", "Hydro", "Geo", "Eco",
    "Kinetic", "Vita", "Sola", "Luma", "Stratus", "Cirrus", "Nimbus", "Boreal", "Delta", "Lambda", "Sigma",
    "Axis", "Prism", "Beacon", "Harbor", "Canal", "Plaza", "Piazza", "Arbor", "Cedar", "Maple", "Willow",
    "Juniper", "Linden", "Aspen", "Birch", "Fern", "Moss", "Clover", "Sage", "Amber", "Cobalt", "Indigo",
    "Saffron", "Ochre", "Copper", "Granite", "Basalt", "Meridian", "Compass", "Lattice", "Mosaic", "Tessera",
    "Kiln", "Lantern", "Relay", "Tide", "Current", "Ripple", "Cascade", "Brook", "Horizon", "Zenith",
    "Summit", "Ridge", "Mesa", "Prairie", "Loop", "Block", "Node", "Mesh", "Spark", "Bright", "Clear",
    "Swift", "True", "Kind", "North", "Blue", "Green", "Open", "Common", "Neighbor", "Street", "Avenue",
    "Corner", "Commons", "Public", "Urban", "Transit", "Curb", "Route", "Waypoint", "Crossing", "Junction",
    "Depot", "Station", "Quay", "Pier", "Wharf", "Tandem", "Kestrel", "Heron", "Osprey", "Falcon", "Lynx",
    "Otter", "Badger", "Puffin", "Condor", "Ember", "Solace", "Verity", "Candor", "Tempo", "Cadence",
    # Korean
    "Hanbit", "Saebom", "Nuri", "Dasan", "Haneul", "Bitna", "Onnuri", "Mirae", "Purun", "Garam", "Sori",
    "Narae", "Dongbaek", "Baram", "Byeol", "Hangang", "Bomnal", "Doum", "Seoro", "Gaon", "Ieum", "Dasom",
    "Saerom", "Haemil", "Areum", "Maru", "Chorok", "Ongi", "Hanul", "Yeoul", "Sarang", "Bitgaram",
    # Spanish and Portuguese
    "Barrio", "Luz", "Sol", "Viva", "Alma", "Ruta", "Puente", "Rumbo", "Faro", "Brisa", "Cima", "Cerro",
    "Calle", "Nido", "Raiz", "Semilla", "Trama", "Mar", "Andes", "Pampa", "Ceiba", "Jacaranda", "Ipe",
    "Bairro", "Ponte", "Caminho", "Vila", "Mirante", "Aurora", "Lumiar", "Cidade", "Rede", "Onda", "Sendero",
    # French
    "Cite", "Quartier", "Passerelle", "Pont", "Canopee", "Rivage", "Sillon", "Boussole", "Phare", "Lien",
    "Bastide", "Escale", "Parvis", "Ruelle", "Colline", "Alize", "Verdure", "Clairiere",
    # Nordic, Japanese and others
    "Kairos", "Tala", "Osmo", "Kivi", "Sisu", "Fjord", "Nord", "Lumo", "Aalto", "Tuuli", "Kaze", "Sora",
    "Hikari", "Mizu", "Umi", "Akari", "Savanna", "Baobab", "Zuri", "Jua", "Nuru", "Anga",
]

# Capitalised suffixes make CamelCase names ("AquaSense"), lower-case ones fuse ("Loopwise").
NAME_SUFFIXES = [
    "Sense", "wise", "Flow", "ly", "io", "Grid", "Hub", "Link", "Path", "Point", "Scope", "Sight", "Shift",
    "Stack", "Sync", "Wave", "Way", "Base", "Box", "Cast", "Core", "Craft", "Deck", "Field", "Frame", "Gate",
    "Glow", "Kit", "Layer", "Line", "Logic", "Map", "Mark", "Metric", "Mind", "Net", "Nest", "Pilot", "Port",
    "Ray", "Rise", "Root", "Scale", "Spot", "Sphere", "Stream", "Tap", "Track", "Trail", "Vue", "Ware",
    "Well", "Yard", "ify", "ora", "Lab", "Loop", "Bridge", "Beam", "Works",
]

NAME_COMPANY_WORDS = [
    "Labs", "Systems", "Technologies", "Analytics", "Mobility", "Energy", "Data", "Digital", "Robotics",
    "Solutions", "Networks", "AI", "Tech", "Studio", "Dynamics", "Innovations", "Software", "Sensing",
    "Platforms", "Cloud", "Urban Tech", "GovTech", "Insights", "Intelligence", "Engineering", "Collective",
    "Instruments", "Devices", "Informatics", "Geospatial", "Water", "Environmental", "Health", "Care",
    "Learning", "Heritage", "Infra", "Power", "Climate", "Circular", "Logistics", "Civic", "Smart City",
    "Sensors", "Services", "Co.", "Partners", "Industries",
]

# fmt: on

NAME_QUALIFIERS = ["Group", "International", "Global", "Collective", "Studio", "Works", "Lab", "Network"]


# --- Sentence parts for startups, cities, pricing and applications ----------------------------------------

LIST_AND = {"en": " and ", "ko": ", ", "es": " y ", "pt": " e ", "fr": " et "}

# How each sector reads inside a sentence listing a city's priorities.
SECTOR_TOPICS: dict[str, dict[str, str]] = {
    "en": {
        "e-government": "e-government and administration",
        "mobility": "mobility and transport",
        "environment": "environment and waste",
        "water": "water management",
        "energy": "energy",
        "safety": "safety and disaster response",
        "health": "health and welfare",
        "education": "education",
        "culture-tourism": "culture and tourism",
        "urban-planning": "urban planning and infrastructure",
        "data-digital": "data and digital infrastructure",
        "economy-jobs": "the local economy and jobs",
    },
    "ko": {
        "e-government": "전자정부·행정",
        "mobility": "모빌리티·교통",
        "environment": "환경·폐기물",
        "water": "물 관리",
        "energy": "에너지",
        "safety": "안전·재난 대응",
        "health": "보건·복지",
        "education": "교육",
        "culture-tourism": "문화·관광",
        "urban-planning": "도시계획·기반시설",
        "data-digital": "데이터·디지털 인프라",
        "economy-jobs": "지역경제·일자리",
    },
    "es": {
        "e-government": "administración electrónica",
        "mobility": "movilidad y transporte",
        "environment": "medio ambiente y residuos",
        "water": "gestión del agua",
        "energy": "energía",
        "safety": "seguridad y emergencias",
        "health": "salud y bienestar social",
        "education": "educación",
        "culture-tourism": "cultura y turismo",
        "urban-planning": "urbanismo e infraestructuras",
        "data-digital": "datos e infraestructura digital",
        "economy-jobs": "economía local y empleo",
    },
    "pt": {
        "e-government": "governo digital",
        "mobility": "mobilidade e transporte",
        "environment": "meio ambiente e resíduos",
        "water": "gestão da água",
        "energy": "energia",
        "safety": "segurança e defesa civil",
        "health": "saúde e assistência social",
        "education": "educação",
        "culture-tourism": "cultura e turismo",
        "urban-planning": "planejamento urbano e infraestrutura",
        "data-digital": "dados e infraestrutura digital",
        "economy-jobs": "economia local e emprego",
    },
    "fr": {
        "e-government": "administration numérique",
        "mobility": "mobilité et transports",
        "environment": "environnement et déchets",
        "water": "gestion de l'eau",
        "energy": "énergie",
        "safety": "sécurité et gestion de crise",
        "health": "santé et action sociale",
        "education": "éducation",
        "culture-tourism": "culture et tourisme",
        "urban-planning": "urbanisme et infrastructures",
        "data-digital": "données et infrastructures numériques",
        "economy-jobs": "économie locale et emploi",
    },
}

# What a startup working in a sector does, as it would say it (with articles where the language needs them).
SECTOR_FOCUS: dict[str, dict[str, list[str]]] = {
    "en": {
        "e-government": [
            "digital permits and online public services",
            "citizen participation and e-voting",
            "back-office automation for city administrations",
        ],
        "mobility": [
            "parking and traffic management",
            "public transport operations",
            "shared and electric mobility",
        ],
        "environment": [
            "waste collection and recycling",
            "air quality and noise monitoring",
            "circular-economy tools for cities",
        ],
        "water": [
            "leak detection in drinking water networks",
            "flood and stormwater management",
            "wastewater monitoring",
        ],
        "energy": [
            "energy efficiency in public buildings",
            "smart street lighting",
            "solar power, storage and EV charging",
        ],
        "safety": [
            "emergency response and dispatch",
            "early warning for floods, wildfires and earthquakes",
            "monitoring of bridges and critical infrastructure",
        ],
        "health": [
            "remote care for older people",
            "community health services",
            "social care coordination",
        ],
        "education": [
            "digital learning in public schools",
            "adult and digital skills training",
            "school planning and student support",
        ],
        "culture-tourism": [
            "visitor management and tourism data",
            "digital heritage experiences",
            "city passes and cultural events",
        ],
        "urban-planning": [
            "3D city models and digital twins",
            "road and infrastructure maintenance",
            "planning and zoning analytics",
        ],
        "data-digital": [
            "urban data platforms and open data",
            "IoT connectivity for city sensors",
            "cybersecurity for local government",
        ],
        "economy-jobs": [
            "local employment services",
            "support for small businesses and high streets",
            "local currencies and digital vouchers",
        ],
    },
    "ko": {
        "e-government": [
            "전자 인허가와 온라인 민원 서비스",
            "시민 참여와 전자 투표",
            "지자체 행정 업무 자동화",
        ],
        "mobility": [
            "주차·교통 관리",
            "대중교통 운영",
            "공유·전기 모빌리티",
        ],
        "environment": [
            "폐기물 수거와 재활용",
            "대기질·소음 모니터링",
            "도시 자원순환",
        ],
        "water": [
            "상수도 누수 탐지",
            "홍수·빗물 관리",
            "하수 모니터링",
        ],
        "energy": [
            "공공건물 에너지 효율화",
            "스마트 가로등",
            "태양광·ESS·전기차 충전",
        ],
        "safety": [
            "응급 출동과 상황 관제",
            "홍수·산불·지진 조기 경보",
            "교량 등 기반시설 안전 모니터링",
        ],
        "health": [
            "어르신 돌봄과 원격 케어",
            "지역사회 보건 서비스",
            "복지 서비스 연계",
        ],
        "education": [
            "공교육 디지털 학습",
            "성인 디지털 역량 교육",
            "학교 배치 계획과 학생 지원",
        ],
        "culture-tourism": [
            "관광객 분산과 관광 데이터",
            "디지털 문화유산 체험",
            "시티패스와 문화 행사",
        ],
        "urban-planning": [
            "3D 도시 모델과 디지털 트윈",
            "도로·기반시설 유지관리",
            "도시계획·용도지역 분석",
        ],
        "data-digital": [
            "도시 데이터 플랫폼과 공공데이터 개방",
            "도시 센서용 IoT 네트워크",
            "지자체 사이버보안",
        ],
        "economy-jobs": [
            "지역 일자리 매칭",
            "소상공인과 골목상권 지원",
            "지역화폐와 디지털 바우처",
        ],
    },
    "es": {
        "e-government": [
            "las licencias digitales y los trámites en línea",
            "la participación ciudadana y el voto electrónico",
            "la automatización de la gestión municipal",
        ],
        "mobility": [
            "la gestión del aparcamiento y del tráfico",
            "la operación del transporte público",
            "la movilidad compartida y eléctrica",
        ],
        "environment": [
            "la recogida de residuos y el reciclaje",
            "la monitorización de la calidad del aire y del ruido",
            "la economía circular urbana",
        ],
        "water": [
            "la detección de fugas en la red de agua potable",
            "la gestión de inundaciones y aguas pluviales",
            "el control de las aguas residuales",
        ],
        "energy": [
            "la eficiencia energética de los edificios públicos",
            "el alumbrado público inteligente",
            "el autoconsumo solar, las baterías y la recarga de vehículos eléctricos",
        ],
        "safety": [
            "la gestión de emergencias",
            "la alerta temprana de inundaciones, incendios y terremotos",
            "la vigilancia de puentes e infraestructuras críticas",
        ],
        "health": [
            "la teleasistencia para personas mayores",
            "la salud comunitaria",
            "la coordinación de los servicios sociales",
        ],
        "education": [
            "el aprendizaje digital en la escuela pública",
            "la formación de adultos en competencias digitales",
            "la planificación escolar y el apoyo al alumnado",
        ],
        "culture-tourism": [
            "la gestión de flujos turísticos",
            "las experiencias digitales de patrimonio",
            "las tarjetas turísticas y la agenda cultural",
        ],
        "urban-planning": [
            "los modelos 3D y gemelos digitales de ciudad",
            "el mantenimiento de calles e infraestructuras",
            "el análisis urbanístico",
        ],
        "data-digital": [
            "las plataformas de datos urbanos y los datos abiertos",
            "la conectividad IoT para sensores urbanos",
            "la ciberseguridad de las administraciones locales",
        ],
        "economy-jobs": [
            "la intermediación laboral local",
            "el apoyo al pequeño comercio",
            "las monedas locales y los bonos digitales",
        ],
    },
    "pt": {
        "e-government": [
            "os alvarás digitais e os serviços públicos online",
            "a participação cidadã e a votação eletrônica",
            "a automação da gestão municipal",
        ],
        "mobility": [
            "a gestão de estacionamento e trânsito",
            "a operação do transporte público",
            "a mobilidade compartilhada e elétrica",
        ],
        "environment": [
            "a coleta de lixo e a reciclagem",
            "o monitoramento da qualidade do ar e do ruído",
            "a economia circular nas cidades",
        ],
        "water": [
            "a detecção de vazamentos na rede de água",
            "a gestão de enchentes e a drenagem urbana",
            "o monitoramento do esgoto",
        ],
        "energy": [
            "a eficiência energética em prédios públicos",
            "a iluminação pública inteligente",
            "a energia solar, as baterias e a recarga de veículos elétricos",
        ],
        "safety": [
            "o atendimento de emergências",
            "o alerta precoce de enchentes, incêndios e deslizamentos",
            "o monitoramento de pontes e infraestrutura crítica",
        ],
        "health": [
            "o cuidado remoto de idosos",
            "a atenção básica à saúde",
            "a integração da assistência social",
        ],
        "education": [
            "a aprendizagem digital na escola pública",
            "a formação de adultos e o letramento digital",
            "o planejamento escolar e o apoio aos alunos",
        ],
        "culture-tourism": [
            "a gestão de fluxos turísticos",
            "as experiências digitais de patrimônio",
            "os passes turísticos e a agenda cultural",
        ],
        "urban-planning": [
            "os modelos 3D e gêmeos digitais de cidades",
            "a manutenção de vias e infraestrutura",
            "as análises de planejamento urbano e zoneamento",
        ],
        "data-digital": [
            "as plataformas de dados urbanos e os dados abertos",
            "a conectividade IoT para sensores urbanos",
            "a cibersegurança das prefeituras",
        ],
        "economy-jobs": [
            "a intermediação de emprego local",
            "o apoio ao pequeno comércio",
            "as moedas locais e os vales digitais",
        ],
    },
    "fr": {
        "e-government": [
            "la dématérialisation des démarches",
            "la participation citoyenne et le vote en ligne",
            "l'automatisation des services administratifs",
        ],
        "mobility": [
            "la gestion du stationnement et de la circulation",
            "l'exploitation des transports publics",
            "la mobilité partagée et électrique",
        ],
        "environment": [
            "la collecte et le recyclage des déchets",
            "la surveillance de la qualité de l'air et du bruit",
            "l'économie circulaire urbaine",
        ],
        "water": [
            "la détection des fuites sur les réseaux d'eau potable",
            "la gestion des inondations et des eaux pluviales",
            "la surveillance des eaux usées",
        ],
        "energy": [
            "l'efficacité énergétique des bâtiments publics",
            "l'éclairage public intelligent",
            "le solaire, le stockage et la recharge des véhicules électriques",
        ],
        "safety": [
            "la gestion des secours",
            "l'alerte précoce aux inondations, incendies et séismes",
            "la surveillance des ponts et des infrastructures critiques",
        ],
        "health": [
            "le maintien à domicile des personnes âgées",
            "la santé de proximité",
            "la coordination de l'action sociale",
        ],
        "education": [
            "l'apprentissage numérique à l'école",
            "la formation des adultes et l'inclusion numérique",
            "la carte scolaire et l'accompagnement des élèves",
        ],
        "culture-tourism": [
            "la gestion des flux touristiques",
            "la valorisation numérique du patrimoine",
            "les city pass et l'agenda culturel",
        ],
        "urban-planning": [
            "les maquettes 3D et jumeaux numériques",
            "l'entretien de la voirie et des ouvrages",
            "l'analyse urbanistique et réglementaire",
        ],
        "data-digital": [
            "les plateformes de données urbaines et l'open data",
            "les réseaux IoT pour les capteurs de la ville",
            "la cybersécurité des collectivités",
        ],
        "economy-jobs": [
            "l'emploi local",
            "le soutien au commerce de proximité",
            "les monnaies locales et les chèques numériques",
        ],
    },
}

GENERIC_FOCUS = {
    "en": "smart-city services",
    "ko": "스마트시티 서비스",
    "es": "los servicios de ciudad inteligente",
    "pt": "os serviços de cidade inteligente",
    "fr": "les services de la ville intelligente",
}

FOUNDERS: dict[str, list[str]] = {
    "en": [
        "a former city traffic engineer and a data scientist",
        "two urban planners and a software engineer",
        "a group of researchers from a technical university",
        "a former deputy mayor and two engineers",
        "a water utility engineer and a product designer",
        "three friends who met at a civic hackathon",
        "a nurse and a software developer",
        "a former municipal IT manager and an AI researcher",
    ],
    # Korean founders carry their subject particle: the templates continue with a verb.
    "ko": [
        "전직 시청 교통 엔지니어와 데이터 과학자가",
        "도시계획가 두 명과 소프트웨어 엔지니어가",
        "공과대학 연구실 출신 연구자들이",
        "전직 부시장과 엔지니어 두 명이",
        "상수도 사업소 출신 엔지니어와 제품 디자이너가",
        "시민 해커톤에서 만난 친구 세 명이",
        "간호사 출신 기획자와 소프트웨어 개발자가",
        "전직 지자체 정보화 담당관과 AI 연구자가",
    ],
    "es": [
        "un exingeniero de tráfico municipal y una científica de datos",
        "dos urbanistas y un ingeniero de software",
        "un grupo de investigadores de una universidad politécnica",
        "una exteniente de alcalde y dos ingenieros",
        "un ingeniero de una empresa de aguas y una diseñadora de producto",
        "tres amigos que se conocieron en un hackatón cívico",
        "una enfermera y un desarrollador",
        "un exresponsable de informática municipal y una investigadora en IA",
    ],
    "pt": [
        "um ex-engenheiro de tráfego da prefeitura e uma cientista de dados",
        "dois urbanistas e um engenheiro de software",
        "um grupo de pesquisadores de uma universidade federal",
        "uma ex-vice-prefeita e dois engenheiros",
        "um engenheiro de uma companhia de saneamento e uma designer de produto",
        "três amigos que se conheceram num hackathon cívico",
        "uma enfermeira e um desenvolvedor",
        "um ex-gestor de TI da prefeitura e uma pesquisadora de IA",
    ],
    "fr": [
        "un ancien ingénieur circulation de la ville et une data scientist",
        "deux urbanistes et un ingénieur logiciel",
        "une équipe de chercheurs issus d'une école d'ingénieurs",
        "une ancienne adjointe au maire et deux ingénieurs",
        "un ingénieur d'un syndicat des eaux et une designer produit",
        "trois amis rencontrés lors d'un hackathon citoyen",
        "une infirmière et un développeur",
        "un ancien DSI de collectivité et une chercheuse en IA",
    ],
}

STARTUP_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "founding": [
            "{name} was founded in {year} by {founders}.",
            "{name} is a {country}-based startup founded in {year} by {founders}.",
            "{name} ({country}) was started in {year} by {founders} after years of working with city "
            "governments.",
        ],
        "focus": [
            "The company builds software and sensors for {focus}, and works with city departments from the "
            "first pilot onwards.",
            "Its products help municipalities with {focus}.",
            "{name} focuses on {focus}, combining field hardware with a cloud platform that city staff can "
            "run themselves.",
            "The team's work centres on {focus}, where it sees cities held back by manual processes and "
            "scattered data.",
        ],
        "extra": [
            "Today it employs {team} people, including engineers, designers and former public servants.",
            "It has run pilots with cities in {countries} countries.",
            "The company designs every product with the staff who will use it and publishes its APIs to "
            "avoid vendor lock-in.",
            "{name} is backed by a regional innovation fund and a public development bank.",
        ],
    },
    "ko": {
        "founding": [
            "{name} 팀은 {year}년 {founders} 함께 창업한 {country}의 스타트업입니다.",
            "{year}년 {country}에서 {founders} 뜻을 모아 {name} 팀을 꾸렸습니다.",
            "{country}에 본사를 둔 {name} 팀은 {year}년 {founders} 세운 회사입니다.",
        ],
        "focus": [
            "{focus} 분야에서 지자체 실무자와 함께 소프트웨어와 센서를 개발하고 있습니다.",
            "{focus} 분야를 중심으로, 현장 장비와 지자체 직원이 직접 운영할 수 있는 클라우드 플랫폼을 함께 "
            "제공합니다.",
            "수작업과 흩어진 데이터 때문에 어려움을 겪는 {focus} 분야의 문제를 푸는 데 집중하고 있습니다.",
        ],
        "extra": [
            "현재 엔지니어, 디자이너, 전직 공무원 등 {team}명이 함께 일하고 있습니다.",
            "지금까지 {countries}개국 도시와 실증 사업을 진행했습니다.",
            "모든 제품을 실제로 사용할 공무원과 함께 설계하며, 특정 업체 종속을 막기 위해 API를 공개하고 "
            "있습니다.",
            "지역 혁신 펀드와 정책금융기관으로부터 투자를 받았습니다.",
        ],
    },
    "es": {
        "founding": [
            "{name} es una startup fundada en {year} en {country} por {founders}.",
            "{name} fue fundada en {year} por {founders}.",
            "La startup {name} nació en {country} en {year} de la mano de {founders}.",
        ],
        "focus": [
            "La empresa desarrolla software y sensores para {focus} y trabaja con los equipos municipales "
            "desde el primer piloto.",
            "Sus productos ayudan a los ayuntamientos en {focus}.",
            "{name} se centra en {focus}, combinando equipos de campo con una plataforma en la nube que el "
            "propio personal municipal puede gestionar.",
        ],
        "extra": [
            "Hoy cuenta con {team} personas, entre ingenieros, diseñadores y antiguos empleados públicos.",
            "Ha realizado pilotos con ciudades de {countries} países.",
            "Diseña cada producto junto con el personal que lo va a usar y publica sus API para evitar la "
            "dependencia de un único proveedor.",
            "Cuenta con el respaldo de un fondo regional de innovación y de un banco público de desarrollo.",
        ],
    },
    "pt": {
        "founding": [
            "A {name} ({country}) foi fundada em {year} por {founders}.",
            "Fundada em {year} por {founders}, a {name} ({country}) nasceu de um projeto de pesquisa "
            "aplicada.",
            "A startup {name} ({country}) foi criada em {year} por {founders}.",
        ],
        "focus": [
            "A empresa desenvolve software e sensores para {focus} e trabalha com as equipes da prefeitura "
            "desde o primeiro piloto.",
            "Seus produtos ajudam as prefeituras com {focus}.",
            "O foco da {name} é {focus}, combinando equipamentos de campo com uma plataforma em nuvem que a "
            "própria equipe municipal consegue operar.",
        ],
        "extra": [
            "Hoje são {team} pessoas na equipe, entre engenheiros, designers e ex-servidores públicos.",
            "Já realizou pilotos com cidades de {countries} países.",
            "Cada produto é desenhado junto com os servidores que vão usá-lo, e as APIs são abertas para "
            "evitar dependência de fornecedor.",
            "Tem o apoio de um fundo regional de inovação e de um banco público de desenvolvimento.",
        ],
    },
    "fr": {
        "founding": [
            "{name} ({country}) a été fondée en {year} par {founders}.",
            "Fondée en {year} par {founders}, la start-up {name} ({country}) est issue d'un projet de "
            "recherche appliquée.",
            "Créée en {year} par {founders}, {name} ({country}) travaille depuis ses débuts avec des "
            "collectivités.",
        ],
        "focus": [
            "L'entreprise conçoit des logiciels et des capteurs pour {focus}, et travaille avec les "
            "services municipaux dès la première expérimentation.",
            "Ses produits accompagnent les collectivités dans {focus}.",
            "{name} se concentre sur {focus}, en associant des équipements de terrain à une plateforme "
            "cloud que les agents peuvent exploiter eux-mêmes.",
        ],
        "extra": [
            "L'équipe compte aujourd'hui {team} personnes : ingénieurs, designers et anciens agents publics.",
            "Elle a mené des expérimentations avec des villes de {countries} pays.",
            "Chaque produit est conçu avec les agents qui l'utiliseront, et les API sont ouvertes pour "
            "éviter toute dépendance à un fournisseur.",
            "Elle est soutenue par un fonds régional d'innovation et une banque publique d'investissement.",
        ],
    },
}

CITY_SIZES: dict[str, dict[str, str]] = {
    "en": {
        "small": "compact city",
        "medium": "mid-sized city",
        "large": "large city",
        "metropolis": "metropolis",
    },
    "ko": {
        "small": "아담한 도시",
        "medium": "중규모 도시",
        "large": "대도시",
        "metropolis": "메가시티",
    },
    "es": {
        "small": "ciudad pequeña",
        "medium": "ciudad mediana",
        "large": "gran ciudad",
        "metropolis": "metrópoli",
    },
    "pt": {
        "small": "cidade pequena",
        "medium": "cidade de porte médio",
        "large": "cidade grande",
        "metropolis": "metrópole",
    },
    "fr": {
        "small": "ville à taille humaine",
        "medium": "grande ville",
        "large": "métropole",
        "metropolis": "mégapole",
    },
}

POPULATION_THOUSANDS = {
    "en": "about {n} residents",
    "es": "unos {n} habitantes",
    "pt": "cerca de {n} habitantes",
    "fr": "environ {n} habitants",
}
# (plural, singular): Portuguese and French say "1,5 milhão", "1,5 million"; Spanish "1,5 millones".
POPULATION_MILLIONS = {
    "en": ("about {n} million residents", "about {n} million residents"),
    "es": ("unos {n} millones de habitantes", "alrededor de {n} millón de habitantes"),
    "pt": ("cerca de {n} milhões de habitantes", "cerca de {n} milhão de habitantes"),
    "fr": ("environ {n} millions d'habitants", "environ {n} million d'habitants"),
}
THOUSANDS_SEPARATOR = {"en": ",", "es": ".", "pt": ".", "fr": " "}

CITY_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "intro": [
            "{city}, {country}, is a {size} of {population}.",
            "{city} ({country}) is a {size} of {population} and an active member of the association.",
            "With {population}, {city} is a {size} and one of the association's member cities in {country}.",
        ],
        "priorities": [
            "Its smart-city programme focuses on {priorities}.",
            "The city's current priorities are {priorities}.",
            "As a member, {city} is looking for partners in {priorities}.",
        ],
        "extra": [
            "A dedicated smart-city office coordinates pilots across departments and can offer test sites "
            "and open data.",
            "The city has run several pilots with startups and prefers short, measurable trials before a "
            "public tender.",
            "Work on {first_priority} is led directly from the mayor's office, with a multi-year budget.",
        ],
    },
    "ko": {
        "intro": [
            "{country}에 있는 {size} {city}의 인구는 {population}입니다.",
            "{city}의 인구는 {population}으로, {country}의 대표적인 {size} 가운데 하나입니다.",
        ],
        "priorities": [
            "협회 회원 도시로서 {priorities} 분야를 중점 추진하고 있습니다.",
            "현재 {city}의 우선 과제는 {priorities} 분야입니다.",
            "{priorities} 분야에서 함께할 기업을 찾고 있습니다.",
        ],
        "extra": [
            "스마트시티 전담 조직이 부서 간 실증을 조율하며, 테스트베드와 공공데이터를 제공할 수 있습니다.",
            "스타트업과 여러 차례 실증 사업을 진행해 왔으며, 공개 입찰 전에 짧고 성과를 측정할 수 있는 "
            "실증을 선호합니다.",
            "{first_priority} 분야는 시장 직속 조직이 다년도 예산으로 직접 챙기고 있습니다.",
        ],
    },
    "es": {
        "intro": [
            "{city} ({country}) es una {size} de {population}.",
            "Con {population}, {city} es una {size} y una de las ciudades miembro de la asociación en "
            "{country}.",
        ],
        "priorities": [
            "Su programa de ciudad inteligente se centra en {priorities}.",
            "Sus prioridades actuales son {priorities}.",
            "Como ciudad miembro, {city} busca socios en {priorities}.",
        ],
        "extra": [
            "Una oficina de ciudad inteligente coordina los pilotos entre áreas y puede ofrecer espacios de "
            "prueba y datos abiertos.",
            "El ayuntamiento ya ha hecho varios pilotos con startups y prefiere pruebas cortas y medibles "
            "antes de licitar.",
            "El área de {first_priority} depende directamente de la alcaldía y cuenta con presupuesto "
            "plurianual.",
        ],
    },
    "pt": {
        "intro": [
            "{city} ({country}) é uma {size} com {population}.",
            "Com {population}, {city} ({country}) é uma {size} e membro ativo da associação.",
        ],
        "priorities": [
            "Seu programa de cidade inteligente prioriza {priorities}.",
            "As prioridades atuais da cidade são {priorities}.",
            "Como cidade-membro, {city} busca parceiros nas áreas de {priorities}.",
        ],
        "extra": [
            "Um escritório de cidade inteligente coordena os pilotos entre as secretarias e pode oferecer "
            "locais de teste e dados abertos.",
            "A prefeitura já fez vários pilotos com startups e prefere testes curtos e mensuráveis antes de "
            "uma licitação.",
            "A área de {first_priority} é acompanhada diretamente pelo gabinete do prefeito, com orçamento "
            "plurianual.",
        ],
    },
    "fr": {
        "intro": [
            "{city} ({country}) est une {size} d'{population}.",
            "Avec {population}, {city} ({country}) compte parmi les villes membres les plus engagées de "
            "l'association.",
        ],
        "priorities": [
            "Son programme de ville intelligente porte en priorité sur : {priorities}.",
            "Ses priorités actuelles : {priorities}.",
            "{city} recherche des partenaires dans les domaines suivants : {priorities}.",
        ],
        "extra": [
            "Une mission ville intelligente coordonne les expérimentations entre services et peut proposer "
            "des sites de test et des données ouvertes.",
            "La ville a déjà mené plusieurs expérimentations avec des start-up et privilégie des tests "
            "courts et mesurables avant tout appel d'offres.",
            "Le volet {first_priority} est piloté directement par le cabinet du maire, avec un budget "
            "pluriannuel.",
        ],
    },
}

# What a city of that size can offer or needs, in the city's voice.
CITY_SIZE_NOTES: dict[str, dict[str, str]] = {
    "en": {
        "small": (
            "Being compact, it can move from a pilot to a city-wide roll-out within a single budget year."
        ),
        "medium": (
            "Its size makes it a good place to test a service in one district before extending it to the "
            "whole city."
        ),
        "large": (
            "With many districts and municipal companies, it looks for solutions that scale and integrate "
            "with existing systems."
        ),
        "metropolis": (
            "Its scale calls for solutions that work reliably across dozens of districts and for millions of "
            "people."
        ),
    },
    "ko": {
        "small": "규모가 작은 만큼 실증에서 시 전역 확산까지 한 회계연도 안에 빠르게 진행할 수 있습니다.",
        "medium": "새로운 서비스를 한 구역에서 시험한 뒤 도시 전체로 넓히기에 알맞은 규모입니다.",
        "large": "여러 자치구와 공기업이 얽혀 있어, 확장성과 기존 시스템 연동이 검증된 솔루션을 찾습니다.",
        "metropolis": (
            "수백만 시민이 이용하는 만큼, 여러 자치구에 걸쳐 안정적으로 작동하는 솔루션이 필요합니다."
        ),
    },
    "es": {
        "small": (
            "Su tamaño le permite pasar en un solo ejercicio presupuestario del piloto al despliegue en toda "
            "la ciudad."
        ),
        "medium": (
            "Tiene el tamaño ideal para probar un servicio en un barrio y extenderlo después a toda la "
            "ciudad."
        ),
        "large": (
            "Con varios distritos y empresas municipales, busca soluciones que escalen y se integren con los "
            "sistemas existentes."
        ),
        "metropolis": (
            "Su escala exige soluciones que funcionen de forma fiable en decenas de distritos y para "
            "millones de personas."
        ),
    },
    "pt": {
        "small": (
            "Por ser compacta, consegue passar do piloto à implantação em toda a cidade dentro de um único "
            "exercício."
        ),
        "medium": (
            "Tem o porte ideal para testar um serviço em um bairro e depois estendê-lo a toda a cidade."
        ),
        "large": (
            "Com várias regiões administrativas e empresas municipais, busca soluções que escalem e se "
            "integrem aos sistemas existentes."
        ),
        "metropolis": (
            "Sua escala exige soluções que funcionem com confiabilidade em dezenas de distritos e para "
            "milhões de pessoas."
        ),
    },
    "fr": {
        "small": (
            "Sa taille lui permet de passer d'une expérimentation à un déploiement sur tout le territoire en "
            "un seul exercice budgétaire."
        ),
        "medium": (
            "Sa taille est idéale pour tester un service dans un quartier avant de l'étendre à toute la "
            "ville."
        ),
        "large": (
            "Avec plusieurs arrondissements et opérateurs publics, elle recherche des solutions capables de "
            "passer à l'échelle et de s'intégrer aux systèmes existants."
        ),
        "metropolis": (
            "Son échelle exige des solutions fiables sur des dizaines de districts et pour des millions "
            "d'habitants."
        ),
    },
}

CHALLENGE_CLOSINGS: dict[str, list[str]] = {
    "en": [
        "{city} can offer a pilot site, access to the relevant city data and a dedicated project lead in "
        "the responsible department.",
        "Interested companies should explain how their solution has worked in comparable cities and what a "
        "six-month pilot in {city} would cost.",
        "We are open to a paid pilot of three to six months, followed by a public tender if the results are "
        "convincing.",
        "Please describe the data, hardware and staff time {city} would need to provide during a pilot.",
    ],
    "ko": [
        "{city}에서는 실증 부지, 관련 행정 데이터, 담당 부서의 전담 인력을 지원할 수 있습니다.",
        "유사한 규모의 도시에서 거둔 성과와 {city}에서 6개월간 실증할 경우의 예상 비용을 함께 제시해 주시기 "
        "바랍니다.",
        "3~6개월 유상 실증 후 성과가 확인되면 공개 입찰로 본사업을 추진할 계획입니다.",
    ],
    "es": [
        "{city} puede ofrecer un emplazamiento para el piloto, acceso a los datos municipales necesarios y "
        "una persona responsable en el área competente.",
        "Las empresas interesadas deben explicar cómo ha funcionado su solución en ciudades comparables y "
        "cuánto costaría un piloto de seis meses en {city}.",
        "Contemplamos un piloto remunerado de tres a seis meses, seguido de una licitación pública si los "
        "resultados convencen.",
    ],
    "pt": [
        "{city} pode oferecer um local para o piloto, acesso aos dados municipais necessários e um "
        "responsável dedicado na secretaria competente.",
        "As empresas interessadas devem explicar como a solução funcionou em cidades comparáveis e quanto "
        "custaria um piloto de seis meses na cidade.",
        "Estamos abertos a um piloto remunerado de três a seis meses, seguido de licitação pública se os "
        "resultados forem convincentes.",
    ],
    "fr": [
        "{city} peut mettre à disposition un site d'expérimentation, les données municipales utiles et un "
        "chef de projet dédié dans le service concerné.",
        "Les entreprises intéressées doivent expliquer comment leur solution a fonctionné dans des villes "
        "comparables et ce que coûterait une expérimentation de six mois à {city}.",
        "Nous envisageons une expérimentation rémunérée de trois à six mois, suivie d'un appel d'offres si "
        "les résultats sont probants.",
    ],
}

PRICING_WEIGHTS: dict[str, dict[str, int]] = {
    # subscription, licence, per-unit, revenue-share, free-pilot, custom
    "concept": dict(zip(PRICING_MODELS, (2, 0, 1, 1, 4, 3), strict=True)),
    "pilot": dict(zip(PRICING_MODELS, (4, 1, 2, 1, 3, 2), strict=True)),
    "deployed": dict(zip(PRICING_MODELS, (5, 3, 3, 2, 1, 2), strict=True)),
}

# The closing sentence of a listing, matching its pricing model.
PRICING_SENTENCES: dict[str, dict[str, list[str]]] = {
    "en": {
        "subscription": [
            "Pricing is an annual subscription per city, scaled to population, with updates and support "
            "included.",
            "Cities pay a yearly subscription that covers hosting, maintenance and support.",
        ],
        "licence": [
            "The software is sold as a perpetual licence with an optional maintenance contract, and can be "
            "installed on the city's own servers.",
            "A one-off licence covers unlimited users within the municipality.",
        ],
        "per-unit": [
            "Pricing is per installed unit, with volume discounts for city-wide roll-outs.",
            "Cities pay per device or per connected asset, so a pilot can start small and grow district by "
            "district.",
        ],
        "revenue-share": [
            "We offer a revenue-share model: the city pays nothing upfront and part of the savings or new "
            "revenue goes to us.",
            "The business model is based on sharing the measured savings with the city, so there is no "
            "upfront investment.",
        ],
        "free-pilot": [
            "We offer a free three-month pilot in one district, after which the city decides whether to "
            "continue.",
            "The first pilot is free of charge; a paid roll-out is only proposed once the results are "
            "agreed with the city.",
        ],
        "custom": [
            "Pricing is tailored to each city's scope and procurement rules.",
            "We prepare a custom quote after a short scoping workshop with the city's team.",
        ],
    },
    "ko": {
        "subscription": [
            "요금은 인구 규모에 따른 도시별 연간 구독 방식이며, 업데이트와 기술 지원이 포함됩니다.",
            "연간 구독료에 호스팅, 유지보수, 기술 지원이 모두 포함됩니다.",
        ],
        "licence": [
            "영구 라이선스와 선택형 유지보수 계약으로 제공되며, 지자체 자체 서버에 설치할 수 있습니다.",
            "한 번의 라이선스 구매로 기관 내 사용자 수 제한 없이 이용할 수 있습니다.",
        ],
        "per-unit": [
            "설치 대수 기준으로 과금하며, 시 전역으로 확산할 때는 물량 할인을 제공합니다.",
            "기기 또는 연결 자산 단위로 비용을 내므로, 작은 규모로 실증을 시작해 구역별로 넓혀 갈 수 "
            "있습니다.",
        ],
        "revenue-share": [
            "초기 비용 없이 절감액이나 신규 수입의 일부를 나누는 수익 공유 모델을 제공합니다.",
            "측정된 절감 효과를 지자체와 나누는 방식이라 초기 투자 부담이 없습니다.",
        ],
        "free-pilot": [
            "한 개 구역에서 3개월간 무료 실증을 제공하며, 이후 지속 여부는 지자체가 결정합니다.",
            "첫 실증은 무료이며, 성과를 함께 확인한 뒤에만 유상 확산을 제안합니다.",
        ],
        "custom": [
            "가격은 각 지자체의 사업 범위와 조달 규정에 맞춰 산정합니다.",
            "담당 부서와 짧은 범위 설정 워크숍을 거친 뒤 맞춤 견적을 드립니다.",
        ],
    },
    "es": {
        "subscription": [
            "El precio es una suscripción anual por ciudad, proporcional a la población, con "
            "actualizaciones y soporte incluidos.",
            "La ciudad paga una cuota anual que cubre alojamiento, mantenimiento y soporte.",
        ],
        "licence": [
            "El software se vende como licencia perpetua con contrato de mantenimiento opcional y puede "
            "instalarse en los servidores municipales.",
            "Una licencia única cubre usuarios ilimitados dentro del ayuntamiento.",
        ],
        "per-unit": [
            "El precio es por unidad instalada, con descuentos por volumen para despliegues en toda la "
            "ciudad.",
            "La ciudad paga por dispositivo o por activo conectado, así que el piloto puede empezar pequeño "
            "y crecer barrio a barrio.",
        ],
        "revenue-share": [
            "Ofrecemos un modelo de reparto de ingresos: la ciudad no paga nada por adelantado y una parte "
            "del ahorro o de los nuevos ingresos es para nosotros.",
            "El modelo de negocio se basa en compartir con la ciudad el ahorro medido, sin inversión "
            "inicial.",
        ],
        "free-pilot": [
            "Ofrecemos un piloto gratuito de tres meses en un distrito, tras el cual la ciudad decide si "
            "continúa.",
            "El primer piloto es gratuito; solo proponemos un despliegue de pago cuando los resultados se "
            "han validado con la ciudad.",
        ],
        "custom": [
            "El precio se adapta al alcance del proyecto y a las normas de contratación de cada ciudad.",
            "Preparamos un presupuesto a medida tras un breve taller de definición con el equipo municipal.",
        ],
    },
    "pt": {
        "subscription": [
            "O preço é uma assinatura anual por cidade, proporcional à população, com atualizações e "
            "suporte incluídos.",
            "O município paga uma assinatura anual que cobre hospedagem, manutenção e suporte.",
        ],
        "licence": [
            "O software é vendido como licença perpétua com contrato de manutenção opcional e pode ser "
            "instalado nos servidores da prefeitura.",
            "Uma licença única cobre usuários ilimitados dentro da prefeitura.",
        ],
        "per-unit": [
            "O preço é por unidade instalada, com desconto por volume em implantações na cidade inteira.",
            "O município paga por dispositivo ou por ativo conectado, então o piloto pode começar pequeno e "
            "crescer bairro a bairro.",
        ],
        "revenue-share": [
            "Oferecemos um modelo de divisão de receitas: a prefeitura não paga nada adiantado e parte da "
            "economia ou da nova receita fica conosco.",
            "O modelo de negócio se baseia em dividir com o município a economia medida, sem investimento "
            "inicial.",
        ],
        "free-pilot": [
            "Oferecemos um piloto gratuito de três meses em um bairro, depois do qual a prefeitura decide "
            "se continua.",
            "O primeiro piloto é gratuito; só propomos a implantação paga depois que os resultados forem "
            "validados com a prefeitura.",
        ],
        "custom": [
            "O preço é definido conforme o escopo e as regras de contratação de cada município.",
            "Preparamos uma proposta sob medida depois de uma breve oficina de escopo com a equipe da "
            "prefeitura.",
        ],
    },
    "fr": {
        "subscription": [
            "La tarification est un abonnement annuel par commune, proportionnel à la population, mises à "
            "jour et support compris.",
            "La collectivité paie un abonnement annuel qui couvre l'hébergement, la maintenance et le "
            "support.",
        ],
        "licence": [
            "Le logiciel est vendu sous licence perpétuelle avec un contrat de maintenance optionnel et "
            "peut être installé sur les serveurs de la collectivité.",
            "Une licence unique couvre un nombre illimité d'utilisateurs au sein de la collectivité.",
        ],
        "per-unit": [
            "Le prix est fixé par unité installée, avec des remises sur volume pour un déploiement à "
            "l'échelle de la ville.",
            "La ville paie par équipement ou par actif connecté : l'expérimentation peut commencer petit et "
            "s'étendre quartier par quartier.",
        ],
        "revenue-share": [
            "Nous proposons un partage des gains : la collectivité ne paie rien au départ et une partie des "
            "économies ou des recettes nouvelles nous revient.",
            "Le modèle économique repose sur le partage des économies mesurées avec la ville, sans "
            "investissement initial.",
        ],
        "free-pilot": [
            "Nous proposons une expérimentation gratuite de trois mois dans un quartier, à l'issue de "
            "laquelle la ville décide de poursuivre ou non.",
            "La première expérimentation est gratuite ; un déploiement payant n'est proposé qu'une fois les "
            "résultats validés avec la ville.",
        ],
        "custom": [
            "Le prix est adapté au périmètre du projet et aux règles d'achat public de chaque collectivité.",
            "Nous établissons un devis sur mesure après un court atelier de cadrage avec les équipes de la "
            "ville.",
        ],
    },
}

APPLICATION_MESSAGES: dict[str, list[str]] = {
    "city": [
        "On behalf of {name}, we would like to join WeGo Match. Our smart-city office wants to publish its "
        "first challenges and meet startups that have already worked with cities like ours.",
        "{name} applies for membership. Our digital transformation team is preparing two challenges for the "
        "coming quarter and can offer pilot sites and open data.",
        "We are applying so that {name} can share its needs with the association's startups. The contact "
        "person is the head of our smart-city division; the mayor's letter of support is attached.",
        "{name} has followed the association's work for several years and would now like to take part in "
        "the matching programme, starting with one or two pilot challenges.",
        "Please consider {name} for membership. We are looking for proven solutions we can pilot within one "
        "budget year, and we are happy to share what we learn with other member cities.",
    ],
    "startup": [
        "{name} would like to join WeGo Match. Our product is running in two cities and we are looking for "
        "pilot partners among the member cities.",
        "We are applying on behalf of {name}. We have a working product, references from public-sector "
        "clients and a team ready to support pilots abroad.",
        "{name} applies for membership to reach cities beyond our home market. Our certificate of "
        "incorporation and a short product deck are attached.",
        "Hello, we are {name}, a small team building tools for city governments. We would like to respond "
        "to member cities' challenges and learn how they buy innovation.",
        "{name} is looking for its first international pilot. We can offer a free trial period and local "
        "support through partners.",
    ],
}

REVIEW_NOTES: dict[bool, list[str]] = {
    True: [
        "Documents complete; contact person confirmed by phone. Approved.",
        "Registration and references checked. Approved.",
        "Letter of support from the mayor's office received. Approved as full member.",
        "Registration verified; the product is already used by public-sector clients. Approved.",
        "Met the applicant at the regional forum; all membership criteria met. Approved.",
        "Approved after a short call to clarify the team's public-sector experience.",
    ],
    False: [
        "Registration could not be verified. Applicant invited to reapply with official registration "
        "documents.",
        "Duplicate of an existing member account; applicant asked to use the existing one.",
        "Outside scope: the applicant offers consumer products rather than solutions for cities.",
        "No reply to our two requests for missing documents. Application closed; the applicant may reapply.",
        "Submitted by a reseller rather than the organisation itself. Declined.",
        "Not eligible under the membership rules; suggested partner status instead.",
    ],
}


# --- The catalogue -----------------------------------------------------------------------------------------

SOLUTION_ARCHETYPES: list[SolutionArchetype] = [
    *_E_GOVERNMENT_SOLUTIONS,
    *_MOBILITY_SOLUTIONS,
    *_ENVIRONMENT_SOLUTIONS,
    *_WATER_SOLUTIONS,
    *_ENERGY_SOLUTIONS,
    *_SAFETY_SOLUTIONS,
    *_HEALTH_SOLUTIONS,
    *_EDUCATION_SOLUTIONS,
    *_CULTURE_TOURISM_SOLUTIONS,
    *_URBAN_PLANNING_SOLUTIONS,
    *_DATA_DIGITAL_SOLUTIONS,
    *_ECONOMY_JOBS_SOLUTIONS,
]
CHALLENGE_ARCHETYPES: list[ChallengeArchetype] = [
    *_E_GOVERNMENT_CHALLENGES,
    *_MOBILITY_CHALLENGES,
    *_ENVIRONMENT_CHALLENGES,
    *_WATER_CHALLENGES,
    *_ENERGY_CHALLENGES,
    *_SAFETY_CHALLENGES,
    *_HEALTH_CHALLENGES,
    *_EDUCATION_CHALLENGES,
    *_CULTURE_TOURISM_CHALLENGES,
    *_URBAN_PLANNING_CHALLENGES,
    *_DATA_DIGITAL_CHALLENGES,
    *_ECONOMY_JOBS_CHALLENGES,
]

_SOLUTIONS_BY_KEY = {archetype.key: archetype for archetype in SOLUTION_ARCHETYPES}
_CHALLENGES_BY_KEY = {archetype.key: archetype for archetype in CHALLENGE_ARCHETYPES}
