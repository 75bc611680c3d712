"""The rows the entity graph is made of, kept between builds per named graph (:class:`GraphMemo`).

They are kept in an SQLite file, in chunks of JSON rows per query and graph, so that a rebuild
writes only the rows of the graphs it read again. The rows are streamed: read back from the file
chunk by chunk while the entity graph is joined, and those read from the store written in bounded
chunks as they come, so that no list of every row is held (issue 19: the rows of 8,000 releases
took some 80 MiB of Python heap beside the entity graph when they were held; the file of 1,000
releases is about 38 MB). SQLite and JSON cannot run code as a pickle could; a file that is not
such a memo, or is damaged, is made again, with a warning (:class:`DamagedMemoError`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

#: The memo's layout (SQLite's ``user_version``); a file of another is made again.
MEMO_VERSION = 4  # 4: the pages' graph's shares and sums (views.pagesums) beside the rows
_SCHEMA = """
CREATE TABLE IF NOT EXISTS graphs (graph TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (query TEXT NOT NULL, graph TEXT NOT NULL, data TEXT NOT NULL);  -- query: its digest
CREATE INDEX IF NOT EXISTS rows_by_query ON rows (query, graph);
CREATE INDEX IF NOT EXISTS rows_by_graph ON rows (graph);
CREATE TABLE IF NOT EXISTS mentions (graph TEXT NOT NULL, entity TEXT NOT NULL, data TEXT NOT NULL,
                                     PRIMARY KEY (graph, entity));
"""
#: Rows read from the store held before they are written as chunks (one per graph among them: the
#: store gives the graphs interleaved, so fewer and larger chunks are fewer to decode later).
CHUNK_ROWS = 20_000
_ERRORS = (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, RecursionError)


class DamagedMemoError(Exception):
    """The memo's file could not be read or written as a memo: the caller reads the store afresh."""


class GraphMemo:
    """The rows the entity graph was made of, per named graph, valid while the graph is unchanged.

    A build opens the one beside its store (:meth:`load`), tells it the hash of every graph of
    the store (:meth:`sync`), reads the entity graph through it and keeps it (:meth:`save`,
    which commits; :meth:`close` alone forgets this reading's changes). ``GraphMemo()`` is a memo
    in memory, for tests and one-off readings.
    """

    def __init__(self, path: Path | None = None):
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = sqlite3.connect(":memory:" if path is None else path, isolation_level=None)
        except _ERRORS as exc:  # not a file SQLite can open (a folder in its place, say)
            raise DamagedMemoError(str(exc)) from exc
        try:
            self.con.execute("PRAGMA synchronous = OFF")  # a cache: a torn file is made again
            if self.con.execute("PRAGMA user_version").fetchone()[0] not in (0, MEMO_VERSION):
                raise ValueError("another version")
            self.con.executescript(_SCHEMA)
            self.con.execute(f"PRAGMA user_version = {MEMO_VERSION}")
            self.con.execute("BEGIN")  # one transaction until save(): a build that fails keeps the file as it was
            self.hashes: dict[str, str] = {str(g): str(h) for g, h in
                                           self.con.execute("SELECT graph, hash FROM graphs")}
        except _ERRORS as exc:
            self.con.close()
            raise DamagedMemoError(str(exc)) from exc
        self.used: set[str] = set()  # the queries read since the last sync

    @classmethod
    def load(cls, path: Path) -> GraphMemo:
        """The memo kept at ``path``, or an empty one there (none yet, another version, or a damaged
        file: then with a warning, and the file is made again)."""
        try:
            return cls(path)
        except DamagedMemoError:
            log.warning("%s: the cache of the entity graph is damaged or of another version; it is made again",
                        path)
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:  # a folder in its place: read_through reads without a cache
                raise DamagedMemoError(str(exc)) from exc
            return cls(path)

    def sync(self, hashes: dict[str, str]) -> None:
        """Forget the rows of graphs that changed or are gone: ``hashes`` is what the store holds now."""
        stale = sorted(g for g in self.hashes if hashes.get(g) != self.hashes[g])
        with self._guard():
            for table in ("rows", "mentions"):
                self.con.executemany(f"DELETE FROM {table} WHERE graph = ?", [(g,) for g in stale])
            self.con.execute("DELETE FROM graphs")
            self.con.executemany("INSERT INTO graphs VALUES (?, ?)", sorted(hashes.items()))
        self.hashes = dict(hashes)
        self.used = set()

    def known(self, query: str) -> set[str]:
        """The graphs whose rows of ``query`` are kept (none of them may have a row)."""
        with self._guard():
            return {str(g) for (g,) in self.con.execute("SELECT DISTINCT graph FROM rows WHERE query = ?",
                                                        (_digest(query),))}

    def rows(self, query: str) -> Iterator[tuple]:
        """The kept rows of ``query``, chunk by chunk."""
        self.used.add(query)
        with self._guard():
            for (data,) in self.con.execute("SELECT data FROM rows WHERE query = ?", (_digest(query),)):
                yield from map(_strings, json.loads(data))

    def rows_of(self, query: str, graphs: list[str]) -> Iterator[tuple]:
        """The kept rows of ``query`` of ``graphs`` alone, chunk by chunk."""
        self.used.add(query)
        marks = ",".join("?" * len(graphs))
        with self._guard():
            for (data,) in self.con.execute(f"SELECT data FROM rows WHERE query = ? AND graph IN ({marks})",
                                            (_digest(query), *graphs)):
                yield from map(_strings, json.loads(data))

    def add(self, query: str, graphs: Iterable[str], rows: Iterable[tuple]) -> Iterator[tuple]:
        """Yield ``rows`` (the first column the graph), keeping them as the rows of ``query`` of
        ``graphs`` (a graph among them without a row is kept as such)."""
        self.used.add(query)
        todo = set(graphs)
        held: dict[str, list[tuple]] = {}
        count = 0
        for row in rows:
            row = tuple(map(sys.intern, row))  # interned: IRIs and sentences repeat from row to row
            held.setdefault(row[0], []).append(row)
            count += 1
            if count >= CHUNK_ROWS:
                self._write(query, held)
                todo -= held.keys()
                held, count = {}, 0
            yield row
        todo -= held.keys()
        self._write(query, {**held, **{g: [] for g in todo}})

    def _write(self, query: str, held: dict[str, list[tuple]]) -> None:
        with self._guard():
            self.con.executemany("INSERT INTO rows VALUES (?, ?, ?)",
                                 ((_digest(query), g, _dumps(held[g])) for g in sorted(held)))

    def mentions(self, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
        """The kept sentences of those ``(graph, entity)`` pairs the memo knows."""
        with self._guard():
            self.con.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (graph TEXT, entity TEXT)")
            self.con.execute("DELETE FROM wanted")
            self.con.executemany("INSERT INTO wanted VALUES (?, ?)", pairs)
            return {(str(g), str(e)): list(_strings(json.loads(data))) for g, e, data in self.con.execute(
                "SELECT m.graph, m.entity, m.data FROM wanted w JOIN mentions m USING (graph, entity)")}

    def add_mentions(self, got: dict[tuple[str, str], list[str]]) -> None:
        """Keep the sentences of these pairs."""
        with self._guard():
            self.con.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?)",
                                 ((g, e, _dumps(s)) for (g, e), s in sorted(got.items())))

    def save(self, path: Path | None = None) -> None:
        """Keep the rows for the next build, then close: those of the queries read since the last
        sync (the others are of an older version of presskg, or of classes no longer used)."""
        with self._guard():
            kept = sorted(map(_digest, self.used))
            marks = ",".join("?" * len(kept))
            self.con.execute(f"DELETE FROM rows WHERE query NOT IN ({marks})", kept)
            self.con.execute("COMMIT")
        self.close()

    def close(self) -> None:
        """Close the file, forgetting what was not saved."""
        self.con.close()

    def guard(self) -> _Guard:
        """A block in which an error of the file (or of its data) raises :class:`DamagedMemoError`
        (for what else keeps its tables in the memo's file: :mod:`~presskg.views.pagesums`)."""
        return _Guard()

    _guard = guard


