"""Write files and folders so that readers never see half of them."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Files as an ordinary ``open()`` would make them (0644 under the usual umask), not mkstemp's 0600.
_FILE_MODE = 0o666 & ~_umask()


def write_bytes(dest: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``dest``, then rename it into place.

    ``durable=False`` skips the flush to disk: a reader still never sees half a file while the
    system runs, but a power cut may leave an empty one. For files that can be made again
    (the extraction cache), where a thousand flushes would cost a second.
    """
    tmp = write_beside(dest, data, durable=durable)
    try:
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_beside(dest: Path, data: bytes, *, durable: bool = True) -> Path:
    """Write ``data`` to a new temporary file beside ``dest`` (on disk, with ``dest``'s future mode)
    and return its path: renaming it onto ``dest`` is then atomic."""
    return write_pieces_beside(dest, [data], durable=durable)


#: A piece of a file being written: bytes, or the ``(start, end)`` byte range of a source file.
Piece = bytes | tuple[int, int]


def write_pieces_beside(dest: Path, pieces: Iterable[Piece], source: Path | None = None, *,
                        durable: bool = True) -> Path:
    """Like :func:`write_beside`, for a file made of new bytes and ranges of ``source``.

    Adjacent ranges are copied as one, by the kernel where it can (``os.copy_file_range``):
    a rebuild that changed one graph of a thousand copies the rest of a 100 MB file without
    reading it into Python.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    try:
        src = -1  # opened at its first range: a file of new bytes only needs no source
        try:
            for piece in _coalesce(pieces):
                if isinstance(piece, tuple):
                    if src < 0:
                        src = os.open(source, os.O_RDONLY)
                    copy_range(src, fd, *piece)
                else:
                    write_all(fd, piece)
        finally:
            if src >= 0:
                os.close(src)
        if durable:
            os.fsync(fd)
        os.close(fd)
        fd = -1
        os.chmod(tmp, _FILE_MODE)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _coalesce(pieces: Iterable[Piece]) -> Iterator[Piece]:
    """Ranges that follow each other in the source as one range (pieces read as they come)."""
    held: Piece | None = None
    for p in pieces:
        if isinstance(p, tuple) and p[0] == p[1] or p == b"":
            continue
        if isinstance(p, tuple) and isinstance(held, tuple) and held[1] == p[0]:
            held = (held[0], p[1])
            continue
        if held is not None:
            yield held
        held = p
    if held is not None:
        yield held


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd`` (``os.write`` may write less than it is given)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


#: Bytes read at a time when the kernel cannot copy a range itself.
_CHUNK = 1 << 20


def copy_range(src: int, dst: int, start: int, end: int) -> None:
    """Append bytes ``start:end`` of ``src`` to ``dst`` (at its current position)."""
    pos = start
    if hasattr(os, "copy_file_range"):
        try:
            while pos < end:
                n = os.copy_file_range(src, dst, end - pos, pos)
                if n == 0:
                    raise OSError(f"the source ends at byte {pos}, before byte {end}")
                pos += n
            return
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM):
                raise
    while pos < end:  # no kernel copy here (another system, or file systems that refuse it)
        data = os.pread(src, min(_CHUNK, end - pos), pos)
        if not data:
            raise OSError(f"the source ends at byte {pos}, before byte {end}")
        write_all(dst, data)
        pos += len(data)


def start_writeback(fd: int, start: int, end: int) -> None:
    """Have the kernel start writing bytes ``start:end`` of ``fd`` to disk now, without waiting for it
    (Linux's ``sync_file_range`` with ``SYNC_FILE_RANGE_WRITE``; elsewhere nothing).

    The ``fsync`` that ends a file then waits only for what is not written yet: a rebuild copies some
    350 MB into its five new files, and flushing each only once whole made their last file wait
    for all of it (issue 17). It changes nothing a reader sees, nor what ``fsync`` guarantees.
    """
    call = _sync_file_range()
    if call is not None and end > start:
        call(fd, start, end - start, _SYNC_FILE_RANGE_WRITE)  # its result ignored: the fsync still follows


#: ``sync_file_range``'s flag: start the writeback of the range's dirty pages, do not wait.
_SYNC_FILE_RANGE_WRITE = 2


@lru_cache(maxsize=1)
def _sync_file_range():
    """libc's ``sync_file_range`` (Linux), or ``None`` where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        call = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int
    return call


def write_text(dest: Path, text: str) -> None:
    write_bytes(dest, text.encode("utf-8"))


def set_text(dest: Path, text: str) -> bool:
    """``dest`` holding ``text``: written as :func:`write_text` writes it, unless it holds that text already
    (then it is left as it is, and no flush to disk waits behind the files a rebuild writes: ``errors.json``,
    the same after most rebuilds, took some 0.015 s of a one-release rebuild's end, issue 17). Whether it wrote."""
    data = text.encode("utf-8")
    try:
        if dest.stat().st_size == len(data) and dest.read_bytes() == data:
            return False
    except OSError:
        pass
    write_bytes(dest, data)
    return True


def write_text_pieces(dest: Path, pieces: Iterable[str]) -> None:
    """:func:`write_text` of the text ``pieces`` make, written as they come (a megabyte at a time):
    the whole text is never held (a manifest of 8,000 releases, 12 MB, was held three times over
    as text, bytes and the encoder's parts; issue 19)."""
    def encoded() -> Iterator[bytes]:
        held, size = [], 0
        for piece in pieces:
            held.append(piece)
            size += len(piece)
            if size >= 1 << 20:
                yield "".join(held).encode("utf-8")
                held, size = [], 0
        yield "".join(held).encode("utf-8")

    os.replace(write_pieces_beside(dest, encoded()), dest)


def set_aside(dest: Path) -> list[Path]:
    """A second name for the file ``dest`` (``.NAME.old`` beside it), so that replacing ``dest`` does not
    free its blocks then and there: the caller removes that name when it suits it (a build killed
    meanwhile leaves it to :func:`remove_leftovers`). Returns it, or nothing when there is no ``dest``."""
    aside = dest.with_name(f".{dest.name}.old")
    aside.unlink(missing_ok=True)
    try:
        os.link(dest, aside)
    except OSError:  # no such file, or no hard links here: replacing it frees it at once, as it did
        return []
    return [aside]


#: Names of the temporaries made here (``.NAME.`` and mkstemp's eight characters) and of a
#: folder set aside while replaced (``.NAME.old``).
_LEFTOVER = re.compile(r"^\..+\.([a-z0-9_]{8}|old)$")


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporaries a killed writer left in ``folder`` (only while nothing else writes
    there: a build calls this holding the lock). Returns what it removed."""
    gone = []
    for p in folder.iterdir() if folder.is_dir() else ():
        if _LEFTOVER.match(p.name):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            gone.append(p)
    return gone


@contextmanager
def replace_dir(dest: Path) -> Iterator[Path]:
    """Yield a fresh temporary folder that replaces ``dest`` when the block succeeds."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    os.chmod(tmp, _FILE_MODE | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = dest.with_name(f".{dest.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        os.replace(dest, old)
    os.replace(tmp, dest)
    shutil.rmtree(old, ignore_errors=True)
