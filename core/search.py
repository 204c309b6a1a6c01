"""The catalogue's full-text search: one query parser with the caps that bound a search's cost, and the
ranked search over the index each listing's text is kept in (written by core.search_index).

The parser (`parse_query`) is the one place the page and the API read a search from: at most
`MAX_QUERY_CHARS` characters, `MAX_QUERY_WORDS` words and `MAX_CONCEPTS` concepts of the multilingual
vocabulary, so that no search costs more than a small constant; what it cut is recorded (`cut`) so the page
and the API can say so.

The index holds, per listing, its title (weight A), its summary, startup name, sector names and the codes of
the concepts its text names (weight B), and its description (weight C). Hangul, kana and Han runs are also
indexed as overlapping two-character pieces, so that "주차" finds "노상주차" (these scripts do not separate
words the way a text-search parser expects). Concept codes are indexed as single tokens (`qq` + the code's
letters), so a query in one language finds a listing written in another through the concepts both name: one
indexed token per concept instead of every language's terms.

- PostgreSQL: a `tsvector` column (`search_vector`, GIN-indexed) built with the `simple` configuration plus
  the listing language's stemmer where PostgreSQL has one; titles are also in a trigram GIN index (`pg_trgm`)
  for typos in short queries. Ranked by `ts_rank` plus trigram similarity.
- SQLite: an FTS5 table (`startups_listing_search`, created by a migration that runs on SQLite only), kept up
  to date by the same write path, ranked by `bm25`.

On both, the order is: the listing whose title is the query, then listings that contain more of the query's
words (all words above some words, and some words still find), then the rank, then the newest. A query of
three words or more finds only the listings that hold two of them (three of five or more) when there are
any (`narrow`): ranking every listing that holds one common word of five is what made long queries slow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import reduce
from itertools import combinations

from django.contrib.postgres.search import SearchQuery
from django.db import connection as default_connection
from django.db.models import Case, ExpressionWrapper, F, FloatField, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 6
# Six words: every real query of the labelled and benchmark sets fits, and "at least three of them"
# (`narrow`) stays 20 combinations. At twelve, a query of common words ("iot computer artificial …")
# ranked two thirds of the 15,500 listings of the full-size world: 200-230 ms a page, 55-90 ms at six.
MAX_CONCEPTS = 20
# Hangul, kana and Han are searched as two-character pieces (see `pieces`): a query keeps at most this many
# (a 25-character run without spaces), since a ranked listing is tested against every one of them.
MAX_QUERY_PIECES = 24
# The typo route (trigram similarity of the query to titles) is taken for short queries only: the trigram
# index's cost grows with the query's length.
TRIGRAM_MAX_CHARS = 40
# How close a title's words must be to the query on that route (pg_trgm's word_similarity: "parkng" is 0.57
# to "Parking guidance").
TYPO_SIMILARITY = 0.45
# Markers around a highlighted word in a snippet (private-use characters: escaped text, then marked).
MARK_START, MARK_END = "\ue000", "\ue001"
SQLITE_TABLE = "startups_listing_search"

# PostgreSQL's stemming configurations by ISO 639-1 code (PostgreSQL 15 ships these); other languages are
# indexed with `simple` only.
STEMMERS: dict[str, str] = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}
# The stemmers a query word is read with, by its script: the association's languages that have one.
_LATIN_QUERY_STEMMERS = ("english", "spanish", "portuguese", "french", "indonesian")
_WORD = re.compile(r"[^\W_]+")
_PIECED = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]+"
)
_CYRILLIC = re.compile("[\u0400-\u052f]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


class QueryProblem:
    NUL = "nul"
    NO_WORDS = "no-words"


PROBLEM_MESSAGES = {
    QueryProblem.NUL: _("The search contains a character that cannot be searched (a NUL character)."),
    QueryProblem.NO_WORDS: _("Type at least one letter or digit to search."),
}


@dataclass(frozen=True)
class ParsedQuery:
    """A search as it will run: its words (lower case, at most MAX_QUERY_WORDS), the concept codes of the
    vocabulary it names (at most MAX_CONCEPTS) and, per word, the codes of the concepts that word is part
    of. `cut` says the query was shortened; `problem` says why there is nothing to search."""

    raw: str = ""
    text: str = ""
    words: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()
    word_concepts: tuple[tuple[str, ...], ...] = ()
    cut: bool = False
    problem: str = ""
    # how many of the words a listing must contain to be found (see `narrow`)
    min_words: int = 1

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def problem_message(self) -> str:
        return str(PROBLEM_MESSAGES[self.problem]) if self.problem else ""

    @property
    def cut_message(self) -> str:
        if not self.cut:
            return ""
        return str(
            _(
                "Your search was shortened to %(chars)s characters, %(words)s words and %(concepts)s "
                "related topics: “%(text)s”."
            )
            % {
                "chars": MAX_QUERY_CHARS,
                "words": MAX_QUERY_WORDS,
                "concepts": MAX_CONCEPTS,
                "text": self.text,
            }
        )


def concept_token(code: str) -> str:
    """The one indexed token of a concept: letters and digits only, so every tokenizer keeps it whole."""
    return "qq" + re.sub(r"[^0-9a-z]", "", code.lower())


def pieces(text: str) -> list[str]:
    """Overlapping two-character pieces of the Hangul, kana and Han runs of `text` (a one-character run is
    kept as it is)."""
    found: list[str] = []
    for run in _PIECED.findall(text):
        if len(run) == 1:
            found.append(run)
        else:
            found.extend(run[i : i + 2] for i in range(len(run) - 1))
    return found


def _cap_pieces(text: str) -> tuple[str, bool]:
    """`text` cut where its words reach MAX_QUERY_PIECES two-character pieces, and whether it was cut."""
    budget = MAX_QUERY_PIECES
    for match in _WORD.finditer(text):
        word = match.group()
        count = len(pieces(word))
        if count <= budget:
            budget -= count
            continue
        end = match.start()
        for length in range(1, len(word) + 1):  # the longest start of the word within what is left
            if len(pieces(word[:length])) > budget:
                break
            end = match.start() + length
        return text[:end].rstrip(), True
    return text, False


def parse_query(raw: str | None) -> ParsedQuery:
    """Read a search: cap it, split it into words and find the concepts it names (see the module doc)."""
    from matching.engine.concepts import default_vocabulary
    from matching.engine.terms import normalise

    raw = raw or ""
    if "\x00" in raw:
        return ParsedQuery(raw=raw[:MAX_QUERY_CHARS], problem=QueryProblem.NUL)
    text = " ".join(raw.split())
    cut = len(text) > MAX_QUERY_CHARS
    if cut:  # at the last space before the limit, so that no word is searched half
        text = text[: MAX_QUERY_CHARS + 1]
        text = text.rsplit(" ", 1)[0] if " " in text else text[:MAX_QUERY_CHARS]
    text, pieces_cut = _cap_pieces(text.strip())
    cut = cut or pieces_cut
    words = list(dict.fromkeys(word.casefold() for word in _WORD.findall(text)))
    if not words:
        return ParsedQuery(raw=raw, text=text, cut=cut, problem=QueryProblem.NO_WORDS if raw.strip() else "")
    if len(words) > MAX_QUERY_WORDS:
        cut = True
        words = words[:MAX_QUERY_WORDS]
        # the text searched (for concepts and typos) ends with the last word kept
        last = 0
        for match in _WORD.finditer(text):
            if match.group().casefold() in words:
                last = match.end()
        text = text[:last]
    vocabulary = default_vocabulary()
    found = vocabulary.terms_in(text)
    if len(found) > MAX_CONCEPTS:
        cut = True
    concepts = tuple(list(found)[:MAX_CONCEPTS])
    word_concepts: list[list[str]] = [[] for _ in words]
    normal = [normalise(word).strip() for word in words]
    for code in concepts:
        term_words = {w for term in found[code] for w in _WORD.findall(term)}
        named = [
            i
            for i, word in enumerate(normal)
            if any(
                word.startswith(t) or t.startswith(word) or (_PIECED.search(t) and t in word)
                for t in term_words
            )
        ]
        for i in named or range(len(words)):  # a concept named across words' edges: any word stands for it
            word_concepts[i].append(code)
    return ParsedQuery(
        raw=raw,
        text=text,
        words=tuple(words),
        concepts=concepts,
        word_concepts=tuple(tuple(codes) for codes in word_concepts),
        cut=cut,
    )


# --- searching -------------------------------------------------------------------------------------------


def _query_stemmers(word: str) -> tuple[str, ...]:
    if _CYRILLIC.search(word):
        return ("russian",)
    if _ARABIC.search(word):
        return ("arabic",)
    if _LATIN.search(word) and not word.isdigit():
        return _LATIN_QUERY_STEMMERS
    return ()


class _TsQuery(SearchQuery):
    """A tsquery written as SQL here (so that it can be combined with `|` and used with `@@`, which the GIN
    index serves)."""

    def __init__(self, sql: str, params: Sequence) -> None:
        super().__init__("")
        self.sql, self.sql_params = sql, list(params)

    def as_sql(self, compiler, connection, **extra):
        return self.sql, self.sql_params


_LEXEME = re.compile(r"'((?:[^']|'')*)'")
_stem_cache: dict[tuple[str, str], tuple[str, ...]] = {}


def _stems(words: Sequence[str]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(word, stemmer) -> the lexemes PostgreSQL's stemmer makes of the word (empty for a stop word), asked
    in one query for the words not seen before by this process (a stemmer's answer never changes)."""
    wanted = [(w, cfg) for w in words for cfg in _query_stemmers(w) if (w, cfg) not in _stem_cache]
    if wanted:
        with default_connection.cursor() as cursor:
            cursor.execute(
                "SELECT w, c, plainto_tsquery(c::regconfig, w)::text "
                "FROM unnest(%s::text[], %s::text[]) AS t(w, c)",
                [[w for w, _ in wanted], [c for _, c in wanted]],
            )
            for word, cfg, query in cursor.fetchall():
                if len(_stem_cache) > 50_000:
                    _stem_cache.clear()
                _stem_cache[(word, cfg)] = tuple(m.replace("''", "'") for m in _LEXEME.findall(query))
    return {(w, cfg): _stem_cache[(w, cfg)] for w in words for cfg in _query_stemmers(w)}


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _pg_word_query(word: str, concepts: Sequence[str], stems: dict) -> str:
    """The tsquery (as text) of one word: the word, its stems in the stemmers of its script (or, for a
    script without one, the word as a prefix), its two-character pieces (Hangul, kana, Han) and the concepts
    it is part of; each lexeme once, so that the planner's estimate of how many listings match is right.
    Empty for a word that one of its script's stemmers drops as a stop word ("for", "de", "для"): it would
    match most listings."""
    cjk = pieces(word)
    stemmers = _query_stemmers(word)
    if any(not stems[(word, cfg)] for cfg in stemmers):
        return ""
    if cjk and len(cjk) > 1:
        options = ["(" + " & ".join(_quote(p) for p in cjk) + ")"]
    elif cjk:
        options = [_quote(cjk[0]) + ":*"]
    elif stemmers or len(word) < 3:
        options = [_quote(word)]
    else:
        options = [_quote(word) + ":*"]
    for cfg in stemmers:
        found = stems[(word, cfg)]
        options.append(" & ".join(_quote(lexeme) for lexeme in found) if len(found) > 1 else _quote(found[0]))
    options += [_quote(concept_token(code)) for code in concepts]
    return " | ".join(dict.fromkeys(options))


