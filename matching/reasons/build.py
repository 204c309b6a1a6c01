"""Builds the reasons stored with each match from the engine's evidence (the challenge answered, shared
sectors and languages, the best reference deployment, the target region, readiness), as COPY pieces: each
reason is rendered once per challenge, listing, deployment or set, then picked for every row by array
indexing. The codes and their values are listed in matching/reasons/__init__.py."""

from __future__ import annotations

import numpy as np

from matching.engine import MatchResult, TextIndex, claims
from matching.engine.evidence import shared_concepts, shared_languages
from matching.inputs import Catalogue
from matching.reasons.codes import ReasonCode
from matching.store.pieces import Pieces, by_set, json_text, pick
from startups.models import Maturity

MAX_REASONS = 4
MAX_SKIPPED = 4  # hidden concepts passed over per pair for the next shared ones to be named instead


def _hidden_keys(cat: Catalogue, codes: tuple[str, ...]) -> tuple[np.ndarray, int]:
    """The (listing row, concept column) pairs the listings' owners hid, as sorted keys ``row * len(codes) +
    column``, and the most concepts one listing hid. Loops over the listings that hid some only."""
    if not cat.hidden_concepts:
        return np.zeros(0, dtype=np.int64), 0
    columns = {code: i for i, code in enumerate(codes)}
    ids = cat.startups.listings.ids
    keys: list[int] = []
    most = 0
    for row in np.flatnonzero(np.isin(ids, list(cat.hidden_concepts))).tolist():
        hidden = [columns[code] for code in cat.hidden_concepts[int(ids[row])] if code in columns]
        keys.extend(row * len(codes) + column for column in hidden)
        most = max(most, len(hidden))
    return np.unique(np.asarray(keys, dtype=np.int64)), most


def _without_hidden(top: np.ndarray, listing: np.ndarray, hidden: np.ndarray, n_codes: int) -> np.ndarray:
    """``top`` (pairs × concepts, strongest first, -1 for none) with the concepts hidden by each pair's
    listing set to -1 and moved after the others, so the next shared concepts take their places."""
    keys = listing[:, None] * n_codes + top
    top = np.where((top >= 0) & np.isin(keys, hidden), -1, top)
    return np.take_along_axis(top, np.argsort(top < 0, axis=1, kind="stable"), axis=1)


def reason_slots(
    result: MatchResult, cat: Catalogue, pieces: Pieces, text_index: TextIndex | None = None
) -> np.ndarray:
    """1–4 reasons per row (only those whose rule holds), most telling first, as a (rows, 6) array of
    reason pieces (0: none), the comma forms already chosen, so the row's JSON array is "[" + the six
    pieces + "]".

    Order: the challenge answered (or the solution that fits the profile), shared sectors, the best
    reference deployment, the languages in common (or the gap), then the target region and readiness to
    fill up to four. A reason is only built where its rule in ``matching.engine.claims`` holds. Each reason
    is rendered once per challenge, listing, deployment or set, then picked for every row by array
    indexing."""
    cities, startups, names, columns = cat.cities, cat.startups, cat.names, cat.columns
    n = len(result)
    city, listing, startup = (
        result.city.astype(np.int64),
        result.listing.astype(np.int64),
        result.startup.astype(np.int64),
    )
    challenge = result.challenge.astype(np.int64)

    challenge_ids, listing_ids = cities.challenges.ids, startups.listings.ids
    params = result.params
    embedded = text_index is not None and claims.with_embeddings(text_index, startups, params)
    evidence = claims.stored_profile_evidence(cities, result)
    relevant = claims.fits_profile(evidence, embedded) & (challenge < 0)

    # the concepts a listing shares most with the challenge (or profile) it answers, but those its startup
    # hid: named in the reason
    vocabulary = text_index.model.concepts if text_index is not None else None
    codes = vocabulary.codes if vocabulary is not None and text_index.model.n_concepts else ()
    if codes:
        hidden, most_hidden = _hidden_keys(cat, codes)
        extra = min(most_hidden, MAX_SKIPPED)
        top = shared_concepts(
            text_index, cities, startups, city=city, listing=listing, challenge=challenge, top=2 + extra
        )
        if extra:
            top = _without_hidden(top, listing, hidden, len(codes))[:, :2]
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

    def sector_reason(code: ReasonCode):
        return lambda codes: (
            json_text({"code": code, "sectors": [columns.sector_codes[c] for c in codes]}) if codes else ""
        )

    sector_sets = claims.priority_sectors(cities, startups, city=city, listing=listing)
    priority = by_set(pieces, "sectors", sector_sets, sector_reason(ReasonCode.SHARED_SECTORS))
    challenge_sets = claims.challenge_sectors(
        cities, startups, city=city, listing=listing, challenge=challenge
    )
    of_challenge = by_set(
        pieces, "challenge_sectors", challenge_sets, sector_reason(ReasonCode.CHALLENGE_SECTORS)
    )
    has_priority = np.diff(sector_sets.indptr) > 0
    sectors = np.where(has_priority, priority, of_challenge)

    dep = result.deployment.astype(np.int64)
    deployments = startups.deployments
    if len(deployments):
        count = np.diff(deployments.by_listing(len(startups.listings))[1])[deployments.listing]
        safe = np.maximum(dep, 0)
        d_region, d_pop = deployments.region[safe], deployments.population[safe]
        c_region, c_pop = cities.region[city], cities.population[city]
        same = (dep >= 0) & (d_region >= 0) & (d_region == c_region)
        similar = (dep >= 0) & claims.similar_size(d_pop, c_pop, params.proof_size_ratio)
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

    deployed, pilot, largest = claims.ready_for_size(
        startups, cities, params, city=city, listing=listing, readiness=result.readiness
    )

    # one reason per (city, largest deployment): formatted directly, not through json.dumps, as there are
    # about as many as pairs
    pilot_reason = json_text({"code": ReasonCode.READY_FOR_SIZE, "maturity": Maturity.values[1]})
    deployed_head = f'{{"code":"{ReasonCode.READY_FOR_SIZE}","maturity":"{Maturity.values[2]}","population":'
    ratio = json_text(params.proof_size_ratio)
    populations = cities.population.astype(np.int64).tolist()

    def ready_of(key: int) -> str:
        c, size = divmod(key, 1 << 40)
        if size == 0:
            return pilot_reason
        return f'{deployed_head}{populations[c]},"largest":{size},"ratio":{ratio}}}'

    ready_key = np.where(deployed, city * (1 << 40) + largest.astype(np.int64), np.where(pilot, 0, -1))
    ready = pick(pieces, "ready", ready_key, ready_of)
    is_ready = deployed | pilot

    has = [(challenge >= 0) | relevant, sectors != 0, dep >= 0]
    before = has[0].astype(int) + has[1] + has[2] + 1  # the language reason is always there
    with_region = targeted & (before < MAX_REASONS)
    count_kept = before + with_region
    with_ready = is_ready & (count_kept < MAX_REASONS)
    kept = [np.where(with_region, region, 0), np.where(with_ready, ready, 0)]
    slots = np.stack([first, sectors, proof, languages_reason, *kept], axis=1)
    present = slots != 0
    later = (np.cumsum(present, axis=1) - present) > 0  # a reason before it: the comma form
    return slots + (present & later)
