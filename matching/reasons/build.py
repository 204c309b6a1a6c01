"""Builds the reasons stored with each match from the engine's evidence (the challenge answered, shared
sectors and languages, the best reference deployment, the target region, readiness), as COPY pieces: each
reason is rendered once per challenge, listing, deployment or set, then picked for every row by array
indexing. The codes and their values are listed in matching/reasons/__init__.py."""

from __future__ import annotations

import numpy as np

from matching.engine import MatchResult, TextIndex
from matching.engine.evidence import shared_concepts, shared_languages, shared_sectors
from matching.inputs import Catalogue
from matching.reasons.codes import ReasonCode
from matching.store.pieces import Pieces, by_set, json_text, pick
from startups.models import Maturity

READY = 0.8  # readiness from which "ready for a city of this size" is worth saying
RELEVANT = 0.2  # relevance from which the listing is said to fit the city's profile
MAX_REASONS = 4


def reason_slots(
    result: MatchResult, cat: Catalogue, pieces: Pieces, text_index: TextIndex | None = None
) -> np.ndarray:
    """2–4 reasons per row, most telling first, as a (rows, 6) array of reason pieces (0: none), the comma
    forms already chosen, so the row's JSON array is "[" + the six pieces + "]".

    Order: the challenge answered (or the solution that fits the profile), shared sectors, the best
    reference deployment, the languages in common (or the gap), then the target region and readiness to
    fill up to four. Each reason is rendered once per challenge, listing, deployment or set, then picked
    for every row by array indexing."""
    cities, startups, names, columns = cat.cities, cat.startups, cat.names, cat.columns
    n = len(result)
    city, listing, startup = (
        result.city.astype(np.int64),
        result.listing.astype(np.int64),
        result.startup.astype(np.int64),
    )
    challenge = result.challenge.astype(np.int64)

    challenge_ids, listing_ids = cities.challenges.ids, startups.listings.ids
    relevant = result.relevance >= RELEVANT

    # the concepts a listing shares most with the challenge (or profile) it answers: named in the reason
    vocabulary = text_index.model.concepts if text_index is not None else None
    codes = vocabulary.codes if vocabulary is not None and text_index.model.n_concepts else ()
    if codes:
        top = shared_concepts(text_index, cities, startups, city=city, listing=listing, challenge=challenge)
    else:
        top = np.full((n, 2), -1, dtype=np.int64)
    width = len(codes) + 1
    pair = (top[:, 0] + 1) * width + (top[:, 1] + 1)

    # concept codes are validated kebab-case and ids are ints: formatted directly, not through json.dumps
    # for each of the tens of thousands of (challenge, concepts) reasons
    quoted = [f'"{code}"' for code in codes]
    concept_lists: dict[int, str] = {}

    def concepts_of(key: int) -> str:
        text = concept_lists.get(key)
        if text is None:
            named = [quoted[x - 1] for x in divmod(key, width) if x > 0]
            text = concept_lists[key] = f',"concepts":[{",".join(named)}]' if named else ""
        return text

    languages: dict[str, str] = {}

    def language_of(h: int) -> str:
        code = names.challenge_language[h]
        if code not in languages:
            languages[code] = json_text(code)
        return languages[code]

    def answers(key: int) -> str:
        h, concepts = divmod(key, width * width)
        return (
            f'{{"code":"{ReasonCode.ANSWERS_CHALLENGE}","challenge_id":{int(challenge_ids[h])},'
            f'"language":{language_of(h)}{concepts_of(concepts)}}}'
        )

    def fits(key: int) -> str:
        li, concepts = divmod(key, width * width)
        listing_id = int(listing_ids[li])
        return f'{{"code":"{ReasonCode.RELEVANT_SOLUTION}","listing_id":{listing_id}{concepts_of(concepts)}}}'

    answered = pick(
        pieces, "answers", np.where(challenge >= 0, challenge * width * width + pair, -1), answers
    )
    fitting = pick(pieces, "fits", np.where(relevant, listing * width * width + pair, -1), fits)
    first = np.where(challenge >= 0, answered, fitting)

    sector_sets = shared_sectors(cities, startups, city=city, listing=listing)
    sectors = by_set(
        pieces,
        "sectors",
        sector_sets,
        lambda codes: (
            json_text(
                {"code": ReasonCode.SHARED_SECTORS, "sectors": [columns.sector_codes[c] for c in codes]}
            )
            if codes
            else ""
        ),
    )

    dep = result.deployment.astype(np.int64)
    deployments = startups.deployments
    if len(deployments):
        count = np.diff(deployments.by_listing(len(startups.listings))[1])[deployments.listing]
        safe = np.maximum(dep, 0)
        d_region, d_pop = deployments.region[safe], deployments.population[safe]
        c_region, c_pop = cities.region[city], cities.population[city]
        same = (dep >= 0) & (d_region >= 0) & (d_region == c_region)
        ratio = result.params.proof_size_ratio
        similar = (
            (dep >= 0)
            & (d_pop > 0)
            & (c_pop > 0)
            & (np.maximum(d_pop, c_pop) <= ratio * np.minimum(d_pop, c_pop))
        )
        flags = [
            f'"same_region":{a},"similar_size":{b}' for a in ("false", "true") for b in ("false", "true")
        ]

        def proof_of(key: int) -> str:
            d, flag = divmod(key, 4)
            return (
                f'{{"code":"{ReasonCode.REFERENCE_DEPLOYMENT}","deployment_id":{int(deployments.ids[d])},'
                f'{flags[flag]},"count":{int(count[d])}}}'
            )

        proof = pick(pieces, "proof", np.where(dep >= 0, dep * 4 + same * 2 + similar, -1), proof_of)
    else:
        proof = np.zeros(n, dtype=np.int64)

    language_sets = shared_languages(cities, startups, city=city, listing=listing)
    spoken = by_set(
        pieces,
        "languages",
        language_sets,
        lambda codes: (
            json_text(
                {
                    "code": ReasonCode.WORKS_IN_LANGUAGES,
                    "languages": [columns.language_codes[c] for c in codes],
                }
            )
            if codes
            else ""
        ),
    )
    lang_ptr, lang_idx = cities.languages.indptr, cities.languages.indices
    gaps = pick(
        pieces,
        "gap",
        city,
        lambda c: json_text(
            {
                "code": ReasonCode.NO_SHARED_LANGUAGE,
                "languages": [
                    columns.language_codes[x] for x in lang_idx[lang_ptr[c] : lang_ptr[c + 1]].tolist()
                ],
            }
        ),
    )
    languages_reason = np.where(np.diff(language_sets.indptr) > 0, spoken, gaps)

    region_codes = {index: code for code, index in columns.region_codes.items()}
    regions = pieces.reasons(
        "region",
        list(range(len(region_codes))),
        lambda i: json_text({"code": ReasonCode.TARGETS_REGION, "region": region_codes[i]}),
    )
    c_region = cities.region[city]
    targets = startups.target_regions.toarray().astype(bool)
    targeted = np.zeros(n, dtype=bool)
    known = c_region >= 0
    if targets.shape[1]:
        targeted[known] = targets[startup[known], c_region[known]]
    region = np.zeros(n, dtype=np.int64)
    region[targeted] = regions[c_region[targeted]]

    maturity = startups.listings.maturity[listing].astype(np.int64) if n else np.zeros(0, np.int64)
    maturities = Maturity.values  # by level

    def fit_for_size(key: int) -> str:
        return json_text(
            {
                "code": ReasonCode.READY_FOR_SIZE,
                "maturity": maturities[key % 3],
                "population": int(cities.population[key // 3]),
            }
        )

    ready = pick(pieces, "ready", city * 3 + maturity, fit_for_size)

    has = [(challenge >= 0) | relevant, np.diff(sector_sets.indptr) > 0, dep >= 0]
    before = has[0].astype(int) + has[1] + has[2] + 1  # the language reason is always there
    with_region = targeted & (before < MAX_REASONS)
    count_kept = before + with_region
    with_ready = (count_kept < 2) | ((count_kept < MAX_REASONS) & (result.readiness >= READY))
    kept = [np.where(with_region, region, 0), np.where(with_ready, ready, 0)]
    slots = np.stack([first, sectors, proof, languages_reason, *kept], axis=1)
    present = slots != 0
    later = (np.cumsum(present, axis=1) - present) > 0  # a reason before it: the comma form
    return slots + (present & later)
