"""The graphs a build makes, on disk as they are made: what keeps its memory flat in the corpus.

A build of 8,000 releases makes about a gigabyte of N-Quads. Held as Python objects (quads,
then the bytes of each format) that grew the build by about 0.9 MB per release. Instead each
graph's N-Quads and its facts layer (N-Triples) are appended to two files in a folder beside
the build (:class:`Spool`) the moment the graph is made, and only where they lie is kept.
Everything after reads them back a graph, a batch or a chunk at a time: SHACL (a batch of
facts), the store (Oxigraph bulk-loads chunks of the files), the five files (each graph's
fragment, written into the new file as it is made, :class:`SpooledWriter`), reasoning.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from presskg import _atomic
from presskg._atomic import copy_range, write_all
from presskg.publish.export import DatasetWriter, Format, fragment, frame
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
        self.spans: dict[str, Span] = {}
        self.blank: set[str] = set()  # graphs with blank nodes: loaded into the store as quads

    def add(self, graph: str, nquads: bytes, facts: bytes) -> None:
        """Keep ``graph``'s N-Quads and its facts layer (N-Triples); a graph is added once."""
        span = []
        for i, data in enumerate((nquads, facts)):
            write_all(self._fds[i], data)
            span += [self._ends[i], self._ends[i] + len(data)]
            self._ends[i] += len(data)
        self.spans[graph] = tuple(span)
        if has_blank_nodes(nquads):
            self.blank.add(graph)

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
        """The graph's part of the ``fmt`` file (see :func:`~presskg.publish.export.fragment`)."""
        return self.nquads(graph) if fmt is Format.NQUADS else fragment(self.quads(graph), fmt)

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


class SpooledWriter(DatasetWriter):
    """:class:`~presskg.publish.export.DatasetWriter` that writes each new file a fragment at a time:
    a changed graph's fragment is made, written and forgotten, an unchanged graph's copied from the
    current file by the kernel. The bytes and the index are those of ``DatasetWriter.stage``."""

    def stage(self, graphs: list[str], fragment_of, *, changed: set[str]) -> None:
        self.discard()
        for fmt in Format:
            spans = self.reusable(fmt)
            dest = self.path(fmt)
            head, sep, foot = frame(fmt)
            # the new file beside ``dest`` with its head, as every file of a build is begun; then the rest
            tmp = _atomic.write_pieces_beside(dest, [head], durable=False)
            try:
                where = self._append(tmp, dest if spans else None, graphs, spans, changed, fragment_of, fmt,
                                     start=len(head), sep=sep, foot=foot)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            self._staged.append((fmt, tmp, where))

    @staticmethod
    def _append(tmp: Path, source: Path | None, graphs: list[str], spans: dict, changed: set[str], fragment_of,
                fmt: Format, *, start: int, sep: bytes, foot: bytes) -> dict[str, list[int]]:
        """Append each graph's part to ``tmp`` (copied from ``source`` when unchanged), then the foot;
        returns where each part lies."""
        fd = os.open(tmp, os.O_WRONLY)  # not O_APPEND: the kernel's range copy refuses it
        os.lseek(fd, 0, os.SEEK_END)
        src = os.open(source, os.O_RDONLY) if source is not None else -1
        try:
            where, pos = {}, start
            for i, g in enumerate(graphs):
                if i:
                    write_all(fd, sep)
                    pos += len(sep)
                if g not in changed and g in spans:
                    begin, end = spans[g]
                    copy_range(src, fd, begin, end)
                    size = end - begin
                else:
                    data = fragment_of(g, fmt)
                    write_all(fd, data)
                    size = len(data)
                where[g] = [pos, pos + size]
                pos += size
            write_all(fd, foot)
            os.fsync(fd)
            return where
        finally:
            os.close(fd)
            if src >= 0:
                os.close(src)
