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
import queue
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from presskg import _atomic
from presskg._atomic import copy_range, start_writeback, write_all
from presskg._beside import Threaded
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
        self._last: tuple[str, list[ox.Quad]] | None = None  # see fragment
        self._feed: _Feed | None = None  # see feed

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


class SpooledWriter(DatasetWriter):
    """:class:`~presskg.publish.export.DatasetWriter` that writes each new file a fragment at a time:
    a changed graph's fragment is made, written and forgotten, an unchanged graph's copied from the
    current file by the kernel. The bytes and the index are those of ``DatasetWriter.stage``.

    The five files are written side by side, graph by graph: ``fragment_of`` is asked for one
    graph's fragments in every format in a row, so that :meth:`Spool.fragment` parses a graph's
    N-Quads once for the four formats made from its quads (parsing was most of the files' cost).
    """

    _ahead: Threaded | tuple[list[_Part], list[str]] | None = None  # see begin

    def begin(self, graphs: list[str]) -> None:
        """Start the new files now, in a thread, with ``graphs``, copied from the current files: a guess at the
        first graphs of :meth:`stage`, in name order, and unchanged. A rebuild makes it while it reads its
        changed releases, before it knows which graphs change: the graphs before the first changed release
        file's (issue 17). :meth:`stage` goes on from there if the guess was right, else starts again."""
        if graphs and self.complete(graphs, set()):
            self._ahead = Threaded(lambda: self._begun(graphs), name="presskg-files-ahead")

    def _begun(self, graphs: list[str]) -> tuple[list[_Part], list[str]]:
        parts = self._parts()
        try:
            for i, g in enumerate(graphs):
                for part in parts:
                    part.append(g, i, set(), None)
            for part in parts:
                part.flush()
        except BaseException:
            _drop(parts)
            raise
        return parts, graphs

    def ready(self) -> None:
        """Wait for the files :meth:`begin` began (before :meth:`stage` runs in a forked process, where
        this process's threads are not); a failure there only means :meth:`stage` starts again."""
        if isinstance(self._ahead, Threaded):
            ok, value = self._ahead.wait()
            self._ahead = value if ok else None

    def discard(self) -> None:
        self.ready()
        if self._ahead is not None:
            _drop(self._ahead[0])
            self._ahead = None
        super().discard()

    def stage(self, graphs: list[str], fragment_of, *, changed: set[str]) -> None:
        self.ready()
        (parts, done), self._ahead = self._ahead or (None, []), None
        self.discard()
        if parts is not None and (graphs[:len(done)] != done or not changed.isdisjoint(done)):
            _drop(parts)  # the guess was wrong: a graph it copied changed, or is not where it was
            parts, done = None, []
        try:
            parts = parts or self._parts()
            for i in range(len(done), len(graphs)):
                for part in parts:
                    part.append(graphs[i], i, changed, fragment_of)
            for part in parts:  # every file's last bytes written before the first is flushed
                part.end()
            for part in parts:
                part.sync()
                self._staged.append((part.fmt, part.tmp, part.where))
        except BaseException:
            _drop(parts or [])
            raise

    def _parts(self) -> list[_Part]:
        """Each new file beside the current one with its head, as every file of a build is begun."""
        parts = []
        try:
            for fmt in Format:
                spans, dest = self.reusable(fmt), self.path(fmt)
                head, sep, foot = frame(fmt)
                tmp = _atomic.write_pieces_beside(dest, [head], durable=False)
                parts.append(_Part(fmt, tmp, dest if spans else None, spans, len(head), sep, foot))
        except BaseException:
            _drop(parts)
            raise
        return parts


def _drop(parts: list[_Part]) -> None:
    for part in parts:
        part.close()
        part.tmp.unlink(missing_ok=True)


class _Part:
    """One file of :meth:`SpooledWriter.stage` being written: each graph's part appended (copied
    from ``source`` when unchanged), then the foot; ``where`` says where each part lies.

    Unchanged graphs that lay side by side in ``source`` (only the separator between them) are
    copied as one range: a rebuild that changed one graph of a thousand copies each file in two
    ranges, not in a range and a separator per graph (some 10,000 system calls for the five files,
    which took about 1.4 s of a 3 s rebuild while the store and the pages were written beside them:
    issue 17).
    """

    def __init__(self, fmt: Format, tmp: Path, source: Path | None, spans: dict, start: int, sep: bytes,
                 foot: bytes):
        self.fmt, self.tmp, self.spans, self.sep, self.foot = fmt, tmp, spans, sep, foot
        self.fd = os.open(tmp, os.O_WRONLY)  # not O_APPEND: the kernel's range copy refuses it
        os.lseek(self.fd, 0, os.SEEK_END)
        self.src = os.open(source, os.O_RDONLY) if source is not None else -1
        self.where: dict[str, list[int]] = {}
        self.pos = start
        self.held: list[int] | None = None  # the range of ``source`` not copied yet: [begin, end]
        self.written = 0  # the bytes of ``tmp`` whose writeback to disk has been started

    def append(self, g: str, i: int, changed: set[str], fragment_of) -> None:
        if g not in changed and g in self.spans:
            begin, end = self.spans[g]
            if i and not self._joins(begin):
                self.flush()
                write_all(self.fd, self.sep)
                self.pos += len(self.sep)
            elif i:  # the separator is copied with the range
                self.pos += len(self.sep)
            if self.held is None:
                self.held = [begin, end]
            else:
                self.held[1] = end
            size = end - begin
        else:
            self.flush()
            if i:
                write_all(self.fd, self.sep)
                self.pos += len(self.sep)
            data = fragment_of(g, self.fmt)
            write_all(self.fd, data)
            size = len(data)
        self.where[g] = [self.pos, self.pos + size]
        self.pos += size

    def _joins(self, begin: int) -> bool:
        """Whether a part starting at ``begin`` in the source follows the held range there, with
        only the separator between (the bytes are checked, not assumed)."""
        held, sep = self.held, self.sep
        return (held is not None and held[1] + len(sep) == begin
                and (not sep or os.pread(self.src, len(sep), held[1]) == sep))

    def flush(self) -> None:
        """Copy the range held (unchanged graphs side by side)."""
        if self.held is not None:
            copy_range(self.src, self.fd, *self.held)
            self.held = None
            self._write_back()

    def _write_back(self) -> None:
        """Start writing to disk what was written since the last call: the disk writes a range while the
        next is copied, and :meth:`sync` waits for the rest only (:func:`~presskg._atomic.start_writeback`)."""
        end = os.lseek(self.fd, 0, os.SEEK_CUR)
        start_writeback(self.fd, self.written, end)
        self.written = end

    def end(self) -> None:
        """The last part copied, the foot written, all of it on its way to the disk; the current file's
        pages dropped from memory here, where it is no longer read, rather than when it is replaced."""
        self.flush()
        write_all(self.fd, self.foot)
        self._write_back()
        if self.src >= 0 and hasattr(os, "posix_fadvise"):
            os.posix_fadvise(self.src, 0, 0, os.POSIX_FADV_DONTNEED)

    def sync(self) -> None:
        """On disk, closed."""
        os.fsync(self.fd)
        self.close()

    def close(self) -> None:
        for fd in (self.fd, self.src):
            if fd >= 0:
                os.close(fd)
        self.fd = self.src = -1
