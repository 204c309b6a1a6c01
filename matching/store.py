"""Turns an engine result into stored Match rows: the reasons, the bulk write (PostgreSQL COPY, fed while
it is being built), and the in-place update of the current run after an incremental re-score."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections.abc import Iterator

import numpy as np
import scipy.sparse as sp
from django.db import connection

from matching.catalogue import Catalogue
from matching.engine import MatchResult, TextIndex, shared_concepts, shared_languages, shared_sectors
from matching.models import Match

COLUMNS = (
    "run_id", "city_id", "startup_id", "score", "relevance", "sector_fit", "proof", "reach", "readiness",
    "listing_id", "challenge_id", "deployment_id", "overseas", "city_rank", "startup_rank", "reasons",
)  # fmt: skip
READY = 0.8  # readiness from which "ready for a city of this size" is worth saying
RELEVANT = 0.2  # relevance from which the listing is said to fit the city's profile
MAX_REASONS = 4
FORK_FROM_ROWS = 50_000  # rows from which a child process formats the COPY stream


TEXT = np.dtypes.StringDType()
EMPTY = np.array("", dtype=TEXT)


def _csv(fragment: dict) -> str:
    """A reason as JSON, already escaped for a CSV field (quotes doubled)."""
    return json.dumps(fragment, ensure_ascii=False, separators=(",", ":")).replace('"', '""')


def _table(fragments: list[str]) -> np.ndarray:
    """Fragments as a string array with a trailing empty entry, so index -1 picks "no reason"."""
    return np.array([*fragments, ""], dtype=TEXT)


def _pick(keys: np.ndarray, render) -> np.ndarray:
    """`render(key)` for each row's key (-1: no fragment), rendered once per distinct key that is used: an
    incremental re-score of one startup renders a few fragments, not one per challenge or city."""
    used, inverse = np.unique(keys, return_inverse=True)
    return _table([render(int(key)) if key >= 0 else "" for key in used.tolist()])[inverse]


def _by_set(matrix: sp.csr_array, render) -> np.ndarray:
    """One fragment per row of a 0/1 matrix, rendered once per distinct set of columns.

    Rows are told apart by a random-weight fingerprint (a float64 per row), so grouping costs one sparse
    product and a np.unique, not a Python loop over rows."""
    weights = np.random.default_rng(7).random(matrix.shape[1]) + 0.5
    fingerprint = matrix @ weights
    _, first, inverse = np.unique(fingerprint, return_index=True, return_inverse=True)
    indptr, indices = matrix.indptr, matrix.indices
    fragments = [render(indices[indptr[row] : indptr[row + 1]].tolist()) for row in first.tolist()]
    return np.array(fragments, dtype=TEXT)[inverse]


def _join(parts: list[np.ndarray], include: list[np.ndarray]) -> list[str]:
    """Join the included, non-empty fragments of each row into a CSV-quoted JSON array."""
    columns = [np.where(keep, part, EMPTY).tolist() for part, keep in zip(parts, include, strict=True)]
    return ['"[' + ",".join([p for p in row if p]) + ']"' for row in zip(*columns, strict=True)]


def reason_parts(
    result: MatchResult, cat: Catalogue, text_index: TextIndex | None = None
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """2–4 reasons per row, most telling first: six fragment columns and which of them each row keeps
    (`_join` turns them into CSV-quoted JSON arrays).

    Order: the challenge answered (or the solution that fits the profile), shared sectors, the best
    reference deployment, the languages in common (or the gap), then the target region and readiness to
    fill up to four. Each fragment is rendered once per challenge, listing, deployment or set, then picked
    for every row by array indexing."""
    cities, startups, names, vocab = cat.cities, cat.startups, cat.names, cat.vocab
    n = len(result)
    city, listing, startup = (result.city.astype(np.int64), result.listing.astype(np.int64),
                              result.startup.astype(np.int64))  # fmt: skip
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

    # concept codes are validated kebab-case and ids are ints: formatted directly (already CSV-escaped),
    # not through json.dumps for each of the tens of thousands of (challenge, concepts) fragments
    quoted = [f'""{code}""' for code in codes]
    concept_lists = {}

    def concepts_of(key: int) -> str:
        text = concept_lists.get(key)
        if text is None:
            named = [quoted[x - 1] for x in divmod(key, width) if x > 0]
            text = concept_lists[key] = f',""concepts"":[{",".join(named)}]' if named else ""
        return text

    languages: dict[str, str] = {}

    def language_of(h: int) -> str:
        code = names.challenge_language[h]
        if code not in languages:
            languages[code] = _csv(code)
        return languages[code]

    def answers(key: int) -> str:
        h, concepts = divmod(key, width * width)
        return (f'{{""code"":""answers_challenge"",""challenge_id"":{int(challenge_ids[h])},'
                f'""language"":{language_of(h)}{concepts_of(concepts)}}}')  # fmt: skip

    def fits(key: int) -> str:
        li, concepts = divmod(key, width * width)
        return (
            f'{{""code"":""relevant_solution"",""listing_id"":{int(listing_ids[li])}{concepts_of(concepts)}}}'
        )

    answered = _pick(np.where(challenge >= 0, challenge * width * width + pair, -1), answers)
    fitting = _pick(np.where(relevant, listing * width * width + pair, -1), fits)
    first = np.where(challenge >= 0, answered, fitting)

    sector_sets = shared_sectors(cities, startups, city=city, listing=listing)
    sectors = _by_set(
        sector_sets,
        lambda codes: (
            _csv({"code": "shared_sectors", "sectors": [vocab.sector_codes[c] for c in codes]})
            if codes
            else ""
        ),
    )

    dep = result.deployment.astype(np.int64)
    deployments = startups.deployments
    if len(deployments):
        order, indptr = deployments.by_listing(len(startups.listings))
        count = np.diff(indptr)[deployments.listing]
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
        # ids, booleans and counts only: assembled with numpy's string ufuncs, not per row in Python
        flags = np.array([f'""same_region"":{a},""similar_size"":{b}' for a in ("false", "true")
                          for b in ("false", "true")], dtype=TEXT)  # fmt: skip
        proof = np.strings.add(
            '{""code"":""reference_deployment"",""deployment_id"":', deployments.ids.astype(TEXT)[safe]
        )
        proof = np.strings.add(np.strings.add(proof, ","), flags[same.astype(np.int64) * 2 + similar])
        proof = np.strings.add(np.strings.add(proof, ',""count"":'), count.astype(TEXT)[safe])
        proof = np.where(dep >= 0, np.strings.add(proof, "}"), EMPTY)
    else:
        proof = np.full(n, "", dtype=TEXT)

    language_sets = shared_languages(cities, startups, city=city, listing=listing)
    spoken = _by_set(
        language_sets,
        lambda codes: (
            _csv({"code": "works_in_languages", "languages": [vocab.language_codes[c] for c in codes]})
            if codes
            else ""
        ),
    )
    lang_ptr, lang_idx = cities.languages.indptr, cities.languages.indices
    gaps = _pick(city, lambda c: _csv({"code": "no_shared_language", "languages": [
        vocab.language_codes[x] for x in lang_idx[lang_ptr[c] : lang_ptr[c + 1]].tolist()]}))  # fmt: skip
    languages = np.where(np.diff(language_sets.indptr) > 0, spoken, gaps)

    region_codes = {index: code for code, index in vocab.region_codes.items()}
    regions = _table(
        [_csv({"code": "targets_region", "region": region_codes[i]}) for i in range(len(region_codes))]
    )
    c_region = cities.region[city]
    targets = startups.target_regions.toarray().astype(bool)
    targeted = np.zeros(n, dtype=bool)
    known = c_region >= 0
    if targets.shape[1]:
        targeted[known] = targets[startup[known], c_region[known]]
    region = np.where(targeted, regions[np.where(known, c_region, -1)], EMPTY)

    maturity = startups.listings.maturity[listing].astype(np.int64) if n else np.zeros(0, np.int64)
    maturities = ("concept", "pilot", "deployed")

    def fit_for_size(key: int) -> str:
        return _csv({"code": "ready_for_size", "maturity": maturities[key % 3],
                     "population": int(cities.population[key // 3])})  # fmt: skip

    ready = _pick(city * 3 + maturity, fit_for_size)

    has = [(challenge >= 0) | relevant, np.diff(sector_sets.indptr) > 0, dep >= 0]
    before = has[0].astype(int) + has[1] + has[2] + 1  # the language reason is always there
    with_region = targeted & (before < MAX_REASONS)
    count = before + with_region
    with_ready = (count < 2) | ((count < MAX_REASONS) & (result.readiness >= READY))
    always = np.ones(n, dtype=bool)
    return ([first, sectors, proof, languages, region, ready],
            [always, always, always, always, with_region, with_ready])  # fmt: skip


def _numbers(values: np.ndarray, digits: int = 6) -> np.ndarray:
    """Floats as fixed-point text, through integers (far faster than float-to-text)."""
    scale = 10**digits
    scaled = np.rint(np.asarray(values, dtype=np.float64) * scale).astype(np.int64)
    whole = (scaled // scale).astype(TEXT)
    fraction = np.strings.zfill((scaled % scale).astype(TEXT), digits)
    return np.strings.add(np.strings.add(whole, "."), fraction)


def _ids(table_ids: np.ndarray, index: np.ndarray) -> np.ndarray:
    """Database ids of engine indices, as text; -1 (none) becomes an empty field (NULL in CSV). Each id is
    formatted once (a table of the ids as text, then picked per row), not once per row."""
    index = index.astype(np.int64)
    table = np.append(np.asarray(table_ids).astype(TEXT), EMPTY)  # index -1 picks the empty entry
    return table[np.where(index >= 0, index, -1)]


def _ranks(values: np.ndarray) -> np.ndarray:
    values = values.astype(np.int64)
    table = np.arange(int(values.max(initial=0)) + 1).astype(TEXT)
    table[0] = ""  # rank 0: not in that side's top K (NULL)
    return table[values]


class _BlockReader(io.RawIOBase):
    """A file-like object over an iterator of text blocks, so COPY consumes rows as they are produced."""

    def __init__(self, blocks: Iterator[str]) -> None:
        self._blocks = blocks
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target: memoryview) -> int:
        if not self._buffer:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._buffer = memoryview(block.encode())
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def _lines(
    result: MatchResult, cat: Catalogue, run_id: int, text_index: TextIndex | None, block: int = 10_000
) -> Iterator[str]:
    """Blocks of CSV text. Every column is computed for all rows first (vectorised); the rows of a block are
    joined only when COPY asks for it, so PostgreSQL parses one block while Python joins the next."""
    cities, startups = cat.cities, cat.startups
    n = len(result)
    columns = [
        np.full(n, str(run_id), dtype=TEXT),
        _ids(cities.ids, result.city),
        _ids(startups.ids, result.startup),
        *(_numbers(getattr(result, name)) for name in ("score", "relevance", "sector_fit", "proof", "reach",
                                                          "readiness")),
        _ids(startups.listings.ids, result.listing),
        _ids(cities.challenges.ids, result.challenge),
        _ids(startups.deployments.ids, result.deployment),
        np.array(["f", "t"], dtype=TEXT)[result.overseas.astype(np.int64)],
        _ranks(result.city_rank),
        _ranks(result.startup_rank),
    ]  # fmt: skip
    parts, include = reason_parts(result, cat, text_index)
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        # the short columns joined in C (numpy string ufuncs), the long reasons appended once per row
        prefix = columns[0][lo:hi]
        for column in columns[1:]:
            prefix = np.strings.add(np.strings.add(prefix, ","), column[lo:hi])
        reasons = _join([p[lo:hi] for p in parts], [k[lo:hi] for k in include])
        yield "".join([f"{head},{tail}\n" for head, tail in zip(prefix.tolist(), reasons, strict=True)])


def _forked_blocks(blocks: Iterator[str]) -> tuple[io.BufferedReader, int] | None:
    """Build the CSV blocks in a forked child that writes them to a pipe, so the parent only pumps bytes
    to PostgreSQL while the child formats (both cores busy, no GIL shared). None where fork is missing."""
    if not hasattr(os, "fork"):
        return None
    read_fd, write_fd = os.pipe()
    with contextlib.suppress(ImportError, OSError, AttributeError):  # Linux: a 1 MiB pipe, fewer hand-overs
        import fcntl

        fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    pid = os.fork()
    if pid == 0:  # the child: format, write, and leave without running the parent's clean-up
        status = 0
        try:
            os.close(read_fd)
            with os.fdopen(write_fd, "wb", buffering=1 << 20) as pipe:
                for block in blocks:
                    pipe.write(block.encode())
        except BaseException:  # noqa: BLE001 - reported to the parent by the exit status
            status = 1
        finally:
            os._exit(status)
    os.close(write_fd)
    return os.fdopen(read_fd, "rb", buffering=1 << 20), pid


def _copy(table: str, blocks: Iterator[str], expected: int) -> None:
    sql = f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN WITH (FORMAT csv)"
    # forking a worker that holds the catalogue costs ~30 ms: worth it for a full run, not for the few
    # thousand rows of an incremental re-score
    forked = _forked_blocks(blocks) if expected >= FORK_FROM_ROWS else None
    with connection.cursor() as cursor:
        if forked is None:
            cursor.copy_expert(sql, io.BufferedReader(_BlockReader(blocks), buffer_size=1 << 20), 1 << 20)
            copied = cursor.cursor.rowcount
        else:
            pipe, pid = forked
            try:
                cursor.copy_expert(sql, pipe, 1 << 20)
                copied = cursor.cursor.rowcount
            finally:
                pipe.close()
                _, status = os.waitpid(pid, 0)
            if status != 0:
                raise RuntimeError(f"the process formatting the match rows failed (status {status})")
    if copied != expected:  # a short stream must never be committed as a complete set
        raise RuntimeError(f"COPY stored {copied} match rows, expected {expected}")


def run_table(run_id: int) -> str:
    return f"{Match._meta.db_table}_r{int(run_id)}"


def uses_partitions() -> bool:
    return connection.vendor == "postgresql"


def create_run_table(run_id: int) -> None:
    """PostgreSQL: a table of the run's own, without indexes, to COPY a full run into."""
    if uses_partitions():
        with connection.cursor() as cursor:
            like = f"LIKE {Match._meta.db_table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
            cursor.execute(f"DROP TABLE IF EXISTS {run_table(run_id)}")  # left over from an old database
            cursor.execute(f"CREATE TABLE {run_table(run_id)} ({like})")


