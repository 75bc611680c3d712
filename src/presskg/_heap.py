"""Handing the C heap's free memory back to the system between the phases of a build.

glibc keeps what a thread frees in that thread's arena for its later use. A build runs phases
whose native working sets are large and short-lived (a chunk sorted by Oxigraph's bulk loader, a
batch of graphs in rudof, SQLite's pages while the entity graph is read) beside one another in
threads: without giving that memory back, what one phase freed stays resident while the next
allocates afresh, and the peak is the sum of the phases' high-water marks rather than their
largest. ``malloc_trim`` returns the free pages of every arena; it costs well under a millisecond
per call at a build's sizes.
"""

from __future__ import annotations

import ctypes
from functools import lru_cache


@lru_cache(maxsize=1)
def libc() -> ctypes.CDLL | None:
    """The C library as the process has it loaded (``dlopen(NULL)``: the program's symbols and those
    of every library it loaded, libc's among them), or None where that cannot be opened.

    Not ``ctypes.util.find_library("c")``: that runs ``ldconfig -p`` in a subprocess, and forking
    a build's process (some 200 MiB, with threads) for it cost some 0.1 s in the middle of a
    one-release rebuild (issue 17).

    >>> libc() is None or hasattr(libc(), "free")
    True
    """
    try:
        return ctypes.CDLL(None)
    except (OSError, TypeError):  # TypeError: a platform whose loader takes no null name (Windows)
        return None


@lru_cache(maxsize=1)
def _trim():
    return getattr(libc(), "malloc_trim", None)  # not glibc: nothing to give back this way


def give_back() -> None:
    """Return the free pages of the process's heap to the system (glibc's ``malloc_trim``; elsewhere
    nothing). Safe from any thread."""
    trim = _trim()
    if trim is not None:
        trim(0)
