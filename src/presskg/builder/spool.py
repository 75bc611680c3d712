"""The graphs a build makes, on disk as they are made: what keeps its memory flat in the corpus.

A build of 8,000 releases makes about a gigabyte of N-Quads. Held as Python objects (quads,
then the bytes of each format) that grew the build by about 0.9 MB per release. Instead each
graph's N-Quads and its facts layer (N-Triples) are appended to two files in a folder beside
the build (:class:`Spool`) the moment the graph is made, and only where they lie is kept.
Everything after reads them back a graph, a batch or a chunk at a time: SHACL (a batch of
facts), the store (Oxigraph bulk-loads chunks of the files), the five files (each graph's
fragment, written into the new file as it is made, :class:`presskg.builder.files.SpooledWriter`), reasoning.
"""

from __future__ import annotations

import os
import queue
import shutil
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from presskg._atomic import write_all
from presskg.publish.export import Format, fragment
from presskg.store import LOAD_CHUNK, StoreTexts, has_blank_nodes

#: Span of a graph in the spool: (N-Quads start, end, facts start, end).
Span = tuple[int, int, int, int]


class Spool:
    """Per-graph N-Quads and facts N-Triples, appended to two files in a temporary folder of ``out``
    (named so that a later build removes it, should this one be killed)."""

    def __init__(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(prefix=".spool.", dir=out))
        self._fds = [os.open(self.dir / name, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
                     for name in ("graphs.nq", "facts.nt")]
        self._ends = [0, 0]
        self.spans = Spans()
        self.blank: set[str] = set()  # graphs with blank nodes: loaded into the store as quads
        self._last: tuple[str, list[ox.Quad]] | None = None  # see fragment
        self._feed: _Feed | None = None  # see feed

    def add(self, graph: str, nquads: bytes, facts: bytes) -> None:
        """Keep ``graph``'s N-Quads and its facts layer (N-Triples); a graph is added once."""
        span = []
        for i, data in enumerate((nquads, facts)):
            write_all(self._fds[i], data)
            span += [self._ends[i], self._ends[i] + len(data)]
            self._ends[i] += len(data)
        self.spans.add(graph, span)
        if has_blank_nodes(nquads):
            self.blank.add(graph)
        if self._feed is not None:
            self._feed.names.put(graph)

    def nquads(self, graph: str) -> bytes:
        s = self.spans[graph]
        return os.pread(self._fds[0], s[1] - s[0], s[0])

    def facts(self, graph: str) -> bytes:
        s = self.spans[graph]
        return os.pread(self._fds[1], s[3] - s[2], s[2])

    def quads(self, graph: str) -> list[ox.Quad]:
        """The graph's quads, in the order they were made (N-Quads keep it, and blank node labels)."""
        return list(ox.parse(self.nquads(graph), format=ox.RdfFormat.N_QUADS))

    def fact_quads(self, graph: str) -> list[ox.Quad]:
        """Its facts layer, as quads in the default graph (only ``.triple`` is used)."""
        return list(ox.parse(self.facts(graph), format=ox.RdfFormat.N_TRIPLES))

    def fragment(self, graph: str, fmt: Format) -> bytes:
        """The graph's part of the ``fmt`` file (see :func:`~presskg.publish.export.fragment`).

        The quads of the last graph asked for are kept: the files are written graph by graph
        (:class:`SpooledWriter`), each graph's four fragments from one parse of its N-Quads."""
        if fmt is Format.NQUADS:
            return self.nquads(graph)
        last = self._last
        if last is None or last[0] != graph:
            last = self._last = (graph, self.quads(graph))
        return fragment(last[1], fmt)

    def nquads_bytes(self, graphs: Iterable[str]) -> int:
        return sum(self.spans[g][1] - self.spans[g][0] for g in graphs)

    def store_texts(self, graphs: list[str]) -> StoreTexts:
        """What a new store is loaded from (:class:`~presskg.store.StoreTexts`): the N-Quads and
        facts of ``graphs`` read from the spool in chunks as the store takes them; the graphs with
        blank nodes parsed here, labels kept."""
        plain = [g for g in graphs if g not in self.blank]
        texts = StoreTexts(_Chunks(self._fds[0], [self.spans[g][:2] for g in plain]),
                           _Chunks(self._fds[1], [self.spans[g][2:] for g in plain]), [], [])
        for g in graphs:
            if g in self.blank:
                texts.quads += self.quads(g)
                texts.default += (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                                  for q in self.fact_quads(g))
        return texts

    def feed(self) -> StoreTexts:
        """What a new store is loaded from (as :meth:`store_texts`): every graph added from now on
        until :meth:`seal`, given to the store as it is added. A build that makes every graph again
        loads its store meanwhile, in another thread (:func:`~presskg.store.replacing`), instead of
        after the last graph: Oxigraph's bulk load leaves the interpreter to the graphs being made.

        Its N-Quads are read once, by the one thread that loads them, before its facts (as
        :meth:`~presskg.store.StoreTexts.write` does).
        """
        self._feed = _Feed(self)
        texts = StoreTexts(self._feed, _Facts(self._feed), [], [])
        self._feed.texts = texts
        return texts

    def seal(self) -> None:
        """No more graphs for the :meth:`feed` (also when the build fails: the store's thread then ends)."""
        if self._feed is not None:
            self._feed.names.put(None)
            self._feed = None

    def close(self) -> None:
        """Forget the spool (its files are removed)."""
        for fd in self._fds:
            try:
                os.close(fd)
            except OSError:
                pass
        self._fds = [-1, -1]
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Spans(Mapping[str, Span]):
    """Each graph's :data:`Span` in the spool, by name, in one array of integers: a tuple of four integers
    per graph, held from its making to the build's end, was some 200 bytes a release (issue 19)."""

    def __init__(self):
        self._at: dict[str, int] = {}  # a graph's place in the order they were added
        self._spans = array("q")

    def add(self, graph: str, span: Iterable[int]) -> None:
        self._at[graph] = len(self._spans) // 4
        self._spans.extend(span)

    def __getitem__(self, graph: str) -> Span:
        i = 4 * self._at[graph]
        return tuple(self._spans[i:i + 4])

    def __contains__(self, graph) -> bool:
        return graph in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


class _Chunks:
    """Ranges of a file read as pieces of about :data:`~presskg.store.LOAD_CHUNK` bytes, each made
    of whole graphs (a graph larger than that is one piece); iterable any number of times."""

    def __init__(self, fd: int, ranges: list[tuple[int, int]]):
        self.fd, self.ranges = fd, _coalesce(ranges)

    def __iter__(self) -> Iterator[bytes]:
        group: list[tuple[int, int]] = []
        length = 0
        for start, end in self.ranges:
            group.append((start, end))
            length += end - start
            if length >= LOAD_CHUNK:
                yield self._read(group)
                group, length = [], 0
        if group:
            yield self._read(group)

    def _read(self, group: list[tuple[int, int]]) -> bytes:
        return b"".join(os.pread(self.fd, end - start, start) for start, end in group)


class _Feed:
    """The N-Quads of a spool's graphs as they are added, in pieces of about
    :data:`~presskg.store.LOAD_CHUNK` bytes of whole graphs, until the spool is sealed; a graph with
    blank nodes goes to the texts' quads instead (see :meth:`Spool.store_texts`)."""

    def __init__(self, spool: Spool):
        self.spool, self.names = spool, queue.SimpleQueue()
        self.texts: StoreTexts | None = None
        self.plain: list[str] = []  # the graphs loaded from text, in the order they came
        self.sealed = False

    def __iter__(self) -> Iterator[bytes]:
        spool, group, length = self.spool, [], 0
        while not self.sealed:
            g = self.names.get()
            if g is None:
                self.sealed = True
            elif g in spool.blank:
                self.texts.quads += spool.quads(g)
                self.texts.default += (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                                       for q in spool.fact_quads(g))
            else:
                self.plain.append(g)
                group.append(spool.spans[g][:2])
                length += group[-1][1] - group[-1][0]
            if group and (self.sealed or length >= LOAD_CHUNK):
                yield from _Chunks(spool._fds[0], group)
                group, length = [], 0

    def drain(self) -> None:
        """Take every graph until the seal (what the facts need, should the N-Quads not be read)."""
        if not self.sealed:
            for _ in self:
                pass


class _Facts:
    """The facts layer of the graphs a :class:`_Feed` took as text, once it is sealed."""

    def __init__(self, feed: _Feed):
        self.feed = feed

    def __iter__(self) -> Iterator[bytes]:
        self.feed.drain()
        spool = self.feed.spool
        return iter(_Chunks(spool._fds[1], [spool.spans[g][2:] for g in self.feed.plain]))


def _coalesce(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges that follow each other as one, cut at :data:`~presskg.store.LOAD_CHUNK` no more than
    the graphs are (a range is cut only where a graph ends)."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and out[-1][1] == start and out[-1][1] - out[-1][0] < LOAD_CHUNK:
            out[-1] = (out[-1][0], end)
        elif end > start:
            out.append((start, end))
    return out
