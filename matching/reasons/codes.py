"""The reasons stored with each match. A stored reason is a small dict: a `code` and its values (ids, codes),
never a sentence, so that every reader renders it in its own language (render.py):

- `answers_challenge`: {challenge_id, language, concepts}: the best listing answers this open challenge;
  `concepts` (optional) are the codes of the multilingual concepts they share most, so a Spanish challenge
  and a Korean listing can say what they have in common in the reader's language.
- `relevant_solution`: {listing_id, concepts}: the listing's text is close to the city's profile.
- `shared_sectors`: {sectors: [sector codes]}: the listing's sectors that are the city's priority sectors.
- `challenge_sectors`: {sectors: [sector codes]}: otherwise, those it shares with the answered challenge.
- `reference_deployment`: {deployment_id, same_region, similar_size, count}: where the solution already runs.
- `works_in_languages`: {languages: [ISO 639-1 codes]}: languages of the city the startup works in.
- `no_shared_language`: {languages: [the city's languages]}: matched on relevance, but language is a gap.
- `targets_region`: {region: region code}: the startup targets the city's region.
- `ready_for_size`: {maturity: "deployed", population, largest, ratio}: deployed in a city (`largest`
  inhabitants) at least 1/ratio of this city's `population`; or {maturity: "pilot"}: a pilot suited to a
  first deployment in this city.

Every code has a rule in `matching.engine.claims`; a reason is stored only where its rule holds.
"""

from __future__ import annotations

from enum import StrEnum


class ReasonCode(StrEnum):
    ANSWERS_CHALLENGE = "answers_challenge"
    RELEVANT_SOLUTION = "relevant_solution"
    SHARED_SECTORS = "shared_sectors"
    CHALLENGE_SECTORS = "challenge_sectors"
    REFERENCE_DEPLOYMENT = "reference_deployment"
    WORKS_IN_LANGUAGES = "works_in_languages"
    NO_SHARED_LANGUAGE = "no_shared_language"
    TARGETS_REGION = "targets_region"
    READY_FOR_SIZE = "ready_for_size"
