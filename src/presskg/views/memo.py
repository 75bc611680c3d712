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
import json
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


def memoized(kind: str, key: str, compute: Callable[[], bytes],
             valid: Callable[[bytes], bool] = bool) -> bytes:
    """``compute()``, or what it gave before for the same ``kind`` and ``key`` (a text that says
    everything the result depends on, code included: see :func:`code_digest`). A kept entry that
    is not ``valid`` (damaged: cut short by a power cut, say) is made again."""
    folder = _folder
    if folder is None:
        return compute()
    path = folder / f"{kind}-{hashlib.sha256(key.encode('utf-8')).hexdigest()}{SUFFIX}"
    try:
        data = path.read_bytes()
        if valid(data):
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


def memoized_json(kind: str, key: str, compute: Callable[[], object]) -> object:
    """:func:`memoized` for JSON data (the result as ``json.loads`` gives it back)."""
    data = memoized(kind, key, lambda: json.dumps(compute()).encode(), valid=_is_json)
    return json.loads(data)


def is_png(data: bytes) -> bool:
    """Whether ``data`` is a whole PNG (its signature, and its end chunk last)."""
    return data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def _prune(folder: Path) -> None:
    try:
        entries = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
