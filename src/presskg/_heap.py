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
import ctypes.util
from functools import lru_cache


@lru_cache(maxsize=1)
def _trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to give back this way
        return None


def give_back() -> None:
    """Return the free pages of the process's heap to the system (glibc's ``malloc_trim``; elsewhere
    nothing). Safe from any thread."""
    trim = _trim()
    if trim is not None:
        trim(0)
