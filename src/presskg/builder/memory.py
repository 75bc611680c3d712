"""How the build's process uses the C heap: fewer glibc arenas, so that peak memory grows less.

A build runs native work in several threads at once: Oxigraph loads the store in one, the
files are written in another, while the main thread runs SHACL (rudof) or makes the pages.
glibc gives each thread that meets contention an arena of its own (up to eight per core) and
keeps what was freed in an arena for that arena's later use; the peak resident memory is then
the sum of each arena's high-water mark, and it grew with the corpus (each phase's arena was
larger the more graphs it had handled). Two arenas measured (``/usr/bin/time -v``, a build of
1,000 releases whose extraction cache was filled beforehand): 416 MiB peak with glibc's default,
372 MiB with two; at 2,000 releases 499 and 427 MiB (a run with a sampling thread beside the
build gained nothing: see the README's *Memory and scale*). Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util

#: glibc's ``mallopt`` parameter for the most arenas (``M_ARENA_MAX`` in ``malloc.h``).
_M_ARENA_MAX = -8
#: Arenas the build's threads share: the main thread's and one for the others.
ARENAS = 2


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


def limit_arenas(arenas: int = ARENAS) -> None:
    """Let the process's threads share at most ``arenas`` glibc arenas from now on (arenas already
    made stay; at the start of a build only the main thread's is)."""
    libc = _libc()
    try:
        if libc is not None:
            libc.mallopt(_M_ARENA_MAX, arenas)
    except AttributeError:  # not glibc
        pass

