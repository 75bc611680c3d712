"""Write files and folders so that readers never see half of them."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Files as an ordinary ``open()`` would make them (0644 under the usual umask), not mkstemp's 0600.
_FILE_MODE = 0o666 & ~_umask()


def write_bytes(dest: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``dest``, then rename it into place."""
    tmp = write_beside(dest, data)
    try:
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_beside(dest: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``dest`` (on disk, with ``dest``'s future mode)
    and return its path: renaming it onto ``dest`` is then atomic."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _FILE_MODE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_text(dest: Path, text: str) -> None:
    write_bytes(dest, text.encode("utf-8"))


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