def attach_run_table(run_id: int) -> None:
    """Index the run's table in one pass each and attach it as the run's partition."""
    if not uses_partitions():
        return
    table, run_id = run_table(run_id), int(run_id)
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_run CHECK (run_id = {run_id})")
        cursor.execute(f"ALTER TABLE {table} ADD PRIMARY KEY (id, run_id)")
        cursor.execute(f"CREATE UNIQUE INDEX ON {table} (run_id, city_id, startup_id)")
        cursor.execute(f"CREATE INDEX ON {table} (run_id, startup_id, startup_rank)")
        cursor.execute(f"CREATE INDEX ON {table} (run_id, city_rank) WHERE city_rank IS NOT NULL")
        cursor.execute(
            f"ALTER TABLE {Match._meta.db_table} ATTACH PARTITION {table} FOR VALUES IN ({run_id})"
        )


def drop_run_rows(run_ids: list[int]) -> int:
    """Remove retired runs' rows: drop their partitions (PostgreSQL) or delete them."""
    if not run_ids:
        return 0
    if not uses_partitions():
        return Match.objects.filter(run_id__in=run_ids)._raw_delete(connection.alias)
    with connection.cursor() as cursor:
        for run_id in run_ids:
            cursor.execute(f"DROP TABLE IF EXISTS {run_table(run_id)}")
        cursor.execute(f"DELETE FROM {Match._meta.db_table} WHERE run_id = ANY(%s)", [list(run_ids)])
    return len(run_ids)


def write_matches(
    result: MatchResult,
    cat: Catalogue,
    *,
    run_id: int,
    bulk: bool = False,
    text_index: TextIndex | None = None,
) -> int:
    """Insert the result's rows for `run_id`, inside the caller's transaction. `bulk`: a full run's rows,
    into the run's own table (PostgreSQL); otherwise into the live table. Elsewhere: bulk_create."""
    if len(result) == 0:
        return 0
    if connection.vendor == "postgresql":
        table = run_table(run_id) if bulk else Match._meta.db_table
        _copy(table, _lines(result, cat, run_id, text_index), len(result))
        return len(result)
    objects = []
    for block in _lines(result, cat, run_id, text_index):
        for row in csv.reader(io.StringIO(block)):
            values = dict(zip(COLUMNS, row, strict=True))
            values["reasons"] = json.loads(values["reasons"])
            values["overseas"] = values["overseas"] == "t"
            for name in ("listing_id", "challenge_id", "deployment_id", "city_rank", "startup_rank"):
                values[name] = int(values[name]) if values[name] else None
            objects.append(Match(**values))
    Match.objects.bulk_create(objects, batch_size=2000)
    return len(objects)
