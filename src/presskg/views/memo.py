"""The pages' costly pure steps (the graph page's layout, the report's plots) kept between builds.

A rebuild after one release changed used to redraw every plot and lay out the whole graph page
again: about half of what it cost beside the language model (issue 17). Each of those steps is a
pure function of plain data, so its result is kept by a digest of that data and of the code that
makes it: when the data did not change, the result is read back, byte for byte what the function
would give. Results are bytes (PNG, JSON), never objects that could run code when read.

Nothing is kept unless a caller says where (:func:`kept_in`); the builder keeps them in the build's
cache folder. The :data:`KEEP` most recently used entries stay; reading an entry marks it used, so
the entries of this build are the last pruned, whichever process (the report is drawn in a forked
one with ``--jobs`` > 1) used them.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from presskg import _atomic

#: Entries kept: a build uses about ten (layouts, plots, measures), and a layout and a PageRank per
#: release page when it writes those (up to ``Settings.viz_release_pages``); the rest are recent builds'.
KEEP = 256
SUFFIX = ".memo"

_folder: Path | None = None


@contextmanager
def kept_in(folder: Path) -> Iterator[None]:
    """Keep and reuse results in ``folder`` while the block runs; then prune it to :data:`KEEP`."""
    global _folder
    before, _folder = _folder, Path(folder)
    try:
        yield
    finally:
        _folder = before
        _prune(Path(folder))


@cache
def code_digest(*modules: str, libraries: tuple[str, ...] = ()) -> str:
    """A digest of the source of ``modules`` (file paths) and of the versions of ``libraries``:
    part of every key, so that a change of the code or of a library that draws makes a result anew."""
    h = hashlib.sha256()
    for m in modules:
        h.update(Path(m).read_bytes())
    for lib in libraries:
        try:
            h.update(importlib.metadata.version(lib).encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(b"?")
    return h.hexdigest()


def memoized(kind: str, key: str, compute: Callable[[], bytes]) -> bytes:
    """``compute()``, or what it gave before for the same ``kind`` and ``key`` (a text that says
    everything the result depends on, code included: see :func:`code_digest`)."""
    folder = _folder
    if folder is None:
        return compute()
    path = folder / f"{kind}-{hashlib.sha256(key.encode('utf-8')).hexdigest()}{SUFFIX}"
    try:
        data = path.read_bytes()
        os.utime(path)  # used now: pruned last
        return data
    except OSError:
        pass
    data = compute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _atomic.write_bytes(path, data, durable=False)  # made again if lost
    except OSError:
        pass  # a cache that cannot be written costs time, not the build
    return data


def _prune(folder: Path) -> None:
    try:
        entries = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
