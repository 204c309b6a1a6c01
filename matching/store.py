"""Turns an engine result into stored Match rows: the reasons, the bulk write (PostgreSQL COPY, fed while
it is being built), and the in-place update of the current run after an incremental re-score.

Rows are never formatted one by one in Python. Every distinct piece of row text (an id followed by its
tab, a reason such as "answers challenge 17, concepts …", the fixed-width scores of one row) is encoded
once; a row is a short sequence of piece ids, chosen for all rows with numpy, and `_gather` joins the
pieces' bytes into COPY's stream block by block."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator

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
SCORES = ("score", "relevance", "sector_fit", "proof", "reach", "readiness")
READY = 0.8  # readiness from which "ready for a city of this size" is worth saying
RELEVANT = 0.2  # relevance from which the listing is said to fit the city's profile
MAX_REASONS = 4
DECIMALS = 6  # scores are stored to the millionth
FORK_FROM_ROWS = 50_000  # rows from which a child process formats the COPY stream
NULL = "\\N"  # COPY's text format
log = logging.getLogger(__name__)


class _Pieces:
    """The distinct pieces of row text, each encoded once; piece 0 is empty. `add` returns the ids of the
    new pieces, and a row is a sequence of ids (`_gather`). Reasons are also remembered by what they
    describe, so that the rows of a later chunk reuse them."""

    def __init__(self) -> None:
        self.items: list[bytes] = [b""]
        self._reasons: dict[tuple[str, object], int] = {}

    def _extend(self, encoded: list[bytes]) -> np.ndarray:
        start = len(self.items)
        self.items.extend(encoded)
        return np.arange(start, len(self.items), dtype=np.int64)

    def add(self, texts: Iterable[str]) -> np.ndarray:
        return self._extend([text.encode() for text in texts])

    def add_rows(self, matrix: np.ndarray) -> np.ndarray:
        """Each row of a (m, w) uint8 matrix of text (no NUL byte) as a piece."""
        m, w = matrix.shape
        return self._extend(
            np.ascontiguousarray(matrix).view(f"S{w}").reshape(m).tolist() if w else [b""] * m
        )

    def reasons(self, kind: str, keys: list, render: Callable[[object], str]) -> np.ndarray:
        """The reason piece of each key, ``render(key)`` (a JSON object, or "" for none) for keys not seen
        before. Each reason is added twice, as is and after a comma (its id + 1), for a later place in the
        row's array; an empty one is piece 0."""
        ids = np.zeros(len(keys), dtype=np.int64)
        new = []
        for position, key in enumerate(keys):
            known = self._reasons.get((kind, key))
            if known is None:
                new.append(position)
            else:
                ids[position] = known
        texts = [render(keys[position]) for position in new]
        added = self.add([text for fragment in texts for text in (fragment, "," + fragment)])[::2]
        for position, text, piece in zip(new, texts, added.tolist(), strict=True):
            ids[position] = self._reasons[(kind, keys[position])] = piece if text else 0
        return ids


def _gather(pieces: _Pieces, slots: np.ndarray) -> bytes:
    """The bytes of the pieces `slots` names (a (rows, s) array of piece ids), row after row: one C-level
    join of the shared piece objects, no string built per row."""
    return b"".join(map(pieces.items.__getitem__, slots.ravel().tolist()))


