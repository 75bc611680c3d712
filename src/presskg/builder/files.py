"""The five files a build writes, made from the spool a graph at a time (:class:`SpooledWriter`): a changed
graph's fragment made and written, an unchanged graph's copied from the current file by the kernel, so that
no file is ever held whole in memory (split out of :mod:`presskg.builder.spool`, whose graphs it reads).
"""

from __future__ import annotations

import os
from pathlib import Path

from presskg import _atomic
from presskg._atomic import copy_range, start_writeback, write_all
from presskg._beside import Threaded
from presskg.publish.export import DatasetWriter, Format, frame


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
