"""The rows the entity graph is made of, kept between builds per named graph (:class:`GraphMemo`).

They are kept in an SQLite file, one JSON list of rows per query and graph, so that a rebuild
writes only the rows of the graphs it read again. The memo used to be one JSON document written
whole: at 1,000 releases that cost 0.5 s of CPU per rebuild, and encoding it (a table of every
string, then the whole text) briefly took about 25 MiB per 1,000 releases beside the entity
graph: the largest part of the peak memory that grew with the corpus (issue 19). SQLite and JSON
cannot run code as a pickle could; a file that is not such a memo is made again, with a warning.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: The memo's layout (SQLite's ``user_version``); a file of another is made again.
MEMO_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS graphs (graph TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (query TEXT NOT NULL, graph TEXT NOT NULL, data TEXT NOT NULL,
                                 PRIMARY KEY (query, graph));
CREATE TABLE IF NOT EXISTS mentions (graph TEXT NOT NULL, entity TEXT NOT NULL, data TEXT NOT NULL,
                                     PRIMARY KEY (graph, entity));
"""
_ERRORS = (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, RecursionError)


@dataclass
class GraphMemo:
    """The rows the entity graph was made of, per named graph, valid while the graph is unchanged.

    A build keeps one beside its store (:meth:`load`, :meth:`save`) and tells it the hash of
    every graph of the store (:meth:`sync`) before reading the entity graph again.
    """

    hashes: dict[str, str] = field(default_factory=dict)  # graph → hash of the content the rows are of
    rows: dict[str, dict[str, list[tuple]]] = field(default_factory=dict)  # query → graph → its rows
    mentions: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (graph, entity) → sentences
    used: set[str] = field(default_factory=set)  # the queries read since the last sync
    # what the file holds (so that a save writes only what changed), and graphs to forget there
    _stored: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _stored_mentions: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _forget: set[str] = field(default_factory=set, repr=False)

    def sync(self, hashes: dict[str, str]) -> None:
        """Forget the rows of graphs that changed or are gone: ``hashes`` is what the store holds now."""
        stale = {g for g in self.hashes if hashes.get(g) != self.hashes[g]}
        for by_graph in self.rows.values():
            for g in [g for g in by_graph if g in stale or g not in hashes]:
                del by_graph[g]
        self.mentions = {k: v for k, v in self.mentions.items() if k[0] in hashes and k[0] not in stale}
        gone = stale | {g for _, g in self._stored if g not in hashes}
        self._forget |= gone
        self._stored = {(q, g) for q, g in self._stored if g not in gone}
        self._stored_mentions = {k for k in self._stored_mentions if k[0] not in gone}
        self.hashes = dict(hashes)
        self.used = set()

    @classmethod
    def load(cls, path: Path) -> GraphMemo:
        """The memo kept at ``path``, or an empty one (none yet, another version, or a damaged file:
        then with a warning, and the file is removed)."""
        if not path.is_file():
            return cls()
        try:
            with _connect(path) as con:
                if con.execute("PRAGMA user_version").fetchone()[0] != MEMO_VERSION:
                    raise ValueError("another version")
                return _read(con)
        except _ERRORS:
            log.warning("%s: the cache of the entity graph is damaged or of another version; it is made again",
                        path)
            path.unlink(missing_ok=True)
            return cls()

    def save(self, path: Path) -> None:
        """Keep the rows for the next build: those of the queries read since the last sync (the
        others are of an older version of presskg, or of classes no longer used). Only rows not in
        the file yet are written."""
        self.rows = {q: r for q, r in self.rows.items() if q in self.used}
        try:
            self._write(path)
        except sqlite3.Error as exc:  # a damaged file: written again whole
            log.warning("%s: cannot update the cache of the entity graph (%s); it is written again", path, exc)
            path.unlink(missing_ok=True)
            self._stored, self._stored_mentions, self._forget = set(), set(), set()
            self._write(path)

    def _write(self, path: Path) -> None:
        present = {(q, g) for q, by_graph in self.rows.items() for g in by_graph}
        with _connect(path) as con:
            con.executescript(_SCHEMA)
            con.execute(f"PRAGMA user_version = {MEMO_VERSION}")
            _delete(con, "rows", "graph", self._forget)
            _delete(con, "mentions", "graph", self._forget)
            con.executemany("DELETE FROM rows WHERE query = ? AND graph = ?", sorted(self._stored - present))
            con.executemany("INSERT OR REPLACE INTO rows VALUES (?, ?, ?)",
                            ((q, g, _dumps(self.rows[q][g])) for q, g in sorted(present - self._stored)))
            con.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?)",
                            ((g, e, _dumps(self.mentions[g, e]))
                             for g, e in sorted(self.mentions.keys() - self._stored_mentions)))
            con.execute("DELETE FROM graphs")
            con.executemany("INSERT INTO graphs VALUES (?, ?)", sorted(self.hashes.items()))
        self._stored, self._stored_mentions, self._forget = present, set(self.mentions), set()


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the file whose block is one transaction (committed at its end, or rolled back)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA synchronous = OFF")  # a cache: a torn file is made again
        with con:
            yield con
    finally:
        con.close()


def _delete(con: sqlite3.Connection, table: str, column: str, values: Iterable[str]) -> None:
    con.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(v,) for v in sorted(values)])


def _dumps(rows: list) -> str:
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _strings(values: list) -> tuple:
    """A row read back: strings (interned: IRIs and sentences repeat from row to row) or ``None``;
    anything else raises ``TypeError``."""
    if type(values) is not list:
        raise TypeError("a row is not a list")
    try:
        return tuple(map(sys.intern, values))
    except TypeError:  # an unbound value (None), or something that is not a string: raises again
        return tuple(None if v is None else sys.intern(v) for v in values)


def _read(con: sqlite3.Connection) -> GraphMemo:
    memo = GraphMemo(hashes={str(g): str(h) for g, h in con.execute("SELECT graph, hash FROM graphs")})
    for q, g, data in con.execute("SELECT query, graph, data FROM rows"):
        memo.rows.setdefault(str(q), {})[str(g)] = list(map(_strings, json.loads(data)))
        memo._stored.add((str(q), str(g)))
    for g, e, data in con.execute("SELECT graph, entity, data FROM mentions"):
        memo.mentions[str(g), str(e)] = list(_strings(json.loads(data)))
        memo._stored_mentions.add((str(g), str(e)))
    return memo