def _pg_queries(parsed: ParsedQuery) -> tuple[list[str], str]:
    """The per-word tsqueries (as text) of the search's words that are not stop words, and their union."""
    stems = _stems(parsed.words)
    words = [_pg_word_query(w, c, stems) for w, c in zip(parsed.words, parsed.word_concepts, strict=True)]
    words = [q for q in words if q] or [_quote(w) for w in parsed.words]  # only stop words: search them
    return words, " | ".join(f"({q})" for q in words)


def _at_least(words: Sequence[str], count: int, both: str, either: str) -> str:
    """ "At least `count` of `words`" as a text query: every combination of `count` of them joined by
    `both`, the combinations by `either` (at most 20, for three of six words: the index answers it as
    one condition)."""
    return f" {either} ".join(
        "(" + f" {both} ".join(f"({word})" for word in group) + ")" for group in combinations(words, count)
    )


def _pg_condition(parsed: ParsedQuery) -> str:
    """The tsquery (as text) a listing must match: one of the words, or `min_words` of them."""
    words, any_query = _pg_queries(parsed)
    if 2 <= parsed.min_words <= len(words):
        return _at_least(words, parsed.min_words, "&", "|")
    return any_query


def _ts(query: str) -> _TsQuery:
    return _TsQuery("CAST(%s AS tsquery)", [query])