def _fixed(values: np.ndarray, whole_digits: int, decimals: int = DECIMALS) -> np.ndarray:
    """Non-negative numbers as fixed-width text (zero-padded, e.g. 084.927478), a (n, width) uint8 matrix
    built with integer arithmetic: no float-to-text conversion per value."""
    scaled = np.rint(np.asarray(values, dtype=np.float64) * 10**decimals).astype(np.int64)
    if scaled.size and (scaled.min() < 0 or scaled.max() >= 10 ** (whole_digits + decimals)):
        raise ValueError(f"scores must lie in [0, {10**whole_digits}) to be stored")
    powers = 10 ** np.arange(whole_digits + decimals - 1, -1, -1, dtype=np.int64)
    digits = ((scaled[:, None] // powers) % 10 + ord("0")).astype(np.uint8)
    point = np.full((len(scaled), 1), ord("."), dtype=np.uint8)
    return np.hstack([digits[:, :whole_digits], point, digits[:, whole_digits:]])


def _json(fragment: dict) -> str:
    """A reason as compact JSON, escaped for COPY's text format (backslashes doubled)."""
    return json.dumps(fragment, ensure_ascii=False, separators=(",", ":")).replace("\\", "\\\\")


def _pick(pieces: _Pieces, kind: str, keys: np.ndarray, render: Callable[[int], str]) -> np.ndarray:
    """The reason piece of `render(key)` for each row's key (-1: none), rendered once per distinct key: an
    incremental re-score of one startup renders a few reasons, not one per challenge or city."""
    used, inverse = np.unique(keys, return_inverse=True)
    ids = pieces.reasons(kind, used.tolist(), lambda key: render(key) if key >= 0 else "")
    return ids[inverse] if len(used) else np.zeros(0, np.int64)


def _by_set(pieces: _Pieces, kind: str, matrix: sp.csr_array, render: Callable[[tuple], str]) -> np.ndarray:
    """The reason piece of each row of a 0/1 matrix, rendered once per distinct set of columns.

    Rows are told apart by a random-weight fingerprint (a float64 per row), so grouping costs one sparse
    product and a np.unique, not a Python loop over rows."""
    weights = np.random.default_rng(7).random(matrix.shape[1]) + 0.5
    fingerprint = matrix @ weights
    _, first, inverse = np.unique(fingerprint, return_index=True, return_inverse=True)
    indptr, indices = matrix.indptr, matrix.indices
    sets = [tuple(indices[indptr[row] : indptr[row + 1]].tolist()) for row in first.tolist()]
    return pieces.reasons(kind, sets, render)[inverse] if len(first) else np.zeros(0, np.int64)


def reason_slots(
    result: MatchResult, cat: Catalogue, pieces: _Pieces, text_index: TextIndex | None = None
) -> np.ndarray:
    """2–4 reasons per row, most telling first, as a (rows, 6) array of reason pieces (0: none), the comma
    forms already chosen, so the row's JSON array is "[" + the six pieces + "]".

    Order: the challenge answered (or the solution that fits the profile), shared sectors, the best
    reference deployment, the languages in common (or the gap), then the target region and readiness to
    fill up to four. Each reason is rendered once per challenge, listing, deployment or set, then picked
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
            languages[code] = _json(code)
        return languages[code]

    def answers(key: int) -> str:
        h, concepts = divmod(key, width * width)
        return (f'{{"code":"answers_challenge","challenge_id":{int(challenge_ids[h])},'
                f'"language":{language_of(h)}{concepts_of(concepts)}}}')  # fmt: skip

    def fits(key: int) -> str:
        li, concepts = divmod(key, width * width)
        return f'{{"code":"relevant_solution","listing_id":{int(listing_ids[li])}{concepts_of(concepts)}}}'

    answered = _pick(
        pieces, "answers", np.where(challenge >= 0, challenge * width * width + pair, -1), answers
    )
    fitting = _pick(pieces, "fits", np.where(relevant, listing * width * width + pair, -1), fits)
    first = np.where(challenge >= 0, answered, fitting)

    sector_sets = shared_sectors(cities, startups, city=city, listing=listing)
    sectors = _by_set(pieces, "sectors", sector_sets, lambda codes: (
        _json({"code": "shared_sectors", "sectors": [vocab.sector_codes[c] for c in codes]}) if codes else ""
    ))  # fmt: skip

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
            return (f'{{"code":"reference_deployment","deployment_id":{int(deployments.ids[d])},'
                    f'{flags[flag]},"count":{int(count[d])}}}')  # fmt: skip

        proof = _pick(pieces, "proof", np.where(dep >= 0, dep * 4 + same * 2 + similar, -1), proof_of)
    else:
        proof = np.zeros(n, dtype=np.int64)

    language_sets = shared_languages(cities, startups, city=city, listing=listing)
    spoken = _by_set(pieces, "languages", language_sets, lambda codes: (
        _json({"code": "works_in_languages", "languages": [vocab.language_codes[c] for c in codes]})
        if codes else ""
    ))  # fmt: skip
    lang_ptr, lang_idx = cities.languages.indptr, cities.languages.indices
    gaps = _pick(pieces, "gap", city, lambda c: _json({"code": "no_shared_language", "languages": [
        vocab.language_codes[x] for x in lang_idx[lang_ptr[c] : lang_ptr[c + 1]].tolist()]}))  # fmt: skip
    languages_reason = np.where(np.diff(language_sets.indptr) > 0, spoken, gaps)

    region_codes = {index: code for code, index in vocab.region_codes.items()}
    regions = pieces.reasons(
        "region",
        list(range(len(region_codes))),
        lambda i: _json({"code": "targets_region", "region": region_codes[i]}),
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
    maturities = ("concept", "pilot", "deployed")

    def fit_for_size(key: int) -> str:
        return _json({"code": "ready_for_size", "maturity": maturities[key % 3],
                      "population": int(cities.population[key // 3])})  # fmt: skip

    ready = _pick(pieces, "ready", city * 3 + maturity, fit_for_size)

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


def _field(pieces: _Pieces, texts: Iterable[str]) -> np.ndarray:
    """Pieces "<text>\t" for a column's distinct values, then NULL's: index -1 picks NULL."""
    return pieces.add([f"{text}\t" for text in texts] + [f"{NULL}\t"])


def _score_rows(result: MatchResult) -> np.ndarray:
    """Each row's six scores with their tabs, fixed width: a (rows, 56) uint8 matrix."""
    tab = np.full((len(result), 1), ord("\t"), dtype=np.uint8)
    columns = [_fixed(result.score, 3)]  # 0–100
    columns += [_fixed(getattr(result, name), 1) for name in SCORES[1:]]  # 0–1
    return np.hstack([part for column in columns for part in (column, tab)])


def _blocks(
    result: MatchResult,
    cat: Catalogue,
    run_id: int,
    text_index: TextIndex | None,
    chunk: int = 40_000,
    block: int = 10_000,
) -> Iterator[bytes]:
    """Blocks of rows in COPY's text format. A chunk's rows become sequences of piece ids all at once
    (vectorised), then their bytes are gathered block by block as COPY asks for them. Chunks keep the first
    block early, so that PostgreSQL parses while the rest is still being formatted."""
    cities, startups = cat.cities, cat.startups
    pieces = _Pieces()
    top_rank = int(max(result.city_rank.max(initial=0), result.startup_rank.max(initial=0)))
    ranks = _field(pieces, [str(rank) for rank in range(1, top_rank + 1)])
    fields = [  # (column of the result, pieces of its values by index)
        (result.city, _field(pieces, cities.ids.astype(str).tolist())),
        (result.startup, _field(pieces, startups.ids.astype(str).tolist())),
        None,  # the scores
        (result.listing, _field(pieces, startups.listings.ids.astype(str).tolist())),
        (result.challenge, _field(pieces, cities.challenges.ids.astype(str).tolist())),
        (result.deployment, _field(pieces, startups.deployments.ids.astype(str).tolist())),
        (result.overseas, _field(pieces, ["f", "t"])),
        (result.city_rank.astype(np.int64) - 1, ranks),  # rank 0 (not in that top K): NULL
        (result.startup_rank.astype(np.int64) - 1, ranks),
    ]
    run, open_reasons, close_reasons = pieces.add([f"{int(run_id)}\t", "[", "]\n"])
    for lo in range(0, len(result), chunk):
        rows = np.arange(lo, min(len(result), lo + chunk))
        slots = np.empty((rows.shape[0], 18), dtype=np.int64)
        slots[:, 0] = run
        for column, spec in enumerate(fields, start=1):
            if spec is None:
                continue
            values, table = spec
            values = values[rows].astype(np.int64)
            slots[:, column] = table[np.where(values >= 0, values, -1)]
        part = result.take(rows)
        slots[:, 10] = open_reasons
        slots[:, 11:17] = reason_slots(part, cat, pieces, text_index)  # reasons stay for later chunks
        slots[:, 17] = close_reasons
        shared = len(pieces.items)
        slots[:, 3] = pieces.add_rows(_score_rows(part))  # one piece per row: dropped after the chunk
        for start in range(0, rows.shape[0], block):
            yield _gather(pieces, slots[start : start + block])
        del pieces.items[shared:]


class _BlockReader(io.RawIOBase):
    """A file-like object over an iterator of byte blocks, so COPY consumes rows as they are produced."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target: memoryview) -> int:
        if not self._buffer:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._buffer = memoryview(block)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def _forked_blocks(blocks: Iterator[bytes]) -> tuple[io.BufferedReader, int] | None:
    """Build the blocks in a forked child that writes them to a pipe, so the parent only pumps bytes
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
            with os.fdopen(write_fd, "wb", buffering=0) as pipe:
                for block in blocks:
                    pipe.write(block)
        except BaseException:  # noqa: BLE001 - reported to the parent by the exit status
            status = 1
        finally:
            os._exit(status)
    os.close(write_fd)
    return os.fdopen(read_fd, "rb", buffering=1 << 20), pid


def _copy(table: str, blocks: Iterator[bytes], expected: int) -> None:
    sql = f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN"  # text format: tab-separated, \N for NULL
    # forking a worker that holds the catalogue costs ~30 ms: worth it for a full run, not for the few
    # thousand rows of an incremental re-score
    forked = _forked_blocks(blocks) if expected >= FORK_FROM_ROWS else None
    if forked is not None:
        log.info("COPY of %d match rows formatted by a forked process", expected)
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


def _parsed(blocks: Iterator[bytes]) -> Iterator[Match]:
    """The rows of the text-format blocks as unsaved Match objects (databases without COPY)."""
    for line in b"".join(blocks).decode().splitlines():
        fields = [None if value == NULL else value for value in line.split("\t")]
        values = dict(zip(COLUMNS, fields, strict=True))
        values["reasons"] = json.loads(values["reasons"].replace("\\\\", "\\"))
        values["overseas"] = values["overseas"] == "t"
        yield Match(**values)


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
    blocks = _blocks(result, cat, run_id, text_index)
    if connection.vendor == "postgresql":
        _copy(run_table(run_id) if bulk else Match._meta.db_table, blocks, len(result))
        return len(result)
    return len(Match.objects.bulk_create(_parsed(blocks), batch_size=2000))
