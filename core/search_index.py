"""The catalogue's search index: what core.search searches, per listing, written on every write of a
listing's text, its sectors or its startup's name (and in one pass by the migration that fills it).
See core.search for what it holds and why."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import connection as default_connection

from core.search import SQLITE_TABLE, STEMMERS, concept_token, pieces


@dataclass
class IndexRow:
    """What the index holds for one listing."""

    pk: int
    title: str
    summary: str
    description: str
    language: str
    startup_name: str
    sector_names: list[str] = field(default_factory=list)
    hidden_concepts: list[str] = field(default_factory=list)

    @property
    def stemmer(self) -> str:
        return STEMMERS.get(self.language, "simple")

    def concepts(self) -> list[str]:
        from matching.engine.concepts import default_vocabulary

        text = "\n".join([self.title, self.summary, self.description])
        hidden = set(self.hidden_concepts or [])
        return [code for code in default_vocabulary().concepts_in(text) if code not in hidden]

    def parts(self) -> dict[str, str]:
        """The weighted texts: A (title), B (summary, startup, sectors, concepts), C (description)."""
        concepts = " ".join(concept_token(code) for code in self.concepts())
        return {
            "title": " ".join([self.title, *pieces(self.title)]),
            "summary": self.summary,
            "extra": " ".join([*pieces(self.summary), self.startup_name, *self.sector_names, concepts]),
            "description": " ".join([self.description, *pieces(self.description)]),
        }


_ROWS_SQL = """
SELECT l.id, l.title, l.summary, l.description, l.language, s.name, l.hidden_concepts
FROM startups_solutionlisting l JOIN startups_startup s ON s.id = l.startup_id
WHERE l.id IN ({ids})
"""
_SECTORS_SQL = """
SELECT ls.solutionlisting_id, c.name FROM startups_solutionlisting_sectors ls
JOIN core_sector c ON c.id = ls.sector_id WHERE ls.solutionlisting_id IN ({ids}) ORDER BY c.position
"""
_PG_UPDATE = """
UPDATE startups_solutionlisting AS l SET search_vector =
    setweight(to_tsvector('simple', v.title), 'A') || setweight(to_tsvector('simple', v.summary), 'B')
    || setweight(to_tsvector('simple', v.extra), 'B') || setweight(to_tsvector('simple', v.description), 'C')
    || CASE WHEN v.cfg = 'simple' THEN ''::tsvector ELSE
        setweight(to_tsvector(v.cfg::regconfig, v.title), 'A')
        || setweight(to_tsvector(v.cfg::regconfig, v.summary), 'B')
        || setweight(to_tsvector(v.cfg::regconfig, v.description), 'C') END
FROM (VALUES {values}) AS v(id, title, summary, extra, description, cfg)
WHERE l.id = v.id
"""


def _clean(text: str) -> str:
    return (text or "").replace("\x00", " ")


def _read_rows(cursor, ids: Sequence[int]) -> list[IndexRow]:
    marks = ", ".join(["%s"] * len(ids))
    cursor.execute(_ROWS_SQL.format(ids=marks), list(ids))
    rows = {}
    for pk, title, summary, description, language, name, hidden in cursor.fetchall():
        if isinstance(hidden, str):
            hidden = json.loads(hidden or "[]")
        rows[pk] = IndexRow(pk, title, summary, description, language or "", name, [], list(hidden or []))
    cursor.execute(_SECTORS_SQL.format(ids=marks), list(ids))
    for pk, name in cursor.fetchall():
        rows[pk].sector_names.append(name)
    return list(rows.values())


def write_index(ids: Iterable[int], *, using=None, batch_size: int = 500) -> int:
    """(Re)build the index rows of the listings `ids` from their stored text; returns how many. Called on
    every write of a listing's text, its sectors or its startup's name, and by the migration that fills the
    index of existing rows. Runs on plain SQL so that a migration can call it too."""
    conn = using or default_connection
    ids = list(ids)
    done = 0
    with conn.cursor() as cursor:
        for start in range(0, len(ids), batch_size):
            rows = _read_rows(cursor, ids[start : start + batch_size])
            if not rows:
                continue
            texts = [(row, {k: _clean(v) for k, v in row.parts().items()}) for row in rows]
            if conn.vendor == "postgresql":
                values, params = [], []
                for row, part in texts:
                    values.append("(%s, %s, %s, %s, %s, %s)")
                    cfg = row.stemmer
                    params += [
                        row.pk,
                        part["title"],
                        part["summary"],
                        part["extra"],
                        part["description"],
                        cfg,
                    ]
                cursor.execute(_PG_UPDATE.format(values=", ".join(values)), params)
            elif conn.vendor == "sqlite":
                marks = ", ".join(["%s"] * len(texts))
                cursor.execute(
                    f"DELETE FROM {SQLITE_TABLE} WHERE rowid IN ({marks})", [r.pk for r, _ in texts]
                )
                for row, part in texts:
                    cursor.execute(
                        f"INSERT INTO {SQLITE_TABLE} (rowid, title, summary, extra, description) "
                        "VALUES (%s, %s, %s, %s, %s)",
                        [row.pk, part["title"], part["summary"], part["extra"], part["description"]],
                    )
            done += len(texts)
    return done