def _fts5_word_query(word: str, concepts: Sequence[str]) -> str:
    cjk = pieces(word)
    if cjk and len(cjk) > 1:
        plain = "(" + " AND ".join(f'"{p}"' for p in cjk) + ")"
    elif cjk:
        plain = f'"{cjk[0]}"*'
    else:
        plain = f'"{word}"*' if len(word) >= 3 else f'"{word}"'
    return " OR ".join([plain, *(f'"{concept_token(code)}"' for code in concepts)])


def _title_is_query(parsed: ParsedQuery) -> Case:
    return Case(When(Q(_title_lower=parsed.text.casefold()), then=Value(1)), default=Value(0))


def search_filter(parsed: ParsedQuery, *, typos: bool = False) -> Q:
    """The condition "the listing matches the search" (any word, or a concept it names), for filters and
    facet counts. With `typos` (when the words found nothing: see `needs_typo_route`), titles similar to
    the query match too. An empty query matches everything."""
    if not parsed:
        return Q()
    if default_connection.vendor == "postgresql":
        found = Q(search_vector=_ts(_pg_condition(parsed)))
        if typos and len(parsed.text) <= TRIGRAM_MAX_CHARS:
            from django.contrib.postgres.search import TrigramWordSimilarity
            from django.db.models.lookups import GreaterThan

            found |= Q(GreaterThan(TrigramWordSimilarity(parsed.text, "title"), TYPO_SIMILARITY))
        return found
    return Q(
        pk__in=RawSQL(
            f"SELECT rowid FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH %s", [_fts5_condition(parsed)]
        )
    )