class _Guard:
    """Turns an error of the file (or of its data) into :class:`DamagedMemoError`."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> None:
        if exc is not None and isinstance(exc, _ERRORS):
            raise DamagedMemoError(" ".join(str(exc).split()) or kind.__name__) from exc


def read_through(path: Path, reading: Callable[[GraphMemo | None], object], hashes: dict[str, str]) -> object:
    """``reading(memo)`` through the memo kept at ``path``, synced with ``hashes``, then saved; a
    memo found damaged meanwhile is made again (with a warning) by reading again without one."""
    try:
        memo = GraphMemo.load(path)
    except DamagedMemoError as exc:  # cannot even be made again (a folder in its place, say)
        log.warning("%s: cannot keep the cache of the entity graph (%s)", path, exc)
        return reading(None)
    try:
        memo.sync(hashes)
        result = reading(memo)
        memo.save()
        return result
    except DamagedMemoError as exc:
        memo.close()
        log.warning("%s: the cache of the entity graph is damaged (%s); it is made again", path, exc)
        path.unlink(missing_ok=True)
        fresh = GraphMemo(path)
        fresh.sync(hashes)
        result = reading(fresh)
        fresh.save()
        return result
    except BaseException:
        memo.close()
        raise


def _digest(query: str) -> str:
    """The key of a query's rows: a digest (the queries' texts run to kilobytes, and every chunk
    and index entry would hold one)."""
    return hashlib.sha256(query.encode("utf-8")).hexdigest()[:24]


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