def typo_route_possible(parsed: ParsedQuery) -> bool:
    """The typo route (trigram similarity to titles) exists on PostgreSQL, for short queries."""
    return (
        bool(parsed) and default_connection.vendor == "postgresql" and len(parsed.text) <= TRIGRAM_MAX_CHARS
    )


def needs_typo_route(listings: QuerySet, parsed: ParsedQuery) -> bool:
    """True when the words find none of `listings` and the typo route is possible: one cheap query."""
    return typo_route_possible(parsed) and not listings.filter(search_filter(parsed)).exists()


def _fts5_condition(parsed: ParsedQuery) -> str:
    if 2 <= parsed.min_words <= len(parsed.words):
        words = [_fts5_word_query(w, c) for w, c in zip(parsed.words, parsed.word_concepts, strict=True)]
        return _at_least(words, parsed.min_words, "AND", "OR")
    return _fts5_any(parsed)


# How many of a query's words (stop words not counted) a listing must hold to be found, by the query's
# number of words, when some listing holds that many (else one fewer, down to one): with one word enough,
# "water leak detection sensors pipes" would rank more than half the catalogue (every listing about water,
# or sensors) on every request.
MIN_WORDS = ((5, 3), (3, 2))
# ... as long as the condition stays small: the index checks every combination against each listing it
# finds, so a query whose words carry many variants and concepts keeps "one word is enough".
MAX_CONDITION_TERMS = 120


def narrow(parsed: ParsedQuery, listings: QuerySet) -> ParsedQuery:
    """`parsed`, to be found only by listings that hold several of its words (MIN_WORDS) when at least one
    of `listings` does (one cheap query on the index per step down); otherwise as it is, so that some words
    still find when no listing holds more than one."""
    if not parsed or parsed.min_words >= 2:
        return parsed
    if default_connection.vendor == "postgresql":
        words = _pg_queries(parsed)[0]
        sizes = [word.count("'") // 2 for word in words]  # the lexemes of each word's query
    else:
        sizes = [1 + len(concepts) for concepts in parsed.word_concepts]
    count = len(sizes)
    start = next((least for words, least in MIN_WORDS if count >= words), 1)
    for least in range(start, 1, -1):
        terms = sum(sum(sizes[i] for i in group) for group in combinations(range(count), least))
        if terms > MAX_CONDITION_TERMS:
            continue
        candidate = replace(parsed, min_words=least)
        if listings.filter(search_filter(candidate)).exists():
            return candidate
    return parsed


def _fts5_any(parsed: ParsedQuery) -> str:
    return " OR ".join(
        f"({_fts5_word_query(w, c)})" for w, c in zip(parsed.words, parsed.word_concepts, strict=True)
    )


def ranked(
    listings: QuerySet, parsed: ParsedQuery, *, snippets: bool = False, typos: bool = False
) -> QuerySet:
    """`listings` matching the search, in relevance order (see the module doc), each with `search_words`
    (how many of the query's words it contains), `search_rank` (its text rank) and, with `snippets`,
    `search_snippet`
    (its summary with the query's words between MARK_START and MARK_END)."""
    if not parsed:
        return listings
    listings = listings.filter(search_filter(parsed, typos=typos)).annotate(_title_lower=Lower("title"))
    if default_connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchHeadline

        words, any_query = _pg_queries(parsed)
        own = '"startups_solutionlisting"'
        rank_sql, rank_params = f"ts_rank({own}.search_vector, CAST(%s AS tsquery))", [any_query]
        if len(words) > 1:
            # How many of the query's words a listing contains: one @@ per word on the row's index, which
            # is kept in the row (migration 0007), so each test reads it where it lies.
            coverage = " + ".join(
                f"(CASE WHEN {own}.search_vector @@ CAST(%s AS tsquery) THEN 1 ELSE 0 END)" for _ in words
            )
            search_words = RawSQL(f"({coverage})", words, IntegerField())
        else:
            search_words = Value(1, IntegerField())
        rank = RawSQL(rank_sql, rank_params, FloatField())
        if typos:
            from django.contrib.postgres.search import TrigramWordSimilarity

            rank = ExpressionWrapper(rank + TrigramWordSimilarity(parsed.text, "title"), FloatField())
        listings = listings.annotate(search_words=search_words, search_rank=rank)
        if snippets:
            listings = listings.annotate(
                search_snippet=SearchHeadline(
                    "summary",
                    _ts(any_query),
                    config="simple",
                    start_sel=MARK_START,
                    stop_sel=MARK_END,
                    highlight_all=True,
                )
            )
    else:
        table = SQLITE_TABLE
        own = "startups_solutionlisting.id"
        rank = RawSQL(
            f"(SELECT -bm25({table}, 10.0, 4.0, 3.0, 1.0) FROM {table} "
            f"WHERE {table} MATCH %s AND rowid = {own})",
            [_fts5_any(parsed)],
            output_field=FloatField(),
        )
        coverage = [
            RawSQL(
                f"(SELECT COUNT(*) FROM {table} WHERE {table} MATCH %s AND rowid = {own})",
                [_fts5_word_query(w, c)],
                output_field=IntegerField(),
            )
            for w, c in zip(parsed.words, parsed.word_concepts, strict=True)
        ]
        listings = listings.annotate(
            search_words=ExpressionWrapper(reduce(lambda a, b: a + b, coverage), IntegerField()),
            search_rank=rank,
        )
        if snippets:
            listings = listings.annotate(
                search_snippet=RawSQL(
                    f"(SELECT highlight({table}, 1, %s, %s) FROM {table} WHERE {table} MATCH %s "
                    f"AND rowid = {own})",
                    [MARK_START, MARK_END, _fts5_any(parsed)],
                )
            )
    return listings.annotate(search_title=_title_is_query(parsed)).order_by(
        "-search_title", "-search_words", "-search_rank", F("published_at").desc(nulls_last=True), "-id"
    )
